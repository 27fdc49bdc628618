/**
 * Token handling (issue 9), beside the basics in auth.e2e-spec.ts: RS256 through a JWKS served
 * by a local HTTP server (as the municipality's OpenID Connect provider does), issuer and
 * audience, expiry and not-before, wrong keys and algorithms, oversized tokens, unknown roles,
 * and HS256 development tokens refused in production.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, exportSPKI, generateKeyPair, type JWK, type KeyLike, SignJWT } from 'jose';
import {
  DEV_JWT_SECRET,
  DomainError,
  FoutCode,
  loadConfig,
  MAX_TOKEN_LENGTE,
  ondertekenOntwikkeltoken,
  Rol,
  TokenService,
} from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const ISSUER = 'https://login.heerlen.example/realms/buurtwerk';
const AUDIENCE = 'buurtwerk-api';
const geheim = new TextEncoder().encode(DEV_JWT_SECRET);
const nu = (): number => Math.floor(Date.now() / 1000);

interface Jwks {
  url: string;
  /** How the server answers: the keys, an HTTP 500, JSON that is no key set, or a cut connection. */
  antwoord: 'sleutels' | 'fout' | 'onzin' | 'verbroken';
  opgevraagd: number;
  sluit: () => Promise<void>;
}

/** A JWKS endpoint on 127.0.0.1 with the given public keys. */
async function startJwks(sleutels: JWK[]): Promise<Jwks> {
  const jwks: Jwks = { url: '', antwoord: 'sleutels', opgevraagd: 0, sluit: async () => undefined };
  const server: Server = createServer((req, res) => {
    jwks.opgevraagd += 1;
    if (jwks.antwoord === 'verbroken') {
      req.socket.destroy();
    } else if (jwks.antwoord === 'fout') {
      res.writeHead(500).end('kapot');
    } else if (jwks.antwoord === 'onzin') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"keys": "geen lijst"}');
    } else {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: sleutels }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwks.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/buurtwerk/protocol/openid-connect/certs`;
  jwks.sluit = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return jwks;
}

interface Sleutel {
  prive: KeyLike;
  publiek: KeyLike;
  kid: string;
}

async function sleutelpaar(kid: string): Promise<Sleutel> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { prive: privateKey, publiek: publicKey, kid };
}

/** An RS256 token as the provider would sign it; every part can be overridden to make it wrong. */
function rs256(
  sleutel: Sleutel,
  opties: {
    claims?: Record<string, unknown>;
    sub?: string | null;
    iss?: string | null;
    aud?: string | null;
    /** null: no `exp` claim at all. */
    exp?: number | null;
    /** null: no `iat` claim at all. */
    iat?: number | null;
    nbf?: number;
    kid?: string;
  } = {},
): Promise<string> {
  let jwt = new SignJWT({ name: 'Riet Rsa', roles: ['BEWONER'], ...opties.claims }).setProtectedHeader({
    alg: 'RS256',
    typ: 'JWT',
    kid: opties.kid ?? sleutel.kid,
  });
  if (opties.iat !== null) {
    jwt = jwt.setIssuedAt(opties.iat ?? nu());
  }
  if (opties.exp !== null) {
    jwt = jwt.setExpirationTime(opties.exp ?? nu() + 600);
  }
  if (opties.sub !== null) {
    jwt = jwt.setSubject(opties.sub ?? 'rsa-gebruiker');
  }
  if (opties.iss !== null) {
    jwt = jwt.setIssuer(opties.iss ?? ISSUER);
  }
  if (opties.aud !== null) {
    jwt = jwt.setAudience(opties.aud ?? AUDIENCE);
  }
  if (opties.nbf !== undefined) {
    jwt = jwt.setNotBefore(opties.nbf);
  }
  return jwt.sign(sleutel.prive);
}

function hs256(
  claims: Record<string, unknown>,
  opties: { iss?: string; aud?: string; exp?: number | null; iat?: number | null; nbf?: number } = {},
): Promise<string> {
  let jwt = new SignJWT({ roles: ['BEWONER'], ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('hs-gebruiker');
  if (opties.iat !== null) {
    jwt = jwt.setIssuedAt(opties.iat ?? nu());
  }
  if (opties.exp !== null) {
    jwt = jwt.setExpirationTime(opties.exp ?? nu() + 600);
  }
  if (opties.iss) {
    jwt = jwt.setIssuer(opties.iss);
  }
  if (opties.aud) {
    jwt = jwt.setAudience(opties.aud);
  }
  if (opties.nbf !== undefined) {
    jwt = jwt.setNotBefore(opties.nbf);
  }
  return jwt.sign(geheim);
}

/** A token with any header, unsigned (`alg: none`) or with a made-up signature. */
function handgemaakt(kop: Record<string, unknown>, inhoud: Record<string, unknown>, handtekening = ''): string {
  const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64(kop)}.${b64(inhoud)}.${handtekening}`;
}

