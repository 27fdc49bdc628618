/**
 * Configuration from the environment, validated once at start-up. A wrong value stops the
 * process with a message that names the variable, instead of failing later at run time.
 */
export interface BuurtwerkConfig {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  host: string;
  /** Null: start an embedded PostgreSQL (development default). */
  databaseUrl: string | null;
  /** Read replicas (DATABASE_READ_URLS): GraphQL queries and REST GETs read there; empty = primary only. */
  databaseReadUrls: string[];
  databasePoolSize: number;
  migrateOnStart: boolean;
  auth: {
    jwtSecret: string | null;
    jwksUrl: string | null;
    issuer: string | null;
    audience: string | null;
    /** Oldest token accepted, in seconds since its `iat` (AUTH_MAX_TOKEN_AGE_SECONDS). */
    maxTokenLeeftijdSeconden: number;
  };
  pdokLocatieserverUrl: string;
  pdokTimeoutMs: number;
  graphiql: boolean;
  /** Highest estimated cost (fields × list lengths) of one GraphQL operation; see querykosten.ts. */
  graphqlMaxKosten: number;
  /** Limits of every GraphQL operation besides its cost; see operatiegrenzen.ts and README. */
  graphqlMaxDiepte: number;
  graphqlMaxAliassen: number;
  graphqlMaxWortelvelden: number;
  graphqlMaxVelden: number;
  /** Largest GraphQL answer in bytes; a larger one is replaced by an error (last line of defence). */
  graphqlMaxAntwoordBytes: number;
  /** Origins of the web apps that may call /graphql from a browser (strict CORS). */
  corsOrigins: string[];
  logLevel: 'error' | 'warn' | 'info' | 'debug';
  /**
   * Redis shared by all API instances: pub/sub of GraphQL subscriptions and the API-key rate
   * limit. Null: both stay inside this process (fine for one instance).
   */
  redisUrl: string | null;
  /** Prefix of every Redis key and channel, so several deployments (or test runs) can share one Redis. */
  redisVoorvoegsel: string;
  /**
   * Fastify's `trustProxy`: false (the default: the peer address is the client), the number of
   * proxy hops in front of the API, or the addresses/CIDRs of those proxies. Only then is
   * X-Forwarded-For believed, so the per-IP limit cannot be dodged with a forged header.
   */
  trustProxy: false | number | string;
  /** Per-IP limits for callers without an API key (@fastify/rate-limit; in Redis when REDIS_URL is set). */
  snelheidslimiet: {
    /** Requests to /graphql and /api/ per IP and minute. */
    anoniemPerMinuut: number;
    /** `aanmelden` operations (each root field counts) per IP and hour. */
    aanmeldenPerUur: number;
  };
  /** Sign-ups for network meetings: how long an unconfirmed place is held, and where the mail links point. */
  aanmelding: {
    bevestigenMinuten: number;
    /** Base URL of the Buurtportaal, for the confirm and cancel links in mails (no trailing slash). */
    buurtportaalUrl: string;
  };
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Ongeldige configuratie: ${variable} ${message}`);
  }
}

/** Development secret used when AUTH_JWT_SECRET is unset outside production. Never valid in production. */
export const DEV_JWT_SECRET = 'buurtwerk-development-secret-niet-voor-productie';

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  if (!/^\d+$/.test(raw)) {
    throw new ConfigError(name, `moet een geheel getal zijn (gekregen: "${raw}")`);
  }
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(name, `moet tussen ${min} en ${max} liggen (gekregen: ${value})`);
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  if (['true', '1', 'yes', 'ja'].includes(raw.toLowerCase())) {
    return true;
  }
  if (['false', '0', 'no', 'nee'].includes(raw.toLowerCase())) {
    return false;
  }
  throw new ConfigError(name, `moet true of false zijn (gekregen: "${raw}")`);
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is geen geldige URL (gekregen: "${raw}")`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `moet beginnen met ${protocols.join(' of ')} (gekregen: "${parsed.protocol}")`);
  }
  return raw;
}

/** DATABASE_READ_URLS: comma-separated PostgreSQL URLs of read replicas of DATABASE_URL. */
function leesreplicas(env: Env, databaseUrl: string | null): string[] {
  const raw = env.DATABASE_READ_URLS;
  if (raw === undefined || raw.trim() === '') {
    return [];
  }
  if (databaseUrl === null) {
    throw new ConfigError('DATABASE_READ_URLS', 'kan alleen samen met DATABASE_URL (de primaire database) worden gebruikt');
  }
  return raw.split(',').map((deel, i) => {
    const replica = url({ DATABASE_READ_URLS: deel.trim() }, 'DATABASE_READ_URLS', ['postgres:', 'postgresql:']);
    if (replica === null) {
      throw new ConfigError('DATABASE_READ_URLS', `bevat een lege URL op plaats ${i + 1}`);
    }
    return replica;
  });
}

function optional(env: Env, name: string): string | null {
  const raw = env[name];
  return raw === undefined || raw === '' ? null : raw;
}

function lijstVanOrigins(env: Env, production: boolean): string[] {
  const raw = env.CORS_ORIGINS;
  if (raw === undefined || raw.trim() === '') {
    return production ? [] : ['http://localhost:3000', 'http://localhost:5173', 'http://127.0.0.1:3000'];
  }
  return raw.split(',').map((o) => {
    const origin = o.trim();
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError('CORS_ORIGINS', `bevat een ongeldige origin "${origin}" (vorm: https://buurtportaal.heerlen.nl)`);
    }
    return origin;
  });
}

function redisVoorvoegsel(env: Env): string {
  const raw = env.REDIS_PREFIX ?? 'buurtwerk:';
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(raw)) {
    throw new ConfigError('REDIS_PREFIX', `mag alleen letters, cijfers en _ . : - bevatten (gekregen: "${raw}")`);
  }
  return raw;
}

