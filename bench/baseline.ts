/**
 * The practical ceiling for the read benchmarks: a minimal Fastify server with hand-written SQL
 * (one pg Pool, no Nest, no GraphQL, no ORM) that answers the same read queries with the same
 * JSON as the API. What it leaves out on purpose: token verification, GraphQL parsing and
 * validation, the guard, DataLoaders and entity mapping; what it keeps: the same rows, the same
 * counts (totalCount where the GraphQL query asks for it) and the same JSON shape.
 *
 *   BASELINE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/buurtwerk_bench PORT=3902 \
 *     npx ts-node -r tsconfig-paths/register bench/baseline.ts
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { Pool } from 'pg';

const gid = (type: string, id: string): string => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const cursor = (...waarden: unknown[]): string => Buffer.from(JSON.stringify(waarden), 'utf8').toString('base64url');
const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

const OPEN = ['INGEDIEND', 'IN_BEHANDELING', 'AANVULLING_GEVRAAGD', 'BIJ_BUURTPANEL'];
const PUBLIEK = ['TOEGEKEND', 'UITGEVOERD', 'VASTGESTELD'];

/**
 * Still going on at $2 or starting after it, in the index-friendly form the API uses
 * (PartnersService.nogBezigOfLater): the same rows as `COALESCE(a.eind, a.begin) >= $2`.
 */
const NOG_BEZIG_OF_LATER = `COALESCE(a.eind, a.begin) >= $2 AND a.begin >= LEAST($2::timestamptz,
  (SELECT min(lower(tstzrange(l.begin, GREATEST(l.eind, l.begin), '[]'))) FROM activiteit l
    WHERE l.eind IS NOT NULL AND tstzrange(l.begin, GREATEST(l.eind, l.begin), '[]') @> $2::timestamptz))`;

interface ActiviteitRij {
  id: string;
  titel: string;
  beschrijving: string | null;
  begin: Date;
  eind: Date | null;
  locatie: string | null;
  geannuleerd: boolean;
  vrijwilligers_gezocht: boolean;
  gewijzigd_op: Date;
  organisator_id: string | null;
  organisator_naam: string | null;
  buurtcode: string;
}

