import {
  Alert,
  FormFieldTextbox,
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { vraag } from '@web-gedeeld/api';
import { foutmelding } from '@web-gedeeld/fouten';
import { graphql } from '../gql';
import type { RegiepaneelBuurtenQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';
import { usePaginatitel } from '@web-gedeeld/router';

const BUURTEN = graphql(`
  query RegiepaneelBuurten($zoek: String) {
    buurten(zoek: $zoek) {
      id
      code
      naam
      wijk {
        naam
      }
      stadsdeel {
        naam
      }
      buurtregisseur {
        naam
      }
      partners(first: 1) {
        totalCount
      }
    }
  }
`);

type Buurt = RegiepaneelBuurtenQuery['buurten'][number];

export function BuurtenPagina() {
  usePaginatitel('Buurten', APP_NAAM);
  const [zoek, zetZoek] = useState('');
  const [buurten, zetBuurten] = useState<Buurt[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);

  useEffect(() => {
    let actueel = true;
    const wacht = window.setTimeout(
      () => {
        vraag(BUURTEN, { zoek: zoek.trim() === '' ? null : zoek.trim() })
          .then((d) => {
            if (actueel) {
              zetBuurten(d.buurten);
              zetFout(null);
            }
          })
          .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'De buurten konden niet worden geladen.')));
      },
      zoek === '' ? 0 : 250,
    );
    return () => {
      actueel = false;
      window.clearTimeout(wacht);
    };
  }, [zoek]);

  const zonderRegisseur = buurten?.filter((b) => !b.buurtregisseur).length ?? 0;
  return (
    <>
      <Heading1>Buurten</Heading1>
      <form role="search" onSubmit={(e) => e.preventDefault()} aria-label="Buurten zoeken">
        <FormFieldTextbox
          name="zoek"
          type="search"
          label="Zoek op buurt, wijk of buurtcode"
          value={zoek}
          onChange={(e) => zetZoek((e.target as HTMLInputElement).value)}
          autoComplete="off"
        />
      </form>
      <p role="status" className="buurtwerk-klein">
        {buurten === null
          ? 'Buurten laden …'
          : `${buurten.length} ${buurten.length === 1 ? 'buurt' : 'buurten'}, waarvan ${zonderRegisseur} zonder buurtregisseur.`}
      </p>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {buurten && buurten.length > 0 && (
        <div className="buurtwerk-tabel" role="region" aria-labelledby="buurten-bijschrift" tabIndex={0}>
          <Table>
            <TableCaption id="buurten-bijschrift">Buurten met buurtregisseur en aantal partners</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Buurt</TableHeaderCell>
                <TableHeaderCell scope="col">Wijk</TableHeaderCell>
                <TableHeaderCell scope="col">Stadsdeel</TableHeaderCell>
                <TableHeaderCell scope="col">Buurtregisseur</TableHeaderCell>
                <TableHeaderCell scope="col" className="buurtwerk-getal">
                  Partners
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {buurten.map((b) => (
                <TableRow key={b.id}>
                  <TableHeaderCell scope="row">
                    {b.naam} <span className="buurtwerk-klein">{b.code}</span>
                  </TableHeaderCell>
                  <TableCell>{b.wijk.naam}</TableCell>
                  <TableCell>{b.stadsdeel?.naam ?? 'Onbekend'}</TableCell>
                  <TableCell>{b.buurtregisseur?.naam ?? <em>Nog niet toegewezen</em>}</TableCell>
                  <TableCell className="buurtwerk-getal">{b.partners.totalCount}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