describe('Tokens: RS256 via JWKS, issuer en audience (AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL)', () => {
  let ctx: TestContext;
  let jwks: Jwks;
  let provider: Sleutel;
  let vreemd: Sleutel;

  beforeAll(async () => {
    provider = await sleutelpaar('sleutel-2026');
    vreemd = await sleutelpaar('sleutel-2026');
    const publiek = { ...(await exportJWK(provider.publiek)), kid: provider.kid, alg: 'RS256', use: 'sig' };
    jwks = await startJwks([publiek]);
    ctx = await testContext({ AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, AUTH_JWKS_URL: jwks.url });
  });
  afterAll(async () => {
    await ctx.close();
    await jwks.sluit();
  });

  const ik = (token: string) => ctx.gql<{ ik: { naam: string; rollen: string[] } | null }>('{ ik { naam rollen } }', {}, token);
  const geweigerd = async (token: string): Promise<void> => {
    const res = await ik(token);
    expect(foutcodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.data?.ik ?? null).toBeNull();
  };

  it('aanvaardt een RS256-token van de provider, met de sleutel uit de JWKS', async () => {
    const res = await ik(await rs256(provider, { claims: { roles: ['BUURTREGISSEUR', 'BEWONER'] } }));
    expect(res.errors).toBeUndefined();
    expect(res.data?.ik).toEqual({ naam: 'Riet Rsa', rollen: ['BUURTREGISSEUR', 'BEWONER'] });
    expect(jwks.opgevraagd).toBeGreaterThan(0);
  });

  it('aanvaardt ook ontwikkeltokens met de juiste issuer en audience buiten productie', async () => {
    const res = await ik(await ctx.tokenFor(Rol.BEHEERDER, { name: 'Beheer Test' }));
    expect(res.data?.ik).toEqual({ naam: 'Beheer Test', rollen: ['BEHEERDER'] });
  });

  it('weigert een verkeerde of ontbrekende issuer', async () => {
    await geweigerd(await rs256(provider, { iss: 'https://kwaadwillend.example/realms/buurtwerk' }));
    await geweigerd(await rs256(provider, { iss: `${ISSUER}/` }));
    await geweigerd(await rs256(provider, { iss: null }));
    await geweigerd(await hs256({}, { iss: 'https://elders.example', aud: AUDIENCE }));
  });

  it('weigert een verkeerde of ontbrekende audience', async () => {
    await geweigerd(await rs256(provider, { aud: 'een-andere-app' }));
    await geweigerd(await rs256(provider, { aud: null }));
    await geweigerd(await hs256({}, { iss: ISSUER }));
    await geweigerd(await hs256({}, { iss: ISSUER, aud: 'een-andere-app' }));
  });

  it('weigert verlopen tokens en tokens die nog niet geldig zijn (buiten 30 s klokspeling)', async () => {
    await geweigerd(await rs256(provider, { exp: nu() - 120 }));
    await geweigerd(await rs256(provider, { nbf: nu() + 3600 }));
    await geweigerd(await hs256({}, { iss: ISSUER, aud: AUDIENCE, exp: nu() - 120 }));
    await geweigerd(await hs256({}, { iss: ISSUER, aud: AUDIENCE, nbf: nu() + 3600 }));
    // Within the tolerance of 30 s for clocks that differ a little: still accepted.
    expect((await ik(await rs256(provider, { exp: nu() - 5 }))).data?.ik?.naam).toBe('Riet Rsa');
  });

  it('weigert een token zonder exp of zonder iat, ook correct ondertekend (anders verloopt het nooit)', async () => {
    await geweigerd(await rs256(provider, { exp: null }));
    await geweigerd(await rs256(provider, { iat: null }));
    await geweigerd(await hs256({}, { iss: ISSUER, aud: AUDIENCE, exp: null }));
    await geweigerd(await hs256({}, { iss: ISSUER, aud: AUDIENCE, iat: null }));
    // The same tokens with both claims pass: it is the missing claim that is refused.
    expect((await ik(await rs256(provider))).data?.ik?.naam).toBe('Riet Rsa');
    expect((await ik(await hs256({ name: 'Hans Hs' }, { iss: ISSUER, aud: AUDIENCE }))).errors).toBeUndefined();
  });

  it('weigert een token dat langer dan AUTH_MAX_TOKEN_AGE_SECONDS (standaard 12 uur) geleden is uitgegeven, ook met exp ver weg', async () => {
    expect(ctx.config.auth.maxTokenLeeftijdSeconden).toBe(12 * 3600);
    const jaar = 365 * 24 * 3600;
    await geweigerd(await rs256(provider, { iat: nu() - 13 * 3600, exp: nu() + jaar }));
    await geweigerd(await hs256({}, { iss: ISSUER, aud: AUDIENCE, iat: nu() - 13 * 3600, exp: nu() + jaar }));
    // An iat in the future (beyond the clock tolerance) is no way around the age check either.
    await geweigerd(await rs256(provider, { iat: nu() + 3600, exp: nu() + 7200 }));
    // Younger than the maximum: accepted.
    expect((await ik(await rs256(provider, { iat: nu() - 11 * 3600, exp: nu() + 600 }))).data?.ik?.naam).toBe('Riet Rsa');
  });

  it('geeft ontwikkeltokens (npm run token, de testharnas, POST /web/ontwikkeltoken) altijd iat en exp mee', async () => {
    const claims = decodeJwt(await ctx.tokenFor(Rol.BEWONER));
    expect(typeof claims.iat).toBe('number');
    // iat and exp are two reads of the clock: they may be a second apart.
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBeGreaterThanOrEqual(8 * 3600);
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBeLessThanOrEqual(8 * 3600 + 1);
    const viaService = decodeJwt(await ctx.app.get(TokenService).maakOntwikkeltoken({ sub: 'dev', roles: [Rol.BEWONER] }));
    expect(typeof viaService.iat).toBe('number');
    expect(typeof viaService.exp).toBe('number');
  });

  it('weigert een handtekening van een andere sleutel, ook met dezelfde kid, en een onbekende kid', async () => {
    await geweigerd(await rs256(vreemd));
    await geweigerd(await rs256(provider, { kid: 'onbekende-sleutel' }));
    // The provider's own token with one changed claim: the signature no longer fits.
    const echt = await rs256(provider);
    const [kop, , handtekening] = echt.split('.');
    const vervalst = Buffer.from(
      JSON.stringify({ sub: 'rsa-gebruiker', roles: ['BEHEERDER'], iss: ISSUER, aud: AUDIENCE, iat: nu(), exp: nu() + 600 }),
    ).toString('base64url');
    await geweigerd(`${kop}.${vervalst}.${handtekening}`);
  });

  it('weigert alg none, algoritmeverwarring (HS256 met de publieke sleutel) en andere algoritmen', async () => {
    const inhoud = { sub: 'x', roles: ['BEHEERDER'], iss: ISSUER, aud: AUDIENCE, iat: nu(), exp: nu() + 600 };
    await geweigerd(handgemaakt({ alg: 'none', typ: 'JWT' }, inhoud));
    await geweigerd(handgemaakt({ alg: 'None' }, inhoud));
    await geweigerd(handgemaakt({ alg: 'RS512', kid: provider.kid }, inhoud, 'AAAA'));
    await geweigerd(handgemaakt({ alg: 'ES256', kid: provider.kid }, inhoud, 'AAAA'));
    await geweigerd(handgemaakt({ typ: 'JWT' }, inhoud, 'AAAA'));
    // The classic confusion: sign HS256 with the public key as if it were a shared secret.
    const pem = await exportSPKI(provider.publiek);
    const verward = await new SignJWT({ roles: ['BEHEERDER'] })
      .setProtectedHeader({ alg: 'HS256', kid: provider.kid })
      .setSubject('x')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(pem));
    await geweigerd(verward);
  });

  it('weigert te grote tokens vóór het controleren, ook als ze correct ondertekend zijn', async () => {
    const groot = await rs256(provider, { claims: { opvulling: 'x'.repeat(MAX_TOKEN_LENGTE) } });
    expect(groot.length).toBeGreaterThan(MAX_TOKEN_LENGTE);
    const res = await ik(groot);
    expect(foutcodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.errors?.[0].message).toMatch(/te groot/);
    // A header far beyond any token: a client error, never a 500.
    const enorm = await ctx
      .http()
      .post('/graphql')
      .set('authorization', `Bearer ${'a'.repeat(60_000)}`)
      .send({ query: '{ ik { naam } }' });
    expect(enorm.status).toBeLessThan(500);
  });

  it('weigert onbekende rollen, een rollenlijst die geen lijst is en een token zonder sub', async () => {
    await geweigerd(await rs256(provider, { claims: { roles: ['BEWONER', 'SUPERUSER'] } }));
    await geweigerd(await rs256(provider, { claims: { roles: ['beheerder'] } }));
    await geweigerd(await rs256(provider, { claims: { roles: 'BEHEERDER' } }));
    await geweigerd(await rs256(provider, { claims: { roles: [{ rol: 'BEHEERDER' }] } }));
    await geweigerd(await rs256(provider, { sub: null }));
    await geweigerd(await rs256(provider, { sub: '' }));
  });

  it('weigert tekstclaims die niet kunnen worden opgeslagen (NUL, losse surrogaat) in plaats van later een 500', async () => {
    await geweigerd(await rs256(provider, { sub: 'iemand\u0000anders' }));
    await geweigerd(await rs256(provider, { claims: { name: 'Riet\u0000' } }));
    await geweigerd(await rs256(provider, { claims: { email: 'riet@example.org\u0000' } }));
    await geweigerd(await rs256(provider, { claims: { name: 'Riet \ud800' } }));
    // Unusual but valid names pass unchanged.
    const naam = "Rïet O'Brien-ﾃｽﾄ 👩‍🔧 \u202eاسم";
    expect((await ik(await rs256(provider, { claims: { name: naam } }))).data?.ik?.naam).toBe(naam);
  });

  it('geeft geen toegang tot beheermutaties met een token zonder rollen', async () => {
    const token = await rs256(provider, { claims: { roles: [] } });
    expect((await ik(token)).data?.ik).toEqual({ naam: 'Riet Rsa', rollen: [] });
    const res = await ctx.gql(
      'mutation($input: MedewerkerInput!) { medewerkerRegistreren(input: $input) { id } }',
      { input: { naam: 'X', functie: 'Y', buurtIds: [] } },
      token,
    );
    expect(foutcodes(res)).toEqual(['FORBIDDEN']);
  });
});

