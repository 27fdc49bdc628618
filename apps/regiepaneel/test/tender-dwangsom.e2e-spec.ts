/**
 * Issue 17 in the Regiepaneel, in Chromium against the real API and database: scoring a tender's
 * requests with reasons and allocating it (Awb 4:26), and deciding on the penalty after a notice of
 * default (Awb 4:17-4:18). axe (WCAG 2.1 A/AA) on every state.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { amsterdamseDatum, plusDagen, Rol } from '@buurtwerk/core';
import { SubsidieregelsService } from '@buurtwerk/subsidieregels';
import { initiatiefInput, type Opzet, opslaan, zetOp } from '../../api/test/initiatieven.helpers';
import { databaseId } from '../../api/test/buurtpanel.helpers';
import { type TestContext, testContext } from '../../../test/harness';
import { axeOvertredingen, bouwWebApp, startBrowser, startWebServer, type TestBrowser } from '../../buurtportaal/test/browser';

describe('Tender en dwangsom in het regiepaneel (Awb 4:26, 4:17, 4:18)', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;
  let opzet: Opzet;
  let bewoner: string;

  const vandaag = () => amsterdamseDatum(new Date());
  const geenOvertredingen = async (): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
  };

  beforeAll(async () => {
    bouwWebApp('regiepaneel');
    ctx = await testContext({ GRAPHIQL: 'false' });
    opzet = await zetOp(ctx, 1_000_000);
    bewoner = await ctx.tokenFor(Rol.BEWONER, { name: 'Tara Tender' });
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();
    await page.goto(`${basis}/regiepaneel/inloggen`);
    await page.getByLabel('Token').fill(opzet.beleid);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText('Ingelogd als Bea Beleid (beleidsmedewerker)').waitFor();
  });

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  it('Awb 4:26: scoort de aanvragen van een tender per criterium met reden en verdeelt het plafond in volgorde', async () => {
    const { subsidieregelingVaststellen: regeling } = await ctx.gqlOk<{ subsidieregelingVaststellen: { id: string } }>(
      'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { id } }',
      {
        input: {
          code: 'TENDER_BROWSER',
          naam: 'Groene buurt (tender)',
          beschrijving: 'Plannen voor meer groen, vergeleken op bereik.',
          geldigVan: '2020-01-01',
          schalen: ['BUURT'],
          aanvragers: ['BEWONER', 'BEWONERSGROEP'],
          maximumBedrag: null,
          beslistermijnWeken: 13,
          besluitvorming: 'AMBTELIJK',
          verdeelmethode: 'VERGELIJKENDE_BEOORDELING',
          voorwaarden: [],
          aanvraagperiodeVan: plusDagen(vandaag(), -10),
          aanvraagperiodeTot: vandaag(),
          criteria: [{ code: 'BEREIK', omschrijving: 'Hoeveel bewoners doen mee', gewicht: 1 }],
        },
      },
      opzet.beleid,
    );
    // The ceiling of this year, published before it began (Awb 4:22): room for one of the two plans.
    await ctx.app
      .get(SubsidieregelsService)
      .subsidieplafondVaststellen(
        { regelingId: regeling.id, periode: opzet.jaar, bedrag: 60_000 },
        { vandaag: `${Number(opzet.jaar) - 1}-12-01` },
      );
    const groenId = (
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
        opzet.beleid,
      )
    ).instrumentToevoegen.id;
    const indienen = async (titel: string) => {
      const { id } = await opslaan(ctx, bewoner, {
        ...initiatiefInput(opzet),
        titel,
        aanvragen: [{ instrumentId: groenId, gevraagdBedrag: 50_000, toelichting: 'Planten en bakken.' }],
      });
      const { initiatiefIndienen } = await ctx.gqlOk<{ initiatiefIndienen: { referentie: string } }>(
        'mutation($id: ID!) { initiatiefIndienen(id: $id) { referentie } }',
        { id },
        bewoner,
      );
      return { id, referentie: initiatiefIndienen.referentie };
    };
    const bomen = await indienen('Bomen in de straat');
    const geveltuin = await indienen('Geveltuinen');
    // Both were received three days ago and the window closed yesterday: the allocation may run (Awb 4:26).
    await ctx.dataSource.query(
      `UPDATE initiatief SET volledig_ontvangen_op = volledig_ontvangen_op - interval '3 days',
              ingediend_op = ingediend_op - interval '3 days', ingediend_datum = ingediend_datum - 3
        WHERE id = ANY($1::uuid[])`,
      [[databaseId(bomen.id), databaseId(geveltuin.id)]],
    );
    await ctx.dataSource.query('UPDATE subsidieregeling SET aanvraagperiode_tot = $2 WHERE id = $1', [
      databaseId(regeling.id),
      plusDagen(vandaag(), -1),
    ]);

    await page.goto(`${basis}/regiepaneel/tenders`);
    await page.getByRole('heading', { level: 1, name: 'Tenders' }).waitFor();
    await page.getByLabel('Tender', { exact: true }).selectOption({ label: 'Groene buurt (tender)' });
    await page.getByRole('heading', { level: 2, name: 'Groene buurt (tender)' }).waitFor();
    await page.getByText('Alles of niets per aanvraag.', { exact: false }).waitFor();
    await geenOvertredingen();

    const scoor = async (referentie: string, score: string, reden: string) => {
      const formulier = page.getByRole('form', { name: `Beoordelen: ${referentie}` });
      await formulier.getByRole('textbox', { name: 'Score (0 tot en met 10)' }).fill(score);
      await formulier.getByRole('textbox', { name: 'Waarom deze score' }).fill(reden);
      await formulier.getByRole('button', { name: 'Scores opslaan' }).click();
      await page.getByText(`Je scores voor ${referentie} zijn opgeslagen.`).waitFor();
    };
    // A score outside 0-10 is refused in plain Dutch before anything is sent.
    const eerste = page.getByRole('form', { name: `Beoordelen: ${bomen.referentie}` });
    await eerste.getByRole('textbox', { name: 'Score (0 tot en met 10)' }).fill('11');
    await eerste.getByRole('button', { name: 'Scores opslaan' }).click();
    await eerste.getByText('Een score is een geheel getal van 0 tot en met 10.').waitFor();
    await geenOvertredingen();
    await scoor(bomen.referentie, '4', 'Een straat doet mee; weinig bewoners betrokken bij het onderhoud.');
    await scoor(geveltuin.referentie, '9', 'Dertig huishoudens doen mee en onderhouden hun eigen geveltuin.');
    await page.getByRole('table', { name: 'Scores met reden' }).getByText('Dertig huishoudens', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Tender verdelen' }).click();
    await page.getByRole('button', { name: 'Ja, verdelen' }).click();
    await page.getByText('De tender is verdeeld; elke aanvraag heeft haar besluit.').waitFor();
    await geenOvertredingen();

    const status = async (id: string) =>
      (
        await ctx.gqlOk<{ node: { status: string } }>(
          'query($id: ID!) { node(id: $id) { ... on Initiatief { status } } }',
          { id },
          opzet.beleid,
        )
      ).node.status;
    // Ranked by score: the geveltuinen first get the money; the rest does not fit (all or nothing).
    expect(await status(geveltuin.id)).toBe('TOEGEKEND');
    expect(await status(bomen.id)).toBe('AFGEWEZEN');
  });

  it('Awb 4:18: stelt de dwangsom vast na een ingebrekestelling, met een echte motivering', async () => {
    const { id } = await opslaan(ctx, bewoner, initiatiefInput(opzet, 50_000, 10_000, { titel: 'Te laat beslist' }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id }, bewoner);
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id }, opzet.beleid);
    await ctx.dataSource.query('UPDATE initiatief SET beslissen_uiterlijk = $2 WHERE id = $1', [
      databaseId(id),
      plusDagen(vandaag(), -40),
    ]);
    await ctx.gqlOk('mutation($id: ID!) { ingebrekestellingIndienen(id: $id) { id } }', { id }, bewoner);
    // The notice was received 30 days ago: the penalty ran for two weeks and stops at the decision (Awb 4:17).
    await ctx.dataSource.query('UPDATE initiatief SET ingebrekestelling_ontvangen = $2 WHERE id = $1', [
      databaseId(id),
      plusDagen(vandaag(), -30),
    ]);
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { id } }',
      {
        input: {
          initiatiefId: id,
          uitkomst: 'AFGEWEZEN',
          motivering: 'Het plan past niet binnen de voorwaarden van de regeling.',
        },
      },
      opzet.beleid,
    );

    await page.goto(`${basis}/regiepaneel/initiatief/${id}`);
    const formulier = page.locator('form[aria-labelledby="dwangsom-kop"]');
    await formulier.getByRole('heading', { level: 2, name: 'Dwangsom vaststellen' }).waitFor();
    await formulier.getByText('de dwangsom is gestopt na', { exact: false }).waitFor();
    await geenOvertredingen();
    await formulier.getByRole('radio', { name: /^Ja, € / }).check();
    await formulier.getByRole('textbox', { name: 'Motivering' }).fill('.');
    await formulier.getByRole('button', { name: 'Dwangsom vaststellen' }).click();
    await formulier.getByText('Awb 3:46', { exact: false }).waitFor();
    await geenOvertredingen();
    await formulier
      .getByRole('textbox', { name: 'Motivering' })
      .fill('We hebben te laat beslist; de wettelijke dwangsom is verschuldigd.');
    await formulier.getByRole('button', { name: 'Dwangsom vaststellen' }).click();
    await page.getByText('Dwangsom vaststellen: vastgelegd.').waitFor();
    const { node } = await ctx.gqlOk<{
      node: { dwangsom: { bedrag: number; besluit: { verschuldigd: boolean; bedrag: number } } };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { dwangsom { bedrag besluit { verschuldigd bedrag } } } } }',
      { id },
      opzet.beleid,
    );
    expect(node.dwangsom.besluit).toEqual({ verschuldigd: true, bedrag: node.dwangsom.bedrag });
    expect(node.dwangsom.bedrag).toBeGreaterThan(0);
    // Decided once: the file shows the decision and the form is gone once the file is read again.
    await page.getByText('Vastgesteld: €', { exact: false }).waitFor();
    await page.locator('form[aria-labelledby="dwangsom-kop"]').waitFor({ state: 'detached' });
    await geenOvertredingen();
  });
});
