/**
 * Volunteering in the Buurtportaal: an organiser (member of an organisation) posts a request, a
 * resident finds it by theme, signs up with consent, sees it under Mijn vrijwilligerswerk, keeps a
 * profile and withdraws; the organiser sees and confirms volunteers. axe on every new page and state.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import { axeOvertredingen, bouwWebApp, lekken, schermafdruk, startBrowser, startWebServer, type TestBrowser } from './browser';

describe('Vrijwilligerswerk in het Buurtportaal', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;
  let organisator: string;
  let bewoner: string;

  const geenOvertredingen = async (): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
    expect(await lekken(page)).toEqual([]);
  };

  async function inloggen(token: string, naam: string): Promise<void> {
    await page.goto(`${basis}/buurtportaal/inloggen`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText(`Je bent ingelogd als ${naam}.`).waitFor();
  }

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    ctx = await testContext({ GRAPHIQL: 'false' });
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const { buurt } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171001") { id } }');
    const { organisatieRegistreren } = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
      'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
      { input: { naam: 'Buurtpunt Centrum', soort: 'BUURTORGANISATIE', buurtIds: [buurt.id] } },
      beheerder,
    );
    await ctx.gqlOk(
      'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
      { o: organisatieRegistreren.id, g: 'org-olga' },
      beheerder,
    );
    organisator = await ctx.tokenFor(Rol.PARTNER, { sub: 'org-olga', name: 'Olga Organisator' });
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-bas', name: 'Bas Bewoner', email: 'bas@example.org' });
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();
  }, 300_000);

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  it('laat een organisator een vraag plaatsen, een bewoner zich aanmelden en de organisator bevestigen', async () => {
    await inloggen(organisator, 'Olga Organisator');
    await page.goto(`${basis}/buurtportaal/vrijwilligers-zoeken`);
    await page.getByRole('heading', { level: 2, name: 'Nieuwe vraag om vrijwilligers' }).waitFor();
    await geenOvertredingen();
    // Submitting empty names the missing fields at the fields.
    await page.getByRole('button', { name: 'Vraag plaatsen' }).click();
    await page.getByText('Kies namens welke organisatie of welk initiatief je vrijwilligers zoekt.').waitFor();
    await geenOvertredingen();

    await page.getByLabel('Namens').selectOption({ label: 'Buurtpunt Centrum' });
    await page.getByLabel('Wat gaan de vrijwilligers doen?').fill('Helpen bij de moestuin');
    await page.getByLabel('Beschrijving').fill('Samen wieden, zaaien en oogsten in de buurttuin.');
    await page.getByLabel('Thema').selectOption({ label: 'Groen en buiten' });
    await page.locator('#verzoek-buurt').selectOption({ index: 1 });
    const jaar = new Date().getFullYear() + 1;
    await page.getByLabel('Begin', { exact: true }).fill(`${jaar}-05-01T10:00`);
    await page.getByLabel('Waar?').fill('Buurttuin, Kerkstraat 1');
    await page.getByLabel('Hoeveel vrijwilligers?').fill('2');
    await page.getByLabel('Minimumleeftijd (niet verplicht)').fill('16');
    await page.getByRole('button', { name: 'Vraag plaatsen' }).click();
    await page.getByText('Je vraag “Helpen bij de moestuin” staat online.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Helpen bij de moestuin' }).waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-vrijwilligers-zoeken');

    // The resident finds it by theme and signs up.
    await inloggen(bewoner, 'Bas Bewoner');
    await page.goto(`${basis}/buurtportaal/vrijwilligerswerk`);
    await page.getByLabel('Thema').selectOption({ label: 'Groen en buiten' });
    await page.getByText('1 vraag om vrijwilligers.').waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-vrijwilligerswerk');
    await page.getByRole('link', { name: 'Helpen bij de moestuin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Helpen bij de moestuin' }).waitFor();
    await geenOvertredingen();
    await page.getByLabel('Je naam').fill('Bas Bewoner');
    await page.getByLabel('E-mailadres').fill('bas@example.org');
    await page.getByRole('button', { name: 'Aanmelden als vrijwilliger' }).click();
    await page.getByText('Vink aan dat je minstens 16 jaar bent.').waitFor();
    await page.getByText('Vink aan dat je toestemming geeft', { exact: false }).waitFor();
    await geenOvertredingen();
    await page.getByLabel('Ik ben 16 jaar of ouder').check();
    await page.getByLabel('Ik geef toestemming').check();
    await page.getByRole('button', { name: 'Aanmelden als vrijwilliger' }).click();
    await page.getByRole('heading', { level: 2, name: 'Je bent aangemeld. De organisator neemt contact met je op.' }).waitFor();
    await page.getByText('Aangemeld; de organisator neemt contact met je op').waitFor();
    await geenOvertredingen();

    // Mijn vrijwilligerswerk: the sign-up and the profile with opt-in mail.
    await page.goto(`${basis}/buurtportaal/mijn-vrijwilligerswerk`);
    await page.getByText('1 aanmelding.').waitFor();
    await page.getByLabel('Groen en buiten').check();
    await page.getByLabel('Mail mij nieuwe vragen die bij mijn profiel passen').check();
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await page.getByText('Nieuwe vragen die passen, mailen we naar bas@example.org.', { exact: false }).waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-mijn-vrijwilligerswerk');

    // The organiser sees the volunteer and confirms.
    await inloggen(organisator, 'Olga Organisator');
    await page.goto(`${basis}/buurtportaal/vrijwilligers-zoeken`);
    await page.getByRole('button', { name: 'Vrijwilligers bekijken voor Helpen bij de moestuin' }).click();
    await page.getByRole('cell', { name: 'bas@example.org' }).waitFor();
    await geenOvertredingen();
    await page.getByRole('button', { name: 'Bevestig Bas Bewoner' }).click();
    await page.getByText('Bevestigd op', { exact: false }).waitFor();
    await geenOvertredingen();

    // The resident sees the confirmation and withdraws.
    await inloggen(bewoner, 'Bas Bewoner');
    await page.goto(`${basis}/buurtportaal/mijn-vrijwilligerswerk`);
    await page.getByText('Aangemeld en bevestigd door de organisator').waitFor();
    await page.getByRole('button', { name: 'Afmelden voor Helpen bij de moestuin' }).click();
    await page.getByText('Afgemeld', { exact: true }).waitFor();
    await geenOvertredingen();
  }, 180_000);
});
