/**
 * npx ts-node -r tsconfig-paths/register bench/taken.ts [--achterstand 2000 --per-seconde 40 --seconden 10 --batch-pgboss 20]
 *
 * The job runner compared with pg-boss (issue 16), on the mail outbox: what the API runs
 * (`Taakloper` + `UitgaandeMailVerzender`, rows in `uitgaande_mail` claimed with FOR UPDATE SKIP
 * LOCKED) against the same job on pg-boss 10 (a job per mail, enqueued with `send(..., { db })`
 * inside the caller's TypeORM transaction, `work()` with the same batch size). Both run as two
 * "instances" (two pools, two workers) on one fresh database `buurtwerk_bench_taken` on
 * DATABASE_URL's server; the transport does nothing, so only queueing is measured.
 *
 * Per variant:
 *  - outbox guarantee: 100 transactions enqueue and then roll back; 100 commit. Left behind must
 *    be 0 and 100. For pg-boss also `send()` without `db` (its own pool), the usual call.
 *  - backlog: N mails committed with the workers off, then both start: time until all are sent.
 *  - stream: a steady rate for some seconds: latency from commit to send (p50, p99, max).
 *  - idle: 10 s with an empty queue: what the workers cost the database doing nothing.
 *  - database load per phase from pg_stat_database (transactions, rows read/written, buffer hits)
 *    and the largest number of connections; Node CPU time; items sent more than once.
 *
 * pg-boss is no longer a dependency (the runner was chosen, see docs/jobs.md). To run this
 * comparison again: `npm install --no-save pg-boss@10.4.2` first; without it only the runner is
 * measured. Figures and the decision: docs/jobs.md.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import {
  dataSourceOptions,
  mailInWachtrij,
  migreer,
  PersoonsgegevensRegister,
  Taakloper,
  UitgaandeMailEntity,
  UitgaandeMailVerzender,
} from '@buurtwerk/core';
import { databaseUrl, maakDatabase } from './genereer';

const DATABASE = 'buurtwerk_bench_taken';
const BATCH = 20; // the mail outbox's batch size; pg-boss gets the same
const POLL_MS = 500; // pg-boss's smallest polling interval; the runner gets the same

function argument(naam: string, standaard: number): number {
  const i = process.argv.indexOf(`--${naam}`);
  return i >= 0 ? Number(process.argv[i + 1]) : standaard;
}
const wacht = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The part of pg-boss 10's API this bench uses (the package is loaded only when installed). */
interface SqlUitvoerder {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}
interface PgBoss {
  on(event: 'error', cb: (e: Error) => void): void;
  start(): Promise<unknown>;
  stop(opties: { graceful: boolean; wait: boolean; timeout?: number }): Promise<void>;
  createQueue(naam: string, opties?: Record<string, unknown>): Promise<void>;
  send(naam: string, data: object, opties?: { db?: SqlUitvoerder }): Promise<string | null>;
  work(
    naam: string,
    opties: Record<string, unknown>,
    verwerk: (jobs: Array<{ data: { i: number } }>) => Promise<void>,
  ): Promise<string>;
}
type PgBossKlasse = new (opties: Record<string, unknown>) => PgBoss;

async function laadPgBoss(): Promise<PgBossKlasse | null> {
  const naam = 'pg-boss';
  try {
    const mod = (await import(naam)) as { default?: PgBossKlasse } & PgBossKlasse;
    return mod.default ?? mod;
  } catch {
    return null;
  }
}

/** pg-boss runs its SQL on the caller's TypeORM transaction: the outbox guarantee. */
const inTransactie = (tx: EntityManager): SqlUitvoerder => ({
  executeSql: async (text, values) => ({ rows: (await tx.query(text, values)) as unknown[] }),
});

interface Belasting {
  transacties: number;
  rijenGelezen: number;
  rijenGeschreven: number;
  buffers: number;
}

