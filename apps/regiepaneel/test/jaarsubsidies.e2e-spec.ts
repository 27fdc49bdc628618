/**
 * The Regiepaneel page of yearly subsidies (issue 22), in Chromium against the real API and
 * database: per organisation the book year, the payments, the account due and the deviations.
 * axe (WCAG 2.1 A/AA), the keyboard, and a phone 390 px wide without horizontal scrolling.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol } from '@buurtwerk/core';
import { JaarsubsidieKlok } from '@buurtwerk/jaarsubsidies';
import { SubsidieregelsService } from '@buurtwerk/subsidieregels';
import { type TestContext, testContext } from '../../../test/harness';
import {
  axeOvertredingen,
  bouwWebApp,
  scroltHorizontaal,
  startBrowser,
  startWebServer,
  type TestBrowser,
} from '../../buurtportaal/test/browser';

describe('Jaarsubsidies in het regiepaneel', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    bouwWebApp('regiepaneel');
    ctx = await testContext({ GRAPHIQL: 'false' });
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();

    // A wijkraad with a grant for 2027: one advance paid, one reported change open.
    const klok = ctx.app.get(JaarsubsidieKlok);
    const beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' });
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const secretaris = await ctx.tokenFor(Rol.PARTNER, { sub: 'wijkraad-secretaris', name: 'Sanne' });
    const { organisatieRegistreren } = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
      'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
      { input: { naam: 'Wijkraad Heerlerbaan', soort: 'BUURTORGANISATIE', buurtIds: [] } },
      beheerder,
    );
    await ctx.gqlOk(
      'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
      { o: organisatieRegistreren.id, g: 'wijkraad-secretaris' },
      beheerder,
    );
    const { subsidieregelingVaststellen } = await ctx.gqlOk<{ subsidieregelingVaststellen: { id: string } }>(
      'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { id } }',
      {
        input: {
          code: 'JAAR_BUURTORG',
          naam: 'Jaarsubsidie buurtorganisaties',
          beschrijving: 'De jaarlijkse subsidie voor wijkraden.',
          geldigVan: '2026-01-01',
          schalen: ['BUURT'],
          aanvragers: ['ORGANISATIE'],
          beslistermijnWeken: 8,
          besluitvorming: 'AMBTELIJK',
          verdeelmethode: 'VOLGORDE_VAN_BINNENKOMST',
          voorwaarden: [],
        },
      },
      beleid,
    );
    await ctx.app
      .get(SubsidieregelsService)
      .subsidieplafondVaststellen(
        { regelingId: subsidieregelingVaststellen.id, periode: '2027', bedrag: 8_000_000 },
        { vandaag: '2026-06-01' },
      );
    const { jaarsubsidieregelingOpslaan } = await ctx.gqlOk<{ jaarsubsidieregelingOpslaan: { id: string } }>(
      'mutation($input: JaarsubsidieregelingInput!) { jaarsubsidieregelingOpslaan(input: $input) { id } }',
      {
        input: {
          code: 'WIJKRADEN',
          naam: 'Jaarsubsidie wijkraden',
          regelingCode: 'JAAR_BUURTORG',
          aanvraagUiterlijk: '10-01',
          verantwoordingUiterlijk: '04-29',
          voorschotschema: 'KWARTAAL',
          voorschotProcent: 80,
          accountantsverklaringVanaf: 5_000_000,
        },
      },
      beleid,
    );
    klok.zet('2026-09-15');
    const { jaarsubsidieAanvragen } = await ctx.gqlOk<{ jaarsubsidieAanvragen: { id: string } }>(
      'mutation($input: JaaraanvraagInput!) { jaarsubsidieAanvragen(input: $input) { id } }',
      {
        input: {
          regelingId: jaarsubsidieregelingOpslaan.id,
          organisatieId: organisatieRegistreren.id,
          boekjaar: 2027,
          gevraagdBedrag: 6_000_000,
          contactEmail: 'secretariaat@wijkraad.example',
          activiteiten: [
            {
              code: 'A1',
              omschrijving: 'Inloop in het buurthuis',
              buurtcodes: ['BU09171000'],
              doelgroepen: ['ouderen'],
              eenheid: 'ochtenden',
              gepland: 180,
            },
            {
              code: 'A2',
              omschrijving: 'Zomerspelen',
              buurtcodes: ['BU09171000'],
              doelgroepen: ['kinderen'],
              eenheid: 'dagen',
              gepland: 10,
            },
          ],
          begroting: [
            { code: 'K1', omschrijving: 'Coördinator', soort: 'KOSTEN', bedrag: 5_000_000 },
            { code: 'K2', omschrijving: 'Activiteiten', soort: 'KOSTEN', bedrag: 2_000_000 },
            { code: 'I1', omschrijving: 'Bijdragen', soort: 'EIGEN_INKOMSTEN', bedrag: 1_000_000 },
          ],
        },
      },
      secretaris,
    );
    klok.zet('2026-11-20');
    const { jaarsubsidieVerlenen } = await ctx.gqlOk<{ jaarsubsidieVerlenen: { betalingen: Array<{ id: string }> } }>(
      'mutation($id: ID!, $input: JaarsubsidieVerlenenInput!) { jaarsubsidieVerlenen(id: $id, input: $input) { betalingen { id } } }',
      {
        id: jaarsubsidieAanvragen.id,
        input: { bedrag: 6_000_000, motivering: 'Het plan past bij de buurtagenda en de begroting sluit.' },
      },
      beleid,
    );
    await ctx.gqlOk(
      'mutation($input: BetalingenVerwerktInput!) { jaarsubsidieBetalingenVerwerkt(input: $input) }',
      { input: { betalingIds: [jaarsubsidieVerlenen.betalingen[0].id], betaaldOp: '2027-01-04' } },
      beleid,
    );
    klok.zet('2027-08-15');
    await ctx.gqlOk(
      'mutation($id: ID!, $input: JaarsubsidieWijzigingInput!) { jaarsubsidieWijzigingMelden(id: $id, input: $input) { id } }',
      {
        id: jaarsubsidieAanvragen.id,
        input: { soort: 'ACTIVITEIT_VERVALT', betreft: 'A2', omschrijving: 'De zomerspelen gaan niet door.' },
      },
      secretaris,
    );
    klok.zet(null);
  });

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  const geenOvertredingen = async (): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
  };

  it('toont per organisatie het boekjaar, de betalingen, de verantwoording en de open melding', async () => {
    await page.goto(`${basis}/regiepaneel/inloggen`);
    await page.getByLabel('Token').fill(await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' }));
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText('Je bent ingelogd als Bea Beleid.').waitFor();
    await page.getByRole('link', { name: 'Jaarsubsidies' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jaarsubsidies' }).waitFor();
    // With the keyboard: the book year field, then 2027.
    await page.getByRole('textbox', { name: 'Boekjaar' }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2027');
    await page.getByText('1 organisatie').waitFor();
    await page.getByRole('heading', { level: 2, name: /Wijkraad Heerlerbaan/ }).waitFor();
    await page.getByText('Verantwoording uiterlijk 1 mei 2028, met accountantsverklaring').waitFor();
    const betalingen = page.getByRole('table', { name: 'Betalingen van Wijkraad Heerlerbaan' });
    expect(await betalingen.locator('tbody tr').count()).toBe(4);
    await betalingen.locator('tbody tr').first().getByText('Betaald').waitFor();
    await page.getByText('Melding (Awb 4:38), nog af te handelen: De zomerspelen gaan niet door.').waitFor();
    await geenOvertredingen();
  });

  it('past op een telefoon zonder horizontaal te scrollen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Jaarsubsidies' }).waitFor();
    await page.getByRole('textbox', { name: 'Boekjaar' }).fill('2027');
    await page.getByRole('heading', { level: 2, name: /Wijkraad Heerlerbaan/ }).waitFor();
    expect(await scroltHorizontaal(page)).toBe(false);
    await geenOvertredingen();
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
