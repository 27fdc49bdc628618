/**
 * Seeds the benchmark database: Heerlen's 57 buurten with a large, realistic data set.
 *
 *   npx ts-node -r tsconfig-paths/register bench/genereer.ts [--schaal 1] [--database buurtwerk_bench]
 *
 * DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres); the
 * database `buurtwerk_bench` on it is dropped and created again. Schaal 1.0 gives 100,000
 * initiatives (all statuses), 1,000,000 activities, 5,000 organisations, 200,000 signals and
 * 50,000 meeting sign-ups; `--schaal 0.01` is a quick run.
 *
 * The schema comes from the project's own migrations and the reference data (buurten, wijken,
 * stadsdelen), the demo menukaart and its subsidy rules from starting the app once. Everything
 * else is set-based SQL (INSERT ... SELECT generate_series), never row by row, and keeps every
 * constraint and invariant: references unique and gapless per year with the counters set,
 * ceilings with verleend + gereserveerd <= bedrag and a ledger that adds up, one non-cancelled
 * meeting per buurt, and per meeting the first `capaciteit` active sign-ups AANGEMELD, the rest
 * on the waiting list in order of receipt.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { loadConfig } from '@buurtwerk/core';
import { maakApp } from '../apps/api/src/app.factory';
import { laadDemodata } from '../apps/api/src/demo/demo-data';

export const BENCH_DATABASE = 'buurtwerk_bench';

export interface Omvang {
  organisaties: number;
  activiteiten: number;
  initiatieven: number;
  signalen: number;
  aanmeldingen: number;
}

export function omvangVoor(schaal: number): Omvang {
  const n = (x: number): number => Math.max(1, Math.round(x * schaal));
  return {
    organisaties: n(5_000),
    activiteiten: n(1_000_000),
    initiatieven: n(100_000),
    signalen: n(200_000),
    aanmeldingen: n(50_000),
  };
}

export function databaseUrl(server: string, naam: string): string {
  const url = new URL(server);
  url.pathname = `/${naam}`;
  return url.toString();
}

function argument(naam: string): string | undefined {
  const i = process.argv.indexOf(`--${naam}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function stap(client: Client, naam: string, sql: string, params: unknown[] = []): Promise<void> {
  const t0 = performance.now();
  const r = await client.query(sql, params);
  const rijen = r.rowCount === null ? '' : ` (${r.rowCount} rijen)`;
  console.log(`  ${naam}${rijen}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

export async function maakDatabase(server: string, naam: string): Promise<void> {
  const beheer = new Client({ connectionString: server });
  await beheer.connect();
  try {
    await beheer.query(`DROP DATABASE IF EXISTS "${naam}" WITH (FORCE)`);
    await beheer.query(`CREATE DATABASE "${naam}"`);
  } finally {
    await beheer.end();
  }
}

/** Migrations, reference data and the demo menukaart (subsidy rules, ceilings, instruments). */
export async function schemaEnReferentiedata(url: string): Promise<void> {
  const config = { ...loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'warn' }), databaseUrl: url, migrateOnStart: true };
  const app = await maakApp(config);
  try {
    await laadDemodata(app);
  } finally {
    await app.close();
  }
}

