/**
 * The ledger of 't Heerlens Heitje against real PostgreSQL (docs/domein.md, invariant 14): random
 * sequences of bookings (fast-check) never create or lose a heitje and never leave a balance
 * below zero; simultaneous spending from one wallet spends at most what is in it; the database
 * itself refuses unbalanced transactions, negative balances and changes to booked lines.
 */
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { DomainError } from '@buurtwerk/core';
import { nieuweTestDatabase } from '../../../test/database';
import { boek, rekening } from './grootboek';
import { RekeningSoort, TransactieSoort } from './heitje.entity';

describe('Grootboek van het Heerlens Heitje', () => {
  let db: Awaited<ReturnType<typeof nieuweTestDatabase>>;
  let ds: DataSource;

  beforeAll(async () => {
    db = await nieuweTestDatabase();
    ds = new DataSource({ type: 'postgres', url: db.url, poolSize: 12 });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.verwijder();
  });

  const saldi = async (): Promise<Map<string, number>> =>
    new Map(
      (await ds.query<Array<{ id: string; saldo: string }>>('SELECT id, saldo FROM heitje_rekening')).map((r) => [
        r.id,
        Number(r.saldo),
      ]),
    );

  async function controleerInvarianten(): Promise<void> {
    const [totaal] = await ds.query<Array<{ som: string }>>('SELECT COALESCE(sum(saldo), 0) AS som FROM heitje_rekening');
    expect(Number(totaal.som)).toBe(0);
    const negatief = await ds.query<unknown[]>("SELECT id FROM heitje_rekening WHERE saldo < 0 AND soort <> 'UITGIFTE'");
    expect(negatief).toEqual([]);
    const scheef = await ds.query<unknown[]>(
      `SELECT r.id FROM heitje_rekening r LEFT JOIN heitje_boeking b ON b.rekening_id = r.id
        GROUP BY r.id, r.saldo HAVING r.saldo <> COALESCE(sum(b.bedrag), 0)`,
    );
    expect(scheef).toEqual([]);
    const uitEvenwicht = await ds.query<unknown[]>(
      'SELECT transactie_id FROM heitje_boeking GROUP BY transactie_id HAVING sum(bedrag) <> 0',
    );
    expect(uitEvenwicht).toEqual([]);
  }

  type Stap = { van: number; naar: number; bedrag: number };
  let ronde = 0;

  it('maakt bij willekeurige reeksen boekingen niets aan en raakt niets kwijt; geen saldo onder nul', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ van: fc.nat(5), naar: fc.nat(5), bedrag: fc.integer({ min: 1, max: 40 }) }), {
          minLength: 1,
          maxLength: 25,
        }),
        async (stappen: Stap[]) => {
          ronde++;
          // Account 0 issues (may go negative); 1–2 are job budgets, 3–4 wallets, 5 a shop.
          const soorten = [
            RekeningSoort.UITGIFTE,
            RekeningSoort.KLUSBUDGET,
            RekeningSoort.KLUSBUDGET,
            RekeningSoort.PORTEMONNEE,
            RekeningSoort.PORTEMONNEE,
            RekeningSoort.WINKEL,
          ];
          const ids = await ds.transaction(async (tx) => {
            const uit: string[] = [];
            for (const [i, s] of soorten.entries()) {
              uit.push(await rekening(tx, s, i === 0 ? 'gemeente' : `ronde-${ronde}-${i}`));
            }
            return uit;
          });
          const model = new Map<string, number>(await saldi());
          for (const s of stappen) {
            if (s.van === s.naar) {
              continue;
            }
            const van = ids[s.van];
            const naar = ids[s.naar];
            const verwacht = s.van === 0 || (model.get(van) ?? 0) >= s.bedrag;
            const gelukt = await ds
              .transaction((tx) =>
                boek(tx, TransactieSoort.BESTEDEN, 'test', [
                  { rekeningId: van, bedrag: -s.bedrag },
                  { rekeningId: naar, bedrag: s.bedrag },
                ]),
              )
              .then(
                () => true,
                (e: unknown) => {
                  expect(e).toBeInstanceOf(DomainError);
                  return false;
                },
              );
            expect(gelukt).toBe(verwacht);
            if (gelukt) {
              model.set(van, (model.get(van) ?? 0) - s.bedrag);
              model.set(naar, (model.get(naar) ?? 0) + s.bedrag);
            }
          }
          const echt = await saldi();
          for (const id of ids) {
            expect(echt.get(id)).toBe(model.get(id) ?? 0);
          }
          await controleerInvarianten();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('laat gelijktijdige bestedingen uit één portemonnee nooit meer uitgeven dan erin zit', async () => {
    const uitgifte = await rekening(ds.manager, RekeningSoort.UITGIFTE, 'gemeente');
    const portemonnee = await rekening(ds.manager, RekeningSoort.PORTEMONNEE, 'gelijktijdig');
    const winkelA = await rekening(ds.manager, RekeningSoort.WINKEL, 'gelijktijdig-a');
    const winkelB = await rekening(ds.manager, RekeningSoort.WINKEL, 'gelijktijdig-b');
    await ds.transaction((tx) =>
      boek(tx, TransactieSoort.BELONEN, 'start', [
        { rekeningId: uitgifte, bedrag: -10 },
        { rekeningId: portemonnee, bedrag: 10 },
      ]),
    );
    // Ten payments of 3 at once, on ten connections, to two shops: at most three fit in 10.
    const uitkomsten = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        ds.transaction(async (tx) => {
          await tx.query('SELECT pg_sleep(0.01)');
          return boek(tx, TransactieSoort.BESTEDEN, `betaling ${i}`, [
            { rekeningId: portemonnee, bedrag: -3 },
            { rekeningId: i % 2 === 0 ? winkelA : winkelB, bedrag: 3 },
          ]);
        }),
      ),
    );
    expect(uitkomsten.filter((u) => u.status === 'fulfilled')).toHaveLength(3);
    for (const u of uitkomsten.filter((x): x is PromiseRejectedResult => x.status === 'rejected')) {
      expect((u.reason as DomainError).message).toBe('Er staan niet genoeg heitjes op deze rekening.');
    }
    const s = await saldi();
    expect(s.get(portemonnee)).toBe(1);
    expect((s.get(winkelA) ?? 0) + (s.get(winkelB) ?? 0)).toBe(9);
    await controleerInvarianten();
  });

  it('weigert in de database zelf: een transactie uit evenwicht, een negatief saldo, een gewijzigde boeking', async () => {
    const a = await rekening(ds.manager, RekeningSoort.WINKEL, 'db-a');
    const b = await rekening(ds.manager, RekeningSoort.WINKEL, 'db-b');
    await expect(
      ds.transaction(async (tx) => {
        const [t] = await tx.query<Array<{ id: string }>>(
          "INSERT INTO heitje_transactie (soort, omschrijving) VALUES ('BESTEDEN', 'scheef') RETURNING id",
        );
        await tx.query('INSERT INTO heitje_boeking (transactie_id, rekening_id, bedrag) VALUES ($1, $2, 5)', [t.id, a]);
      }),
    ).rejects.toThrow(/niet in evenwicht/);
    await expect(ds.query('UPDATE heitje_rekening SET saldo = -1 WHERE id = $1', [b])).rejects.toThrow(/check constraint/);
    await expect(ds.query('DELETE FROM heitje_boeking')).rejects.toThrow(/nooit gewijzigd of verwijderd/);
    await controleerInvarianten();
  });
});
