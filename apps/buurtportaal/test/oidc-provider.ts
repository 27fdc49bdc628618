/**
 * A small OpenID Connect provider for the browser tests: discovery, an authorize endpoint that
 * signs the configured user in at once and sends the browser back with a code, a token endpoint
 * that checks the code_verifier against the stored S256 challenge (RFC 7636 section 4.6), the
 * JWKS and an end-session endpoint. Tokens are RS256, signed with jose, like a real provider's.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

export interface OidcGebruiker {
  sub: string;
  name: string;
  roles: string[];
}

export interface TokenVerzoek {
  /** null when tokens were issued, otherwise why the request was refused. */
  geweigerd: string | null;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  audience: string;
  /** Who signs in at the next authorize request. */
  gebruiker: OidcGebruiker;
  /** Every call of the token endpoint, in order. */
  tokenVerzoeken: TokenVerzoek[];
  /** Every authorize request's query, in order. */
  autorisaties: URLSearchParams[];
  /** Every end-session request's query, in order. */
  afmeldingen: URLSearchParams[];
  /** Gets a code from the authorize endpoint without a browser (as an attacker could). */
  haalCode(redirectUri: string, verifier: string): Promise<{ code: string; state: string }>;
  sluit(): Promise<void>;
}

interface Uitgifte {
  challenge: string;
  nonce: string | null;
  redirectUri: string;
  gebruiker: OidcGebruiker;
}

const base64url = (b: Buffer): string => b.toString('base64url');
export const s256 = (verifier: string): string => base64url(createHash('sha256').update(verifier).digest());

export async function startOidcProvider(opties: { clientId: string; audience: string }): Promise<TestProvider> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-sleutel', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, Uitgifte>();
  const provider = {
    issuer: '',
    clientId: opties.clientId,
    audience: opties.audience,
    gebruiker: { sub: 'oidc-gebruiker', name: 'OIDC Gebruiker', roles: ['BEWONER'] },
    tokenVerzoeken: [],
    autorisaties: [],
    afmeldingen: [],
  } as Omit<TestProvider, 'haalCode' | 'sluit'>;

  const json = (res: ServerResponse, status: number, body: unknown, cors = false): void => {
    res.writeHead(status, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      ...(cors ? { 'access-control-allow-origin': '*' } : {}),
    });
    res.end(JSON.stringify(body));
  };

  const teken = (claims: Record<string, unknown>, aud: string, sub: string): Promise<string> =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-sleutel', typ: 'JWT' })
      .setIssuer(provider.issuer)
      .setSubject(sub)
      .setAudience(aud)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);

  const authorize = (url: URL, res: ServerResponse): void => {
    const q = url.searchParams;
    provider.autorisaties.push(new URLSearchParams(q));
    const redirectUri = q.get('redirect_uri') ?? '';
    if (
      q.get('response_type') !== 'code' ||
      q.get('client_id') !== opties.clientId ||
      !/^http:\/\/127\.0\.0\.1:\d+\//.test(redirectUri) ||
      q.get('code_challenge_method') !== 'S256' ||
      !/^[A-Za-z0-9_-]{43}$/.test(q.get('code_challenge') ?? '') ||
      !q.get('state')
    ) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Ongeldig autorisatieverzoek');
      return;
    }
    const code = base64url(randomBytes(24));
    codes.set(code, {
      challenge: q.get('code_challenge')!,
      nonce: q.get('nonce'),
      redirectUri,
      gebruiker: { ...provider.gebruiker },
    });
    const terug = new URL(redirectUri);
    terug.searchParams.set('code', code);
    terug.searchParams.set('state', q.get('state')!);
    res.writeHead(302, { location: terug.toString() });
    res.end();
  };

  const token = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let tekst = '';
    for await (const deel of req) {
      tekst += String(deel);
    }
    const f = new URLSearchParams(tekst);
    const weiger = (reden: string): void => {
      provider.tokenVerzoeken.push({ geweigerd: reden });
      json(res, 400, { error: 'invalid_grant', error_description: reden }, true);
    };
    const code = f.get('code') ?? '';
    const uitgifte = codes.get(code);
    // A code is good for one exchange, whatever the outcome (RFC 6749 section 4.1.2).
    codes.delete(code);
    if (f.get('grant_type') !== 'authorization_code' || !uitgifte) {
      return weiger('onbekende code');
    }
    if (f.get('client_id') !== opties.clientId || f.get('redirect_uri') !== uitgifte.redirectUri) {
      return weiger('client_id of redirect_uri klopt niet');
    }
    if (s256(f.get('code_verifier') ?? '') !== uitgifte.challenge) {
      return weiger('code_verifier past niet bij de code_challenge');
    }
    const g = uitgifte.gebruiker;
    const idToken = await teken({ name: g.name, nonce: uitgifte.nonce ?? undefined }, opties.clientId, g.sub);
    const accessToken = await teken({ name: g.name, roles: g.roles, scope: 'openid profile' }, opties.audience, g.sub);
    provider.tokenVerzoeken.push({ geweigerd: null });
    json(res, 200, { access_token: accessToken, id_token: idToken, token_type: 'Bearer', expires_in: 600 }, true);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', provider.issuer);
    if (req.method === 'GET' && url.pathname === '/.well-known/openid-configuration') {
      return json(
        res,
        200,
        {
          issuer: provider.issuer,
          authorization_endpoint: `${provider.issuer}/authorize`,
          token_endpoint: `${provider.issuer}/token`,
          jwks_uri: `${provider.issuer}/jwks`,
          end_session_endpoint: `${provider.issuer}/afmelden`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
        },
        true,
      );
    }
    if (req.method === 'GET' && url.pathname === '/jwks') {
      return json(res, 200, { keys: [jwk] });
    }
    if (req.method === 'GET' && url.pathname === '/authorize') {
      return authorize(url, res);
    }
    if (req.method === 'OPTIONS' && url.pathname === '/token') {
      res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' });
      return res.end();
    }
    if (req.method === 'POST' && url.pathname === '/token') {
      token(req, res).catch(() => json(res, 500, { error: 'server_error' }, true));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/afmelden') {
      provider.afmeldingen.push(new URLSearchParams(url.searchParams));
      res.writeHead(302, { location: url.searchParams.get('post_logout_redirect_uri') ?? provider.issuer });
      return res.end();
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
  provider.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return Object.assign(provider, {
    haalCode: async (redirectUri, verifier) => {
      const url = new URL(`${provider.issuer}/authorize`);
      const state = base64url(randomBytes(16));
      url.search = new URLSearchParams({
        response_type: 'code',
        client_id: opties.clientId,
        redirect_uri: redirectUri,
        scope: 'openid',
        state,
        code_challenge: s256(verifier),
        code_challenge_method: 'S256',
      }).toString();
      const res = await fetch(url, { redirect: 'manual' });
      const terug = new URL(res.headers.get('location') ?? '');
      return { code: terug.searchParams.get('code') ?? '', state };
    },
    sluit: () =>
      new Promise<void>((klaar) => {
        server.close(() => klaar());
        server.closeAllConnections();
      }),
  } satisfies Pick<TestProvider, 'haalCode' | 'sluit'>);
}
