/**
 * Faults (issue 9): the database stops and comes back while requests are running; the app is
 * stopped with requests in flight; a webhook receiver hangs.
 *
 * The database tests run against their OWN embedded PostgreSQL (a temporary folder, a free
 * port), never the shared server of the other tests: this file stops and starts it.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import request from 'supertest';
import {
  type BuurtwerkConfig,
  DEV_JWT_SECRET,
  type EmbeddedPostgres,
  loadConfig,
  ondertekenOntwikkeltoken,
  Rol,
  startEmbeddedPostgres,
  toGlobalId,
} from '@buurtwerk/core';
import { WebhookWorker } from '@buurtwerk/webhooks';
import { maakApp, migreer } from '../src/app.factory';
import { type TestContext, testContext } from '../../../test/harness';
import { ABONNEMENT_AANMAKEN, type Ontvanger, startOntvanger, wachtTot } from './webhooks.helpers';

const REGISTREREN = `mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id naam } }`;

interface Schrijfactie {
  naam: string;
  status: number;
  id: string | null;
  codes: string[];
  meldingen: string[];
}

/** An app on its own embedded PostgreSQL, as main.ts builds it (config as in test/harness.ts). */
async function eigenOmgeving(): Promise<{
  pg: EmbeddedPostgres;
  dir: string;
  app: NestFastifyApplication;
  config: BuurtwerkConfig & { databaseUrl: string };
  token: (rol: Rol) => Promise<string>;
  http: () => ReturnType<typeof request>;
}> {
  const dir = mkdtempSync(path.join(tmpdir(), 'buurtwerk-storing-'));
  // The database user (when the tests run as root) must be able to enter the folder.
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres') });
  const beheer = new Client({ connectionString: pg.url() });
  await beheer.connect();
  await beheer.query('CREATE DATABASE buurtwerk');
  await beheer.end();
  const databaseUrl = pg.url('buurtwerk');
  await migreer(databaseUrl);
  const config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' }),
    databaseUrl,
    migrateOnStart: false,
    databasePoolSize: 5,
  };
  const app = await maakApp(config);
  await app.getHttpAdapter().getInstance().ready();
  const geheim = new TextEncoder().encode(DEV_JWT_SECRET);
  return {
    pg,
    dir,
    app,
    config,
    token: (rol) => ondertekenOntwikkeltoken(geheim, config, { sub: `storing-${rol}`, roles: [rol] }),
    http: () => request(app.getHttpServer()),
  };
}

