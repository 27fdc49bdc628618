import { aantalRijen, type PersoonsgegevensHandler, VERWIJDERDE_TEKST } from '@buurtwerk/core';

/**
 * The personal data of the buurtconciërges library: who asked what (requests), and a name in the
 * logbook given with consent. Registered in core's PersoonsgegevensRegister by ConciergeService.
 */
export const conciergePersoonsgegevens: PersoonsgegevensHandler = {
  bibliotheek: 'buurtconcierges',
  volgorde: 57,
  kolommen: [
    { tabel: 'concierge_verzoek', kolom: 'gevraagd_door', soort: 'sub' },
    { tabel: 'concierge_verzoek', kolom: 'omschrijving', soort: 'vrije-tekst' },
    { tabel: 'concierge_verzoek', kolom: 'naam_met_toestemming', soort: 'naam' },
    { tabel: 'concierge_verzoek', kolom: 'reactie', soort: 'vrije-tekst' },
    { tabel: 'concierge_logregel', kolom: 'naam_met_toestemming', soort: 'naam' },
    { tabel: 'concierge_logregel', kolom: 'notitie', soort: 'vrije-tekst' },
  ],

  async exporteer(m, sub) {
    const rijen = await m.query<Array<{ rij: unknown }>>(
      'SELECT to_jsonb(v) AS rij FROM concierge_verzoek v WHERE v.gevraagd_door = $1 ORDER BY v.gevraagd_op, v.id',
      [sub],
    );
    return { conciergeverzoeken: rijen.map((r) => r.rij) };
  },

  async pseudonimiseer(tx, p) {
    const verzoeken = await tx.query<unknown[]>(
      `UPDATE concierge_verzoek SET gevraagd_door = $2, omschrijving = $3, naam_met_toestemming = NULL,
              reactie = CASE WHEN reactie IS NULL THEN NULL ELSE $3 END
        WHERE gevraagd_door = $1 RETURNING id`,
      [p.sub, p.pseudo, VERWIJDERDE_TEKST],
    );
    // A name given with consent is removed wherever the person's names appear in the logbook.
    const log =
      p.namen.length > 0
        ? await tx.query<unknown[]>(
            'UPDATE concierge_logregel SET naam_met_toestemming = NULL WHERE naam_met_toestemming = ANY($1::text[]) RETURNING id',
            [[...p.namen]],
          )
        : [];
    return { telling: { conciergeverzoeken: aantalRijen(verzoeken), conciergelogregels: aantalRijen(log) } };
  },
};
