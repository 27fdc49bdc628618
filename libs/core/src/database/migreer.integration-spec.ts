/**
 * Several API replicas start at once against a fresh database: the migrations must run exactly
 * once and every replica must start (issue 8, scale beyond one machine).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { MIGRATIES } from './migrations';
import { MIGRATIE_SLOT, migreer } from './migreer';

const serverUrl = (): string => {
  const url = process.env.BW_TEST_SERVER_URL;
  if (!url) {
    throw new Error('Draai deze test met npm test (jest globalSetup).');
  }
  return url;
};

async function metBeheer<T>(werk: (c: Client) => Promise<T>, url = serverUrl()): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await werk(c);
  } finally {
    await c.end();
  }
}

/** An empty database (not a clone of the migrated template). */
async function legeDatabase(): Promise<{ url: string; verwijder: () => Promise<void> }> {
  const naam = `bw_${process.env.BW_TEST_RUN}_leeg_${randomBytes(4).toString('hex')}`;
  await metBeheer((c) => c.query(`CREATE DATABASE ${naam}`));
  const url = new URL(serverUrl());
  url.pathname = `/${naam}`;
  return {
    url: url.toString(),
    verwijder: () => metBeheer((c) => c.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`)).then(() => undefined),
  };
}

const toegepasteMigraties = (url: string): Promise<string[]> =>
  metBeheer(
    async (c) => (await c.query<{ name: string }>('SELECT name FROM migraties ORDER BY id')).rows.map((r) => r.name),
    url,
  );

const tabelBestaat = (url: string, tabel: string): Promise<boolean> =>
  metBeheer(async (c) => (await c.query<{ r: string | null }>('SELECT to_regclass($1) AS r', [tabel])).rows[0].r !== null, url);

describe('migreer bij gelijktijdig startende replica’s', () => {
  const databases: Array<{ verwijder: () => Promise<void> }> = [];
  afterAll(async () => {
    for (const db of databases) {
      await db.verwijder();
    }
  });

  it('drie gelijktijdige starts op een lege database slagen allemaal en passen elke migratie één keer toe', async () => {
    const db = await legeDatabase();
    databases.push(db);

    const resultaten = await Promise.all([migreer(db.url), migreer(db.url), migreer(db.url)]);

    const alleNamen = MIGRATIES.map((m) => m.name);
    // Exactly one of them did the work; the others found nothing left to do.
    const metWerk = resultaten.filter((r) => r.length > 0);
    expect(metWerk).toHaveLength(1);
    expect(metWerk[0]).toEqual(alleNamen);
    expect(resultaten.flat()).toHaveLength(alleNamen.length);
    expect(await toegepasteMigraties(db.url)).toEqual(alleNamen);
    // A later start has nothing to do either.
    expect(await migreer(db.url)).toEqual([]);
  });

  it('wacht op een proces dat al migreert, en migreert daarna zelf niets dubbel', async () => {
    const db = await legeDatabase();
    databases.push(db);
    // Another process holds the migration lock (as a replica does while it migrates).
    const ander = new Client({ connectionString: db.url });
    await ander.connect();
    try {
      await ander.query('SELECT pg_advisory_lock($1)', [MIGRATIE_SLOT]);
      const wachtend = migreer(db.url);
      // Wait until the migration is queued on the lock (observed in pg_locks, not by time).
      let wachtOpSlot = false;
      for (let i = 0; i < 400 && !wachtOpSlot; i++) {
        const { rowCount } = await ander.query(
          `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
             AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        );
        wachtOpSlot = (rowCount ?? 0) > 0;
        if (!wachtOpSlot) {
          await new Promise((r) => setTimeout(r, 25));
        }
      }
      expect(wachtOpSlot).toBe(true);
      expect(await tabelBestaat(db.url, 'migraties')).toBe(false);

      await ander.query('SELECT pg_advisory_unlock($1)', [MIGRATIE_SLOT]);
      expect(await wachtend).toEqual(MIGRATIES.map((m) => m.name));
    } finally {
      await ander.end();
    }
  });

  it('geeft het slot vrij als een migratie mislukt, zodat de volgende start het opnieuw kan proberen', async () => {
    const db = await legeDatabase();
    databases.push(db);
    // A foreign table named like TypeORM's bookkeeping makes migrating fail.
    await metBeheer((c) => c.query('CREATE TABLE migraties (id integer)'), db.url);
    await expect(migreer(db.url)).rejects.toThrow();

    // The lock is free again: another session gets it at once.
    const vrij = await metBeheer(
      async (c) => (await c.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [MIGRATIE_SLOT])).rows[0].ok,
      db.url,
    );
    expect(vrij).toBe(true);
  });
});
