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
import { AppLink, navigeer, usePaginatitel } from '@web-gedeeld/router';
import { useCallback, useEffect, useState } from 'react';
import { amsterdamsMoment } from '../amsterdam';
import { Bijeenkomstgegevens, useBijeenkomstformulier } from '../bijeenkomstgegevens';
import { graphql } from '../gql';
import type {
  BijeenkomstStatus,
  RegiepaneelBijeenkomstenPerJaarQuery,
  RegiepaneelNetwerkbijeenkomstenQuery,
} from '../gql/graphql';
import { APP_NAAM } from '../naam';

const BIJEENKOMSTEN = graphql(`
  query RegiepaneelNetwerkbijeenkomsten {
    netwerkbijeenkomsten {
      id
      titel
      begin
      eind
      status
      capaciteit
      aantalAanmeldingen
      aantalOpWachtlijst
      buurt {
        naam
      }
    }
  }
`);

// Separate: only organisers may see it, and the list must not fail for other staff (griffie).
const PER_JAAR = graphql(`
  query RegiepaneelBijeenkomstenPerJaar {
    netwerkbijeenkomstenPerJaar {
      jaar
      aantal
      afspraakNagekomen
    }
  }
`);

const PLANNEN = graphql(`
  mutation RegiepaneelBijeenkomstPlannen($input: NetwerkbijeenkomstInput!) {
    netwerkbijeenkomstPlannen(input: $input) {
      id
    }
  }
`);

type Bijeenkomst = RegiepaneelNetwerkbijeenkomstenQuery['netwerkbijeenkomsten'][number];
type Jaar = RegiepaneelBijeenkomstenPerJaarQuery['netwerkbijeenkomstenPerJaar'][number];

const STATUSNAMEN: Record<BijeenkomstStatus, string> = {
  GEPLAND: 'Gepland',
  AFGEROND: 'Gehouden',
  GEANNULEERD: 'Geannuleerd',
};

/** The API reports a planned meeting whose end has passed as AFGEROND. */
export function bijeenkomststatus(b: { status: BijeenkomstStatus }): string {
  return STATUSNAMEN[b.status];
}

