/**
 * At-least-once delivery across crashes and instances: the app is closed in the middle of a
 * delivery run (POSTs in flight, events still in the outbox), a new app on the same database
 * finishes the job; two instances draining one outbox never send an event twice.
 */
import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DEV_JWT_SECRET, loadConfig, ondertekenOntwikkeltoken, Rol } from '@buurtwerk/core';
import { GebeurtenisPublisher, WebhookKlok, WebhookWorker } from '@buurtwerk/webhooks';
import { maakApp } from '../src/app.factory';
import { nieuweTestDatabase } from '../../../test/database';
import { ABONNEMENT_AANMAKEN, type Ontvanger, startOntvanger, wachtTot } from './webhooks.helpers';

process.env.WEBHOOKS_UIT = 'true';

describe('Webhooks: at-least-once bij een crash en met meerdere instanties', () => {
  let db: Awaited<ReturnType<typeof nieuweTestDatabase>>;
  let config: Parameters<typeof maakApp>[0];
  let ontvanger: Ontvanger;
  const open: NestFastifyApplication[] = [];

  const start = async (env: Record<string, string | undefined> = {}) => {
    const vorige = { ...process.env };
    Object.assign(process.env, env);
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) {
        delete process.env[k];
      }
    }
    try {
      const app = await maakApp(config);
      await app.getHttpAdapter().getInstance().ready();
      open.push(app);
      return app;
    } finally {
      process.env = vorige;
    }
  };
  const sluit = async (app: NestFastifyApplication) => {
    open.splice(open.indexOf(app), 1);
    await app.close();
  };

  const publiceer = async (app: NestFastifyApplication, n: number, label: string) => {
    const publisher = app.get(GebeurtenisPublisher);
    const ids: string[] = [];
    for (let i = 0; i < n; i += 1) {
      ids.push(
        await app.get(DataSource).transaction((tx) =>
          publisher.publiceer(tx, {
            kanaal: 'activiteiten',
            type: 'nl.heerlen.buurtwerk.activiteit.gepubliceerd',
            onderwerp: `${label}-${i}`,
            kenmerken: { buurtcode: 'BU09171000' },
            data: { titel: `${label} ${i}` },
          }),
        ),
      );
    }
    return ids;
  };

  const telStatus = async (app: NestFastifyApplication) =>
    Object.fromEntries(
      (
        await app
          .get(DataSource)
          .query<Array<{ status: string; n: number }>>(
            'SELECT status, count(*)::int AS n FROM webhook_aflevering GROUP BY status',
          )
      ).map((r) => [r.status, r.n]),
    );

  beforeAll(async () => {
    db = await nieuweTestDatabase();
    config = {
      ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error' }),
      databaseUrl: db.url,
      migrateOnStart: false,
      databasePoolSize: 10,
    };
    ontvanger = await startOntvanger();
  });
  afterAll(async () => {
    for (const app of [...open]) {
      await sluit(app);
    }
    await ontvanger.sluit();
    await db.verwijder();
  });

  it('levert na een abrupte stop midden in een ronde elke gebeurtenis minstens één keer af', async () => {
    const app1 = await start();
    const token = await ondertekenOntwikkeltoken(new TextEncoder().encode(DEV_JWT_SECRET), config, {
      sub: 'beheerder-crash',
      roles: [Rol.BEHEERDER],
    });
    const res = await request(app1.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${token}`)
      .send({
        query: ABONNEMENT_AANMAKEN,
        variables: { input: { callbackUrl: ontvanger.url('/crash'), kanaal: 'activiteiten', filters: [] } },
      });
    expect(res.body.errors).toBeUndefined();

    // The receiver answers five deliveries and leaves the sixth hanging: the app is then closed
    // with one POST in flight and six deliveries claimed but not yet sent.
    ontvanger.antwoord = ({ nummer }) => (nummer <= 5 ? 200 : 'hangen');
    const eersteGolf = await publiceer(app1, 12, 'eerste');
    const ronde = app1.get(WebhookWorker).verwerkNu();
    await wachtTot(() => ontvanger.ontvangen.length === 6, '6 verzoeken bij de ontvanger');
    await wachtTot(async () => (await telStatus(app1)).AFGELEVERD === 5, '5 afleveringen geregistreerd');
    // Committed just before the crash: still only in the outbox.
    const tweedeGolf = await publiceer(app1, 3, 'tweede');

    await sluit(app1); // aborts the POSTs in flight; their results are never recorded
    await ronde;
    expect(ontvanger.afgeleverd().size).toBe(5);
    // What the crash left: 5 delivered, 7 claimed by the closed worker, 3 events only in the outbox.
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      const { rows } = await pg.query<{ afgeleverd: number; geclaimd: number; niet_uitgewaaierd: number }>(
        `SELECT (SELECT count(*)::int FROM webhook_aflevering WHERE status = 'AFGELEVERD') AS afgeleverd,
                (SELECT count(*)::int FROM webhook_aflevering WHERE status = 'WACHTEND' AND claim IS NOT NULL) AS geclaimd,
                (SELECT count(*)::int FROM webhook_gebeurtenis WHERE uitgewaaierd_op IS NULL) AS niet_uitgewaaierd`,
      );
      expect(rows[0]).toEqual({ afgeleverd: 5, geclaimd: 7, niet_uitgewaaierd: 3 });
    } finally {
      await pg.end();
    }

    // A new instance on the same database, with its timer on. Its clock is past the lease of
    // the dead worker's claims (instead of waiting a minute).
    ontvanger.antwoord = () => 200;
    const app2 = await start({ WEBHOOKS_UIT: 'false', WEBHOOKS_INTERVAL_MS: '50' });
    const worker2 = app2.get(WebhookWorker);
    jest.spyOn(app2.get(WebhookKlok), 'nu').mockImplementation(() => new Date(Date.now() + worker2.leaseMs + 1000));
    const alle = [...eersteGolf, ...tweedeGolf];
    try {
      // Every delivery recorded as delivered, none left waiting or failed.
      await wachtTot(
        async () => JSON.stringify(await telStatus(app2)) === JSON.stringify({ AFGELEVERD: alle.length }),
        'alle 15 afleveringen geregistreerd',
      );
    } finally {
      await sluit(app2);
    }

    const afgeleverd = ontvanger.afgeleverd();
    expect(afgeleverd.size).toBe(alle.length); // deduplicated by id: exactly N
    expect([...afgeleverd.keys()].sort()).toEqual([...alle].sort());
    // A repeated id always carries the same event.
    const perId = new Map<string, Set<string>>();
    for (const o of ontvanger.ontvangen) {
      perId.set(o.id, (perId.get(o.id) ?? new Set()).add(o.body));
    }
    expect([...perId.values()].every((bodies) => bodies.size === 1)).toBe(true);
  });

  it('levert met twee instanties op één database elke gebeurtenis precies één keer af', async () => {
    const a = await start();
    const b = await start();
    const token = await ondertekenOntwikkeltoken(new TextEncoder().encode(DEV_JWT_SECRET), config, {
      sub: 'beheerder-twee',
      roles: [Rol.BEHEERDER],
    });
    const res = await request(a.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${token}`)
      .send({
        query: ABONNEMENT_AANMAKEN,
        variables: { input: { callbackUrl: ontvanger.url('/twee'), kanaal: 'activiteiten', filters: [] } },
      });
    expect(res.body.errors).toBeUndefined();
    ontvanger.antwoord = () => 200;
    const ids = await publiceer(a, 120, 'race');

    const [ra, rb] = await Promise.all([
      a.get(WebhookWorker).verwerkNu(),
      b.get(WebhookWorker).verwerkNu(),
      a.get(WebhookWorker).verwerkNu(),
      b.get(WebhookWorker).verwerkNu(),
    ]);
    expect(ra.uitgewaaierd + rb.uitgewaaierd).toBeLessThanOrEqual(ids.length);
    const ontvangen = ontvanger.ontvangen.filter((o) => o.pad === '/twee');
    expect(ontvangen).toHaveLength(ids.length);
    expect(new Set(ontvangen.map((o) => o.id))).toEqual(new Set(ids));
  });
});
