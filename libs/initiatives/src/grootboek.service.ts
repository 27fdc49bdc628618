import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type PlafondStand, SubsidieregelsService } from '@buurtwerk/subsidieregels';
import { InitiatiefStatus, OndersteuningsaanvraagEntity } from './initiatief.entity';
import { beschikbaarVoorAanvraag, verdeelVrijeRuimte, vrijeRuimte } from './plafond.rules';

/**
 * The statuses in which a request waits in line for its ceiling: received and complete, not yet
 * decided. A request with an open aanvulling is incomplete: it gets its place again on the day it
 * becomes complete (docs/domein.md, invariant 3).
 */
export const WACHTENDE_STATUSSEN: readonly InitiatiefStatus[] = [
  InitiatiefStatus.INGEDIEND,
  InitiatiefStatus.IN_BEHANDELING,
  InitiatiefStatus.BIJ_BUURTPANEL,
];

/**
 * The ledger (grootboek) of the subsidy ceilings, seen from the requests: every change of money
 * in a ceiling goes through here, under the ceiling's row lock (SubsidieregelsService.vergrendelPlafonds),
 * and every release offers the freed money to the requests waiting in line, in order of receipt,
 * in the same transaction (Awb 4:25; docs/domein.md, invariants 2 and 3).
 *
 * Lock order: an act locks its initiative first, then its ceilings in id order, and only then
 * reads its requests (so it sees every top-up committed before it got the lock). Topping up writes
 * only the `ondersteuningsaanvraag` rows of other initiatives, never their `initiatief` row, so it
 * never waits for an initiative another act holds.
 */
@Injectable()
export class GrootboekService {
  constructor(private readonly regels: SubsidieregelsService) {}

  /** Locks the ceilings of an initiative's requests, then reads the requests as they are now. */
  async vergrendel(
    tx: EntityManager,
    initiatiefId: string,
  ): Promise<{ aanvragen: OndersteuningsaanvraagEntity[]; standen: Map<string, PlafondStand> }> {
    const ids = (
      (await tx.query(
        'SELECT DISTINCT plafond_id FROM ondersteuningsaanvraag WHERE initiatief_id = $1 AND plafond_id IS NOT NULL',
        [initiatiefId],
      )) as Array<{ plafond_id: string }>
    ).map((r) => r.plafond_id);
    const standen = await this.regels.vergrendelPlafonds(tx, ids);
    const aanvragen = await tx.find(OndersteuningsaanvraagEntity, { where: { initiatiefId }, order: { volgnummer: 'ASC' } });
    return { aanvragen, standen };
  }

  /**
   * Offers the free room of a ceiling to the requests waiting in line: by the moment they became
   * complete, then reference and request number; each up to its aanspraak. The caller holds the
   * ceiling's lock (taking it again in the same transaction costs nothing). `behalve` is an initiative
   * leaving the line in this transaction (refused, withdrawn, incomplete): it gets nothing back.
   */
  async bijvullen(tx: EntityManager, plafondId: string, behalve: string | null = null): Promise<Map<string, number>> {
    const stand = (await this.regels.vergrendelPlafonds(tx, [plafondId])).get(plafondId);
    const vrij = stand ? vrijeRuimte(stand) : 0;
    if (vrij === 0) {
      return new Map();
    }
    const wachtrij = (await tx.query(
      `SELECT a.id, (a.aanspraak_bedrag - a.gereserveerd_bedrag)::text AS tekort
         FROM ondersteuningsaanvraag a JOIN initiatief i ON i.id = a.initiatief_id
        WHERE a.plafond_id = $1 AND a.aanspraak_bedrag IS NOT NULL AND a.toegekend_bedrag IS NULL
          AND a.gereserveerd_bedrag < a.aanspraak_bedrag AND i.status = ANY($2::text[])
          AND ($3::uuid IS NULL OR i.id <> $3::uuid)
        ORDER BY i.volledig_ontvangen_op NULLS LAST, i.referentie, a.volgnummer`,
      [plafondId, [...WACHTENDE_STATUSSEN], behalve],
    )) as Array<{ id: string; tekort: string }>;
    const erbij = verdeelVrijeRuimte(
      vrij,
      wachtrij.map((w) => ({ id: w.id, tekort: Number(w.tekort) })),
    );
    let totaal = 0;
    for (const [id, bedrag] of erbij) {
      await tx.query('UPDATE ondersteuningsaanvraag SET gereserveerd_bedrag = gereserveerd_bedrag + $2 WHERE id = $1', [
        id,
        bedrag,
      ]);
      totaal += bedrag;
    }
    if (totaal > 0 && (await this.regels.reserveer(tx, plafondId, totaal)) !== totaal) {
      throw new Error(`Plafondadministratie klopt niet voor ${plafondId}`);
    }
    return erbij;
  }