describe('Tokens in productie (TokenService met een productieconfiguratie)', () => {
  let jwks: Jwks;
  let provider: Sleutel;

  const productie = (jwksUrl: string) =>
    loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://buurtwerk@127.0.0.1:5432/buurtwerk',
      AUTH_JWKS_URL: jwksUrl,
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
      // Set on purpose: even a configured secret must not enable HS256 in production.
      AUTH_JWT_SECRET: DEV_JWT_SECRET,
    });

  const weigert = async (service: TokenService, token: string): Promise<void> => {
    const fout: unknown = await service.verifieer(token).then(
      () => null,
      (e: unknown) => e,
    );
    expect(fout).toBeInstanceOf(DomainError);
    expect((fout as DomainError).code).toBe(FoutCode.UNAUTHENTICATED);
  };

  beforeAll(async () => {
    provider = await sleutelpaar('productie');
    jwks = await startJwks([{ ...(await exportJWK(provider.publiek)), kid: provider.kid, alg: 'RS256', use: 'sig' }]);
  });
  afterAll(() => jwks.sluit());

  it('heeft geen gedeeld geheim en weigert HS256-tokens, ook met het ontwikkelgeheim ondertekend', async () => {
    const config = productie(jwks.url);
    expect(config.auth.jwtSecret).toBeNull();
    const service = new TokenService(config);
    await expect(service.maakOntwikkeltoken({ sub: 'x', roles: [Rol.BEHEERDER] })).rejects.toThrow(/uitgeschakeld/);
    await weigert(service, await ondertekenOntwikkeltoken(geheim, config, { sub: 'x', roles: [Rol.BEHEERDER] }));
    await weigert(service, await hs256({ roles: ['BEHEERDER'] }, { iss: ISSUER, aud: AUDIENCE }));
    await weigert(
      service,
      handgemaakt({ alg: 'none' }, { sub: 'x', roles: ['BEHEERDER'], iss: ISSUER, aud: AUDIENCE, exp: nu() + 60 }),
    );
  });

  it('aanvaardt RS256 van de provider en weigert die met een verkeerde audience of issuer', async () => {
    const service = new TokenService(productie(jwks.url));
    const gebruiker = await service.verifieer(await rs256(provider, { claims: { roles: ['GRIFFIE'], buurtcode: 'BU09171000' } }));
    expect(gebruiker).toMatchObject({ sub: 'rsa-gebruiker', naam: 'Riet Rsa', rollen: ['GRIFFIE'], buurtcode: 'BU09171000' });
    await weigert(service, await rs256(provider, { aud: 'een-andere-app' }));
    await weigert(service, await rs256(provider, { iss: 'https://elders.example' }));
  });

  it('weigert in productie een RS256-token van de provider zonder exp, zonder iat of ouder dan de maximale leeftijd', async () => {
    const service = new TokenService(productie(jwks.url));
    await weigert(service, await rs256(provider, { exp: null }));
    await weigert(service, await rs256(provider, { iat: null }));
    await weigert(service, await rs256(provider, { iat: nu() - 24 * 3600, exp: nu() + 3600 }));
    await expect(service.verifieer(await rs256(provider))).resolves.toMatchObject({ sub: 'rsa-gebruiker' });
  });

  it('meldt DIENST_NIET_BESCHIKBAAR (geen 401, geen interne fout) als de JWKS niet te bereiken of onbruikbaar is', async () => {
    const onbeschikbaar = async (service: TokenService, token: string): Promise<void> => {
      const fout: unknown = await service.verifieer(token).then(
        () => null,
        (e: unknown) => e,
      );
      expect(fout).toBeInstanceOf(DomainError);
      expect((fout as DomainError).code).toBe(FoutCode.DIENST_NIET_BESCHIKBAAR);
      expect((fout as DomainError & { wachtSeconden?: number }).wachtSeconden).toBeGreaterThan(0);
    };
    const kapot = await startJwks([]);
    kapot.antwoord = 'fout';
    await onbeschikbaar(new TokenService(productie(kapot.url)), await rs256(provider));
    kapot.antwoord = 'onzin';
    await onbeschikbaar(new TokenService(productie(kapot.url)), await rs256(provider));
    kapot.antwoord = 'verbroken';
    await onbeschikbaar(new TokenService(productie(kapot.url)), await rs256(provider));
    const url = kapot.url;
    await kapot.sluit();
    await onbeschikbaar(new TokenService(productie(url)), await rs256(provider));
    // What is wrong with the token itself stays a 401, whatever the state of the provider.
    await weigert(new TokenService(productie(url)), await hs256({ roles: ['BEHEERDER'] }, { iss: ISSUER, aud: AUDIENCE }));
    await weigert(new TokenService(productie(url)), 'geen.jwt');
  });

  it('weigert een onbekende kid ook als de provider bereikbaar is (tokenfout, geen storing)', async () => {
    const service = new TokenService(productie(jwks.url));
    await weigert(service, await rs256(provider, { kid: 'bestaat-niet' }));
  });
});

