import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { type FormVeld, foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type {
  BuurtportaalVrijwilligersverzoekQuery,
  BuurtportaalVrijwilligersverzoekenQuery,
  VrijwilligersThema,
} from '../gql/graphql';
import { APP_NAAM } from '../naam';
import { wanneer } from '../opmaak';
import { THEMA, THEMAS, vrijwilligerStatus } from '../vrijwilligers-opmaak';

const VERZOEKEN = graphql(`
  query BuurtportaalVrijwilligersverzoeken($buurtId: ID, $thema: VrijwilligersThema) {
    vrijwilligersverzoeken(buurtId: $buurtId, thema: $thema) {
      id
      titel
      thema
      begin
      eind
      locatie
      aantal
      plaatsenBeschikbaar
      organisatorNaam
      buurt {
        naam
      }
    }
    buurten {
      id
      naam
    }
  }
`);

const VERZOEK = graphql(`
  query BuurtportaalVrijwilligersverzoek($id: ID!) {
    vrijwilligersverzoek(id: $id) {
      id
      titel
      beschrijving
      thema
      begin
      eind
      locatie
      aantal
      plaatsenBeschikbaar
      wachtlijst
      vaardigheden
      minimumLeeftijd
      vogNodig
      open
      status
      organisatorNaam
      toestemmingstekst
      buurt {
        naam
      }
    }
  }
`);

const MIJN_AANMELDINGEN = graphql(`
  query BuurtportaalMijnVrijwilligersaanmeldingen {
    mijnVrijwilligersaanmeldingen {
      id
      status
      wachtlijstPositie
      bevestigd
      aangemeldOp
      verzoek {
        id
        titel
        begin
        eind
        locatie
        organisatorNaam
      }
    }
  }
`);

const AANMELDEN = graphql(`
  mutation BuurtportaalVrijwilligerAanmelden($input: VrijwilligerAanmeldenInput!) {
    vrijwilligerAanmelden(input: $input) {
      id
      status
      wachtlijstPositie
      bevestigd
    }
  }
`);

const AFMELDEN = graphql(`
  mutation BuurtportaalVrijwilligerAfmelden($id: ID!) {
    vrijwilligerAfmelden(aanmeldingId: $id) {
      id
      status
    }
  }
`);

type Verzoek = BuurtportaalVrijwilligersverzoekenQuery['vrijwilligersverzoeken'][number];
type Buurt = BuurtportaalVrijwilligersverzoekenQuery['buurten'][number];
type Detail = NonNullable<BuurtportaalVrijwilligersverzoekQuery['vrijwilligersverzoek']>;

export { MIJN_AANMELDINGEN, AFMELDEN };

/** Volunteer requests: residents find them per buurt and theme (public, no account needed to look). */
export function VrijwilligerswerkPagina() {
  usePaginatitel('Vrijwilligerswerk', APP_NAAM);
  const [buurtId, zetBuurtId] = useState('');
  const [thema, zetThema] = useState<VrijwilligersThema | ''>('');
  const [lijst, zetLijst] = useState<Verzoek[] | null>(null);
  const [buurten, zetBuurten] = useState<Buurt[]>([]);
  const [fout, zetFout] = useState<string | null>(null);
  useEffect(() => {
    let actueel = true;
    zetLijst(null);
    vraag(VERZOEKEN, { buurtId: buurtId || null, thema: thema || null })
      .then((d) => {
        if (actueel) {
          zetLijst(d.vrijwilligersverzoeken);
          zetBuurten(d.buurten);
        }
      })
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'De vragen om vrijwilligers konden niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, [buurtId, thema]);
  return (
    <>
      <Heading1>Vrijwilligerswerk</Heading1>
      <Paragraph appearance="lead">
        Organisaties en bewonersinitiatieven in Heerlen zoeken mensen die een handje willen helpen. Kies je buurt of een thema, en
        meld je aan.
      </Paragraph>
      <Paragraph>
        Wil je bericht krijgen als er iets nieuws bij komt? Maak een{' '}
        <AppLink naar="/mijn-vrijwilligerswerk">vrijwilligersprofiel</AppLink>.
      </Paragraph>
      <div className="buurtwerk-formulierrij">
        <FormField>
          <FormLabel htmlFor="filter-buurt">Buurt</FormLabel>
          <Select id="filter-buurt" name="buurt" value={buurtId} onChange={(e) => zetBuurtId(e.target.value)}>
            <SelectOption value="">Alle buurten</SelectOption>
            {buurten.map((b) => (
              <SelectOption key={b.id} value={b.id}>
                {b.naam}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="filter-thema">Thema</FormLabel>
          <Select
            id="filter-thema"
            name="thema"
            value={thema}
            onChange={(e) => zetThema(e.target.value as VrijwilligersThema | '')}
          >
            <SelectOption value="">Alle thema’s</SelectOption>
            {THEMAS.map((t) => (
              <SelectOption key={t} value={t}>
                {THEMA[t]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </div>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <p role="status" className="buurtwerk-klein">
        {lijst === null
          ? 'Laden …'
          : lijst.length === 0
            ? 'Er zijn nu geen vragen om vrijwilligers die hierbij passen.'
            : `${lijst.length} ${lijst.length === 1 ? 'vraag' : 'vragen'} om vrijwilligers.`}
      </p>
      {lijst?.map((v) => (
        <section key={v.id} className="buurtwerk-blok" aria-labelledby={`verzoek-${v.id}`}>
          <Heading2 id={`verzoek-${v.id}`}>
            <AppLink naar={`/vrijwilligerswerk/${v.id}`}>{v.titel}</AppLink>
          </Heading2>
          <dl className="buurtwerk-feitenlijst">
            <dt>Wie</dt>
            <dd>{v.organisatorNaam}</dd>
            <dt>Wanneer</dt>
            <dd>{wanneer(v.begin, v.eind)}</dd>
            <dt>Waar</dt>
            <dd>
              {v.locatie}, {v.buurt.naam}
            </dd>
            <dt>Thema</dt>
            <dd>{THEMA[v.thema]}</dd>
            <dt>Plaatsen</dt>
            <dd>
              {v.plaatsenBeschikbaar > 0
                ? `Nog ${v.plaatsenBeschikbaar} van de ${v.aantal} plaatsen vrij`
                : 'Vol; je kunt je op de wachtlijst zetten'}
            </dd>
          </dl>
        </section>
      ))}
    </>
  );
}

const AANMELDVELDEN: Record<string, FormVeld> = {
  naam: { naam: 'naam', label: 'Je naam' },
  email: { naam: 'email', label: 'E-mailadres' },
  telefoon: { naam: 'telefoon', label: 'Telefoonnummer' },
  toelichting: { naam: 'toelichting', label: 'Toelichting' },
  toestemming: { naam: 'toestemming', label: 'Toestemming' },
  minimumLeeftijdBevestigd: { naam: 'minimumLeeftijdBevestigd', label: 'Leeftijd' },
};

interface EigenAanmelding {
  id: string;
  status: 'AANGEMELD' | 'WACHTLIJST' | 'AFGEMELD';
  wachtlijstPositie?: number | null;
  bevestigd: boolean;
}

function Aanmeldformulier({ v, bijAangemeld }: { v: Detail; bijAangemeld: () => void }) {
  const [naam, zetNaam] = useState('');
  const [email, zetEmail] = useState('');
  const [telefoon, zetTelefoon] = useState('');
  const [toelichting, zetToelichting] = useState('');
  const [toestemming, zetToestemming] = useState(false);
  const [leeftijd, zetLeeftijd] = useState(false);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Record<string, string> = {};
    if (naam.trim() === '') {
      f.naam = 'Vul je naam in.';
    }
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      f.email = 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.';
    }
    if (v.minimumLeeftijd && !leeftijd) {
      f.minimumLeeftijdBevestigd = `Vink aan dat je minstens ${v.minimumLeeftijd} jaar bent.`;
    }
    if (!toestemming) {
      f.toestemming = 'Vink aan dat je toestemming geeft; anders kan de organisator geen contact met je opnemen.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`#vrijwilliger-aanmelden [name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    zetBezig(true);
    try {
      await vraag(AANMELDEN, {
        input: {
          verzoekId: v.id,
          naam: naam.trim(),
          email: email.trim(),
          telefoon: telefoon.trim() || null,
          toelichting: toelichting.trim() || null,
          toestemming: true,
          minimumLeeftijdBevestigd: v.minimumLeeftijd ? leeftijd : null,
        },
      });
      bijAangemeld();
    } catch (e) {
      const r = leesbareFout(e, AANMELDVELDEN, 'Aanmelden is niet gelukt.');
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    } finally {
      zetBezig(false);
    }
  };
  return (
    <form id="vrijwilliger-aanmelden" noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby="aanmelden-kop">
      <Heading2 id="aanmelden-kop">Aanmelden</Heading2>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <div className="buurtwerk-formulierrij">
        <FormFieldTextbox
          name="naam"
          label="Je naam"
          autoComplete="name"
          required
          value={naam}
          onChange={(e) => zetNaam((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten.naam)}
          errorMessage={fouten.naam}
        />
        <FormFieldTextbox
          name="email"
          type="email"
          label="E-mailadres"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => zetEmail((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten.email)}
          errorMessage={fouten.email}
        />
      </div>
      <FormFieldTextbox
        name="telefoon"
        type="tel"
        label="Telefoonnummer (niet verplicht)"
        autoComplete="tel"
        value={telefoon}
        onChange={(e) => zetTelefoon((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.telefoon)}
        errorMessage={fouten.telefoon}
      />
      <FormFieldTextarea
        name="toelichting"
        label="Iets dat de organisator moet weten (niet verplicht)"
        description="Bijvoorbeeld je ervaring, of wanneer je kunt."
        rows={3}
        value={toelichting}
        onChange={(e) => zetToelichting(e.target.value)}
      />
      {v.minimumLeeftijd ? (
        <FormField invalid={Boolean(fouten.minimumLeeftijdBevestigd)}>
          {fouten.minimumLeeftijdBevestigd && (
            <FormFieldErrorMessage id="leeftijd-fout">{fouten.minimumLeeftijdBevestigd}</FormFieldErrorMessage>
          )}
          <div className="buurtwerk-keuze">
            <Checkbox
              id="leeftijd"
              name="minimumLeeftijdBevestigd"
              checked={leeftijd}
              onChange={(e) => zetLeeftijd(e.target.checked)}
              aria-describedby={fouten.minimumLeeftijdBevestigd ? 'leeftijd-fout' : undefined}
            />{' '}
            <FormLabel htmlFor="leeftijd" type="checkbox">
              Ik ben {v.minimumLeeftijd} jaar of ouder
            </FormLabel>
          </div>
        </FormField>
      ) : null}
      <FormField invalid={Boolean(fouten.toestemming)}>
        {fouten.toestemming && <FormFieldErrorMessage id="toestemming-fout">{fouten.toestemming}</FormFieldErrorMessage>}
        <div className="buurtwerk-keuze">
          <Checkbox
            id="toestemming"
            name="toestemming"
            checked={toestemming}
            onChange={(e) => zetToestemming(e.target.checked)}
            aria-describedby={`toestemming-tekst${fouten.toestemming ? ' toestemming-fout' : ''}`}
          />{' '}
          <FormLabel htmlFor="toestemming" type="checkbox">
            Ik geef toestemming
          </FormLabel>
        </div>
        <Paragraph className="buurtwerk-klein" id="toestemming-tekst">
          {v.toestemmingstekst}
        </Paragraph>
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        {v.plaatsenBeschikbaar > 0 ? 'Aanmelden als vrijwilliger' : 'Op de wachtlijst'}
      </Button>
    </form>
  );
}

/** One request: what, when, where, and signing up or withdrawing (signed in). */
export function VrijwilligersverzoekPagina({ id, ingelogd }: { id: string; ingelogd: boolean }) {
  const [v, zetV] = useState<Detail | null | undefined>(undefined);
  const [eigen, zetEigen] = useState<EigenAanmelding | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const [teller, zetTeller] = useState(0);
  const kop = useRef<HTMLHeadingElement>(null);
  usePaginatitel(v ? v.titel : 'Vrijwilligerswerk', APP_NAAM);
  useEffect(() => {
    let actueel = true;
    Promise.all([vraag(VERZOEK, { id }), ingelogd ? vraag(MIJN_AANMELDINGEN) : Promise.resolve(null)])
      .then(([d, mijn]) => {
        if (actueel) {
          zetV(d.vrijwilligersverzoek ?? null);
          zetEigen(mijn?.mijnVrijwilligersaanmeldingen.find((a) => a.verzoek.id === id && a.status !== 'AFGEMELD') ?? null);
        }
      })
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'Deze vraag kon niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, [id, ingelogd, teller]);
  useEffect(() => {
    if (melding) {
      kop.current?.focus();
    }
  }, [melding]);
  const afmelden = async (): Promise<void> => {
    if (!eigen) {
      return;
    }
    try {
      await vraag(AFMELDEN, { id: eigen.id });
      zetMelding('Je bent afgemeld. Je plaats gaat naar de eerste op de wachtlijst.');
      zetTeller((t) => t + 1);
    } catch (e) {
      zetFout(foutmelding(e, 'Afmelden is niet gelukt.'));
    }
  };
  if (v === undefined && !fout) {
    return <Paragraph role="status">Laden …</Paragraph>;
  }
  if (!v) {
    return (
      <>
        <Heading1>Vrijwilligerswerk</Heading1>
        <Alert type="error" role="alert">
          <Paragraph>{fout ?? 'Deze vraag om vrijwilligers bestaat niet (meer).'}</Paragraph>
        </Alert>
        <AppLink naar="/vrijwilligerswerk">Naar alle vragen om vrijwilligers</AppLink>
      </>
    );
  }
  return (
    <>
      <Heading1>{v.titel}</Heading1>
      <Paragraph appearance="lead">{v.beschrijving}</Paragraph>
      <dl className="buurtwerk-feitenlijst">
        <dt>Wie zoekt vrijwilligers</dt>
        <dd>{v.organisatorNaam}</dd>
        <dt>Wanneer</dt>
        <dd>{wanneer(v.begin, v.eind)}</dd>
        <dt>Waar</dt>
        <dd>
          {v.locatie}, {v.buurt.naam}
        </dd>
        <dt>Thema</dt>
        <dd>{THEMA[v.thema]}</dd>
        <dt>Hoeveel mensen</dt>
        <dd>
          {v.aantal};{' '}
          {v.plaatsenBeschikbaar > 0 ? `nog ${v.plaatsenBeschikbaar} plaatsen vrij` : `vol, ${v.wachtlijst} op de wachtlijst`}
        </dd>
        {v.vaardigheden.length > 0 && (
          <>
            <dt>Handig als je kunt</dt>
            <dd>{v.vaardigheden.join(', ')}</dd>
          </>
        )}
        {v.minimumLeeftijd ? (
          <>
            <dt>Minimumleeftijd</dt>
            <dd>{v.minimumLeeftijd} jaar</dd>
          </>
        ) : null}
        <dt>Verklaring Omtrent het Gedrag (VOG)</dt>
        <dd>{v.vogNodig ? 'Nodig; de organisator helpt je met de aanvraag' : 'Niet nodig'}</dd>
      </dl>
      {melding && (
        <Alert type="ok">
          <Heading2 ref={kop} tabIndex={-1}>
            {melding}
          </Heading2>
        </Alert>
      )}
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {eigen ? (
        <section className="buurtwerk-blok" aria-labelledby="eigen-kop">
          <Heading2 id="eigen-kop">Je aanmelding</Heading2>
          <Paragraph>{vrijwilligerStatus(eigen.status, eigen.wachtlijstPositie ?? null, eigen.bevestigd)}</Paragraph>
          <Button type="button" appearance="secondary-action-button" onClick={() => void afmelden()}>
            Afmelden
          </Button>
        </section>
      ) : !v.open ? (
        <Paragraph>Aanmelden kan niet meer: deze vraag is {v.status === 'GEANNULEERD' ? 'ingetrokken' : 'voorbij'}.</Paragraph>
      ) : ingelogd ? (
        <Aanmeldformulier
          v={v}
          bijAangemeld={() => {
            zetMelding('Je bent aangemeld. De organisator neemt contact met je op.');
            zetTeller((t) => t + 1);
          }}
        />
      ) : (
        <Paragraph>
          Om je aan te melden moet je ingelogd zijn, zodat je je aanmelding kunt volgen en afmelden.{' '}
          <AppLink naar={`/inloggen?terug=${encodeURIComponent(`/vrijwilligerswerk/${id}`)}`}>Log eerst in</AppLink>.
        </Paragraph>
      )}
      <Paragraph>
        <AppLink naar="/vrijwilligerswerk">Naar alle vragen om vrijwilligers</AppLink>
      </Paragraph>
    </>
  );
}
