import {
  Alert,
  Button,
  FormField,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { foutmelding } from '@web-gedeeld/fouten';
import { datum, datumTijd } from '@web-gedeeld/datum';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { apiFouten, focusEersteFout } from '../formulier';
import { graphql } from '../gql';
import type { RegiepaneelAfdelingenQuery, RegiepaneelSignaalQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';
import { signaalstatus } from './signalen';
import { DetailNogNiet } from '../detailstatus';

const SIGNAAL = graphql(`
  query RegiepaneelSignaal($id: ID!) {
    node(id: $id) {
      __typename
      ... on Signaal {
        id
        referentie
        categorie
        omschrijving
        status
        afdeling
        gemeldOp
        gewijzigdOp
        reactieUiterlijk
        overTijd
        terugkoppeling
        buurt {
          naam
        }
        buurtregisseur {
          naam
        }
      }
    }
  }
`);

// Separate: only those who handle signals may list the departments.
const AFDELINGEN = graphql(`
  query RegiepaneelAfdelingen {
    afdelingen {
      naam
      categorieen
    }
  }
`);

const IN_BEHANDELING = graphql(`
  mutation RegiepaneelSignaalInBehandeling($id: ID!) {
    signaalInBehandelingNemen(id: $id) {
      id
      status
    }
  }
`);

const DOORZETTEN = graphql(`
  mutation RegiepaneelSignaalDoorzetten($id: ID!, $afdeling: String!) {
    signaalDoorzetten(id: $id, afdeling: $afdeling) {
      id
      status
      afdeling
    }
  }
`);

const AFHANDELEN = graphql(`
  mutation RegiepaneelSignaalAfhandelen($id: ID!, $terugkoppeling: String!) {
    signaalAfhandelen(id: $id, terugkoppeling: $terugkoppeling) {
      id
      status
    }
  }
`);

type Signaal = Extract<NonNullable<RegiepaneelSignaalQuery['node']>, { __typename: 'Signaal' }>;

type Afdeling = RegiepaneelAfdelingenQuery['afdelingen'][number];

function Doorzetformulier({ s, afdelingen, klaar }: { s: Signaal; afdelingen: Afdeling[]; klaar: (afdeling: string) => void }) {
  const [afdeling, zetAfdeling] = useState(s.afdeling ?? '');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Record<string, string> = afdeling ? {} : { afdeling: 'Kies de afdeling die het signaal oppakt.' };
    zetFouten(f);
    if (f.afdeling) {
      focusEersteFout('doorzetten', f, ['afdeling']);
      return;
    }
    try {
      await vraag(DOORZETTEN, { id: s.id, afdeling });
      klaar(afdeling);
    } catch (e) {
      const r = apiFouten(e, ['afdeling'], 'Doorzetten is niet gelukt.');
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  return (
    <form
      id="doorzetten"
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby="doorzetten-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="doorzetten-kop">Doorzetten naar de lijn</Heading2>
      <Paragraph>De afdeling die erover gaat pakt het signaal op; de buurtregisseur blijft gekoppeld.</Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <FormField invalid={Boolean(fouten.afdeling)}>
        <FormLabel htmlFor="doorzetten-afdeling">Afdeling</FormLabel>
        {fouten.afdeling && <FormFieldErrorMessage id="doorzetten-afdeling-fout">{fouten.afdeling}</FormFieldErrorMessage>}
        <Select
          id="doorzetten-afdeling"
          name="afdeling"
          value={afdeling}
          invalid={Boolean(fouten.afdeling)}
          aria-describedby={fouten.afdeling ? 'doorzetten-afdeling-fout' : undefined}
          onChange={(e) => zetAfdeling(e.target.value)}
        >
          <SelectOption value="">Kies een afdeling</SelectOption>
          {afdelingen.map((a) => (
            <SelectOption key={a.naam} value={a.naam}>
              {a.naam}
              {a.categorieen.length > 0 ? ` (${a.categorieen.join(', ')})` : ''}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Button type="submit" appearance="primary-action-button">
        Doorzetten
      </Button>
    </form>
  );
}

function Afhandelformulier({ s, klaar }: { s: Signaal; klaar: () => void }) {
  const [terugkoppeling, zetTerugkoppeling] = useState('');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Record<string, string> =
      terugkoppeling.trim() === '' ? { terugkoppeling: 'Schrijf de terugkoppeling voor de melder.' } : {};
    zetFouten(f);
    if (f.terugkoppeling) {
      focusEersteFout('afhandelen', f, ['terugkoppeling']);
      return;
    }
    try {
      await vraag(AFHANDELEN, { id: s.id, terugkoppeling: terugkoppeling.trim() });
      klaar();
    } catch (e) {
      const r = apiFouten(e, ['terugkoppeling'], 'Afhandelen is niet gelukt.');
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    }
  };
  return (
    <form
      id="afhandelen"
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby="afhandelen-kop"
      className="buurtwerk-blok"
    >
      <Heading2 id="afhandelen-kop">Afhandelen</Heading2>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <FormFieldTextarea
        name="terugkoppeling"
        label="Terugkoppeling aan de melder"
        description="De melder leest deze tekst bij het signaal."
        rows={4}
        value={terugkoppeling}
        onChange={(e) => zetTerugkoppeling(e.target.value)}
        invalid={Boolean(fouten.terugkoppeling)}
        errorMessage={fouten.terugkoppeling}
      />
      <Button type="submit" appearance="primary-action-button">
        Signaal afhandelen
      </Button>
    </form>
  );
}

/** One signal: what was reported where, its response date, and taking it on, passing it on or closing it. */
export function SignaalPagina({ id }: { id: string }) {
  const [s, zetS] = useState<Signaal | null>(null);
  const [afdelingen, zetAfdelingen] = useState<Afdeling[]>([]);
  const [geladen, zetGeladen] = useState(false);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const meldingRef = useRef<HTMLDivElement>(null);
  usePaginatitel(s ? `Signaal ${s.referentie}` : 'Signaal', APP_NAAM);

  const laad = useCallback(async (): Promise<void> => {
    try {
      const [d, a] = await Promise.all([vraag(SIGNAAL, { id }), vraag(AFDELINGEN).catch(() => null)]);
      zetS(d.node?.__typename === 'Signaal' ? d.node : null);
      zetAfdelingen(a?.afdelingen ?? []);
      zetFout(null);
    } catch (e) {
      zetFout(foutmelding(e, 'Het signaal kon niet worden geladen.'));
    } finally {
      zetGeladen(true);
    }
  }, [id]);
  useEffect(() => {
    void laad();
  }, [laad]);

  const gelukt = (tekst: string): void => {
    zetMelding(tekst);
    void laad().then(() => meldingRef.current?.focus());
  };

  const inBehandeling = async (): Promise<void> => {
    try {
      await vraag(IN_BEHANDELING, { id });
      gelukt('Je hebt het signaal in behandeling genomen.');
    } catch (e) {
      zetFout(foutmelding(e, 'In behandeling nemen is niet gelukt.'));
    }
  };

  if (!geladen || !s) {
    return (
      <DetailNogNiet
        geladen={geladen}
        soort="Signaal"
        fout={fout}
        terug={{ naar: '/signalen', tekst: 'Terug naar de signalen' }}
      />
    );
  }
  return (
    <>
      <Paragraph>
        <AppLink naar="/signalen">Signalen</AppLink>
      </Paragraph>
      <Heading1>
        Signaal {s.referentie}: {s.categorie}
      </Heading1>
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
        <dd>{signaalstatus(s.status)}</dd>
        <dt>Buurt</dt>
        <dd>{s.buurt.naam}</dd>
        <dt>Buurtregisseur</dt>
        <dd>{s.buurtregisseur?.naam ?? 'Nog niet toegewezen'}</dd>
        <dt>Afdeling</dt>
        <dd>{s.afdeling ?? 'Nog niet bepaald'}</dd>
        <dt>Gemeld op</dt>
        <dd>{datumTijd(s.gemeldOp)}</dd>
        <dt>Reactie uiterlijk</dt>
        <dd>
          {datum(s.reactieUiterlijk)}
          {s.overTijd && (
            <>
              {' '}
              <span className="buurtwerk-label buurtwerk-label--geannuleerd">Over tijd</span>
            </>
          )}
        </dd>
      </dl>
      <section aria-labelledby="omschrijving-kop">
        <Heading2 id="omschrijving-kop">Wat de melder zag</Heading2>
        <Paragraph>{s.omschrijving}</Paragraph>
      </section>
      {s.terugkoppeling && (
        <section aria-labelledby="terugkoppeling-kop">
          <Heading2 id="terugkoppeling-kop">Terugkoppeling</Heading2>
          <Paragraph>{s.terugkoppeling}</Paragraph>
        </section>
      )}
      {s.status !== 'AFGEHANDELD' && (
        <>
          {s.status !== 'IN_BEHANDELING' && (
            <div className="buurtwerk-blok">
              <Heading2>Zelf behandelen</Heading2>
              <Paragraph>Neem het signaal zelf in behandeling als het niet naar een afdeling hoeft.</Paragraph>
              <Button appearance="secondary-action-button" onClick={() => void inBehandeling()}>
                In behandeling nemen
              </Button>
            </div>
          )}
          <Doorzetformulier
            key={`${s.status}-${s.afdeling ?? ''}`}
            s={s}
            afdelingen={afdelingen}
            klaar={(a) => gelukt(`Het signaal is doorgezet naar ${a}.`)}
          />
          <Afhandelformulier s={s} klaar={() => gelukt('Het signaal is afgehandeld. De melder ziet je terugkoppeling.')} />
        </>
      )}
    </>
  );
}
