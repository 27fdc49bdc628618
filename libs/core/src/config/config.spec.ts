import { ConfigError, DEV_JWT_SECRET, loadConfig } from './config';

describe('configuratie uit de omgeving', () => {
  it('start in ontwikkeling zonder instellingen, met de ontwikkelsleutel en de ingebouwde database', () => {
    const c = loadConfig({});
    expect(c.nodeEnv).toBe('development');
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeNull();
    expect(c.auth.jwtSecret).toBe(DEV_JWT_SECRET);
    expect(c.graphiql).toBe(true);
    // Without Redis, subscriptions and rate limits stay inside the one process.
    expect(c.redisUrl).toBeNull();
    expect(c.redisVoorvoegsel).toBe('buurtwerk:');
    // The limits of every GraphQL operation (README, Configuration; issue 14).
    expect(c).toMatchObject({
      graphqlMaxKosten: 300_000,
      graphqlMaxDiepte: 12,
      graphqlMaxAliassen: 30,
      graphqlMaxWortelvelden: 20,
      graphqlMaxVelden: 1000,
      graphqlMaxAntwoordBytes: 16 * 1024 * 1024,
    });
    expect(loadConfig({ GRAPHQL_MAX_ALIASSEN: '100', GRAPHQL_MAX_VELDEN: '5000' })).toMatchObject({
      graphqlMaxAliassen: 100,
      graphqlMaxVelden: 5000,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DB_MIGRATE: 'misschien' }, 'DB_MIGRATE'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'geen url' }, 'DATABASE_URL'],
    [{ AUTH_JWT_SECRET: 'kort' }, 'AUTH_JWT_SECRET'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ LOG_LEVEL: 'luid' }, 'LOG_LEVEL'],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL'],
    [{ REDIS_PREFIX: 'met spatie' }, 'REDIS_PREFIX'],
    [{ GRAPHQL_MAX_DIEPTE: '1' }, 'GRAPHQL_MAX_DIEPTE'],
    [{ GRAPHQL_MAX_ALIASSEN: 'veel' }, 'GRAPHQL_MAX_ALIASSEN'],
    [{ GRAPHQL_MAX_WORTELVELDEN: '0' }, 'GRAPHQL_MAX_WORTELVELDEN'],
    [{ GRAPHQL_MAX_VELDEN: '10' }, 'GRAPHQL_MAX_VELDEN'],
    [{ GRAPHQL_MAX_ANTWOORD_BYTES: '1000' }, 'GRAPHQL_MAX_ANTWOORD_BYTES'],
  ])('noemt de foute variabele bij %j', (env, variabele) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as ConfigError).variable).toBe(variabele);
      expect((e as ConfigError).message).toContain(variabele);
    }
  });

  it('eist in productie een eigen database en de OpenID Connect-provider, en weigert HS256', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_URL/);
    const c = loadConfig({
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'https://login.heerlen.invalid/realms/buurtwerk/protocol/openid-connect/certs',
      AUTH_ISSUER: 'https://login.heerlen.invalid/realms/buurtwerk',
      AUTH_AUDIENCE: 'buurtwerk-api',
      AUTH_JWT_SECRET: 'x'.repeat(40),
      DATABASE_URL: 'postgres://buurtwerk@db/buurtwerk',
    });
    expect(c.auth.jwtSecret).toBeNull();
    expect(c.graphiql).toBe(false);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://x/certs', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' }),
    ).toThrow(/DATABASE_URL/);
  });

  it('leest leesreplica’s als komma-gescheiden lijst, alleen naast een primaire DATABASE_URL', () => {
    const primair = 'postgres://buurtwerk@db/buurtwerk';
    expect(loadConfig({ DATABASE_URL: primair }).databaseReadUrls).toEqual([]);
    expect(loadConfig({ DATABASE_URL: primair, DATABASE_READ_URLS: '' }).databaseReadUrls).toEqual([]);
    expect(
      loadConfig({
        DATABASE_URL: primair,
        DATABASE_READ_URLS: 'postgres://lezer@replica-1/buurtwerk, postgresql://lezer@replica-2/buurtwerk',
      }).databaseReadUrls,
    ).toEqual(['postgres://lezer@replica-1/buurtwerk', 'postgresql://lezer@replica-2/buurtwerk']);
    for (const env of [
      { DATABASE_READ_URLS: 'postgres://lezer@replica-1/buurtwerk' },
      { DATABASE_URL: primair, DATABASE_READ_URLS: 'mysql://replica/buurtwerk' },
      { DATABASE_URL: primair, DATABASE_READ_URLS: 'postgres://replica-1/buurtwerk,,postgres://replica-2/buurtwerk' },
    ]) {
      expect(() => loadConfig(env)).toThrow(/DATABASE_READ_URLS/);
    }
  });

  it('vertrouwt X-Forwarded-For alleen als TRUST_PROXY de proxies noemt', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toBe('10.0.0.0/8,127.0.0.1');
    // "true" would let every client choose its own address, and so escape the per-IP limit.
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '11' })).toThrow(/TRUST_PROXY/);
  });

  it('heeft strenge limieten in productie, ruime in tests, en leest ze uit de omgeving', () => {
    expect(loadConfig({}).snelheidslimiet).toEqual({ anoniemPerMinuut: 300, aanmeldenPerUur: 20 });
    expect(loadConfig({ NODE_ENV: 'test' }).snelheidslimiet.anoniemPerMinuut).toBeGreaterThan(100_000);
    expect(loadConfig({ LIMIET_ANONIEM_PER_MINUUT: '5', LIMIET_AANMELDEN_PER_UUR: '2' }).snelheidslimiet).toEqual({
      anoniemPerMinuut: 5,
      aanmeldenPerUur: 2,
    });
    expect(() => loadConfig({ LIMIET_ANONIEM_PER_MINUUT: '0' })).toThrow(/LIMIET_ANONIEM_PER_MINUUT/);
    expect(() => loadConfig({ LIMIET_AANMELDEN_PER_UUR: 'veel' })).toThrow(/LIMIET_AANMELDEN_PER_UUR/);
  });

  it('houdt een onbevestigde aanmelding standaard 30 minuten vast en linkt naar het Buurtportaal', () => {
    expect(loadConfig({}).aanmelding).toEqual({ bevestigenMinuten: 30, buurtportaalUrl: 'http://localhost:3000/buurtportaal' });
    expect(
      loadConfig({ AANMELDING_BEVESTIGEN_MINUTEN: '60', BUURTPORTAAL_URL: 'https://buurtwerk.heerlen.nl/buurtportaal/' })
        .aanmelding,
    ).toEqual({ bevestigenMinuten: 60, buurtportaalUrl: 'https://buurtwerk.heerlen.nl/buurtportaal' });
    expect(() => loadConfig({ AANMELDING_BEVESTIGEN_MINUTEN: '0' })).toThrow(/AANMELDING_BEVESTIGEN_MINUTEN/);
    expect(() => loadConfig({ BUURTPORTAAL_URL: 'ftp://x' })).toThrow(/BUURTPORTAAL_URL/);
  });
});
