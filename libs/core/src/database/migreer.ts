import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

/**
 * Key of the PostgreSQL advisory lock held while migrations run: any constant that every
 * Buurtwerk process shares (here the ASCII bytes of "BWMIGR").
 */
export const MIGRATIE_SLOT = 0x42_57_4d_49_47_52;

/**
 * Applies pending migrations, each in its own transaction (migrationsTransactionMode 'each'),
 * and returns the names of the applied ones.
 *
 * Several API replicas (or a migrations Job and replicas) may start at the same moment: one
 * session-level advisory lock makes them take turns. The first applies the migrations; the
 * others wait, then find nothing left to do. Without it two processes both create the table
 * `migraties` or both run the same migration, and one of them fails. The lock is released when
 * the connection closes, so a process that dies while migrating never blocks the next one.
 */
export async function migreer(databaseUrl: string): Promise<string[]> {
  // Two connections: one holds the lock, TypeORM migrates on the other.
  const ds = new DataSource({ ...dataSourceOptions(databaseUrl, 2), migrationsTransactionMode: 'each' });
  await ds.initialize();
  const slot = ds.createQueryRunner('master');
  try {
    await slot.connect();
    await slot.query('SELECT pg_advisory_lock($1)', [MIGRATIE_SLOT]);
    try {
      const toegepast = await ds.runMigrations();
      return toegepast.map((m) => m.name);
    } finally {
      // Closing the connection releases it too; do not hide the migration's own error.
      await slot.query('SELECT pg_advisory_unlock($1)', [MIGRATIE_SLOT]).catch(() => undefined);
    }
  } finally {
    await slot.release();
    await ds.destroy();
  }
}
