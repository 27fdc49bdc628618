import type { EntityManager } from 'typeorm';
import { aantalRijen, GEPSEUDONIMISEERDE_NAAM, type PersoonsgegevensHandler } from '@buurtwerk/core';
import type { BelangenconflictService } from '@buurtwerk/conflict-of-interest';

/** Pseudonymises these initiatives (the initiator's fields and their own steps in the history). */
async function initiatievenPseudonimiseren(
  tx: EntityManager,
  rijen: Array<{ id: string; sub: string }>,
  pseudoniem: (sub: string) => string,
): Promise<number> {
  if (rijen.length === 0) {
    return 0;
  }
  const ids = rijen.map((r) => r.id);
  const pseudos = rijen.map((r) => pseudoniem(r.sub));
  // Every UPDATE of initiatief also sets gewijzigd_op: partners that mirror initiatives with delta
  // sync (gewijzigdSinds) must fetch the pseudonymised version, not keep the old one.
  // The initiator's name also appears where they stepped aside (ground INDIENER) on their own initiative.
  await tx.query(
    `UPDATE initiatief i SET gewijzigd_op = now(), verschoningen = (
       SELECT COALESCE(jsonb_agg(CASE WHEN v->>'persoon' = i.indiener_naam THEN jsonb_set(v, '{persoon}', to_jsonb($2::text)) ELSE v END
                                 ORDER BY nr), '[]'::jsonb)
         FROM jsonb_array_elements(i.verschoningen) WITH ORDINALITY AS x(v, nr))
      WHERE i.id = ANY($1::uuid[]) AND i.verschoningen <> '[]'::jsonb`,
    [ids, GEPSEUDONIMISEERDE_NAAM],
  );
  await tx.query(
    `UPDATE initiatief_statuswijziging w SET door = $3, door_sub = p.pseudo, toelichting = NULL
       FROM unnest($1::uuid[], $2::text[]) AS p(id, pseudo)
      WHERE w.initiatief_id = p.id AND w.door_indiener`,
    [ids, pseudos, GEPSEUDONIMISEERDE_NAAM],
  );
  const bijgewerkt = await tx.query<unknown[]>(
    `UPDATE initiatief i SET indiener_sub = p.pseudo, indiener_naam = $3, indiener_email = NULL, gewijzigd_op = now()
       FROM unnest($1::uuid[], $2::text[]) AS p(id, pseudo)
      WHERE i.id = p.id RETURNING i.id`,
    [ids, pseudos, GEPSEUDONIMISEERDE_NAAM],
  );
  return aantalRijen(bijgewerkt);
}

/**
 * The personal data in the initiatives library's tables (initiatives, their history, buurtpanels):
 * registered in core's PersoonsgegevensRegister by InitiatievenService.onModuleInit.
 */
