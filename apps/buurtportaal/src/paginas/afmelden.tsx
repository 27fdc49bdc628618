import { Alert, Button, FormFieldTextbox, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { AppLink, useLocatie, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
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

interface Sleutel {
  aanmelding: string;
  code: string;
}

/** The sign-up and its secret code from the mailed link (or a pasted copy of it). */
function uitLink(tekst: string): Sleutel | null {
  try {
    const url = new URL(tekst.trim());
    const aanmelding = url.searchParams.get('aanmelding') ?? '';
    const code = url.searchParams.get('code') ?? '';
    return aanmelding && code ? { aanmelding, code } : null;
  } catch {
    return null;
  }
}

/** Where the link did not arrive whole (a mail program broke it): paste it here. */
function LinkPlakken({ gevonden }: { gevonden: (s: Sleutel) => void }) {
  const [link, zetLink] = useState('');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const verstuur = (e: FormEvent): void => {
    e.preventDefault();
    const s = uitLink(link);
    if (!s) {
      zetFouten({
        link: 'Dit is geen afmeldlink. Kopieer de hele link uit je e-mail; hij begint met http en bevat “aanmelding=” en “code=”.',
      });
      document.querySelector<HTMLElement>('main [name="link"]')?.focus();
      return;
    }
    zetFouten({});
    gevonden(s);
  };
  return (
    <form noValidate onSubmit={verstuur} aria-label="Afmeldlink invullen">
      <Foutsamenvatting fouten={fouten} labels={{ link: 'Afmeldlink' }} />
      <Paragraph>
        In de e-mail waarmee je je aanmelding bevestigde staat een afmeldlink. Open die link; dan kun je je hier afmelden. Werkt
        de link niet? Kopieer hem dan helemaal en plak hem hieronder.
      </Paragraph>
      <FormFieldTextbox
        name="link"
        label="Afmeldlink"
        autoComplete="off"
        value={link}
        onChange={(e) => zetLink((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.link)}
        errorMessage={fouten.link}
      />
      <Button type="submit" appearance="secondary-action-button">
        Verder
      </Button>
    </form>
  );
}

/**
 * Cancel a sign-up with the link from the mail (issue 19, point 4): no account and no number to
 * copy. Opening the link only asks; cancelling takes a click, so a mail scanner that opens links
 * cancels nothing. A freed place goes to the first on the waiting list (the API does that).
 */
export function AfmeldenPagina() {
  usePaginatitel('Afmelden voor een netwerkbijeenkomst', APP_NAAM);
  const { zoek } = useLocatie();
  const uitAdres =
    zoek.get('aanmelding') && zoek.get('code') ? { aanmelding: zoek.get('aanmelding')!, code: zoek.get('code')! } : null;
  const [sleutel, zetSleutel] = useState<Sleutel | null>(uitAdres);
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
      {!klaar && !sleutel && <LinkPlakken gevonden={zetSleutel} />}
      <Paragraph>
        <AppLink naar="/bijeenkomsten">Terug naar de netwerkbijeenkomsten</AppLink>
      </Paragraph>
    </>
  );
}