  /**
   * At receipt (or completion after an aanvulling): first the line ahead of this request gets the
   * free room, then this request reserves what still fits, up to its aanspraak. The request is
   * saved by the caller. Returns the reserved amount.
   */
  async reserveerBijOntvangst(tx: EntityManager, a: OndersteuningsaanvraagEntity): Promise<number> {
    if (!a.plafondId || a.aanspraakBedrag === null) {
      a.gereserveerdBedrag = 0;
      return 0;
    }
    await this.regels.vergrendelPlafonds(tx, [a.plafondId]);
    await this.bijvullen(tx, a.plafondId);
    a.gereserveerdBedrag = await this.regels.reserveer(tx, a.plafondId, a.aanspraakBedrag);
    return a.gereserveerdBedrag;
  }

  /**
   * Releases every reservation of an initiative (withdrawal, refusal, aanvulling, not handled)
   * and offers the money to the line. Locks the ceilings itself.
   */
  async geefVrij(tx: EntityManager, initiatiefId: string): Promise<void> {
    const { aanvragen } = await this.vergrendel(tx, initiatiefId);
    const plafonds = new Set<string>();
    for (const a of aanvragen) {
      if (a.plafondId && a.gereserveerdBedrag > 0) {
        await this.regels.vrijgeven(tx, a.plafondId, a.gereserveerdBedrag);
        a.gereserveerdBedrag = 0;
        await tx.save(a);
        plafonds.add(a.plafondId);
      }
    }
    for (const p of [...plafonds].sort()) {
      await this.bijvullen(tx, p, initiatiefId);
    }
  }

  /**
   * A grant: per request the granted amount becomes `verleend`. Above the reservation, the ceiling's
   * free room at this moment is taken (the caller checked with `beschikbaar` under the same locks);
   * below it, the rest is released and offered to the line. `aanvragen` come from `vergrendel`.
   */
  async verleen(tx: EntityManager, aanvragen: OndersteuningsaanvraagEntity[], bedragen: ReadonlyMap<string, number>) {
    const plafonds = new Set<string>();
    for (const a of aanvragen) {
      const bedrag = bedragen.get(a.id) ?? 0;
      if (a.plafondId) {
        let gereserveerd = a.gereserveerdBedrag;
        if (bedrag > gereserveerd) {
          const erbij = await this.regels.reserveer(tx, a.plafondId, bedrag - gereserveerd);
          if (erbij !== bedrag - gereserveerd) {
            throw new Error(`Plafondadministratie klopt niet voor ${a.plafondId}`);
          }
          gereserveerd = bedrag;
        }
        await this.regels.verlenen(tx, a.plafondId, gereserveerd, bedrag);
        plafonds.add(a.plafondId);
      }
      a.gereserveerdBedrag = 0;
      a.toegekendBedrag = a.gevraagdBedrag !== null ? bedrag : null;
      await tx.save(a);
    }
    for (const p of [...plafonds].sort()) {
      await this.bijvullen(tx, p);
    }
  }

  /** A settlement below the grant (Awb 4:46) frees the difference, which goes to the line. */
  async verlaag(tx: EntityManager, plafondId: string, verschil: number): Promise<void> {
    if (verschil <= 0) {
      return;
    }
    await this.regels.vergrendelPlafonds(tx, [plafondId]);
    await this.regels.verlagen(tx, plafondId, verschil);
    await this.bijvullen(tx, plafondId);
  }

  /**
   * What a decision can grant each request now: its reservation plus the free room of its ceiling
   * (Awb 4:25, at the moment of deciding), capped at the aanspraak unless `metAfwijking`. Read-only:
   * with `standen` from `vergrendel` it is exact; without, it is what the file shows now.
   */
  async beschikbaar(
    m: EntityManager,
    aanvragen: readonly OndersteuningsaanvraagEntity[],
    metAfwijking: boolean,
    standen?: Map<string, PlafondStand>,
  ): Promise<Map<string, number>> {
    const s =
      standen ??
      (await this.regels.plafondStanden(
        m,
        aanvragen.map((a) => a.plafondId).filter((p): p is string => p !== null),
      ));
    return new Map(
      aanvragen.map((a) => {
        const stand = a.plafondId ? s.get(a.plafondId) : undefined;
        return [
          a.id,
          stand && a.gevraagdBedrag !== null && a.toegekendBedrag === null
            ? beschikbaarVoorAanvraag({
                gevraagd: a.gevraagdBedrag,
                gereserveerd: a.gereserveerdBedrag,
                aanspraak: a.aanspraakBedrag,
                vrij: vrijeRuimte(stand),
                metAfwijking,
              })
            : 0,
        ];
      }),
    );
  }
}
