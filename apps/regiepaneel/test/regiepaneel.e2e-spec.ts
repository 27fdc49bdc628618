/**
 * Regiepaneel in a real browser against the real API and database, served as `npm start` does.
 * Every page and state is checked with axe (WCAG 2.1 A/AA); screenshots go to docs/screenshots.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import {
  actiefElement,
  axeOvertredingen,
  bouwWebApp,
  schermafdruk,
  startBrowser,
  scroltHorizontaal,
  startWebServer,
  type TestBrowser,
} from '../../buurtportaal/test/browser';

describe('Regiepaneel in de browser', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    bouwWebApp('regiepaneel');
    ctx = await testContext({ GRAPHIQL: 'false' }); // with the production Content-Security-Policy
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const { buurt } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09172100") { id } }');
    await ctx.gqlOk(
      'mutation($input: MedewerkerInput!) { medewerkerRegistreren(input: $input) { id } }',
      { input: { naam: 'Kees Testregisseur', functie: 'Buurtregisseur', buurtIds: [buurt.id] } },
      beheerder,
    );
    for (const naam of ['Stichting Een', 'Vereniging Twee']) {
      await ctx.gqlOk(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam, soort: 'STICHTING', buurtIds: [buurt.id] } },
        beheerder,
      );
    }
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  const geenOvertredingen = async (): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
  };

  it('vraagt eerst om in te loggen', async () => {
    await page.goto(`${basis}/regiepaneel/buurten`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen nodig' }).waitFor();
    await geenOvertredingen();
    await page.goto(`${basis}/regiepaneel/toegankelijkheid`);
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    await geenOvertredingen();
  });

  it('logt met alleen het toetsenbord in als demobuurtregisseur en opent de buurten', async () => {
    await page.goto(`${basis}/regiepaneel/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await geenOvertredingen();
    const actief = async () => (await actiefElement(page)).tekst;
    for (let i = 0; i < 40 && (await actief()) !== 'Inloggen als demogebruiker'; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await actief()).toBe('Inloggen als demogebruiker');
    await page.keyboard.press('Enter');
    await page.getByText('Ingelogd als Sanne Hermans (voorbeeld) (buurtregisseur)').waitFor();
    await geenOvertredingen();

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    await page.getByText('Welkom, Sanne Hermans (voorbeeld).', { exact: false }).waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'regiepaneel-overzicht', false);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Buurten' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Buurten' }).waitFor();
    expect((await actiefElement(page)).tag).toBe('H1');
  });

  it('toont alle buurten met buurtregisseur en aantal partners, en filtert', async () => {
    await page.goto(`${basis}/regiepaneel/buurten`);
    await page.getByText(/^57 buurten, waarvan \d+ zonder buurtregisseur\.$/).waitFor();
    const tabel = page.getByRole('table');
    expect(await tabel.locator('tbody tr').count()).toBe(57);
    const rij = tabel.locator('tbody tr').filter({ hasText: 'BU09172100' });
    expect(await rij.locator('td').allTextContents()).toEqual([
      expect.any(String),
      expect.any(String),
      'Kees Testregisseur',
      '2',
    ]);
    await geenOvertredingen();
    await schermafdruk(page, 'regiepaneel-buurten');

    await page.getByRole('searchbox', { name: 'Zoek op buurt, wijk of buurtcode' }).fill('BU09172100');
    await page.getByText('1 buurt, waarvan 0 zonder buurtregisseur.').waitFor();
    expect(await tabel.locator('tbody tr').count()).toBe(1);
    await geenOvertredingen();
  });

  it('past op een telefoon zonder dat de pagina horizontaal scrolt', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${basis}/regiepaneel/buurten`);
    await page.getByText(/^57 buurten/).waitFor();
    expect(await scroltHorizontaal(page)).toBe(false);
    await geenOvertredingen();
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
