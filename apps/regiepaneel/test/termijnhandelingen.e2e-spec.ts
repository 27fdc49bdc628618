/**
 * Issue 17 in the Regiepaneel, in Chromium against the real API and database: a suspended term in
 * the work queue (Awb 4:15), going on without an aanvulling and not handling a request (Awb 4:5),
 * delaying the decision (Awb 4:14). axe (WCAG 2.1 A/AA) on every state.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { amsterdamseDatum, plusDagen, Rol } from '@buurtwerk/core';
import { initiatiefInput, type Opzet, opslaan, zetOp } from '../../api/test/initiatieven.helpers';
import { databaseId } from '../../api/test/buurtpanel.helpers';
import { type TestContext, testContext } from '../../../test/harness';
import { axeOvertredingen, bouwWebApp, startBrowser, startWebServer, type TestBrowser } from '../../buurtportaal/test/browser';

describe('Beslistermijn in het regiepaneel: opgeschort, verder zonder aanvulling, buiten behandeling, verdagen', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;
  let opzet: Opzet;
  let bewoner: string;

  const vandaag = () => amsterdamseDatum(new Date());

  async function inBehandeling(titel: string): Promise<string> {
    const { id } = await opslaan(ctx, bewoner, initiatiefInput(opzet, 50_000, 10_000, { titel }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id }, bewoner);
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id }, opzet.beleid);
    return id;
  }
  const aanvullingVragen = (id: string) =>
    ctx.gqlOk(
      'mutation($id: ID!) { aanvullingVragen(id: $id, toelichting: "Stuur de begroting mee.", termijnDagen: 14) { id } }',
      { id },
      opzet.beleid,
    );
  const status = async (id: string) =>
    (
      await ctx.gqlOk<{ node: { status: string; beslissenUiterlijk: string; verdaging: { nieuweTermijn: string } | null } }>(
        'query($id: ID!) { node(id: $id) { ... on Initiatief { status beslissenUiterlijk verdaging { nieuweTermijn } } } }',
        { id },
        opzet.beleid,
      )
    ).node;
  const geenOvertredingen = async (): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
  };

  beforeAll(async () => {
    bouwWebApp('regiepaneel');
    ctx = await testContext({ GRAPHIQL: 'false' });
    opzet = await zetOp(ctx, 1_000_000);
    bewoner = await ctx.tokenFor(Rol.BEWONER, { name: 'Tara Termijn' });
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();
    await page.goto(`${basis}/regiepaneel/inloggen`);
    await page.getByLabel('Token').fill(opzet.beleid);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText('Ingelogd als Bea Beleid (beleidsmedewerker)').waitFor();
  });

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  it('Awb 4:15 en 4:5: toont een opgeschorte termijn als opgeschort en behandelt verder zonder aanvulling', async () => {
    const id = await inBehandeling('Wacht op begroting');
    await aanvullingVragen(id);
    // Even with a deadline in the past, a suspended term is not overdue.
    await ctx.dataSource.query('UPDATE initiatief SET beslissen_uiterlijk = $2 WHERE id = $1', [
      databaseId(id),
      plusDagen(vandaag(), -2),
    ]);
    await page.goto(`${basis}/regiepaneel/werkvoorraad`);
    const rij = page.locator('tbody tr').filter({ hasText: 'Wacht op begroting' });
    await rij.getByText('Opgeschort tot en met', { exact: false }).waitFor();
    expect(await rij.getByText('Termijn verstreken', { exact: false }).count()).toBe(0);
    await geenOvertredingen();

    await rij.getByRole('link', { name: 'Wacht op begroting' }).click();
    await page.getByRole('heading', { level: 2, name: 'Verder zonder aanvulling' }).waitFor();
    // The aanvulling term has not passed: not handling the request is not offered yet.
    expect(await page.getByRole('heading', { level: 2, name: 'Buiten behandeling stellen' }).count()).toBe(0);
    await geenOvertredingen();
    const formulier = page.locator('form[aria-labelledby="doorgaan-kop"]');
    await formulier.getByRole('button', { name: 'Verder behandelen' }).click();
    await formulier.getByText('Vul de reden in.').waitFor();
    await formulier.getByRole('textbox', { name: 'Reden' }).fill('De begroting staat al in de beschrijving van het plan.');
    await formulier.getByRole('button', { name: 'Verder behandelen' }).click();
    await page.getByText('Verder zonder aanvulling: vastgelegd.').waitFor();
    expect((await status(id)).status).toBe('IN_BEHANDELING');
    await geenOvertredingen();
  });

  it('Awb 4:5: stelt buiten behandeling na de ongebruikte aanvullingstermijn', async () => {
    const id = await inBehandeling('Nooit aangevuld');
    await aanvullingVragen(id);
    await ctx.dataSource.query('UPDATE initiatief SET opgeschort_sinds = $2, aanvullen_uiterlijk = $3 WHERE id = $1', [
      databaseId(id),
      plusDagen(vandaag(), -20),
      plusDagen(vandaag(), -3),
    ]);
    await page.goto(`${basis}/regiepaneel/initiatief/${id}`);
    const formulier = page.locator('form[aria-labelledby="buiten-behandeling-kop"]');
    await formulier.getByText('is ongebruikt verstreken', { exact: false }).waitFor();
    await formulier.getByRole('textbox', { name: 'Motivering' }).fill('ok');
    await formulier.getByRole('button', { name: 'Buiten behandeling stellen' }).click();
    await formulier.getByText('Awb 3:46', { exact: false }).waitFor();
    await geenOvertredingen();
    await formulier
      .getByRole('textbox', { name: 'Motivering' })
      .fill('De begroting is niet binnen de termijn gekomen, dus we kunnen de aanvraag niet beoordelen.');
    await formulier.getByRole('button', { name: 'Buiten behandeling stellen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Besluit: buiten behandeling gesteld' }).waitFor();
    expect((await status(id)).status).toBe('BUITEN_BEHANDELING');
    await geenOvertredingen();
  });

  it('Awb 4:14: verdaagt de beslistermijn met een nieuwe datum en een reden', async () => {
    const id = await inBehandeling('Advies nodig');
    const oud = (await status(id)).beslissenUiterlijk;
    await page.goto(`${basis}/regiepaneel/initiatief/${id}`);
    const formulier = page.locator('form[aria-labelledby="verdagen-kop"]');
    await formulier.getByRole('heading', { level: 2, name: 'Beslistermijn verdagen' }).waitFor();
    await geenOvertredingen();
    const nieuw = plusDagen(oud, 14);
    await formulier.getByLabel('Nieuwe termijn').fill(nieuw);
    await formulier
      .getByRole('textbox', { name: 'Reden' })
      .fill('Het advies van de wijkagent over de veiligheid is nog niet binnen.');
    await formulier.getByRole('button', { name: 'Verdagen' }).click();
    await page.getByText('Beslistermijn verdagen: vastgelegd.').waitFor();
    await page.getByText('wijkagent', { exact: false }).first().waitFor();
    const na = await status(id);
    expect(na.verdaging).not.toBeNull();
    expect(na.beslissenUiterlijk >= nieuw).toBe(true);
    await geenOvertredingen();
  });
});
