/**
 * The Buurtportaal page of a buurtorganisatie's yearly subsidy (issue 22), in Chromium against the
 * real API and database: a member of the organisation sees the file, the payments and the letters,
 * and reports a change (Awb 4:38) with the form; errors at the field. axe on every state, the
 * keyboard, and a phone 390 px wide without horizontal scrolling.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { JaarsubsidieKlok } from '@buurtwerk/jaarsubsidies';
import { type TestContext, testContext } from '../../../test/harness';
import { wijkraadMetJaarsubsidie } from '../../../test/jaarsubsidie.helpers';
import { axeOvertredingen, bouwWebApp, scroltHorizontaal, startBrowser, startWebServer, type TestBrowser } from './browser';

describe('Jaarsubsidie in het Buurtportaal', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;
  let secretaris: string;

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    ctx = await testContext({ GRAPHIQL: 'false' });
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();

    // A wijkraad with a grant for 2027: one advance paid, one reported change open.
    ({ secretaris } = await wijkraadMetJaarsubsidie(ctx));
  });

  afterAll(async () => {
    ctx?.app.get(JaarsubsidieKlok).zet(null);
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  const geenOvertredingen = async (): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
  };

  it('toont het dossier met betalingen en brieven, en meldt een wijziging met het formulier (Awb 4:38)', async () => {
    await page.goto(`${basis}/buurtportaal/inloggen`);
    await page.getByLabel('Token').fill(secretaris);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText('Sanne', { exact: false }).first().waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jaarsubsidie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jaarsubsidie' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wijkraad Heerlerbaan: jaarsubsidie 2027' }).waitFor();
    expect(await page.getByRole('table', { name: 'Betalingen 2027' }).locator('tbody tr').count()).toBe(4);
    await page.getByText('Verlening van 20 november 2026').click();
    await page.getByText('Dit is het besluit over je jaarsubsidie', { exact: false }).waitFor();
    await page.getByText('De zomerspelen gaan niet door. (de gemeente kijkt ernaar)').waitFor();
    await geenOvertredingen();

    // Nothing chosen: the errors appear in the summary and at the field.
    await page.getByRole('button', { name: 'Wijziging melden' }).click();
    await page.getByText('Kies wat er verandert.').first().waitFor();
    await geenOvertredingen();

    // With the keyboard: choose a budget shift, the cost line, the amount and the explanation.
    await page.getByLabel('Wat verandert er?').selectOption('BEGROTINGSVERSCHUIVING');
    await page.getByLabel('Van welke kostenregel').selectOption('K2');
    await page.getByLabel('Bedrag dat verschuift (in euro)').fill('2.500');
    await page.getByLabel('Toelichting').focus();
    await page.keyboard.type('Minder materiaal nodig; het geld gaat naar extra inloopuren.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Je melding is ontvangen.', { exact: false }).waitFor();
    await page.getByText('Minder materiaal nodig; het geld gaat naar extra inloopuren. (de gemeente kijkt ernaar)').waitFor();
    await geenOvertredingen();
    const [rij] = (await ctx.dataSource.query(
      "SELECT soort, betreft, bedrag::int AS bedrag FROM jaarsubsidie_wijziging WHERE soort = 'BEGROTINGSVERSCHUIVING'",
    )) as Array<{ soort: string; betreft: string; bedrag: number }>;
    expect(rij).toEqual({ soort: 'BEGROTINGSVERSCHUIVING', betreft: 'K2', bedrag: 250_000 });
  });

  it('past op een telefoon zonder horizontaal te scrollen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Wijkraad Heerlerbaan: jaarsubsidie 2027' }).waitFor();
    expect(await scroltHorizontaal(page)).toBe(false);
    await geenOvertredingen();
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
