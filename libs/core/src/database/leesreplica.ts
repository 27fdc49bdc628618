/**
 * Read replicas (DATABASE_READ_URLS): which reads may be served by a replica.
 *
 * A replica lags the primary by its replication delay, so only a request that only reads may
 * use one: a GraphQL request whose operations are all queries, or a REST GET. Everything else
 * reads from the primary: mutations (they read what they just wrote: read-your-writes),
 * subscriptions, background jobs, start-up and health checks. Within any request, transactions
 * and writes use the primary as always (TypeORM opens them on the master pool).
 *
 * The choice is made per request through AsyncLocalStorage and applied where TypeORM picks the
 * pool for a SELECT without a query runner (`DataSource.defaultReplicationModeForReads`).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, ReplicationMode } from 'typeorm';

export interface Leesroute {
  /** This request only reads, so it may read from a replica. */
  replicaToegestaan: boolean;
  /** This request writes (a mutation): never a replica, also not for a query in the same batch. */
  schrijft: boolean;
}

const leesroutes = new AsyncLocalStorage<Leesroute>();

/** Runs `verder` (and everything it starts) with `route` as the current request's read route. */
export function binnenLeesroute<T>(route: Leesroute, verder: () => T): T {
  return leesroutes.run(route, verder);
}

/** The read route of the current request; undefined outside a request (jobs, start-up). */
export function huidigeLeesroute(): Leesroute | undefined {
  return leesroutes.getStore();
}

/** Whether a read right now may go to a replica. */
export function magVanReplicaLezen(): boolean {
  const route = leesroutes.getStore();
  return route !== undefined && route.replicaToegestaan && !route.schrijft;
}

/**
 * Makes the data source send reads of read-only requests to a replica. Without replicas in its
 * options this changes nothing: TypeORM then has only the primary's pool.
 */
export function routeerLezenNaarReplica(dataSource: DataSource): void {
  dataSource.defaultReplicationModeForReads = (): ReplicationMode => (magVanReplicaLezen() ? 'slave' : 'master');
}

/**
 * A raw read (hand-written SQL, explicit columns) routed like TypeORM's own reads: to a replica
 * when the request may read there (`defaultReplicationModeForReads`), else the primary; inside a
 * request's transaction on that transaction's connection (see verzoektransactie). For hot lists
 * that map rows with a plain function instead of TypeORM's entity hydration.
 */
export async function leesQuery<T>(dataSource: DataSource, sql: string, parameters: unknown[] = []): Promise<T> {
  const runner = dataSource.createQueryRunner(dataSource.defaultReplicationModeForReads());
  try {
    return (await runner.query(sql, parameters)) as T;
  } finally {
    await runner.release();
  }
}
