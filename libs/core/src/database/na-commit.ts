import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

const wachtend = new WeakMap<QueryRunner, Array<() => void>>();
const aangemeld = new WeakSet<DataSource>();

/** Runs what waits for the outermost COMMIT of a query runner; drops it on ROLLBACK. */
class NaCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A released savepoint also "commits": wait for the real COMMIT.
    if (!event.queryRunner || event.queryRunner.isTransactionActive) {
      return;
    }
    const taken = wachtend.get(event.queryRunner);
    wachtend.delete(event.queryRunner);
    for (const taak of taken ?? []) {
      taak();
    }
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (event.queryRunner && !event.queryRunner.isTransactionActive) {
      wachtend.delete(event.queryRunner);
    }
  }
}

/**
 * Runs `taak` once the transaction of `tx` has committed, and never when it rolls back: for
 * side effects that others may only see when the change is visible to them (live updates to
 * other instances). Outside a transaction it runs at once. `taak` must not throw.
 */
export function naCommit(tx: EntityManager, taak: () => void): void {
  const qr = tx.queryRunner;
  if (!qr || !qr.isTransactionActive) {
    taak();
    return;
  }
  const ds = tx.connection;
  if (!aangemeld.has(ds)) {
    aangemeld.add(ds);
    ds.subscribers.push(new NaCommitSubscriber());
  }
  const lijst = wachtend.get(qr);
  if (lijst) {
    lijst.push(taak);
  } else {
    wachtend.set(qr, [taak]);
  }
}
