/**
 * A connection the server cuts must never end the process (issue 15). pg-pool hands a new client
 * out without any 'error' listener, and TypeORM attaches its own only a microtask later: an error
 * emitted in between (the server's termination arriving in the same packet as the end of the
 * start-up) was an uncaught 'error' event. These tests open exactly that gap, for the primary's
 * pool and a replica's pool, and cut real connections with pg_terminate_backend.
 */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { Client, Pool, type PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { dataSourceOptions } from './data-source';
import { bewaakVerbinding } from './verbindingsfouten';

const serverUrl = (): string => {
  const url = process.env.BW_TEST_SERVER_URL;
  if (!url) {
    throw new Error('Draai deze test met npm test (jest globalSetup).');
  }
  return url;
};

/** The client exactly as the pool hands it out, before its user attached anything. */
function ongebruikteClient(pool: Pool): Promise<{ client: PoolClient; luisteraars: number; fout: unknown }> {
  return new Promise((klaar, mislukt) => {
    pool.connect((err, client, release) => {
      if (err || !client) {
        mislukt(err ?? new Error('geen client'));
        return;
      }
      const luisteraars = client.listenerCount('error');
      let fout: unknown = null;
      try {
        // What pg does when the server's termination arrives in this very moment.
        client.emit('error', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }));
      } catch (e) {
        fout = e;
      }
      release(true);
      klaar({ client, luisteraars, fout });
    });
  });
}

/** Cuts one backend from another session, as a failover or an administrator does. */
async function verbreek(pid: number): Promise<void> {
  const beheer = new Client({ connectionString: serverUrl() });
  await beheer.connect();
  try {
    await beheer.query('SELECT pg_terminate_backend($1)', [pid]);
  } finally {
    await beheer.end();
  }
}

const wachtOpEinde = (client: Client): Promise<void> => new Promise((r) => client.once('end', () => r()));

describe('Verbroken databaseverbindingen', () => {
  let ds: DataSource;
  const waarschuwingen: string[] = [];

  beforeAll(async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((bericht: unknown) => {
      waarschuwingen.push(String(bericht));
    });
    // The replica is the same server here: only the pools matter.
    ds = new DataSource({ ...dataSourceOptions(serverUrl(), 2, [serverUrl()]), migrations: [] });
    await ds.initialize();
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await ds.destroy();
  });

  it('geeft elke verbinding van de primaire en de replica-pool vanaf het begin een foutluisteraar', async () => {
    const driver = ds.driver as PostgresDriver;
    const pools = [driver.master as Pool, ...(driver.slaves as Pool[])];
    expect(pools).toHaveLength(2);
    for (const pool of pools) {
      const { luisteraars, fout } = await ongebruikteClient(pool);
      expect(fout).toBeNull();
      expect(luisteraars).toBeGreaterThan(0);
    }
  });

  it('overleeft een verbinding die de server verbreekt terwijl niemand een query heeft lopen, en gaat door met een nieuwe', async () => {
    waarschuwingen.length = 0;
    const driver = ds.driver as PostgresDriver;
    const client = await (driver.master as Pool).connect();
    // Nobody else listens: only the client's own listener stands between this and a crash.
    const pid = (client as unknown as { processID: number }).processID;
    const einde = wachtOpEinde(client);
    await verbreek(pid);
    await einde;
    client.release(true);
    // Operators see it once, without the connection string (it can hold a password).
    expect(waarschuwingen.filter((w) => w.includes('57P01'))).toHaveLength(1);
    expect(waarschuwingen.join('\n')).not.toContain('postgres://');
    const [{ ok }] = await ds.query<Array<{ ok: number }>>('SELECT 1 AS ok');
    expect(ok).toBe(1);
  });

  it('bewaakt ook een losse pg-pool (bijvoorbeeld van een bibliotheek) en zijn clients', async () => {
    const pool = bewaakVerbinding(new Pool({ connectionString: serverUrl(), max: 2 }));
    try {
      const { luisteraars, fout } = await ongebruikteClient(pool);
      expect(fout).toBeNull();
      expect(luisteraars).toBeGreaterThan(0);
      const client = await pool.connect();
      const einde = wachtOpEinde(client);
      await verbreek((client as unknown as { processID: number }).processID);
      await einde;
      client.release(true);
      expect((await pool.query<{ ok: number }>('SELECT 1 AS ok')).rows[0].ok).toBe(1);
    } finally {
      await pool.end();
    }
  });
});