const pauze = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('Storingen: de database valt weg en komt terug', () => {
  let omgeving: Awaited<ReturnType<typeof eigenOmgeving>>;
  let pg: EmbeddedPostgres;
  let appGesloten = false;

  beforeAll(async () => {
    omgeving = await eigenOmgeving();
    pg = omgeving.pg;
  }, 120_000);
  afterAll(async () => {
    if (!appGesloten) {
      await omgeving.app.close().catch(() => undefined);
    }
    await pg.stop();
    rmSync(omgeving.dir, { recursive: true, force: true });
  });

  const gereed = async (): Promise<number> => (await omgeving.http().get('/health/ready')).status;

  it('meldt niet-gereed, herstelt zelf zonder herstart van de app, en verliest geen bevestigde schrijfactie', async () => {
    const { http } = omgeving;
    const beheerder = await omgeving.token(Rol.BEHEERDER);
    const buurten = (
      (await http().post('/graphql').send({ query: '{ buurten { id } }' })).body as { data: { buurten: Array<{ id: string }> } }
    ).data.buurten;
    const buurtIds = [buurten[0].id, buurten[1].id];
    expect(await gereed()).toBe(200);

    // Writers in a loop, bounded in count and time, until told to stop.
    const acties: Schrijfactie[] = [];
    let stoppen = false;
    let volgnummer = 0;
    const schrijver = async (): Promise<void> => {
      const einde = Date.now() + 240_000;
      for (let i = 0; i < 2_000 && !stoppen && Date.now() < einde; i++) {
        const naam = `Storingsvereniging ${++volgnummer}`;
        const res = await http()
          .post('/graphql')
          .set('authorization', `Bearer ${beheerder}`)
          .send({ query: REGISTREREN, variables: { input: { naam, soort: 'VERENIGING', buurtIds } } });
        const body = res.body as {
          data?: { organisatieRegistreren?: { id: string } } | null;
          errors?: Array<{ message: string; extensions?: { code?: string } }>;
        };
        acties.push({
          naam,
          status: res.status,
          id: body.data?.organisatieRegistreren?.id ?? null,
          codes: (body.errors ?? []).map((e) => e.extensions?.code ?? '?'),
          meldingen: (body.errors ?? []).map((e) => e.message),
        });
        await pauze(5);
      }
    };
    const schrijvers = Array.from({ length: 4 }, () => schrijver());

    await wachtTot(() => acties.filter((a) => a.id).length >= 20, 'twintig geslaagde schrijfacties vóór de storing', 60_000);
    // Fast shutdown: sessions are cut, open transactions are rolled back.
    await pg.stop();
    await wachtTot(async () => (await gereed()) === 503, 'ready meldt 503 zonder database', 30_000);
    const tijdensStoring = acties.length;
    await wachtTot(() => acties.length >= tijdensStoring + 8, 'schrijfacties tijdens de storing worden beantwoord', 60_000);
    const ready = await omgeving.http().get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'niet gereed', database: 'onbereikbaar' });
    expect((await omgeving.http().get('/health/live')).status).toBe(200);
    // REST feeds say the same: a temporary outage (503, retry), not an internal error.
    const rest = await omgeving.http().get('/api/v1/buurten');
    expect(rest.status).toBe(503);
    expect(rest.headers['retry-after']).toBeDefined();
    expect((rest.body as { code: string }).code).toBe('DIENST_NIET_BESCHIKBAAR');

    // The same data folder and port: the app must find it again by itself.
    pg = await startEmbeddedPostgres({ dataDir: pg.dataDir, port: pg.port });
    await wachtTot(async () => (await gereed()) === 200, 'ready meldt weer 200 na herstel', 60_000);
    const naHerstel = acties.filter((a) => a.id).length;
    await wachtTot(() => acties.filter((a) => a.id).length >= naHerstel + 10, 'schrijfacties slagen weer na herstel', 60_000);
    stoppen = true;
    await Promise.all(schrijvers);

    // During the outage: "not available, try again", never an internal error or a false success.
    const mislukt = acties.filter((a) => !a.id);
    expect(mislukt.length).toBeGreaterThan(0);
    const soorten = new Set(
      mislukt.flatMap((a) => (a.codes.length > 0 ? a.codes.map((c, i) => `${c}: ${a.meldingen[i]}`) : [`HTTP ${a.status}`])),
    );
    expect([...soorten]).toEqual([expect.stringMatching(/^DIENST_NIET_BESCHIKBAAR/)]);
    expect(mislukt.filter((a) => a.status >= 500 && a.status !== 503)).toEqual([]);

    // Every acknowledged write is there; no organisation without its two buurten or its event.
    const db = new Client({ connectionString: pg.url('buurtwerk') });
    await db.connect();
    try {
      const { rows } = await db.query<{ id: string; naam: string; buurten: number }>(
        `SELECT o.id, o.naam, (SELECT count(*)::int FROM organisatie_buurt ob WHERE ob.organisatie_id = o.id) AS buurten
           FROM organisatie o WHERE o.naam LIKE 'Storingsvereniging %'`,
      );
      // The outbox event is written in the same transaction: there with its organisation, or neither.
      const { rows: gebeurtenissen } = await db.query<{ onderwerp: string }>(
        `SELECT onderwerp FROM webhook_gebeurtenis WHERE type = 'nl.heerlen.buurtwerk.organisatie.geregistreerd'`,
      );
      const onderwerpen = new Set(gebeurtenissen.map((g) => g.onderwerp));
      expect(rows.filter((r) => !onderwerpen.has(toGlobalId('Organisatie', r.id))).map((r) => r.naam)).toEqual([]);
      const opgeslagen = new Map(rows.map((r) => [r.naam, r]));
      const bevestigd = acties.filter((a) => a.id);
      expect(bevestigd.filter((a) => !opgeslagen.has(a.naam)).map((a) => a.naam)).toEqual([]);
      expect(rows.filter((r) => r.buurten !== 2).map((r) => `${r.naam}: ${r.buurten} buurten`)).toEqual([]);
      // Stored at most once per request, and nothing stored that no request asked for.
      const gevraagd = new Set(acties.map((a) => a.naam));
      expect(rows.filter((r) => !gevraagd.has(r.naam))).toEqual([]);
      expect(rows.length).toBe(opgeslagen.size);
      const { rows: wees } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM organisatie_buurt ob WHERE NOT EXISTS (SELECT 1 FROM organisatie o WHERE o.id = ob.organisatie_id)`,
      );
      expect(wees[0].n).toBe(0);
    } finally {
      await db.end();
    }
  }, 300_000);

  it('rondt bij afsluiten een lopend verzoek af voordat de database-pool sluit', async () => {
    const { http, app } = omgeving;
    const beheerder = await omgeving.token(Rol.BEHEERDER);
    const buurten = (
      (await http().post('/graphql').send({ query: '{ buurten { id } }' })).body as { data: { buurten: Array<{ id: string }> } }
    ).data.buurten;
    // Make a write slow for certain: another session holds a lock the insert has to wait for.
    const slot = new Client({ connectionString: pg.url('buurtwerk') });
    await slot.connect();
    await slot.query('BEGIN');
    await slot.query('LOCK TABLE organisatie IN EXCLUSIVE MODE');
    const lopend = http()
      .post('/graphql')
      .set('authorization', `Bearer ${beheerder}`)
      .send({
        query: REGISTREREN,
        variables: { input: { naam: 'Afsluitvereniging', soort: 'VERENIGING', buurtIds: [buurten[0].id] } },
      })
      .then((r) => r);
    await wachtTot(async () => {
      const { rows } = await slot.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'organisatie'::regclass AND NOT granted`,
      );
      return rows[0].n > 0;
    }, 'het verzoek wacht op het slot');
    let gesloten = false;
    const sluiten = app.close().then(() => {
      gesloten = true;
    });
    appGesloten = true;
    await pauze(300);
    // Closing waits for the request in flight.
    expect(gesloten).toBe(false);
    await slot.query('COMMIT');
    await slot.end();
    const res = await lopend;
    await sluiten;
    expect(res.status).toBe(200);
    expect((res.body as { errors?: unknown }).errors).toBeUndefined();
    expect((res.body as { data: { organisatieRegistreren: { naam: string } } }).data.organisatieRegistreren.naam).toBe(
      'Afsluitvereniging',
    );
    const db = new Client({ connectionString: pg.url('buurtwerk') });
    await db.connect();
    const { rows } = await db.query(`SELECT 1 FROM organisatie WHERE naam = 'Afsluitvereniging'`);
    // Finished means finished: also the audit record written after the change (SECURITY.md).
    const { rows: audit } = await db.query(
      `SELECT 1 FROM audit_log WHERE operatie = 'organisatieRegistreren' AND entiteit_id = $1`,
      [(res.body as { data: { organisatieRegistreren: { id: string } } }).data.organisatieRegistreren.id],
    );
    await db.end();
    expect(rows).toHaveLength(1);
    expect(audit).toHaveLength(1);
  }, 60_000);
});

