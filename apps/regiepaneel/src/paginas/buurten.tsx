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
import { useVraag } from '@web-gedeeld/data';
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
  // Typing waits 250 ms before searching (one request per pause); emptying the box searches at once.
  const [gezocht, zetGezocht] = useState('');
  useEffect(() => {
    const wacht = window.setTimeout(() => zetGezocht(zoek.trim()), zoek === '' ? 0 : 250);
    return () => window.clearTimeout(wacht);
  }, [zoek]);
  // The previous list stays in view while the next one loads.
  const gelezen = useVraag(BUURTEN, { zoek: gezocht === '' ? null : gezocht }, { behoudVorige: true });
  const buurten: Buurt[] | null = gelezen.data?.buurten ?? null;
  const fout = gelezen.error ? foutmelding(gelezen.error, 'De buurten konden niet worden geladen.') : null;

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
