/**
 * Issue 17 point 4 in the Buurtportaal: a resident who picks money under a tender (Awb 4:26) sees
 * the application window, the published criteria with their weights, all-or-nothing and the tie
 * rule before applying; on a phone too. Real API and database, Chromium, axe on every state.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { amsterdamseDatum, plusDagen, Rol } from '@buurtwerk/core';
import { SubsidieregelsService } from '@buurtwerk/subsidieregels';
import { type TestContext, testContext } from '../../../test/harness';
import { datum } from '../../web-gedeeld/src/datum';
import { axeOvertredingen, bouwWebApp, scroltHorizontaal, startBrowser, startWebServer, type TestBrowser } from './browser';

describe('Een tender op de menukaart (Awb 4:26)', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;
  let groenId: string;
  let buurtId: string;
  const vandaag = amsterdamseDatum(new Date());
  const van = plusDagen(vandaag, -5);
  const tot = plusDagen(vandaag, 20);

  const geenOvertredingen = async (): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
  };

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    ctx = await testContext({ GRAPHIQL: 'false' });
    const beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' });
    const { subsidieregelingVaststellen: regeling } = await ctx.gqlOk<{ subsidieregelingVaststellen: { id: string } }>(
      'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { id } }',
      {
        input: {
          code: 'TENDER_PORTAAL',
          naam: 'Groene buurt (tender)',
          beschrijving: 'Plannen voor meer groen, vergeleken op bereik en duurzaamheid.',
          geldigVan: '2020-01-01',
          schalen: ['BUURT'],
          aanvragers: ['BEWONER', 'BEWONERSGROEP'],
          maximumBedrag: null,
          beslistermijnWeken: 13,
          besluitvorming: 'AMBTELIJK',
          verdeelmethode: 'VERGELIJKENDE_BEOORDELING',
          voorwaarden: [],
          aanvraagperiodeVan: van,
          aanvraagperiodeTot: tot,
          criteria: [
            { code: 'BEREIK', omschrijving: 'Hoeveel bewoners doen mee', gewicht: 2 },
            { code: 'DUURZAAM', omschrijving: 'Blijft het groen na dit jaar', gewicht: 1 },
          ],
        },
      },
      beleid,
    );
    const jaar = vandaag.slice(0, 4);
    await ctx.app
      .get(SubsidieregelsService)
      .subsidieplafondVaststellen(
        { regelingId: regeling.id, periode: jaar, bedrag: 1_000_000 },
        { vandaag: `${Number(jaar) - 1}-12-01` },
      );
    groenId = (
      await ctx.gqlOk<{ instrumentToevoegen: { id: string } }>(
        'mutation($input: InstrumentInput!) { instrumentToevoegen(input: $input) { id } }',
        {
          input: {
            naam: 'Groenbudget',
            soort: 'FINANCIELE_BIJDRAGE',
            beschrijving: 'Geld voor groen in de buurt.',
            regelingId: regeling.id,
          },
        },
        beleid,
      )
    ).instrumentToevoegen.id;
    buurtId = (await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171001") { id } }')).buurt.id;
    const bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-gijs', name: 'Gijs Groen' });
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();
    await page.goto(`${basis}/buurtportaal/inloggen`);
    await page.getByLabel('Token').fill(bewoner);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText('Je bent ingelogd als Gijs Groen.').waitFor();
  });

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  async function naarStapTwee(): Promise<void> {
    await page.goto(`${basis}/buurtportaal/idee`);
    await page.getByRole('heading', { level: 2, name: 'Stap 1 van 3: Over je idee' }).waitFor();
    await page.locator('[name=titel]').fill('Geveltuinen in de straat');
    await page.locator('[name=beschrijving]').fill('Dertig huishoudens leggen samen geveltuinen aan.');
    await page.locator('[name=buurt]').selectOption(buurtId);
    await page.getByLabel('Een groep bewoners').check();
    await page.locator('[name=bewoners]').fill('30');
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { level: 2, name: 'Stap 2 van 3: Ondersteuning kiezen' }).waitFor();
    await page.locator(`[name=instrument-${groenId}]`).check();
  }

  it('Awb 4:26: toont de aanvraagperiode, de criteria met hun gewicht, alles-of-niets en de regel bij een gelijke score', async () => {
    await naarStapTwee();
    await page.getByRole('heading', { level: 3, name: 'Regels die gelden' }).waitFor();
    const regels = page.locator('section[aria-labelledby="regels-kop"]');
    const tekst = regels.getByText('Dit is een tender (Awb 4:26)', { exact: false });
    await tekst.waitFor();
    const zin = await tekst.textContent();
    expect(zin).toContain(`je kunt aanvragen van ${datum(van)} tot en met ${datum(tot)}`);
    expect(zin).toContain('Hoeveel bewoners doen mee (2); Blijft het groen na dit jaar (1)');
    expect(zin).toContain('en alleen het hele bedrag');
    expect(zin).toContain('Bij een gelijke score gaat de eerder volledige aanvraag voor; daarna beslist het lot.');
    expect(zin).toMatch(/Plafond \d{4}: € 10\.000,00 beschikbaar\./);
    await geenOvertredingen();
  });

  it('past op een telefoon zonder horizontaal te scrollen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await naarStapTwee();
      await page.getByText('Dit is een tender (Awb 4:26)', { exact: false }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await scroltHorizontaal(page)).toBe(false);
      await geenOvertredingen();
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
