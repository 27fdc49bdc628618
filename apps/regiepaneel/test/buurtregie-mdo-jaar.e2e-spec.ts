/**
 * Buurtregie's second half in the Regiepaneel (issue 20), in Chromium against the real API: a
 * buurtregisseur plans an MDO, reads its agenda drawn from the record, turns a decision on an
 * overdue signal into an action for a department and records the minutes; policy staff draw up and
 * adopt the uitvoeringsprogramma; the year report shows its charts with their data tables. Every
 * state is checked with axe (WCAG 2.1 A/AA); the report also on a phone (390 px) and by keyboard.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { amsterdamseDatum, plusDagen, Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import {
  actiefElement,
  axeOvertredingen,
  bouwWebApp,
  lekken,
  schermafdruk,
  scroltHorizontaal,
  startBrowser,
  startWebServer,
  type TestBrowser,
} from '../../buurtportaal/test/browser';

describe('Overleg (MDO), uitvoeringsprogramma en jaarverslag in het regiepaneel', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;
  let regisseur: string;
  let beleid: string;
  let referentie: string;
  const vandaag = amsterdamseDatum(new Date());

  beforeAll(async () => {
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
          gebruikerId: 'mdo-rik',
          email: 'rik@heerlen.nl',
        },
      },
      await ctx.tokenFor(Rol.BEHEERDER),
    );
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'mdo-rik', name: 'Rik Regisseur' });
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' });
    const bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'mdo-bo' });
    const { signaalMelden } = await ctx.gqlOk<{ signaalMelden: { referentie: string } }>(
      'mutation($input: SignaalInput!) { signaalMelden(input: $input) { referentie } }',
      { input: { buurtId: buurt.id, categorie: 'Groen', omschrijving: 'Boom hangt over het fietspad' } },
      bewoner,
    );
    referentie = signaalMelden.referentie;
    // The department let the term pass.
    await ctx.dataSource.query('UPDATE signaal SET reactie_uiterlijk = $1', [plusDagen(vandaag, -2)]);
    await ctx.gqlOk(
      'mutation($input: InstrumentInput!) { instrumentToevoegen(input: $input) { id } }',
      { input: { naam: 'Plantenpakket', soort: 'MATERIAAL', beschrijving: 'Planten voor geveltuinen.' } },
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

  async function inloggen(token: string, tekst: string): Promise<void> {
    await page.goto(`${basis}/regiepaneel/inloggen`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText(tekst).waitFor();
  }

  it('laat de buurtregisseur een overleg plannen, de agenda lezen, een actie op een signaal vastleggen en notuleren', async () => {
    await inloggen(regisseur, 'Ingelogd als Rik Regisseur (buurtregisseur)');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overleg (MDO)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Multidisciplinair overleg' }).waitFor();
    await page.getByText('Er zijn nog geen overleggen over jouw buurten.').waitFor();
    await geenOvertredingen();
    // Empty form: the errors at the fields, focus on the first.
    await page.getByRole('button', { name: 'Overleg plannen' }).click();
    await page.getByText('Vul een titel in.').first().waitFor();
    expect((await actiefElement(page)).naam).toBe('plan-titel');
    await geenOvertredingen();
    await page.getByLabel('Titel').fill('Buurtoverleg Terschuren');
    await page.getByLabel('Datum').fill(plusDagen(vandaag, -1));
    await page.getByLabel('Buurt', { exact: true }).selectOption({ label: 'Terschuren' });
    await page.getByLabel('Naam', { exact: true }).fill('Ans de Groen');
    await page.getByLabel('Afdeling', { exact: true }).selectOption('Groenbeheer');
    await page.getByRole('button', { name: 'Overleg plannen' }).click();
    await page.getByText('Het overleg “Buurtoverleg Terschuren” is gepland.').waitFor();

    await page.getByRole('button', { name: 'Buurtoverleg Terschuren' }).click();
    await page.getByText(`${referentie} Groen, bij Groenbeheer`, { exact: false }).waitFor();
    await geenOvertredingen();
    await page.getByLabel('Besluit', { exact: true }).fill('Boom snoeien en het fietspad vrijmaken');
    await page.locator('#actie-afdeling').selectOption('Beheer openbare ruimte');
    await page.getByLabel('Deadline').fill(vandaag);
    await page.getByLabel('Over signaal (niet verplicht)').selectOption({ label: `${referentie} Groen` });
    await page.getByRole('button', { name: 'Actie vastleggen' }).click();
    await page.getByText('De actie voor Beheer openbare ruimte is vastgelegd.').waitFor();
    const [s] = await ctx.dataSource.query<Array<{ status: string; afdeling: string }>>('SELECT status, afdeling FROM signaal');
    expect(s).toEqual({ status: 'DOORGEZET', afdeling: 'Beheer openbare ruimte' });
    await page.getByRole('button', { name: 'Buurtoverleg Terschuren' }).click();
    await page.getByLabel('Notulen (alleen voor medewerkers)').fill('Besproken: de boom bij het fietspad.');
    await page.getByRole('button', { name: 'Notulen vastleggen' }).click();
    await page.getByText('De notulen zijn vastgelegd.').waitFor();
    await page
      .getByRole('table', { name: 'Open acties, op deadline' })
      .getByText('Boom snoeien en het fietspad vrijmaken')
      .waitFor();
    await geenOvertredingen();
    expect(await lekken(page)).toEqual([]);
    await schermafdruk(page, 'regiepaneel-mdo');
  });

  it('laat beleid een uitvoeringsprogramma opstellen, een doel en budget toevoegen en vaststellen', async () => {
    await inloggen(beleid, 'Ingelogd als Bea Beleid (beleidsmedewerker)');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitvoeringsprogramma' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uitvoeringsprogramma' }).waitFor();
    await page.getByText('Er is nog geen uitvoeringsprogramma.').waitFor();
    await geenOvertredingen();
    await page.getByLabel('Titel').fill(`Uitvoeringsprogramma Heerlen ${vandaag.slice(0, 4)}`);
    await page.getByLabel('Inleiding').fill('Groen en ontmoeting staan dit jaar centraal.');
    await page.getByRole('button', { name: 'Opstellen' }).click();
    await page.getByText('is opgesteld als concept.', { exact: false }).waitFor();
    await page.getByLabel('Doel', { exact: true }).fill('Meer groen in de straten');
    await page.getByLabel('Eigenaar', { exact: true }).fill('Groenbeheer');
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByText('Het doel “Meer groen in de straten” is toegevoegd.').waitFor();
    await page.getByLabel('Instrument', { exact: true }).selectOption({ label: 'Plantenpakket' });
    await page.getByLabel('Budget in euro’s').fill('2500');
    await page.getByRole('button', { name: 'Budget vastleggen' }).click();
    await page.getByText('Het budget is vastgelegd', { exact: false }).waitFor();
    await page.getByLabel('Laatste dag').fill(plusDagen(vandaag, 14));
    await page.getByRole('button', { name: 'Openstellen' }).click();
    await page.getByText('Partners kunnen inbreng geven op', { exact: false }).waitFor();
    await page.getByText('Nog geen inbreng of evaluatie van partners.').waitFor();
    await geenOvertredingen();
    await page.getByRole('button', { name: 'Programma vaststellen' }).click();
    await page.getByText('is vastgesteld.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Evaluatie starten' }).waitFor();
    await geenOvertredingen();
    expect(await lekken(page)).toEqual([]);
  });

  it('toont het jaarverslag met grafieken en hun tabellen, ook op een telefoon en met het toetsenbord', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Jaarverslag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jaarverslag buurtregie' }).waitFor();
    await page.getByRole('table', { name: 'Signalen per afdeling in cijfers' }).waitFor();
    await page.getByText('Beheer openbare ruimte: 1 gemeld', { exact: false }).waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'regiepaneel-jaarverslag');
    // The signal was passed on by the MDO's action, so it counts for that department.
    // Keyboard: the area is chosen with the arrow keys; the report follows.
    await page.getByLabel('Gebied', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page
      .getByRole('heading', { level: 2, name: /^Heerlen|^[A-Z]/ })
      .first()
      .waitFor();
    await page.getByRole('table', { name: 'Initiatieven in cijfers' }).waitFor();
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await scroltHorizontaal(page)).toBe(false);
    await geenOvertredingen();
    const pdf = await page.request.get(`${basis}/api/v1/open-data/jaarverslag/pdf?jaar=${vandaag.slice(0, 4)}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
  });
});
