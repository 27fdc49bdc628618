/**
 * npm run db:migration:generate -- <Naam>
 * Compares the entities with a fresh database that has every existing migration applied, and
 * writes the difference as a new migration in libs/core/src/database/migrations (added to its
 * index.ts). Uses DATABASE_URL's server, or a temporary embedded PostgreSQL.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, type EmbeddedPostgres, startEmbeddedPostgres } from '@buurtwerk/core';
import { alleEntiteiten } from '../test/entities';

async function main(): Promise<void> {
  const naam = process.argv[2];
  // --alleen lib1,lib2: only these libraries' entities (plus the foundation's), so that two
  // people working on different libraries each generate only their own tables.
  const alleenArg = process.argv.find((a) => a.startsWith('--alleen='));
  const alleen = alleenArg ? ['buurten', 'partners', ...alleenArg.slice('--alleen='.length).split(',')] : undefined;
  if (!naam || !/^[A-Z][A-Za-z0-9]*$/.test(naam)) {
    console.error('Gebruik: npm run db:migration:generate -- NaamInPascalCase');
    process.exit(2);
  }
  let embedded: EmbeddedPostgres | null = null;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(tmpdir(), `buurtwerk-migratie-${process.pid}`) });
    serverUrl = embedded.url();
  }
  const dbNaam = `buurtwerk_migratie_${Date.now()}`;
  const beheer = new Client({ connectionString: serverUrl });
  await beheer.connect();
  await beheer.query(`CREATE DATABASE ${dbNaam}`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbNaam}`;
  const ds = new DataSource({ ...dataSourceOptions(url.toString(), 2), entities: alleEntiteiten(alleen) });
  try {
    await ds.initialize();
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('Geen verschil tussen entiteiten en migraties: niets te genereren.');
      return;
    }
    const ts = Date.now();
    const klasse = `${naam}${ts}`;
    const esc = (q: string): string => q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
    const up = sql.upQueries.map((q) => `    await queryRunner.query(\`${esc(q.query)}\`);`).join('\n');
    const down = [...sql.downQueries]
      .reverse()
      .map((q) => `    await queryRunner.query(\`${esc(q.query)}\`);`)
      .join('\n');
    const bestand = `${ts}-${naam.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    const dir = path.join(__dirname, '..', 'libs', 'core', 'src', 'database', 'migrations');
    writeFileSync(
      path.join(dir, `${bestand}.ts`),
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${klasse} implements MigrationInterface {\n  name = '${klasse}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    const indexPad = path.join(dir, 'index.ts');
    let index = readFileSync(indexPad, 'utf8');
    index = index.replace(/(\nexport const MIGRATIES)/, `import { ${klasse} } from './${bestand}';\n$1`);
    index = index.replace(/MIGRATIES(: Function\[\])? = \[([^\]]*)\]/, (_m, _t: string, lijst: string) => {
      const items = lijst
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return `MIGRATIES = [${[...items, klasse].join(', ')}]`;
    });
    writeFileSync(indexPad, index);
    execFileSync(path.join(__dirname, '..', 'node_modules', '.bin', 'prettier'), [
      '--write',
      indexPad,
      path.join(dir, `${bestand}.ts`),
    ]);
    console.log(`Migratie geschreven: libs/core/src/database/migrations/${bestand}.ts`);
  } finally {
    if (ds.isInitialized) {
      await ds.destroy();
    }
    await beheer.query(`DROP DATABASE IF EXISTS ${dbNaam}`);
    await beheer.end();
    await embedded?.stop();
  }
}

void main();
