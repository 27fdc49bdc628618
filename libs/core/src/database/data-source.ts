import type { DataSourceOptions } from 'typeorm';
import { MIGRATIES } from './migrations';
import { namingStrategy } from './naming';
import { BewaakteClient } from './verbindingsfouten';

/**
 * TypeORM options shared by the server, the tests and the migration CLI. Never synchronize.
 *
 * With read replicas (`leesUrls`, from DATABASE_READ_URLS) TypeORM keeps one pool per server
 * (`replication`). Reads still go to the primary by default (`defaultMode: 'master'`): only a
 * request that may read stale data is sent to a replica, see `routeerLezenNaarReplica`.
 * Writes, transactions and raw queries always use the primary.
 */
export function dataSourceOptions(url: string, poolSize = 10, leesUrls: readonly string[] = []): DataSourceOptions {
  const verbinding =
    leesUrls.length === 0
      ? { url }
      : {
          replication: {
            master: { url },
            slaves: leesUrls.map((leesUrl) => ({ url: leesUrl })),
            defaultMode: 'master' as const,
          },
        };
  return {
    type: 'postgres',
    ...verbinding,
    namingStrategy,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension (or superuser) needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    migrations: MIGRATIES,
    migrationsTableName: 'migraties',
    poolSize,
    // Every connection of every pool (primary and replicas) has an 'error' listener from birth:
    // a connection the server cuts must not end the process (issue 15, see verbindingsfouten).
    extra: { max: poolSize, application_name: 'buurtwerk', Client: BewaakteClient },
  };
}