export async function vulBulk(client: Client, o: Omvang): Promise<void> {
  // Deterministic: every run with the same scale generates the same data.
  await client.query('SELECT setseed(0.2024)');
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET work_mem = '256MB'`);
  await client.query(`SET maintenance_work_mem = '512MB'`);

  // "0042", "12345": padStart(4, '0') as in the app (lpad would cut numbers above 9999).
  await client.query(`CREATE FUNCTION pg_temp.bench_nummer(n bigint) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT lpad(n::text, GREATEST(4, length(n::text)), '0') $$`);
  await stap(
    client,
    'hulptabellen',
    `CREATE TEMP TABLE b_idx AS
       SELECT (row_number() OVER (ORDER BY b.code))::int - 1 AS i, b.id, b.code, w.stadsdeel_id
         FROM buurt b JOIN wijk w ON w.id = b.wijk_id`,
  );

  // Every buurt its buurtregisseur: the demo has four for 13 buurten; the rest get one per four buurten.
  await stap(
    client,
    'buurtregisseurs',
    `WITH zonder AS (
       SELECT b.i, b.id, row_number() OVER (ORDER BY b.code) - 1 AS k
         FROM b_idx b WHERE NOT EXISTS (SELECT 1 FROM medewerker_buurt mb WHERE mb.buurt_id = b.id)
     ), nieuw AS (
       INSERT INTO medewerker (naam, functie, email, telefoon, gebruiker_id)
       SELECT 'Buurtregisseur ' || g || ' (bench)', 'Buurtregisseur', 'regisseur' || g || '@bench.invalid', '14 045',
              'bench-regisseur-' || g
         FROM generate_series(1, (SELECT ceil(count(*) / 4.0)::int FROM zonder)) g
       RETURNING id, gebruiker_id
     )
     INSERT INTO medewerker_buurt (medewerker_id, buurt_id)
     SELECT n.id, z.id FROM zonder z JOIN nieuw n ON n.gebruiker_id = 'bench-regisseur-' || (z.k / 4 + 1)`,
  );
  await client.query(`CREATE TEMP TABLE b_regisseur AS
    SELECT DISTINCT ON (mb.buurt_id) mb.buurt_id, m.id AS medewerker_id
      FROM medewerker_buurt mb JOIN medewerker m ON m.id = mb.medewerker_id
     ORDER BY mb.buurt_id, (m.functie ILIKE '%regisseur%') DESC, m.naam, m.id`);

  // ---------------------------------------------------------------- organisaties
  await stap(
    client,
    'organisaties',
    `INSERT INTO organisatie (naam, zoeknaam, soort, kvk_nummer, beschrijving, website, aangemaakt_op, gewijzigd_op)
     SELECT naam, lower(naam), soort, CASE WHEN r < 0.7 THEN lpad((10000000 + g * 7919 % 89999999)::text, 8, '0') END,
            'Organisatie uit de buurt: ' || soort || ', actief sinds ' || (2000 + g % 25) || '.',
            CASE WHEN r < 0.5 THEN 'https://org' || g || '.bench.invalid' END,
            t, LEAST(now(), t + (r * 400) * interval '1 day' * (r < 0.3)::int)
       FROM (SELECT g, random() AS r,
                    (ARRAY['Buurtvereniging','Stichting','Buurtpunt','Sportclub','Wijkraad','Zorgcoöperatie','Koor','Moestuin'])[1 + g % 8]
                      || ' ' || (ARRAY['De Kommen','Molenberg','Schandelen','Zeswegen','Meezenbroek','Grasbroek','Douve Weien','Vrieheide'])[1 + (g / 8) % 8]
                      || ' ' || g AS naam,
                    (ARRAY['BUURTORGANISATIE','STICHTING','VERENIGING','MAATSCHAPPELIJKE_PARTNER','ONDERNEMER','OVERIG'])[1 + floor(random() * 6)::int] AS soort,
                    now() - interval '1500 days' + random() * interval '1400 days' AS t
               FROM generate_series(1, $1::int) g) s`,
    [o.organisaties],
  );
  await client.query(`CREATE TEMP TABLE o_idx AS SELECT (row_number() OVER (ORDER BY id))::int - 1 AS i, id FROM organisatie`);
  await stap(
    client,
    'organisatie_buurt',
    `INSERT INTO organisatie_buurt (organisatie_id, buurt_id)
     SELECT DISTINCT o.id, b.id
       FROM o_idx o
       CROSS JOIN LATERAL generate_series(0, (o.i % 3)) k
       JOIN b_idx b ON b.i = (floor(57 * power(((o.i * 0.6180339887) + k * 0.137) % 1, 1.3))::int)
     ON CONFLICT DO NOTHING`,
  );
  await stap(
    client,
    'bestuursfuncties',
    `INSERT INTO bestuursfunctie (organisatie_id, persoon, functie, vanaf, tot, gebruiker_id)
     SELECT o.id, 'Bestuurder ' || o.i || '-' || k || ' (bench)', (ARRAY['Voorzitter','Secretaris','Penningmeester'])[k],
            DATE '2015-01-01' + (o.i * 37 + k * 101) % 3000, NULL, CASE WHEN o.i % 10 = 0 THEN 'bench-bestuurder-' || o.i END
       FROM o_idx o CROSS JOIN generate_series(1, 1 + o.i % 3) k`,
  );

  // ---------------------------------------------------------------- activiteiten
  // Three years back and one ahead; busier buurten (skewed), 85% with an organiser.
  await stap(
    client,
    'activiteiten',
    `INSERT INTO activiteit (titel, beschrijving, begin, eind, locatie, buurt_id, organisator_id, initiatief_id,
                             vrijwilligers_gezocht, geannuleerd, gepubliceerd_door, aangemaakt_op, gewijzigd_op)
     SELECT (ARRAY['Koffieochtend','Samen tuinieren','Spreekuur opbouwwerk','Opschoondag','Buurtmaaltijd','Repair café',
                   'Taalcafé','Beweegmiddag','Kinderdisco','Wandelgroep','Buurtvergadering','Kaartmiddag'])[1 + s.g % 12],
            CASE WHEN s.r1 < 0.8 THEN 'Iedereen uit de buurt is welkom; aanmelden is niet nodig. Koffie en thee staan klaar.' END,
            s.begin,
            CASE WHEN s.r1 < 0.9 THEN s.begin + (1 + floor(s.r2 * 4)) * interval '1 hour' END,
            CASE WHEN s.r2 < 0.9 THEN 'Buurthuis ' || b.code END,
            b.id, CASE WHEN s.r3 < 0.85 THEN o.id END, NULL,
            s.r4 < 0.15, s.r4 > 0.97, 'bench-partner-' || (s.g % 500),
            s.aangemaakt, LEAST(now(), s.aangemaakt + (s.r5 < 0.1)::int * s.r5 * 300 * interval '1 day')
       FROM (SELECT g, r1, r2, r3, r4, r5, begin, bi, oi,
                    CASE WHEN begin > now() THEN now() - r5 * interval '120 days'
                         ELSE begin - (1 + r5 * 60) * interval '1 day' END AS aangemaakt
               FROM (SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
                            date_trunc('hour', now() - interval '1095 days' + random() * interval '1460 days') AS begin,
                            floor(57 * power(random(), 1.3))::int AS bi,
                            floor(random() * $2::int)::int AS oi
                       FROM generate_series(1, $1::int) g) t) s
       JOIN b_idx b ON b.i = s.bi
       JOIN o_idx o ON o.i = s.oi`,
    [o.activiteiten, o.organisaties],
  );

  // ---------------------------------------------------------------- initiatieven
  await client.query(`CREATE TEMP TABLE regels AS
    SELECT DISTINCT ON (r.code) r.code, r.id AS regeling_id, r.beslistermijn_weken, i.id AS instrument_id
      FROM subsidieregeling r JOIN instrument i ON i.regeling_code = r.code
     WHERE r.code IN ('BUURTAKTIE_VOORBEELD', 'STADSDEELINITIATIEF_VOORBEELD')
     ORDER BY r.code, r.versie DESC`);
  await stap(
    client,
    'initiatieven (plan)',
    `CREATE TEMP TABLE ini AS
     WITH basis AS (
       SELECT g, gen_random_uuid() AS id, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6,
              CASE WHEN r < 0.10 THEN 'CONCEPT' WHEN r < 0.18 THEN 'INGEDIEND' WHEN r < 0.28 THEN 'IN_BEHANDELING'
                   WHEN r < 0.32 THEN 'AANVULLING_GEVRAAGD' WHEN r < 0.35 THEN 'BIJ_BUURTPANEL' WHEN r < 0.60 THEN 'TOEGEKEND'
                   WHEN r < 0.70 THEN 'AFGEWEZEN' WHEN r < 0.75 THEN 'INGETROKKEN' WHEN r < 0.85 THEN 'UITGEVOERD'
                   ELSE 'VASTGESTELD' END AS status
         FROM (SELECT g, random() AS r FROM generate_series(1, ${o.initiatieven}) g) s
     ), tijd AS (
       SELECT *,
              CASE WHEN status = 'BIJ_BUURTPANEL' OR r2 < 0.8 THEN 'BUURT' WHEN r2 < 0.95 THEN 'STADSDEEL' ELSE 'STAD' END AS schaal,
              CASE WHEN status = 'CONCEPT' THEN NULL
                   WHEN status IN ('INGEDIEND','IN_BEHANDELING','AANVULLING_GEVRAAGD','BIJ_BUURTPANEL')
                     THEN now() - r5 * interval '80 days'
                   ELSE now() - interval '60 days' - r5 * interval '1000 days' END AS ingediend_op,
              floor(57 * power(r3, 1.3))::int AS bi
         FROM basis
     )
     SELECT t.*, b.id AS buurt1, b2.id AS buurt2, b.stadsdeel_id AS stadsdeel_b1, b2.stadsdeel_id AS stadsdeel_b2,
            rg.regeling_id, rg.instrument_id, rg.code AS regeling_code, rg.beslistermijn_weken,
            CASE WHEN t.schaal = 'BUURT' THEN 100 * (100 + floor(t.r4 * 1400)) ELSE 100 * (500 + floor(t.r4 * 7000)) END::bigint AS gevraagd,
            (t.ingediend_op AT TIME ZONE 'Europe/Amsterdam')::date AS ingediend_datum,
            extract(year FROM t.ingediend_op AT TIME ZONE 'Europe/Amsterdam')::int AS jaar
       FROM tijd t
       JOIN b_idx b ON b.i = t.bi
       JOIN b_idx b2 ON b2.i = (t.bi + 1) % 57
       JOIN regels rg ON rg.code = CASE WHEN t.schaal = 'BUURT' THEN 'BUURTAKTIE_VOORBEELD' ELSE 'STADSDEELINITIATIEF_VOORBEELD' END`,
  );
  await stap(
    client,
    'initiatieven',
    `INSERT INTO initiatief (id, referentie, titel, beschrijving, schaal, buurt_ids, stadsdeel_id, aanvrager_soort, organisatie_id,
        aantal_betrokken_bewoners, startdatum, einddatum, status, indiener_sub, indiener_naam, indiener_email, ingediend_op,
        ingediend_datum, beslistermijn_weken, beslissen_uiterlijk, opgeschort_sinds, dagen_opgeschort, aanvullen_uiterlijk,
        aanvulling_verzoek, toetsresultaat, besluit_uitkomst, besluit_motivering, besluit_genomen_op, besluit_genomen_door,
        besluit_genomen_door_sub, bezwaar_mogelijk_tot, verschoningen, verslag, werkelijke_kosten, vaststelling_toelichting,
        aangemaakt_op, gewijzigd_op)
     SELECT i.id,
            CASE WHEN i.status <> 'CONCEPT' THEN
              'INI-' || i.jaar || '-' || pg_temp.bench_nummer(row_number() OVER (PARTITION BY i.jaar ORDER BY i.ingediend_op, i.id)
                + coalesce((SELECT t.laatste FROM initiatief_referentieteller t WHERE t.jaar = i.jaar), 0)) END,
            (ARRAY['Buurtmoestuin','Straatfeest','Speeltuin opknappen','Buurtkast','Ouderenmiddag','Jeugdvoetbal',
                   'Muurschildering','Repair café','Buurtbarbecue','Taalmaatjes'])[1 + i.g % 10] || ' ' || i.g,
            'Bewoners willen samen iets doen voor de buurt: een plan met begroting, vrijwilligers en een planning.',
            i.schaal,
            CASE i.schaal WHEN 'BUURT' THEN CASE WHEN i.r6 < 0.2 THEN ARRAY[i.buurt1, i.buurt2] ELSE ARRAY[i.buurt1] END
                          ELSE ARRAY[]::uuid[] END,
            CASE i.schaal WHEN 'STAD' THEN NULL
                          WHEN 'STADSDEEL' THEN i.stadsdeel_b1
                          ELSE CASE WHEN i.r6 >= 0.2 OR i.stadsdeel_b1 = i.stadsdeel_b2 THEN i.stadsdeel_b1 END END,
            CASE WHEN i.schaal = 'BUURT' THEN CASE WHEN i.r6 < 0.6 THEN 'BEWONER' ELSE 'BEWONERSGROEP' END
                 ELSE CASE WHEN i.r6 < 0.5 THEN 'BEWONERSGROEP' ELSE 'ORGANISATIE' END END,
            CASE WHEN i.schaal <> 'BUURT' AND i.r6 >= 0.5 THEN o.id END,
            5 + floor(i.r2 * 40)::int,
            COALESCE(i.ingediend_datum, current_date) + 35 + (i.g % 60),
            COALESCE(i.ingediend_datum, current_date) + 36 + (i.g % 60) + (i.g % 5) * 30,
            i.status,
            'bench-bewoner-' || (i.g % 40000), 'Bewoner ' || (i.g % 40000) || ' (bench)', 'bewoner' || (i.g % 40000) || '@bench.invalid',
            i.ingediend_op, i.ingediend_datum,
            CASE WHEN i.status <> 'CONCEPT' THEN i.beslistermijn_weken END,
            CASE WHEN i.status <> 'CONCEPT' THEN i.ingediend_datum + i.beslistermijn_weken * 7 END,
            CASE WHEN i.status = 'AANVULLING_GEVRAAGD' THEN i.ingediend_datum + 10 END,
            0,
            CASE WHEN i.status = 'AANVULLING_GEVRAAGD' THEN i.ingediend_datum + 24 END,
            CASE WHEN i.status = 'AANVULLING_GEVRAAGD' THEN 'Stuur een begroting met kosten en inkomsten mee.' END,
            CASE WHEN i.status <> 'CONCEPT' THEN jsonb_build_array(
              jsonb_build_object('voorwaarde', i.regeling_code || '.SAMEN', 'voldaan', true, 'toelichting', NULL),
              jsonb_build_object('voorwaarde', i.regeling_code || '.EIGEN_BIJDRAGE', 'voldaan', i.r4 > 0.1, 'toelichting', NULL)) END,
            CASE WHEN i.status IN ('TOEGEKEND','UITGEVOERD','VASTGESTELD') THEN 'TOEGEKEND' WHEN i.status = 'AFGEWEZEN' THEN 'AFGEWEZEN' END,
            CASE WHEN i.status IN ('TOEGEKEND','UITGEVOERD','VASTGESTELD','AFGEWEZEN') THEN 'Getoetst aan de regeling; zie de bevindingen.' END,
            CASE WHEN i.status IN ('TOEGEKEND','UITGEVOERD','VASTGESTELD','AFGEWEZEN')
                 THEN i.ingediend_op + i.r5 * i.beslistermijn_weken * interval '7 days' END,
            CASE WHEN i.status IN ('TOEGEKEND','UITGEVOERD','VASTGESTELD','AFGEWEZEN') THEN 'Beleidsmedewerker (bench)' END,
            CASE WHEN i.status IN ('TOEGEKEND','UITGEVOERD','VASTGESTELD','AFGEWEZEN') THEN 'bench-beleid-1' END,
            CASE WHEN i.status IN ('TOEGEKEND','UITGEVOERD','VASTGESTELD','AFGEWEZEN')
                 THEN i.ingediend_datum + i.beslistermijn_weken * 7 + 42 END,
            '[]'::jsonb,
            CASE WHEN i.status IN ('UITGEVOERD','VASTGESTELD') THEN 'Het initiatief is uitgevoerd zoals gepland.' END,
            CASE WHEN i.status IN ('UITGEVOERD','VASTGESTELD') THEN i.gevraagd END,
            CASE WHEN i.status = 'VASTGESTELD' THEN 'Vastgesteld op het toegekende bedrag.' END,
            COALESCE(i.ingediend_op - (1 + i.r2 * 30) * interval '1 day', now() - i.r5 * interval '200 days'),
            CASE WHEN i.status = 'CONCEPT' THEN now() - i.r5 * interval '200 days'
                 WHEN i.status IN ('INGEDIEND','IN_BEHANDELING','AANVULLING_GEVRAAGD','BIJ_BUURTPANEL')
                   THEN LEAST(now(), i.ingediend_op + i.r2 * interval '10 days')
                 ELSE LEAST(now(), i.ingediend_op + i.r5 * i.beslistermijn_weken * interval '7 days' + i.r2 * interval '50 days') END
       FROM ini i
       LEFT JOIN o_idx o ON o.i = i.g % (SELECT count(*) FROM o_idx)`,
  );

  // Ceilings per rule and year. The ledger: open applications hold a reservation, granted ones count as verleend.
  await stap(
    client,
    'subsidieplafonds',
    `INSERT INTO subsidieplafond (regeling_code, periode, stadsdeel_id, bedrag)
     SELECT r.code, j::text, NULL, 1
       FROM regels r CROSS JOIN generate_series((SELECT min(jaar) FROM ini), (SELECT max(jaar) FROM ini) + 1) j
     ON CONFLICT DO NOTHING`,
  );
  await stap(
    client,
    'ondersteuningsaanvragen',
    `INSERT INTO ondersteuningsaanvraag (initiatief_id, volgnummer, instrument_id, regeling_id, gevraagd_bedrag, eigen_bijdrage,
                                         toelichting, plafond_id, gereserveerd_bedrag, toegekend_bedrag, vastgesteld_bedrag)
     SELECT i.id, 1, i.instrument_id, CASE WHEN i.status <> 'CONCEPT' THEN i.regeling_id END, i.gevraagd,
            (i.gevraagd * (0.1 + i.r4 * 0.3))::bigint, 'Materiaal, huur en catering.',
            p.id,
            CASE WHEN i.status IN ('INGEDIEND','IN_BEHANDELING','AANVULLING_GEVRAAGD','BIJ_BUURTPANEL') THEN i.gevraagd ELSE 0 END,
            CASE WHEN i.status IN ('TOEGEKEND','UITGEVOERD','VASTGESTELD') THEN i.gevraagd END,
            CASE WHEN i.status = 'VASTGESTELD' THEN i.gevraagd END
       FROM ini i
       LEFT JOIN subsidieplafond p ON i.status <> 'CONCEPT' AND p.regeling_code = i.regeling_code
                                  AND p.periode = i.jaar::text AND p.stadsdeel_id IS NULL`,
  );
  await stap(
    client,
    'ondersteuningsaanvragen (materiaal, promotie)',
    `INSERT INTO ondersteuningsaanvraag (initiatief_id, volgnummer, instrument_id, toelichting, gereserveerd_bedrag)
     SELECT i.id, 2, ins.id, 'Graag ook dit.', 0
       FROM ini i
       JOIN LATERAL (SELECT id FROM instrument WHERE regeling_code IS NULL ORDER BY naam OFFSET (i.g % 3) LIMIT 1) ins ON true
      WHERE i.r6 < 0.3`,
  );
  const jaar = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date()));
  await stap(
    client,
    'plafonds bijwerken',
    `UPDATE subsidieplafond p
        SET verleend = l.verleend, gereserveerd = l.gereserveerd,
            -- past years nearly used up; the current year with room for the submission benchmark
            bedrag = (l.verleend + l.gereserveerd) + CASE WHEN p.periode::int >= $1 THEN 250000000 ELSE 100 + (l.verleend + l.gereserveerd) / 20 END
       FROM (SELECT p2.id,
                    COALESCE(sum(a.toegekend_bedrag) FILTER (WHERE i.status IN ('TOEGEKEND','UITGEVOERD','VASTGESTELD')), 0) AS verleend,
                    COALESCE(sum(a.gereserveerd_bedrag), 0) AS gereserveerd
               FROM subsidieplafond p2
               LEFT JOIN ondersteuningsaanvraag a ON a.plafond_id = p2.id
               LEFT JOIN initiatief i ON i.id = a.initiatief_id
              GROUP BY p2.id) l
      WHERE l.id = p.id`,
    [jaar],
  );
  await stap(
    client,
    'referentietellers',
    `INSERT INTO initiatief_referentieteller (jaar, laatste)
     SELECT split_part(referentie, '-', 2)::int, max(split_part(referentie, '-', 3)::int)
       FROM initiatief WHERE referentie IS NOT NULL GROUP BY 1
     ON CONFLICT (jaar) DO UPDATE SET laatste = EXCLUDED.laatste`,
  );
  await stap(
    client,
    'statuswijzigingen',
    `INSERT INTO initiatief_statuswijziging (initiatief_id, van, naar, op, door, door_sub, door_indiener, toelichting)
     SELECT i.id, NULL, 'CONCEPT', i.aangemaakt_op, i.indiener_naam, i.indiener_sub, true, NULL FROM initiatief i
     UNION ALL
     SELECT i.id, 'CONCEPT', 'INGEDIEND', i.ingediend_op, i.indiener_naam, i.indiener_sub, true, NULL
       FROM initiatief i WHERE i.status <> 'CONCEPT'
     UNION ALL
     SELECT i.id, 'INGEDIEND', i.status, GREATEST(i.gewijzigd_op, i.ingediend_op),
            CASE WHEN i.status = 'INGETROKKEN' THEN i.indiener_naam ELSE 'Beleidsmedewerker (bench)' END,
            CASE WHEN i.status = 'INGETROKKEN' THEN i.indiener_sub ELSE 'bench-beleid-1' END,
            i.status = 'INGETROKKEN', NULL
       FROM initiatief i WHERE i.status NOT IN ('CONCEPT', 'INGEDIEND')`,
  );

  // ---------------------------------------------------------------- signalen
  await stap(
    client,
    'signalen',
    `INSERT INTO signaal (referentie, buurt_id, categorie_id, categorie, omschrijving, status, afdeling, terugkoppeling,
                          buurtregisseur_id, gemeld_door, melder_email, reactie_uiterlijk, afgehandeld_op, gemeld_op, gewijzigd_op)
     SELECT 'SIG-' || s.jaar || '-' || pg_temp.bench_nummer(row_number() OVER (PARTITION BY s.jaar ORDER BY s.gemeld_op, s.g)
              + coalesce((SELECT t.laatste FROM signaal_teller t WHERE t.jaar = s.jaar), 0)),
            b.id, c.id, c.naam,
            (ARRAY['Losse stoeptegel bij de bushalte','Zwerfvuil achter het buurthuis','Overhangende takken','Fout geparkeerde auto''s',
                   'Straatverlichting kapot','Zorgen over een buurtgenoot','Leegstaande woning','Graffiti op de muur'])[1 + s.g % 8],
            s.status, c.afdeling,
            CASE WHEN s.status = 'AFGEHANDELD' THEN 'Opgelost; dank voor uw melding.' END,
            r.medewerker_id, 'bench-bewoner-' || (s.g % 40000), CASE WHEN s.r3 < 0.7 THEN 'bewoner' || (s.g % 40000) || '@bench.invalid' END,
            (s.gemeld_op AT TIME ZONE 'Europe/Amsterdam')::date + c.reactietermijn_dagen,
            CASE WHEN s.status = 'AFGEHANDELD' THEN LEAST(now(), s.gemeld_op + (1 + s.r3 * 20) * interval '1 day') END,
            s.gemeld_op,
            CASE WHEN s.status = 'NIEUW' THEN s.gemeld_op ELSE LEAST(now(), s.gemeld_op + (1 + s.r3 * 20) * interval '1 day') END
       FROM (SELECT g, r3, bi, ci, gemeld_op, extract(year FROM gemeld_op AT TIME ZONE 'Europe/Amsterdam')::int AS jaar,
                    CASE WHEN gemeld_op > now() - interval '30 days' THEN
                           (ARRAY['NIEUW','DOORGEZET','IN_BEHANDELING','AFGEHANDELD'])[1 + floor(r2 * 4)::int]
                         WHEN r2 < 0.03 THEN 'IN_BEHANDELING' ELSE 'AFGEHANDELD' END AS status
               FROM (SELECT g, random() AS r2, random() AS r3, floor(57 * power(random(), 1.3))::int AS bi,
                            floor(random() * 8)::int AS ci, now() - power(random(), 1.5) * interval '1100 days' AS gemeld_op
                       FROM generate_series(1, $1::int) g) t) s
       JOIN b_idx b ON b.i = s.bi
       JOIN (SELECT (row_number() OVER (ORDER BY naam))::int - 1 AS i, * FROM signaalcategorie) c ON c.i = s.ci
       LEFT JOIN b_regisseur r ON r.buurt_id = b.id`,
    [o.signalen],
  );
  await stap(
    client,
    'signaaltellers',
    `INSERT INTO signaal_teller (jaar, laatste)
     SELECT split_part(referentie, '-', 2)::int, max(split_part(referentie, '-', 3)::int) FROM signaal GROUP BY 1
     -- numbers continue after what the services gave (the demo data), so references stay unique
     ON CONFLICT (jaar) DO UPDATE SET laatste = EXCLUDED.laatste`,
  );

  // ---------------------------------------------------------------- netwerkbijeenkomsten
  // Invariant 9: never two (non-cancelled) meetings in the same buurt, so at most 57 meetings:
  // 50 held twice a year in the past, 3 planned, each in its own buurt.
  await stap(
    client,
    'netwerkbijeenkomsten',
    `INSERT INTO netwerkbijeenkomst (titel, thema, begin, eind, buurt_id, locatie, capaciteit, status, gepland_door)
     SELECT 'Netwerkbijeenkomst ' || k || ' (bench)', (ARRAY['Eenzaamheid','Jongeren','Groen','Veiligheid'])[1 + k % 4],
            t, t + interval '3 hours', b.id, 'Buurthuis ' || b.code, 60 + (k * 37) % 190,
            CASE WHEN t < now() THEN 'AFGEROND' ELSE 'GEPLAND' END, 'bench-beleid-1'
       FROM generate_series(1, 53) k
       -- buurten that hosted no meeting yet (the demo data may have planned some: invariant 9)
       JOIN (SELECT (row_number() OVER (ORDER BY i))::int - 1 AS i, id, code FROM b_idx
              WHERE id NOT IN (SELECT buurt_id FROM netwerkbijeenkomst WHERE status <> 'GEANNULEERD')) b ON b.i = k - 1
       CROSS JOIN LATERAL (SELECT date_trunc('day', now()) + interval '19 hours' + (k - 50) * interval '182 days' AS t) x`,
  );
  await stap(
    client,
    'aanmeldingen',
    `INSERT INTO aanmelding (bijeenkomst_id, naam, email, email_sleutel, organisatie_id, rol, wensen, status, volgnummer,
                             afmeldcode_hash, gebruiker_id, afgemeld_op, aangemaakt_op, gewijzigd_op)
     SELECT a.bijeenkomst_id, 'Deelnemer ' || a.g || ' (bench)', 'Deelnemer' || a.g || '@bench.invalid',
            'deelnemer' || a.g || '@bench.invalid', CASE WHEN a.r < 0.3 THEN o.id END,
            (ARRAY['bewoner','initiatiefnemer','buurtorganisatie','ambtenaar','wethouder'])[1 + a.g % 5],
            CASE WHEN a.r < 0.05 THEN 'Rolstoeltoegankelijk graag.' END,
            CASE WHEN a.afgemeld THEN 'AFGEMELD'
                 WHEN sum((NOT a.afgemeld)::int) OVER (PARTITION BY a.bijeenkomst_id ORDER BY a.volgnummer) <= a.capaciteit THEN 'AANGEMELD'
                 ELSE 'WACHTLIJST' END,
            a.volgnummer, encode(sha256(('bench-' || a.g)::bytea), 'hex'), NULL,
            CASE WHEN a.afgemeld THEN a.op + interval '2 days' END, a.op,
            CASE WHEN a.afgemeld THEN a.op + interval '2 days' ELSE a.op END
       FROM (SELECT s.g, s.r, s.afgemeld, n.id AS bijeenkomst_id, n.capaciteit,
                    row_number() OVER (PARTITION BY n.id ORDER BY s.g)::int AS volgnummer,
                    LEAST(now(), n.begin - interval '40 days' + s.g * interval '1 second') AS op
               FROM (SELECT g, random() AS r, random() < 0.05 AS afgemeld, floor(random() * 53)::int AS k
                       FROM generate_series(1, $1::int) g) s
               JOIN (SELECT (row_number() OVER (ORDER BY begin))::int - 1 AS k, * FROM netwerkbijeenkomst
                      WHERE gepland_door = 'bench-beleid-1') n ON n.k = s.k) a
       LEFT JOIN o_idx o ON o.i = a.g % (SELECT count(*) FROM o_idx)`,
    [o.aanmeldingen],
  );
  // The counters the meeting row keeps of its sign-ups (NetwerkbijeenkomstenService.werkTellersBij).
  await stap(
    client,
    'tellers netwerkbijeenkomsten',
    `UPDATE netwerkbijeenkomst b SET aangemeld = t.aangemeld, wachtlijst = t.wachtlijst, hoogste_volgnummer = t.hoogste
       FROM (SELECT bijeenkomst_id, count(*) FILTER (WHERE status = 'AANGEMELD')::int AS aangemeld,
                    count(*) FILTER (WHERE status = 'WACHTLIJST')::int AS wachtlijst, max(volgnummer) AS hoogste
               FROM aanmelding GROUP BY bijeenkomst_id) t
      WHERE t.bijeenkomst_id = b.id`,
  );
  // VACUUM as autovacuum would have done on a live database (visibility map for index-only scans).
  await stap(client, 'VACUUM ANALYZE', 'VACUUM ANALYZE');
}

async function main(): Promise<void> {
  const schaal = Number(argument('schaal') ?? 1);
  if (!(schaal > 0 && schaal <= 10)) {
    throw new Error('--schaal moet tussen 0 en 10 liggen');
  }
  const naam = argument('database') ?? BENCH_DATABASE;
  const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const url = databaseUrl(server, naam);
  const omvang = omvangVoor(schaal);
  console.log(`Benchmarkdatabase ${naam}, schaal ${schaal}: ${JSON.stringify(omvang)}`);
  const t0 = performance.now();
  await maakDatabase(server, naam);
  await schemaEnReferentiedata(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await vulBulk(client, omvang);
    const { rows } = await client.query<{ tabel: string; rijen: string }>(
      `SELECT relname AS tabel, n_live_tup::text AS rijen FROM pg_stat_user_tables
        WHERE relname IN ('organisatie','activiteit','initiatief','signaal','aanmelding','ondersteuningsaanvraag',
                          'initiatief_statuswijziging','netwerkbijeenkomst') ORDER BY relname`,
    );
    console.log(rows.map((r) => `  ${r.tabel}: ${r.rijen}`).join('\n'));
    const { rows: grootte } = await client.query<{ grootte: string }>(
      'SELECT pg_size_pretty(pg_database_size(current_database())) AS grootte',
    );
    console.log(`Klaar in ${((performance.now() - t0) / 1000).toFixed(0)} s; database ${grootte[0].grootte}.`);
  } finally {
    await client.end();
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
