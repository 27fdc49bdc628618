import {
  aantalRijen,
  GEPSEUDONIMISEERDE_NAAM,
  mailsPseudonimiserenOver,
  type PersoonsgegevensHandler,
  VERWIJDERDE_TEKST,
} from '@buurtwerk/core';

/** What a pseudonymised address becomes (the column is required). */
const VERWIJDERD_ADRES = '[adres verwijderd: gepseudonimiseerd]';

/**
 * The personal data in the objection library's tables: who objected, their address, e-mail,
 * interest and grounds, and the letter addressed to them. Registered in core's
 * PersoonsgegevensRegister by BezwaarService.onModuleInit.
 *
 * Pseudonymisation keeps what the archive needs (Archiefwet; AVG art. 17(3)(b)): the reference,
 * the dates, the decision on the objection with its reasons and the revised amounts, and the
 * letter, from which only the objector's name and address are taken out. The grounds and the
 * stated interest are the objector's own words and go.
 */
export const bezwaarPersoonsgegevens: PersoonsgegevensHandler = {
  bibliotheek: 'bezwaar',
  volgorde: 60,
  kolommen: [
    { tabel: 'bezwaar', kolom: 'indiener_sub', soort: 'sub' },
    { tabel: 'bezwaar', kolom: 'indiener_naam', soort: 'naam' },
    { tabel: 'bezwaar', kolom: 'indiener_adres', soort: 'vrije-tekst' },
    { tabel: 'bezwaar', kolom: 'indiener_email', soort: 'email' },
    { tabel: 'bezwaar', kolom: 'belang', soort: 'vrije-tekst' },
    { tabel: 'bezwaar', kolom: 'gronden', soort: 'vrije-tekst' },
    { tabel: 'bezwaar', kolom: 'intrekking_toelichting', soort: 'vrije-tekst' },
    { tabel: 'bezwaar', kolom: 'brief', soort: 'vrije-tekst' },
  ],

  async exporteer(m, sub) {
    const rijen = await m.query<Array<{ rij: unknown }>>(
      'SELECT to_jsonb(b) AS rij FROM bezwaar b WHERE b.indiener_sub = $1 ORDER BY b.ingediend_op, b.id',
      [sub],
    );
    return { bezwaren: rijen.map((r) => r.rij) };
  },

  async pseudonimiseer(tx, p) {
    const rijen = await tx.query<Array<{ id: string }>>('SELECT id FROM bezwaar WHERE indiener_sub = $1 ORDER BY id', [p.sub]);
    const ids = rijen.map((r) => r.id);
    if (ids.length === 0) {
      return { telling: { bezwaren: 0 }, records: { Bezwaar: [] } };
    }
    // The receipt, the invitation, the notice of deferral and the letter in the outbox.
    await mailsPseudonimiserenOver(tx, ids);
    const bijgewerkt = await tx.query<unknown[]>(
      `UPDATE bezwaar SET
              brief = CASE WHEN brief IS NULL THEN NULL
                           ELSE replace(replace(replace(brief, indiener_adres, $4), indiener_naam, $3), COALESCE(indiener_email, ''), $6) END,
              indiener_sub = $2, indiener_naam = $3, indiener_adres = $4, indiener_email = NULL,
              belang = CASE WHEN belang IS NULL THEN NULL ELSE $5 END, gronden = $5, intrekking_toelichting = NULL,
              gewijzigd_op = now()
        WHERE id = ANY($1::uuid[]) RETURNING id`,
      [ids, p.pseudo, GEPSEUDONIMISEERDE_NAAM, VERWIJDERD_ADRES, VERWIJDERDE_TEKST, '[e-mailadres verwijderd]'],
    );
    return { telling: { bezwaren: aantalRijen(bijgewerkt) }, records: { Bezwaar: ids } };
  },
};
