import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import path from 'node:path';
import {
  BewaakteClient,
  ConfigError,
  type EmbeddedPostgres,
  loadConfig,
  migreer,
  projectPad,
  startEmbeddedPostgres,
} from '@buurtwerk/core';
import { maakApp } from './app.factory';
import { demodataBijStart, laadDemodata } from './demo/demo-data';
import { registreerDocs } from './web/docs';
import { registreerWebApps } from './web/web-apps';

const logger = new Logger('Buurtwerk');

async function zorgDatabase(url: string): Promise<void> {
  const doel = new URL(url);
  const naam = decodeURIComponent(doel.pathname.slice(1));
  const beheer = new URL(url);
  beheer.pathname = '/postgres';
  const client = new BewaakteClient({ connectionString: beheer.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [naam]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${naam.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
}

/**
 * `main.js --alleen-migraties`: apply pending migrations to DATABASE_URL and stop (the one-shot
 * migrations service of docker-compose.yml and the Kubernetes Job). Safe beside starting API
 * replicas: migreer takes turns through an advisory lock.
 */
async function alleenMigraties(): Promise<void> {
  // Only the database matters here: no OpenID Connect settings needed to migrate.
  const { databaseUrl } = loadConfig({ DATABASE_URL: process.env.DATABASE_URL });
  if (databaseUrl === null) {
    throw new ConfigError('DATABASE_URL', 'is verplicht voor --alleen-migraties');
  }
  const toegepast = await migreer(databaseUrl);
  logger.log(toegepast.length > 0 ? `Migraties toegepast: ${toegepast.join(', ')}` : 'Alle migraties waren al toegepast.');
}

/**
 * `npm run demo:reset` (`main.js --demo-opnieuw`): throws the embedded demo database away and
 * builds it again (migrations, buurten, demo data), with today as its reference date. Only the
 * embedded database of `npm start`: with DATABASE_URL set or NODE_ENV=production it refuses, so
 * it can never empty a real database.
 */
async function demoOpnieuw(): Promise<void> {
  const config = loadConfig();
  if (config.nodeEnv === 'production' || config.databaseUrl !== null) {
    throw new ConfigError(
      'DATABASE_URL',
      'demo:reset bouwt alleen de ingebouwde demodatabase van npm start opnieuw op: zet geen DATABASE_URL en geen NODE_ENV=production',
    );
  }
  const dataDir = process.env.EMBEDDED_PG_DIR ?? projectPad('.data', 'postgres');
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    log: (r) => logger.log(r),
  });
  try {
    const databaseUrl = embedded.url('buurtwerk');
    const beheer = new BewaakteClient({ connectionString: embedded.url('postgres') });
    await beheer.connect();
    try {
      await beheer.query('DROP DATABASE IF EXISTS "buurtwerk" WITH (FORCE)');
    } finally {
      await beheer.end();
    }
    await zorgDatabase(databaseUrl);
    const app = await maakApp({ ...config, databaseUrl });
    try {
      await laadDemodata(app);
    } finally {
      await app.close();
    }
    logger.log('De demodatabase is opnieuw opgebouwd. Start met: npm start');
  } finally {
    await embedded.stop();
  }
}

async function start(): Promise<void> {
  if (process.argv.includes('--alleen-migraties')) {
    await alleenMigraties();
    process.exit(0);
  }
  if (process.argv.includes('--demo-opnieuw')) {
    await demoOpnieuw();
    process.exit(0);
  }
  const zonderDemo = process.argv.includes('--zonder-demo');
  const config = loadConfig();
  let embedded: EmbeddedPostgres | null = null;
  let databaseUrl = config.databaseUrl;
  if (databaseUrl === null) {
    if (zonderDemo) {
      throw new ConfigError(
        'DATABASE_URL',
        'is verplicht voor npm run start:api (gebruik npm start voor de ingebouwde database)',
      );
    }
    const dataDir = process.env.EMBEDDED_PG_DIR ?? projectPad('.data', 'postgres');
    logger.log(`Geen DATABASE_URL: ingebouwde PostgreSQL starten in ${path.relative(process.cwd(), dataDir) || dataDir} ...`);
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
      log: (r) => logger.log(r),
    });
    databaseUrl = embedded.url('buurtwerk');
    await zorgDatabase(databaseUrl);
  }
  const app = await maakApp({ ...config, databaseUrl });
  await registreerWebApps(app);
  await registreerDocs(app);
  if (demodataBijStart(process.argv, config)) {
    await laadDemodata(app);
  } else if (!zonderDemo) {
    logger.log('NODE_ENV=production: geen voorbeeldgegevens geladen.');
  }
  let stopt = false;
  const stop = async (signaal: string): Promise<void> => {
    if (stopt) {
      return;
    }
    stopt = true;
    logger.log(`${signaal} ontvangen: lopende verzoeken afronden en stoppen ...`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const basis = `http://localhost:${config.port}`;
  logger.log(`Buurtwerk draait:`);
  logger.log(`  GraphQL API     ${basis}/graphql${config.graphiql ? `   (GraphiQL: ${basis}/graphiql)` : ''}`);
  logger.log(`  Buurtportaal    ${basis}/buurtportaal/`);
  logger.log(`  Regiepaneel     ${basis}/regiepaneel/`);
  logger.log(`  REST/OpenAPI    ${basis}/api/v1/openapi.json`);
  logger.log(`  Gezondheid      ${basis}/health/live  ${basis}/health/ready`);
  logger.log(`  Database        ${embedded ? `ingebouwd, poort ${embedded.port}, map ${embedded.dataDir}` : 'DATABASE_URL'}`);
  logger.log(`  Ontwikkeltoken  npm run token -- --rol BUURTREGISSEUR`);
}

start().catch((e: unknown) => {
  if (e instanceof ConfigError) {
    logger.error(e.message);
  } else {
    logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  }
  process.exit(1);
});
