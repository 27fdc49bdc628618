/**
 * Query cost: the list queries users actually make use indexes, never a sequential scan of a large
 * table. The SQL is captured as the services issue it (a spy on the query runner while the
 * GraphQL queries run), then planned with EXPLAIN on a moderate data set made by the benchmark
 * generator (bench/genereer.ts, set-based SQL). Timings are measured in bench/, never here.
 */
import { Client } from 'pg';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { Rol, toGlobalId } from '@buurtwerk/core';
import { laadDemodata } from '../src/demo/demo-data';
import { vulBulk } from '../../../bench/genereer';
import { type TestContext, testContext } from '../../../test/harness';

// Tables that grow without bound (1,000,000 activities, 100,000 initiatives, 200,000 signals at
// full scale). Not organisatie: 5,000 rows (about 1 MB) are read faster in one sequential pass than
// probed by a hundred ids, and PostgreSQL rightly does so; its indexes are there for when it grows.
const GROTE_TABELLEN = new Set(['activiteit', 'initiatief', 'signaal', 'aanmelding', 'ondersteuningsaanvraag']);

/**
 * Known sequential scans that an index alone cannot fix; each needs a change to the query and is
 * described in docs/benchmarks.md. The test also fails when one of them no longer occurs, so this
 * list only ever shrinks.
 */
const BEKENDE_UITZONDERINGEN: Array<{ tabel: string; sql: RegExp; waarom: string }> = [];

interface PlanKnoop {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanKnoop[];
}

function seqScans(knoop: PlanKnoop): string[] {
  const hier = knoop['Node Type'] === 'Seq Scan' && knoop['Relation Name'] ? [knoop['Relation Name']] : [];
  return [...hier, ...(knoop.Plans ?? []).flatMap(seqScans)];
}

