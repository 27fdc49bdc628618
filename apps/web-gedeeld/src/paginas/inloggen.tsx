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
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { ApiFout, vraag } from '../api';
import { foutmelding } from '../fouten';
import { IK } from '../gebruiker';
import { InlogFout, isTerugkeer, startInloggen, veiligTerugpad, voltooiInloggen, type WebConfig, webConfig } from '../oidc';
import { href, navigeer, usePaginatitel } from '../router';
import { vraagOntwikkeltoken, zetToken } from '../sessie';

/** A made-up user for development; every name ends in "(voorbeeld)" like the demo data. */
export interface Demogebruiker {
  sub: string;
  naam: string;
  rol: string;
  uitleg: string;
  /** What this role can do in the app, shown under the choice (issue 26). */
  kan: string;
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
 * Sign-in. When the server has an OpenID Connect provider configured (GET /web/config.json),
 * residents and staff sign in there (authorization code + PKCE, see ../oidc.ts) and come back
 * to this page, which completes the sign-in and continues where they were (`?terug=/pad`).
 * Outside production the development sign-in lets developers and testers act as a demo user.
 */
export function InloggenPagina({ appNaam, demogebruikers, tokenRol, straks }: InloggenOpties) {
  const [gekozen, zetGekozen] = useState<string>(demogebruikers[0].sub);
  const [token, zetTokenTekst] = useState('');
  const [fout, zetFout] = useState<string | null>(null);
  const [gelukt, zetGelukt] = useState<string | null>(null);
  const [config, zetConfig] = useState<WebConfig | 'fout' | 'geen' | null>(null);
  const [terugkeer] = useState(() => {
    const zoek = new URLSearchParams(window.location.search);
    return isTerugkeer(zoek) ? zoek : null;
  });
  const [bezig, zetBezig] = useState(terugkeer !== null);
  usePaginatitel('Inloggen', appNaam);

  useEffect(() => {
    let actueel = true;
    if (terugkeer) {
      // The code must not stay in the address bar or the history.
      window.history.replaceState(null, '', href('/inloggen'));
    }
    webConfig()
      .then(async (c) => {
        if (!actueel) {
          return;
        }
        zetConfig(c);
        if (terugkeer) {
          if (!c.oidc) {
            throw new Error('Inloggen via de gemeente is op deze server niet ingesteld.');
          }
          const terug = await voltooiInloggen(c.oidc, terugkeer);
          await controleer(null);
          if (actueel && terug !== '/inloggen') {
            navigeer(terug);
          }
        }
      })
      .catch((e: unknown) => {
        if (actueel) {
          // Without any answer from the server (e.g. the Vite dev server without the API) the
          // development sign-in stays available; when the server answered, it said what is wrong.
          zetConfig((c) => c ?? (e instanceof InlogFout && e.status !== null ? 'geen' : 'fout'));
          zetFout(foutmelding(e, 'Inloggen is niet gelukt.'));
        }
      })
      .finally(() => actueel && zetBezig(false));
    return () => {
      actueel = false;
    };
    // Once per visit of this page: terugkeer is read once from the address (a state that never changes).
  }, [terugkeer]);

  const viaGemeente = async (): Promise<void> => {
    if (typeof config !== 'object' || config === null || !config.oidc) {
      return;
    }
    zetFout(null);
    zetBezig(true);
    const terug = veiligTerugpad(new URLSearchParams(window.location.search).get('terug') ?? '/inloggen');
    try {
      await startInloggen(config.oidc, `${window.location.origin}${href('/inloggen')}`, terug);
    } catch {
      zetBezig(false);
      zetFout('Inloggen kon niet beginnen. Probeer het opnieuw.');
    }
  };

  /** Asks the API who the token belongs to; a token it refuses is dropped at once. */
  const controleer = async (nieuw: string | null): Promise<void> => {
    if (nieuw !== null) {
      zetToken(nieuw);
    }
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

  /** After a development sign-in: on to where the person came from (`?terug=/pad`), like the OIDC sign-in. */
  const verder = (): void => {
    const terug = new URLSearchParams(window.location.search).get('terug');
    if (terug) {
      const pad = veiligTerugpad(terug);
      if (pad !== '/inloggen') {
        navigeer(pad);
      }
    }
  };

  const alsDemo = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    zetGelukt(null);
    const g = demogebruikers.find((d) => d.sub === gekozen) ?? demogebruikers[0];
    try {
      await controleer(await vraagOntwikkeltoken({ sub: g.sub, naam: g.naam, rol: g.rol, buurtcode: g.buurtcode }));
      verder();
    } catch (fout) {
      zetFout(foutmelding(fout, 'Inloggen is niet gelukt.'));
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
      verder();
    } catch (fout) {
      zetFout(foutmelding(fout, 'Inloggen is niet gelukt.'));
    }
  };

  const oidc = typeof config === 'object' && config !== null ? config.oidc : null;
  const ontwikkeling = config === 'fout' || (typeof config === 'object' && config !== null && config.ontwikkelinlog);

  // The development sign-in (demo users and pasted tokens); not a component of its own, so the
  // token field keeps its focus while typing.
  const ontwikkelInloggen = (
    <>
      <Alert type="warning">
        <Paragraph>
          <strong>Alleen voor ontwikkeling en testen.</strong> {oidc ? null : straks} Hier kies je een verzonnen demogebruiker.
        </Paragraph>
      </Alert>
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
                  aria-describedby={`demo-${d.sub}-kan`}
                />{' '}
                <FormLabel htmlFor={`demo-${d.sub}`} type="radio">
                  {d.naam}, {d.uitleg}
                </FormLabel>
                <span id={`demo-${d.sub}-kan`} className="buurtwerk-keuze__uitleg">
                  {d.kan}
                </span>
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

  return (
    <>
      <Heading1>Inloggen</Heading1>
      <div role="status">
        {bezig && terugkeer && <Paragraph>Je wordt ingelogd …</Paragraph>}
        {config === null && !terugkeer && <Paragraph>Laden …</Paragraph>}
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
      {oidc && (
        <section className="buurtwerk-blok" aria-labelledby="inloggen-gemeente">
          <Heading2 id="inloggen-gemeente">Inloggen bij de gemeente Heerlen</Heading2>
          <Paragraph>Je logt in bij de inlogdienst van de gemeente Heerlen. Daarna kom je vanzelf terug in {appNaam}.</Paragraph>
          <Button appearance="primary-action-button" onClick={() => void viaGemeente()} disabled={bezig}>
            Inloggen via de gemeente
          </Button>
        </section>
      )}
      {ontwikkeling && ontwikkelInloggen}
    </>
  );
}
