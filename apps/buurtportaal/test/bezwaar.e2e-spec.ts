/**
 * An objection in both web apps, in Chromium against the real API: the resident makes an
 * objection under the decision in "Mijn initiatieven"; a policy officer finds it in the
 * Regiepaneel's work queue with its deadline, waives the hearing on a ground of Awb 7:3 and
 * decides; the resident then reads the decision and downloads the letter, read with PDF.js. axe on
 * every new page and state.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { Rol, UitgaandeMailVerzender } from '@buurtwerk/core';
import { BesluitenService } from '@buurtwerk/initiatives';
import { initiatiefInput, type Opzet, opslaan, zetOp } from '../../api/test/initiatieven.helpers';
import { type TestContext, testContext } from '../../../test/harness';
import { leesPdf } from '../../../test/pdf-tekst';
import { axeOvertredingen, bouwWebApp, schermafdruk, startBrowser, startWebServer, type TestBrowser } from './browser';

describe('Bezwaar maken in het Buurtportaal en behandelen in het Regiepaneel', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;
  let o: Opzet;
  let bewoner: string;
  let dirk: string;

  const geenOvertredingen = async (): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
  };
  const kaart = (titel: string) =>
    page.locator('section.buurtwerk-blok').filter({ has: page.getByRole('heading', { level: 2, name: titel }) });

  async function inloggen(app: 'buurtportaal' | 'regiepaneel', token: string, naam: string): Promise<void> {
    await page.goto(`${basis}/${app}/inloggen`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText(naam, { exact: false }).first().waitFor();
  }

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    bouwWebApp('regiepaneel');
    ctx = await testContext({ GRAPHIQL: 'false' });
    o = await zetOp(ctx, 1_000_000);
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-bo', name: 'Bo Bezwaarmaker', email: 'bo@example.org' });
    dirk = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { sub: 'beleid-dirk', name: 'Dirk Mandaat' });
    const { id } = await opslaan(ctx, bewoner, initiatiefInput(o, 50_000, 10_000, { titel: 'Speeltuin Meezenbroek' }));
    const { initiatiefIndienen } = await ctx.gqlOk<{ initiatiefIndienen: { aanvragen: Array<{ id: string }> } }>(
      'mutation($id: ID!) { initiatiefIndienen(id: $id) { aanvragen { id } } }',
      { id },
      bewoner,
    );
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id }, o.beleid);
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { id } }',
      {
        input: {
          initiatiefId: id,
          uitkomst: 'TOEGEKEND',
          motivering: 'Het plan past in de regeling; een deel van de begroting is niet onderbouwd.',
          bedragen: [{ aanvraagId: initiatiefIndienen.aanvragen[0].id, bedrag: 20_000 }],
        },
      },
      o.beleid,
    );
    const [besluit] = await ctx.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM besluit ORDER BY genomen_op DESC LIMIT 1',
    );
    await ctx.app.get(BesluitenService).bekendgemaakt(ctx.dataSource.manager, besluit.id, new Date(), new Set());
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();
  }, 300_000);

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  let referentie = '';

  it('de bewoner maakt bezwaar onder het besluit en ziet het kenmerk', async () => {
    await inloggen('buurtportaal', bewoner, 'Bo Bezwaarmaker');
    await page.goto(`${basis}/buurtportaal/mijn-initiatieven`);
    const speeltuin = kaart('Speeltuin Meezenbroek');
    await speeltuin.getByRole('button', { name: 'Bezwaar maken' }).click();
    await speeltuin.getByLabel('Je adres').fill('Meezenbroekerweg 1, 6412 Heerlen');
    await speeltuin
      .getByLabel('Waarom ben je het niet eens met het besluit?')
      .fill('De begroting is wel onderbouwd; zie de offertes.');
    await geenOvertredingen();
    await speeltuin.getByRole('button', { name: 'Bezwaar versturen' }).click();
    const melding = page.getByText('Je bezwaar is ontvangen. Het kenmerk is BZW-', { exact: false });
    await melding.waitFor();
    referentie = /BZW-\d{4}-\d{4}/.exec((await melding.textContent()) ?? '')![0];
    await kaart('Speeltuin Meezenbroek')
      .getByRole('heading', { name: `Bezwaar ${referentie}: ontvangen` })
      .waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-bezwaar');
  }, 120_000);

  it('de beleidsmedewerker ziet het bezwaar in de werkvoorraad, ziet af van horen en beslist', async () => {
    await inloggen('regiepaneel', dirk, 'Dirk Mandaat');
    await page.goto(`${basis}/regiepaneel/bezwaren`);
    await page.getByRole('link', { name: referentie }).click();
    await page.getByRole('heading', { level: 1, name: `Bezwaar ${referentie}` }).waitFor();
    await geenOvertredingen();
    const afzien = page.locator('#bezwaar-afzien');
    await afzien.getByLabel('Grond').selectOption('AFSTAND_VAN_HOREN');
    await afzien.getByLabel('Motivering').fill('De indiener liet weten niet gehoord te willen worden.');
    await afzien.getByRole('button', { name: 'Afzien van horen' }).click();
    await page.getByText('Vastgelegd dat van horen wordt afgezien.').waitFor();
    const beslissen = page.locator('#bezwaar-beslissen');
    await beslissen.getByLabel('Beslissing', { exact: true }).selectOption('ONGEGROND');
    await beslissen
      .getByLabel('Motivering (komt in de brief)')
      .fill('De offertes tonen niet aan dat meer nodig is dan toegekend.');
    await beslissen.getByRole('button', { name: 'Beslissing nemen' }).click();
    await page.getByText('Op het bezwaar is beslist. De brief is verstuurd.').waitFor();
    await page.getByRole('heading', { name: /Beslissing: ongegrond/ }).waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'regiepaneel-bezwaar');
  }, 120_000);

  it('de bewoner leest de beslissing, de beroepstermijn vanaf de verzending en downloadt de brief als PDF', async () => {
    // The outbox delivers the letter; from then on the appeal term runs (Awb 6:8).
    await ctx.app.get(UitgaandeMailVerzender).verwerk();
    await inloggen('buurtportaal', bewoner, 'Bo Bezwaarmaker');
    await page.goto(`${basis}/buurtportaal/mijn-initiatieven`);
    const speeltuin = kaart('Speeltuin Meezenbroek');
    await speeltuin.getByText('Beslissing: je bezwaar is ongegrond.', { exact: false }).waitFor();
    await speeltuin.getByText('in beroep gaan bij de rechtbank Limburg', { exact: false }).waitFor();
    // Both letters of the objection: the receipt (Awb 6:14) and the decision on it (Awb 7:12).
    await speeltuin.getByText(`Wij hebben uw bezwaar ontvangen`, { exact: false }).first().waitFor();
    const knop = speeltuin.getByRole('button', { name: `Download PDF van “Beslissing op uw bezwaar ${referentie}”` });
    await geenOvertredingen();
    const [download] = await Promise.all([page.waitForEvent('download'), knop.click()]);
    expect(download.suggestedFilename()).toBe(`${referentie}-2.pdf`);
    const pad = await download.path();
    const { tekst } = await leesPdf(readFileSync(pad));
    for (const deel of [
      'Uw bezwaar is ongegrond.',
      'Wij herroepen het besluit niet.',
      'De offertes tonen niet aan dat meer nodig is dan toegekend.',
      'beroep instellen bij de rechtbank Limburg (artikel 8:1 Awb)',
      'binnen zes weken',
      'Rechtbank Limburg, team bestuursrecht, Postbus 950, 6040 AZ Roermond',
    ]) {
      expect(tekst).toContain(deel);
    }
  }, 120_000);
});
