import { Alert, Button, FormFieldTextbox, Heading1, Paragraph } from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { foutmelding } from '@web-gedeeld/fouten';
import { AppLink, useLocatie, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useState } from 'react';
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

/** Cancel a sign-up with the code shown once at sign-up; no account needed. */
export function AfmeldenPagina() {
  usePaginatitel('Afmelden voor een netwerkbijeenkomst', APP_NAAM);
  const { zoek } = useLocatie();
  const [aanmelding, zetAanmelding] = useState(zoek.get('aanmelding') ?? '');
  const [code, zetCode] = useState(zoek.get('code') ?? '');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [klaar, zetKlaar] = useState(false);

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Record<string, string> = {};
    if (aanmelding.trim() === '') {
      f.aanmelding = 'Vul het nummer van je aanmelding in; het staat in de link in je bevestiging.';
    }
    if (code.trim() === '') {
      f.code = 'Vul je afmeldcode in.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`[name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    try {
      await vraag(AFMELDEN, { aanmeldingId: aanmelding.trim(), afmeldcode: code.trim() });
      zetKlaar(true);
    } catch (e) {
      zetFout(foutmelding(e, 'Afmelden is niet gelukt.'));
    }
  };

  return (
    <>
      <Heading1>Afmelden voor een netwerkbijeenkomst</Heading1>
      <div role="status">
        {klaar && (
          <Alert type="ok">
            <Paragraph>Je bent afgemeld. Staat er iemand op de wachtlijst, dan krijgt die jouw plaats.</Paragraph>
          </Alert>
        )}
      </div>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {!klaar && (
        <form noValidate onSubmit={(e) => void verstuur(e)} aria-label="Afmelden">
          <Paragraph>Vul het nummer van je aanmelding en je afmeldcode in. Beide kreeg je bij het aanmelden.</Paragraph>
          <FormFieldTextbox
            name="aanmelding"
            label="Nummer van je aanmelding"
            autoComplete="off"
            value={aanmelding}
            onChange={(e) => zetAanmelding((e.target as HTMLInputElement).value)}
            invalid={Boolean(fouten.aanmelding)}
            errorMessage={fouten.aanmelding}
          />
          <FormFieldTextbox
            name="code"
            label="Afmeldcode"
            autoComplete="off"
            value={code}
            onChange={(e) => zetCode((e.target as HTMLInputElement).value)}
            invalid={Boolean(fouten.code)}
            errorMessage={fouten.code}
          />
          <Button type="submit" appearance="primary-action-button">
            Afmelden
          </Button>
        </form>
      )}
      <Paragraph>
        <AppLink naar="/bijeenkomsten">Terug naar de netwerkbijeenkomsten</AppLink>
      </Paragraph>
    </>
  );
}
