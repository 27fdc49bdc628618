/**
 * The register of personal data must describe the real database: a new column whose name
 * suggests personal data (naam, email, telefoon, adres, persoon, wensen, toelichting, sub, …)
 * fails this test until the library that owns it declares it with its personal-data handler
 * (PersoonsgegevensRegister in core: export, pseudonymisation, retention), or it is explicitly set
 * aside with a reason in persoonsgegevens.ts.
 */
import { PersoonsgegevensRegister } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import { GEEN_BEWONERSGEGEVENS, MOGELIJK_PERSOONLIJK } from './persoonsgegevens';

describe('Register van persoonsgegevens', () => {
  let ctx: TestContext;
  let kolommen: Array<{ tabel: string; kolom: string }>;
  let register: PersoonsgegevensRegister;

  beforeAll(async () => {
    ctx = await testContext();
    register = ctx.app.get(PersoonsgegevensRegister);
    kolommen = await ctx.dataSource.query<Array<{ tabel: string; kolom: string }>>(
      `SELECT table_name AS tabel, column_name AS kolom FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> 'migrations'
          -- Only columns that can hold text: a flag (door_indiener) or a uuid holds no name.
          AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')
        ORDER BY 1, 2`,
    );
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('heeft voor elke kolom die naar persoonsgegevens klinkt een handler van de eigen bibliotheek, of een reden', () => {
    const bekend = new Set([...register.kolommen(), ...GEEN_BEWONERSGEGEVENS].map((k) => `${k.tabel}.${k.kolom}`));
    const ongeclassificeerd = kolommen
      .filter((k) => MOGELIJK_PERSOONLIJK.test(k.kolom))
      .map((k) => `${k.tabel}.${k.kolom}`)
      .filter((k) => !bekend.has(k));
    expect(ongeclassificeerd).toEqual([]);
  });

  it('laat elke bibliotheek met persoonsgegevens een handler registreren (export en pseudonimisering)', () => {
    expect(register.handlers().map((h) => h.bibliotheek)).toEqual([
      'initiatives',
      'signalen',
      'netwerkbijeenkomsten',
      'meedoen',
      'conflict-of-interest',
      'burgerbegroting',
      'burgerberaad',
      'heitje',
      'buurtconcierges',
      'jaarsubsidies',
      'bezwaar',
      'buurtregie',
      'core',
      'core',
    ]);
    expect(
      register
        .bewaartermijnen()
        .map((b) => b.soort)
        .sort(),
    ).toEqual([
      'aanmeldingen',
      'bekendepersonen',
      'beraadaanmeldingen',
      'initiatiefconcepten',
      'signalen',
      'vrijwilligersaanmeldingen',
    ]);
  });

  it('noemt alleen kolommen die bestaan (een hernoemde kolom valt op)', () => {
    const bestaand = new Set(kolommen.map((k) => `${k.tabel}.${k.kolom}`));
    const weg = [...register.kolommen(), ...GEEN_BEWONERSGEGEVENS]
      .map((k) => `${k.tabel}.${k.kolom}`)
      .filter((k) => !bestaand.has(k));
    expect(weg).toEqual([]);
  });

  it('zet geen kolom tegelijk bij bewonersgegevens en daarbuiten', () => {
    const bewoner = new Set(register.kolommen().map((k) => `${k.tabel}.${k.kolom}`));
    expect(GEEN_BEWONERSGEGEVENS.filter((k) => bewoner.has(`${k.tabel}.${k.kolom}`))).toEqual([]);
  });
});
