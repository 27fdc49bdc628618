/**
 * Buurtportaal in a real browser (Debian's Chromium via playwright-core) against the real API
 * and database: the app is built with Vite, served by the API as `npm start` does, and every
 * page and form state is checked with axe (WCAG 2.1 A/AA). Screenshots go to docs/screenshots.
 * The national address service is a local stand-in (never the internet).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Rol } from '@buurtwerk/core';
import { maakApp } from '../../api/src/app.factory';
import { registreerWebApps } from '../../api/src/web/web-apps';
import { type TestContext, testContext } from '../../../test/harness';
import {
  actiefElement,
  axeOvertredingen,
  bouwWebApp,
  scroltHorizontaal,
  schermafdruk,
  startBrowser,
  startWebServer,
  type TestBrowser,
} from './browser';

const CENTRUM = 'BU09173300'; // Heerlen-Centrum
const ANDERE = 'BU09171000'; // Maria Gewanden

function dagenVanaf(dagen: number, uur: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + dagen);
  d.setUTCHours(uur, 0, 0, 0);
  return d.toISOString();
}

describe('Buurtportaal in de browser', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let pdok: Server;
  let pdokStoring = false;

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    pdok = createServer((req, res) => {
      const q = new URL(req.url ?? '/', 'http://localhost').searchParams.get('q') ?? '';
      if (pdokStoring) {
        res.writeHead(503).end('onderhoud');
        return;
      }
      const docs = q.includes('6411AB')
        ? [
            {
              type: 'adres',
              postcode: '6411AB',
              huisnummer: 12,
              gemeentecode: '0917',
              buurtcode: CENTRUM,
              centroide_ll: 'POINT(5.98 50.888)',
            },
          ]
        : [];
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ response: { numFound: docs.length, start: 0, docs } }));
    });
    await new Promise<void>((r) => pdok.listen(0, '127.0.0.1', r));
    const { port } = pdok.address() as AddressInfo;
    // GRAPHIQL=false: the production Content-Security-Policy is on, as the apps must live with it.
    ctx = await testContext({
      PDOK_LOCATIESERVER_URL: `http://127.0.0.1:${port}/locatieserver`,
      PDOK_TIMEOUT_MS: '1000',
      GRAPHIQL: 'false',
    });

    // Data made here, not the demo set: a buurtregisseur, a partner and activities.
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const ids = await ctx.gqlOk<{ a: { id: string }; b: { id: string } }>(
      `{ a: buurt(code: "${CENTRUM}") { id } b: buurt(code: "${ANDERE}") { id } }`,
    );
    await ctx.gqlOk(
      'mutation($input: MedewerkerInput!) { medewerkerRegistreren(input: $input) { id } }',
      {
        input: {
          naam: 'Ilse Testregisseur',
          functie: 'Buurtregisseur',
          email: 'ilse@example.org',
          telefoon: '045 560 4000',
          buurtIds: [ids.a.id],
        },
      },
      beheerder,
    );
    const org = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
      'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
      {
        input: {
          naam: 'Buurtkoor Testklanken',
          soort: 'VERENIGING',
          beschrijving: 'Zingt elke week in het buurthuis.',
          website: 'https://example.org/koor',
          buurtIds: [ids.a.id],
        },
      },
      beheerder,
    );
    const publiceer = (input: Record<string, unknown>) =>
      ctx.gqlOk('mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }', { input }, beheerder);
    await publiceer({
      titel: 'Zangavond in het buurthuis',
      buurtId: ids.a.id,
      organisatorId: org.organisatieRegistreren.id,
      begin: dagenVanaf(7, 17),
      eind: dagenVanaf(7, 19),
      locatie: 'Buurthuis, Pancratiusplein',
      vrijwilligersGezocht: true,
    });
    await publiceer({ titel: 'Zangavond van vorig jaar', buurtId: ids.a.id, begin: dagenVanaf(-300, 17) });
    await publiceer({ titel: 'Opschoondag elders', buurtId: ids.b.id, begin: dagenVanaf(3, 9) });

    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
    await new Promise((r) => pdok?.close(r));
  });

  let page: Page;
  beforeEach(async () => {
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
  });
  afterEach(async () => {
    await page.close();
  });

  const geenOvertredingen = async (): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
  };

  it('vindt een buurt op naam en toont buurtregisseur, partners en komende activiteiten', async () => {
    await page.goto(`${basis}/buurtportaal/`);
    await page.getByRole('heading', { level: 1, name: 'Vind je buurt' }).waitFor();
    await page.getByText('Heerlen heeft 57 buurten.').waitFor();
    expect(await page.title()).toBe('Vind je buurt - Buurtportaal Heerlen');
    expect(await page.locator('[data-testid=buurtenkaart] path').count()).toBe(57);
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-start');

    // The API matches buurt and wijk names (Heerlen-Centrum lies in wijk 33 Heerlen-Centrum).
    await page.getByLabel('Naam van de buurt').fill('heerlen-centrum');
    await page.getByText('4 buurten gevonden voor “heerlen-centrum”.').waitFor();
    const gemarkeerd = await page
      .locator('path.buurtwerk-kaart__gemarkeerd')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-buurtcode')));
    expect(gemarkeerd.sort()).toEqual([CENTRUM, 'BU09173301', 'BU09173302', 'BU09173303']);
    expect(await page.getByRole('list', { name: 'Buurten' }).getByRole('link').count()).toBe(4);
    await geenOvertredingen();
    await page.getByRole('link', { name: 'Heerlen-Centrum' }).click();

    await page.getByRole('heading', { level: 1, name: 'Heerlen-Centrum' }).waitFor();
    expect(page.url()).toBe(`${basis}/buurtportaal/buurt/${CENTRUM}`);
    const main = page.locator('main');
    await main.getByText('Ilse Testregisseur').waitFor();
    await main.getByRole('link', { name: 'ilse@example.org' }).waitFor();
    const partners = main.getByRole('region', { name: 'Partners in de buurt' });
    await partners.getByText('Buurtkoor Testklanken', { exact: true }).waitFor();
    await partners.getByText('1 organisatie is actief in deze buurt.').waitFor();
    await main.getByRole('link', { name: 'Website van Buurtkoor Testklanken' }).waitFor();
    await main.getByRole('heading', { level: 3, name: 'Zangavond in het buurthuis' }).waitFor();
    const activiteiten = main.getByRole('region', { name: 'Activiteiten' });
    await activiteiten.getByText('Vrijwilligers gezocht').waitFor();
    await activiteiten.getByText('Buurthuis, Pancratiusplein').waitFor();
    await activiteiten.getByText('Buurtkoor Testklanken').waitFor();
    expect(await main.getByText('Zangavond van vorig jaar').count()).toBe(0);
    expect(await main.getByText('Opschoondag elders').count()).toBe(0);
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-buurt');

    // Back in history keeps working (the app routes with the History API).
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Vind je buurt' }).waitFor();
  });

  it('toont een buurt zonder regisseur, partners of activiteiten met duidelijke teksten, en een onbekende buurt', async () => {
    await page.goto(`${basis}/buurtportaal/buurt/BU09174101`);
    await page.getByText('Voor deze buurt is nog geen buurtregisseur bekend.', { exact: false }).waitFor();
    await page.getByText('Er staan geen activiteiten gepland in deze buurt.').waitFor();
    await page.getByText('Er zijn nog geen partnerorganisaties aan deze buurt gekoppeld.').waitFor();
    await geenOvertredingen();
    await page.goto(`${basis}/buurtportaal/buurt/BU00000000`);
    await page.getByRole('heading', { level: 1, name: 'Buurt niet gevonden' }).waitFor();
    await geenOvertredingen();
    await page.goto(`${basis}/buurtportaal/bestaat-niet`);
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await geenOvertredingen();
  });

  it('zoekt de buurt bij een postcode, met Nederlandse meldingen bij elke fout', async () => {
    await page.goto(`${basis}/buurtportaal/`);
    const postcode = page.getByRole('textbox', { name: 'Postcode' });
    const zoek = page.getByRole('button', { name: 'Zoek mijn buurt' });

    await zoek.click();
    await page.getByText('Vul je postcode in, bijvoorbeeld 6411 AB.').waitFor();
    expect((await actiefElement(page)).naam).toBe('postcode');
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-postcode-fout', false);

    await postcode.fill('64');
    await zoek.click();
    await page.locator('.utrecht-form-field-error-message').first().waitFor();
    await geenOvertredingen();

    await postcode.fill('1012 AB');
    await zoek.click();
    await page.getByText('We vonden bij dit adres geen buurt in Heerlen.', { exact: false }).waitFor();
    await geenOvertredingen();

    pdokStoring = true;
    try {
      await postcode.fill('6411 AB');
      await zoek.click();
      await page
        .getByRole('alert')
        .filter({ hasText: /adresservice/ })
        .waitFor();
      await geenOvertredingen();
    } finally {
      pdokStoring = false;
    }

    await page.getByRole('textbox', { name: 'Huisnummer (niet verplicht)' }).fill('12');
    await zoek.click();
    await page.getByRole('heading', { level: 1, name: 'Heerlen-Centrum' }).waitFor();
  });

  it('vindt de buurt bij mijn locatie en zegt het als die buiten Heerlen ligt', async () => {
    await browser.context.grantPermissions(['geolocation'], { origin: basis });
    await browser.context.setGeolocation({ latitude: 50.9238, longitude: 5.914 });
    await page.goto(`${basis}/buurtportaal/`);
    await page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maria Gewanden' }).waitFor();

    await browser.context.setGeolocation({ latitude: 52.37, longitude: 4.89 });
    await page.goto(`${basis}/buurtportaal/`);
    await page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    await page.getByText('Je locatie ligt niet in een buurt van Heerlen.', { exact: false }).waitFor();
    await geenOvertredingen();
    await browser.context.clearPermissions();
  });

  it('is met alleen het toetsenbord te bedienen: overslaan, zoeken en een buurt openen', async () => {
    await page.goto(`${basis}/buurtportaal/`);
    await page.getByText('Heerlen heeft 57 buurten.').waitFor();
    const actief = () => actiefElement(page);

    await page.keyboard.press('Tab');
    expect((await actief()).tekst).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect((await actief()).id).toBe('inhoud');

    // Tab on to the name search: postcode, huisnummer, two buttons come first.
    for (let i = 0; i < 15 && (await actief()).naam !== 'zoek'; i++) {
      await page.keyboard.press('Tab');
    }
    expect((await actief()).naam).toBe('zoek');
    await page.keyboard.type('op de nobél');
    await page.getByText('1 buurt gevonden voor “op de nobél”.').waitFor();
    await page.keyboard.press('Tab');
    expect((await actief()).tekst).toBe('Op de Nobel');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Op de Nobel' }).waitFor();
    // After navigating, focus is on the new page's heading, so a screen reader announces it.
    expect((await actief()).tekst).toBe('Op de Nobel');
    expect((await actief()).tag).toBe('H1');
  });

  it('heeft een toegankelijkheidsverklaring', async () => {
    await page.goto(`${basis}/buurtportaal/`);
    await page.locator('footer').getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    await page.getByText('WCAG', { exact: false }).first().waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-toegankelijkheid');
  });

  it('logt in ontwikkeling in als demogebruiker of met een geplakt token', async () => {
    await page.goto(`${basis}/buurtportaal/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await geenOvertredingen();
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText('Plak eerst een token.').waitFor();
    await geenOvertredingen();
    await page.getByLabel('Token').fill('geen.geldig.token');
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByRole('alert').filter({ hasText: /token/i }).waitFor();
    await geenOvertredingen();

    await page.getByRole('button', { name: 'Inloggen als demogebruiker' }).click();
    await page.getByText('Ingelogd als Noor Bewoner (voorbeeld)', { exact: true }).waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-inloggen', false);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor({ state: 'detached' });

    const token = await ctx.tokenFor(Rol.BEWONER, { name: 'Geplakte Bewoner' });
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText('Ingelogd als Geplakte Bewoner', { exact: true }).waitFor();
  });

  it('past op een telefoon zonder horizontaal te scrollen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const pad of ['/buurtportaal/', `/buurtportaal/buurt/${CENTRUM}`]) {
      await page.goto(`${basis}${pad}`);
      await page.locator('main h1').waitFor();
      await page
        .locator('main')
        .getByText(/57 buurten|Ilse Testregisseur/)
        .first()
        .waitFor();
      expect(await scroltHorizontaal(page)).toBe(false);
      await geenOvertredingen();
    }
    await schermafdruk(page, 'buurtportaal-buurt-telefoon');
  });

  it('serveert de app met terugval voor app-routes, 404 voor ontbrekende bestanden en het ontwikkeltoken', async () => {
    const route = await fetch(`${basis}/buurtportaal/buurt/${CENTRUM}`);
    expect(route.status).toBe(200);
    expect(route.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(route.headers.get('content-type')).toMatch(/text\/html/);
    expect(route.headers.get('cache-control')).toBe('no-cache');
    expect(await route.text()).toContain('<html lang="nl">');
    expect((await fetch(`${basis}/buurtportaal/assets/bestaat-niet.js`)).status).toBe(404);
    const html = await (await fetch(`${basis}/buurtportaal/`)).text();
    const asset = /src="(\/buurtportaal\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const js = await fetch(`${basis}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toContain('immutable');

    const fout = await fetch(`${basis}/web/ontwikkeltoken`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rol: 'KONING', sub: 'x', naam: 'x' }),
    });
    expect(fout.status).toBe(400);
    const goed = await fetch(`${basis}/web/ontwikkeltoken`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rol: 'BEWONER', sub: 'demo-x', naam: 'Demo X' }),
    });
    const { token } = (await goed.json()) as { token: string };
    const ik = await ctx.gqlOk<{ ik: { naam: string; rollen: string[] } }>('{ ik { naam rollen } }', {}, token);
    expect(ik.ik).toEqual({ naam: 'Demo X', rollen: ['BEWONER'] });
  });

  it('start zonder gebouwde apps met een waarschuwing, en biedt in productie geen ontwikkeltoken', async () => {
    const leeg = mkdtempSync(path.join(tmpdir(), 'buurtwerk-web-'));
    const productie = await maakApp({ ...ctx.config, nodeEnv: 'production', auth: { ...ctx.config.auth, jwtSecret: null } });
    try {
      expect(await registreerWebApps(productie, { webMap: leeg })).toEqual([]);
      const fastify = productie.getHttpAdapter().getInstance();
      await fastify.ready();
      const token = await fastify.inject({
        method: 'POST',
        url: '/web/ontwikkeltoken',
        payload: { rol: 'BEHEERDER', sub: 'x', naam: 'x' },
      });
      expect(token.statusCode).toBe(404);
      expect((await fastify.inject({ method: 'GET', url: '/buurtportaal/' })).statusCode).toBe(404);
    } finally {
      await productie.close();
      rmSync(leeg, { recursive: true, force: true });
    }
  });
});