export function initiatievenPersoonsgegevens(conflicten: BelangenconflictService): PersoonsgegevensHandler {
  return {
    bibliotheek: 'initiatives',
    // First: it reads the person's declarations of interest (conflict-of-interest) before that library replaces them.
    volgorde: 10,
    kolommen: [
      { tabel: 'initiatief', kolom: 'indiener_sub', soort: 'sub' },
      { tabel: 'initiatief', kolom: 'indiener_naam', soort: 'naam' },
      { tabel: 'initiatief', kolom: 'indiener_email', soort: 'email' },
      { tabel: 'initiatief', kolom: 'verschoningen', soort: 'verschoningen' },
      { tabel: 'initiatief_statuswijziging', kolom: 'door', soort: 'naam' },
      { tabel: 'initiatief_statuswijziging', kolom: 'door_sub', soort: 'sub' },
      { tabel: 'initiatief_statuswijziging', kolom: 'toelichting', soort: 'vrije-tekst' },
      { tabel: 'buurtpanel_lid', kolom: 'gebruiker_id', soort: 'sub' },
      { tabel: 'panelstem', kolom: 'gebruiker_id', soort: 'sub' },
      { tabel: 'panelstem', kolom: 'toelichting', soort: 'vrije-tekst' },
      { tabel: 'panelstemming', kolom: 'verschoningen', soort: 'verschoningen' },
    ],

    async exporteer(m, sub) {
      const rij = async (sql: string): Promise<unknown[]> =>
        (await m.query<Array<{ rij: unknown }>>(sql, [sub])).map((r) => r.rij);
      const [initiatieven, panellidmaatschappen, panelstemmen] = await Promise.all([
        rij(
          `SELECT to_jsonb(i) || jsonb_build_object(
                    'aanvragen', COALESCE((SELECT jsonb_agg(to_jsonb(o) ORDER BY o.volgnummer)
                                             FROM ondersteuningsaanvraag o WHERE o.initiatief_id = i.id), '[]'::jsonb),
                    'statuswijzigingen', COALESCE((SELECT jsonb_agg(to_jsonb(w) ORDER BY w.op, w.id)
                                                     FROM initiatief_statuswijziging w WHERE w.initiatief_id = i.id), '[]'::jsonb),
                    'besluiten', COALESCE((SELECT jsonb_agg(to_jsonb(b) ORDER BY b.genomen_op, b.id)
                                             FROM besluit b WHERE b.initiatief_id = i.id), '[]'::jsonb),
                    -- The letters as their HTML page (the PDF is the same letter; download it from the file).
                    -- Letters about an objection are addressed to the objector (perhaps someone else):
                    -- not in the applicant's export (libs/bezwaar exports the objector's own).
                    'brieven', COALESCE((SELECT jsonb_agg(to_jsonb(b) - 'pdf' ORDER BY b.aangemaakt_op, b.id)
                                           FROM brief b WHERE b.initiatief_id = i.id AND b.bezwaar_id IS NULL), '[]'::jsonb)
                  ) AS rij
             FROM initiatief i WHERE i.indiener_sub = $1 ORDER BY i.aangemaakt_op, i.id`,
        ),
        rij(
          `SELECT jsonb_build_object('panel', p.naam, 'panelId', p.id) AS rij
             FROM buurtpanel_lid l JOIN buurtpanel p ON p.id = l.panel_id WHERE l.gebruiker_id = $1 ORDER BY p.naam`,
        ),
        rij('SELECT to_jsonb(s) AS rij FROM panelstem s WHERE s.gebruiker_id = $1 ORDER BY s.uitgebracht_op'),
      ]);
      return { initiatieven, panellidmaatschappen, panelstemmen };
    },

    async namen(tx, sub) {
      const rijen = await tx.query<Array<{ n: string }>>(
        `SELECT indiener_naam AS n FROM initiatief WHERE indiener_sub = $1
         UNION SELECT door FROM initiatief_statuswijziging WHERE door_sub = $1 AND door_indiener`,
        [sub],
      );
      return rijen.map((r) => r.n);
    },

    async pseudonimiseer(tx, p) {
      const eigen = await tx.query<Array<{ id: string; sub: string }>>(
        'SELECT id, indiener_sub AS sub FROM initiatief WHERE indiener_sub = $1',
        [p.sub],
      );
      const initiatieven = await initiatievenPseudonimiseren(tx, eigen, p.pseudoniem);
      // Initiatives of others on which the person declared an interest or stepped aside: only their entry.
      const verklaard = await conflicten.verklaardeInitiatiefIds(tx, p.sub);
      if (p.namen.length > 0 && verklaard.length > 0) {
        await tx.query(
          `UPDATE initiatief SET gewijzigd_op = now(), verschoningen = (
             SELECT COALESCE(jsonb_agg(CASE WHEN v->>'persoon' = ANY($2::text[]) THEN jsonb_set(v, '{persoon}', to_jsonb($3::text)) ELSE v END
                                       ORDER BY nr), '[]'::jsonb)
               FROM jsonb_array_elements(verschoningen) WITH ORDINALITY AS x(v, nr))
            WHERE id = ANY($1::uuid[]) AND verschoningen <> '[]'::jsonb`,
          [verklaard, p.namen, GEPSEUDONIMISEERDE_NAAM],
        );
      }
      const stemmen = await tx.query<unknown[]>(
        'UPDATE panelstem SET gebruiker_id = $2, toelichting = NULL WHERE gebruiker_id = $1 RETURNING stemming_id',
        [p.sub, p.pseudo],
      );
      const leden = await tx.query<unknown[]>(
        'UPDATE buurtpanel_lid SET gebruiker_id = $2 WHERE gebruiker_id = $1 RETURNING panel_id',
        [p.sub, p.pseudo],
      );
      await tx.query(
        `UPDATE panelstemming SET verschoningen = (
           SELECT COALESCE(jsonb_agg(CASE WHEN v->>'gebruikerId' = $1
                                     THEN v || jsonb_build_object('gebruikerId', $2::text, 'persoon', $3::text) ELSE v END
                                     ORDER BY nr), '[]'::jsonb)
             FROM jsonb_array_elements(verschoningen) WITH ORDINALITY AS x(v, nr))
          WHERE verschoningen @> jsonb_build_array(jsonb_build_object('gebruikerId', $1::text))`,
        [p.sub, p.pseudo, GEPSEUDONIMISEERDE_NAAM],
      );
      return {
        telling: { initiatieven, panelstemmen: aantalRijen(stemmen), panellidmaatschappen: aantalRijen(leden) },
        records: { Initiatief: eigen.map((r) => r.id) },
      };
    },

    bewaartermijnen: [
      {
        soort: 'initiatiefconcepten',
        telling: 'initiatieven',
        type: 'Initiatief',
        async pasToe(tx, grens, max, pseudoniem) {
          // Only what never got a decision: drafts and withdrawn requests. Decisions stay (Archiefwet).
          const rijen = await tx.query<Array<{ id: string; sub: string }>>(
            `SELECT id, indiener_sub AS sub FROM initiatief
              WHERE status IN ('CONCEPT', 'INGETROKKEN') AND besluit_uitkomst IS NULL AND gewijzigd_op < $1
                AND NOT indiener_sub LIKE 'pseudoniem:%' ORDER BY id LIMIT $2`,
            [grens, max],
          );
          await initiatievenPseudonimiseren(tx, rijen, pseudoniem);
          return rijen.map((r) => r.id);
        },
      },
    ],
  };
}