describe('Querykosten: indexen voor de lijstqueries (EXPLAIN)', () => {
  let ctx: TestContext;
  let buurtcode: string;
  let buurtId: string;
  let beleid: string;
  let regisseur: string;

  beforeAll(async () => {
    ctx = await testContext();
    await laadDemodata(ctx.app);
    const client = new Client({ connectionString: ctx.config.databaseUrl });
    await client.connect();
    try {
      await vulBulk(client, {
        organisaties: 5_000,
        activiteiten: 20_000,
        initiatieven: 5_000,
        signalen: 10_000,
        aanmeldingen: 2_000,
      });
    } finally {
      await client.end();
    }
    const { buurten } = await ctx.gqlOk<{ buurten: Array<{ id: string; code: string }> }>('{ buurten { id code } }');
    buurtcode = buurten[0].code;
    buurtId = buurten[0].id;
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'demo-buurtregisseur-1' });
  }, 120_000);
  afterAll(() => ctx.close());

  /** The SELECTs one GraphQL request sends to PostgreSQL, with their parameters. */
  async function vangQueries(query: string, variables: Record<string, unknown>, token?: string) {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      await ctx.gqlOk(query, variables, token);
      return spy.mock.calls
        .map(([sql, params]) => ({ sql, params: (params ?? []) as unknown[] }))
        .filter(({ sql }) => /^\s*(SELECT|WITH)\b/i.test(sql) && !/\bFOR UPDATE\b/i.test(sql));
    } finally {
      spy.mockRestore();
    }
  }

  async function scansOpGroteTabellen(query: string, variables: Record<string, unknown>, token?: string) {
    const queries = await vangQueries(query, variables, token);
    expect(queries.length).toBeGreaterThan(0);
    const gevonden: string[] = [];
    for (const { sql, params } of queries) {
      const [{ 'QUERY PLAN': plan }] = (await ctx.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)) as Array<{
        'QUERY PLAN': Array<{ Plan: PlanKnoop }>;
      }>;
      for (const tabel of seqScans(plan[0].Plan).filter((t) => GROTE_TABELLEN.has(t))) {
        const bekend = BEKENDE_UITZONDERINGEN.find((u) => u.tabel === tabel && u.sql.test(sql));
        if (bekend) {
          nogBekend.add(bekend);
        } else {
          gevonden.push(`Seq Scan op ${tabel} in: ${sql.replace(/\s+/g, ' ').slice(0, 300)}`);
        }
      }
    }
    return gevonden;
  }

  const nogBekend = new Set<(typeof BEKENDE_UITZONDERINGEN)[number]>();
  const vanaf = new Date().toISOString();
  const zevenDagenGeleden = new Date(Date.now() - 7 * 86_400_000).toISOString();

  it('de buurtpagina (buurt, partners, komende activiteiten, initiatieven)', async () => {
    const scans = await scansOpGroteTabellen(
      `query($code: String!, $vanaf: DateTime!) { buurt(code: $code) { naam buurtregisseur { naam }
        partners(first: 100) { totalCount edges { node { naam } } }
        activiteiten(vanaf: $vanaf, first: 50) { totalCount edges { node { titel organisator { naam } } } }
        initiatieven(first: 20) { totalCount edges { node { titel status } } } } }`,
      { code: buurtcode, vanaf },
    );
    expect(scans).toEqual([]);
  });

  it('de werkvoorraad van medewerkers (open initiatieven op beslistermijn)', async () => {
    const scans = await scansOpGroteTabellen(
      `query($status: [InitiatiefStatus!]) { initiatieven(first: 25, status: $status) { totalCount
        edges { node { titel beslissenUiterlijk buurten { code } } } } }`,
      { status: ['INGEDIEND', 'IN_BEHANDELING', 'AANVULLING_GEVRAAGD', 'BIJ_BUURTPANEL'] },
      beleid,
    );
    expect(scans).toEqual([]);
  });

  it('delta-sync van partners: activiteiten, organisaties en initiatieven gewijzigd sinds', async () => {
    const scans = [
      ...(await scansOpGroteTabellen(
        `query($sinds: DateTime!) { activiteiten(gewijzigdSinds: $sinds, first: 100) { pageInfo { endCursor }
          edges { node { titel buurt { code } organisator { naam } } } } }`,
        { sinds: zevenDagenGeleden },
      )),
      ...(await scansOpGroteTabellen(
        `query($sinds: DateTime!) { organisaties(gewijzigdSinds: $sinds, first: 100) { edges { node { naam buurten { code } } } } }`,
        { sinds: zevenDagenGeleden },
      )),
      ...(await scansOpGroteTabellen(
        `query($sinds: DateTime!) { initiatieven(gewijzigdSinds: $sinds, first: 100) { edges { node { titel status } } } }`,
        { sinds: zevenDagenGeleden },
        beleid,
      )),
    ];
    expect(scans).toEqual([]);
  });

  it('de activiteiten van één buurt en de signalen van een buurtregisseur', async () => {
    const scans = [
      ...(await scansOpGroteTabellen(
        `query($buurtId: ID!, $vanaf: DateTime!) { activiteiten(buurtId: $buurtId, vanaf: $vanaf, first: 50) { edges { node { titel } } } }`,
        { buurtId, vanaf },
      )),
      ...(await scansOpGroteTabellen(
        `{ signalen(first: 25) { totalCount edges { node { omschrijving status } } } }`,
        {},
        regisseur,
      )),
    ];
    expect(scans).toEqual([]);
  });

  // The index-friendly forms of these filters (PartnersService.nogBezigOfLater, `buurt_ids @>`) must
  // give exactly what the plain definitions give, in the same order, also for batched buurten.
  it('activiteiten vanaf een moment: dezelfde activiteiten en aantallen als COALESCE(eind, begin) >= vanaf', async () => {
    // Moments in the middle of running activities, so activities that are still going on count too.
    const momenten = (await ctx.dataSource.query(
      `SELECT DISTINCT ON (a.buurt_id) b.code, a.buurt_id, a.begin + (a.eind - a.begin) / 2 AS moment
         FROM activiteit a JOIN buurt b ON b.id = a.buurt_id
        WHERE a.eind > a.begin + interval '1 hour' ORDER BY a.buurt_id, a.begin DESC LIMIT 4`,
    )) as Array<{ code: string; buurt_id: string; moment: Date }>;
    expect(momenten.length).toBe(4);
    let lopend = 0;
    for (const m of momenten) {
      const verwacht = (await ctx.dataSource.query(
        `SELECT id, begin < $2 AS lopend FROM activiteit WHERE buurt_id = $1 AND COALESCE(eind, begin) >= $2 ORDER BY begin, id`,
        [m.buurt_id, m.moment],
      )) as Array<{ id: string; lopend: boolean }>;
      lopend += verwacht.filter((v) => v.lopend).length;
      const ids = verwacht.map((v) => toGlobalId('Activiteit', v.id));
      const vanafMoment = m.moment.toISOString();
      const { buurt } = await ctx.gqlOk<{
        buurt: { activiteiten: { totalCount: number; edges: Array<{ node: { id: string } }> } };
      }>(
        'query($c: String!, $v: DateTime!) { buurt(code: $c) { activiteiten(vanaf: $v, first: 100) { totalCount edges { node { id } } } } }',
        { c: m.code, v: vanafMoment },
      );
      expect(buurt.activiteiten.totalCount).toBe(verwacht.length);
      expect(buurt.activiteiten.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 100));
      const { activiteiten } = await ctx.gqlOk<{ activiteiten: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
        'query($b: ID!, $v: DateTime!) { activiteiten(buurtId: $b, vanaf: $v, first: 100) { totalCount edges { node { id } } } }',
        { b: toGlobalId('Buurt', m.buurt_id), v: vanafMoment },
      );
      expect(activiteiten.totalCount).toBe(verwacht.length);
      expect(activiteiten.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 100));
      // All buurten in one request (the batched LATERAL form).
      const alle = await ctx.gqlOk<{
        buurten: Array<{ code: string; activiteiten: { totalCount: number; edges: Array<{ node: { id: string } }> } }>;
      }>('query($v: DateTime!) { buurten { code activiteiten(vanaf: $v, first: 10) { totalCount edges { node { id } } } } }', {
        v: vanafMoment,
      });
      const hier = alle.buurten.find((b) => b.code === m.code)!;
      expect(hier.activiteiten.totalCount).toBe(verwacht.length);
      expect(hier.activiteiten.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 10));
    }
    // The moments were chosen inside activities: the ones still going on are really part of it.
    expect(lopend).toBeGreaterThanOrEqual(4);
  });

  it('initiatieven per buurt in één verzoek: dezelfde als per buurt apart en als = ANY(buurt_ids)', async () => {
    const query = (velden: string) => `{ buurten { code ${velden} } }`;
    const velden = 'initiatieven(first: 5) { totalCount edges { node { id } } }';
    for (const token of [undefined, beleid]) {
      const samen = await ctx.gqlOk<{
        buurten: Array<{ code: string; initiatieven: { totalCount: number; edges: Array<{ node: { id: string } }> } }>;
      }>(query(velden), {}, token);
      const metInitiatieven = samen.buurten.filter((b) => b.initiatieven.totalCount > 0);
      expect(metInitiatieven.length).toBeGreaterThan(3);
      for (const b of metInitiatieven.slice(0, 4)) {
        const los = await ctx.gqlOk<{ buurt: { initiatieven: unknown } }>(
          `{ buurt(code: "${b.code}") { ${velden} } }`,
          {},
          token,
        );
        expect(b.initiatieven).toEqual(los.buurt.initiatieven);
        const statussen = token
          ? [
              'INGEDIEND',
              'IN_BEHANDELING',
              'AANVULLING_GEVRAAGD',
              'BIJ_BUURTPANEL',
              'TOEGEKEND',
              'AFGEWEZEN',
              'INGETROKKEN',
              'UITGEVOERD',
              'VASTGESTELD',
            ]
          : ['TOEGEKEND', 'UITGEVOERD', 'VASTGESTELD'];
        const [{ n }] = (await ctx.dataSource.query(
          `SELECT count(*)::int AS n FROM initiatief i JOIN buurt b ON b.id = ANY(i.buurt_ids) WHERE b.code = $1 AND i.status = ANY($2)`,
          [b.code, statussen],
        )) as Array<{ n: number }>;
        expect(b.initiatieven.totalCount).toBe(n);
      }
    }
  });

  it('de lijst bekende uitzonderingen klopt nog (haal weg wat is opgelost)', () => {
    expect(BEKENDE_UITZONDERINGEN.filter((u) => !nogBekend.has(u)).map((u) => u.waarom)).toEqual([]);
  });
});
