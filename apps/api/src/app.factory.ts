import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { type BuurtwerkConfig, dataSourceOptions, registreerApiHeaders } from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { AppModule } from './app.module';
import { maakOpenApiDocument, REST_BASIS } from './openapi';

const LOG_LEVELS: Record<BuurtwerkConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

/** Applies pending migrations in one transaction each (TypeORM's migrationsTransactionMode 'each'). */
export async function migreer(databaseUrl: string): Promise<string[]> {
  const ds = new DataSource({ ...dataSourceOptions(databaseUrl, 2), migrationsTransactionMode: 'each' });
  await ds.initialize();
  try {
    const toegepast = await ds.runMigrations();
    return toegepast.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

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
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), adapter, {
    logger: LOG_LEVELS[config.logLevel],
    bufferLogs: false,
  });
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  registreerApiHeaders(fastify);
  const openapi = maakOpenApiDocument(app);
  // Served without authentication and with open CORS (NLGov ADR /core/doc-openapi).
  fastify.get(`${REST_BASIS}/openapi.json`, async (_req, reply) =>
    reply.header('content-type', 'application/json').send(openapi),
  );
  await app.init();
  await app.get(BuurtenService).referentiedataBijwerken();
  return app;
}
