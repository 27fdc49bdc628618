import type { EntityManager } from 'typeorm';
import { aantalRijen, mailsPseudonimiserenOver, type PersoonsgegevensHandler, VERWIJDERDE_TEKST } from '@buurtwerk/core';

async function signalenPseudonimiseren(
  tx: EntityManager,
  rijen: Array<{ id: string; sub: string }>,
  pseudoniem: (sub: string) => string,
): Promise<number> {
  if (rijen.length === 0) {
    return 0;
  }
  const ids = rijen.map((r) => r.id);
  // The mails about the signal (reporter's confirmation, feedback) sit in the outbox of netwerkbijeenkomsten.
  await mailsPseudonimiserenOver(tx, ids);
  const bijgewerkt = await tx.query<unknown[]>(
    `UPDATE signaal s SET gemeld_door = p.pseudo, melder_email = NULL, omschrijving = $3,
            terugkoppeling = CASE WHEN s.terugkoppeling IS NULL THEN NULL ELSE $3 END
       FROM unnest($1::uuid[], $2::text[]) AS p(id, pseudo)
      WHERE s.id = p.id RETURNING s.id`,
    [ids, rijen.map((r) => pseudoniem(r.sub)), VERWIJDERDE_TEKST],
  );
  return aantalRijen(bijgewerkt);
}

/**
 * The personal data in the signals library's tables: who reported, their address and what they
 * wrote. Registered in core's PersoonsgegevensRegister by SignalenService.onModuleInit.
 */
export const signalenPersoonsgegevens: PersoonsgegevensHandler = {
  bibliotheek: 'signalen',
  volgorde: 20,
  kolommen: [
    { tabel: 'signaal', kolom: 'gemeld_door', soort: 'sub' },
    { tabel: 'signaal', kolom: 'melder_email', soort: 'email' },
    { tabel: 'signaal', kolom: 'omschrijving', soort: 'vrije-tekst' },
    { tabel: 'signaal', kolom: 'terugkoppeling', soort: 'vrije-tekst' },
  ],

  async exporteer(m, sub) {
    const rijen = await m.query<Array<{ rij: unknown }>>(
      'SELECT to_jsonb(s) AS rij FROM signaal s WHERE s.gemeld_door = $1 ORDER BY s.gemeld_op, s.id',
      [sub],
    );
    return { signalen: rijen.map((r) => r.rij) };
  },

  async pseudonimiseer(tx, p) {
    const rijen = await tx.query<Array<{ id: string; sub: string }>>(
      'SELECT id, gemeld_door AS sub FROM signaal WHERE gemeld_door = $1',
      [p.sub],
    );
    return {
      telling: { signalen: await signalenPseudonimiseren(tx, rijen, p.pseudoniem) },
      records: { Signaal: rijen.map((r) => r.id) },
    };
  },

  bewaartermijnen: [
    {
      soort: 'signalen',
      telling: 'signalen',
      type: 'Signaal',
      async pasToe(tx, grens, max, pseudoniem) {
        const rijen = await tx.query<Array<{ id: string; sub: string }>>(
          `SELECT id, gemeld_door AS sub FROM signaal
            WHERE status = 'AFGEHANDELD' AND afgehandeld_op < $1 AND NOT gemeld_door LIKE 'pseudoniem:%' ORDER BY id LIMIT $2`,
          [grens, max],
        );
        await signalenPseudonimiseren(tx, rijen, pseudoniem);
        return rijen.map((r) => r.id);
      },
    },
  ],
};
