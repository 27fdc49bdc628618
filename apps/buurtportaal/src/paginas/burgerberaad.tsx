import {
  Alert,
  Button,
  Checkbox,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { useVraag } from '@web-gedeeld/data';
import { datumTijd } from '@web-gedeeld/datum';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { BuurtportaalBurgerberadenQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const BERADEN = graphql(`
  query BuurtportaalBurgerberaden {
    burgerberaden {
      id
      onderwerp
      beschrijving
      grootte
      status
      aanmeldenTot
      zaadBron
      gelootOp
      kenmerken {
        sleutel
        naam
        waarden {
          waarde
          label
        }
      }
    }
  }
`);

const AANMELDEN = graphql(`
  mutation BuurtportaalBeraadAanmelden($input: BeraadAanmeldingInput!) {
    beraadAanmelden(input: $input) {
      id
    }
  }
`);

type Beraad = BuurtportaalBurgerberadenQuery['burgerberaden'][number];

function Aanmeldformulier({ beraad, klaar }: { beraad: Beraad; klaar: () => void }) {
  const [naam, zetNaam] = useState('');
  const [email, zetEmail] = useState('');
  const [antwoorden, zetAntwoorden] = useState<Record<string, string>>({});
  const [toestemming, zetToestemming] = useState(false);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const formulier = useRef<HTMLFormElement>(null);

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Record<string, string> = {};
    if (naam.trim() === '') {
      f.naam = 'Vul je naam in.';
    }
    for (const k of beraad.kenmerken) {
      if (!antwoorden[k.sleutel]) {
        f[`kenmerk-${k.sleutel}`] = `Kies bij “${k.naam}” wat bij je past.`;
      }
    }
    if (!toestemming) {
      f.toestemming = 'Geef toestemming om mee te loten; zonder die toestemming kunnen we je aanmelding niet bewaren.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      formulier.current?.querySelector<HTMLElement>(`[name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    zetBezig(true);
    try {
      await vraag(AANMELDEN, {
        input: {
          beraadId: beraad.id,
          naam: naam.trim(),
          email: email.trim() === '' ? null : email.trim(),
          kenmerken: beraad.kenmerken.map((k) => ({ sleutel: k.sleutel, waarde: antwoorden[k.sleutel] })),
          toestemming,
        },
      });
      klaar();
    } catch (err) {
      const r = leesbareFout(
        err,
        { naam: { naam: 'naam', label: 'Naam' }, email: { naam: 'email', label: 'E-mailadres' } },
        'Aanmelden is niet gelukt.',
      );
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    } finally {
      zetBezig(false);
    }
  };

  return (
    <form ref={formulier} noValidate onSubmit={(e) => void verstuur(e)} aria-label={`Aanmelden voor ${beraad.onderwerp}`}>
      <Foutsamenvatting id={`fouten-${beraad.id}`} fouten={fouten} algemeen={fout} />
      <FormFieldTextbox
        name="naam"
        label="Je naam"
        autoComplete="name"
        required
        maxLength={200}
        value={naam}
        onChange={(e) => zetNaam((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.naam)}
        errorMessage={fouten.naam}
      />
      <FormFieldTextbox
        name="email"
        type="email"
        label="E-mailadres (niet verplicht)"
        description="Voor de uitnodiging als je wordt ingeloot. Leeg: we gebruiken het adres van je account."
        autoComplete="email"
        value={email}
        onChange={(e) => zetEmail((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.email)}
        errorMessage={fouten.email}
      />
      {beraad.kenmerken.map((k) => {
        const veld = `kenmerk-${k.sleutel}`;
        return (
          <fieldset
            key={k.sleutel}
            className="buurtwerk-fieldset utrecht-form-field"
            aria-describedby={fouten[veld] ? `${beraad.id}-${veld}-fout` : undefined}
          >
            <legend className="utrecht-form-label">{k.naam}</legend>
            {fouten[veld] && <FormFieldErrorMessage id={`${beraad.id}-${veld}-fout`}>{fouten[veld]}</FormFieldErrorMessage>}
            {k.waarden.map((w) => (
              <div key={w.waarde} className="buurtwerk-keuze">
                <RadioButton
                  id={`${beraad.id}-${k.sleutel}-${w.waarde}`}
                  name={veld}
                  value={w.waarde}
                  checked={antwoorden[k.sleutel] === w.waarde}
                  invalid={Boolean(fouten[veld])}
                  onChange={() => zetAntwoorden((a) => ({ ...a, [k.sleutel]: w.waarde }))}
                />{' '}
                <FormLabel htmlFor={`${beraad.id}-${k.sleutel}-${w.waarde}`} type="radio">
                  {w.label}
                </FormLabel>
              </div>
            ))}
          </fieldset>
        );
      })}
      <div className="buurtwerk-keuze utrecht-form-field">
        {fouten.toestemming && (
          <FormFieldErrorMessage id={`${beraad.id}-toestemming-fout`}>{fouten.toestemming}</FormFieldErrorMessage>
        )}
        <Checkbox
          id={`${beraad.id}-toestemming`}
          name="toestemming"
          checked={toestemming}
          invalid={Boolean(fouten.toestemming)}
          aria-describedby={[`${beraad.id}-toestemming-uitleg`, fouten.toestemming ? `${beraad.id}-toestemming-fout` : '']
            .join(' ')
            .trim()}
          onChange={(e) => zetToestemming(e.target.checked)}
        />{' '}
        <FormLabel htmlFor={`${beraad.id}-toestemming`} type="checkbox">
          Ik geef toestemming om mijn naam en antwoorden te gebruiken voor de loting
        </FormLabel>
        <FormFieldDescription id={`${beraad.id}-toestemming-uitleg`} className="buurtwerk-klein">
          Alleen medewerkers van de gemeente zien je naam. Voor de loting tellen alleen je antwoorden hierboven; de openbare
          verdeling noemt geen namen. Een jaar na de loting worden je gegevens onherkenbaar gemaakt. Je kunt je gegevens altijd
          inzien of laten verwijderen.
        </FormFieldDescription>
      </div>
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        Aanmelden voor de loting
      </Button>
    </form>
  );
}

/** Burgerberaad: residents volunteer; the panel is drawn fairly by lot from the volunteers. */
export function BurgerberaadPagina() {
  usePaginatitel('Burgerberaad', APP_NAAM);
  const gelezen = useVraag(BERADEN);
  const beraden: Beraad[] | null = gelezen.data?.burgerberaden ?? null;
  const fout = gelezen.error ? foutmelding(gelezen.error, 'De burgerberaden konden niet worden geladen.') : null;
  const [aangemeld, zetAangemeld] = useState<string | null>(null);
  const kop = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (aangemeld) {
      kop.current?.focus();
    }
  }, [aangemeld]);

  const open = beraden?.filter((b) => b.status === 'AANMELDEN' && new Date(b.aanmeldenTot) > new Date()) ?? [];
  const gesloten = beraden?.filter((b) => !open.includes(b)) ?? [];
  return (
    <>
      <Heading1>Burgerberaad</Heading1>
      <Paragraph appearance="lead">
        In een burgerberaad denken inwoners samen na over een vraag van de gemeente. Wie meedoet wordt geloot uit de mensen die
        zich aanmelden, zo dat het beraad lijkt op Heerlen (bijvoorbeeld naar leeftijd en stadsdeel) en iedereen een zo groot
        mogelijke kans krijgt.
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {aangemeld && (
        <Alert type="ok">
          <Heading2 ref={kop} tabIndex={-1}>
            Je bent aangemeld
          </Heading2>
          <Paragraph>
            Je doet mee aan de loting voor “{aangemeld}”. Na de loting hoor je of je bent ingeloot. Je gegevens zie je bij Mijn
            gegevens.
          </Paragraph>
        </Alert>
      )}
      {beraden === null && !fout && <Paragraph role="status">Laden …</Paragraph>}
      {beraden !== null && open.length === 0 && !aangemeld && (
        <Paragraph>Er is nu geen burgerberaad waarvoor je je kunt aanmelden.</Paragraph>
      )}
      {open
        .filter((b) => b.onderwerp !== aangemeld)
        .map((b) => (
          <section key={b.id} className="buurtwerk-blok" aria-labelledby={`beraad-${b.id}`}>
            <Heading2 id={`beraad-${b.id}`}>{b.onderwerp}</Heading2>
            <Paragraph>{b.beschrijving}</Paragraph>
            <Paragraph className="buurtwerk-klein">
              Het beraad telt {b.grootte} mensen. Aanmelden kan tot {datumTijd(b.aanmeldenTot)}. De loting gebruikt een openbaar
              toevalsgetal: {b.zaadBron}.
            </Paragraph>
            <Aanmeldformulier beraad={b} klaar={() => zetAangemeld(b.onderwerp)} />
          </section>
        ))}
      {gesloten.length > 0 && (
        <section className="buurtwerk-blok" aria-labelledby="gesloten-kop">
          <Heading2 id="gesloten-kop">Eerdere burgerberaden</Heading2>
          <ul>
            {gesloten.map((b) => (
              <li key={b.id}>
                {b.onderwerp}:{' '}
                {b.status === 'GELOOT' && b.gelootOp ? `geloot op ${datumTijd(b.gelootOp)}` : 'aanmelding gesloten'}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
