/**
 * Read replicas (DATABASE_READ_URLS, issue 8): read-only requests read from the replica, while
 * mutations write to the primary and read back from it what they wrote.
 *
 * The "replica" is a second database on the same server that holds a copy of the primary's
 * reference data with every buurt renamed, so the answer shows which database served it. It does
 * not replicate: what a mutation writes stays on the primary, exactly as with replication lag.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DEV_JWT_SECRET, loadConfig, magVanReplicaLezen, ondertekenOntwikkeltoken, Rol } from '@buurtwerk/core';
import { maakApp } from '../src/app.factory';
import { nieuweTestDatabase } from '../../../test/database';

const REPLICA = ' (replica)';

async function metDatabase<T>(url: string, werk: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await werk(c);
  } finally {
    await c.end();
  }
}

/** Copies the reference tables from the primary into the replica, renaming every buurt. */
async function vulReplica(primair: string, replica: string): Promise<void> {
  for (const tabel of ['stadsdeel', 'wijk', 'buurt']) {
    const rijen = await metDatabase(
      primair,
      async (c) => (await c.query<{ j: unknown }>(`SELECT json_agg(t) AS j FROM ${tabel} t`)).rows[0].j,
    );
    await metDatabase(replica, (c) =>
      c.query(`INSERT INTO ${tabel} SELECT * FROM json_populate_recordset(NULL::${tabel}, $1::json)`, [JSON.stringify(rijen)]),
    );
  }
  await metDatabase(replica, (c) => c.query(`UPDATE buurt SET naam = naam || $1`, [REPLICA]));
}

describe('Leesreplica’s (DATABASE_READ_URLS)', () => {
  let app: NestFastifyApplication;
  let primair: Awaited<ReturnType<typeof nieuweTestDatabase>>;
  let replica: Awaited<ReturnType<typeof nieuweTestDatabase>>;
  let beheerder: string;
  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string, operationName?: string) => {
    let req = request(app.getHttpServer()).post('/graphql');
    if (token) {
      req = req.set('authorization', `Bearer ${token}`);
    }
    const res = await req.send({ query, variables, operationName });
    return res.body as { data?: T | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  };

  beforeAll(async () => {
    primair = await nieuweTestDatabase();
    replica = await nieuweTestDatabase();
    const config = {
      ...loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
        DATABASE_URL: primair.url,
        DATABASE_READ_URLS: replica.url,
      }),
      databaseUrl: primair.url,
      migrateOnStart: false,
    };
    expect(config.databaseReadUrls).toEqual([replica.url]);
    // Start-up (reference data of the buurten) writes to the primary only.
    app = await maakApp(config);
    // Probe routes that report the read route their handler runs in (REST GET and POST).
    const fastify = app.getHttpAdapter().getInstance();
    fastify.get('/test/leesroute', async () => ({ replica: magVanReplicaLezen() }));
    fastify.post('/test/leesroute', async () => ({ replica: magVanReplicaLezen() }));
    await fastify.ready();
    await vulReplica(primair.url, replica.url);
    beheerder = await ondertekenOntwikkeltoken(new TextEncoder().encode(DEV_JWT_SECRET), config, {
      sub: 'replica-beheerder',
      roles: [Rol.BEHEERDER],
    });
  });

  afterAll(async () => {
    await app?.close();
    await primair?.verwijder();
    await replica?.verwijder();
  });

  it('beantwoordt een publieke query uit de replica', async () => {
    const res = await gql<{ buurten: Array<{ code: string; naam: string }> }>('{ buurten { code naam } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.buurten).toHaveLength(57);
    expect(res.data?.buurten.every((b) => b.naam.endsWith(REPLICA))).toBe(true);
    // The primary itself still has the real names.
    const primaireNamen = await metDatabase(
      primair.url,
      async (c) => (await c.query<{ naam: string }>('SELECT naam FROM buurt')).rows,
    );
    expect(primaireNamen.some((b) => b.naam.endsWith(REPLICA))).toBe(false);
  });

  it('schrijft een mutatie naar de primaire database en leest daar ook terug wat ze schreef', async () => {
    const buurt = await gql<{ buurt: { id: string; naam: string } }>('{ buurt(code: "BU09171000") { id naam } }');
    expect(buurt.data?.buurt.naam).toMatch(/ \(replica\)$/);

    const res = await gql<{ organisatieRegistreren: { id: string; naam: string; buurten: Array<{ naam: string }> } }>(
      `mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id naam buurten { naam } } }`,
      { input: { naam: 'Vereniging Replicatest', soort: 'VERENIGING', buurtIds: [buurt.data?.buurt.id] } },
      beheerder,
    );
    expect(res.errors).toBeUndefined();
    // Read-your-writes: the new organisation and its buurt come from the primary, not the replica.
    expect(res.data?.organisatieRegistreren.naam).toBe('Vereniging Replicatest');
    expect(res.data?.organisatieRegistreren.buurten).toHaveLength(1);
    expect(res.data?.organisatieRegistreren.buurten[0].naam).not.toMatch(/replica/);

    const tel = (url: string): Promise<number> =>
      metDatabase(url, async (c) =>
        Number(
          (await c.query<{ n: string }>(`SELECT count(*) AS n FROM organisatie WHERE naam = 'Vereniging Replicatest'`)).rows[0].n,
        ),
      );
    expect(await tel(primair.url)).toBe(1);
    expect(await tel(replica.url)).toBe(0);

    // A later query reads the replica, which (like a lagging one) does not have it yet.
    const lijst = await gql<{ organisaties: { totalCount: number } }>('{ organisaties(zoek: "Replicatest") { totalCount } }');
    expect(lijst.errors).toBeUndefined();
    expect(lijst.data?.organisaties.totalCount).toBe(0);
  });

  it('laat een REST-GET van de replica lezen, maar niet een POST (ook niet na het lezen van de body)', async () => {
    const get = await request(app.getHttpServer()).get('/test/leesroute');
    expect(get.body).toEqual({ replica: true });
    const post = await request(app.getHttpServer())
      .post('/test/leesroute')
      .send({ groot: 'x'.repeat(100_000) });
    expect(post.body).toEqual({ replica: false });
  });

  it('leest een document met een mutatie van de primaire database, ook als de query ervan wordt uitgevoerd', async () => {
    const res = await gql<{ buurten: Array<{ naam: string }> }>(
      `query Lezen { buurten { naam } }
       mutation Schrijven($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }`,
      undefined,
      beheerder,
      'Lezen',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.buurten.some((b) => b.naam.endsWith(REPLICA))).toBe(false);
  });

  it('laat werk buiten een verzoek (taken, start) op de primaire database lezen', async () => {
    const ds = app.get(DataSource);
    const buiten = await ds.getRepository('buurt').find({ take: 1 });
    expect((buiten[0] as { naam: string }).naam).not.toMatch(/replica/);
  });
});