describe('Inlogdienst (JWKS) onbereikbaar terwijl de API draait', () => {
  let ctx: TestContext;
  let jwks: Jwks;
  let provider: Sleutel;

  beforeAll(async () => {
    provider = await sleutelpaar('storing');
    jwks = await startJwks([{ ...(await exportJWK(provider.publiek)), kid: provider.kid, alg: 'RS256', use: 'sig' }]);
    jwks.antwoord = 'fout';
    ctx = await testContext({ AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, AUTH_JWKS_URL: jwks.url });
  });
  afterAll(async () => {
    await ctx.close();
    await jwks.sluit();
  });

  it('antwoordt GraphQL DIENST_NIET_BESCHIKBAAR en REST 503 met Retry-After, en herstelt zodra de JWKS terug is', async () => {
    const token = await rs256(provider, { claims: { roles: ['BEHEERDER'] } });
    for (const storing of ['fout', 'verbroken'] as const) {
      jwks.antwoord = storing;
      const gql = await ctx
        .http()
        .post('/graphql')
        .set('authorization', `Bearer ${token}`)
        .send({ query: '{ ik { naam rollen } }' });
      expect(gql.status).toBeLessThan(500);
      const body = gql.body as {
        data?: { ik: unknown } | null;
        errors?: Array<{ message: string; extensions: { code: string } }>;
      };
      expect(body.errors?.map((e) => e.extensions.code)).toEqual(['DIENST_NIET_BESCHIKBAAR']);
      expect(body.errors?.[0].message).toMatch(/inlogdienst/);
      expect(body.data?.ik ?? null).toBeNull();
      expect(gql.headers['retry-after']).toBe('5');

      const rest = await ctx.http().get('/api/v1/buurten').set('authorization', `Bearer ${token}`);
      expect(rest.status).toBe(503);
      expect(rest.headers['retry-after']).toBe('5');
      expect(rest.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(rest.text)).toMatchObject({
        status: 503,
        code: 'DIENST_NIET_BESCHIKBAAR',
        title: 'Dienst niet beschikbaar',
      });
      expect(rest.text).not.toMatch(/ECONNRESET|socket hang up|JSON Web Key Set|at \w+ \(/);
    }

    // Without a token, and with a token that is wrong in itself, nothing changes during the outage.
    expect((await ctx.http().get('/api/v1/buurten')).status).toBe(200);
    const vals = await ctx.gql('{ ik { naam } }', {}, handgemaakt({ alg: 'none' }, { sub: 'x', roles: ['BEHEERDER'] }));
    expect(foutcodes(vals)).toEqual(['UNAUTHENTICATED']);
    // Development tokens (HS256, outside production) do not need the provider.
    const dev = await ctx.gql<{ ik: { naam: string } }>('{ ik { naam } }', {}, await ctx.tokenFor(Rol.BEWONER, { name: 'Dev' }));
    expect(dev.data?.ik.naam).toBe('Dev');

    // The provider is back: the very next request succeeds, no restart needed.
    jwks.antwoord = 'sleutels';
    const hersteld = await ctx.gql<{ ik: { naam: string; rollen: string[] } }>('{ ik { naam rollen } }', {}, token);
    expect(hersteld.errors).toBeUndefined();
    expect(hersteld.data?.ik).toEqual({ naam: 'Riet Rsa', rollen: ['BEHEERDER'] });
    expect((await ctx.http().get('/api/v1/buurten').set('authorization', `Bearer ${token}`)).status).toBe(200);
  });
});

describe('Maximale tokenleeftijd instelbaar (AUTH_MAX_TOKEN_AGE_SECONDS)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await testContext({ AUTH_MAX_TOKEN_AGE_SECONDS: '600' });
  });
  afterAll(() => ctx.close());

  it('weigert een token van een kwartier oud als de grens 10 minuten is, en aanvaardt een vers token', async () => {
    const oud = await hs256({}, { iat: nu() - 15 * 60, exp: nu() + 3600 });
    expect(foutcodes(await ctx.gql('{ ik { naam } }', {}, oud))).toEqual(['UNAUTHENTICATED']);
    const vers = await hs256({ name: 'Vera Vers' }, { iat: nu() - 60, exp: nu() + 3600 });
    expect((await ctx.gql<{ ik: { naam: string } }>('{ ik { naam } }', {}, vers)).data?.ik.naam).toBe('Vera Vers');
  });

  it('stopt het opstarten bij een ongeldige waarde, met de naam van de variabele', () => {
    for (const waarde of ['0', '59', 'twaalf uur', '-5', String(8 * 24 * 3600)]) {
      expect(() => loadConfig({ NODE_ENV: 'test', AUTH_MAX_TOKEN_AGE_SECONDS: waarde })).toThrow(/AUTH_MAX_TOKEN_AGE_SECONDS/);
    }
    expect(loadConfig({ NODE_ENV: 'test', AUTH_MAX_TOKEN_AGE_SECONDS: '3600' }).auth.maxTokenLeeftijdSeconden).toBe(3600);
  });
});
