/**
 * The Regiepaneel page for days equated with holidays by decree (Algemene termijnenwet art. 3
 * lid 3), in Chromium against the real API and database: everyone on staff reads the list with
 * the decree's citation; only a beheerder adds or removes a day. axe (WCAG 2.1 A/AA) on every state.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import { axeOvertredingen, bouwWebApp, startBrowser, startWebServer, type TestBrowser } from '../../buurtportaal/test/browser';

describe('Gelijkgestelde dagen in het regiepaneel', () => {
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
  });

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  const inloggen = async (token: string, naam: string): Promise<void> => {
    await page.goto(`${basis}/regiepaneel/inloggen`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText(`Je bent ingelogd als ${naam}.`).waitFor();
  };

  const geenOvertredingen = async (): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
  };

  it('Atw art. 3 lid 3: een beleidsmedewerker ziet het besluit 2026-2028, maar kan de lijst niet wijzigen', async () => {
    await inloggen(await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' }), 'Bea Beleid');
    await page.goto(`${basis}/regiepaneel/gelijkgestelde-dagen`);
    await page.getByRole('heading', { level: 1, name: 'Gelijkgestelde dagen' }).waitFor();
    await page.getByText('Met een feestdag gelijkgestelde dagen (5)').waitFor();
    const rijen = page.locator('tbody tr');
    expect(await rijen.count()).toBe(5);
    await rijen.nth(2).getByText('vrijdag', { exact: false }).waitFor();
    await rijen.nth(2).getByText('Besluit gelijkstelling van 2 januari 2026', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: /Verwijderen/ }).count()).toBe(0);
    await page.getByText('Alleen een beheerder kan deze lijst aanvullen.').waitFor();
    await geenOvertredingen();
  });

  it('Atw art. 3 lid 3: een beheerder voegt een dag toe met het besluit en verwijdert een vergissing', async () => {
    await inloggen(await ctx.tokenFor(Rol.BEHEERDER, { name: 'Bram Beheer' }), 'Bram Beheer');
    await page.goto(`${basis}/regiepaneel/gelijkgestelde-dagen`);
    await page.getByText('Met een feestdag gelijkgestelde dagen (5)').waitFor();

    // A Saturday already moves a term: the API refuses and its message appears at the field.
    await page.getByLabel('Datum (JJJJ-MM-DD)').fill('2029-06-09');
    await page.getByLabel('Besluit (vindplaats)').fill('Besluit gelijkstelling van 8 juni 2029 (Stcrt. test)');
    await page.getByRole('button', { name: 'Dag toevoegen' }).click();
    await page.getByText('valt op een zaterdag of zondag', { exact: false }).first().waitFor();
    await geenOvertredingen();

    await page.getByLabel('Datum (JJJJ-MM-DD)').fill('2029-06-08');
    await page.getByRole('button', { name: 'Dag toevoegen' }).click();
    await page.getByText('is met een feestdag gelijkgesteld', { exact: false }).waitFor();
    await page.getByText('Met een feestdag gelijkgestelde dagen (6)').waitFor();
    await page.getByRole('cell', { name: 'Besluit gelijkstelling van 8 juni 2029 (Stcrt. test)' }).waitFor();
    await geenOvertredingen();

    await page.getByRole('button', { name: 'Verwijderen (8 juni 2029)' }).click();
    await page.getByRole('group', { name: 'Bevestigen: 8 juni 2029 verwijderen' }).waitFor();
    await geenOvertredingen();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByText('Met een feestdag gelijkgestelde dagen (5)').waitFor();
    const [{ aantal }] = await ctx.dataSource.query<Array<{ aantal: number }>>(
      'SELECT count(*)::int AS aantal FROM gelijkgestelde_dag',
    );
    expect(aantal).toBe(5);
  });
});
