/**
 * Closing votes with several API instances on one database, and after a restart: the state is
 * in PostgreSQL, so every expired vote is decided exactly once (one decision, one historie
 * entry, the ceiling booked once), whichever instance gets there first.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Rol } from '@buurtwerk/core';
import { BuurtpanelService } from '@buurtwerk/initiatives';
import { type TestContext, testContext } from '../../../test/harness';
import { maakApp } from '../src/app.factory';
import { databaseId, panelHulp, zetPanelregelingOp } from './buurtpanel.helpers';
import { type Opzet, plafondStand } from './initiatieven.helpers';

const CODE = 'BUURTAKTIE_INSTANTIES';

describe('Buurtpanel met meerdere API-instanties', () => {
  let ctx: TestContext;
  let o: Opzet;
  let h: ReturnType<typeof panelHulp>;
  let anna: string;
  const open: NestFastifyApplication[] = [];
  const vorigInterval = process.env.PANEL_INTERVAL_MS;

  /** Another API process on the same database; `interval` is its PANEL_INTERVAL_MS. */
  const startInstantie = async (interval: string) => {
    process.env.PANEL_INTERVAL_MS = interval;
    try {
      const app = await maakApp({ ...ctx.config, databasePoolSize: 5 });
      await app.getHttpAdapter().getInstance().ready();
      open.push(app);
      return app;
    } finally {
      process.env.PANEL_INTERVAL_MS = '0';
    }
  };

  const stop = async (app: NestFastifyApplication) => {
    open.splice(open.indexOf(app), 1);
    await app.close();
  };

  /** Closed votes per initiative: each vote is closed (and its advice recorded) exactly once. */
  const beslissingen = async (initiatiefIds: string[]) =>
    (await ctx.dataSource.query(
      `SELECT initiatief_id, count(*)::int AS aantal FROM panelstemming
        WHERE gesloten_op IS NOT NULL AND initiatief_id = ANY($1::uuid[]) GROUP BY initiatief_id`,
      [initiatiefIds.map(databaseId)],
    )) as Array<{ initiatief_id: string; aantal: number }>;

  beforeAll(async () => {
    process.env.PANEL_INTERVAL_MS = '0';
    ctx = await testContext();
    o = await zetPanelregelingOp(ctx, 10_000_000, CODE);
    h = panelHulp(ctx, o);
    anna = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-anna', name: 'Anna de Vries' });
  });
  afterAll(async () => {
    for (const app of open.splice(0)) {
      await app.close();
    }
    await ctx.close();
    if (vorigInterval === undefined) {
      delete process.env.PANEL_INTERVAL_MS;
    } else {
      process.env.PANEL_INTERVAL_MS = vorigInterval;
    }
  });

  it('twee instanties die tegelijk dezelfde verlopen stemmingen sluiten, adviseren over elke stemming precies één keer', async () => {
    const tweede = await startInstantie('0');
    const panel = await h.panelInstellen(['x-1', 'x-2', 'x-3'], 2);
    const [x1, x2] = await Promise.all([h.lid('x-1'), h.lid('x-2')]);
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const ini = await h.inBehandeling(anna);
      await h.voorleggen(ini.id, panel.id);
      await h.stemOk(x1, ini.id, 'VOOR');
      // Even: 2 voor (granted); odd: 1 voor, 1 tegen (a tie: rejected). x-3 never votes.
      await h.stemOk(x2, ini.id, i % 2 === 0 ? 'VOOR' : 'TEGEN');
      ids.push(ini.id);
    }
    await ctx.dataSource.query(
      "UPDATE panelstemming SET sluit_op = now() - interval '1 millisecond' WHERE gesloten_op IS NULL AND initiatief_id = ANY($1::uuid[])",
      [ids.map(databaseId)],
    );

    const rondes = await Promise.all([
      ctx.app.get(BuurtpanelService).sluitVerlopenStemmingen(),
      tweede.get(BuurtpanelService).sluitVerlopenStemmingen(),
      ctx.app.get(BuurtpanelService).sluitVerlopenStemmingen(),
      tweede.get(BuurtpanelService).sluitVerlopenStemmingen(),
    ]);
    expect(rondes.reduce((s, r) => s + r.gesloten, 0)).toBe(6);

    expect((await beslissingen(ids)).map((r) => r.aantal)).toEqual([1, 1, 1, 1, 1, 1]);
    for (const [i, id] of ids.entries()) {
      expect((await h.stemming(id, o.beleid))!.advies).toBe(i % 2 === 0 ? 'POSITIEF' : 'NEGATIEF');
      // The official decides on each advice.
      const ini = await h.volgAdvies(id);
      expect(ini.status).toBe(i % 2 === 0 ? 'TOEGEKEND' : 'AFGEWEZEN');
      expect(ini.historie.filter((s) => s.van === 'BIJ_BUURTPANEL')).toHaveLength(1);
    }
    // Three grants of 500 euro, booked once each; nothing left reserved.
    expect(await plafondStand(ctx, CODE)).toEqual({ bedrag: 10_000_000, verleend: 150_000, gereserveerd: 0 });
    expect(await tweede.get(BuurtpanelService).sluitVerlopenStemmingen()).toEqual({ gesloten: 0 });
    await stop(tweede);
  });

  it('sluit een stemming die verliep terwijl de API uit stond, na de herstart met de achtergrondtaak', async () => {
    const panel = await h.panelInstellen(['y-1', 'y-2'], 1);
    const ini = await h.inBehandeling(anna);
    await h.voorleggen(ini.id, panel.id);
    await h.stemOk(await h.lid('y-1'), ini.id, 'VOOR');
    await h.zetSluitOp(ini.id, '-1 second');

    // Two restarted instances with the background job on: the vote is closed once, by either.
    const [a, b] = [await startInstantie('50'), await startInstantie('50')];
    const gesloten = async () =>
      (
        (await ctx.dataSource.query('SELECT gesloten_op FROM panelstemming WHERE initiatief_id = $1', [
          databaseId(ini.id),
        ])) as Array<{ gesloten_op: Date | null }>
      )[0].gesloten_op !== null;
    for (let poging = 0; poging < 200 && !(await gesloten()); poging += 1) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await stop(a);
    await stop(b);

    expect(await gesloten()).toBe(true);
    expect(await beslissingen([ini.id])).toEqual([{ initiatief_id: databaseId(ini.id), aantal: 1 }]);
    expect(await h.stemming(ini.id, o.beleid)).toMatchObject({ gesloten: true, aantalVoor: 1, advies: 'POSITIEF' });
  });
});
