import type { Client } from 'pg';

/** One invariant checked in SQL after a benchmark or soak run. */
export interface Uitkomst {
  naam: string;
  goed: boolean;
  detail: string;
}

/**
 * The ceiling invariants (docs/domein.md, invariants 2 and 3: a ceiling is never exceeded; the ledger matches the
 * requests), shared by `npm run bench` and `npm run soak`.
 */
export async function plafondInvarianten(db: Client): Promise<Uitkomst[]> {
  const {
    rows: [plafond],
  } = await db.query<{ te_hoog: number; plafonds: number; vol: number }>(
    `SELECT count(*) FILTER (WHERE verleend + gereserveerd > bedrag OR verleend < 0 OR gereserveerd < 0)::int AS te_hoog,
            count(*) FILTER (WHERE bedrag - verleend - gereserveerd < 20000)::int AS vol,
            count(*)::int AS plafonds FROM subsidieplafond`,
  );
  const {
    rows: [grootboek],
  } = await db.query<{ afwijkend: number }>(
    `SELECT count(*)::int AS afwijkend FROM subsidieplafond p
       LEFT JOIN (SELECT plafond_id, sum(gereserveerd) AS gereserveerd, sum(verleend) AS verleend FROM (
                  SELECT a.plafond_id,
                         sum(a.gereserveerd_bedrag) AS gereserveerd,
                         sum(a.toegekend_bedrag) FILTER (WHERE i.status IN ('TOEGEKEND','UITGEVOERD','VASTGESTELD')) AS verleend
                    FROM ondersteuningsaanvraag a JOIN initiatief i ON i.id = a.initiatief_id
                   WHERE a.plafond_id IS NOT NULL GROUP BY a.plafond_id
                  UNION ALL
                  -- Yearly subsidies (libs/jaarsubsidies) hold their own ceilings: the grant, after settlement the settled amount.
                  SELECT j.plafond_id, sum(j.gereserveerd_bedrag),
                         sum(COALESCE(j.vastgesteld_bedrag, j.verleend_bedrag)) FILTER (WHERE j.status IN ('VERLEEND','VERANTWOORD','VASTGESTELD'))
                    FROM jaarsubsidie j WHERE j.plafond_id IS NOT NULL GROUP BY j.plafond_id) d
                 GROUP BY plafond_id) l ON l.plafond_id = p.id
      WHERE p.gereserveerd <> COALESCE(l.gereserveerd, 0) OR p.verleend <> COALESCE(l.verleend, 0)`,
  );
  return [
    {
      naam: 'plafonds: verleend + gereserveerd <= bedrag',
      goed: plafond.te_hoog === 0,
      detail: `${plafond.te_hoog} van ${plafond.plafonds} overschreden; ${plafond.vol} (bijna) vol`,
    },
    {
      naam: 'plafonds: gereserveerd en verleend = som van de aanvragen',
      goed: grootboek.afwijkend === 0,
      detail: `${grootboek.afwijkend} plafonds wijken af`,
    },
  ];
}
