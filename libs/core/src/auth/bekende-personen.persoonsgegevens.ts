import { aantalRijen, type PersoonsgegevensHandler } from '../persoonsgegevens/persoonsgegevens-register';

/**
 * The list of people who signed in (name and last sign-in): exported, deleted on pseudonymisation
 * (the record has no other purpose than finding the person), and deleted after the retention term
 * `bekendepersonen` without a sign-in (AVG art. 5(1)(e)). Its name also identifies the person in
 * other libraries' free text, so it is offered through `namen`.
 */
export const bekendePersonenPersoonsgegevens: PersoonsgegevensHandler = {
  bibliotheek: 'core',
  volgorde: 95,
  kolommen: [
    { tabel: 'bekende_persoon', kolom: 'sub', soort: 'sub' },
    { tabel: 'bekende_persoon', kolom: 'naam', soort: 'naam' },
  ],

  async exporteer(m, sub) {
    const rijen = await m.query<Array<{ rij: unknown }>>(`SELECT to_jsonb(p) AS rij FROM bekende_persoon p WHERE p.sub = $1`, [
      sub,
    ]);
    return { aanmelding: rijen.map((r) => r.rij) };
  },

  async namen(tx, sub) {
    const rijen = await tx.query<Array<{ naam: string }>>('SELECT naam FROM bekende_persoon WHERE sub = $1', [sub]);
    return rijen.map((r) => r.naam);
  },

  async pseudonimiseer(tx, p) {
    const r = await tx.query<unknown[]>('DELETE FROM bekende_persoon WHERE sub = $1 RETURNING sub', [p.sub]);
    return { telling: { bekendePersonen: aantalRijen(r) }, records: {} };
  },

  bewaartermijnen: [
    {
      soort: 'bekendepersonen',
      telling: 'bekendePersonen',
      type: 'BekendePersoon',
      async pasToe(tx, grens, max, pseudoniem) {
        const r = await tx.query<unknown[]>(
          `DELETE FROM bekende_persoon WHERE sub IN (
             SELECT sub FROM bekende_persoon WHERE laatst_gezien < $1 ORDER BY laatst_gezien, sub LIMIT $2)
           RETURNING sub`,
          [grens, max],
        );
        const rijen = (Array.isArray(r) && Array.isArray(r[0]) ? r[0] : r) as Array<{ sub: string }>;
        // The audit trail names the pseudonym, never the sign-in id of someone who is gone.
        return rijen.map((x) => pseudoniem(x.sub));
      },
    },
  ],
};
