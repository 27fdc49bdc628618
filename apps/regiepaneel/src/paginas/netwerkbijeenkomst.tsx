import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Paragraph,
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
import { datumTijd } from '@web-gedeeld/datum';
import { AppLink, useLocatie, usePaginatitel } from '@web-gedeeld/router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { amsterdamsMoment } from '../amsterdam';
import { Bijeenkomstgegevens, useBijeenkomstformulier } from '../bijeenkomstgegevens';
import { graphql } from '../gql';
import type { RegiepaneelDeelnemersQuery, RegiepaneelNetwerkbijeenkomstQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';
import { bijeenkomststatus, tijdvak } from './netwerkbijeenkomsten';
import { DetailNogNiet } from '../detailstatus';

const BIJEENKOMST = graphql(`
  query RegiepaneelNetwerkbijeenkomst($id: ID!) {
    node(id: $id) {
      __typename
      ... on Netwerkbijeenkomst {
        id
        titel
        thema
        begin
        eind
        locatie
        status
        capaciteit
        aantalAanmeldingen
        aantalOpWachtlijst
        plaatsenBeschikbaar
        verslag
        buurt {
          id
          naam
          wijk {
            naam
          }
        }
      }
    }
  }
`);

// Separate: personal data for organisers only; the meeting itself shows for all staff.
const DEELNEMERS = graphql(`
  query RegiepaneelDeelnemers($id: ID!, $after: String) {
    node(id: $id) {
      __typename
      ... on Netwerkbijeenkomst {
        deelnemers(first: 100, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              naam
              email
              rol
              wensen
              status
              wachtlijstPositie
              aangemeldOp
              organisatie {
                naam
              }
            }
          }
        }
      }
    }
  }
`);

// The same list as CSV, fetched only when someone downloads it.
const DEELNEMERS_CSV = graphql(`
  query RegiepaneelDeelnemerslijst($id: ID!) {
    netwerkbijeenkomstDeelnemerslijst(id: $id)
  }
`);

const WIJZIGEN = graphql(`
  mutation RegiepaneelBijeenkomstWijzigen($id: ID!, $input: NetwerkbijeenkomstWijzigenInput!) {
    netwerkbijeenkomstWijzigen(id: $id, input: $input) {
      id
    }
  }
`);

const ANNULEREN = graphql(`
  mutation RegiepaneelBijeenkomstAnnuleren($id: ID!) {
    netwerkbijeenkomstAnnuleren(id: $id) {
      id
      status
    }
  }
`);

type Bijeenkomst = Extract<NonNullable<RegiepaneelNetwerkbijeenkomstQuery['node']>, { __typename: 'Netwerkbijeenkomst' }>;
type DeelnemersNode = Extract<NonNullable<RegiepaneelDeelnemersQuery['node']>, { __typename: 'Netwerkbijeenkomst' }>;
type Deelnemer = NonNullable<DeelnemersNode['deelnemers']>['edges'][number]['node'];

/** Every page of the attendee list (admitted first, then the waiting list in order of receipt). */
async function alleDeelnemers(id: string): Promise<Deelnemer[]> {
  const alle: Deelnemer[] = [];
  let after: string | null = null;
  for (;;) {
    const d: RegiepaneelDeelnemersQuery = await vraag(DEELNEMERS, { id, after });
    // Without access the API answers FORBIDDEN (vraag throws) and the field is null.
    const lijst = d.node?.__typename === 'Netwerkbijeenkomst' ? d.node.deelnemers : null;
    if (!lijst) {
      return alle;
    }
    alle.push(...lijst.edges.map((e) => e.node));
    if (!lijst.pageInfo.hasNextPage || !lijst.pageInfo.endCursor) {
      return alle;
    }
    after = lijst.pageInfo.endCursor;
  }
}

function bestandsnaam(b: Bijeenkomst): string {
  const naam = b.titel
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `deelnemers-${naam || 'bijeenkomst'}-${b.begin.slice(0, 10)}.csv`;
}

function Deelnemertabel({
  id,
  bijschrift,
  lijst,
  wachtlijst,
}: {
  id: string;
  bijschrift: string;
  lijst: Deelnemer[];
  wachtlijst: boolean;
}) {
  return (
    <div className="buurtwerk-tabel" role="region" aria-labelledby={`${id}-bijschrift`} tabIndex={0}>
      <Table>
        <TableCaption id={`${id}-bijschrift`}>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            {wachtlijst && (
              <TableHeaderCell scope="col" className="buurtwerk-getal">
                Plaats
              </TableHeaderCell>
            )}
            <TableHeaderCell scope="col">Naam</TableHeaderCell>
            <TableHeaderCell scope="col">E-mail</TableHeaderCell>
            <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
            <TableHeaderCell scope="col">Rol</TableHeaderCell>
            <TableHeaderCell scope="col">Wensen</TableHeaderCell>
            <TableHeaderCell scope="col">Aangemeld op</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lijst.map((d) => (
            <TableRow key={d.id}>
              {wachtlijst && <TableCell className="buurtwerk-getal">{d.wachtlijstPositie}</TableCell>}
              <TableHeaderCell scope="row">{d.naam}</TableHeaderCell>
              <TableCell>{d.email}</TableCell>
              <TableCell>{d.organisatie?.naam ?? '–'}</TableCell>
              <TableCell>{d.rol || '–'}</TableCell>
              <TableCell>{d.wensen || '–'}</TableCell>
              <TableCell>{datumTijd(d.aangemeldOp)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** Change a planned meeting; the API keeps the rules (rotation, places, waiting list, mails). */
function Wijzigformulier({ b, klaar }: { b: Bijeenkomst; klaar: (tekst: string) => void }) {
  const start = amsterdamsMoment(b.begin);
  const einde = amsterdamsMoment(b.eind);
  const beginwaarden = {
    titel: b.titel,
    thema: b.thema ?? '',
    buurtId: b.buurt.id,
    datum: start.datum,
    begintijd: start.tijd,
    eindtijd: einde.tijd,
    locatie: b.locatie,
    capaciteit: String(b.capaciteit),
  };
  const { velden, fout, bezig, verstuur } = useBijeenkomstformulier({
    formulier: 'bijeenkomst-wijzigen',
    beginwaarden,
    laadfout: 'De buurten konden niet worden geladen.',
    opslaan: async (invoer) => {
      await vraag(WIJZIGEN, { id: b.id, input: invoer });
      klaar(
        'De wijzigingen zijn opgeslagen. Bij een nieuwe datum, tijd of plaats krijgt iedereen die zich heeft aangemeld een e-mail; bij meer plaatsen schuift de wachtlijst door.',
      );
    },
    mislukt: 'Wijzigen is niet gelukt.',
  });

  return (
    <form
      id="bijeenkomst-wijzigen"
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby="wijzigen-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="wijzigen-kop">Bijeenkomst wijzigen</Heading2>
      <Paragraph className="buurtwerk-klein">
        Wie een plaats heeft, houdt die. Meer plaatsen gaan op volgorde van aanmelding naar de wachtlijst; minder plaatsen dan er
        mensen aangemeld zijn kan niet.
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <Bijeenkomstgegevens
        {...velden}
        voorvoegsel="wijzigen"
        buurtUitleg="Elke bijeenkomst is in een andere buurt; een andere gastbuurt mag nog nooit gastbuurt zijn geweest."
        huidigeBuurt={b.buurt}
        capaciteitUitleg={`Nu ${b.aantalAanmeldingen} aangemeld en ${b.aantalOpWachtlijst} op de wachtlijst.`}
      />
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        Wijzigingen opslaan
      </Button>
    </form>
  );
}

/** One meeting: details, cancelling, and the attendee list with waiting list (also as CSV). */
export function NetwerkbijeenkomstPagina({ id }: { id: string }) {
  const { zoek } = useLocatie();
  const [b, zetB] = useState<Bijeenkomst | null>(null);
  const [deelnemers, zetDeelnemers] = useState<Deelnemer[]>([]);
  const [deelnemersFout, zetDeelnemersFout] = useState<string | null>(null);
  const [downloadFout, zetDownloadFout] = useState<string | null>(null);
  const [geladen, zetGeladen] = useState(false);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(zoek.get('gepland') ? 'De bijeenkomst is gepland.' : null);
  const [bevestigen, zetBevestigen] = useState(false);
  const meldingRef = useRef<HTMLDivElement>(null);
  const bevestigRef = useRef<HTMLButtonElement>(null);
  usePaginatitel(b ? b.titel : 'Netwerkbijeenkomst', APP_NAAM);

  const laad = useCallback(async (): Promise<void> => {
    try {
      const [d, lijst] = await Promise.all([
        vraag(BIJEENKOMST, { id }),
        alleDeelnemers(id).catch((e: unknown) => {
          zetDeelnemersFout(foutmelding(e, 'De deelnemerslijst kon niet worden geladen.'));
          return null;
        }),
      ]);
      zetB(d.node?.__typename === 'Netwerkbijeenkomst' ? d.node : null);
      if (lijst) {
        zetDeelnemers(lijst);
        zetDeelnemersFout(null);
      }
      zetFout(null);
    } catch (e) {
      zetFout(foutmelding(e, 'De bijeenkomst kon niet worden geladen.'));
    } finally {
      zetGeladen(true);
    }
  }, [id]);
  useEffect(() => {
    void laad();
  }, [laad]);
  useEffect(() => {
    if (bevestigen) {
      bevestigRef.current?.focus();
    }
  }, [bevestigen]);

  const download = async (): Promise<void> => {
    if (!b) {
      return;
    }
    try {
      const { netwerkbijeenkomstDeelnemerslijst: csv } = await vraag(DEELNEMERS_CSV, { id });
      // The byte order mark makes spreadsheet programs read the UTF-8 names correctly.
      const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = bestandsnaam(b);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      zetDownloadFout(null);
    } catch (e) {
      zetDownloadFout(foutmelding(e, 'Downloaden is niet gelukt.'));
    }
  };

  const gewijzigd = (tekst: string): void => {
    zetMelding(tekst);
    void laad().then(() => meldingRef.current?.focus());
  };

  const annuleer = async (): Promise<void> => {
    try {
      await vraag(ANNULEREN, { id });
      zetBevestigen(false);
      zetMelding('De bijeenkomst is geannuleerd. Iedereen die zich had aangemeld of op de wachtlijst stond, krijgt bericht.');
      await laad();
      meldingRef.current?.focus();
    } catch (e) {
      zetFout(foutmelding(e, 'Annuleren is niet gelukt.'));
    }
  };

  if (!geladen || !b) {
    return (
      <DetailNogNiet
        geladen={geladen}
        soort="Netwerkbijeenkomst"
        nietGevonden="Bijeenkomst niet gevonden"
        fout={fout}
        terug={{ naar: '/netwerkbijeenkomsten', tekst: 'Terug naar de netwerkbijeenkomsten' }}
      />
    );
  }
  const aangemeld = deelnemers.filter((d) => d.status === 'AANGEMELD');
  const wachtend = deelnemers.filter((d) => d.status === 'WACHTLIJST');
  return (
    <>
      <Paragraph>
        <AppLink naar="/netwerkbijeenkomsten">Netwerkbijeenkomsten</AppLink>
      </Paragraph>
      <Heading1>{b.titel}</Heading1>
      <div role="status" ref={meldingRef} tabIndex={-1}>
        {melding && (
          <Alert type="ok">
            <Paragraph>{melding}</Paragraph>
          </Alert>
        )}
      </div>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <dl className="buurtwerk-feitenlijst">
        <dt>Status</dt>
        <dd>
          {b.status === 'GEANNULEERD' ? (
            <span className="buurtwerk-label buurtwerk-label--geannuleerd">Geannuleerd</span>
          ) : (
            bijeenkomststatus(b)
          )}
        </dd>
        <dt>Wanneer</dt>
        <dd>{tijdvak(b.begin, b.eind)}</dd>
        <dt>Gastbuurt</dt>
        <dd>
          {b.buurt.naam} ({b.buurt.wijk.naam})
        </dd>
        <dt>Locatie</dt>
        <dd>{b.locatie}</dd>
        {b.thema && (
          <>
            <dt>Thema</dt>
            <dd>{b.thema}</dd>
          </>
        )}
        <dt>Plaatsen</dt>
        <dd>
          {b.aantalAanmeldingen} van {b.capaciteit} bezet, {b.plaatsenBeschikbaar} vrij, {b.aantalOpWachtlijst} op de wachtlijst
        </dd>
      </dl>
      {b.verslag && (
        <section aria-labelledby="verslag-kop">
          <Heading2 id="verslag-kop">Verslag</Heading2>
          <Paragraph>{b.verslag}</Paragraph>
        </section>
      )}

      <section aria-labelledby="deelnemers-kop">
        <Heading2 id="deelnemers-kop">Deelnemerslijst</Heading2>
        <Paragraph className="buurtwerk-klein">
          Persoonsgegevens: alleen voor de organisatie van de bijeenkomst. Bewaar een download niet langer dan nodig.
        </Paragraph>
        {deelnemersFout ? (
          <Alert type="warning">
            <Paragraph>{deelnemersFout}</Paragraph>
          </Alert>
        ) : aangemeld.length > 0 ? (
          <Deelnemertabel id="aangemeld" bijschrift={`Aangemeld (${aangemeld.length})`} lijst={aangemeld} wachtlijst={false} />
        ) : (
          <Paragraph>Nog niemand aangemeld.</Paragraph>
        )}
        {wachtend.length > 0 && (
          <Deelnemertabel
            id="wachtlijst"
            bijschrift={`Wachtlijst (${wachtend.length}), op volgorde van aanmelding`}
            lijst={wachtend}
            wachtlijst
          />
        )}
        {!deelnemersFout && deelnemers.length > 0 && (
          <div className="buurtwerk-knoppen">
            <Button appearance="secondary-action-button" onClick={() => void download()}>
              Deelnemerslijst downloaden (CSV)
            </Button>
          </div>
        )}
        {downloadFout && (
          <Alert type="error" role="alert">
            <Paragraph>{downloadFout}</Paragraph>
          </Alert>
        )}
      </section>

      {b.status === 'GEPLAND' && (
        <Wijzigformulier
          key={JSON.stringify([b.titel, b.thema, b.buurt.id, b.begin, b.eind, b.locatie, b.capaciteit])}
          b={b}
          klaar={gewijzigd}
        />
      )}

      {b.status === 'GEPLAND' && (
        <section aria-labelledby="annuleren-kop" className="buurtwerk-blok">
          <Heading2 id="annuleren-kop">Bijeenkomst annuleren</Heading2>
          <Paragraph>
            Iedereen die zich heeft aangemeld of op de wachtlijst staat, krijgt een e-mail. De gastbuurt kan daarna opnieuw
            gekozen worden.
          </Paragraph>
          {bevestigen ? (
            <div className="buurtwerk-knoppen">
              <Button ref={bevestigRef} appearance="primary-action-button" onClick={() => void annuleer()}>
                Ja, annuleer “{b.titel}”
              </Button>
              <Button appearance="secondary-action-button" onClick={() => zetBevestigen(false)}>
                Nee, niet annuleren
              </Button>
            </div>
          ) : (
            <Button appearance="secondary-action-button" onClick={() => zetBevestigen(true)}>
              Bijeenkomst annuleren
            </Button>
          )}
        </section>
      )}
    </>
  );
}
