import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading1,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { foutmelding } from '@web-gedeeld/fouten';
import { datum, datumTijd } from '@web-gedeeld/datum';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { RegiepaneelSignalenQuery, SignaalStatus } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const BUURTKEUZE = graphql(`
  query RegiepaneelSignaalBuurten {
    buurten {
      id
      naam
      wijk {
        naam
      }
    }
  }
`);

const SIGNALEN = graphql(`
  query RegiepaneelSignalen($buurtId: ID, $status: [SignaalStatus!], $overTijd: Boolean, $after: String) {
    signalen(first: 100, after: $after, buurtId: $buurtId, status: $status, overTijd: $overTijd, ordening: TERMIJN) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          referentie
          categorie
          omschrijving
          status
          afdeling
          gemeldOp
          reactieUiterlijk
          overTijd
          buurt {
            naam
          }
        }
      }
    }
  }
`);

type Signaal = RegiepaneelSignalenQuery['signalen']['edges'][number]['node'];

const OPEN: SignaalStatus[] = ['NIEUW', 'DOORGEZET', 'IN_BEHANDELING'];

const STATUSNAMEN: Record<SignaalStatus, string> = {
  NIEUW: 'Nieuw',
  DOORGEZET: 'Doorgezet naar de lijn',
  IN_BEHANDELING: 'In behandeling',
  AFGEHANDELD: 'Afgehandeld',
};

export function signaalstatus(s: SignaalStatus): string {
  return STATUSNAMEN[s];
}

/** Signals per buurt, overdue ones first (the API orders by response date: ordening TERMIJN). */
export function SignalenPagina() {
  usePaginatitel('Signalen', APP_NAAM);
  const [buurten, zetBuurten] = useState<Array<{ id: string; naam: string; wijk: { naam: string } }>>([]);
  const [buurtId, zetBuurtId] = useState('');
  const [alleenOverTijd, zetAlleenOverTijd] = useState(false);
  const [ookAfgehandeld, zetOokAfgehandeld] = useState(false);
  const [lijst, zetLijst] = useState<Signaal[] | null>(null);
  const [totaal, zetTotaal] = useState(0);
  const [volgende, zetVolgende] = useState<string | null>(null);
  const [fout, zetFout] = useState<string | null>(null);

  useEffect(() => {
    let actueel = true;
    vraag(BUURTKEUZE)
      .then((d) => actueel && zetBuurten(d.buurten))
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'De buurten konden niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, []);

  const filter = {
    buurtId: buurtId || null,
    status: ookAfgehandeld ? null : OPEN,
    overTijd: alleenOverTijd ? true : null,
  };
  useEffect(() => {
    let actueel = true;
    zetLijst(null);
    vraag(SIGNALEN, { buurtId: buurtId || null, status: ookAfgehandeld ? null : OPEN, overTijd: alleenOverTijd ? true : null })
      .then((d) => {
        if (actueel) {
          zetLijst(d.signalen.edges.map((e) => e.node));
          zetTotaal(d.signalen.totalCount);
          zetVolgende(d.signalen.pageInfo.hasNextPage ? (d.signalen.pageInfo.endCursor ?? null) : null);
          zetFout(null);
        }
      })
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'De signalen konden niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, [buurtId, alleenOverTijd, ookAfgehandeld]);

  const meer = async (): Promise<void> => {
    try {
      const d = await vraag(SIGNALEN, { ...filter, after: volgende });
      zetLijst((l) => [...(l ?? []), ...d.signalen.edges.map((e) => e.node)]);
      zetVolgende(d.signalen.pageInfo.hasNextPage ? (d.signalen.pageInfo.endCursor ?? null) : null);
    } catch (e) {
      zetFout(foutmelding(e, 'Meer signalen laden is niet gelukt.'));
    }
  };

  const overTijd = lijst?.filter((s) => s.overTijd).length ?? 0;
  return (
    <>
      <Heading1>Signalen</Heading1>
      <Paragraph>
        Signalen uit de buurten die je mag zien. Open signalen staan bovenaan, de vroegste reactiedatum eerst: signalen over tijd
        komen dus als eerste.
      </Paragraph>
      <form aria-label="Signalen filteren" onSubmit={(e) => e.preventDefault()}>
        <FormField>
          <FormLabel htmlFor="signalen-buurt">Buurt</FormLabel>
          <Select id="signalen-buurt" name="buurt" value={buurtId} onChange={(e) => zetBuurtId(e.target.value)}>
            <SelectOption value="">Alle buurten</SelectOption>
            {buurten.map((b) => (
              <SelectOption key={b.id} value={b.id}>
                {b.naam} ({b.wijk.naam})
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <div className="buurtwerk-keuze">
          <Checkbox
            id="signalen-over-tijd"
            name="overTijd"
            checked={alleenOverTijd}
            onChange={(e) => zetAlleenOverTijd(e.target.checked)}
          />{' '}
          <FormLabel htmlFor="signalen-over-tijd" type="checkbox">
            Alleen signalen over tijd
          </FormLabel>
        </div>
        <div className="buurtwerk-keuze">
          <Checkbox
            id="signalen-afgehandeld"
            name="ookAfgehandeld"
            checked={ookAfgehandeld}
            onChange={(e) => zetOokAfgehandeld(e.target.checked)}
          />{' '}
          <FormLabel htmlFor="signalen-afgehandeld" type="checkbox">
            Ook afgehandelde signalen tonen
          </FormLabel>
        </div>
      </form>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <p role="status" className="buurtwerk-klein">
        {lijst === null
          ? 'Signalen laden …'
          : `${totaal} ${totaal === 1 ? 'signaal' : 'signalen'}${lijst.length < totaal ? ` (${lijst.length} getoond)` : ''}, waarvan ${overTijd} over tijd.`}
      </p>
      {lijst && lijst.length > 0 && (
        <div className="buurtwerk-tabel" role="region" aria-labelledby="signalen-bijschrift" tabIndex={0}>
          <Table>
            <TableCaption id="signalen-bijschrift">Signalen, die over tijd eerst</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Signaal</TableHeaderCell>
                <TableHeaderCell scope="col">Buurt</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Afdeling</TableHeaderCell>
                <TableHeaderCell scope="col">Reactie uiterlijk</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.map((s) => (
                <TableRow key={s.id} data-over-tijd={s.overTijd ? 'ja' : 'nee'}>
                  <TableHeaderCell scope="row">
                    <AppLink naar={`/signalen/${s.id}`}>
                      {s.referentie}: {s.categorie}
                    </AppLink>{' '}
                    <span className="buurtwerk-klein">gemeld op {datumTijd(s.gemeldOp)}</span>
                  </TableHeaderCell>
                  <TableCell>{s.buurt.naam}</TableCell>
                  <TableCell>{signaalstatus(s.status)}</TableCell>
                  <TableCell>{s.afdeling ?? '–'}</TableCell>
                  <TableCell>
                    {datum(s.reactieUiterlijk)}
                    {s.overTijd && (
                      <>
                        {' '}
                        <span className="buurtwerk-label buurtwerk-label--geannuleerd">Over tijd</span>
                      </>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {volgende && (
        <Button appearance="secondary-action-button" onClick={() => void meer()}>
          Meer signalen laden
        </Button>
      )}
    </>
  );
}
