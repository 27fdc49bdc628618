import type { EntityManager } from 'typeorm';
import { aantalRijen, GEPSEUDONIMISEERDE_NAAM, mailsPseudonimiserenOver, type PersoonsgegevensHandler } from '@buurtwerk/core';

async function aanmeldingenPseudonimiseren(
  tx: EntityManager,
  rijen: Array<{ id: string; sub: string | null }>,
  pseudoniem: (sub: string) => string,
): Promise<number> {
  if (rijen.length === 0) {
    return 0;
  }
  const ids = rijen.map((r) => r.id);
  await mailsPseudonimiserenOver(tx, ids);
  const bijgewerkt = await tx.query<unknown[]>(
    `UPDATE aanmelding a SET naam = $3,
            email = 'gepseudonimiseerd-' || a.id || '@gepseudonimiseerd.invalid',
            email_sleutel = 'gepseudonimiseerd-' || a.id || '@gepseudonimiseerd.invalid',
            wensen = NULL, gebruiker_id = p.pseudo, gewijzigd_op = now()
       FROM unnest($1::uuid[], $2::text[]) AS p(id, pseudo)
      WHERE a.id = p.id RETURNING a.id`,
    [ids, rijen.map((r) => (r.sub === null ? null : pseudoniem(r.sub))), GEPSEUDONIMISEERDE_NAAM],
  );
  return aantalRijen(bijgewerkt);
}

/**
 * The personal data in this library's tables: meeting sign-ups (the outbox is core's). Sign-ups made
 * without an account match only by the address the identity provider verified, and
 * a sign-up of another account never matches by address. Registered in core's
 * PersoonsgegevensRegister by NetwerkbijeenkomstenService.onModuleInit.
 */
export const netwerkbijeenkomstenPersoonsgegevens: PersoonsgegevensHandler = {
  bibliotheek: 'netwerkbijeenkomsten',
  volgorde: 30,
  kolommen: [
    { tabel: 'aanmelding', kolom: 'naam', soort: 'naam' },
    { tabel: 'aanmelding', kolom: 'email', soort: 'email' },
    { tabel: 'aanmelding', kolom: 'email_sleutel', soort: 'email' },
    { tabel: 'aanmelding', kolom: 'wensen', soort: 'vrije-tekst' },
    { tabel: 'aanmelding', kolom: 'gebruiker_id', soort: 'sub' },
  ],

  async exporteer(m, sub, email) {
    const aanmeldingen = await m.query<Array<{ rij: unknown }>>(
      `SELECT (to_jsonb(a) - 'afmeldcode_hash' - 'email_sleutel')
                || jsonb_build_object('bijeenkomst', jsonb_build_object('titel', b.titel, 'begin', b.begin, 'locatie', b.locatie)) AS rij
         FROM aanmelding a JOIN netwerkbijeenkomst b ON b.id = a.bijeenkomst_id
        WHERE a.gebruiker_id = $1 OR ($2::text IS NOT NULL AND a.gebruiker_id IS NULL AND a.email_sleutel = $2)
        ORDER BY a.aangemaakt_op, a.id`,
      [sub, email],
    );
    return { aanmeldingen: aanmeldingen.map((r) => r.rij) };
  },

  async pseudonimiseer(tx, p) {
    const rijen = await tx.query<Array<{ id: string; sub: string | null }>>(
      `SELECT id, gebruiker_id AS sub FROM aanmelding
        WHERE (gebruiker_id = $1 OR ($2::text IS NOT NULL AND gebruiker_id IS NULL AND email_sleutel = $2))
          AND NOT email LIKE '%@gepseudonimiseerd.invalid'`,
      [p.sub, p.email],
    );
    const aanmeldingen = await aanmeldingenPseudonimiseren(tx, rijen, p.pseudoniem);
    return { telling: { aanmeldingen }, records: { Aanmelding: rijen.map((r) => r.id) } };
  },

  bewaartermijnen: [
    {
      soort: 'aanmeldingen',
      telling: 'aanmeldingen',
      type: 'Aanmelding',
      async pasToe(tx, grens, max, pseudoniem) {
        const rijen = await tx.query<Array<{ id: string; sub: string | null }>>(
          `SELECT a.id, a.gebruiker_id AS sub FROM aanmelding a JOIN netwerkbijeenkomst b ON b.id = a.bijeenkomst_id
            WHERE b.eind < $1 AND NOT a.email LIKE '%@gepseudonimiseerd.invalid' ORDER BY a.id LIMIT $2`,
          [grens, max],
        );
        await aanmeldingenPseudonimiseren(tx, rijen, pseudoniem);
        return rijen.map((r) => r.id);
      },
    },
  ],
};
