/**
 * Sign-in through the municipality's OpenID Connect provider: authorization code flow with PKCE
 * (RFC 7636, S256) entirely in the browser, as a public client without a secret. The API server
 * tells the app the provider's endpoints (GET /web/config.json); state, nonce and code_verifier
 * live in sessionStorage for the one round trip and are removed when the provider sends the
 * browser back. Only WebCrypto: no OIDC library.
 */
import { huidigToken, zetToken } from './sessie';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  scopes: string;
  bearer: 'access_token' | 'id_token';
  authorizationEndpoint: string;
  tokenEndpoint: string;
  endSessionEndpoint: string | null;
}

export interface WebConfig {
  ontwikkelinlog: boolean;
  oidc: OidcConfig | null;
}

/** What one sign-in attempt needs when the provider sends the browser back. */
interface Poging {
  state: string;
  nonce: string;
  verifier: string;
  redirectUri: string;
  /** App path to continue on after signing in. */
  terug: string;
}

const POGING = 'buurtwerk.oidc';
const ID_TOKEN = 'buurtwerk.idtoken';

export class InlogFout extends Error {
  /** The HTTP status when the server answered (e.g. 503: the provider is unreachable). */
  constructor(
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

let config: Promise<WebConfig> | null = null;

/** The sign-in configuration of this server, fetched once per page load. */
export function webConfig(): Promise<WebConfig> {
  config ??= fetch('/web/config.json', { headers: { accept: 'application/json' } })
    .then(async (res) => {
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { detail?: string };
        throw new InlogFout(body.detail ?? 'De inloginstellingen konden niet worden geladen.', res.status);
      }
      return (await res.json()) as WebConfig;
    })
    .catch((e: unknown) => {
      config = null;
      throw e instanceof InlogFout ? e : new InlogFout('Buurtwerk is nu niet bereikbaar. Probeer het later opnieuw.');
    });
  return config;
}

/** base64url without padding (RFC 7636 appendix A). */
function base64url(bytes: Uint8Array): string {
  let tekst = '';
  bytes.forEach((b) => {
    tekst += String.fromCharCode(b);
  });
  return btoa(tekst).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function willekeurig(bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** code_challenge = BASE64URL(SHA256(ASCII(code_verifier))) (RFC 7636 section 4.2). */
export async function codeChallenge(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

/** Only a path inside the app: never another site (no open redirect after signing in). */
export function veiligTerugpad(pad: string | null): string {
  return pad && /^\/(?![/\\])[^\s]*$/.test(pad) ? pad : '/';
}

/** Starts signing in: remembers the attempt and sends the browser to the provider. */
export async function startInloggen(oidc: OidcConfig, redirectUri: string, terug: string): Promise<void> {
  const poging: Poging = {
    state: willekeurig(),
    nonce: willekeurig(),
    // 43 characters from 32 random bytes: the minimum length RFC 7636 allows, 256 bits of entropy.
    verifier: willekeurig(32),
    redirectUri,
    terug: veiligTerugpad(terug),
  };
  sessionStorage.setItem(POGING, JSON.stringify(poging));
  const url = new URL(oidc.authorizationEndpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: oidc.clientId,
    redirect_uri: redirectUri,
    scope: oidc.scopes,
    state: poging.state,
    nonce: poging.nonce,
    code_challenge: await codeChallenge(poging.verifier),
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

/** True when this URL is the provider sending the browser back (with a code or an error). */
export function isTerugkeer(zoek: URLSearchParams): boolean {
  return zoek.has('state') && (zoek.has('code') || zoek.has('error'));
}

function payloadVan(jwt: string): Record<string, unknown> {
  const deel = jwt.split('.')[1];
  if (!deel) {
    throw new InlogFout('De inlogdienst gaf een ongeldig token.');
  }
  const json = atob(deel.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

/**
 * Checks the ID token's claims (OpenID Connect Core 3.1.3.7): issuer, audience, expiry and the
 * nonce of this attempt. The signature is checked by the API on every request (JWKS); the token
 * came straight from the token endpoint over TLS, which Core 3.1.3.7 allows in place of it here.
 */
function controleerIdToken(idToken: string, oidc: OidcConfig, nonce: string): void {
  let claims: Record<string, unknown>;
  try {
    claims = payloadVan(idToken);
  } catch {
    throw new InlogFout('De inlogdienst gaf een ongeldig token.');
  }
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  const nu = Date.now() / 1000;
  if (
    typeof claims.iss !== 'string' ||
    claims.iss.replace(/\/$/, '') !== oidc.issuer ||
    !aud.includes(oidc.clientId) ||
    typeof claims.exp !== 'number' ||
    claims.exp < nu - 30 ||
    claims.nonce !== nonce
  ) {
    throw new InlogFout('Het token van de inlogdienst hoort niet bij deze inlogpoging. Probeer het opnieuw.');
  }
}

const FOUTEN: Record<string, string> = {
  access_denied: 'Je hebt het inloggen afgebroken of de inlogdienst gaf geen toestemming.',
  login_required: 'Log in bij de inlogdienst van de gemeente om verder te gaan.',
};

const lopend = new Map<string, Promise<string>>();

/**
 * Completes signing in after the provider sent the browser back: the state must be the one this
 * tab sent (CSRF, RFC 6749 section 10.12), the code is exchanged with the code_verifier, and the
 * token becomes the session's bearer token. Returns the app path to continue on.
 */
export function voltooiInloggen(oidc: OidcConfig, zoek: URLSearchParams): Promise<string> {
  const sleutel = zoek.toString();
  // React's StrictMode runs effects twice in development: the exchange happens once.
  let bezig = lopend.get(sleutel);
  if (!bezig) {
    bezig = wisselCodeIn(oidc, zoek);
    lopend.set(sleutel, bezig);
  }
  return bezig;
}

async function wisselCodeIn(oidc: OidcConfig, zoek: URLSearchParams): Promise<string> {
  const opgeslagen = sessionStorage.getItem(POGING);
  // One attempt, one return: a replayed or forged return finds nothing to match.
  sessionStorage.removeItem(POGING);
  let poging: Poging | null = null;
  try {
    poging = opgeslagen ? (JSON.parse(opgeslagen) as Poging) : null;
  } catch {
    poging = null;
  }
  if (!poging || !zoek.get('state') || zoek.get('state') !== poging.state) {
    throw new InlogFout('Deze inlogpoging is niet hier begonnen of is verlopen. Je bent niet ingelogd; probeer het opnieuw.');
  }
  const fout = zoek.get('error');
  if (fout) {
    throw new InlogFout(FOUTEN[fout] ?? 'De inlogdienst kon je niet inloggen. Probeer het opnieuw.');
  }
  let res: Response;
  try {
    res = await fetch(oidc.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: zoek.get('code') ?? '',
        redirect_uri: poging.redirectUri,
        client_id: oidc.clientId,
        code_verifier: poging.verifier,
      }),
    });
  } catch {
    throw new InlogFout('De inlogdienst van de gemeente is niet bereikbaar. Probeer het later opnieuw.');
  }
  const body = (await res.json().catch(() => ({}))) as { access_token?: string; id_token?: string };
  if (!res.ok || !body.id_token) {
    throw new InlogFout('De inlogdienst weigerde het inloggen. Probeer het opnieuw.');
  }
  controleerIdToken(body.id_token, oidc, poging.nonce);
  const token = oidc.bearer === 'id_token' ? body.id_token : body.access_token;
  if (!token) {
    throw new InlogFout('De inlogdienst gaf geen toegangstoken.');
  }
  sessionStorage.setItem(ID_TOKEN, body.id_token);
  zetToken(token);
  return poging.terug;
}

/**
 * Signs out here and, when the provider offers it (RP-Initiated Logout), there too: the browser
 * goes to the provider's end_session_endpoint and comes back to the app's start page.
 */
export async function uitloggen(terugUrl: string): Promise<void> {
  const idToken = sessionStorage.getItem(ID_TOKEN);
  sessionStorage.removeItem(ID_TOKEN);
  const hadToken = huidigToken() !== null;
  zetToken(null);
  if (!idToken || !hadToken) {
    return;
  }
  let oidc: OidcConfig | null = null;
  try {
    oidc = (await webConfig()).oidc;
  } catch {
    return;
  }
  if (oidc?.endSessionEndpoint) {
    const url = new URL(oidc.endSessionEndpoint);
    url.search = new URLSearchParams({
      id_token_hint: idToken,
      client_id: oidc.clientId,
      post_logout_redirect_uri: terugUrl,
    }).toString();
    window.location.assign(url.toString());
  }
}
