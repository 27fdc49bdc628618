/**
 * Defaults that must fail closed (issue 15): production never loads the demo data, whatever
 * flags the process gets, and the development token endpoint (any role, BEHEERDER included)
 * answers only to a client on the same machine, although a development server listens on
 * 0.0.0.0 by default.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { decodeJwt } from 'jose';
import { maakApp } from '../src/app.factory';
import { DEMO_MARKERING, demodataBijStart, laadDemodata } from '../src/demo/demo-data';
import { registreerWebApps } from '../src/web/web-apps';
import { type TestContext, testContext } from '../../../test/harness';

describe('Standaarden die dicht vallen', () => {
  let ctx: TestContext;
  let leeg: string;
  beforeAll(async () => {
    ctx = await testContext();
    leeg = mkdtempSync(path.join(tmpdir(), 'buurtwerk-web-'));
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(leeg, { recursive: true, force: true });
  });

  const demoOrganisaties = async (): Promise<number> =>
    Number(
      (
        await ctx.dataSource.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM organisatie WHERE naam LIKE '%' || $1`, [
          DEMO_MARKERING,
        ])
      )[0].n,
    );

  describe('voorbeeldgegevens', () => {
    it('laadt ze nooit met NODE_ENV=production, ook niet zonder --zonder-demo', async () => {
      expect(demodataBijStart(['node', 'main.js'], { nodeEnv: 'production' })).toBe(false);
      expect(demodataBijStart(['node', 'main.js', '--zonder-demo'], { nodeEnv: 'production' })).toBe(false);
      expect(demodataBijStart(['node', 'main.js', '--zonder-demo'], { nodeEnv: 'development' })).toBe(false);
      expect(demodataBijStart(['node', 'main.js'], { nodeEnv: 'development' })).toBe(true);

      // Also a direct call cannot put them into a production database.
      const productie = await maakApp({ ...ctx.config, nodeEnv: 'production', auth: { ...ctx.config.auth, jwtSecret: null } });
      try {
        await expect(laadDemodata(productie)).rejects.toThrow(/nooit geladen in productie/);
      } finally {
        await productie.close();
      }
      expect(await demoOrganisaties()).toBe(0);
    });

    it('laadt ze buiten productie wel (npm start), zodat de weigering hierboven echt iets tegenhoudt', async () => {
      expect(await laadDemodata(ctx.app)).toBe(true);
      expect(await demoOrganisaties()).toBeGreaterThan(0);
    });
  });

  describe('POST /web/ontwikkeltoken in ontwikkeling', () => {
    let app: NestFastifyApplication;
    const vraag = (remoteAddress: string, headers: Record<string, string> = {}) =>
      app
        .getHttpAdapter()
        .getInstance()
        .inject({
          method: 'POST',
          url: '/web/ontwikkeltoken',
          remoteAddress,
          headers,
          payload: { rol: 'BEHEERDER', sub: 'dev-beheerder', naam: 'Dev Beheerder' },
        });

    beforeAll(async () => {
      app = await maakApp(ctx.config);
      await registreerWebApps(app, { webMap: leeg, oidc: null });
      await app.getHttpAdapter().getInstance().ready();
    });
    afterAll(() => app.close());

    it('geeft geen token aan een client op het netwerk (403, Nederlandse uitleg)', async () => {
      for (const adres of ['192.168.1.20', '10.0.0.5', '203.0.113.9', '::ffff:192.168.1.20', '2001:db8::1', 'fe80::1']) {
        const res = await vraag(adres);
        expect(res.statusCode).toBe(403);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json()).toMatchObject({ status: 403, detail: expect.stringMatching(/alleen .* deze computer/) });
        expect(res.body).not.toMatch(/eyJ/);
      }
    });

    it('geeft geen token aan een verzoek dat via een proxy binnenkomt, ook als de proxy op deze computer staat', async () => {
      const koppen: Array<Record<string, string>> = [
        { 'x-forwarded-for': '203.0.113.9' },
        { forwarded: 'for=203.0.113.9' },
        { 'x-real-ip': '203.0.113.9' },
      ];
      for (const kop of koppen) {
        expect((await vraag('127.0.0.1', kop)).statusCode).toBe(403);
      }
    });

    it('geeft een ontwikkelaar op deze computer (IPv4, IPv6, IPv4-in-IPv6) een token', async () => {
      for (const adres of ['127.0.0.1', '127.0.1.1', '::1', '::ffff:127.0.0.1']) {
        const res = await vraag(adres);
        expect(res.statusCode).toBe(200);
        const { token } = res.json<{ token: string }>();
        expect(decodeJwt(token)).toMatchObject({ sub: 'dev-beheerder', roles: ['BEHEERDER'] });
      }
    });

    it('biedt het ontwikkelinloggen in /web/config.json alleen aan een browser op deze computer aan', async () => {
      const fastify = app.getHttpAdapter().getInstance();
      const netwerk = await fastify.inject({ method: 'GET', url: '/web/config.json', remoteAddress: '192.168.1.20' });
      expect(netwerk.json()).toMatchObject({ ontwikkelinlog: false });
      const lokaal = await fastify.inject({ method: 'GET', url: '/web/config.json', remoteAddress: '127.0.0.1' });
      expect(lokaal.json()).toMatchObject({ ontwikkelinlog: true });
    });

    it('werkt over een echte verbinding vanaf localhost', async () => {
      const server = await maakApp(ctx.config);
      try {
        await registreerWebApps(server, { webMap: leeg, oidc: null });
        await server.listen({ port: 0, host: '127.0.0.1' });
        const { port } = server.getHttpServer().address() as AddressInfo;
        const res = await fetch(`http://127.0.0.1:${port}/web/ontwikkeltoken`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ rol: 'BEWONER', sub: 'dev-bewoner', naam: 'Dev Bewoner' }),
        });
        expect(res.status).toBe(200);
      } finally {
        await server.close();
      }
    });
  });
});
