/**
 * Serves the two thin web apps (Buurtportaal for residents, Regiepaneel for staff) next to the
 * API, from their Vite builds in dist/web/<app> (`npm run web:build`). The apps talk only to the
 * public GraphQL API at /graphql on the same origin, so no CORS is needed.
 *
 * GET /web/config.json tells the apps at runtime how to sign in: through the municipality's
 * OpenID Connect provider (authorization code + PKCE, in the browser) when OIDC_ISSUER and
 * OIDC_CLIENT_ID are set, and whether the development sign-in exists. The provider's endpoints
 * come from its discovery document (fetched here, so the browser needs no CORS for it), and the
 * token endpoint's origin is added to the apps' Content-Security-Policy connect-src.
 *
 * Outside production this also offers POST /web/ontwikkeltoken, so the apps' development
 * sign-in can pick a demo user; in production there is no such endpoint. It answers only to a
 * client on this machine (loopback, not through a proxy): a development server listens on
 * 0.0.0.0 by default, and a BEHEERDER token must not go to anyone on the network.
 *
 * Call once after maakApp() and before listen(): `await registreerWebApps(app);`
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ALLE_ROLLEN, BUURTWERK_CONFIG, type BuurtwerkConfig, projectPad, type Rol, TokenService } from '@buurtwerk/core';

export const WEB_APPS = ['buurtportaal', 'regiepaneel'] as const;

export interface WebAppsOpties {
  /** Folder with one built app per subfolder; default dist/web in the project. */
  webMap?: string;
  /** Sign-in through OpenID Connect; default from OIDC_* in the environment (oidcUitOmgeving). */
  oidc?: OidcInstelling | null;
}

/** The OpenID Connect client the browser apps are (a public client: no secret, PKCE instead). */
export interface OidcInstelling {
  issuer: string;
  clientId: string;
  scopes: string;
  /** Which token the apps send to the API as bearer token (its audience must be AUTH_AUDIENCE). */
  bearer: 'access_token' | 'id_token';
}

/** What the apps read from GET /web/config.json. */
export interface WebConfig {
  ontwikkelinlog: boolean;
  oidc: {
    issuer: string;
    clientId: string;
    scopes: string;
    bearer: OidcInstelling['bearer'];
    authorizationEndpoint: string;
    tokenEndpoint: string;
    endSessionEndpoint: string | null;
  } | null;
}

/**
 * OIDC_ISSUER (https URL; http only for localhost), OIDC_CLIENT_ID, OIDC_SCOPES (default
 * "openid profile email"), OIDC_BEARER_TOKEN (access_token, the default, or id_token).
 */
export function oidcUitOmgeving(env: NodeJS.ProcessEnv = process.env): OidcInstelling | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!issuer || !clientId) {
    return null;
  }
  const url = new URL(issuer);
  const lokaal = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && lokaal)) {
    throw new Error('OIDC_ISSUER moet een https-adres zijn (http alleen voor localhost).');
  }
  const scopes = env.OIDC_SCOPES?.trim() || 'openid profile email';
  if (!scopes.split(/\s+/).includes('openid')) {
    throw new Error('OIDC_SCOPES moet "openid" bevatten.');
  }
  const bearer = env.OIDC_BEARER_TOKEN?.trim() || 'access_token';
  if (bearer !== 'access_token' && bearer !== 'id_token') {
    throw new Error('OIDC_BEARER_TOKEN is access_token of id_token.');
  }
  return { issuer: issuer.replace(/\/$/, ''), clientId, scopes, bearer };
}

interface Ontdekking {
  authorizationEndpoint: string;
  tokenEndpoint: string;
  endSessionEndpoint: string | null;
}

/**
 * Reads the provider's discovery document (OpenID Connect Discovery 1.0). Its issuer must be the
 * configured one exactly (section 4.3), and the endpoints must be https (or the local test provider).
 */
async function ontdek(oidc: OidcInstelling): Promise<Ontdekking> {
  const res = await fetch(`${oidc.issuer}/.well-known/openid-configuration`, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) {
    throw new Error(`discovery gaf status ${res.status}`);
  }
  const d = (await res.json()) as Record<string, unknown>;
  if (typeof d.issuer !== 'string' || d.issuer.replace(/\/$/, '') !== oidc.issuer) {
    throw new Error('de issuer in het discovery-document is een andere');
  }
  const eindpunt = (naam: string, verplicht: boolean): string | null => {
    const waarde = d[naam];
    if (typeof waarde !== 'string') {
      if (verplicht) {
        throw new Error(`${naam} ontbreekt in het discovery-document`);
      }
      return null;
    }
    const u = new URL(waarde);
    if (u.protocol !== 'https:' && new URL(oidc.issuer).protocol !== 'http:') {
      throw new Error(`${naam} is geen https-adres`);
    }
    return u.toString();
  };
  const methoden = d.code_challenge_methods_supported;
  if (Array.isArray(methoden) && !methoden.includes('S256')) {
    throw new Error('de provider ondersteunt geen PKCE met S256');
  }
  return {
    authorizationEndpoint: eindpunt('authorization_endpoint', true)!,
    tokenEndpoint: eindpunt('token_endpoint', true)!,
    endSessionEndpoint: eindpunt('end_session_endpoint', false),
  };
}

