/**
 * 't Heerlens Heitje in both web apps, in Chromium against the real API and database: staff put a
 * job on the board (missing fields explained at the fields), a resident claims a place, the
 * guiding organisation confirms the work (API), the resident sees the heitjes and makes a payment
 * code, the shop confirms it (API), and staff set the exchange rate and read the month's
 * settlement. axe (WCAG 2.1 A/AA) on every page and state.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import {
  actiefElement,
  axeOvertredingen,
  bouwWebApp,
  schermafdruk,
  scroltHorizontaal,
  startBrowser,
  startWebServer,
  type TestBrowser,
} from '../../buurtportaal/test/browser';

describe("'t Heerlens Heitje in regiepaneel en Buurtportaal", () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let staf: Page;
  let bewoner: Page;
  let winkelId: string;

  beforeAll(async () => {
    bouwWebApp('regiepaneel');
    bouwWebApp('buurtportaal');
    ctx = await testContext({ GRAPHIQL: 'false' });
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const {
      buurt: { id: buurtId },
    } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171000") { id } }');
    const org = async (naam: string, lid: string): Promise<string> => {
      const { organisatieRegistreren } = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam, soort: 'BUURTORGANISATIE', buurtIds: [buurtId] } },
        beheerder,
      );
      await ctx.gqlOk(
        'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
        { o: organisatieRegistreren.id, g: lid },
        beheerder,
      );
      return organisatieRegistreren.id;
    };
    await org('Buurtpunt Centrum (voorbeeld)', 'begeleider-1');
    const winkelOrg = await org('Bakkerij Promenade (voorbeeld)', 'winkelier-1');
    ({
      heitjeWinkelRegistreren: { id: winkelId },
    } = await ctx.gqlOk<{ heitjeWinkelRegistreren: { id: string } }>(
      'mutation($input: HeitjeWinkelInput!) { heitjeWinkelRegistreren(input: $input) { id } }',
      { input: { naam: 'Bakkerij Promenade', organisatieId: winkelOrg } },
      beheerder,
    ));
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    staf = await browser.context.newPage();
    await staf.goto(`${basis}/regiepaneel/inloggen`);
    await staf.getByLabel('Token').fill(await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' }));
    await staf.getByRole('button', { name: 'Token gebruiken' }).click();
    await staf.getByText('Ingelogd als Bea Beleid (beleidsmedewerker)').waitFor();
  });

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  const geenOvertredingen = async (page: Page): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
  };

  it('zet een klus op het bord; wat ontbreekt staat bij het veld', async () => {
    await staf.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Heerlens Heitje', exact: true }).click();
    await staf.getByRole('heading', { level: 1, name: "'t Heerlens Heitje" }).waitFor();
    await geenOvertredingen(staf);
    const form = staf.locator('#klus-aanmaken');
    await form.getByRole('button', { name: 'Klus op het bord zetten' }).click();
    await form.getByText('Geef de klus een titel.').waitFor();
    await geenOvertredingen(staf);

    await form.getByLabel('Titel').fill('Bankjes schilderen');
    await form.getByLabel('Wat moet er gebeuren?').fill('Bankjes op het plein schuren en verven.');
    await form.getByLabel('Buurt', { exact: true }).selectOption({ index: 1 });
    await form.getByLabel('Materiaal van de gemeente').fill('Verf, kwasten, handschoenen');
    await form.getByLabel('Beloning per deelnemer (heitjes)').fill('20');
    await form.getByLabel('Aantal plaatsen').fill('3');
    await form.getByLabel('Begeleidende organisatie').selectOption({ label: 'Buurtpunt Centrum (voorbeeld)' });
    await form.getByRole('button', { name: 'Klus op het bord zetten' }).click();
    await staf
      .getByRole('status')
      .getByText('Klus “Bankjes schilderen” staat op het bord, met een budget van 60 heitjes.')
      .waitFor();
    await geenOvertredingen(staf);
  });

  it('laat een bewoner meedoen, de heitjes zien en met een code betalen', async () => {
    bewoner = await browser.context.newPage();
    await bewoner.goto(`${basis}/buurtportaal/inloggen`);
    const token = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-ans', name: 'Ans Actief' });
    await bewoner.getByLabel('Token').fill(token);
    await bewoner.getByRole('button', { name: 'Token gebruiken' }).click();
    await bewoner.getByText('Je bent ingelogd als Ans Actief.').waitFor();
    await bewoner
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Heerlens Heitje', exact: true })
      .click();
    await bewoner.getByRole('heading', { level: 1, name: "'t Heerlens Heitje" }).waitFor();
    await geenOvertredingen(bewoner);
    await bewoner.getByRole('button', { name: 'Meedoen: Bankjes schilderen' }).click();
    await bewoner.getByRole('status').getByText('Je doet mee aan “Bankjes schilderen”').waitFor();
    await geenOvertredingen(bewoner);

    // The guiding organisation confirms the work.
    const begeleider = await ctx.tokenFor(Rol.PARTNER, { sub: 'begeleider-1' });
    const { heitjeBegeleideKlussen } = await ctx.gqlOk<{ heitjeBegeleideKlussen: Array<{ id: string }> }>(
      '{ heitjeBegeleideKlussen { id } }',
      {},
      begeleider,
    );
    const { heitjeDeelnames } = await ctx.gqlOk<{ heitjeDeelnames: Array<{ id: string }> }>(
      'query($id: ID!) { heitjeDeelnames(klusId: $id) { id } }',
      { id: heitjeBegeleideKlussen[0].id },
      begeleider,
    );
    await ctx.gqlOk(
      'mutation($id: ID!) { heitjeKlusVoltooien(deelnameId: $id, notitie: "Netjes gedaan") { id } }',
      { id: heitjeDeelnames[0].id },
      begeleider,
    );

    await bewoner.reload();
    await bewoner.getByText('Saldo: 20 heitjes.').waitFor();
    await bewoner.getByLabel('Hoeveel heitjes?').fill('50');
    await bewoner.getByRole('button', { name: 'Betaalcode maken' }).click();
    await bewoner.getByText('Je hebt 20 heitjes; kies een bedrag van hoogstens 20.').first().waitFor();
    await geenOvertredingen(bewoner);
    // By keyboard: the amount, then Tab to the button and Enter.
    await bewoner.getByLabel('Hoeveel heitjes?').fill('12');
    await bewoner.keyboard.press('Tab');
    expect((await actiefElement(bewoner)).tekst).toBe('Betaalcode maken');
    await bewoner.keyboard.press('Enter');
    const tekst = await bewoner.getByRole('status').getByText('Je betaalcode voor 12 heitjes:').textContent();
    const code = /: ([A-Z2-9]{8})\./.exec(tekst ?? '')?.[1];
    expect(code).toBeDefined();
    await geenOvertredingen(bewoner);
    await schermafdruk(bewoner, 'buurtportaal-heitje');

    // The shop confirms the code at the till.
    await ctx.gqlOk(
      'mutation($w: ID!, $c: String!) { heitjeBetalingBevestigen(winkelId: $w, code: $c) { bedrag } }',
      { w: winkelId, c: code },
      await ctx.tokenFor(Rol.PARTNER, { sub: 'winkelier-1' }),
    );
    await bewoner.reload();
    await bewoner.getByText('Saldo: 8 heitjes.').waitFor();
    await bewoner.setViewportSize({ width: 390, height: 844 });
    expect(await scroltHorizontaal(bewoner)).toBe(false);
  });

  it('stelt de wisselkoers vast en toont de afrekening van de maand', async () => {
    await staf.reload();
    await staf.getByRole('heading', { level: 1, name: "'t Heerlens Heitje" }).waitFor();
    const koers = staf.getByRole('form', { name: 'Wisselkoers vaststellen' });
    await koers.getByLabel('Wisselkoers geldig vanaf').fill('2020-01-01');
    await koers.getByLabel('Waarde van één heitje (eurocent)').fill('50');
    await koers.getByRole('button', { name: 'Wisselkoers vaststellen' }).click();
    await staf.getByRole('status').getByText('Vanaf 2020-01-01 is een heitje').waitFor();
    await staf.getByRole('form', { name: 'Afrekening tonen' }).getByRole('button', { name: 'Afrekening tonen' }).click();
    await staf.getByRole('rowheader', { name: 'Bakkerij Promenade' }).waitFor();
    await staf.getByRole('cell', { name: '€ 6,00' }).waitFor();
    await geenOvertredingen(staf);
    await staf.setViewportSize({ width: 390, height: 844 });
    expect(await scroltHorizontaal(staf)).toBe(false);
    await schermafdruk(staf, 'regiepaneel-heitje');
  });
});
