/**
 * The idea bank in the Buurtportaal: a resident searches stories of executed initiatives; the
 * matched words are marked; axe on every state. The story is made through the real API.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol } from '@buurtwerk/core';
import { initiatiefInput, opslaan, zetOp } from '../../api/test/initiatieven.helpers';
import { type TestContext, testContext } from '../../../test/harness';
import { axeOvertredingen, bouwWebApp, lekken, schermafdruk, startBrowser, startWebServer, type TestBrowser } from './browser';

describe('Ideeënbank in het Buurtportaal', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    ctx = await testContext({ GRAPHIQL: 'false' });
    const o = await zetOp(ctx, 1_000_000);
    const token = await ctx.tokenFor(Rol.BEWONER, { name: 'Ingrid Indiener' });
    const { id } = await opslaan(ctx, token, initiatiefInput(o, 10_000, 2_000, { titel: 'Speeltuin opknappen' }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id }, token);
    const { node } = await ctx.gqlOk<{ node: { aanvragen: Array<{ id: string; gereserveerdBedrag: number | null }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { aanvragen { id gereserveerdBedrag } } } }',
      { id },
      o.beleid,
    );
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id }, o.beleid);
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { status } }',
      {
        input: {
          initiatiefId: id,
          uitkomst: 'TOEGEKEND',
          motivering: 'Past binnen de regeling.',
          bedragen: node.aanvragen.map((a) => ({ aanvraagId: a.id, bedrag: a.gereserveerdBedrag ?? 0 })),
        },
      },
      o.beleid,
    );
    await ctx.gqlOk(
      'mutation($id: ID!) { uitvoeringMelden(id: $id, verslag: "Gelukt.", werkelijkeKosten: 9500) { status } }',
      { id },
      token,
    );
    await ctx.gqlOk(
      'mutation($input: IdeeverhaalInput!) { ideeverhaalPubliceren(input: $input) { id } }',
      {
        input: {
          initiatiefId: id,
          watGedaan: 'We hebben de speeltuin aan de Kerkstraat geschilderd.',
          voorWie: 'Kinderen uit de buurt',
          watWerkte: 'Samen werken op zaterdag.',
          watNiet: 'De verf droogde slecht in de regen.',
          thema: 'SPORT_EN_SPEL',
        },
      },
      token,
    );
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();
  }, 300_000);

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  it('vindt met "speeltuinen" het verhaal over de speeltuin, met het woord gemarkeerd', async () => {
    await page.goto(`${basis}/buurtportaal/ideeenbank`);
    await page.getByText('1 verhaal gevonden.').waitFor();
    expect(await axeOvertredingen(page)).toEqual([]);
    await page.getByLabel('Zoek op een woord').fill('speeltuinen');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.locator('mark', { hasText: 'speeltuin' }).first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Speeltuin opknappen' }).waitFor();
    await page.getByText('€ 95,00').waitFor();
    expect(await axeOvertredingen(page)).toEqual([]);
    expect(await lekken(page)).toEqual([]);
    expect(await page.locator('main').innerText()).not.toContain('Ingrid');
    await schermafdruk(page, 'buurtportaal-ideeenbank');

    await page.getByLabel('Zoek op een woord').fill('zwembad');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Geen verhalen gevonden. Probeer een ander woord.').waitFor();
    expect(await axeOvertredingen(page)).toEqual([]);
  }, 120_000);
});