/** Discovery, remembered for an hour when it worked; a failure is retried on the next request. */
function ontdekkingCache(oidc: OidcInstelling): () => Promise<Ontdekking> {
  let bewaard: { tot: number; ontdekking: Promise<Ontdekking> } | null = null;
  return () => {
    if (bewaard && bewaard.tot > Date.now()) {
      return bewaard.ontdekking;
    }
    const ontdekking = ontdek(oidc);
    bewaard = { tot: Date.now() + 3600_000, ontdekking };
    ontdekking.catch(() => {
      bewaard = null;
    });
    return ontdekking;
  };
}

/** Adds origins to the connect-src of a Content-Security-Policy (default-src when it has none). */
export function metConnectSrc(csp: string, origins: readonly string[]): string {
  if (origins.length === 0) {
    return csp;
  }
  const delen = csp
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const i = delen.findIndex((d) => d.startsWith('connect-src '));
  if (i >= 0) {
    delen[i] = `${delen[i]} ${origins.join(' ')}`;
  } else {
    const basis = delen.find((d) => d.startsWith('default-src '))?.slice('default-src '.length) ?? "'self'";
    delen.push(`connect-src ${basis} ${origins.join(' ')}`);
  }
  return delen.join(';');
}

/**
 * Whether a request comes from this machine itself: the TCP peer is a loopback address
 * (127.0.0.0/8, ::1, or IPv4-mapped 127.x) and no proxy header says it was forwarded for
 * someone else. The peer address is the socket's, never a header a client can set.
 */
export function vanDezeComputer(request: {
  raw: { socket: { remoteAddress?: string } };
  headers: Record<string, string | string[] | undefined>;
}): boolean {
  const adres = request.raw.socket.remoteAddress ?? '';
  const loopback = adres === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/i.test(adres);
  const doorgestuurd = ['forwarded', 'x-forwarded-for', 'x-real-ip'].some((h) => request.headers[h] !== undefined);
  return loopback && !doorgestuurd;
}