function trustProxy(env: Env): false | number | string {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '' || ['false', '0', 'nee', 'no'].includes(raw.toLowerCase())) {
    return false;
  }
  if (/^\d+$/.test(raw)) {
    return integer({ TRUST_PROXY: raw }, 'TRUST_PROXY', 0, 1, 10);
  }
  // "true" would believe any X-Forwarded-For, so every client could pick its own IP (and limit).
  const delen = raw.split(',').map((d) => d.trim());
  if (delen.some((d) => !/^[0-9A-Fa-f.:]+(\/\d{1,3})?$/.test(d))) {
    throw new ConfigError(
      'TRUST_PROXY',
      `moet het aantal proxies voor de API zijn (bijvoorbeeld 1) of hun IP-adressen/CIDR's met komma's (gekregen: "${raw}")`,
    );
  }
  return delen.join(',');
}

export function loadConfig(env: Env = process.env): BuurtwerkConfig {
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!['development', 'test', 'production'].includes(nodeEnvRaw)) {
    throw new ConfigError('NODE_ENV', `moet development, test of production zijn (gekregen: "${nodeEnvRaw}")`);
  }
  const nodeEnv = nodeEnvRaw as BuurtwerkConfig['nodeEnv'];
  const production = nodeEnv === 'production';

  const jwtSecret = optional(env, 'AUTH_JWT_SECRET');
  if (jwtSecret !== null && jwtSecret.length < 32) {
    throw new ConfigError('AUTH_JWT_SECRET', 'moet minstens 32 tekens lang zijn');
  }
  const jwksUrl = url(env, 'AUTH_JWKS_URL', ['https:', 'http:']);
  if (production && jwksUrl === null) {
    throw new ConfigError('AUTH_JWKS_URL', 'is verplicht in productie (RS256-tokens van de OpenID Connect-provider)');
  }
  const issuer = optional(env, 'AUTH_ISSUER');
  const audience = optional(env, 'AUTH_AUDIENCE');
  if (production && (issuer === null || audience === null)) {
    throw new ConfigError(issuer === null ? 'AUTH_ISSUER' : 'AUTH_AUDIENCE', 'is verplicht in productie');
  }
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  if (production && databaseUrl === null) {
    throw new ConfigError('DATABASE_URL', 'is verplicht in productie (de ingebouwde PostgreSQL is alleen voor ontwikkeling)');
  }
  const logLevel = env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info');
  if (!['error', 'warn', 'info', 'debug'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `moet error, warn, info of debug zijn (gekregen: "${logLevel}")`);
  }

  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    databaseReadUrls: leesreplicas(env, databaseUrl),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    migrateOnStart: bool(env, 'DB_MIGRATE', true),
    auth: {
      // HS256 is a development convenience: refused in production (docs/domein.md, "Identity and access").
      jwtSecret: production ? null : (jwtSecret ?? DEV_JWT_SECRET),
      jwksUrl,
      issuer,
      audience,
      maxTokenLeeftijdSeconden: integer(env, 'AUTH_MAX_TOKEN_AGE_SECONDS', 12 * 3600, 60, 7 * 24 * 3600),
    },
    pdokLocatieserverUrl:
      url(env, 'PDOK_LOCATIESERVER_URL', ['https:', 'http:']) ?? 'https://api.pdok.nl/bzk/locatieserver/search/v3_1',
    pdokTimeoutMs: integer(env, 'PDOK_TIMEOUT_MS', 3000, 100, 60000),
    graphiql: bool(env, 'GRAPHIQL', !production),
    graphqlMaxKosten: integer(env, 'GRAPHQL_MAX_KOSTEN', 300_000, 100, Number.MAX_SAFE_INTEGER),
    graphqlMaxDiepte: integer(env, 'GRAPHQL_MAX_DIEPTE', 12, 2, 100),
    graphqlMaxAliassen: integer(env, 'GRAPHQL_MAX_ALIASSEN', 30, 0, 10_000),
    graphqlMaxWortelvelden: integer(env, 'GRAPHQL_MAX_WORTELVELDEN', 20, 1, 10_000),
    graphqlMaxVelden: integer(env, 'GRAPHQL_MAX_VELDEN', 1000, 50, 100_000),
    graphqlMaxAntwoordBytes: integer(env, 'GRAPHQL_MAX_ANTWOORD_BYTES', 16 * 1024 * 1024, 64 * 1024, 1024 * 1024 * 1024),
    corsOrigins: lijstVanOrigins(env, production),
    logLevel: logLevel as BuurtwerkConfig['logLevel'],
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    redisVoorvoegsel: redisVoorvoegsel(env),
    trustProxy: trustProxy(env),
    snelheidslimiet: {
      // Tests send thousands of loopback requests: generous there; the limit tests set their own.
      anoniemPerMinuut: integer(env, 'LIMIET_ANONIEM_PER_MINUUT', nodeEnv === 'test' ? 1_000_000 : 300, 1, 100_000_000),
      aanmeldenPerUur: integer(env, 'LIMIET_AANMELDEN_PER_UUR', nodeEnv === 'test' ? 1_000_000 : 20, 1, 100_000_000),
    },
    aanmelding: {
      bevestigenMinuten: integer(env, 'AANMELDING_BEVESTIGEN_MINUTEN', 30, 1, 7 * 24 * 60),
      buurtportaalUrl: (
        url(env, 'BUURTPORTAAL_URL', ['https:', 'http:']) ?? `http://localhost:${env.PORT || '3000'}/buurtportaal`
      ).replace(/\/+$/, ''),
    },
  };
}

export const BUURTWERK_CONFIG = Symbol('BUURTWERK_CONFIG');
