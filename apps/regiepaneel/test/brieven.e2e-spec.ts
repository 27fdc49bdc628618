/**
 * The Regiepaneel page "Teksten van brieven" (brieftekstOpslaan) and the letters' sending status in
 * the work queue, in Chromium against the real API and database: a policy officer words the
 * receipt letter of one regeling, an unknown placeholder is refused in plain Dutch in the error
 * summary and at the field, the saved wording appears in the next letter; a buurtregisseur may not
 * word letters; the work queue says whether a file's letters wait for the mail server. axe on every
 * state, keyboard and a phone width of 390 px.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol, UitgaandeMailVerzender } from '@buurtwerk/core';
import { initiatiefInput, type Opzet, opslaan, zetOp } from '../../api/test/initiatieven.helpers';
import { type TestContext, testContext } from '../../../test/harness';
import {
  actiefElement,
  axeOvertredingen,
  bouwWebApp,
  scroltHorizontaal,
  startBrowser,
  startWebServer,
  type TestBrowser,
} from '../../buurtportaal/test/browser';

describe('Teksten van brieven en de verzendstand in het regiepaneel', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;
  let o: Opzet;
  const vorigInterval = process.env.MAIL_INTERVAL_MS;

  beforeAll(async () => {
    bouwWebApp('regiepaneel');
    // The outbox runs only when the test says so (verwerk), so the work queue shows a letter waiting.
    process.env.MAIL_INTERVAL_MS = '0';
    ctx = await testContext({ GRAPHIQL: 'false' });
    o = await zetOp(ctx, 1_000_000);
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();
  }, 300_000);

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
    if (vorigInterval === undefined) {
      delete process.env.MAIL_INTERVAL_MS;
    } else {
      process.env.MAIL_INTERVAL_MS = vorigInterval;
    }
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

  it('een beleidsmedewerker schrijft de ontvangstbevestiging van een regeling; een onbekend invulveld wordt in gewone taal geweigerd', async () => {
    await inloggen(await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' }), 'Bea Beleid');
    await page.goto(`${basis}/regiepaneel/brieven`);
    await page.getByRole('heading', { level: 1, name: 'Teksten van brieven' }).waitFor();
    await geenOvertredingen();

    await page.getByLabel('Regeling', { exact: true }).selectOption('BUURTAKTIE_TEST');
    await page.getByLabel('Soort brief').selectOption('ONTVANGSTBEVESTIGING');
    // Not a grant: only an opening and a closing; the default is shown for an empty field.
    expect(await page.getByLabel(/^Verplichtingen/).count()).toBe(0);
    await page.getByText('Leeg: de standaardtekst staat in de brief: “Bedankt voor uw aanvraag', { exact: false }).waitFor();

    const inleiding = page.getByLabel('Inleiding', { exact: true });
    await inleiding.fill('Fijn dat u meedoet, {naam}! U krijgt {bedrag}.');
    await page.getByRole('button', { name: 'Teksten opslaan' }).click();
    const samenvatting = page.getByTestId('foutsamenvatting');
    await samenvatting.getByText('Er is 1 punt om te verbeteren:').waitFor();
    await samenvatting.getByRole('link', { name: /Dit invulveld bestaat niet: “bedrag”/ }).waitFor();
    // The message is also at the field, and the field has the focus (WCAG 3.3.1).
    expect(await inleiding.getAttribute('aria-invalid')).toBe('true');
    expect((await actiefElement(page)).naam).toBe('blok-INLEIDING');
    const bij = await inleiding.getAttribute('aria-describedby');
    expect(bij).toBeTruthy();
    expect(await page.locator(`[id="${bij!.split(' ').pop()}"]`).count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toMatch(/BAD_USER_INPUT|input\.tekst|GraphQL/);
    await geenOvertredingen();
    expect(await ctx.dataSource.query("SELECT 1 FROM brieftekst WHERE regeling_code = 'BUURTAKTIE_TEST'")).toEqual([]);

    // Keyboard: the summary's link brings the focus back to the field.
    await page.getByRole('button', { name: 'Teksten opslaan' }).focus();
    await samenvatting.getByRole('link').first().focus();
    await page.keyboard.press('Enter');
    expect((await actiefElement(page)).naam).toBe('blok-INLEIDING');

    await inleiding.fill('Fijn dat u meedoet met de Buurtaktie, {naam}!');
    await page.getByRole('button', { name: 'Teksten opslaan' }).click();
    await page.getByText('zijn opgeslagen', { exact: false }).waitFor();
    expect(await page.getByTestId('foutsamenvatting').count()).toBe(0);
    await geenOvertredingen();
    expect(
      await ctx.dataSource.query<Array<{ tekst: string }>>(
        "SELECT tekst FROM brieftekst WHERE regeling_code = 'BUURTAKTIE_TEST' AND briefsoort = 'ONTVANGSTBEVESTIGING' AND blok = 'INLEIDING'",
      ),
    ).toEqual([{ tekst: 'Fijn dat u meedoet met de Buurtaktie, {naam}!' }]);

    // A grant has four parts.
    await page.getByLabel('Soort brief').selectOption('TOEKENNING');
    await page.getByLabel(/^Verplichtingen/).waitFor();
    await page.getByLabel(/^Verantwoording/).waitFor();
    await geenOvertredingen();

    // Phone width: no horizontal scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await scroltHorizontaal(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 120_000);

  it('de volgende brief van die regeling heeft de nieuwe tekst; de werkvoorraad toont of de brieven verzonden zijn', async () => {
    const bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'brief-anna', name: 'Anna de Vries', email: 'anna@example.org' });
    const { id } = await opslaan(ctx, bewoner, initiatiefInput(o, 30_000, 6_000, { titel: 'Buurtmoestuin' }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id }, bewoner);
    const [brief] = await ctx.dataSource.query<Array<{ html: string }>>(
      "SELECT html FROM brief WHERE soort = 'ONTVANGSTBEVESTIGING' ORDER BY aangemaakt_op DESC LIMIT 1",
    );
    expect(brief.html).toContain('Fijn dat u meedoet met de Buurtaktie, Anna de Vries!');

    await page.goto(`${basis}/regiepaneel/werkvoorraad`);
    const rij = page.getByRole('row').filter({ hasText: 'Buurtmoestuin' });
    await rij.getByText('1 brief wordt verzonden').waitFor();
    await geenOvertredingen();
    await ctx.app.get(UitgaandeMailVerzender).verwerk();
    await page.reload();
    await page.getByRole('row').filter({ hasText: 'Buurtmoestuin' }).getByText('Alles verzonden').waitFor();
  }, 120_000);

  it('een buurtregisseur mag geen teksten van brieven wijzigen en leest waarom, zonder technische melding', async () => {
    await inloggen(await ctx.tokenFor(Rol.BUURTREGISSEUR, { name: 'Rik Regisseur' }), 'Rik Regisseur');
    await page.goto(`${basis}/regiepaneel/brieven`);
    await page
      .getByTestId('foutsamenvatting')
      .getByText('Alleen beleidsmedewerkers en beheerders kunnen de teksten van brieven lezen en wijzigen.', { exact: false })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Teksten opslaan' }).count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toMatch(/FORBIDDEN|GraphQL/);
    await geenOvertredingen();
  }, 120_000);
});
