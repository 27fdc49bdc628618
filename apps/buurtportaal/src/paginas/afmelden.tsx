import { Alert, Button, FormFieldTextbox, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { AppLink, useLocatie, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { graphql } from '../gql';
import { APP_NAAM } from '../naam';

const AFMELDEN = graphql(`
  mutation BuurtportaalAfmelden($aanmeldingId: ID!, $afmeldcode: String!) {
    afmelden(aanmeldingId: $aanmeldingId, afmeldcode: $afmeldcode) {
      id
      status
    }
  }
`);

const AFMELDEN_MET_CODE = graphql(`
  mutation BuurtportaalAfmeldenMetCode($email: String!, $afmeldcode: String!) {
    afmeldenMetCode(email: $email, afmeldcode: $afmeldcode) {
      id
      status
    }
  }
`);

interface Sleutel {
  aanmelding: string;
  code: string;
}

const VELDEN = {
  email: { naam: 'email', label: 'E-mailadres' },
  afmeldcode: { naam: 'afmeldcode', label: 'Afmeldcode' },
};

/** The checks the API makes too, before sending: a plain address and 8 letters or digits. */
export function controleerCodeformulier(email: string, code: string): Record<string, string> {
  const fouten: Record<string, string> = {};
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
    fouten.email = 'Vul het e-mailadres in waarmee je je aanmeldde, bijvoorbeeld naam@voorbeeld.nl.';
  }
  if (!/^[A-Za-z0-9]{8}$/.test(code.replace(/[\s-]/g, ''))) {
    fouten.afmeldcode = 'Vul de afmeldcode uit je e-mail in: 8 letters en cijfers, bijvoorbeeld K7QX-3MPD.';
  }
  return fouten;
}

/** Focus on the first field with an error (WCAG 3.3.1), after the errors are rendered. */
function naarEersteFout(fouten: Record<string, string>): void {
  const eerste = Object.keys(fouten)[0];
  if (eerste) {
    document.querySelector<HTMLElement>(`main [name="${CSS.escape(eerste)}"]`)?.focus();
  }
}

/**
 * Without the link (it did not open, or the mail is on another device): the address and the
 * short code from the mail (issue 19, point 4). Typing both is the deliberate step.
 */
function MetCode({ klaar }: { klaar: () => void }) {
  const [email, zetEmail] = useState('');
  const [code, zetCode] = useState('');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [algemeen, zetAlgemeen] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const vooraf = controleerCodeformulier(email, code);
    zetAlgemeen(null);
    if (Object.keys(vooraf).length > 0) {
      flushSync(() => zetFouten(vooraf));
      naarEersteFout(vooraf);
      return;
    }
    zetFouten({});
    zetBezig(true);
    try {
      await vraag(AFMELDEN_MET_CODE, { email: email.trim(), afmeldcode: code.trim() });
      klaar();
    } catch (fout) {
      const l = leesbareFout(fout, VELDEN, 'Afmelden is niet gelukt. Probeer het later opnieuw.');
      flushSync(() => {
        zetFouten(l.perVeld);
        zetAlgemeen(l.algemeen);
      });
      naarEersteFout(l.perVeld);
    } finally {
      zetBezig(false);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby="afmelden-met-code">
      <Heading2 id="afmelden-met-code">Afmelden met je afmeldcode</Heading2>
      <Paragraph>
        In de e-mail over je aanmelding staat een afmeldlink. Werkt die link niet? Vul dan hieronder je e-mailadres in en de
        afmeldcode uit die e-mail (8 letters en cijfers, bijvoorbeeld K7QX-3MPD).
      </Paragraph>
      <Foutsamenvatting fouten={fouten} algemeen={algemeen} labels={{ email: 'E-mailadres', afmeldcode: 'Afmeldcode' }} />
      <FormFieldTextbox
        name="email"
        label="E-mailadres"
        type="email"
        autoComplete="email"
        value={email}
        onChange={(e) => zetEmail((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.email)}
        errorMessage={fouten.email}
      />
      <FormFieldTextbox
        name="afmeldcode"
        label="Afmeldcode"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        value={code}
        onChange={(e) => zetCode((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.afmeldcode)}
        errorMessage={fouten.afmeldcode}
      />
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        Meld me af
      </Button>
    </form>
  );
}

/**
 * Cancel a sign-up with the link from the mail (issue 19, point 4), or with the address and the
 * short code from the mail; no long number to copy. Signed-in residents also cancel from "Mijn
 * aanmeldingen". Opening the link only asks; cancelling takes a click, so a mail scanner that opens links
 * cancels nothing. A freed place goes to the first on the waiting list (the API does that).
 */
export function AfmeldenPagina() {
  usePaginatitel('Afmelden voor een netwerkbijeenkomst', APP_NAAM);
  const { zoek } = useLocatie();
  const uitAdres =
    zoek.get('aanmelding') && zoek.get('code') ? { aanmelding: zoek.get('aanmelding')!, code: zoek.get('code')! } : null;
  const [sleutel] = useState<Sleutel | null>(uitAdres);
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const [klaar, zetKlaar] = useState<'afgemeld' | 'was-al' | null>(null);
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (klaar) {
      kop.current?.focus();
    }
  }, [klaar]);

  const afmelden = async (): Promise<void> => {
    if (!sleutel) {
      return;
    }
    zetFout(null);
    zetBezig(true);
    try {
      await vraag(AFMELDEN, { aanmeldingId: sleutel.aanmelding, afmeldcode: sleutel.code });
      zetKlaar('afgemeld');
    } catch (e) {
      zetFout(
        leesbareFout(
          e,
          {},
          'Afmelden is niet gelukt. Klopt de link? Gebruik de afmeldlink uit de laatste e-mail over deze aanmelding.',
        ).algemeen ?? 'Afmelden is niet gelukt.',
      );
    } finally {
      zetBezig(false);
    }
  };

  return (
    <>
      <Heading1>Afmelden voor een netwerkbijeenkomst</Heading1>
      <div role="status">
        {klaar && (
          <Alert type="ok">
            <Heading2 ref={kop} tabIndex={-1}>
              Je bent afgemeld
            </Heading2>
            <Paragraph>
              Je krijgt een bevestiging per e-mail. Stond er iemand op de wachtlijst, dan krijgt die jouw plaats.
            </Paragraph>
          </Alert>
        )}
      </div>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {!klaar && sleutel && (
        <div role="group" aria-labelledby="afmelden-vraag">
          <Heading2 id="afmelden-vraag">Wil je je afmelden?</Heading2>
          <Paragraph>
            Je meldt je af voor de netwerkbijeenkomst uit je e-mail. Je plaats (of je plaats op de wachtlijst) gaat dan naar de
            volgende. Wil je daarna toch komen, dan meld je je opnieuw aan.
          </Paragraph>
          <div className="buurtwerk-knoppen">
            <Button appearance="primary-action-button" disabled={bezig} onClick={() => void afmelden()}>
              Ja, meld me af
            </Button>
            <AppLink naar="/bijeenkomsten">Nee, ik kom wel</AppLink>
          </div>
        </div>
      )}
      {!klaar && !sleutel && <MetCode klaar={() => zetKlaar('afgemeld')} />}
      <Paragraph>
        <AppLink naar="/bijeenkomsten">Terug naar de netwerkbijeenkomsten</AppLink>
      </Paragraph>
    </>
  );
}
