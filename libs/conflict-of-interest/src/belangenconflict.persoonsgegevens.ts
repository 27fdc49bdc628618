import { aantalRijen, GEPSEUDONIMISEERDE_NAAM, type PersoonsgegevensHandler, VERWIJDERDE_TEKST } from '@buurtwerk/core';

/** At most this many records of the register's audit trail in an export (the newest). */
const MAX_AUDIT = 5000;

/**
 * The personal data in the conflict-of-interest library's tables: residents' declarations of
 * interest. Registered in core's PersoonsgegevensRegister by BelangenconflictService.onModuleInit.
 */
export const belangenconflictPersoonsgegevens: PersoonsgegevensHandler = {
  bibliotheek: 'conflict-of-interest',
  volgorde: 40,
  kolommen: [
    { tabel: 'belang_verklaring', kolom: 'gebruiker_id', soort: 'sub' },
    { tabel: 'belang_verklaring', kolom: 'persoon', soort: 'naam' },
    { tabel: 'belang_verklaring', kolom: 'toelichting', soort: 'vrije-tekst' },
  ],

  async exporteer(m, sub) {
    const [verklaringen, audit] = await Promise.all([
      m.query<Array<{ rij: unknown }>>(
        'SELECT to_jsonb(v) AS rij FROM belang_verklaring v WHERE v.gebruiker_id = $1 ORDER BY v.aangemaakt_op, v.id',
        [sub],
      ),
      m.query<Array<{ rij: unknown }>>(
        'SELECT to_jsonb(a) AS rij FROM register_audit a WHERE a.door = $1 ORDER BY a.op DESC LIMIT $2',
        [sub, MAX_AUDIT],
      ),
    ]);
    return {
      belangverklaringen: verklaringen.map((r) => r.rij),
      registerAudit: audit.map((r) => r.rij).reverse(),
    };
  },

  async namen(tx, sub) {
    const rijen = await tx.query<Array<{ persoon: string }>>(
      'SELECT DISTINCT persoon FROM belang_verklaring WHERE gebruiker_id = $1',
      [sub],
    );
    return rijen.map((r) => r.persoon);
  },

  async pseudonimiseer(tx, p) {
    const verklaringen = await tx.query<unknown[]>(
      `UPDATE belang_verklaring SET gebruiker_id = $2, persoon = $3, toelichting = $4, gewijzigd_op = now()
        WHERE gebruiker_id = $1 RETURNING id`,
      [p.sub, p.pseudo, GEPSEUDONIMISEERDE_NAAM, VERWIJDERDE_TEKST],
    );
    return { telling: { belangverklaringen: aantalRijen(verklaringen) } };
  },
};