async function belasting(beheer: Client): Promise<Belasting> {
  // Backends report their counters at most once a second, and when idle.
  await wacht(1200);
  await beheer.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await beheer.query<Record<string, string>>(
    `SELECT xact_commit + xact_rollback AS transacties, tup_returned + tup_fetched AS gelezen,
            tup_inserted + tup_updated + tup_deleted AS geschreven, blks_hit + blks_read AS buffers
       FROM pg_stat_database WHERE datname = $1`,
    [DATABASE],
  );
  const r = rows[0];
  return {
    transacties: Number(r.transacties),
    rijenGelezen: Number(r.gelezen),
    rijenGeschreven: Number(r.geschreven),
    buffers: Number(r.buffers),
  };
}
const verschil = (a: Belasting, b: Belasting): Belasting => ({
  transacties: b.transacties - a.transacties,
  rijenGelezen: b.rijenGelezen - a.rijenGelezen,
  rijenGeschreven: b.rijenGeschreven - a.rijenGeschreven,
  buffers: b.buffers - a.buffers,
});

/** A variant: how to enqueue one mail in a transaction, how to start and stop two workers. */
interface Variant {
  naam: string;
  zetInWachtrij(tx: EntityManager, i: number): Promise<void>;
  wachtend(): Promise<number>;
  /** Connects both instances (pools, pg-boss's start) without working yet: not measured. */
  bereid(): Promise<void>;
  start(verwerkt: (i: number) => void): Promise<void>;
  stop(): Promise<void>;
}

