/**
 * Runs once before all test files: finds a PostgreSQL server (DATABASE_URL, else an embedded
 * one in a temporary folder), and migrates a template database. Each test file then clones the
 * template (CREATE DATABASE ... TEMPLATE ...), so files run in parallel on their own data.
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, startEmbeddedPostgres } from '../libs/core/src';

declare global {
  var __BUURTWERK_EMBEDDED__: { stop: () => Promise<void> } | undefined;
  var __BUURTWERK_EMBEDDED_DIR__: string | undefined;
}

export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), 'buurtwerk-test-'));
    // mkdtemp makes the folder private; as root the server runs as another user, which must reach
    // its data folder inside it (otherwise it falls back to one shared folder and parallel runs collide).
    chmodSync(dir, 0o755);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres') });
    globalThis.__BUURTWERK_EMBEDDED__ = pg;
    globalThis.__BUURTWERK_EMBEDDED_DIR__ = dir;
    serverUrl = pg.url();
  }
  const run = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const template = `bw_${run}_template`;
  const beheer = new Client({ connectionString: serverUrl });
  await beheer.connect();
  await beheer.query(`CREATE DATABASE ${template}`);
  await beheer.end();

  const url = new URL(serverUrl);
  url.pathname = `/${template}`;
  const ds = new DataSource({ ...dataSourceOptions(url.toString(), 1), migrationsTransactionMode: 'each' });
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();

  // Test workers are started after this and inherit the environment.
  process.env.BW_TEST_SERVER_URL = serverUrl;
  process.env.BW_TEST_RUN = run;
  process.env.BW_TEST_TEMPLATE = template;
}
