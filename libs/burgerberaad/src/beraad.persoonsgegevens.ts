import type { EntityManager } from 'typeorm';
import { aantalRijen, GEPSEUDONIMISEERDE_NAAM, type PersoonsgegevensHandler } from '@buurtwerk/core';

async function aanmeldingenPseudonimiseren(
  tx: EntityManager,
  rijen: Array<{ id: string; sub: string }>,
  pseudoniem: (sub: string) => string,
): Promise<number> {
  if (rijen.length === 0) {
    return 0;
  }
  // The id, probability and selection stay (the published distribution names ids only); the
  // answers go too: with the id they would single a person out.
  const bijgewerkt = await tx.query<unknown[]>(
    `UPDATE beraad_aanmelding a SET aangemeld_door = p.pseudo, naam = $3, email = NULL, kenmerken = '{}'::jsonb
       FROM unnest($1::uuid[], $2::text[]) AS p(id, pseudo)
      WHERE a.id = p.id RETURNING a.id`,
    [rijen.map((r) => r.id), rijen.map((r) => pseudoniem(r.sub)), GEPSEUDONIMISEERDE_NAAM],
  );
  return aantalRijen(bijgewerkt);
}

/**
 * The personal data of the burgerberaad library: who volunteered, their name, address and answers
 * on the features. Registered in core's PersoonsgegevensRegister by BurgerberaadService.onModuleInit.
 * Retention (`beraadaanmeldingen`): counted from the draw, or from the registration deadline when
 * no draw took place.
 */
export const beraadPersoonsgegevens: PersoonsgegevensHandler = {
  bibliotheek: 'burgerberaad',
  volgorde: 55,
  kolommen: [
    { tabel: 'beraad_aanmelding', kolom: 'aangemeld_door', soort: 'sub' },
    { tabel: 'beraad_aanmelding', kolom: 'naam', soort: 'naam' },
    { tabel: 'beraad_aanmelding', kolom: 'email', soort: 'email' },
    { tabel: 'beraad_aanmelding', kolom: 'kenmerken', soort: 'vrije-tekst' },
  ],

  async exporteer(m, sub) {
    const rijen = await m.query<Array<{ rij: unknown }>>(
      `SELECT to_jsonb(a) || jsonb_build_object('burgerberaad', b.onderwerp) AS rij
         FROM beraad_aanmelding a JOIN burgerberaad b ON b.id = a.beraad_id
        WHERE a.aangemeld_door = $1 ORDER BY a.aangemeld_op, a.id`,
      [sub],
    );
    return { beraadaanmeldingen: rijen.map((r) => r.rij) };
  },

  async pseudonimiseer(tx, p) {
    const rijen = await tx.query<Array<{ id: string; sub: string }>>(
      'SELECT id, aangemeld_door AS sub FROM beraad_aanmelding WHERE aangemeld_door = $1',
      [p.sub],
    );
    return {
      telling: { beraadaanmeldingen: await aanmeldingenPseudonimiseren(tx, rijen, p.pseudoniem) },
      records: { BeraadAanmelding: rijen.map((r) => r.id) },
    };
  },

  bewaartermijnen: [
    {
      soort: 'beraadaanmeldingen',
      telling: 'beraadaanmeldingen',
      type: 'BeraadAanmelding',
      async pasToe(tx, grens, max, pseudoniem) {
        const rijen = await tx.query<Array<{ id: string; sub: string }>>(
          `SELECT a.id, a.aangemeld_door AS sub FROM beraad_aanmelding a JOIN burgerberaad b ON b.id = a.beraad_id
            WHERE COALESCE(b.geloot_op, b.aanmelden_tot) < $1 AND NOT a.aangemeld_door LIKE 'pseudoniem:%'
            ORDER BY a.id LIMIT $2`,
          [grens, max],
        );
        await aanmeldingenPseudonimiseren(tx, rijen, pseudoniem);
        return rijen.map((r) => r.id);
      },
    },
  ],
};
