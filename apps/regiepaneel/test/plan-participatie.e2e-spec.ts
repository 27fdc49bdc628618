/**
 * Early participation on a plan in both web apps (issue 20, Omgevingswet), in Chromium against the
 * real API: staff inform the buurtregisseurs and publish in the Regiepaneel, a resident reacts on
 * the Buurtportaal, staff answer, and the participation report shows what was done. Every state
 * is checked with axe (WCAG 2.1 A/AA).
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { amsterdamseDatum, plusDagen, Rol } from '@buurtwerk/core';
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

describe('Plannen met vroege participatie in het regiepaneel en het buurtportaal', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;
  let beleid: string;
  let bewoner: string;
  const vandaag = amsterdamseDatum(new Date());

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    bouwWebApp('regiepaneel');
    ctx = await testContext({ GRAPHIQL: 'false' });
    const { buurt } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171001") { id } }');
    await ctx.gqlOk(
      'mutation($input: MedewerkerInput!) { medewerkerRegistreren(input: $input) { id } }',
      {
        input: {
          naam: 'Rik Regisseur',
          functie: 'Buurtregisseur',
          buurtIds: [buurt.id],
          gebruikerId: 'plan-rik',
          email: 'rik@heerlen.nl',
        },
      },
      await ctx.tokenFor(Rol.BEHEERDER),
    );
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' });
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'plan-bo', name: 'Bo Bewoner' });
    await ctx.gqlOk(
      'mutation($input: PlanInput!) { planRegistreren(input: $input) { id } }',
      {
        input: {
          titel: 'Herinrichting Pancratiusplein',
          omschrijving: 'Meer groen en ruimte om te spelen.',
          afdeling: 'Ruimtelijke ontwikkeling',
          startdatum: plusDagen(vandaag, 120),
          buurtIds: [buurt.id],
        },
      },
      beleid,
    );
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

  async function inloggen(app: 'regiepaneel' | 'buurtportaal', token: string, tekst: string): Promise<void> {
    await page.goto(`${basis}/${app}/inloggen`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText(tekst).waitFor();
  }

  it('laat een medewerker eerst de buurtregisseur informeren en dan publiceren', async () => {
    await inloggen('regiepaneel', beleid, 'Ingelogd als Bea Beleid (beleidsmedewerker)');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Plannen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plannen en participatie' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Herinrichting Pancratiusplein' }).waitFor();
    await geenOvertredingen();
    await page.getByRole('button', { name: 'Buurtregisseurs informeren' }).click();
    await page.getByText('Schrijf op wat je de buurt vraagt.').first().waitFor();
    await geenOvertredingen();
    await page.getByLabel('Wat vraag je de buurt?').fill('Wat vindt u belangrijk op het nieuwe plein?');
    await page.getByLabel('Laatste dag om te reageren').fill(plusDagen(vandaag, 21));
    await page.getByRole('button', { name: 'Buurtregisseurs informeren' }).click();
    await page.getByText('De buurtregisseurs van “Herinrichting Pancratiusplein” zijn geïnformeerd.').waitFor();
    const mails = await ctx.dataSource.query<Array<{ aan: string }>>(
      `SELECT aan FROM uitgaande_mail WHERE soort = 'PLAN_PARTICIPATIE_VOORBEREID'`,
    );
    expect(mails.map((m) => m.aan)).toEqual(['rik@heerlen.nl']);
    await page.getByRole('button', { name: 'Publiceren voor bewoners: Herinrichting Pancratiusplein' }).click();
    await page.getByText('“Herinrichting Pancratiusplein” ligt nu voor aan de buurt.').waitFor();
    await page.getByText('Nog geen reacties.').waitFor();
    await geenOvertredingen();
  });

  it('laat een bewoner reageren met een standpunt', async () => {
    await inloggen('buurtportaal', bewoner, 'Je bent ingelogd als Bo Bewoner.');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Plannen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plannen in je buurt' }).waitFor();
    await page.getByText('Wat vindt u belangrijk op het nieuwe plein?').waitFor();
    await geenOvertredingen();
    await page.getByRole('button', { name: 'Reactie versturen' }).click();
    await page.getByText('Schrijf je reactie op het plan.').first().waitFor();
    await geenOvertredingen();
    await page.getByLabel('Je reactie').fill('Graag schaduw en bankjes voor ouderen.');
    await page.getByLabel('Voor', { exact: true }).check();
    await page.getByRole('button', { name: 'Reactie versturen' }).click();
    await page.getByText('Bedankt voor je reactie op “Herinrichting Pancratiusplein”.').waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-plannen');
    expect(await lekken(page)).toEqual([]);
  });

  it('laat de medewerker antwoorden en toont dat in het participatieverslag', async () => {
    await inloggen('regiepaneel', beleid, 'Ingelogd als Bea Beleid (beleidsmedewerker)');
    await page.goto(`${basis}/regiepaneel/plannen`);
    await page.getByText('Graag schaduw en bankjes voor ouderen.', { exact: false }).waitFor();
    await page.getByLabel('Antwoord op reactie 1').fill('We planten acht bomen en zetten zes bankjes neer.');
    await page.getByRole('button', { name: 'Antwoord 1 opslaan' }).click();
    await page.getByRole('button', { name: 'Antwoord 1 wijzigen' }).waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'regiepaneel-plannen');
    await page.getByRole('link', { name: 'Participatieverslag van Herinrichting Pancratiusplein' }).click();
    await page.getByRole('heading', { level: 1, name: 'Participatieverslag: Herinrichting Pancratiusplein' }).waitFor();
    await page.getByText('We planten acht bomen en zetten zes bankjes neer.', { exact: false }).waitFor();
    // The report says what was done, not what the resident wrote.
    expect(await page.getByText('Graag schaduw').count()).toBe(0);
    await geenOvertredingen();
  });
});
