/**
 * The register of personal data must describe the real database: a new column whose name
 * suggests personal data (naam, email, telefoon, adres, persoon, wensen, toelichting, sub, …)
 * fails this test until it is classified in persoonsgegevens.ts, and so handled by the export
 * and the pseudonymisation, or explicitly set aside with a reason.
 */
import { Client } from 'pg';
import { nieuweTestDatabase } from '../../../test/database';
import { BEWONERSGEGEVENS, GEEN_BEWONERSGEGEVENS, MOGELIJK_PERSOONLIJK } from './persoonsgegevens';

describe('Register van persoonsgegevens', () => {
  let kolommen: Array<{ tabel: string; kolom: string }>;

  beforeAll(async () => {
    const db = await nieuweTestDatabase();
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const res = await client.query<{ tabel: string; kolom: string }>(
        `SELECT table_name AS tabel, column_name AS kolom FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name <> 'migrations'
            -- Only columns that can hold text: a flag (door_indiener) or a uuid holds no name.
            AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')
          ORDER BY 1, 2`,
      );
      kolommen = res.rows;
    } finally {
      await client.end();
      await db.verwijder();
    }
  });

  it('classificeert elke kolom die naar persoonsgegevens klinkt (een nieuwe kan niet vergeten worden)', () => {
    const bekend = new Set([...BEWONERSGEGEVENS, ...GEEN_BEWONERSGEGEVENS].map((k) => `${k.tabel}.${k.kolom}`));
    const ongeclassificeerd = kolommen
      .filter((k) => MOGELIJK_PERSOONLIJK.test(k.kolom))
      .map((k) => `${k.tabel}.${k.kolom}`)
      .filter((k) => !bekend.has(k));
    expect(ongeclassificeerd).toEqual([]);
  });

  it('noemt alleen kolommen die bestaan (een hernoemde kolom valt op)', () => {
    const bestaand = new Set(kolommen.map((k) => `${k.tabel}.${k.kolom}`));
    const weg = [...BEWONERSGEGEVENS, ...GEEN_BEWONERSGEGEVENS]
      .map((k) => `${k.tabel}.${k.kolom}`)
      .filter((k) => !bestaand.has(k));
    expect(weg).toEqual([]);
  });

  it('zet geen kolom tegelijk bij bewonersgegevens en daarbuiten', () => {
    const bewoner = new Set(BEWONERSGEGEVENS.map((k) => `${k.tabel}.${k.kolom}`));
    expect(GEEN_BEWONERSGEGEVENS.filter((k) => bewoner.has(`${k.tabel}.${k.kolom}`))).toEqual([]);
  });
});