function runner(urls: string, bron: DataSource): Variant {
  const instanties: Array<{ ds: DataSource; loper: Taakloper }> = [];
  return {
    naam: 'Taakloper (uitgaande_mail)',
    zetInWachtrij: (tx, i) => mailInWachtrij(tx, [{ soort: 'BENCH', aan: `bench-${i}@example.org`, onderwerp: 'x', tekst: 'x' }]),
    wachtend: async () =>
      Number((await bron.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM uitgaande_mail WHERE status = 'WACHTEND'`))[0].n),
    bereid: async () => {
      for (let k = 0; k < 2; k += 1) {
        const ds = new DataSource({ ...dataSourceOptions(urls, 10), entities: [UitgaandeMailEntity] });
        await ds.initialize();
        await ds.query('SELECT 1');
        instanties.push({ ds, loper: new Taakloper() });
      }
    },
    start: (verwerkt) => {
      process.env.MAIL_INTERVAL_MS = String(POLL_MS);
      for (const { ds, loper } of instanties) {
        const verzender = new UitgaandeMailVerzender(ds, loper, new PersoonsgegevensRegister());
        verzender.gebruikTransport({
          verstuur: (m) => {
            verwerkt(Number(/bench-(\d+)@/.exec(m.aan)?.[1]));
            return Promise.resolve();
          },
        });
        loper.onApplicationBootstrap();
      }
      return Promise.resolve();
    },
    stop: async () => {
      for (const { ds, loper } of instanties.splice(0)) {
        await loper.onModuleDestroy();
        await ds.destroy();
      }
    },
  };
}

function pgBoss(PgBossKlasse: PgBossKlasse, url: string, bron: DataSource, metDb: boolean): Variant {
  // Two instances, as in the API: each sends and works; the first one also sends for the bench.
  const instanties: PgBoss[] = [];
  const instantie = async (): Promise<PgBoss> => {
    const boss = new PgBossKlasse({ connectionString: url, max: 10 });
    boss.on('error', (e) => console.error(`pg-boss: ${e.message}`));
    await boss.start();
    instanties.push(boss);
    return boss;
  };
  let zender: Promise<PgBoss> | null = null;
  const eerste = (): Promise<PgBoss> =>
    (zender ??= instantie().then(async (boss) => {
      await boss.createQueue('mail', { retryLimit: 8, retryDelay: 60, retryBackoff: true });
      return boss;
    }));
  return {
    naam: metDb ? 'pg-boss 10' : 'pg-boss 10, send() zonder db',
    zetInWachtrij: async (tx, i) => {
      await (await eerste()).send('mail', { i }, metDb ? { db: inTransactie(tx) } : {});
    },
    wachtend: async () =>
      Number(
        (
          await eerste().then(() =>
            bron.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'mail' AND state < 'completed'`),
          )
        )[0].n,
      ),
    bereid: async () => {
      await eerste();
      await instantie();
    },
    start: async (verwerkt) => {
      for (const boss of instanties) {
        await boss.work(
          'mail',
          { batchSize: argument('batch-pgboss', BATCH), pollingIntervalSeconds: POLL_MS / 1000 },
          (jobs) => {
            for (const j of jobs) {
              verwerkt(j.data.i);
            }
            return Promise.resolve();
          },
        );
      }
    },
    stop: async () => {
      for (const boss of instanties.splice(0)) {
        await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      }
    },
  };
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function meet(v: Variant, bron: DataSource, beheer: Client, opties: { n: number; perSeconde: number; seconden: number }) {
  const regels: string[] = [];
  // 1. The outbox guarantee.
  const voor = await v.wachtend();
  for (let i = 0; i < 100; i += 1) {
    await bron
      .transaction(async (tx) => {
        await v.zetInWachtrij(tx, 1_000_000 + i);
        throw new Error('terugrollen');
      })
      .catch(() => undefined);
  }
  const naTerugrollen = (await v.wachtend()) - voor;
  for (let i = 0; i < 100; i += 1) {
    await bron.transaction((tx) => v.zetInWachtrij(tx, 2_000_000 + i));
  }
  const naCommit = (await v.wachtend()) - voor - naTerugrollen;
  regels.push(`outbox: ${naTerugrollen} van 100 teruggerolde en ${naCommit} van 100 gecommitte blijven in de wachtrij`);

  // 2. Backlog: N committed while the workers are off.
  for (let i = 0; i < opties.n; i += 8) {
    await Promise.all(
      Array.from({ length: Math.min(8, opties.n - i) }, (_, k) => bron.transaction((tx) => v.zetInWachtrij(tx, i + k))),
    );
  }
  const aantal = new Map<number, number>();
  const verzondenOp = new Map<number, number>();
  const verwerkt = (i: number): void => {
    aantal.set(i, (aantal.get(i) ?? 0) + 1);
    if (!verzondenOp.has(i)) {
      verzondenOp.set(i, performance.now());
    }
  };
  let maxVerbindingen = 0;
  const tel = setInterval(() => {
    beheer
      .query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [DATABASE])
      .then((r) => {
        maxVerbindingen = Math.max(maxVerbindingen, Number(r.rows[0].n) - 0);
      })
      .catch(() => undefined);
  }, 200);
  const doel = opties.n + 100;
  // Statistics as autovacuum would have them after such a batch (else every plan is a seq scan).
  await bron.query('ANALYZE');
  const b0 = await belasting(beheer);
  await v.bereid();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await v.start(verwerkt);
  while (aantal.size < doel) {
    await wacht(5);
  }
  const duur = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const b1 = await belasting(beheer);
  const bl = verschil(b0, b1);
  regels.push(
    `achterstand ${opties.n}: ${duur.toFixed(2)} s, ${(doel / duur).toFixed(0)} mails/s, node-cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, ` +
      `db: ${bl.transacties} transacties, ${bl.rijenGelezen} rijen gelezen, ${bl.rijenGeschreven} geschreven, ${bl.buffers} buffers`,
  );

  // 3. Stream: a steady rate while the workers run; latency from commit to send.
  const gecommit = new Map<number, number>();
  const b2 = await belasting(beheer);
  const eind = performance.now() + opties.seconden * 1000;
  let i = 3_000_000;
  while (performance.now() < eind) {
    const t = performance.now();
    const nr = i;
    i += 1;
    await bron.transaction((tx) => v.zetInWachtrij(tx, nr));
    gecommit.set(nr, performance.now());
    await wacht(Math.max(0, 1000 / opties.perSeconde - (performance.now() - t)));
  }
  while ([...gecommit.keys()].some((k) => !verzondenOp.has(k))) {
    await wacht(5);
  }
  const b3 = await belasting(beheer);
  const wachttijden = [...gecommit].map(([k, t]) => (verzondenOp.get(k) ?? t) - t);
  const sl = verschil(b2, b3);
  regels.push(
    `stroom ${opties.perSeconde}/s × ${opties.seconden} s (${gecommit.size}): latentie p50 ${pct(wachttijden, 50).toFixed(0)} ms, ` +
      `p99 ${pct(wachttijden, 99).toFixed(0)} ms, max ${Math.max(...wachttijden).toFixed(0)} ms; ` +
      `db: ${sl.transacties} transacties, ${sl.rijenGelezen} rijen gelezen, ${sl.rijenGeschreven} geschreven`,
  );

  // 4. Idle: what an empty queue costs.
  await bron.query('ANALYZE');
  const b4 = await belasting(beheer);
  await wacht(10_000);
  const b5 = await belasting(beheer);
  const il = verschil(b4, b5);
  const seconden = 10 + 1.2;
  regels.push(
    `stil: ${(il.transacties / seconden).toFixed(1)} transacties/s, ${(il.rijenGelezen / seconden).toFixed(0)} rijen gelezen/s, ` +
      `${(il.buffers / seconden).toFixed(0)} buffers/s`,
  );
  clearInterval(tel);
  await v.stop();
  const dubbel = [...aantal.values()].filter((n) => n > 1).length;
  regels.push(`verbindingen max ${maxVerbindingen}; dubbel verwerkt: ${dubbel}`);
  return regels;
}

