/**
 * The one job runner (issue 16): per instance one round of a job at a time, with the round's
 * claim in PostgreSQL two instances on one database never do one item twice; a failing round
 * comes back after a growing wait; shutdown aborts and waits for the running round.
 */
import { Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { nieuweTestDatabase } from '../../../../test/database';
import { Taakloper, wachtNaFouten } from './taakloper';

/** A promise with its resolve at hand. */
function uitgesteld<T = void>(): { promise: Promise<T>; klaar: (v: T) => void } {
  let klaar!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    klaar = r;
  });
  return { promise, klaar };
}

describe('wachtNaFouten: de wachttijd na mislukte rondes', () => {
  it.each([
    { interval: 1000, fouten: 0, max: 300_000, wacht: 1000 },
    { interval: 1000, fouten: 1, max: 300_000, wacht: 2000 },
    { interval: 1000, fouten: 3, max: 300_000, wacht: 8000 },
    { interval: 1000, fouten: 20, max: 300_000, wacht: 300_000 },
    // An interval longer than the cap: never shorter than the interval itself.
    { interval: 3_600_000, fouten: 2, max: 300_000, wacht: 3_600_000 },
    { interval: 5000, fouten: 1000, max: 60_000, wacht: 60_000 },
  ])('interval $interval ms na $fouten fout(en) op rij: $wacht ms', ({ interval, fouten, max, wacht }) => {
    expect(wachtNaFouten(interval, fouten, max)).toBe(wacht);
  });
});

