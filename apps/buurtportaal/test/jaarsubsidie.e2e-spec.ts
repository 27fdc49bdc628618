/**
 * The Buurtportaal page of a buurtorganisatie's yearly subsidy (issue 22), in Chromium against the
 * real API and database: a member of the organisation sees the file, the payments and the letters,
 * and reports a change (Awb 4:38) with the form; errors at the field. axe on every state, the
 * keyboard, and a phone 390 px wide without horizontal scrolling.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol } from '@buurtwerk/core';
import { JaarsubsidieKlok } from '@buurtwerk/jaarsubsidies';
import { SubsidieregelsService } from '@buurtwerk/subsidieregels';
import { type TestContext, testContext } from '../../../test/harness';
import { axeOvertredingen, bouwWebApp, scroltHorizontaal, startBrowser, startWebServer, type TestBrowser } from './browser';

describe('Jaarsubsidie in het Buurtportaal', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;
  let secretaris: string;

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    ctx = await testContext({ GRAPHIQL: 'false' });
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();

    // A wijkraad with a grant for 2027: one advance paid, one reported change open.
    const klok = ctx.app.get(JaarsubsidieKlok);
    const beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' });
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    secretaris = await ctx.tokenFor(Rol.PARTNER, { sub: 'wijkraad-secretaris', name: 'Sanne' });
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
    klok.zet(null);
  });

  afterAll(async () => {
    ctx?.app.get(JaarsubsidieKlok).zet(null);
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  const geenOvertredingen = async (): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
  };

  it('toont het dossier met betalingen en brieven, en meldt een wijziging met het formulier (Awb 4:38)', async () => {
    await page.goto(`${basis}/buurtportaal/inloggen`);
    await page.getByLabel('Token').fill(secretaris);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText('Sanne', { exact: false }).first().waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jaarsubsidie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jaarsubsidie' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wijkraad Heerlerbaan: jaarsubsidie 2027' }).waitFor();
    expect(await page.getByRole('table', { name: 'Betalingen 2027' }).locator('tbody tr').count()).toBe(4);
    await page.getByText('Verlening van 20 november 2026').click();
    await page.getByText('Dit is het besluit over je jaarsubsidie', { exact: false }).waitFor();
    await page.getByText('De zomerspelen gaan niet door. (de gemeente kijkt ernaar)').waitFor();
    await geenOvertredingen();

    // Nothing chosen: the errors appear in the summary and at the field.
    await page.getByRole('button', { name: 'Wijziging melden' }).click();
    await page.getByText('Kies wat er verandert.').first().waitFor();
    await geenOvertredingen();

    // With the keyboard: choose a budget shift, the cost line, the amount and the explanation.
    await page.getByLabel('Wat verandert er?').selectOption('BEGROTINGSVERSCHUIVING');
    await page.getByLabel('Van welke kostenregel').selectOption('K2');
    await page.getByLabel('Bedrag dat verschuift (in euro)').fill('2.500');
    await page.getByLabel('Toelichting').focus();
    await page.keyboard.type('Minder materiaal nodig; het geld gaat naar extra inloopuren.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Je melding is ontvangen.', { exact: false }).waitFor();
    await page.getByText('Minder materiaal nodig; het geld gaat naar extra inloopuren. (de gemeente kijkt ernaar)').waitFor();
    await geenOvertredingen();
    const [rij] = (await ctx.dataSource.query(
      "SELECT soort, betreft, bedrag::int AS bedrag FROM jaarsubsidie_wijziging WHERE soort = 'BEGROTINGSVERSCHUIVING'",
    )) as Array<{ soort: string; betreft: string; bedrag: number }>;
    expect(rij).toEqual({ soort: 'BEGROTINGSVERSCHUIVING', betreft: 'K2', bedrag: 250_000 });
  });

  it('past op een telefoon zonder horizontaal te scrollen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Wijkraad Heerlerbaan: jaarsubsidie 2027' }).waitFor();
    expect(await scroltHorizontaal(page)).toBe(false);
    await geenOvertredingen();
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
