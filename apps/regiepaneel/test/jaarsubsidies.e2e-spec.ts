/**
 * The Regiepaneel page of yearly subsidies (issue 22), in Chromium against the real API and
 * database: per organisation the book year, the payments, the account due and the deviations.
 * axe (WCAG 2.1 A/AA), the keyboard, and a phone 390 px wide without horizontal scrolling.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import { wijkraadMetJaarsubsidie } from '../../../test/jaarsubsidie.helpers';
import {
  axeOvertredingen,
  bouwWebApp,
  scroltHorizontaal,
  startBrowser,
  startWebServer,
  type TestBrowser,
} from '../../buurtportaal/test/browser';

describe('Jaarsubsidies in het regiepaneel', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    bouwWebApp('regiepaneel');
    ctx = await testContext({ GRAPHIQL: 'false' });
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();

    // A wijkraad with a grant for 2027: one advance paid, one reported change open.
    await wijkraadMetJaarsubsidie(ctx);
  });

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  const geenOvertredingen = async (): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
  };

  it('toont per organisatie het boekjaar, de betalingen, de verantwoording en de open melding', async () => {
    await page.goto(`${basis}/regiepaneel/inloggen`);
    await page.getByLabel('Token').fill(await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' }));
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText('Je bent ingelogd als Bea Beleid.').waitFor();
    await page.getByRole('link', { name: 'Jaarsubsidies' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jaarsubsidies' }).waitFor();
    // With the keyboard: the book year field, then 2027.
    await page.getByRole('textbox', { name: 'Boekjaar' }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2027');
    await page.getByText('1 organisatie').waitFor();
    await page.getByRole('heading', { level: 2, name: /Wijkraad Heerlerbaan/ }).waitFor();
    await page.getByText('Verantwoording uiterlijk 1 mei 2028, met accountantsverklaring').waitFor();
    const betalingen = page.getByRole('table', { name: 'Betalingen van Wijkraad Heerlerbaan' });
    expect(await betalingen.locator('tbody tr').count()).toBe(4);
    await betalingen.locator('tbody tr').first().getByText('Betaald').waitFor();
    await page.getByText('Melding (Awb 4:38), nog af te handelen: De zomerspelen gaan niet door.').waitFor();
    await geenOvertredingen();
  });

  it('past op een telefoon zonder horizontaal te scrollen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Jaarsubsidies' }).waitFor();
    await page.getByRole('textbox', { name: 'Boekjaar' }).fill('2027');
    await page.getByRole('heading', { level: 2, name: /Wijkraad Heerlerbaan/ }).waitFor();
    expect(await scroltHorizontaal(page)).toBe(false);
    await geenOvertredingen();
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
