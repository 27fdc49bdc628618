import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiFout, vraag } from '../api';
import { IK } from '../gebruiker';
import { usePaginatitel } from '../router';
import { vraagOntwikkeltoken, zetToken } from '../sessie';

/** A made-up user for development; every name ends in "(voorbeeld)" like the demo data. */
export interface Demogebruiker {
  sub: string;
  naam: string;
  rol: string;
  uitleg: string;
  buurtcode?: string;
}

export interface InloggenOpties {
  appNaam: string;
  demogebruikers: readonly [Demogebruiker, ...Demogebruiker[]];
  /** The role suggested for `npm run token -- --rol …`. */
  tokenRol: string;
  /** Who will sign in where in production, e.g. "Straks log je in via de gemeente Heerlen." */
  straks: ReactNode;
}

/**
 * Development sign-in. In production residents and staff sign in at the municipality's OpenID
 * Connect provider; this page only exists so that developers and testers can act as a demo user.
 */
export function InloggenPagina({ appNaam, demogebruikers, tokenRol, straks }: InloggenOpties) {
  const [gekozen, zetGekozen] = useState<string>(demogebruikers[0].sub);
  const [token, zetTokenTekst] = useState('');
  const [fout, zetFout] = useState<string | null>(null);
  const [gelukt, zetGelukt] = useState<string | null>(null);
  usePaginatitel('Inloggen', appNaam);

  const controleer = async (nieuw: string): Promise<void> => {
    zetToken(nieuw);
    try {
      const { ik } = await vraag(IK);
      if (!ik) {
        throw new ApiFout('Dit token hoort niet bij een gebruiker.', 'UNAUTHENTICATED');
      }
      zetGelukt(`Je bent ingelogd als ${ik.naam}.`);
    } catch (e) {
      zetToken(null);
      throw e;
    }
  };

  const alsDemo = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    zetGelukt(null);
    const g = demogebruikers.find((d) => d.sub === gekozen) ?? demogebruikers[0];
    try {
      await controleer(await vraagOntwikkeltoken({ sub: g.sub, naam: g.naam, rol: g.rol, buurtcode: g.buurtcode }));
    } catch (fout) {
      zetFout(fout instanceof Error ? fout.message : 'Inloggen is niet gelukt.');
    }
  };

  const metToken = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    zetGelukt(null);
    if (token.trim() === '') {
      zetFout('Plak eerst een token.');
      return;
    }
    try {
      await controleer(token.trim());
    } catch (fout) {
      zetFout(fout instanceof Error ? fout.message : 'Inloggen is niet gelukt.');
    }
  };

  return (
    <>
      <Heading1>Inloggen</Heading1>
      <Alert type="warning">
        <Paragraph>
          <strong>Alleen voor ontwikkeling en testen.</strong> {straks} Hier kies je een verzonnen demogebruiker.
        </Paragraph>
      </Alert>
      <div role="status">
        {gelukt && (
          <Alert type="ok">
            <Paragraph>{gelukt}</Paragraph>
          </Alert>
        )}
      </div>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <div className="buurtwerk-kolommen">
        <form onSubmit={(e) => void alsDemo(e)} className="buurtwerk-blok">
          <fieldset className="buurtwerk-fieldset">
            <legend>
              <Heading2>Kies een demogebruiker</Heading2>
            </legend>
            {demogebruikers.map((d) => (
              <div key={d.sub} className="buurtwerk-keuze">
                <RadioButton
                  id={`demo-${d.sub}`}
                  name="demogebruiker"
                  value={d.sub}
                  checked={gekozen === d.sub}
                  onChange={() => zetGekozen(d.sub)}
                />{' '}
                <FormLabel htmlFor={`demo-${d.sub}`} type="radio">
                  {d.naam}, {d.uitleg}
                </FormLabel>
              </div>
            ))}
          </fieldset>
          <Button type="submit" appearance="primary-action-button">
            Inloggen als demogebruiker
          </Button>
        </form>
        <form onSubmit={(e) => void metToken(e)} className="buurtwerk-blok">
          <Heading2>Of gebruik een token</Heading2>
          <FormField>
            <Paragraph className="buurtwerk-klein" id="token-uitleg">
              Maak er een met <code>npm run token -- --rol {tokenRol}</code> en plak het hier.
            </Paragraph>
            <FormLabel htmlFor="token">Token</FormLabel>
            <Textarea
              id="token"
              className="buurtwerk-token"
              aria-describedby="token-uitleg"
              rows={4}
              value={token}
              onChange={(e) => zetTokenTekst(e.target.value)}
              spellCheck={false}
            />
          </FormField>
          <Button type="submit" appearance="secondary-action-button">
            Token gebruiken
          </Button>
        </form>
      </div>
    </>
  );
}
