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
import { useVraag } from '@web-gedeeld/data';
import { type FormVeld, foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
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
    }
  }
`);

type Bijeenkomst = BuurtportaalBijeenkomstenQuery['netwerkbijeenkomsten'][number];
type Aanmelding = BuurtportaalAanmeldenMutation['aanmelden'];

/**
 * After the form: the place is held, the mail with the confirmation link is on its way. The API
 * answers this for every address (also one that had signed up already), so the page does too.
 */
function Bevestiging({ titel, email }: { titel: string; email: string }) {
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => kop.current?.focus(), []);
  return (
    <Alert type="info">
      <Heading2 ref={kop} tabIndex={-1}>
        Bevestig je aanmelding via je e-mail
      </Heading2>
      <Paragraph>
        We hebben een e-mail gestuurd naar <strong>{email}</strong>. Klik op de link in die mail om je aanmelding voor “{titel}”
        definitief te maken. Tot dan houden we je plek een tijdje voor je vast, op volgorde van aanmelden.
      </Paragraph>
      <Paragraph>
        Geen mail gekregen? Kijk ook bij je ongewenste mail. Was je al aangemeld, dan staat in de mail hoe het met je aanmelding
        zit.
      </Paragraph>
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
    return <Bevestiging titel={b.titel} email={email.trim()} />;
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
  const bijeenkomsten = useVraag(BIJEENKOMSTEN);
  const lijst: Bijeenkomst[] | null = bijeenkomsten.data?.netwerkbijeenkomsten ?? null;
  const fout = bijeenkomsten.error ? foutmelding(bijeenkomsten.error, 'De bijeenkomsten konden niet worden geladen.') : null;
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
          <Aanmeldformulier b={b} bijAangemeld={() => void bijeenkomsten.refetch()} />
        </section>
      ))}
      <Paragraph>
        Al aangemeld en kun je niet komen? Gebruik de afmeldlink uit je e-mail,{' '}
        <AppLink naar="/afmelden">vul je afmeldcode in</AppLink>, of meld je af bij{' '}
        <AppLink naar="/mijn-aanmeldingen">Mijn aanmeldingen</AppLink> als je je ingelogd aanmeldde.
      </Paragraph>
    </>
  );
}
