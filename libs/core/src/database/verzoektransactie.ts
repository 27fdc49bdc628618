/**
 * One transaction per mutation: everything a mutation writes, and its audit record, commit
 * together or not at all (docs/domein.md, invariant 12, BIO).
 *
 * Services keep their own style (`dataSource.transaction(...)`, repositories, `dataSource.query`).
 * Inside `inVerzoektransactie` the data source hands out the request's query runner wherever it
 * would otherwise take a connection from the pool (`createQueryRunner`), so:
 * - a service's `dataSource.transaction(cb)` becomes a savepoint in the request's transaction
 *   (TypeORM nests transactions as savepoints): its rollback still undoes only its own work, its
 *   "commit" is final only when the request commits;
 * - reads and writes outside a service transaction run in the request's transaction too;
 * - `release()` of the shared runner is a no-op until the request is done.
 * Outside a request (workers, start-up, tests talking to the database directly) nothing changes.
 *
 * One limit: savepoints are a stack, so two service transactions of the same request must not
 * run in parallel (`Promise.all` over `dataSource.transaction`); run them one after another.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner, ReplicationMode } from 'typeorm';

interface Verzoektransactie {
  dataSource: DataSource;
  /** What services get from `createQueryRunner`: the request's runner, with `release()` a no-op. */
  gedeeld: QueryRunner;
  /** False once committed or rolled back: later work (e.g. a timer started in the request) uses the pool again. */
  open: boolean;
}

const huidige = new AsyncLocalStorage<Verzoektransactie>();
const origineleRunner = new WeakMap<DataSource, (mode?: ReplicationMode) => QueryRunner>();

function koppel(dataSource: DataSource): (mode?: ReplicationMode) => QueryRunner {
  const bestaand = origineleRunner.get(dataSource);
  if (bestaand) {
    return bestaand;
  }
  const origineel = dataSource.createQueryRunner.bind(dataSource);
  origineleRunner.set(dataSource, origineel);
  dataSource.createQueryRunner = (mode?: ReplicationMode): QueryRunner => {
    const t = huidige.getStore();
    return t?.open && t.dataSource === dataSource ? t.gedeeld : origineel(mode);
  };
  return origineel;
}

function gedeeldeRunner(runner: QueryRunner): QueryRunner {
  return new Proxy(runner, {
    get(doel, naam) {
      if (naam === 'release') {
        return () => Promise.resolve();
      }
      const waarde: unknown = Reflect.get(doel, naam, doel);
      return typeof waarde === 'function' ? (waarde as (...a: unknown[]) => unknown).bind(doel) : waarde;
    },
  });
}

/**
 * Runs `werk` outside the request's transaction, on connections of its own: for what must stay
 * even when the mutation rolls back and is remembered beyond the request (e.g. a key created
 * once and cached in memory).
 */
export function buitenVerzoektransactie<T>(werk: () => T): T {
  return huidige.exit(werk);
}

/** Whether the caller runs inside a request's transaction (for tests and assertions). */
export function inOpenVerzoektransactie(): boolean {
  return huidige.getStore()?.open === true;
}

/**
 * Runs `werk` (and everything it starts) in one transaction on the primary, and commits when it
 * resolves; rolls back when it throws. `werk` gets the transaction's EntityManager, e.g. to write
 * the audit record as the last statement before the commit. Nested calls join the outer one.
 */
export async function inVerzoektransactie<T>(dataSource: DataSource, werk: (tx: EntityManager) => Promise<T>): Promise<T> {
  const origineel = koppel(dataSource);
  const lopend = huidige.getStore();
  if (lopend?.open && lopend.dataSource === dataSource) {
    return werk(lopend.gedeeld.manager);
  }
  const runner = origineel('master');
  const t: Verzoektransactie = { dataSource, gedeeld: gedeeldeRunner(runner), open: true };
  try {
    await runner.startTransaction();
    const resultaat = await huidige.run(t, () => werk(runner.manager));
    t.open = false;
    await runner.commitTransaction();
    if (runner.isTransactionActive) {
      // A savepoint was still open (work that was not awaited): that "commit" only released it.
      throw new Error('Een geneste transactie liep nog toen het verzoek klaar was; alles is teruggedraaid.');
    }
    return resultaat;
  } catch (e) {
    t.open = false;
    await rolHelemaalTerug(runner);
    throw e;
  } finally {
    t.open = false;
    await runner.release();
  }
}

/** Rolls back savepoints and the transaction itself, so no open transaction goes back to the pool. */
async function rolHelemaalTerug(runner: QueryRunner): Promise<void> {
  for (let i = 0; i < 100 && runner.isTransactionActive; i++) {
    try {
      await runner.rollbackTransaction();
    } catch {
      // The connection is gone or the transaction already ended; PostgreSQL drops it either way.
      return;
    }
  }
}