function Bijeenkomsttabel({ id, bijschrift, lijst }: { id: string; bijschrift: string; lijst: Bijeenkomst[] }) {
  return (
    <div className="buurtwerk-tabel" role="region" aria-labelledby={`${id}-bijschrift`} tabIndex={0}>
      <Table>
        <TableCaption id={`${id}-bijschrift`}>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Bijeenkomst</TableHeaderCell>
            <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
            <TableHeaderCell scope="col">Gastbuurt</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col" className="buurtwerk-getal">
              Aangemeld
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="buurtwerk-getal">
              Wachtlijst
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lijst.map((b) => (
            <TableRow key={b.id}>
              <TableHeaderCell scope="row">
                <AppLink naar={`/netwerkbijeenkomsten/${b.id}`}>{b.titel}</AppLink>
              </TableHeaderCell>
              <TableCell>{datumTijd(b.begin)}</TableCell>
              <TableCell>{b.buurt.naam}</TableCell>
              <TableCell>
                {b.status === 'GEANNULEERD' ? (
                  <span className="buurtwerk-label buurtwerk-label--geannuleerd">Geannuleerd</span>
                ) : (
                  bijeenkomststatus(b)
                )}
              </TableCell>
              <TableCell className="buurtwerk-getal">
                {b.aantalAanmeldingen} van {b.capaciteit}
              </TableCell>
              <TableCell className="buurtwerk-getal">{b.aantalOpWachtlijst}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function Planformulier({ klaar }: { klaar: (id: string) => void }) {
  const { velden, fout, bezig, verstuur } = useBijeenkomstformulier({
    formulier: 'bijeenkomst-plannen',
    beginwaarden: { titel: '', thema: '', buurtId: '', datum: '', begintijd: '', eindtijd: '', locatie: '', capaciteit: '' },
    eersteSuggestie: true,
    laadfout: 'De gastbuurten konden niet worden geladen.',
    opslaan: async (invoer) => {
      const { netwerkbijeenkomstPlannen } = await vraag(PLANNEN, { input: invoer });
      klaar(netwerkbijeenkomstPlannen.id);
    },
    mislukt: 'Plannen is niet gelukt.',
  });
  return (
    <form
      id="bijeenkomst-plannen"
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby="plannen-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="plannen-kop">Nieuwe bijeenkomst plannen</Heading2>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <Bijeenkomstgegevens
        {...velden}
        voorvoegsel="plannen"
        buurtUitleg={
          <>
            Elke bijeenkomst is in een andere buurt.{' '}
            {velden.keuze && velden.keuze.suggesties.length > 0
              ? `Voorgesteld, nog nooit of het langst geleden gastbuurt: ${velden.keuze.suggesties.map((b) => b.naam).join(', ')}.`
              : ''}
          </>
        }
        capaciteitUitleg="Wie zich aanmeldt als alle plaatsen bezet zijn, komt op de wachtlijst."
      />
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        Bijeenkomst plannen
      </Button>
    </form>
  );
}

/** Network meetings: planned and held, whether the promise of two a year was kept, and planning a new one. */
export function NetwerkbijeenkomstenPagina() {
  usePaginatitel('Netwerkbijeenkomsten', APP_NAAM);
  const [lijst, zetLijst] = useState<Bijeenkomst[] | null>(null);
  const [jaren, zetJaren] = useState<Jaar[]>([]);
  const [fout, zetFout] = useState<string | null>(null);

  const laad = useCallback(async (): Promise<void> => {
    try {
      const [d, j] = await Promise.all([vraag(BIJEENKOMSTEN), vraag(PER_JAAR).catch(() => null)]);
      zetLijst(d.netwerkbijeenkomsten);
      zetJaren(j?.netwerkbijeenkomstenPerJaar ?? []);
      zetFout(null);
    } catch (e) {
      zetFout(foutmelding(e, 'De netwerkbijeenkomsten konden niet worden geladen.'));
    }
  }, []);
  useEffect(() => {
    void laad();
  }, [laad]);

  const komend = lijst?.filter((b) => b.status === 'GEPLAND') ?? [];
  const eerder = (lijst?.filter((b) => b.status !== 'GEPLAND') ?? []).reverse();
  return (
    <>
      <Heading1>Netwerkbijeenkomsten</Heading1>
      <Paragraph>
        Twee keer per jaar een netwerkbijeenkomst voor buurtorganisaties, initiatiefnemers, ambtenaren en wethouders, elke keer in
        een andere buurt.
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <p className="buurtwerk-klein" aria-live="polite">
        {lijst === null ? 'Bijeenkomsten laden …' : `${komend.length} gepland, ${eerder.length} gehouden of geannuleerd.`}
      </p>
      {jaren.length > 0 && (
        <ul className="buurtwerk-klein" aria-label="Afspraak van twee bijeenkomsten per jaar">
          {jaren.map((j) => (
            <li key={j.jaar}>
              {j.jaar}: {j.aantal} {j.aantal === 1 ? 'bijeenkomst' : 'bijeenkomsten'}
              {j.afspraakNagekomen ? ', afspraak nagekomen' : ', minder dan de afgesproken twee'}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="gepland-kop">
        <Heading2 id="gepland-kop">Gepland</Heading2>
        {komend.length > 0 ? (
          <Bijeenkomsttabel id="gepland" bijschrift="Geplande bijeenkomsten, de eerste bovenaan" lijst={komend} />
        ) : (
          lijst && <Paragraph>Er is geen bijeenkomst gepland.</Paragraph>
        )}
      </section>
      <Planformulier klaar={(id) => navigeer(`/netwerkbijeenkomsten/${id}?gepland=1`)} />
      <section aria-labelledby="eerder-kop">
        <Heading2 id="eerder-kop">Gehouden en geannuleerd</Heading2>
        {eerder.length > 0 ? (
          <Bijeenkomsttabel id="eerder" bijschrift="Gehouden en geannuleerde bijeenkomsten, de laatste bovenaan" lijst={eerder} />
        ) : (
          lijst && <Paragraph>Nog geen eerdere bijeenkomsten.</Paragraph>
        )}
      </section>
    </>
  );
}

/** Shown with a planned meeting's times in the form "12 juni 2027, 19:30 tot 21:30". */
export function tijdvak(begin: string, eind: string): string {
  const b = amsterdamsMoment(begin);
  const e = amsterdamsMoment(eind);
  return b.datum === e.datum ? `${datumTijd(begin)} tot ${e.tijd}` : `${datumTijd(begin)} tot ${datumTijd(eind)}`;
}
