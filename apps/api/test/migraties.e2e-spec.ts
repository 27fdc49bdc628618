import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@buurtwerk/core';
import { nieuweTestDatabase } from '../../../test/database';
import { alleEntiteiten } from '../../../test/entities';

describe('Migraties', () => {
  it('beschrijven precies de entiteiten: er is geen migratie vergeten', async () => {
    const db = await nieuweTestDatabase();
    const ds = new DataSource({ ...dataSourceOptions(db.url, 1), entities: alleEntiteiten() });
    await ds.initialize();
    try {
      expect(await ds.showMigrations()).toBe(false);
      const sql = await ds.driver.createSchemaBuilder().log();
      expect(sql.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
      await db.verwijder();
    }
  });
});
