import type { EntityManager } from 'typeorm';
import { aantalRijen, DomainError, FoutCode } from '@buurtwerk/core';
import { RekeningSoort, type TransactieSoort } from './heitje.entity';

/**
 * Double-entry booking (docs/domein.md, invariant 14). Every movement is one transaction whose
 * lines sum to zero; the accounts are locked in id order (no deadlocks between two bookings) and
 * each balance changes by a guarded UPDATE, so a balance that would go negative is refused here,
 * and the CHECK on heitje_rekening refuses it again if anything got past.
 */
export interface Regel {
  rekeningId: string;
  bedrag: number;
}

/** The account of an owner, made on first use (an insert that races another one is harmless). */
export async function rekening(tx: EntityManager, soort: RekeningSoort, eigenaar: string): Promise<string> {
  const [r] = await tx.query<Array<{ id: string }>>(
    `INSERT INTO heitje_rekening (soort, eigenaar) VALUES ($1, $2)
     ON CONFLICT (soort, eigenaar) DO UPDATE SET soort = EXCLUDED.soort RETURNING id`,
    [soort, eigenaar],
  );
  return r.id;
}

export async function saldoVan(tx: EntityManager, rekeningId: string, vergrendel = false): Promise<number> {
  const [r] = await tx.query<Array<{ saldo: string }>>(
    `SELECT saldo FROM heitje_rekening WHERE id = $1${vergrendel ? ' FOR UPDATE' : ''}`,
    [rekeningId],
  );
  return Number(r.saldo);
}

export async function boek(
  tx: EntityManager,
  soort: TransactieSoort,
  omschrijving: string,
  regels: Regel[],
  koppeling: { klusId?: string | null; winkelId?: string | null } = {},
  tekortMelding = 'Er staan niet genoeg heitjes op deze rekening.',
): Promise<string> {
  if (regels.length < 2 || regels.some((r) => !Number.isInteger(r.bedrag) || r.bedrag === 0)) {
    throw new Error('Een boeking heeft minstens twee regels met een heel, niet-nul bedrag.');
  }
  if (regels.reduce((s, r) => s + r.bedrag, 0) !== 0) {
    throw new Error('Een boeking moet in evenwicht zijn: de regels tellen op tot nul.');
  }
  const ids = [...new Set(regels.map((r) => r.rekeningId))].sort();
  await tx.query('SELECT id FROM heitje_rekening WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [ids]);
  for (const r of regels) {
    const bijgewerkt = await tx.query<unknown[]>(
      `UPDATE heitje_rekening SET saldo = saldo + $2
        WHERE id = $1 AND (saldo + $2 >= 0 OR soort = '${RekeningSoort.UITGIFTE}') RETURNING id`,
      [r.rekeningId, r.bedrag],
    );
    if (aantalRijen(bijgewerkt) === 0) {
      throw new DomainError(FoutCode.CONFLICT, tekortMelding);
    }
  }
  const [t] = await tx.query<Array<{ id: string }>>(
    'INSERT INTO heitje_transactie (soort, omschrijving, klus_id, winkel_id) VALUES ($1, $2, $3, $4) RETURNING id',
    [soort, omschrijving, koppeling.klusId ?? null, koppeling.winkelId ?? null],
  );
  await tx.query(
    `INSERT INTO heitje_boeking (transactie_id, rekening_id, bedrag)
     SELECT $1, r.rekening, r.bedrag FROM unnest($2::uuid[], $3::bigint[]) AS r(rekening, bedrag)`,
    [t.id, regels.map((r) => r.rekeningId), regels.map((r) => r.bedrag)],
  );
  return t.id;
}
