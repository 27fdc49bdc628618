/**
 * Issue 19 in the Buurtportaal, against the real API and database in Chromium: every form's
 * error states in plain Dutch without leaks (no GraphQL text, field path, variable, code, cents
 * or raw id, no message twice), a request that does not meet every rule said so before and
 * after submitting, "mijn signalen" and the register of side positions, the layout on desktop
 * and on a phone, sign-in that survives a new tab, and `?terug=` after the demo sign-in.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol } from '@buurtwerk/core';
import { type Opzet, zetOp } from '../../api/test/initiatieven.helpers';
import { type TestContext, testContext } from '../../../test/harness';
import {
  actiefElement,
  axeOvertredingen,
  bouwWebApp,
  lekken,
  schermafdruk,
  startBrowser,
  startWebServer,
  type TestBrowser,
} from './browser';

describe('Foutmeldingen, regels en opmaak in het Buurtportaal (issue 19)', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let opzet: Opzet;
  let bewoner: string;
  let buurtnaam: string;
  let page: Page;

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    ctx = await testContext({ GRAPHIQL: 'false' });
    opzet = await zetOp(ctx, 1_000_000);
    ({
      buurt: { naam: buurtnaam },
    } = await ctx.gqlOk<{ buurt: { naam: string } }>('{ buurt(code: "BU09171001") { naam } }'));
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-fenna', name: 'Fenna Fout' });
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

  /** Scans the page's main content for leaks and for a message shown twice in one alert. */
  async function geenLekken(): Promise<void> {
    expect(await lekken(page)).toEqual([]);
  }

  async function inloggen(token: string): Promise<void> {
    await page.goto(`${basis}/buurtportaal/inloggen`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText('Je bent ingelogd als Fenna Fout.').waitFor();
  }

  it('toont het openbare register van nevenfuncties met de gedragscodes, zonder in te loggen', async () => {
    const beheer = await ctx.tokenFor(Rol.GRIFFIE, { name: 'Griet Griffie' });
    const { ambtsdragerRegistreren } = await ctx.gqlOk<{ ambtsdragerRegistreren: { id: string } }>(
      'mutation($input: AmbtsdragerInput!) { ambtsdragerRegistreren(input: $input) { id } }',
      { input: { naam: 'Wim Wethouder (voorbeeld)', functie: 'WETHOUDER', partij: 'Buurtpartij', vanaf: '2022-03-30' } },
      beheer,
    );
    await ctx.gqlOk(
      'mutation($input: NevenfunctieInput!) { nevenfunctieMelden(input: $input) { id } }',
      {
        input: {
          ambtsdragerId: ambtsdragerRegistreren.id,
          functie: 'Voorzitter',
          organisatieNaam: 'Harmonie Heerlen',
          bezoldigd: false,
          vanaf: '2022-04-01',
        },
      },
      beheer,
    );
    // Not signed in (this runs first): the register is public.
    const p = page;
    {
      await p.goto(`${basis}/buurtportaal/nevenfuncties`);
      await p.getByRole('heading', { level: 1, name: 'Nevenfuncties van bestuurders' }).waitFor();
      const wim = p.getByRole('region', { name: 'Wim Wethouder (voorbeeld)' });
      await wim.getByText('Voorzitter bij Harmonie Heerlen, onbezoldigd', { exact: false }).waitFor();
      await p.getByRole('link', { name: 'de website van de gemeente Heerlen' }).waitFor();
      expect(await axeOvertredingen(p)).toEqual([]);
      await schermafdruk(p, 'buurtportaal-nevenfuncties');
    }
  });

  it('controleert de postcode voor het versturen, in gewone taal', async () => {
    await page.goto(`${basis}/buurtportaal/`);
    const postcode = page.getByRole('textbox', { name: 'Postcode' });
    for (const fout of ['64111', '0411 AB', 'ABCD 12']) {
      await postcode.fill(fout);
      await page.getByRole('button', { name: 'Zoek mijn buurt' }).click();
      await page.getByText('Een postcode heeft vier cijfers en twee letters, bijvoorbeeld 6411 AB.').waitFor();
      expect((await actiefElement(page)).naam).toBe('postcode');
      await geenLekken();
    }
    await geenOvertredingen();
  });

  it('zet fouten in het ideeformulier bij het veld, met een samenvatting die naar het veld linkt', async () => {
    await inloggen(bewoner);
    // From the buurt page: the idea form with the buurt filled in.
    await page.goto(`${basis}/buurtportaal/buurt/BU09171001`);
    await page.getByRole('link', { name: `Idee indienen voor ${buurtnaam}` }).click();
    await page.getByRole('heading', { level: 2, name: 'Stap 1 van 3: Over je idee' }).waitFor();
    expect(await page.locator('select[name=buurt] option:checked').innerText()).toContain(buurtnaam);

    // Desktop: the label stands above its dropdown, and the dropdown stays inside its column.
    const label = await page.locator('label[for=idee-buurt]').boundingBox();
    const keuze = await page.locator('#idee-buurt').boundingBox();
    const formulier = await page.locator('main form').first().boundingBox();
    expect(label!.y + label!.height).toBeLessThanOrEqual(keuze!.y + 1);
    expect(keuze!.x + keuze!.width).toBeLessThanOrEqual(formulier!.x + formulier!.width + 1);

    await page.getByRole('textbox', { name: 'Titel van je idee' }).fill('Buurtmoestuin');
    await page.getByRole('textbox', { name: 'Beschrijving' }).fill('Samen groente kweken op het grasveld.');
    await page.getByLabel('Een groep bewoners').check();
    // A five-digit year: the browser's date field lets it through, the form does not.
    await page.locator('[name=startdatum]').evaluate((el) => {
      const veld = el as unknown as { type: string };
      veld.type = 'text';
    });
    await page.locator('[name=startdatum]').fill('22026-02-01');
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    const samenvatting = page.getByTestId('foutsamenvatting');
    await samenvatting.getByText('het jaartal heeft vier cijfers', { exact: false }).waitFor();
    expect((await actiefElement(page)).naam).toBe('startdatum');
    await geenLekken();
    await schermafdruk(page, 'buurtportaal-foutsamenvatting', false);
    await geenOvertredingen();
    // The summary's link moves focus to the field.
    await page.getByRole('textbox', { name: 'Titel van je idee' }).focus();
    await samenvatting.getByRole('link').first().click();
    expect((await actiefElement(page)).naam).toBe('startdatum');

    await page.locator('[name=startdatum]').fill('');
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { level: 2, name: 'Stap 2 van 3: Ondersteuning kiezen' }).waitFor();
    await page.getByLabel(`Buurtbudget ${'BUURTAKTIE_TEST'}`, { exact: false }).check();
    const bedrag = page.locator(`[name=gevraagd-${opzet.geldId}]`);
    await bedrag.fill('twaalf');
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await samenvatting.getByRole('link').first().waitFor();
    await geenLekken();
    await geenOvertredingen();

    // More than the rule allows (€ 2.500) and no own contribution: two rules not met.
    await bedrag.fill('2900');
    const toets = page.getByTestId('bevindingen');
    await toets.getByText(/^Je aanvraag voldoet aan 2 regels niet \(van de \d+\)\.$/).waitFor();
    await toets.getByText('Je vraagt € 2.900; deze regeling geeft hoogstens € 2.500.').waitFor();
    expect(await toets.innerText()).not.toMatch(/Voldaan\s+Voldaan:|alle 1 regels|\bU vraagt\b|\bUw\b/);
    await geenLekken();

    // The last step says plainly what is not met and what that means.
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { level: 2, name: 'Stap 3 van 3: Controleren en indienen' }).waitFor();
    const nietVoldaan = page.getByTestId('niet-voldaan');
    await nietVoldaan.getByText('Je aanvraag voldoet nu niet aan deze 2 voorwaarden:').waitFor();
    await nietVoldaan.getByText('Je vraagt € 2.900; deze regeling geeft hoogstens € 2.500.').waitFor();
    await nietVoldaan.getByText('wijst een aanvraag die niet aan de regels voldoet', { exact: false }).waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-idee-niet-voldaan');

    // After: no green success, the same conditions and what happens now.
    await page.getByRole('button', { name: 'Idee indienen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Je idee is ingediend, maar voldoet niet aan alle regels' }).waitFor();
    await page.getByText('Let op: je aanvraag voldoet niet aan deze 2 voorwaarden.').waitFor();
    expect(await page.locator('.utrecht-alert--ok').count()).toBe(0);
    await geenLekken();
    await geenOvertredingen();
  });

  it('meldt een signaal vanaf de buurtpagina en toont het bij Mijn signalen', async () => {
    await page.goto(`${basis}/buurtportaal/buurt/BU09171001`);
    await page.getByRole('link', { name: `Signaal melden in ${buurtnaam}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Signaal melden' }).waitFor();
    expect(await page.locator('select[name=buurt] option:checked').innerText()).toContain(buurtnaam);
    // Labels above their dropdowns, dropdowns inside the form.
    for (const id of ['signaal-buurt', 'signaal-categorie']) {
      const l = await page.locator(`label[for=${id}]`).boundingBox();
      const s = await page.locator(`#${id}`).boundingBox();
      const f = await page.locator('main form').boundingBox();
      expect(l!.y + l!.height).toBeLessThanOrEqual(s!.y + 1);
      expect(s!.x + s!.width).toBeLessThanOrEqual(f!.x + f!.width + 1);
    }
    await page.getByRole('button', { name: 'Signaal melden' }).click();
    await page.getByTestId('foutsamenvatting').getByText('Kies waar je signaal over gaat.').waitFor();
    await geenLekken();
    await geenOvertredingen();

    await page.getByLabel('Waar gaat het over?').selectOption({ index: 1 });
    await page.getByLabel('Wat zie je, en waar precies?').fill('Losliggende stoeptegels bij de speeltuin.');
    await page.getByRole('button', { name: 'Signaal melden' }).click();
    await page.getByRole('heading', { level: 2, name: 'Bedankt voor je melding' }).waitFor();
    await page.getByRole('link', { name: 'Mijn signalen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Mijn signalen' }).waitFor();
    await page.getByText('Losliggende stoeptegels bij de speeltuin.').waitFor();
    await page.getByText('1 signaal.').waitFor();
    await page.getByText('Ontvangen', { exact: true }).waitFor();
    await geenLekken();
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-mijn-signalen');
  });

  it('blijft ingelogd in een nieuw tabblad', async () => {
    const tweede = await browser.context.newPage();
    try {
      await tweede.goto(`${basis}/buurtportaal/mijn-initiatieven`);
      await tweede.getByText('Ingelogd als Fenna Fout', { exact: true }).waitFor();
      await tweede.getByRole('heading', { level: 1, name: 'Mijn initiatieven' }).waitFor();
      // Signing out in one tab signs out the other too.
      await tweede.getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByRole('link', { name: 'Inloggen' }).waitFor();
    } finally {
      await tweede.close();
    }
  });

  it('gaat na het demo-inloggen terug naar de pagina van ?terug=', async () => {
    await page.goto(`${basis}/buurtportaal/mijn-signalen`);
    await page.getByRole('link', { name: 'Log eerst in' }).click();
    expect(new URL(page.url()).searchParams.get('terug')).toBe('/mijn-signalen');
    await page.getByRole('button', { name: 'Inloggen als demogebruiker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn signalen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/buurtportaal/mijn-signalen');
  });

  it('houdt de kop op een telefoon klein en zet de controle direct onder het bedrag', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${basis}/buurtportaal/idee?buurt=BU09171001`);
      await page.getByRole('heading', { level: 2, name: 'Stap 1 van 3: Over je idee' }).waitFor();
      const kop = await page.locator('header').first().boundingBox();
      expect(kop!.height).toBeLessThan(100);
      // The menu unfolds on request, with the keyboard too.
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      expect(await menu.isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Menu' }).click();
      await menu.getByRole('link', { name: 'Mijn signalen' }).waitFor();
      await geenOvertredingen();
      await page.getByRole('button', { name: 'Menu' }).click();

      await page.getByRole('textbox', { name: 'Titel van je idee' }).fill('Bankjes op het plein');
      await page.getByRole('textbox', { name: 'Beschrijving' }).fill('Drie bankjes waar ouderen kunnen rusten.');
      await page.getByLabel('Een groep bewoners').check();
      await page.getByRole('button', { name: 'Volgende stap' }).click();
      await page.getByRole('heading', { level: 2, name: 'Stap 2 van 3: Ondersteuning kiezen' }).waitFor();
      await page.getByLabel(`Buurtbudget ${'BUURTAKTIE_TEST'}`, { exact: false }).check();
      await page.locator(`[name=gevraagd-${opzet.geldId}]`).fill('300');
      await page.locator(`[name=eigen-${opzet.geldId}]`).fill('40');
      const toets = page.getByTestId('live-toets');
      await toets.getByText(/^Je aanvraag voldoet aan alle \d+ regels\.$/).waitFor();
      const bedrag = await page.locator(`[name=eigen-${opzet.geldId}]`).boundingBox();
      const controle = await toets.boundingBox();
      expect(controle!.y - (bedrag!.y + bedrag!.height)).toBeLessThan(300);
      await geenOvertredingen();
      await schermafdruk(page, 'buurtportaal-telefoon-idee', false);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
