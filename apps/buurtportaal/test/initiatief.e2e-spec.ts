/**
 * A resident submits an initiative in the Buurtportaal (keyboard only, live rule check, draft,
 * submission), a beleidsmedewerker decides in the Regiepaneel, and the resident then sees it
 * granted with the objection deadline. Real API and database, Chromium, axe on every state.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol } from '@buurtwerk/core';
import { type Opzet, zetOp } from '../../api/test/initiatieven.helpers';
import { type TestContext, testContext } from '../../../test/harness';
import { datum } from '../../web-gedeeld/src/datum';
import {
  actiefElement,
  axeOvertredingen,
  bouwWebApp,
  schermafdruk,
  startBrowser,
  startWebServer,
  type TestBrowser,
} from './browser';

describe('Een idee indienen en het besluit volgen', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let opzet: Opzet;
  let bewoner: string;
  let beleid: string;
  let buurtnaam: string;
  let bewonerPagina: Page;

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    bouwWebApp('regiepaneel');
    ctx = await testContext({ GRAPHIQL: 'false' }); // with the production Content-Security-Policy
    opzet = await zetOp(ctx, 1_000_000);
    ({
      buurt: { naam: buurtnaam },
    } = await ctx.gqlOk<{ buurt: { naam: string } }>('{ buurt(code: "BU09171001") { naam } }'));
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-rosa', name: 'Rosa Initiatief' });
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { sub: 'beleid-bas', name: 'Bas Beleid' });
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    bewonerPagina = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  const geenOvertredingen = async (page: Page): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
  };

  async function inloggen(page: Page, app: 'buurtportaal' | 'regiepaneel', token: string, naam: string): Promise<void> {
    await page.goto(`${basis}/${app}/inloggen`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText(`Je bent ingelogd als ${naam}.`).waitFor();
  }

  /** Presses Tab until the focused element has this name attribute or text (keyboard only). */
  async function tabNaar(page: Page, doel: { naam?: string; tekst?: string }, max = 60): Promise<void> {
    for (let i = 0; i < max; i++) {
      const a = await actiefElement(page);
      if ((doel.naam && a.naam === doel.naam) || (doel.tekst && a.tekst === doel.tekst)) {
        return;
      }
      await page.keyboard.press('Tab');
    }
    throw new Error(`Niet bereikt met Tab: ${JSON.stringify(doel)} (nu ${JSON.stringify(await actiefElement(page))})`);
  }

  it('vraagt eerst om in te loggen', async () => {
    const page = bewonerPagina;
    await page.goto(`${basis}/buurtportaal/idee`);
    await page.getByRole('heading', { level: 1, name: 'Idee indienen' }).waitFor();
    await page.getByRole('link', { name: 'Log eerst in' }).waitFor();
    await geenOvertredingen(page);
  });

  it('dient met alleen het toetsenbord een idee in, met de regels live gecontroleerd', async () => {
    const page = bewonerPagina;
    await inloggen(page, 'buurtportaal', bewoner, 'Rosa Initiatief');
    await page.goto(`${basis}/buurtportaal/idee`);
    await page.getByRole('heading', { level: 2, name: 'Stap 1 van 3: Over je idee' }).waitFor();
    const toets = page.getByTestId('bevindingen');
    await toets.getByText('De controle begint zodra', { exact: false }).waitFor();
    expect(await toets.getAttribute('aria-live')).toBe('polite');
    await geenOvertredingen(page); // empty

    // Enter in the first field submits the step: every missing field is named, focus on the first.
    await tabNaar(page, { naam: 'titel' });
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Er zijn 4 punten om te verbeteren', { exact: false }).waitFor();
    expect((await actiefElement(page)).naam).toBe('titel');
    expect(await page.locator('[name=titel]').getAttribute('aria-invalid')).toBe('true');
    await geenOvertredingen(page); // invalid

    await page.keyboard.type('Straatfeest Terschuren');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Een middag samen eten en spelen in de straat.');
    await page.keyboard.press('Tab');
    expect((await actiefElement(page)).naam).toBe('buurt');
    await page.keyboard.type(buurtnaam);
    await page.keyboard.press('Tab');
    expect((await actiefElement(page)).naam).toBe('aanvragersoort');
    await page.keyboard.press('ArrowDown'); // Een groep bewoners
    expect(await page.getByLabel('Een groep bewoners').isChecked()).toBe(true);
    await tabNaar(page, { naam: 'bewoners' });
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 2, name: 'Stap 2 van 3: Ondersteuning kiezen' }).waitFor();
    expect((await actiefElement(page)).tag).toBe('H2');
    await geenOvertredingen(page);

    // The menukaart: money needs an amount; without own contribution the 10% rule is not met.
    await tabNaar(page, { naam: `instrument-${opzet.geldId}` });
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect((await actiefElement(page)).naam).toBe(`gevraagd-${opzet.geldId}`);
    await page.keyboard.type('500');
    await toets.getByText('Niet voldaan', { exact: true }).waitFor();
    await toets.getByText('Bewoners dragen minstens 10% van de begroting zelf.', { exact: false }).waitFor();
    await toets.getByText(/^Je aanvraag voldoet aan 1 regel niet \(van de \d+\)\.$/).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Regels die gelden' }).waitFor();
    await geenOvertredingen(page); // findings shown

    await page.keyboard.press('Tab');
    expect((await actiefElement(page)).naam).toBe(`eigen-${opzet.geldId}`);
    await page.keyboard.type('12,505');
    await toets.getByText('Verbeter eerst de bedragen', { exact: false }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('Een bedrag heeft hoogstens twee cijfers achter de komma.').first().waitFor();
    expect((await actiefElement(page)).naam).toBe(`eigen-${opzet.geldId}`);
    await geenOvertredingen(page); // invalid amount

    await page.keyboard.press('Control+A');
    await page.keyboard.type('60');
    await toets.getByText(/^Je aanvraag voldoet aan alle \d+ regels\.$/).waitFor();
    expect(await toets.getByText('Niet voldaan', { exact: true }).count()).toBe(0);
    await schermafdruk(page, 'buurtportaal-idee-indienen');

    await tabNaar(page, { tekst: 'Concept opslaan' });
    await page.keyboard.press('Enter');
    await page.getByText('Je concept is opgeslagen', { exact: false }).waitFor();
    expect(page.url()).toMatch(/\/buurtportaal\/idee\/[A-Za-z0-9_=-]+$/);
    await geenOvertredingen(page); // draft saved
    const { mijnInitiatieven: concepten } = await ctx.gqlOk<{
      mijnInitiatieven: Array<{
        status: string;
        aanvragen: Array<{ gevraagdBedrag: number | null; eigenBijdrage: number | null }>;
      }>;
    }>('{ mijnInitiatieven { status aanvragen { gevraagdBedrag eigenBijdrage } } }', {}, bewoner);
    // Euros typed, integer cents sent: € 500 and € 60.
    expect(concepten).toEqual([{ status: 'CONCEPT', aanvragen: [{ gevraagdBedrag: 50_000, eigenBijdrage: 6_000 }] }]);

    // Later: on from the draft in Mijn initiatieven; the amounts come back as euros.
    await page.goto(`${basis}/buurtportaal/mijn-initiatieven`);
    const concept = page.getByRole('region', { name: 'Straatfeest Terschuren' });
    await concept.getByText('Dit is een concept', { exact: false }).waitFor();
    await geenOvertredingen(page);
    await tabNaar(page, { tekst: 'Verder met “Straatfeest Terschuren”' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Stap 1 van 3: Over je idee' }).waitFor();
    expect(await page.locator('[name=titel]').inputValue()).toBe('Straatfeest Terschuren');
    await tabNaar(page, { tekst: 'Volgende stap' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Stap 2 van 3: Ondersteuning kiezen' }).waitFor();
    expect(await page.locator(`[name=gevraagd-${opzet.geldId}]`).inputValue()).toBe('500');
    expect(await page.locator(`[name=eigen-${opzet.geldId}]`).inputValue()).toBe('60');
    await tabNaar(page, { tekst: 'Volgende stap' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Stap 3 van 3: Controleren en indienen' }).waitFor();
    await page.getByText(`Buurtbudget BUURTAKTIE_TEST: gevraagd € 500,00, eigen bijdrage € 60,00`).waitFor();
    await geenOvertredingen(page);

    await tabNaar(page, { tekst: 'Idee indienen' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Je idee is ingediend' }).waitFor();
    expect((await actiefElement(page)).tekst).toBe('Je idee is ingediend');
    await page
      .getByText(/^INI-\d{4}-\d+$/)
      .first()
      .waitFor();
    await page.getByText('Besluit uiterlijk').waitFor();
    await geenOvertredingen(page); // submitted
  });

  it('laat een beleidsmedewerker in het regiepaneel besluiten', async () => {
    const page = await browser.context.newPage();
    try {
      await inloggen(page, 'regiepaneel', beleid, 'Bas Beleid');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).click();
      await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
      const rij = page.getByRole('row').filter({ hasText: 'Straatfeest Terschuren' });
      await rij.getByText('Ingediend', { exact: true }).waitFor();
      await geenOvertredingen(page);

      await rij.getByRole('link', { name: 'Straatfeest Terschuren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Straatfeest Terschuren' }).waitFor();
      // The submitter is listed: they must step aside, they are not excluded.
      const conflicten = page.getByRole('region', { name: 'Belangenconflicten' });
      await conflicten.getByText('Rosa Initiatief', { exact: true }).waitFor();
      await conflicten.getByText('heeft het initiatief ingediend', { exact: false }).waitFor();
      await page.getByRole('region', { name: 'Bevindingen bij ontvangst' }).getByText('Voldaan').first().waitFor();
      await geenOvertredingen(page);

      await page.getByRole('button', { name: 'In behandeling nemen' }).click();
      await page.getByRole('heading', { level: 2, name: 'Besluit nemen' }).waitFor();
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await page.getByText('Kies toekennen of afwijzen.', { exact: true }).waitFor();
      await geenOvertredingen(page); // decision form invalid

      await page.getByLabel('Toekennen').check();
      const bedrag = page.getByRole('textbox', { name: 'Toe te kennen voor Buurtbudget BUURTAKTIE_TEST, in euro’s' });
      expect(await bedrag.inputValue()).toBe('500');
      await bedrag.fill('450,50');
      await page.getByLabel('Motivering').fill('Een mooi initiatief dat bewoners samenbrengt.');
      await geenOvertredingen(page);
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      // An irreversible decision is confirmed first; "Nee" goes back without deciding.
      const bevestigen = page.getByRole('dialog', { name: 'Toekennen vastleggen?' });
      await bevestigen.getByText('€ 450,50 voor Buurtbudget BUURTAKTIE_TEST', { exact: false }).waitFor();
      expect((await actiefElement(page)).tekst).toBe('Nee, terug naar het formulier');
      await geenOvertredingen(page); // the confirmation dialog
      await bevestigen.getByRole('button', { name: 'Nee, terug naar het formulier' }).click();
      await bevestigen.waitFor({ state: 'hidden' });
      const { initiatieven } = await ctx.gqlOk<{ initiatieven: { edges: Array<{ node: { titel: string; status: string } }> } }>(
        '{ initiatieven(first: 100) { edges { node { titel status } } } }',
        {},
        beleid,
      );
      expect(initiatieven.edges.find((e) => e.node.titel === 'Straatfeest Terschuren')?.node.status).toBe('IN_BEHANDELING');
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await bevestigen.getByRole('button', { name: 'Ja, besluit vastleggen' }).click();
      await page.getByText('Het besluit is vastgelegd.').waitFor();
      await page.getByRole('heading', { level: 2, name: 'Besluit: toegekend' }).waitFor();
      await page.getByText('€ 450,50').first().waitFor();
      await geenOvertredingen(page);
      await schermafdruk(page, 'regiepaneel-dossier');
    } finally {
      await page.close();
    }
  });

  it('toont de bewoner het besluit: toegekend, met de bezwaartermijn', async () => {
    const page = bewonerPagina;
    const { mijnInitiatieven } = await ctx.gqlOk<{
      mijnInitiatieven: Array<{ status: string; besluit: { bezwaarMogelijkTot: string; verleendBedrag: number } | null }>;
    }>('{ mijnInitiatieven { status besluit { bezwaarMogelijkTot verleendBedrag } } }', {}, bewoner);
    expect(mijnInitiatieven[0].status).toBe('TOEGEKEND');
    expect(mijnInitiatieven[0].besluit?.verleendBedrag).toBe(45_050);
    const bezwaarTot = datum(mijnInitiatieven[0].besluit!.bezwaarMogelijkTot);

    await page.getByRole('link', { name: 'Mijn initiatieven' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Mijn initiatieven' }).waitFor();
    const kaart = page.getByRole('region', { name: 'Straatfeest Terschuren' });
    await kaart.getByRole('heading', { level: 3, name: 'Besluit: toegekend' }).waitFor();
    expect(await kaart.getByTestId('status').textContent()).toBe('Toegekend');
    await kaart.getByText('Bezwaar maken kan tot en met').waitFor();
    await kaart.getByText(bezwaarTot, { exact: true }).waitFor();
    await kaart.getByText('Een mooi initiatief dat bewoners samenbrengt.', { exact: true }).waitFor();
    await kaart.getByText('€ 450,50', { exact: true }).waitFor();
    await geenOvertredingen(page);
    await schermafdruk(page, 'buurtportaal-mijn-initiatieven');
  });
});
