/** npm run db:migration:run | db:migration:revert — against DATABASE_URL. */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig } from '@buurtwerk/core';

async function main(): Promise<void> {
  const actie = process.argv[2];
  const { databaseUrl } = loadConfig();
  if (!databaseUrl) {
    console.error('Zet DATABASE_URL (bijvoorbeeld postgres://postgres@127.0.0.1:5432/buurtwerk).');
    process.exit(2);
  }
  const ds = new DataSource({ ...dataSourceOptions(databaseUrl, 2), migrationsTransactionMode: 'each' });
  await ds.initialize();
  try {
    if (actie === 'revert') {
      await ds.undoLastMigration();
      console.log('Laatste migratie teruggedraaid.');
    } else {
      const m = await ds.runMigrations();
      console.log(m.length ? `Toegepast: ${m.map((x) => x.name).join(', ')}` : 'Alle migraties waren al toegepast.');
    }
  } finally {
    await ds.destroy();
  }
}

void main();
