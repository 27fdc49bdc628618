/**
 * The buurtconciërge pilot in both web apps, in Chromium against the real API and database:
 * staff assign a concierge to a buurt (what is missing is explained at the fields and in the
 * error summary), a resident asks for help (with consent for the name) and reports something
 * (without), the concierge picks up, completes with an answer, passes the report to a
 * department as a signal and keeps the logbook (a name for a resident who did not consent is
 * refused at the field), the resident follows both under "Mijn verzoeken", and staff read the
 * pilot's figures per buurt as a chart with its table. axe (WCAG 2.1 A/AA) on every page and
 * state; keyboard; a phone 390 px wide does not scroll sideways.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol } from '@buurtwerk/core';
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

/** A text as an exact-start pattern (buurt names may hold regex characters). */
const begintMet = (tekst: string): RegExp => new RegExp(`^${tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

describe('Buurtconciërges in regiepaneel en Buurtportaal', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let staf: Page;
  let bewoner: Page;
  let concierge: Page;
  let buurt: string;
  let categorie: { naam: string; afdeling: string };

  const inloggen = async (page: Page, app: 'regiepaneel' | 'buurtportaal', token: string, naam: string): Promise<void> => {
    await page.goto(`${basis}/${app}/inloggen`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page
      .getByText(app === 'regiepaneel' ? `Ingelogd als ${naam}` : `Je bent ingelogd als ${naam}.`)
      .first()
      .waitFor();
  };

  beforeAll(async () => {
    bouwWebApp('regiepaneel');
    bouwWebApp('buurtportaal');
    ctx = await testContext({ GRAPHIQL: 'false' });
    const d = await ctx.gqlOk<{ buurt: { naam: string }; signaalcategorieen: Array<{ naam: string; afdeling: string }> }>(
      '{ buurt(code: "BU09171000") { naam } signaalcategorieen { naam afdeling } }',
    );
    buurt = d.buurt.naam;
    categorie = d.signaalcategorieen[0];
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    staf = await browser.context.newPage();
    await inloggen(staf, 'regiepaneel', await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' }), 'Bea Beleid');
  });

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  const geenOvertredingen = async (page: Page): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
    expect(await lekken(page)).toEqual([]);
  };

  it('stelt een conciërge aan; wat ontbreekt staat bij het veld en in de samenvatting', async () => {
    await staf.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Buurtconciërges', exact: true }).click();
    await staf.getByRole('heading', { level: 1, name: 'Buurtconciërges' }).waitFor();
    await geenOvertredingen(staf);
    const form = staf.locator('#concierge-aanstellen');
    await form.getByRole('checkbox').first().waitFor();
    await form.getByRole('button', { name: 'Conciërge aanstellen' }).click();
    await form.getByTestId('foutsamenvatting').getByText('Er zijn 4 punten om te verbeteren:').waitFor();
    await form.locator('.utrecht-form-field-error-message').getByText('Kies minstens één buurt.').waitFor();
    // Focus lands on the first field with an error (WCAG 3.3.1).
    expect((await actiefElement(staf)).naam).toBe('gebruikerId');
    await geenOvertredingen(staf);

    await form.getByLabel('Gebruikers-id').fill('concierge-karin');
    await form.getByLabel('Naam', { exact: true }).fill('Karin (voorbeeld)');
    await form.getByRole('checkbox', { name: begintMet(`${buurt} (`) }).check();
    await form.getByLabel('Beschikbaarheid').fill('ma–do 9.00–13.00, spreekuur in het buurthuis');
    await form.getByRole('button', { name: 'Conciërge aanstellen' }).click();
    await staf.getByRole('status').getByText(`Karin (voorbeeld) is buurtconciërge in ${buurt}.`).waitFor();
    await staf.getByRole('rowheader', { name: 'Karin (voorbeeld)' }).waitFor();
    await geenOvertredingen(staf);
  });

  it('laat een bewoner de conciërge van de buurt zien, iets vragen en iets melden', async () => {
    bewoner = await browser.context.newPage();
    // Who the concierge is and when is public; asking needs a sign-in, which returns here.
    await bewoner.goto(`${basis}/buurtportaal/buurtconcierge`);
    await bewoner.getByText('Karin (voorbeeld) (ma–do 9.00–13.00, spreekuur in het buurthuis)').waitFor();
    expect(await bewoner.getByRole('button', { name: 'Verzoek versturen' }).count()).toBe(0);
    await geenOvertredingen(bewoner);
    await bewoner.getByRole('main').getByRole('link', { name: 'Log eerst in' }).click();
    await bewoner.getByLabel('Token').fill(await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-piet', name: 'Piet' }));
    await bewoner.getByRole('button', { name: 'Token gebruiken' }).click();
    // Back on the page after signing in, now with the form.
    await bewoner.getByRole('button', { name: 'Verzoek versturen' }).waitFor();
    await bewoner
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Buurtconciërge', exact: true })
      .click();
    await bewoner.getByRole('heading', { level: 1, name: 'Buurtconciërge' }).waitFor();
    await bewoner.getByText('Karin (voorbeeld) (ma–do 9.00–13.00, spreekuur in het buurthuis)').waitFor();
    await geenOvertredingen(bewoner);

    // Only one pilot buurt: it is chosen already. Sent empty, the two other points are explained.
    await bewoner.getByRole('button', { name: 'Verzoek versturen' }).click();
    await bewoner.getByTestId('foutsamenvatting').getByText('Er zijn 2 punten om te verbeteren:').waitFor();
    await bewoner.getByText('Kies of je hulp vraagt of iets meldt.').first().waitFor();
    expect((await actiefElement(bewoner)).naam).toBe('soort');
    await geenOvertredingen(bewoner);

    // By keyboard: the radio button, the description, consent, send.
    await bewoner.keyboard.press('Space');
    await bewoner.getByLabel('Waarmee kan de conciërge je helpen?').fill('Kan iemand mijn container aan de straat zetten?');
    await bewoner.getByLabel('De conciërge mag mijn naam (Piet) zien en noteren').focus();
    await bewoner.keyboard.press('Space');
    await bewoner.keyboard.press('Tab');
    expect((await actiefElement(bewoner)).tekst).toBe('Verzoek versturen');
    await bewoner.keyboard.press('Enter');
    await bewoner.getByRole('status').getByText(`Je verzoek is verstuurd naar de conciërge in ${buurt}.`).waitFor();
    await geenOvertredingen(bewoner);

    await bewoner.getByLabel('Iets melden dat ik in de buurt zie').check();
    await bewoner.getByLabel('Wat zie je, en waar precies?').fill('Boomwortels drukken de stoep omhoog bij nummer 12.');
    await bewoner.getByRole('button', { name: 'Verzoek versturen' }).click();
    await bewoner.getByRole('status').getByText(`Je verzoek is verstuurd naar de conciërge in ${buurt}.`).waitFor();
    const mijn = bewoner.getByRole('region', { name: 'Mijn verzoeken' });
    await mijn.getByText('Boomwortels drukken de stoep omhoog bij nummer 12.').waitFor();
    expect(await mijn.getByText('Ontvangen, de conciërge heeft het nog niet opgepakt').count()).toBe(2);
    await geenOvertredingen(bewoner);
    await bewoner.setViewportSize({ width: 390, height: 844 });
    expect(await scroltHorizontaal(bewoner)).toBe(false);
    await schermafdruk(bewoner, 'buurtportaal-buurtconcierge');
  });

  it('laat de conciërge oppakken, afronden, doorzetten naar een afdeling en het logboek bijhouden', async () => {
    concierge = await browser.context.newPage();
    await inloggen(concierge, 'regiepaneel', await ctx.tokenFor(Rol.BEWONER, { sub: 'concierge-karin', name: 'Karin' }), 'Karin');
    await concierge
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Buurtconciërges', exact: true })
      .click();
    await concierge.getByRole('heading', { level: 2, name: 'Verzoeken in mijn buurten' }).waitFor();
    const hulp = concierge.getByRole('article').filter({ hasText: 'Kan iemand mijn container' });
    const melding = concierge.getByRole('article').filter({ hasText: 'Boomwortels' });
    // The name only where the resident consented.
    await hulp.getByText('Piet', { exact: true }).waitFor();
    await melding.getByText('Geen naam gedeeld (geen toestemming)').waitFor();
    await geenOvertredingen(concierge);

    await hulp.getByRole('button', { name: /^Oppakken: / }).click();
    await concierge.getByRole('status').getByText(`Je hebt de hulpvraag in ${buurt} opgepakt.`).waitFor();
    await hulp.getByRole('button', { name: 'Afronden' }).click();
    await hulp.getByText('Schrijf wat je hebt gedaan of wat je de bewoner laat weten.').first().waitFor();
    await hulp.getByTestId('foutsamenvatting').waitFor();
    await geenOvertredingen(concierge);
    await hulp.getByLabel('Reactie voor de bewoner').fill('Container staat elke dinsdagavond buiten; ik regel het met de buren.');
    await hulp.getByRole('button', { name: 'Afronden' }).click();
    await concierge.getByRole('status').getByText('Afgerond; de bewoner leest je reactie bij Mijn verzoeken.').waitFor();

    await melding.getByLabel('Doorzetten naar de afdeling van').selectOption(categorie.naam);
    await melding.getByLabel('Toelichting voor de afdeling (niet verplicht)').fill('Gezien van nr. 12 tot 20.');
    await melding.getByRole('button', { name: 'Doorzetten naar de afdeling' }).click();
    await concierge.getByRole('status').getByText(`Doorgezet naar ${categorie.afdeling} als signaal SIG-`).waitFor();
    await geenOvertredingen(concierge);

    // The logbook: a name for a resident who did not consent is refused at the field.
    const log = concierge.getByRole('form', { name: 'Regel in het logboek' });
    await log.getByLabel('Contact (een gesprek, een praatje)').check();
    await log.getByLabel('Categorie', { exact: true }).fill('openbare ruimte');
    await log.getByLabel('Tijd (minuten)').fill('90');
    await log.getByLabel('Wat gebeurde er?').fill('Stoep bekeken met de bewoner');
    await log.getByLabel('Naam van de bewoner (alleen met toestemming)').fill('Piet');
    const keuze = await log.locator('option', { hasText: `Melding in ${buurt}` }).textContent();
    await log.getByLabel('Hoort bij verzoek (niet verplicht)').selectOption({ label: keuze ?? '' });
    await log.getByRole('button', { name: 'Regel opslaan' }).click();
    await log
      .locator('.utrecht-form-field-error-message')
      .getByText('Deze bewoner gaf geen toestemming om de naam te noteren.')
      .waitFor();
    expect((await actiefElement(concierge)).naam).toBe('naamMetToestemming');
    await geenOvertredingen(concierge);
    await log.getByLabel('Naam van de bewoner (alleen met toestemming)').fill('');
    await log.getByRole('button', { name: 'Regel opslaan' }).click();
    await concierge.getByRole('status').getByText('De regel staat in je logboek.').waitFor();
    await concierge.getByRole('cell', { name: 'Stoep bekeken met de bewoner' }).waitFor();
    await geenOvertredingen(concierge);
    await concierge.setViewportSize({ width: 390, height: 844 });
    expect(await scroltHorizontaal(concierge)).toBe(false);
    await schermafdruk(concierge, 'regiepaneel-buurtconcierge');
  });

  it('laat de bewoner volgen wat er met de verzoeken gebeurde', async () => {
    await bewoner.reload();
    const mijn = bewoner.getByRole('region', { name: 'Mijn verzoeken' });
    await mijn.getByText('Container staat elke dinsdagavond buiten; ik regel het met de buren.').waitFor();
    await mijn.getByText('Doorgezet naar de afdeling die erover gaat').waitFor();
    await mijn.getByRole('link', { name: 'Mijn signalen' }).click();
    await bewoner.getByText('Toelichting van buurtconciërge Karin (voorbeeld): Gezien van nr. 12 tot 20.').waitFor();
    await geenOvertredingen(bewoner);
  });

  it('toont de pilotcijfers per buurt als grafiek met tabel', async () => {
    // One browser profile: the concierge's sign-in replaced the staff member's, so sign in again.
    await inloggen(staf, 'regiepaneel', await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' }), 'Bea Beleid');
    await staf.goto(`${basis}/regiepaneel/buurtconcierges`);
    const cijfers = staf.getByRole('region', { name: 'Pilotcijfers per buurt' });
    await cijfers.getByRole('rowheader', { name: buurt }).waitFor();
    const rij = cijfers.getByRole('row').filter({ has: staf.getByRole('rowheader', { name: buurt }) });
    // Requests 2, picked up 2, handled 2, (response time), follow-ups 1 (the signal), contacts 1, tasks 0, hours 1.5.
    const cellen = await rij.getByRole('cell').allInnerTexts();
    expect([cellen[0], cellen[1], cellen[2], cellen[4], cellen[5], cellen[6], cellen[7]]).toEqual([
      '2',
      '2',
      '2',
      '1',
      '1',
      '0',
      '1,5',
    ]);
    await cijfers.getByRole('figure').getByText(`${buurt}: 2 verzoeken, 1,5 uur.`).waitFor();
    await cijfers.getByLabel('Jaar').fill('20x6');
    await cijfers.getByRole('button', { name: 'Cijfers tonen' }).click();
    await cijfers.getByText('Vul een jaar in met vier cijfers').first().waitFor();
    await geenOvertredingen(staf);
    await cijfers.getByLabel('Jaar').fill('');
    await cijfers.getByRole('button', { name: 'Cijfers tonen' }).click();
    await cijfers.getByRole('table', { name: 'Pilotcijfers per buurt in cijfers, alle jaren' }).waitFor();
    await geenOvertredingen(staf);
    await staf.setViewportSize({ width: 390, height: 844 });
    expect(await scroltHorizontaal(staf)).toBe(false);
    await schermafdruk(staf, 'regiepaneel-pilotcijfers');
  });
});
