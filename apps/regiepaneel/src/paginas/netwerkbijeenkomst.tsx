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
import { foutmelding, vraag } from '@web-gedeeld/api';
import { datumTijd } from '@web-gedeeld/datum';
import { AppLink, useLocatie, usePaginatitel } from '@web-gedeeld/router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { csvAlsRecords } from '../csv';
import { graphql } from '../gql';
import type { RegiepaneelNetwerkbijeenkomstQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';
import { bijeenkomststatus, tijdvak } from './netwerkbijeenkomsten';

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
  query RegiepaneelDeelnemerslijst($id: ID!) {
    netwerkbijeenkomstDeelnemerslijst(id: $id)
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
type Deelnemer = Record<string, string>;

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
          {lijst.map((d, n) => (
            <TableRow key={n}>
              {wachtlijst && <TableCell className="buurtwerk-getal">{d.wachtlijstpositie}</TableCell>}
              <TableHeaderCell scope="row">{d.naam}</TableHeaderCell>
              <TableCell>{d.email}</TableCell>
              <TableCell>{d.organisatie || '–'}</TableCell>
              <TableCell>{d.rol || '–'}</TableCell>
              <TableCell>{d.wensen || '–'}</TableCell>
              <TableCell>{d.aangemeldOp ? datumTijd(d.aangemeldOp) : '–'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** One meeting: details, cancelling, and the attendee list with waiting list (also as CSV). */
export function NetwerkbijeenkomstPagina({ id }: { id: string }) {
  const { zoek } = useLocatie();
  const [b, zetB] = useState<Bijeenkomst | null>(null);
  const [csv, zetCsv] = useState('');
  const [deelnemersFout, zetDeelnemersFout] = useState<string | null>(null);
  const [geladen, zetGeladen] = useState(false);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(zoek.get('gepland') ? 'De bijeenkomst is gepland.' : null);
  const [bevestigen, zetBevestigen] = useState(false);
  const [downloadUrl, zetDownloadUrl] = useState<string | null>(null);
  const meldingRef = useRef<HTMLDivElement>(null);
  const bevestigRef = useRef<HTMLButtonElement>(null);
  usePaginatitel(b ? b.titel : 'Netwerkbijeenkomst', APP_NAAM);

  const laad = useCallback(async (): Promise<void> => {
    try {
      const [d, lijst] = await Promise.all([
        vraag(BIJEENKOMST, { id }),
        vraag(DEELNEMERS, { id }).catch((e: unknown) => {
          zetDeelnemersFout(foutmelding(e, 'De deelnemerslijst kon niet worden geladen.'));
          return null;
        }),
      ]);
      zetB(d.node?.__typename === 'Netwerkbijeenkomst' ? d.node : null);
      if (lijst) {
        zetCsv(lijst.netwerkbijeenkomstDeelnemerslijst);
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
    if (!csv) {
      zetDownloadUrl(null);
      return;
    }
    // The byte order mark makes spreadsheet programs read the UTF-8 names correctly.
    const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    zetDownloadUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [csv]);
  useEffect(() => {
    if (bevestigen) {
      bevestigRef.current?.focus();
    }
  }, [bevestigen]);

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

  if (!geladen) {
    return (
      <>
        <Heading1>Netwerkbijeenkomst</Heading1>
        <Paragraph role="status">Laden …</Paragraph>
      </>
    );
  }
  if (!b) {
    return (
      <>
        <Heading1>Bijeenkomst niet gevonden</Heading1>
        {fout && (
          <Alert type="error" role="alert">
            <Paragraph>{fout}</Paragraph>
          </Alert>
        )}
        <Paragraph>
          <AppLink naar="/netwerkbijeenkomsten">Terug naar de netwerkbijeenkomsten</AppLink>
        </Paragraph>
      </>
    );
  }
  const deelnemers = csvAlsRecords(csv);
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
        {downloadUrl && deelnemers.length > 0 && (
          <Paragraph>
            <a className="utrecht-link" href={downloadUrl} download={bestandsnaam(b)}>
              Deelnemerslijst downloaden (CSV)
            </a>
          </Paragraph>
        )}
      </section>

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