describe('Taakloper', () => {
  let foutlog: jest.SpyInstance;
  beforeEach(() => {
    foutlog = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  describe('twee instanties op één database', () => {
    let db: Awaited<ReturnType<typeof nieuweTestDatabase>>;
    const pools: Pool[] = [];
    beforeAll(async () => {
      db = await nieuweTestDatabase();
      const p = new Pool({ connectionString: db.url, max: 2 });
      pools.push(p);
      await p.query(`CREATE TABLE proef_taak (id int PRIMARY KEY, status text NOT NULL DEFAULT 'WACHTEND')`);
      await p.query(`CREATE TABLE proef_verwerking (taak_id int NOT NULL, door text NOT NULL)`);
      await p.query(`INSERT INTO proef_taak (id) SELECT generate_series(1, 300)`);
    });
    afterAll(async () => {
      await Promise.all(pools.map((p) => p.end()));
      await db.verwijder();
    });

    it('verwerken elke taak precies één keer, en per instantie loopt nooit meer dan één ronde', async () => {
      const instanties = ['a', 'b'].map((naam) => {
        const pool = new Pool({ connectionString: db.url, max: 3 });
        pools.push(pool);
        const loper = new Taakloper();
        let tegelijk = 0;
        let maxTegelijk = 0;
        const taak = loper.registreer({
          naam: 'proef',
          intervalMs: 1,
          niets: 0,
          nogWerk: (n) => n > 0,
          // The claim every outbox job uses: FOR UPDATE SKIP LOCKED inside the round's transaction.
          ronde: async () => {
            tegelijk += 1;
            maxTegelijk = Math.max(maxTegelijk, tegelijk);
            const c = await pool.connect();
            try {
              await c.query('BEGIN');
              const { rows } = await c.query<{ id: number }>(
                `SELECT id FROM proef_taak WHERE status = 'WACHTEND' ORDER BY id LIMIT 7 FOR UPDATE SKIP LOCKED`,
              );
              const ids = rows.map((r) => r.id);
              await c.query(`SELECT pg_sleep(0.005)`);
              await c.query(`INSERT INTO proef_verwerking (taak_id, door) SELECT unnest($1::int[]), $2`, [ids, naam]);
              await c.query(`UPDATE proef_taak SET status = 'KLAAR' WHERE id = ANY($1::int[])`, [ids]);
              await c.query('COMMIT');
              return ids.length;
            } catch (e) {
              await c.query('ROLLBACK');
              throw e;
            } finally {
              c.release();
              tegelijk -= 1;
            }
          },
        });
        return { loper, taak, max: () => maxTegelijk };
      });
      for (const i of instanties) {
        i.loper.onApplicationBootstrap();
      }
      // Besides the timers, callers ask for rounds on demand on both instances at once.
      const opVerzoek = instanties.flatMap((i) => Array.from({ length: 5 }, () => i.taak.nu()));
      const pool = pools[0];
      for (let i = 0; i < 400; i += 1) {
        const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM proef_taak WHERE status = 'WACHTEND'`);
        if (rows[0].n === 0) {
          break;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
      await Promise.all(opVerzoek);
      await Promise.all(instanties.map((i) => i.loper.onModuleDestroy()));

      const { rows } = await pool.query<{ taken: number; verwerkingen: number; dubbel: number; door: string[] }>(
        `SELECT (SELECT count(*)::int FROM proef_taak WHERE status = 'KLAAR') AS taken,
                (SELECT count(*)::int FROM proef_verwerking) AS verwerkingen,
                (SELECT count(*)::int FROM (SELECT taak_id FROM proef_verwerking GROUP BY taak_id HAVING count(*) > 1) d) AS dubbel,
                (SELECT array_agg(DISTINCT door ORDER BY door) FROM proef_verwerking) AS door`,
      );
      expect(rows[0]).toEqual({ taken: 300, verwerkingen: 300, dubbel: 0, door: ['a', 'b'] });
      expect(instanties.map((i) => i.max())).toEqual([1, 1]);
      expect(foutlog).not.toHaveBeenCalled();
    });
  });

  it('probeert een ronde die faalt opnieuw, met een wachttijd die per fout verdubbelt, en logt elke fout', async () => {
    jest.useFakeTimers();
    const loper = new Taakloper();
    const uitkomsten: Array<'fout' | 'goed'> = ['fout', 'fout', 'fout', 'goed', 'goed'];
    const rondes: number[] = [];
    loper.registreer({
      naam: 'wankel',
      intervalMs: 100,
      niets: null,
      ronde: () => {
        rondes.push(Date.now());
        const uitkomst = uitkomsten.shift();
        return uitkomst === 'fout' ? Promise.reject(new Error('database weg')) : Promise.resolve(null);
      },
    });
    const start = Date.now();
    loper.onApplicationBootstrap();
    // Rounds at 100 (fails), +200 (fails), +400 (fails), +800 (succeeds), then +100 again.
    await jest.advanceTimersByTimeAsync(100 + 200 + 400 + 800 + 100);
    await loper.onModuleDestroy();
    expect(rondes.map((t) => t - start)).toEqual([100, 300, 700, 1500, 1600]);
    expect(foutlog.mock.calls.map((c: unknown[]) => c[0])).toEqual([
      'wankel: ronde mislukt (1e keer op rij; volgende over 200 ms): database weg',
      'wankel: ronde mislukt (2e keer op rij; volgende over 400 ms): database weg',
      'wankel: ronde mislukt (3e keer op rij; volgende over 800 ms): database weg',
    ]);
  });

  it('geeft een fout van een ronde op verzoek door aan wie erom vroeg', async () => {
    const loper = new Taakloper();
    const taak = loper.registreer({
      naam: 'stuk',
      intervalMs: 0,
      niets: 0,
      ronde: () => Promise.reject(new Error('kapot')),
    });
    await expect(taak.nu()).rejects.toThrow('kapot');
    await loper.onModuleDestroy();
  });

  it('laat wie tijdens een lopende ronde vraagt wachten op één volgende ronde, gedeeld door alle vragers', async () => {
    const loper = new Taakloper();
    const poort = uitgesteld();
    let n = 0;
    const taak = loper.registreer({
      naam: 'teller',
      intervalMs: 0,
      niets: -1,
      ronde: async () => {
        n += 1;
        const mijn = n;
        if (mijn === 1) {
          await poort.promise;
        }
        return mijn;
      },
    });
    const eerste = taak.nu();
    const tweede = taak.nu();
    const derde = taak.nu();
    poort.klaar();
    expect(await Promise.all([eerste, tweede, derde])).toEqual([1, 2, 2]);
    expect(n).toBe(2);
    await loper.onModuleDestroy();
  });

  it('wacht bij het afsluiten op de lopende ronde, breekt haar werk af en start daarna niets meer', async () => {
    const loper = new Taakloper();
    const gestart = uitgesteld();
    const werk = uitgesteld();
    let afgebroken = false;
    let rondes = 0;
    let rondeKlaar = false;
    const taak = loper.registreer({
      naam: 'traag',
      intervalMs: 1,
      niets: 'niets',
      ronde: async (stop) => {
        rondes += 1;
        gestart.klaar();
        stop.addEventListener('abort', () => {
          afgebroken = true;
        });
        await werk.promise;
        rondeKlaar = true;
        return 'klaar';
      },
    });
    loper.onApplicationBootstrap();
    await gestart.promise;
    let gesloten = false;
    const sluiten = loper.onModuleDestroy().then(() => {
      gesloten = true;
    });
    await new Promise((r) => setImmediate(r));
    expect(afgebroken).toBe(true);
    expect(gesloten).toBe(false);
    werk.klaar();
    await sluiten;
    expect(rondeKlaar).toBe(true);
    expect(await taak.nu()).toBe('niets');
    await new Promise((r) => setTimeout(r, 20));
    expect(rondes).toBe(1);
  });
});