describe('Storingen: een webhook-ontvanger die niet antwoordt', () => {
  let ctx: TestContext;
  let ontvanger: Ontvanger;
  const vorigeUit = process.env.WEBHOOKS_UIT;

  beforeAll(async () => {
    ontvanger = await startOntvanger();
    ctx = await testContext();
  });
  afterAll(async () => {
    await ctx.close();
    await ontvanger.sluit();
    process.env.WEBHOOKS_UIT = vorigeUit;
  });

  it('laat een mutatie antwoorden terwijl de aflevering van haar gebeurtenis nog hangt', async () => {
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const { buurt } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171000") { id } }');
    await ctx.gqlOk(ABONNEMENT_AANMAKEN, { input: { callbackUrl: ontvanger.url('/hangt'), kanaal: 'organisaties' } }, beheerder);
    ontvanger.antwoord = () => 'hangen';
    const worker = ctx.app.get(WebhookWorker);

    const registreer = (naam: string) =>
      ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        REGISTREREN,
        { input: { naam, soort: 'STICHTING', buurtIds: [buurt.id] } },
        beheerder,
      );

    await registreer('Eerste stichting');
    // The worker runs outside any request: start a run and let it get stuck on the receiver.
    const run = worker.verwerkNu();
    await wachtTot(() => ontvanger.ontvangen.length === 1, 'de ontvanger kreeg de eerste gebeurtenis');
    expect(ontvanger.ontvangen[0].status).toBeNull();

    // While that POST hangs, mutations (also ones that publish events) answer.
    const tweede = await registreer('Tweede stichting');
    const derde = await registreer('Derde stichting');
    expect(tweede.organisatieRegistreren.id).toBeTruthy();
    expect(derde.organisatieRegistreren.id).toBeTruthy();
    expect(ontvanger.ontvangen.every((o) => o.status === null)).toBe(true);
    expect((await ctx.gql('{ organisaties { totalCount } }')).data).toEqual({ organisaties: { totalCount: 3 } });

    // Cut the hanging connection: the run ends with a failed attempt, retried later.
    await ontvanger.sluit();
    const resultaat = await run;
    expect(resultaat.afgeleverd).toBe(0);
    ontvanger = await startOntvanger();
  }, 60_000);
});
