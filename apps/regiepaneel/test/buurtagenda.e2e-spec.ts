/**
 * The buurtagenda in both web apps (issue 20), in Chromium against the real API and database:
 * a resident brings a need in on the Buurtportaal, the buurtregisseur puts it on the agenda in the
 * Regiepaneel, and residents support it. Every page and form state is checked with axe (WCAG 2.1 A/AA).
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import {
  axeOvertredingen,
  bouwWebApp,
  lekken,
  schermafdruk,
  startBrowser,
  startWebServer,
  type TestBrowser,
} from '../../buurtportaal/test/browser';

describe('Buurtagenda in het buurtportaal en het regiepaneel', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;
  let bewoner: string;
  let regisseur: string;
  let buurt: { id: string; naam: string; code: string };

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    bouwWebApp('regiepaneel');
    ctx = await testContext({ GRAPHIQL: 'false' });
    ({ buurt } = await ctx.gqlOk<{ buurt: { id: string; naam: string; code: string } }>(
      '{ buurt(code: "BU09171001") { id naam code } }',
    ));
    await ctx.gqlOk(
      'mutation($input: MedewerkerInput!) { medewerkerRegistreren(input: $input) { id } }',
      {
        input: {
          naam: 'Rik Regisseur',
          functie: 'Buurtregisseur',
          buurtIds: [buurt.id],
          gebruikerId: 'agenda-rik',
          email: 'rik@heerlen.nl',
        },
      },
      await ctx.tokenFor(Rol.BEHEERDER),
    );
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'agenda-bo', name: 'Bo Bewoner' });
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'agenda-rik', name: 'Rik Regisseur' });
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

  async function inloggenPortaal(token: string, naam: string): Promise<void> {
    await page.goto(`${basis}/buurtportaal/inloggen`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText(`Je bent ingelogd als ${naam}.`).waitFor();
  }

  async function inloggenRegiepaneel(token: string, wie: string): Promise<void> {
    await page.goto(`${basis}/regiepaneel/inloggen`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText(`Ingelogd als ${wie}`).waitFor();
  }

  it('laat een bewoner vanaf de buurtpagina iets inbrengen, met foutmeldingen bij de velden', async () => {
    await inloggenPortaal(bewoner, 'Bo Bewoner');
    await page.goto(`${basis}/buurtportaal/buurt/${buurt.code}`);
    await page.getByRole('link', { name: `Buurtagenda van ${buurt.naam}` }).click();
    await page.getByRole('heading', { level: 1, name: `Buurtagenda van ${buurt.naam}` }).waitFor();
    await page.getByText('Er staat nog niets op de agenda van deze buurt.').waitFor();
    await geenOvertredingen();

    await page.getByRole('button', { name: 'Inbrengen' }).click();
    await page.getByText('Kies of het een wens, een behoefte of een knelpunt is.').first().waitFor();
    await geenOvertredingen();

    await page.getByLabel('Wat is het?').selectOption('WENS');
    await page.getByLabel('Onderwerp').fill('ontmoeting');
    await page.getByLabel('Titel').fill('Een buurtkamer voor ouderen');
    await page.getByLabel('Wat is er nodig, en waarom?').fill('Sinds het buurthuis dicht is, zitten ouderen veel alleen thuis.');
    await page.getByRole('button', { name: 'Inbrengen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Bedankt voor je inbreng' }).waitFor();
    // Only the resident sees it until the buurtregisseur has looked at it.
    await page.getByRole('heading', { level: 2, name: 'Een buurtkamer voor ouderen' }).waitFor();
    await page.getByText('Wacht op de buurtregisseur', { exact: false }).waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-buurtagenda-inbreng');
    expect(await lekken(page)).toEqual([]);
  });

  it('laat de buurtregisseur de inbreng bekijken en op de agenda zetten', async () => {
    await inloggenRegiepaneel(regisseur, 'Rik Regisseur (buurtregisseur)');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Buurtagenda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Buurtagenda' }).waitFor();
    await page.getByLabel('Buurt', { exact: true }).selectOption(buurt.id);
    await page.getByText('waarvan 1 nog te bekijken').waitFor();
    await geenOvertredingen();

    const kaart = page
      .locator(`section`)
      .filter({ has: page.getByRole('heading', { level: 2, name: 'Een buurtkamer voor ouderen' }) });
    await kaart.getByRole('button', { name: 'Status wijzigen' }).click();
    await kaart.getByText('Kies de nieuwe status.').first().waitFor();
    await geenOvertredingen();
    await kaart.getByLabel('Nieuwe status').selectOption('OPEN');
    await kaart.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByText('“Een buurtkamer voor ouderen” is nu open.').waitFor();
    await page.getByText('waarvan 0 nog te bekijken').waitFor();
    await geenOvertredingen();

    // Staff add what a survey showed, with its evidence.
    await page.getByLabel('Soort').selectOption('KNELPUNT');
    await page.getByLabel('Bron').selectOption('ENQUETE');
    await page.getByLabel('Thema', { exact: true }).fill('verkeer');
    await page.getByLabel('Titel', { exact: true }).fill('Te hard rijden bij de school');
    await page.getByLabel('Omschrijving', { exact: true }).fill('Auto’s rijden te hard langs de basisschool.');
    await page.getByLabel('Onderbouwing (niet verplicht)').fill('Buurtenquête: 64% van 210 bewoners noemt dit.');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await page.getByText(`“Te hard rijden bij de school” staat op de agenda van ${buurt.naam}.`).waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'regiepaneel-buurtagenda');
  });

  it('laat bewoners steunen wat op de agenda staat, één keer per persoon', async () => {
    await inloggenPortaal(bewoner, 'Bo Bewoner');
    await page.goto(`${basis}/buurtportaal/buurt/${buurt.code}/agenda`);
    await page.getByRole('button', { name: 'Steun “Te hard rijden bij de school”' }).click();
    await page.getByText('Je steunt nu “Te hard rijden bij de school”.').waitFor();
    const kaart = page.locator('article').filter({ has: page.getByRole('heading', { name: 'Te hard rijden bij de school' }) });
    await kaart.getByText('1 bewoner steunt dit.').waitFor();
    expect(await kaart.getByRole('button').getAttribute('aria-pressed')).toBe('true');
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-buurtagenda');
    const { buurtagenda } = await ctx.gqlOk<{ buurtagenda: Array<{ titel: string; steun: number }> }>(
      'query($b: ID!) { buurtagenda(buurtId: $b) { titel steun } }',
      { b: buurt.id },
    );
    expect(buurtagenda.find((b) => b.titel === 'Te hard rijden bij de school')?.steun).toBe(1);
    // Anonymous visitors see the agenda and are asked to sign in to take part.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('link', { name: 'Inloggen' }).first().waitFor();
    await page.goto(`${basis}/buurtportaal/buurt/${buurt.code}/agenda`);
    await page.getByRole('heading', { level: 2, name: 'Een buurtkamer voor ouderen' }).waitFor();
    await page.getByText('Wil je zelf iets op de agenda zetten of iets steunen?').waitFor();
    await geenOvertredingen();
  });
});
