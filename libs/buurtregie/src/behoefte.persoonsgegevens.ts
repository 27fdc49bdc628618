import type { EntityManager } from 'typeorm';
import { aantalRijen, type PersoonsgegevensHandler, VERWIJDERDE_TEKST } from '@buurtwerk/core';

async function inbrengPseudonimiseren(tx: EntityManager, sub: string, pseudo: string): Promise<string[]> {
  const rijen = await tx.query<Array<{ id: string }>>('SELECT id FROM behoefte WHERE ingediend_door = $1 ORDER BY id', [sub]);
  if (rijen.length > 0) {
    // The description a resident wrote may name people; the title, theme and status stay (the agenda's substance).
    await tx.query('UPDATE behoefte SET ingediend_door = $2, omschrijving = $3 WHERE ingediend_door = $1', [
      sub,
      pseudo,
      VERWIJDERDE_TEKST,
    ]);
  }
  return rijen.map((r) => r.id);
}

/**
 * The personal data in buurtregie's tables: who brought a need in (and what they wrote), who
 * supports which need, who linked a record, who reacted to a plan (and what they wrote). Registered in core's PersoonsgegevensRegister by
 * BuurtagendaService.onModuleInit. None of it is ever public (docs/domein.md, invariant 12).
 */
export const buurtagendaPersoonsgegevens: PersoonsgegevensHandler = {
  bibliotheek: 'buurtregie',
  volgorde: 60,
  kolommen: [
    { tabel: 'behoefte', kolom: 'ingediend_door', soort: 'sub' },
    { tabel: 'behoefte', kolom: 'omschrijving', soort: 'vrije-tekst' },
    { tabel: 'behoefte_steun', kolom: 'gesteund_door', soort: 'sub' },
    { tabel: 'behoefte_koppeling', kolom: 'gekoppeld_door', soort: 'sub' },
    { tabel: 'plan_reactie', kolom: 'ingediend_door', soort: 'sub' },
    { tabel: 'plan_reactie', kolom: 'tekst', soort: 'vrije-tekst' },
    { tabel: 'programma_inbreng', kolom: 'ingediend_door', soort: 'sub' },
    { tabel: 'programma_inbreng', kolom: 'tekst', soort: 'vrije-tekst' },
  ],

  async exporteer(m, sub) {
    const ingebracht = await m.query<Array<{ rij: unknown }>>(
      'SELECT to_jsonb(b) AS rij FROM behoefte b WHERE b.ingediend_door = $1 ORDER BY b.aangemaakt_op, b.id',
      [sub],
    );
    const steun = await m.query<Array<{ rij: unknown }>>(
      `SELECT jsonb_build_object('behoefte_id', s.behoefte_id, 'titel', b.titel, 'gesteund_op', s.gesteund_op) AS rij
         FROM behoefte_steun s JOIN behoefte b ON b.id = s.behoefte_id WHERE s.gesteund_door = $1 ORDER BY s.gesteund_op, s.id`,
      [sub],
    );
    const koppelingen = await m.query<Array<{ rij: unknown }>>(
      'SELECT to_jsonb(k) AS rij FROM behoefte_koppeling k WHERE k.gekoppeld_door = $1 ORDER BY k.gekoppeld_op, k.id',
      [sub],
    );
    const planReacties = await m.query<Array<{ rij: unknown }>>(
      'SELECT to_jsonb(r) AS rij FROM plan_reactie r WHERE r.ingediend_door = $1 ORDER BY r.ingediend_op, r.id',
      [sub],
    );
    const programmaInbreng = await m.query<Array<{ rij: unknown }>>(
      'SELECT to_jsonb(i) AS rij FROM programma_inbreng i WHERE i.ingediend_door = $1 ORDER BY i.ingediend_op, i.id',
      [sub],
    );
    return {
      programmaInbreng: programmaInbreng.map((r) => r.rij),
      planReacties: planReacties.map((r) => r.rij),
      behoeften: ingebracht.map((r) => r.rij),
      behoefteSteun: steun.map((r) => r.rij),
      behoefteKoppelingen: koppelingen.map((r) => r.rij),
    };
  },

  async pseudonimiseer(tx, p) {
    const behoeften = await inbrengPseudonimiseren(tx, p.sub, p.pseudo);
    // Support stays counted (the agenda's figures), under the pseudonym: still one per person.
    const steun = await tx.query<unknown>('UPDATE behoefte_steun SET gesteund_door = $2 WHERE gesteund_door = $1 RETURNING id', [
      p.sub,
      p.pseudo,
    ]);
    const koppelingen = await tx.query<unknown>(
      'UPDATE behoefte_koppeling SET gekoppeld_door = $2 WHERE gekoppeld_door = $1 RETURNING id',
      [p.sub, p.pseudo],
    );
    // Reactions to plans: the text may name people; the position and the municipality's answer stay (the participation report).
    const reacties = await tx.query<Array<{ id: string }>>('SELECT id FROM plan_reactie WHERE ingediend_door = $1 ORDER BY id', [
      p.sub,
    ]);
    if (reacties.length > 0) {
      await tx.query('UPDATE plan_reactie SET ingediend_door = $2, tekst = $3 WHERE ingediend_door = $1', [
        p.sub,
        p.pseudo,
        VERWIJDERDE_TEKST,
      ]);
    }
    // A partner's input or evaluation: the organisation's contribution stays, the words may name people.
    const inbreng = await tx.query<Array<{ id: string }>>(
      'SELECT id FROM programma_inbreng WHERE ingediend_door = $1 ORDER BY id',
      [p.sub],
    );
    if (inbreng.length > 0) {
      await tx.query('UPDATE programma_inbreng SET ingediend_door = $2, tekst = $3 WHERE ingediend_door = $1', [
        p.sub,
        p.pseudo,
        VERWIJDERDE_TEKST,
      ]);
    }
    return {
      telling: {
        programmaInbreng: inbreng.length,
        behoeften: behoeften.length,
        behoefteSteun: aantalRijen(steun),
        behoefteKoppelingen: aantalRijen(koppelingen),
        planReacties: reacties.length,
      },
      records: { Behoefte: behoeften, PlanReactie: reacties.map((r) => r.id), ProgrammaInbreng: inbreng.map((r) => r.id) },
    };
  },
};
