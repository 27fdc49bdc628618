/** npm run db:migration:run | db:migration:revert — against DATABASE_URL. */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig, migreer } from '@buurtwerk/core';

async function main(): Promise<void> {
  const actie = process.argv[2];
  const { databaseUrl } = loadConfig();
  if (!databaseUrl) {
    console.error('Zet DATABASE_URL (bijvoorbeeld postgres://postgres@127.0.0.1:5432/buurtwerk).');
    process.exit(2);
  }
  if (actie !== 'revert') {
    // The same advisory lock as the API's start-up: safe beside starting replicas (a Job, compose).
    const m = await migreer(databaseUrl);
    console.log(m.length ? `Toegepast: ${m.join(', ')}` : 'Alle migraties waren al toegepast.');
    return;
  }
  const ds = new DataSource({ ...dataSourceOptions(databaseUrl, 2), migrationsTransactionMode: 'each' });
  await ds.initialize();
  try {
    await ds.undoLastMigration();
    console.log('Laatste migratie teruggedraaid.');
  } finally {
    await ds.destroy();
  }
}

void main();
