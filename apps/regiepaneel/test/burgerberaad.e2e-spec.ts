/**
 * The burgerberaad in both web apps, in Chromium against the real API and database: staff set an
 * assembly up in the Regiepaneel (a wrongly typed quota is explained at the field), a resident
 * volunteers in the Buurtportaal (consent required), staff compute the LEXIMIN distribution and
 * draw with the seed committed in advance (a wrong seed is refused at the field). axe (WCAG 2.1
 * A/AA) on every page and state.
 */
import { createHash } from 'node:crypto';
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

const ZAAD = 'drand-quicknet-ronde-99887766';
const ONDERWERP = 'Hoe maken we de Promenade levendiger?';

describe('Burgerberaad in regiepaneel en Buurtportaal', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let staf: Page;
  let bewoner: Page;

  beforeAll(async () => {
    bouwWebApp('regiepaneel');
    bouwWebApp('buurtportaal');
    ctx = await testContext({ GRAPHIQL: 'false' });
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

  it('stelt een burgerberaad in; een verkeerd getypt quotum staat bij het veld', async () => {
    await staf.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Burgerberaden', exact: true }).click();
    await staf.getByRole('heading', { level: 1, name: 'Burgerberaden' }).waitFor();
    await geenOvertredingen(staf);

    const form = staf.locator('#beraad-instellen');
    await form.getByLabel('Onderwerp').fill(ONDERWERP);
    await form.getByLabel('Beschrijving voor bewoners').fill('Drie avonden in het Glaspaleis, met vergoeding.');
    await form.getByLabel('Omvang van het beraad (aantal mensen)').fill('2');
    const morgen = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Datum').fill(morgen);
    await form.getByLabel('Kenmerken en quota').fill('Leeftijd\n- Jong 1-1\n- Oud: 1-1');
    await form.getByLabel('Bron van het openbare toevalsgetal').fill('drand quicknet, ronde 99887766');
    await form.getByLabel('SHA-256 van het zaad (niet verplicht)').fill(createHash('sha256').update(ZAAD).digest('hex'));
    await form.getByRole('button', { name: 'Burgerberaad instellen' }).click();
    await form.getByText('Regel 2: schrijf een waarde als “- naam: minimum-maximum”').waitFor();
    expect(await form.getByLabel('Kenmerken en quota').evaluate((e) => e === e.ownerDocument.activeElement)).toBe(true);
    await geenOvertredingen(staf);

    await form.getByLabel('Kenmerken en quota').fill('Leeftijd\n- Jong: 1-1\n- Oud: 1-1');
    await form.getByRole('button', { name: 'Burgerberaad instellen' }).click();
    await staf.getByRole('status').getByText(`Burgerberaad “${ONDERWERP}” is ingesteld`).waitFor();
    await geenOvertredingen(staf);
  });

  it('laat een bewoner zich aanmelden in het Buurtportaal, met toestemming', async () => {
    bewoner = await browser.context.newPage();
    await bewoner.goto(`${basis}/buurtportaal/inloggen`);
    await bewoner.getByLabel('Token').fill(await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-jan', name: 'Jan Jong' }));
    await bewoner.getByRole('button', { name: 'Token gebruiken' }).click();
    await bewoner.getByText('Je bent ingelogd als Jan Jong.').waitFor();
    await bewoner.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Burgerberaad', exact: true }).click();
    await bewoner.getByRole('heading', { level: 2, name: ONDERWERP }).waitFor();
    await geenOvertredingen(bewoner);

    const form = bewoner.getByRole('form', { name: `Aanmelden voor ${ONDERWERP}` });
    await form.getByRole('button', { name: 'Aanmelden voor de loting' }).click();
    await form.getByText('Kies bij “Leeftijd” wat bij je past.').first().waitFor();
    await form.getByText('Geef toestemming om mee te loten').first().waitFor();
    await geenOvertredingen(bewoner);

    await form.getByLabel('Je naam').fill('Jan Jong');
    await form.getByLabel('Jong', { exact: true }).check();
    // By keyboard: consent with Space, Tab to the button, Enter.
    await form.getByLabel('Ik geef toestemming om mijn naam en antwoorden te gebruiken voor de loting').focus();
    await bewoner.keyboard.press('Space');
    await bewoner.keyboard.press('Tab');
    expect((await actiefElement(bewoner)).tekst).toBe('Aanmelden voor de loting');
    await bewoner.keyboard.press('Enter');
    await bewoner.getByRole('heading', { level: 2, name: 'Je bent aangemeld' }).waitFor();
    await geenOvertredingen(bewoner);
    await bewoner.setViewportSize({ width: 390, height: 844 });
    expect(await scroltHorizontaal(bewoner)).toBe(false);
    await schermafdruk(bewoner, 'buurtportaal-burgerberaad');
  });

  it('berekent de verdeling met kansen en loot met het toegezegde zaad', async () => {
    // Three more volunteers through the API: one young, two old.
    const { burgerberaden } = await ctx.gqlOk<{ burgerberaden: Array<{ id: string }> }>('{ burgerberaden { id } }');
    for (const [i, leeftijd] of ['jong', 'oud', 'oud'].entries()) {
      await ctx.gqlOk(
        'mutation($input: BeraadAanmeldingInput!) { beraadAanmelden(input: $input) { id } }',
        {
          input: {
            beraadId: burgerberaden[0].id,
            naam: `Vrijwilliger ${i}`,
            kenmerken: [{ sleutel: 'leeftijd', waarde: leeftijd }],
            toestemming: true,
          },
        },
        await ctx.tokenFor(Rol.BEWONER),
      );
    }
    await staf.getByLabel('Burgerberaad', { exact: true }).selectOption({ label: `${ONDERWERP} (Aanmelden open)` });
    await staf.getByRole('rowheader', { name: 'Vrijwilliger 2' }).waitFor();
    await staf.getByRole('button', { name: 'Verdeling berekenen' }).click();
    await staf.getByRole('button', { name: 'Ja, verdeling berekenen' }).click();
    await staf.getByRole('status').getByText('De verdeling is berekend').waitFor();
    // Two young and two old volunteers, one seat each: everyone 50%.
    await staf.getByRole('cell', { name: '50,0%' }).first().waitFor();
    expect(await staf.getByRole('cell', { name: '50,0%' }).count()).toBe(4);
    await geenOvertredingen(staf);

    const loten = staf.locator('#beraad-loten');
    await loten.getByLabel('Zaad (het openbare toevalsgetal)').fill('een ander getal');
    await loten.getByRole('button', { name: 'Loten' }).click();
    await loten.getByText('Dit zaad past niet bij de vooraf bekendgemaakte hash').waitFor();
    await geenOvertredingen(staf);

    await loten.getByLabel('Zaad (het openbare toevalsgetal)').fill(ZAAD);
    await loten.getByRole('button', { name: 'Loten' }).click();
    await staf.getByRole('status').getByText(`Er is geloot voor “${ONDERWERP}”`).waitFor();
    await staf.getByText('Lotgetal').waitFor();
    await staf.getByRole('cell', { name: 'Ja', exact: true }).first().waitFor();
    expect(await staf.getByRole('cell', { name: 'Ja', exact: true }).count()).toBe(2);
    await geenOvertredingen(staf);
    await staf.setViewportSize({ width: 390, height: 844 });
    expect(await scroltHorizontaal(staf)).toBe(false);
    await schermafdruk(staf, 'regiepaneel-burgerberaad');
  });
});