export function maakBaseline(pool: Pool): FastifyInstance {
  const app = Fastify({ logger: false });

  // Buurt page: buurt, wijk, stadsdeel, buurtregisseur, partners, coming activities, public initiatives.
  app.get<{ Params: { code: string }; Querystring: { vanaf?: string } }>('/buurtpagina/:code', async (req, reply) => {
    const vanaf = new Date(req.query.vanaf ?? Date.now());
    const { rows: buurten } = await pool.query<{
      id: string;
      code: string;
      naam: string;
      wijk: string;
      stadsdeel: string | null;
    }>(
      `SELECT b.id, b.code, b.naam, w.naam AS wijk, s.naam AS stadsdeel
         FROM buurt b JOIN wijk w ON w.id = b.wijk_id LEFT JOIN stadsdeel s ON s.id = w.stadsdeel_id WHERE b.code = $1`,
      [req.params.code],
    );
    const b = buurten[0];
    if (!b) {
      return reply.send({ data: { buurt: null } });
    }
    const [regisseur, partners, partnersTotaal, activiteiten, activiteitenTotaal, initiatieven, initiatievenTotaal] =
      await Promise.all([
        pool.query<{ naam: string; functie: string; email: string | null; telefoon: string | null }>(
          `SELECT m.naam, m.functie, m.email, m.telefoon FROM medewerker_buurt mb JOIN medewerker m ON m.id = mb.medewerker_id
            WHERE mb.buurt_id = $1 ORDER BY (m.functie ILIKE '%regisseur%') DESC, m.naam, m.id LIMIT 1`,
          [b.id],
        ),
        pool.query<{ id: string; naam: string; soort: string; beschrijving: string | null; website: string | null }>(
          `SELECT o.id, o.naam, o.soort, o.beschrijving, o.website FROM organisatie_buurt ob JOIN organisatie o ON o.id = ob.organisatie_id
            WHERE ob.buurt_id = $1 ORDER BY o.naam, o.id LIMIT 100`,
          [b.id],
        ),
        pool.query<{ n: number }>('SELECT count(*)::int AS n FROM organisatie_buurt WHERE buurt_id = $1', [b.id]),
        pool.query<ActiviteitRij>(
          `SELECT a.id, a.titel, a.beschrijving, a.begin, a.eind, a.locatie, a.geannuleerd, a.vrijwilligers_gezocht,
                  o.naam AS organisator_naam
             FROM activiteit a LEFT JOIN organisatie o ON o.id = a.organisator_id
            WHERE a.buurt_id = $1 AND ${NOG_BEZIG_OF_LATER} ORDER BY a.begin, a.id LIMIT 50`,
          [b.id, vanaf],
        ),
        pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM activiteit a WHERE a.buurt_id = $1 AND ${NOG_BEZIG_OF_LATER}`, [
          b.id,
          vanaf,
        ]),
        pool.query<{ id: string; referentie: string; titel: string; status: string; schaal: string }>(
          `SELECT i.id, i.referentie, i.titel, i.status, i.schaal FROM initiatief i
            WHERE i.buurt_ids @> ARRAY[$1::uuid] AND i.status = ANY($2::text[])
            ORDER BY COALESCE(i.beslissen_uiterlijk, DATE '9999-12-31'), i.id LIMIT 20`,
          [b.id, PUBLIEK],
        ),
        pool.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM initiatief i WHERE i.buurt_ids @> ARRAY[$1::uuid] AND i.status = ANY($2::text[])',
          [b.id, PUBLIEK],
        ),
      ]);
    const r = regisseur.rows[0];
    return reply.send({
      data: {
        buurt: {
          code: b.code,
          naam: b.naam,
          wijk: { naam: b.wijk },
          stadsdeel: b.stadsdeel === null ? null : { naam: b.stadsdeel },
          buurtregisseur: r ? { naam: r.naam, functie: r.functie, email: r.email, telefoon: r.telefoon } : null,
          partners: {
            totalCount: partnersTotaal.rows[0].n,
            edges: partners.rows.map((o) => ({
              node: {
                id: gid('Organisatie', o.id),
                naam: o.naam,
                soort: o.soort,
                beschrijving: o.beschrijving,
                website: o.website,
              },
            })),
          },
          activiteiten: {
            totalCount: activiteitenTotaal.rows[0].n,
            edges: activiteiten.rows.map((a) => ({
              node: {
                id: gid('Activiteit', a.id),
                titel: a.titel,
                beschrijving: a.beschrijving,
                begin: iso(a.begin),
                eind: iso(a.eind),
                locatie: a.locatie,
                geannuleerd: a.geannuleerd,
                vrijwilligersGezocht: a.vrijwilligers_gezocht,
                organisator: a.organisator_naam === null ? null : { naam: a.organisator_naam },
              },
            })),
          },
          initiatieven: {
            totalCount: initiatievenTotaal.rows[0].n,
            edges: initiatieven.rows.map((i) => ({
              node: { id: gid('Initiatief', i.id), referentie: i.referentie, titel: i.titel, status: i.status, schaal: i.schaal },
            })),
          },
        },
      },
    });
  });

  // Staff work queue: open initiatives by decision deadline, 25 per page.
  app.get('/werkvoorraad', async (_req, reply) => {
    const [pagina, totaal] = await Promise.all([
      pool.query<{
        id: string;
        referentie: string;
        titel: string;
        status: string;
        schaal: string;
        beslissen_uiterlijk: string | null;
        ingediend_op: Date | null;
        indiener_naam: string;
        buurten: Array<{ code: string; naam: string }> | null;
      }>(
        `SELECT i.id, i.referentie, i.titel, i.status, i.schaal, to_char(i.beslissen_uiterlijk, 'YYYY-MM-DD') AS beslissen_uiterlijk,
                i.ingediend_op, i.indiener_naam,
                (SELECT json_agg(json_build_object('code', b.code, 'naam', b.naam)) FROM buurt b WHERE b.id = ANY(i.buurt_ids)) AS buurten
           FROM initiatief i WHERE i.status = ANY($1::text[])
          ORDER BY COALESCE(i.beslissen_uiterlijk, DATE '9999-12-31'), i.id LIMIT 26`,
        [OPEN],
      ),
      pool.query<{ n: number }>('SELECT count(*)::int AS n FROM initiatief i WHERE i.status = ANY($1::text[])', [OPEN]),
    ]);
    const rows = pagina.rows.slice(0, 25);
    const edges = rows.map((i) => ({
      node: {
        id: gid('Initiatief', i.id),
        referentie: i.referentie,
        titel: i.titel,
        status: i.status,
        schaal: i.schaal,
        beslissenUiterlijk: i.beslissen_uiterlijk,
        ingediendOp: iso(i.ingediend_op),
        indiener: i.indiener_naam,
        buurten: i.buurten ?? [],
      },
    }));
    const laatste = rows.at(-1);
    return reply.send({
      data: {
        initiatieven: {
          totalCount: totaal.rows[0].n,
          pageInfo: {
            hasNextPage: pagina.rows.length > 25,
            endCursor: laatste ? cursor(laatste.beslissen_uiterlijk ?? '9999-12-31', laatste.id) : null,
          },
          edges,
        },
      },
    });
  });

  // Partner delta sync: activities changed since a moment, 100 per page, no totalCount.
  app.get<{ Querystring: { sinds: string } }>('/delta', async (req, reply) => {
    const { rows } = await pool.query<ActiviteitRij>(
      `SELECT a.id, a.titel, a.beschrijving, a.begin, a.eind, a.locatie, a.geannuleerd, a.vrijwilligers_gezocht, a.gewijzigd_op,
              a.organisator_id, o.naam AS organisator_naam, b.code AS buurtcode
         FROM activiteit a JOIN buurt b ON b.id = a.buurt_id LEFT JOIN organisatie o ON o.id = a.organisator_id
        WHERE a.gewijzigd_op >= $1 ORDER BY a.gewijzigd_op, a.id LIMIT 101`,
      [new Date(req.query.sinds)],
    );
    const pagina = rows.slice(0, 100);
    const laatste = pagina.at(-1);
    return reply.send({
      data: {
        activiteiten: {
          pageInfo: { hasNextPage: rows.length > 100, endCursor: laatste ? cursor(iso(laatste.gewijzigd_op), laatste.id) : null },
          edges: pagina.map((a) => ({
            node: {
              id: gid('Activiteit', a.id),
              titel: a.titel,
              beschrijving: a.beschrijving,
              begin: iso(a.begin),
              eind: iso(a.eind),
              locatie: a.locatie,
              geannuleerd: a.geannuleerd,
              vrijwilligersGezocht: a.vrijwilligers_gezocht,
              gewijzigdOp: iso(a.gewijzigd_op),
              buurt: { code: a.buurtcode },
              organisator:
                a.organisator_id === null ? null : { id: gid('Organisatie', a.organisator_id), naam: a.organisator_naam },
            },
          })),
        },
      },
    });
  });

  // REST feed /api/v1/buurten (JSON variant: no outlines).
  app.get('/api/v1/buurten', async (_req, reply) => {
    const { rows } = await pool.query<{
      code: string;
      naam: string;
      wijkcode: string;
      wijknaam: string;
      stadsdeel: string | null;
      inwoners: number | null;
      lat: number | null;
      lon: number | null;
      gewijzigd_op: Date;
    }>(
      `SELECT b.code, b.naam, w.code AS wijkcode, w.naam AS wijknaam, s.naam AS stadsdeel, b.inwoners, b.lat, b.lon, b.gewijzigd_op
         FROM buurt b JOIN wijk w ON w.id = b.wijk_id LEFT JOIN stadsdeel s ON s.id = w.stadsdeel_id ORDER BY b.code`,
    );
    return reply.header('api-version', '1.0.0').send({
      buurten: rows.map((r) => ({
        code: r.code,
        naam: r.naam,
        wijkcode: r.wijkcode,
        wijknaam: r.wijknaam,
        stadsdeel: r.stadsdeel,
        inwoners: r.inwoners,
        ligging: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
        gewijzigdOp: r.gewijzigd_op.toISOString(),
      })),
    });
  });

  // REST feed /api/v1/activiteiten?buurtcode=…&vanaf=…&first=… (JSON, cursor in `volgende` and a Link header).
  app.get<{ Querystring: { buurtcode: string; vanaf: string; first?: string } }>('/api/v1/activiteiten', async (req, reply) => {
    const first = Math.min(Number(req.query.first ?? 20), 100);
    const { rows } = await pool.query<ActiviteitRij & { buurtnaam: string }>(
      `SELECT a.id, a.titel, a.beschrijving, a.begin, a.eind, a.locatie, a.geannuleerd, a.vrijwilligers_gezocht, a.gewijzigd_op,
              a.organisator_id, o.naam AS organisator_naam, b.code AS buurtcode, b.naam AS buurtnaam
         FROM buurt b JOIN activiteit a ON a.buurt_id = b.id LEFT JOIN organisatie o ON o.id = a.organisator_id
        WHERE b.code = $1 AND ${NOG_BEZIG_OF_LATER} ORDER BY a.begin, a.id LIMIT $3`,
      [req.query.buurtcode, new Date(req.query.vanaf), first + 1],
    );
    const pagina = rows.slice(0, first);
    const laatste = pagina.at(-1);
    const volgende = rows.length > first && laatste ? cursor(iso(laatste.begin), laatste.id) : null;
    if (volgende) {
      const url = new URL(req.url, 'http://localhost');
      url.searchParams.set('after', volgende);
      void reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
    }
    return reply.header('api-version', '1.0.0').send({
      activiteiten: pagina.map((a) => ({
        id: gid('Activiteit', a.id),
        titel: a.titel,
        beschrijving: a.beschrijving,
        begin: iso(a.begin),
        eind: iso(a.eind),
        locatie: a.locatie,
        buurtcode: a.buurtcode,
        buurtnaam: a.buurtnaam,
        organisatorId: a.organisator_id === null ? null : gid('Organisatie', a.organisator_id),
        organisatorNaam: a.organisator_naam,
        vrijwilligersGezocht: a.vrijwilligers_gezocht,
        geannuleerd: a.geannuleerd,
        gewijzigdOp: iso(a.gewijzigd_op),
      })),
      volgende,
    });
  });

  // REST feed /api/v1/netwerkbijeenkomsten (JSON): every meeting with its free places.
  app.get('/api/v1/netwerkbijeenkomsten', async (_req, reply) => {
    const { rows } = await pool.query<{
      id: string;
      titel: string;
      thema: string | null;
      begin: Date;
      eind: Date;
      buurtcode: string;
      buurtnaam: string;
      locatie: string;
      capaciteit: number;
      aangemeld: number;
      status: string;
    }>(
      `SELECT n.id, n.titel, n.thema, n.begin, n.eind, b.code AS buurtcode, b.naam AS buurtnaam, n.locatie, n.capaciteit,
              n.aangemeld, n.status
         FROM netwerkbijeenkomst n JOIN buurt b ON b.id = n.buurt_id ORDER BY n.begin, n.id`,
    );
    const nu = Date.now();
    return reply.header('api-version', '1.0.0').send({
      netwerkbijeenkomsten: rows.map((n) => ({
        id: gid('Netwerkbijeenkomst', n.id),
        titel: n.titel,
        thema: n.thema,
        begin: n.begin.toISOString(),
        eind: n.eind.toISOString(),
        buurtcode: n.buurtcode,
        buurtnaam: n.buurtnaam,
        locatie: n.locatie,
        capaciteit: n.capaciteit,
        plaatsenBeschikbaar: Math.max(0, n.capaciteit - n.aangemeld),
        // A planned meeting that is over shows as held (zichtbareStatus).
        status: n.status === 'GEPLAND' && n.eind.getTime() <= nu ? 'AFGEROND' : n.status,
      })),
    });
  });

  return app;
}

async function main(): Promise<void> {
  const url = process.env.BASELINE_DATABASE_URL;
  if (!url) {
    throw new Error('BASELINE_DATABASE_URL ontbreekt');
  }
  // The same pool size as the API (DATABASE_POOL_SIZE, default 10).
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  const app = maakBaseline(pool);
  const stop = (): void => {
    void app.close().then(() => pool.end().then(() => process.exit(0)));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  await app.listen({ port: Number(process.env.PORT ?? 3902), host: '127.0.0.1' });
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
