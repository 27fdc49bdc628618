/**
 * Issue 17 in the Buurtportaal, in Chromium against the real API and database: the resident sees a
 * suspended term (Awb 4:15) and a delay with both terms (Awb 4:14), gives notice of default once
 * the term passed and sees the penalty (Awb 4:17). axe (WCAG 2.1 A/AA) on every state.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { amsterdamseDatum, plusDagen, Rol } from '@buurtwerk/core';
import { initiatiefInput, type Opzet, opslaan, zetOp } from '../../api/test/initiatieven.helpers';
import { databaseId } from '../../api/test/buurtpanel.helpers';
import { type TestContext, testContext } from '../../../test/harness';
import { axeOvertredingen, bouwWebApp, startBrowser, startWebServer, type TestBrowser } from './browser';

describe('Mijn initiatieven: opgeschorte termijn, verdaging, ingebrekestelling en dwangsom', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;
  let opzet: Opzet;
  let bewoner: string;

  const vandaag = () => amsterdamseDatum(new Date());
  const kaart = (titel: string) =>
    page.locator('section.buurtwerk-blok').filter({ has: page.getByRole('heading', { level: 2, name: titel }) });
  const geenOvertredingen = async (): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
  };

  async function inBehandeling(titel: string): Promise<string> {
    const { id } = await opslaan(ctx, bewoner, initiatiefInput(opzet, 50_000, 10_000, { titel }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id }, bewoner);
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id }, opzet.beleid);
    return id;
  }

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    ctx = await testContext({ GRAPHIQL: 'false' });
    opzet = await zetOp(ctx, 1_000_000);
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-ida', name: 'Ida Ingebreke' });
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();
    await page.goto(`${basis}/buurtportaal/inloggen`);
    await page.getByLabel('Token').fill(bewoner);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText('Je bent ingelogd als Ida Ingebreke.').waitFor();
  });

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  it('Awb 4:15 en 4:14: toont een opgeschorte termijn en een verdaging met beide termijnen', async () => {
    const opgeschort = await inBehandeling('Speelplek Meezenbroek');
    await ctx.gqlOk(
      'mutation($id: ID!) { aanvullingVragen(id: $id, toelichting: "Stuur een tekening mee.", termijnDagen: 14) { id } }',
      { id: opgeschort },
      opzet.beleid,
    );
    const verdaagd = await inBehandeling('Buurtbarbecue Molenberg');
    const { node } = await ctx.gqlOk<{ node: { beslissenUiterlijk: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { beslissenUiterlijk } } }',
      { id: verdaagd },
      opzet.beleid,
    );
    await ctx.gqlOk(
      'mutation($id: ID!, $tot: Date!) { beslistermijnVerdagen(id: $id, nieuweTermijn: $tot, motivering: "We wachten op het advies van de brandweer.") { id } }',
      { id: verdaagd, tot: plusDagen(node.beslissenUiterlijk, 14) },
      opzet.beleid,
    );
    await page.goto(`${basis}/buurtportaal/mijn-initiatieven`);
    await kaart('Speelplek Meezenbroek').getByTestId('opgeschort').waitFor();
    expect(await kaart('Speelplek Meezenbroek').getByTestId('opgeschort').textContent()).toContain('staat stil');
    const verdaging = kaart('Buurtbarbecue Molenberg').getByTestId('verdaging');
    await verdaging.waitFor();
    expect(await verdaging.textContent()).toContain('brandweer');
    expect(await kaart('Buurtbarbecue Molenberg').getByRole('button', { name: 'Ingebrekestelling indienen' }).count()).toBe(0);
    await geenOvertredingen();
  });

  it('Awb 4:17: stelt de gemeente in gebreke na de termijn en toont de dwangsom', async () => {
    const id = await inBehandeling('Kunstbank Hoensbroek');
    await ctx.dataSource.query('UPDATE initiatief SET beslissen_uiterlijk = $2 WHERE id = $1', [
      databaseId(id),
      plusDagen(vandaag(), -1),
    ]);
    await page.goto(`${basis}/buurtportaal/mijn-initiatieven`);
    const k = kaart('Kunstbank Hoensbroek');
    const knop = k.getByRole('button', { name: 'Ingebrekestelling indienen' });
    await knop.waitFor();
    await geenOvertredingen();
    await knop.click();
    await page.getByText('Je hebt de gemeente in gebreke gesteld voor “Kunstbank Hoensbroek”.').waitFor();
    await k.getByTestId('dwangsom').waitFor();
    expect(await k.getByTestId('dwangsom').textContent()).toContain('dwangsom per dag');
    expect(await k.getByRole('button', { name: 'Ingebrekestelling indienen' }).count()).toBe(0);
    await geenOvertredingen();
    // Three weeks later the penalty runs: the resident sees the amount.
    await ctx.dataSource.query('UPDATE initiatief SET ingebrekestelling_ontvangen = $2 WHERE id = $1', [
      databaseId(id),
      plusDagen(vandaag(), -21),
    ]);
    await page.reload();
    await kaart('Kunstbank Hoensbroek').getByText('loopt door tot het besluit', { exact: false }).waitFor();
    expect(await kaart('Kunstbank Hoensbroek').getByTestId('dwangsom').textContent()).toMatch(
      /De dwangsom is € \d+,\d\d over \d+ dag/,
    );
    await geenOvertredingen();
  });
});
