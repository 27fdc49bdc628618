/**
 * Issue 27: the recipes in docs/recepten run against a real instance. The API listens on a port
 * of this machine and each recipe's exported main() talks to it over HTTP only, as an
 * integrator's script would; the set-up around it (staff actions, closing a round) goes through
 * the test harness.
 */
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as prettier from 'prettier';
import { parse as leesYaml } from 'yaml';
import { Rol } from '@buurtwerk/core';
import { onderteken, WebhookWorker } from '@buurtwerk/webhooks';
import { main as burgerbegroting, alsTekst } from '../../../docs/recepten/burgerbegroting-uitslag';
import { main as buurtpagina } from '../../../docs/recepten/buurtpagina';
import { main as spiegel } from '../../../docs/recepten/partner-spiegel';
import { main as webhooks, startOntvanger, verifieer } from '../../../docs/recepten/webhooks-ontvangen';
import { type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, type Opzet, opslaan, zetOp } from './initiatieven.helpers';

process.env.WEBHOOKS_UIT = 'true';

const BUURT = 'BU09171000';
const ROOT = path.join(__dirname, '..', '..', '..');

describe('recipes in docs/recepten, against a running API (issue 27)', () => {
  let ctx: TestContext;
  let api: string;
  let beheerder: string;
  let buurtId: string;

  beforeAll(async () => {
    ctx = await testContext();
    const server = ctx.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    buurtId = (await ctx.gqlOk<{ buurt: { id: string } }>(`{ buurt(code: "${BUURT}") { id } }`)).buurt.id;
  });
  afterAll(() => ctx.close());

  const publiceer = async (titel: string): Promise<string> =>
    (
      await ctx.gqlOk<{ activiteitPubliceren: { id: string } }>(
        'mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }',
        { input: { titel, begin: '2030-06-01T10:00:00+02:00', buurtId } },
        beheerder,
      )
    ).activiteitPubliceren.id;

  describe('partner-spiegel: delta sync with tombstones', () => {
    let opzet: Opzet;
    beforeAll(async () => {
      opzet = await zetOp(ctx, 100_000_000);
    });

    it('a second round picks up new, changed and deleted activities and initiatives; the mirror equals a fresh read', async () => {
      const activiteiten = [await publiceer('Recept A'), await publiceer('Recept B'), await publiceer('Recept C')];
      const bewoners: Array<{ id: string; token: string }> = [];
      for (const i of [1, 2]) {
        const token = await ctx.tokenFor(Rol.BEWONER, { sub: `recept-bewoner-${i}`, email: `recept${i}@voorbeeld.invalid` });
        const concept = await opslaan(ctx, token, initiatiefInput(opzet, 10_000, 2_000, { titel: `Receptfeest ${i}` }));
        await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, token);
        bewoners.push({ id: concept.id, token });
      }

      // Municipal IT with a staff token sees submitted initiatives; the public view only granted ones.
      const eerste = await spiegel({ api, token: opzet.beleid });
      expect(Object.keys(eerste.activiteiten).sort()).toEqual([...activiteiten].sort());
      expect(Object.keys(eerste.initiatieven).sort()).toEqual(bewoners.map((b) => b.id).sort());
      expect(Object.keys((await spiegel({ api })).initiatieven)).toEqual([]);

      await ctx.gqlOk('mutation($id: ID!) { activiteitAnnuleren(id: $id) { id } }', { id: activiteiten[0] }, beheerder);
      await ctx.gqlOk('mutation($id: ID!) { activiteitVerwijderen(id: $id) }', { id: activiteiten[1] }, beheerder);
      const nieuw = await publiceer('Recept D');
      // Withdrawn by the initiator, then removed by maintenance: the only way an initiative is deleted.
      await ctx.gqlOk('mutation($id: ID!) { initiatiefIntrekken(id: $id) { id } }', { id: bewoners[0].id }, bewoners[0].token);
      await ctx.dataSource.query('DELETE FROM initiatief WHERE id = $1', [
        Buffer.from(bewoners[0].id, 'base64url').toString().split(':')[1],
      ]);

      const tweede = await spiegel({ api, token: opzet.beleid, spiegel: structuredClone(eerste) });
      expect(Object.keys(tweede.activiteiten).sort()).toEqual([activiteiten[0], activiteiten[2], nieuw].sort());
      expect(tweede.activiteiten[activiteiten[0]].geannuleerd).toBe(true);
      expect(Object.keys(tweede.initiatieven)).toEqual([bewoners[1].id]);
      expect(tweede.ronde.activiteiten.verwijderd).toBe(1);
      expect(tweede.ronde.initiatieven.verwijderd).toBe(1);
      // Incremental: the second round did not read everything again.
      expect(tweede.ronde.activiteiten.gewijzigd).toBeLessThan(Object.keys(eerste.activiteiten).length + 2);

      const vers = await spiegel({ api, token: opzet.beleid });
      expect(tweede.activiteiten).toEqual(vers.activiteiten);
      expect(tweede.initiatieven).toEqual(vers.initiatieven);
    });
  });

  describe('webhooks-ontvangen: CloudEvents and Notificaties messages, signatures verified', () => {
    it('receives both message forms of one change, verified, each once', async () => {
      const ontvanger = await webhooks({ api, token: beheerder, kanaal: 'activiteiten' });
      try {
        const id = await publiceer('Recept webhook');
        // The worker delivers per pass; both subscriptions point at the same host.
        for (let i = 0; i < 20 && ontvanger.berichten.length < 2; i++) {
          await ctx.app.get(WebhookWorker).verwerkNu();
        }
        // Replayed by hand (same webhook-id, same body): the receiver processes it once.
        expect(ontvanger.berichten).toHaveLength(2);
        await ctx.gqlOk(
          'mutation($g: String) { webhookOpnieuwAfleveren(gebeurtenisId: $g) { id status } }',
          { g: ontvanger.berichten[0].id },
          beheerder,
        );
        for (let i = 0; i < 20 && ontvanger.dubbel < 2; i++) {
          await ctx.app.get(WebhookWorker).verwerkNu();
        }
        expect(ontvanger.dubbel).toBe(2);
        expect(ontvanger.geweigerd).toEqual([]);
        const cloud = ontvanger.berichten.filter((b) => b.vorm === 'cloudevent');
        const noti = ontvanger.berichten.filter((b) => b.vorm === 'notificatie');
        expect(cloud).toHaveLength(1);
        expect(noti).toHaveLength(1);
        expect(cloud[0]).toMatchObject({
          event: { type: 'nl.heerlen.buurtwerk.activiteit.gepubliceerd', subject: id, kanaal: 'activiteiten' },
        });
        expect(noti[0]).toMatchObject({
          kennisgeving: { kanaal: 'activiteiten', resource: 'activiteit', actie: 'create', kenmerken: { buurtcode: BUURT } },
        });
        // The message points at the object, readable over REST.
        const object = await fetch(
          new URL(new URL(noti[0].vorm === 'notificatie' ? noti[0].kennisgeving.resourceUrl : '').pathname, api),
        );
        expect(((await object.json()) as { titel: string }).titel).toBe('Recept webhook');
      } finally {
        await ontvanger.sluit();
      }
    });

    it('refuses a forged signature, an old timestamp and a wrong Authorization header with 401, and processes none', async () => {
      const geheim = `whsec_${Buffer.from('recept-geheim-van-32-bytes-lang!').toString('base64')}`;
      const ontvanger = await startOntvanger({ geheimen: () => [geheim], autorisatie: 'Bearer juist' });
      const body = JSON.stringify({ kanaal: 'activiteiten', resource: 'activiteit', actie: 'create', kenmerken: {} });
      const stuur = (koppen: Record<string, string>) =>
        fetch(`${ontvanger.url}/notificaties`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer juist', ...koppen },
          body,
        });
      try {
        const nu = Math.floor(Date.now() / 1000);
        const echt = {
          'webhook-id': 'evt-1',
          'webhook-timestamp': String(nu),
          'webhook-signature': onderteken(geheim, 'evt-1', nu, body),
        };
        const vervalst = createHmac('sha256', 'een ander geheim').update(`evt-1.${nu}.${body}`).digest('base64');
        expect((await stuur({ ...echt, 'webhook-signature': `v1,${vervalst}` })).status).toBe(401);
        const oud = nu - 600;
        expect(
          (
            await stuur({
              ...echt,
              'webhook-timestamp': String(oud),
              'webhook-signature': onderteken(geheim, 'evt-1', oud, body),
            })
          ).status,
        ).toBe(401);
        expect((await stuur({ ...echt, authorization: 'Bearer fout' })).status).toBe(401);
        expect(ontvanger.berichten).toEqual([]);
        expect(ontvanger.geweigerd).toEqual([
          'handtekening klopt niet',
          'tijdstempel buiten de tolerantie',
          'Authorization klopt niet',
        ]);
        // Rotation: one of several signatures in the header is enough.
        expect((await stuur({ ...echt, 'webhook-signature': `v1,${vervalst} ${echt['webhook-signature']}` })).status).toBe(204);
        expect(ontvanger.berichten).toHaveLength(1);
      } finally {
        await ontvanger.sluit();
      }
    });

    it("verifies exactly what the API's signer signs, and nothing else", () => {
      const geheim = `whsec_${Buffer.from('nog-een-geheim-van-32-bytes-lang').toString('base64')}`;
      const tijd = new Date('2030-05-01T08:00:00Z');
      const ts = Math.floor(tijd.getTime() / 1000);
      const headers = {
        'webhook-id': 'x',
        'webhook-timestamp': String(ts),
        'webhook-signature': onderteken(geheim, 'x', ts, '{"a":1}'),
      };
      expect(verifieer(geheim, headers, '{"a":1}', tijd)).toEqual({ geldig: true });
      expect(verifieer(geheim, headers, '{"a": 1}', tijd)).toEqual({ geldig: false, reden: 'handtekening klopt niet' });
      expect(verifieer(geheim, { ...headers, 'webhook-id': 'y' }, '{"a":1}', tijd).geldig).toBe(false);
    });
  });

  describe('burgerbegroting-uitslag: the result, its explanation and mijnBijdrage', () => {
    it('shows nothing before closing, then the chosen projects in order, a reason for each, and what a voter paid', async () => {
      const beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
      const nu = Date.now();
      const { begrotingsrondeAanmaken: ronde } = await ctx.gqlOk<{ begrotingsrondeAanmaken: { id: string } }>(
        'mutation($input: BegrotingsrondeInput!) { begrotingsrondeAanmaken(input: $input) { id } }',
        {
          input: {
            naam: 'Buurtbudget recept (voorbeeld)',
            buurtIds: [buurtId],
            budget: 100_000,
            stemmenVanaf: new Date(nu + 3600_000).toISOString(),
            stemmenTot: new Date(nu + 7200_000).toISOString(),
            regel: 'EQUAL_SHARES',
          },
        },
        beleid,
      );
      const projecten: string[] = [];
      for (const [titel, kosten] of [
        ['Speeltuin (voorbeeld)', 45_000],
        ['Buurtmoestuin (voorbeeld)', 30_000],
        ['Bankjes (voorbeeld)', 12_000],
        ['Jeu-de-boulesbaan (voorbeeld)', 80_000],
      ] as const) {
        const { begrotingsprojectToevoegen } = await ctx.gqlOk<{ begrotingsprojectToevoegen: { id: string } }>(
          'mutation($input: BegrotingsprojectInput!) { begrotingsprojectToevoegen(input: $input) { id } }',
          { input: { rondeId: ronde.id, titel, kosten } },
          beleid,
        );
        projecten.push(begrotingsprojectToevoegen.id);
      }
      const dbId = Buffer.from(ronde.id, 'base64url').toString().split(':')[1];
      await ctx.dataSource.query(`UPDATE begrotingsronde SET stemmen_vanaf = now() - interval '1 hour' WHERE id = $1`, [dbId]);
      const kiezers: string[] = [];
      for (const [i, keuze] of [[0, 1], [0, 1], [0], [2], [1, 2], [0, 2]].entries()) {
        const token = await ctx.tokenFor(Rol.BEWONER, { sub: `recept-stemmer-${i}`, buurtcode: BUURT });
        await ctx.gqlOk(
          'mutation($rondeId: ID!, $projectIds: [ID!]!) { begrotingStemUitbrengen(rondeId: $rondeId, projectIds: $projectIds) { id } }',
          { rondeId: ronde.id, projectIds: keuze.map((k) => projecten[k]) },
          token,
        );
        kiezers.push(token);
      }

      const tijdensStemmen = await burgerbegroting({ api, rondeId: ronde.id });
      expect(tijdensStemmen.gesloten).toBe(false);
      expect(tijdensStemmen.melding).toEqual(expect.any(String));
      expect(tijdensStemmen.gekozen).toEqual([]);

      await ctx.dataSource.query(`UPDATE begrotingsronde SET stemmen_tot = now() - interval '1 millisecond' WHERE id = $1`, [
        dbId,
      ]);
      const uitslag = await burgerbegroting({ api, rondeId: ronde.id, token: kiezers[0] });
      expect(uitslag.gesloten).toBe(true);
      expect(uitslag.melding).toBeNull();
      expect(uitslag.aantalStemmers).toBe(6);
      // Nobody voted for the boules court: it is not chosen, and the explanation says why.
      expect(uitslag.gekozen.map((p) => p.titel)).not.toContain('Jeu-de-boulesbaan (voorbeeld)');
      expect(uitslag.gekozen.map((p) => p.titel)).toContain('Speeltuin (voorbeeld)');
      expect(uitslag.totaleKosten).toBe(uitslag.gekozen.reduce((s, p) => s + p.kosten, 0));
      expect(uitslag.totaleKosten!).toBeLessThanOrEqual(uitslag.budget);
      for (const p of uitslag.uitleg) {
        expect(p.reden).toMatch(p.gekozen ? /^GEKOZEN_/ : /^NIET_/);
        expect(p.tekst).toEqual(expect.stringMatching(/\S/));
      }
      expect(uitslag.uitleg.find((p) => p.titel === 'Jeu-de-boulesbaan (voorbeeld)')).toMatchObject({
        gekozen: false,
        stemmen: 0,
      });
      // The voter of [Speeltuin, Buurtmoestuin] paid only towards chosen projects they voted for.
      expect(uitslag.mijnBijdrage).not.toBeNull();
      for (const p of uitslag.mijnBijdrage!.perProject) {
        expect(['Speeltuin (voorbeeld)', 'Buurtmoestuin (voorbeeld)']).toContain(p.titel);
        expect(uitslag.gekozen.map((g) => g.titel)).toContain(p.titel);
        expect(p.bedrag).toMatch(/€/);
      }
      expect(alsTekst(uitslag)).toContain('Jouw deel was');

      const zonderStem = await burgerbegroting({
        api,
        rondeId: ronde.id,
        token: await ctx.tokenFor(Rol.BEWONER, { buurtcode: BUURT }),
      });
      expect(zonderStem.mijnBijdrage).toBeNull();
      expect(zonderStem.gekozen).toEqual(uitslag.gekozen);
    });
  });

  describe('buurtpagina: graphql-codegen typed documents and persisted queries', () => {
    it('sends the query text once, then only its hash, and shows a newly published activity', async () => {
      const eerst = await buurtpagina({ api, buurtcode: BUURT, vanaf: '2030-01-01T00:00:00Z' });
      expect(eerst?.verzoeken).toEqual([{ soort: 'tekst' }]);
      expect(eerst?.titel).toEqual(expect.stringMatching(/\S/));
      const id = await publiceer('Recept buurtpagina');
      const daarna = await buurtpagina({ api, buurtcode: BUURT, vanaf: '2030-01-01T00:00:00Z' });
      expect(daarna?.verzoeken).toEqual([{ soort: 'hash' }]);
      expect(daarna?.activiteiten).toContainEqual({
        id,
        titel: 'Recept buurtpagina',
        begin: expect.any(String),
        geannuleerd: false,
      });
      expect(await buurtpagina({ api, buurtcode: 'BU99999999' })).toBeNull();
    });

    it('codegen against the running API produces exactly the committed typed documents', async () => {
      const map = mkdtempSync(path.join(tmpdir(), 'bw-recept-codegen-'));
      try {
        const basis = leesYaml(readFileSync(path.join(ROOT, 'docs', 'recepten', 'buurtpagina.codegen.yml'), 'utf8')) as {
          generates: Record<string, unknown>;
        };
        const config = path.join(map, 'codegen.json');
        writeFileSync(
          config,
          JSON.stringify({
            // Without the Prettier hook (it would format outside the repository with other settings): formatted below.
            ...basis,
            hooks: {},
            schema: `${api}/graphql`,
            documents: path.join(ROOT, 'docs', 'recepten', 'buurtpagina.ts'),
            generates: { [path.join(map, 'gql') + '/']: Object.values(basis.generates)[0] },
          }),
        );
        await promisify(execFile)(
          process.execPath,
          [path.join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js'), '--config', config],
          { cwd: ROOT, timeout: 90_000 },
        );
        for (const bestand of ['graphql.ts', 'gql.ts', 'persisted-documents.json']) {
          // Formatted with the repository's Prettier settings, as the committed files are.
          const vastgelegd = path.join(ROOT, 'docs', 'recepten', 'buurtpagina-gql', bestand);
          const opmaak = { ...(await prettier.resolveConfig(vastgelegd)), filepath: vastgelegd };
          expect(await prettier.format(readFileSync(path.join(map, 'gql', bestand), 'utf8'), opmaak)).toBe(
            readFileSync(vastgelegd, 'utf8'),
          );
        }
      } finally {
        rmSync(map, { recursive: true, force: true });
      }
    }, 120_000);
  });
});
