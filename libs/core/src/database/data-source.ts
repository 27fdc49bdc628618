import type { DataSourceOptions } from 'typeorm';
import { MIGRATIES } from './migrations';
import { namingStrategy } from './naming';

/** TypeORM options shared by the server, the tests and the migration CLI. Never synchronize. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    namingStrategy,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension (or superuser) needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    migrations: MIGRATIES,
    migrationsTableName: 'migraties',
    poolSize,
    extra: { max: poolSize, application_name: 'buurtwerk' },
  };
}