/** Hashed Vite assets never change; index.html always revalidates so a new build is picked up. */
function cacheHeader(bestand: string): string {
  return /[/\\]assets[/\\]/.test(bestand) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export async function registreerWebApps(app: NestFastifyApplication, opties: WebAppsOpties = {}): Promise<string[]> {
  const logger = new Logger('Webapps');
  const config = app.get<BuurtwerkConfig>(BUURTWERK_CONFIG);
  const webMap = opties.webMap ?? projectPad('dist', 'web');
  const fastify = app.getHttpAdapter().getInstance();
  const geregistreerd: string[] = [];
  const oidc = opties.oidc === undefined ? oidcUitOmgeving() : opties.oidc;
  const ontwikkelinlog = config.nodeEnv !== 'production' && config.auth.jwtSecret !== null;
  const ontdekking = oidc ? ontdekkingCache(oidc) : null;
  if (oidc) {
    if (!config.auth.jwksUrl) {
      logger.warn('OIDC_ISSUER is gezet maar AUTH_JWKS_URL niet: de API kan de tokens van de provider dan niet controleren.');
    }
    logger.log(`Inloggen in de webapps via OpenID Connect: ${oidc.issuer} (client ${oidc.clientId})`);
  } else if (config.nodeEnv === 'production') {
    logger.warn('OIDC_ISSUER en OIDC_CLIENT_ID zijn niet gezet: in de webapps kan niemand inloggen.');
  }

  /** The token endpoint is fetched from the browser: its origin must be allowed by connect-src. */
  const oidcOrigins = async (): Promise<string[]> => {
    if (!oidc || !ontdekking) {
      return [];
    }
    const origins = new Set([new URL(oidc.issuer).origin]);
    try {
      origins.add(new URL((await ontdekking()).tokenEndpoint).origin);
    } catch {
      // Discovery failed: the apps report that sign-in is unavailable; the issuer origin stays.
    }
    return [...origins];
  };

  fastify.get('/web/config.json', async (request, reply) => {
    // Only a browser on this machine can use the development sign-in (see below).
    const ontwikkelinlogHier = ontwikkelinlog && vanDezeComputer(request);
    let webConfig: WebConfig = { ontwikkelinlog: ontwikkelinlogHier, oidc: null };
    if (oidc && ontdekking) {
      try {
        const e = await ontdekking();
        webConfig = { ontwikkelinlog: ontwikkelinlogHier, oidc: { ...oidc, ...e } };
      } catch (fout) {
        logger.warn(
          `OpenID Connect-discovery bij ${oidc.issuer} mislukt: ${fout instanceof Error ? fout.message : String(fout)}`,
        );
        return reply.code(503).header('cache-control', 'no-store').type('application/problem+json').send({
          status: 503,
          title: 'Inloggen is tijdelijk niet beschikbaar',
          detail: 'De inlogdienst van de gemeente is nu niet bereikbaar. Probeer het later opnieuw.',
        });
      }
    }
    return reply.header('cache-control', 'no-cache').send(webConfig);
  });

  for (const naam of WEB_APPS) {
    const root = path.join(webMap, naam);
    if (!existsSync(path.join(root, 'index.html'))) {
      logger.warn(`${naam} is niet gebouwd (${root} ontbreekt): npm run web:build`);
      continue;
    }
    await fastify.register(
      async (scope) => {
        await scope.register(fastifyStatic, {
          root,
          prefix: '/',
          index: ['index.html'],
          wildcard: true,
          // The .br and .gz copies written at build time (apps/web-gedeeld/vite.mts) go to
          // browsers that accept them, with content-encoding and vary: accept-encoding.
          preCompressed: true,
          // Source maps are for the team, not the public (issue 19): not served in production.
          allowedPath: (pad) => config.nodeEnv !== 'production' || !pad.endsWith('.map'),
          setHeaders: (reply, bestand) => void reply.header('cache-control', cacheHeader(bestand)),
        });
        // Client-side routes (/buurtportaal/buurt/BU...) get the app; a missing asset stays a 404.
        if (oidc) {
          scope.addHook('onSend', async (_request, reply, payload) => {
            const csp = reply.getHeader('content-security-policy');
            if (typeof csp === 'string') {
              reply.header('content-security-policy', metConnectSrc(csp, await oidcOrigins()));
            }
            return payload;
          });
        }
        scope.setNotFoundHandler((request, reply) => {
          const pad = request.url.split('?')[0];
          if ((request.method === 'GET' || request.method === 'HEAD') && !/\.[a-z0-9]+$/i.test(pad)) {
            return reply.header('cache-control', 'no-cache').sendFile('index.html');
          }
          return reply.code(404).type('text/plain; charset=utf-8').send('Niet gevonden');
        });
      },
      { prefix: `/${naam}` },
    );
    geregistreerd.push(naam);
  }

  if (ontwikkelinlog) {
    const tokens = app.get(TokenService);
    fastify.post('/web/ontwikkeltoken', async (request, reply) => {
      // Any role, BEHEERDER included, for whoever asks: only for a developer on this machine.
      if (!vanDezeComputer(request)) {
        return reply.code(403).header('cache-control', 'no-store').type('application/problem+json').send({
          status: 403,
          title: 'Geen toegang',
          detail:
            'Ontwikkeltokens worden alleen uitgegeven aan een browser op deze computer zelf (localhost), niet via het netwerk.',
        });
      }
      const body = (request.body ?? {}) as Record<string, unknown>;
      const rol = typeof body.rol === 'string' ? body.rol.toUpperCase() : '';
      const sub = typeof body.sub === 'string' ? body.sub : '';
      const naam = typeof body.naam === 'string' ? body.naam.slice(0, 100) : '';
      const buurtcode = typeof body.buurtcode === 'string' && /^BU\d{8}$/.test(body.buurtcode) ? body.buurtcode : undefined;
      if (!ALLE_ROLLEN.includes(rol as Rol) || !/^[a-z0-9-]{1,64}$/.test(sub) || naam.length === 0) {
        return reply
          .code(400)
          .type('application/problem+json')
          .send({ status: 400, title: 'Ongeldig verzoek', detail: `Geef rol (${ALLE_ROLLEN.join(', ')}), sub en naam.` });
      }
      const token = await tokens.maakOntwikkeltoken({ sub, name: naam, roles: [rol as Rol], buurtcode });
      return reply.header('cache-control', 'no-store').send({ token });
    });
    logger.log('Ontwikkeltokens voor de webapps: POST /web/ontwikkeltoken (niet in productie, alleen vanaf localhost)');
  }
  return geregistreerd;
}
