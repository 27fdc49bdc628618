import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import multipart from '@fastify/multipart';
import helmet from '@fastify/helmet';
import { DataSource } from 'typeorm';
import {
  type BuurtwerkConfig,
  clientFoutAlsProbleem,
  frameworkFoutAlsProbleem,
  migreer,
  registreerAlleenLezen,
  registreerApiHeaders,
  registreerFeedCaching,
  routeerLezenNaarReplica,
  Snelheidslimieten,
} from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { AppModule } from './app.module';
import { registreerGraphqlGrenzen, registreerGraphqlRand } from './graphql-grenzen';
import { markeerGraphqlLeesroute, registreerLeesroute } from './leesroute';
import { maakOpenApiDocument, REST_BASIS } from './openapi';
import { isPersistedQueryVerzoek } from './persisted-queries';

const LOG_LEVELS: Record<BuurtwerkConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

/** Applies pending migrations, once across concurrently starting replicas (see core's migreer). */
export { migreer };

/** Builds the Nest application (used by main.ts and by every e2e test). */
export async function maakApp(config: BuurtwerkConfig & { databaseUrl: string }): Promise<NestFastifyApplication> {
  if (config.migrateOnStart) {
    const toegepast = await migreer(config.databaseUrl);
    if (toegepast.length > 0) {
      new Logger('Database').log(`Migraties toegepast: ${toegepast.join(', ')}`);
    }
  }
  const adapter = new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    // "/api/v1/buurten/" is not "/api/v1/buurten": 404, never a redirect (NLGov ADR).
    ignoreTrailingSlash: false,
    // Requests refused before routing (undecodable path, too long, broken HTTP) as problem+json too.
    frameworkErrors: frameworkFoutAlsProbleem,
    clientErrorHandler: clientFoutAlsProbleem,
    // Believe X-Forwarded-For only from the proxies TRUST_PROXY names (the per-IP limit keys on request.ip).
    trustProxy: config.trustProxy,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), adapter, {
    logger: LOG_LEVELS[config.logLevel],
    bufferLogs: false,
  });
  // No enableShutdownHooks(): main.ts handles SIGINT/SIGTERM itself (app.close(), then the
  // embedded database). Both at once closed the app twice, ending the database pools twice
  // ("Called end on pool more than once", issue 24).
  const fastify = app.getHttpAdapter().getInstance();
  // Security headers. GraphiQL (development only) needs inline scripts, so CSP is strict only
  // when GraphiQL is off, as in production.
  await app.register(helmet, {
    contentSecurityPolicy: config.graphiql ? false : undefined,
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  // Strict CORS for the browser apps on /graphql; the public REST feeds are open (see below).
  app.enableCors({
    origin: (origin, klaar) => klaar(null, origin === undefined || config.corsOrigins.includes(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'X-API-Key'],
    maxAge: 600,
  });
  // multipart/form-data for uploads of attachments (libs/meedoen); each route sets its own size limit.
  await app.register(multipart, { limits: { files: 1, fields: 5, parts: 6, fileSize: 200 * 1024 * 1024 } });
  registreerApiHeaders(fastify);
  // Per-IP limit for callers without an API key (429 + Retry-After); after CORS, so browsers can read the 429.
  await app.get(Snelheidslimieten).registreer(fastify);
  // ETag, Last-Modified, Cache-Control, Vary: Accept and 304 for the feeds. Before compression:
  // it hashes the uncompressed body.
  registreerFeedCaching(fastify);
  // gzip or br by Accept-Encoding for every answer worth it (REST feeds, GraphQL, the web apps'
  // files; not below 1 KiB). Brotli at quality 4: nearly gzip's speed, smaller answers.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  });
  // Read replicas (DATABASE_READ_URLS): read-only requests read there. Without them, no hooks.
  const leesreplicas = config.databaseReadUrls.length > 0;
  if (leesreplicas) {
    registreerLeesroute(fastify);
    routeerLezenNaarReplica(app.get(DataSource));
  }
  // A POST to /graphql must carry its query as GraphQL text. Mercurius also takes a query that
  // is JSON (it reads it as a parsed AST, so "42" or "{}" reaches graphql-js as a document and
  // fails with a TypeError: a 500) and answers a missing query with an internal error. No valid
  // GraphQL document is valid JSON, so refuse both as the client errors they are (issue 9).
  fastify.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || request.routeOptions.url !== '/graphql') {
      return;
    }
    const isJson = (tekst: string): boolean => {
      try {
        JSON.parse(tekst);
        return true;
      } catch {
        return false;
      }
    };
    const verzoeken: unknown[] = Array.isArray(request.body) ? request.body : [request.body];
    const ongeldig = verzoeken.some((v) => {
      if (isPersistedQueryVerzoek(v)) {
        return false;
      }
      const query = (v as { query?: unknown } | null | undefined)?.query;
      return typeof query !== 'string' || query.trim() === '' || isJson(query);
    });
    if (ongeldig) {
      await reply.status(400).send({
        data: null,
        errors: [
          {
            message: 'Het verzoek moet een GraphQL-query als tekst bevatten (veld "query").',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
    }
  });
  registreerGraphqlRand(fastify, config);
  const openapi = maakOpenApiDocument(app);
  // The feeds and the document are read-only: other methods get 405 with Allow, not 404.
  registreerAlleenLezen(fastify, [
    `${REST_BASIS}/openapi.json`,
    ...Object.keys(openapi.paths).map((pad) => REST_BASIS + pad.replace(/\{([^}]+)\}/g, ':$1')),
  ]);
  // Served without authentication and with open CORS (NLGov ADR /core/doc-openapi).
  fastify.get(`${REST_BASIS}/openapi.json`, async (_req, reply) =>
    reply.header('content-type', 'application/json').send(openapi),
  );
  await app.init();
  registreerGraphqlGrenzen(app, config);
  if (leesreplicas) {
    fastify.graphql.addHook('preExecution', markeerGraphqlLeesroute);
  }
  await app.get(BuurtenService).referentiedataBijwerken();
  return app;
}
