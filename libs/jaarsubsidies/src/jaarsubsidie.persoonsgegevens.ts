import { aantalRijen, GEPSEUDONIMISEERDE_NAAM, type PersoonsgegevensHandler } from '@buurtwerk/core';

/** What a pseudonymised contact address becomes: letters then go nowhere until the organisation gives a new one. */
const VERWIJDERD_ADRES = 'verwijderd@gepseudonimiseerd.invalid';

/**
 * The personal data in the yearly subsidies: who applied (sub and name) and the contact address the
 * applicant gave, and who reported a change. Registered by JaarsubsidiesService.onModuleInit.
 *
 * The application, the plan, the budget, the account and the decisions are the organisation's and
 * archival records (Archiefwet); pseudonymisation takes out only the person: the sub, the name,
 * and the contact address when it is the person's own (the verified e-mail of the request).
 */
export const jaarsubsidiePersoonsgegevens: PersoonsgegevensHandler = {
  bibliotheek: 'jaarsubsidies',
  volgorde: 58,
  kolommen: [
    { tabel: 'jaarsubsidie', kolom: 'ingediend_door_sub', soort: 'sub' },
    { tabel: 'jaarsubsidie', kolom: 'ingediend_door', soort: 'naam' },
    { tabel: 'jaarsubsidie', kolom: 'contact_email', soort: 'email' },
    { tabel: 'jaarsubsidie_wijziging', kolom: 'gemeld_door_sub', soort: 'sub' },
  ],

  async exporteer(m, sub) {
    const aanvragen = await m.query<Array<{ rij: unknown }>>(
      `SELECT jsonb_build_object('referentie', j.referentie, 'boekjaar', j.boekjaar, 'ingediendDoor', j.ingediend_door,
              'contactEmail', j.contact_email, 'ingediendOp', j.ingediend_op) AS rij
         FROM jaarsubsidie j WHERE j.ingediend_door_sub = $1 ORDER BY j.ingediend_op, j.id`,
      [sub],
    );
    const meldingen = await m.query<Array<{ rij: unknown }>>(
      `SELECT jsonb_build_object('soort', w.soort, 'omschrijving', w.omschrijving, 'gemeldOp', w.gemeld_op) AS rij
         FROM jaarsubsidie_wijziging w WHERE w.gemeld_door_sub = $1 ORDER BY w.gemeld_op, w.id`,
      [sub],
    );
    return { jaarsubsidieAanvragen: aanvragen.map((r) => r.rij), jaarsubsidieMeldingen: meldingen.map((r) => r.rij) };
  },

  async pseudonimiseer(tx, p) {
    const aanvragen = await tx.query<unknown[]>(
      `UPDATE jaarsubsidie SET ingediend_door_sub = $2, ingediend_door = $3,
              contact_email = CASE WHEN $4::text IS NOT NULL AND lower(contact_email) = lower($4::text) THEN $5 ELSE contact_email END,
              gewijzigd_op = now()
        WHERE ingediend_door_sub = $1 RETURNING id`,
      [p.sub, p.pseudo, GEPSEUDONIMISEERDE_NAAM, p.email, VERWIJDERD_ADRES],
    );
    const meldingen = await tx.query<unknown[]>(
      'UPDATE jaarsubsidie_wijziging SET gemeld_door_sub = $2 WHERE gemeld_door_sub = $1 RETURNING id',
      [p.sub, p.pseudo],
    );
    return { telling: { jaarsubsidieAanvragen: aantalRijen(aanvragen), jaarsubsidieMeldingen: aantalRijen(meldingen) } };
  },
};
