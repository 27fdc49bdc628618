import {
  Alert,
  Button,
  FormFieldTextbox,
  FormFieldTextarea,
  Heading1,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { type FormVeld, foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { AppLink, href, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { BuurtportaalAanmeldenMutation, BuurtportaalBijeenkomstenQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';
import { wanneer } from '../opmaak';

const BIJEENKOMSTEN = graphql(`
  query BuurtportaalBijeenkomsten {
    netwerkbijeenkomsten {
      id
      titel
      thema
      begin
      eind
      locatie
      status
      capaciteit
      plaatsenBeschikbaar
      aantalOpWachtlijst
      buurt {
        naam
      }
    }
  }
`);

const AANMELDEN = graphql(`
  mutation BuurtportaalAanmelden($input: AanmeldingInput!) {
    aanmelden(input: $input) {
      id
      status
      wachtlijstPositie
      afmeldcode
    }
  }
`);

type Bijeenkomst = BuurtportaalBijeenkomstenQuery['netwerkbijeenkomsten'][number];
type Aanmelding = BuurtportaalAanmeldenMutation['aanmelden'];

function Bevestiging({ a, titel }: { a: Aanmelding; titel: string }) {
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => kop.current?.focus(), []);
  const afmeldpad = a.afmeldcode
    ? `/afmelden?aanmelding=${encodeURIComponent(a.id)}&code=${encodeURIComponent(a.afmeldcode)}`
    : null;
  return (
    <Alert type={a.status === 'WACHTLIJST' ? 'warning' : 'ok'}>
      <Heading2 ref={kop} tabIndex={-1}>
        {a.status === 'WACHTLIJST' ? 'Je staat op de wachtlijst' : 'Je bent aangemeld'}
      </Heading2>
      <Paragraph>
        {a.status === 'WACHTLIJST'
          ? `De bijeenkomst “${titel}” is vol. Je staat op plaats ${a.wachtlijstPositie ?? '?'} van de wachtlijst. Meldt iemand zich af, dan schuif je door en krijg je bericht.`
          : `Je bent aangemeld voor “${titel}”. Je krijgt een bevestiging per e-mail.`}
      </Paragraph>
      {a.afmeldcode && afmeldpad ? (
        <>
          <Paragraph>
            <strong>Bewaar je afmeldcode.</strong> Je ziet hem alleen nu. Met deze code meld je je af zonder account:
          </Paragraph>
          <Paragraph className="buurtwerk-code" data-testid="afmeldcode">
            {a.afmeldcode}
          </Paragraph>
          <Paragraph>
            Zet deze link bij je favorieten of schrijf de code op: <AppLink naar={afmeldpad}>afmelden voor “{titel}”</AppLink>
            <span className="buurtwerk-visueel-verborgen"> ({window.location.origin + href(afmeldpad)})</span>
          </Paragraph>
        </>
      ) : (
        <Paragraph>Je was met dit e-mailadres al aangemeld. Gebruik om af te melden de code uit je eerste bevestiging.</Paragraph>
      )}
    </Alert>
  );
}

/** The API's fields of a sign-up and the form fields they belong to (issue 19: errors at the field). */
const AANMELDVELDEN: Record<string, FormVeld> = {
  naam: { naam: 'naam', label: 'Naam' },
  email: { naam: 'email', label: 'E-mailadres' },
  rol: { naam: 'rol', label: 'Rol of organisatie' },
  wensen: { naam: 'wensen', label: 'Wensen' },
};

function Aanmeldformulier({ b, bijAangemeld }: { b: Bijeenkomst; bijAangemeld: () => void }) {
  const [naam, zetNaam] = useState('');
  const [email, zetEmail] = useState('');
  const [rol, zetRol] = useState('');
  const [wensen, zetWensen] = useState('');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [aanmelding, zetAanmelding] = useState<Aanmelding | null>(null);
  const [bezig, zetBezig] = useState(false);

  if (aanmelding) {
    return <Bevestiging a={aanmelding} titel={b.titel} />;
  }
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
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`#aanmelden-${b.id} [name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    zetBezig(true);
    try {
      const { aanmelden } = await vraag(AANMELDEN, {
        input: {
          bijeenkomstId: b.id,
          naam: naam.trim(),
          email: email.trim(),
          rol: rol.trim() || null,
          wensen: wensen.trim() || null,
        },
      });
      zetAanmelding(aanmelden);
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
    <form id={`aanmelden-${b.id}`} noValidate onSubmit={(e) => void verstuur(e)} aria-label={`Aanmelden voor ${b.titel}`}>
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
        name="rol"
        label="Je komt als (niet verplicht)"
        description="Bijvoorbeeld bewoner, initiatiefnemer of buurtorganisatie"
        value={rol}
        onChange={(e) => zetRol((e.target as HTMLInputElement).value)}
      />
      <FormFieldTextarea
        name="wensen"
        label="Wensen voor toegankelijkheid of eten (niet verplicht)"
        description="Alleen de organisatoren zien dit."
        rows={2}
        value={wensen}
        onChange={(e) => zetWensen(e.target.value)}
      />
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        {b.plaatsenBeschikbaar > 0 ? 'Aanmelden' : 'Op de wachtlijst'}
      </Button>
    </form>
  );
}

/** Network meetings: twice a year, each time in another buurt; sign-up needs no account. */
export function BijeenkomstenPagina() {
  usePaginatitel('Netwerkbijeenkomsten', APP_NAAM);
  const [lijst, zetLijst] = useState<Bijeenkomst[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [teller, zetTeller] = useState(0);
  useEffect(() => {
    let actueel = true;
    vraag(BIJEENKOMSTEN)
      .then((d) => actueel && zetLijst(d.netwerkbijeenkomsten))
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'De bijeenkomsten konden niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, [teller]);
  const komend = lijst?.filter((b) => b.status === 'GEPLAND' && new Date(b.eind).getTime() > Date.now()) ?? null;
  return (
    <>
      <Heading1>Netwerkbijeenkomsten</Heading1>
      <Paragraph appearance="lead">
        Twee keer per jaar ontmoeten buurtorganisaties, initiatiefnemers, ambtenaren en wethouders elkaar, elke keer in een andere
        buurt. Iedereen is welkom; aanmelden kan zonder account.
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <p role="status" className="buurtwerk-klein">
        {komend === null
          ? 'Laden …'
          : komend.length === 0
            ? 'Er zijn nu geen bijeenkomsten gepland.'
            : `${komend.length} ${komend.length === 1 ? 'bijeenkomst' : 'bijeenkomsten'} gepland.`}
      </p>
      {komend?.map((b) => (
        <section key={b.id} className="buurtwerk-blok" aria-labelledby={`bijeenkomst-${b.id}`}>
          <Heading2 id={`bijeenkomst-${b.id}`}>{b.titel}</Heading2>
          <dl className="buurtwerk-feitenlijst">
            <dt>Wanneer</dt>
            <dd>{wanneer(b.begin, b.eind)}</dd>
            <dt>Waar</dt>
            <dd>
              {b.locatie}, {b.buurt.naam}
            </dd>
            {b.thema && (
              <>
                <dt>Thema</dt>
                <dd>{b.thema}</dd>
              </>
            )}
            <dt>Plaatsen</dt>
            <dd>
              {b.plaatsenBeschikbaar > 0
                ? `Nog ${b.plaatsenBeschikbaar} van de ${b.capaciteit} plaatsen vrij`
                : `Vol; ${b.aantalOpWachtlijst} op de wachtlijst. Je kunt je op de wachtlijst zetten.`}
            </dd>
          </dl>
          <Aanmeldformulier b={b} bijAangemeld={() => zetTeller((t) => t + 1)} />
        </section>
      ))}
      <Paragraph>
        Al aangemeld en kun je niet komen? <AppLink naar="/afmelden">Afmelden met je afmeldcode</AppLink>.
      </Paragraph>
    </>
  );
}