async function main(): Promise<void> {
  const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const url = databaseUrl(server, DATABASE);
  const opties = {
    n: argument('achterstand', 2000),
    perSeconde: argument('per-seconde', 40),
    seconden: argument('seconden', 10),
  };
  const PgBossKlasse = await laadPgBoss();
  const varianten: Array<(bron: DataSource) => Variant> = [(bron) => runner(url, bron)];
  if (PgBossKlasse) {
    varianten.push((bron) => pgBoss(PgBossKlasse, url, bron, true));
  } else {
    console.log('pg-boss is niet geïnstalleerd (npm install --no-save pg-boss@10.4.2): alleen de Taakloper wordt gemeten.');
  }
  for (const maak of varianten) {
    await maakDatabase(server, DATABASE);
    await migreer(url);
    const bron = new DataSource({ ...dataSourceOptions(url, 10), entities: [UitgaandeMailEntity] });
    await bron.initialize();
    const beheer = new Client({ connectionString: server });
    await beheer.connect();
    try {
      const v = maak(bron);
      console.log(`\n## ${v.naam}`);
      for (const regel of await meet(v, bron, beheer, opties)) {
        console.log(`- ${regel}`);
      }
    } finally {
      await beheer.end();
      await bron.destroy();
    }
  }
  if (PgBossKlasse) {
    // The usual call, send() on pg-boss's own pool: not part of the caller's transaction.
    await maakDatabase(server, DATABASE);
    await migreer(url);
    const bron = new DataSource({ ...dataSourceOptions(url, 10), entities: [UitgaandeMailEntity] });
    await bron.initialize();
    const v = pgBoss(PgBossKlasse, url, bron, false);
    for (let i = 0; i < 100; i += 1) {
      await bron
        .transaction(async (tx) => {
          await v.zetInWachtrij(tx, i);
          throw new Error('terugrollen');
        })
        .catch(() => undefined);
    }
    console.log(`\n## pg-boss 10, send() zonder db\n- outbox: ${await v.wachtend()} van 100 teruggerolde blijven in de wachtrij`);
    await v.stop();
    await bron.destroy();
  }
  const beheer = new Client({ connectionString: server });
  await beheer.connect();
  await beheer.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await beheer.end();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
