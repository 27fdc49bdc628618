/**
 * What a resident does with a submitted initiative in the Buurtportaal: supply the information
 * the municipality asked for, withdraw it (after confirming), report the execution after a grant,
 * and a partner applying on behalf of their organisation. Staff act through the real API; the
 * resident in Chromium; axe on every new page and state.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol } from '@buurtwerk/core';
import { initiatiefInput, type Opzet, opslaan, zetOp } from '../../api/test/initiatieven.helpers';
import { type TestContext, testContext } from '../../../test/harness';
import {
  actiefElement,
  axeOvertredingen,
  bouwWebApp,
  schermafdruk,
  startBrowser,
  startWebServer,
  type TestBrowser,
} from './browser';

describe('Mijn initiatieven: aanvullen, intrekken, uitvoering melden en aanvragen als organisatie', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let opzet: Opzet;
  let bewoner: string;
  let regisseur: string;
  let page: Page;

  const STATUS = `query($id: ID!) { node(id: $id) { ... on Initiatief { status beslissenUiterlijk verslag werkelijkeKosten
    historie { naar toelichting } aanvragen { gevraagdBedrag eigenBijdrage gereserveerdBedrag } } } }`;
  interface Stand {
    status: string;
    beslissenUiterlijk: string | null;
    verslag: string | null;
    werkelijkeKosten: number | null;
    historie: Array<{ naar: string; toelichting: string | null }>;
    aanvragen: Array<{ gevraagdBedrag: number | null; eigenBijdrage: number | null; gereserveerdBedrag: number | null }>;
  }
  const stand = async (id: string): Promise<Stand> => (await ctx.gqlOk<{ node: Stand }>(STATUS, { id }, regisseur)).node;

  /** A submitted initiative of the resident, optionally taken into handling by staff. */
  async function ingediend(titel: string, gevraagd = 50_000): Promise<string> {
    const { id } = await opslaan(ctx, bewoner, initiatiefInput(opzet, gevraagd, 10_000, { titel }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id }, bewoner);
    return id;
  }
  const inBehandeling = (id: string) =>
    ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id }, regisseur);

  const geenOvertredingen = async (): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
  };
  const kaart = (titel: string) =>
    page.locator('section.buurtwerk-blok').filter({ has: page.getByRole('heading', { level: 2, name: titel }) });

  async function inloggen(token: string, naam: string): Promise<void> {
    await page.goto(`${basis}/buurtportaal/inloggen`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText(`Je bent ingelogd als ${naam}.`).waitFor();
  }

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    ctx = await testContext({ GRAPHIQL: 'false' });
    opzet = await zetOp(ctx, 1_000_000);
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-flo', name: 'Flo Aanvuller' });
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { name: 'Rik Regisseur' });
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();
    await inloggen(bewoner, 'Flo Aanvuller');
  });

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  it('laat de bewoner zien wat de gemeente vraagt en de aanvulling geven', async () => {
    const id = await ingediend('Moestuin Schandelen');
    await inBehandeling(id);
    await ctx.gqlOk(
      'mutation($id: ID!, $t: String!) { aanvullingVragen(id: $id, toelichting: $t, termijnDagen: 14) { id } }',
      { id, t: 'Stuur een begroting mee: wat kosten de zaden en het gereedschap?' },
      regisseur,
    );

    await page.goto(`${basis}/buurtportaal/mijn-initiatieven`);
    const moestuin = kaart('Moestuin Schandelen');
    await moestuin.getByText('De gemeente vraagt je om aanvulling: Stuur een begroting mee', { exact: false }).waitFor();
    expect(await moestuin.getByTestId('status').textContent()).toBe('Aanvulling gevraagd');
    await geenOvertredingen();

    await moestuin.getByRole('link', { name: 'Aanvulling geven voor “Moestuin Schandelen”' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanvulling geven' }).waitFor();
    expect(await page.getByTestId('aanvullingsverzoek').textContent()).toBe(
      'Stuur een begroting mee: wat kosten de zaden en het gereedschap?',
    );
    // The form holds the submitted request, ready to amend; no draft saving here.
    expect(await page.locator('[name=titel]').inputValue()).toBe('Moestuin Schandelen');
    expect(await page.getByRole('button', { name: 'Concept opslaan' }).count()).toBe(0);
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-aanvulling');

    const beschrijving = page.locator('[name=beschrijving]');
    await beschrijving.fill(
      'Een gezamenlijke moestuin. Begroting: zaden 150 euro, gereedschap 450 euro; wij dragen 100 euro bij.',
    );
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { level: 2, name: 'Stap 2 van 3: Ondersteuning kiezen' }).waitFor();
    const gevraagd = page.locator(`[name=gevraagd-${opzet.geldId}]`);
    expect(await gevraagd.inputValue()).toBe('500');
    await gevraagd.fill('600');
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { level: 2, name: 'Stap 3 van 3: Controleren en indienen' }).waitFor();
    await page.getByText('Na het versturen behandelt de gemeente je aangevulde aanvraag verder.').waitFor();
    await geenOvertredingen();
    await page.getByRole('button', { name: 'Aanvulling versturen' }).click();

    await page.getByRole('heading', { level: 2, name: 'Je aanvulling is verstuurd' }).waitFor();
    expect((await actiefElement(page)).tekst).toBe('Je aanvulling is verstuurd');
    await page.getByText('In behandeling', { exact: true }).waitFor();
    await geenOvertredingen();

    const na = await stand(id);
    expect(na.status).toBe('IN_BEHANDELING');
    expect(na.aanvragen[0]).toMatchObject({ gevraagdBedrag: 60_000, gereserveerdBedrag: 60_000 });
    expect(na.historie.at(-1)).toEqual({ naar: 'IN_BEHANDELING', toelichting: 'Aanvulling aangeleverd.' });

    // The request is answered: the page does not offer it a second time.
    await page.goto(`${basis}/buurtportaal/idee/${id}/aanvullen`);
    await page.getByRole('alert').getByText('vraagt de gemeente nu geen aanvulling', { exact: false }).waitFor();
    await geenOvertredingen();
  });

  it('trekt een initiatief pas in na bevestiging en geeft het gereserveerde geld vrij', async () => {
    const id = await ingediend('Buurtbarbecue Molenberg');
    await page.goto(`${basis}/buurtportaal/mijn-initiatieven`);
    const bbq = kaart('Buurtbarbecue Molenberg');
    await bbq.getByRole('button', { name: 'Initiatief intrekken' }).click();
    const vraag = bbq.getByRole('heading', { level: 3, name: 'Weet je zeker dat je “Buurtbarbecue Molenberg” wilt intrekken?' });
    await vraag.waitFor();
    expect((await actiefElement(page)).tekst).toBe('Weet je zeker dat je “Buurtbarbecue Molenberg” wilt intrekken?');
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-intrekken');

    // "Niet intrekken" changes nothing and gives focus back to the button.
    await bbq.getByRole('button', { name: 'Niet intrekken' }).click();
    expect((await actiefElement(page)).tekst).toBe('Initiatief intrekken');
    expect((await stand(id)).status).toBe('INGEDIEND');

    await page.keyboard.press('Enter');
    await vraag.waitFor();
    await bbq.getByLabel('Waarom trek je het in? (niet verplicht)').fill('Het park is die dag al bezet.');
    await bbq.getByRole('button', { name: 'Ja, intrekken' }).click();
    await page.getByText('Je initiatief “Buurtbarbecue Molenberg” is ingetrokken.').waitFor();
    await bbq.getByTestId('status').getByText('Ingetrokken').waitFor();
    expect(await bbq.getByRole('button', { name: 'Initiatief intrekken' }).count()).toBe(0);
    await geenOvertredingen();

    const na = await stand(id);
    expect(na.status).toBe('INGETROKKEN');
    expect(na.historie.at(-1)).toEqual({ naar: 'INGETROKKEN', toelichting: 'Het park is die dag al bezet.' });
    expect(na.aanvragen[0].gereserveerdBedrag).toBe(0);
  });

  it('toont de weigering van de API als het intrekken niet meer kan', async () => {
    const id = await ingediend('Zomerschool Hoensbroek');
    await page.goto(`${basis}/buurtportaal/mijn-initiatieven`);
    const school = kaart('Zomerschool Hoensbroek');
    await school.getByRole('button', { name: 'Initiatief intrekken' }).click();
    // Meanwhile (in another tab) it was withdrawn already: the second withdrawal is refused.
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIntrekken(id: $id) { id } }', { id }, bewoner);
    await school.getByRole('button', { name: 'Ja, intrekken' }).click();
    await school.getByRole('alert').waitFor();
    expect(await school.getByRole('alert').textContent()).toMatch(/\S/);
    await geenOvertredingen();
  });

  it('meldt na een toekenning de uitvoering met verslag en werkelijke kosten, en toont de vaststelling met grond en motivering (Awb 4:46)', async () => {
    const id = await ingediend('Kunstroute Heerlerheide', 40_000);
    await inBehandeling(id);
    const { node } = await ctx.gqlOk<{ node: { aanvragen: Array<{ id: string; gevraagdBedrag: number | null }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { aanvragen { id gevraagdBedrag } } } }',
      { id },
      regisseur,
    );
    const geld = node.aanvragen.find((a) => a.gevraagdBedrag !== null)!;
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { id } }',
      {
        input: {
          initiatiefId: id,
          uitkomst: 'TOEGEKEND',
          motivering: 'Past bij de regeling.',
          bedragen: [{ aanvraagId: geld.id, bedrag: 40_000 }],
        },
      },
      opzet.beleid,
    );

    await page.goto(`${basis}/buurtportaal/mijn-initiatieven`);
    await kaart('Kunstroute Heerlerheide')
      .getByRole('link', { name: 'Uitvoering melden voor “Kunstroute Heerlerheide”' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Uitvoering melden' }).waitFor();
    await page.getByText('met € 400,00', { exact: false }).waitFor();
    await geenOvertredingen();

    // Empty and malformed input: every problem named, focus on the first field.
    await page.getByLabel('Werkelijke kosten in euro’s').fill('12,345');
    await page.getByRole('button', { name: 'Verslag versturen' }).click();
    await page.getByRole('alert').getByText('Er zijn 2 punten om te verbeteren', { exact: false }).waitFor();
    expect((await actiefElement(page)).naam).toBe('verslag');
    expect(await page.locator('[name=kosten]').getAttribute('aria-invalid')).toBe('true');
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-uitvoering-melden');

    await page.keyboard.type('Zestig bewoners liepen de route; twaalf kunstenaars uit de buurt exposeerden.');
    await page.getByLabel('Werkelijke kosten in euro’s').fill('385,50');
    await page.getByRole('button', { name: 'Verslag versturen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Bedankt voor je verslag' }).waitFor();
    await geenOvertredingen();

    const na = await stand(id);
    expect(na).toMatchObject({
      status: 'UITGEVOERD',
      verslag: 'Zestig bewoners liepen de route; twaalf kunstenaars uit de buurt exposeerden.',
      werkelijkeKosten: 38_550,
    });
    await page.goto(`${basis}/buurtportaal/mijn-initiatieven`);
    const route = kaart('Kunstroute Heerlerheide');
    await route.getByText('Werkelijke kosten: € 385,50').waitFor();
    expect(await route.getByRole('link', { name: /Uitvoering melden/ }).count()).toBe(0);
    // Reporting twice is not offered, and the page says why when opened directly.
    await page.goto(`${basis}/buurtportaal/uitvoering/${id}`);
    await page.getByRole('alert').getByText('alleen melden als je initiatief is toegekend', { exact: false }).waitFor();

    // Awb 4:46: staff settle lower, on the actual costs; the resident reads the ground and the reason.
    await ctx.gqlOk(
      `mutation($id: ID!, $b: [ToekenningInput!]!, $t: String) {
        subsidieVaststellen(id: $id, bedragen: $b, toelichting: $t, grond: WERKELIJKE_KOSTEN_LAGER) { id } }`,
      {
        id,
        b: [{ aanvraagId: geld.id, bedrag: 38_550 }],
        t: 'De route kostte minder dan begroot; we vergoeden de werkelijke kosten.',
      },
      opzet.beleid,
    );
    await page.goto(`${basis}/buurtportaal/mijn-initiatieven`);
    const vastgesteld = kaart('Kunstroute Heerlerheide');
    await vastgesteld.getByRole('heading', { level: 3, name: 'Vaststelling van de subsidie' }).waitFor();
    await vastgesteld.getByText('omdat de werkelijke kosten lager waren dan begroot', { exact: false }).waitFor();
    await vastgesteld
      .getByText('De route kostte minder dan begroot; we vergoeden de werkelijke kosten.', { exact: true })
      .waitFor();
    await geenOvertredingen();
  });

  it('laat een partner aanvragen namens de organisatie', async () => {
    const { organisatieRegistreren: org } = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
      'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
      { input: { naam: 'Stichting Buurtkracht Heerlen', soort: 'STICHTING', buurtIds: [opzet.buurtId] } },
      regisseur,
    );
    // Only the organisations a BEHEERDER linked the user to are offered (and accepted by the API).
    await ctx.gqlOk(
      'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
      { o: org.id, g: 'partner-pien' },
      await ctx.tokenFor(Rol.BEHEERDER),
    );
    const partner = await ctx.tokenFor(Rol.PARTNER, { sub: 'partner-pien', name: 'Pien Partner' });
    await inloggen(partner, 'Pien Partner');
    await page.goto(`${basis}/buurtportaal/idee`);
    await page.getByRole('heading', { level: 2, name: 'Stap 1 van 3: Over je idee' }).waitFor();
    await page.locator('[name=titel]').fill('Repair café Meezenbroek');
    await page.locator('[name=beschrijving]').fill('Elke maand samen spullen repareren in het buurthuis.');
    await page.getByLabel('Buurt', { exact: true }).selectOption(opzet.buurtId);
    await page.getByLabel('Een organisatie').check();
    // Choosing "an organisation" without choosing which one is a format error.
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('alert').getByText('Organisatie: Kies de organisatie namens wie je aanvraagt.').waitFor();
    expect((await actiefElement(page)).naam).toBe('organisatie');
    await geenOvertredingen();

    await page.getByLabel('Namens welke organisatie?').selectOption(org.id);
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { level: 2, name: 'Stap 2 van 3: Ondersteuning kiezen' }).waitFor();
    await page.getByLabel('Partytent lenen BUURTAKTIE_TEST', { exact: false }).check();
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { level: 2, name: 'Stap 3 van 3: Controleren en indienen' }).waitFor();
    await page.locator('dd').getByText('Stichting Buurtkracht Heerlen', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Idee indienen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Je idee is ingediend' }).waitFor();

    await page.goto(`${basis}/buurtportaal/mijn-initiatieven`);
    const cafe = kaart('Repair café Meezenbroek');
    await cafe.getByText('Stichting Buurtkracht Heerlen (organisatie)').waitFor();
    await geenOvertredingen();
    const { mijnInitiatieven } = await ctx.gqlOk<{
      mijnInitiatieven: Array<{ aanvragerSoort: string; organisatie: { id: string } | null }>;
    }>('{ mijnInitiatieven { aanvragerSoort organisatie { id } } }', {}, partner);
    expect(mijnInitiatieven).toEqual([{ aanvragerSoort: 'ORGANISATIE', organisatie: { id: org.id } }]);
  });
});
