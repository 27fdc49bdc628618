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

  /** The name a resident let the concierge use: it may also appear in the logbook. */
  async namen(m, sub) {
    const rijen = await m.query<Array<{ naam: string }>>(
      'SELECT DISTINCT naam_met_toestemming AS naam FROM concierge_verzoek WHERE gevraagd_door = $1 AND naam_met_toestemming IS NOT NULL',
      [sub],
    );
    return rijen.map((r) => r.naam);
  },

  async pseudonimiseer(tx, p) {
    // The logbook first, while the requests still name the person: lines about their requests lose
    // name and note; elsewhere a name given with consent is removed wherever it appears.
    const log = await tx.query<unknown[]>(
      `UPDATE concierge_logregel l
          SET naam_met_toestemming = NULL,
              notitie = CASE WHEN l.verzoek_id IN (SELECT id FROM concierge_verzoek WHERE gevraagd_door = $1) THEN $3 ELSE l.notitie END
        WHERE l.verzoek_id IN (SELECT id FROM concierge_verzoek WHERE gevraagd_door = $1)
           OR l.naam_met_toestemming = ANY($2::text[])
        RETURNING l.id`,
      [p.sub, [...p.namen], VERWIJDERDE_TEKST],
    );
    const verzoeken = await tx.query<unknown[]>(
      `UPDATE concierge_verzoek SET gevraagd_door = $2, omschrijving = $3, naam_met_toestemming = NULL,
              reactie = CASE WHEN reactie IS NULL THEN NULL ELSE $3 END
        WHERE gevraagd_door = $1 RETURNING id`,
      [p.sub, p.pseudo, VERWIJDERDE_TEKST],
    );
    return { telling: { conciergeverzoeken: aantalRijen(verzoeken), conciergelogregels: aantalRijen(log) } };
  },
};
