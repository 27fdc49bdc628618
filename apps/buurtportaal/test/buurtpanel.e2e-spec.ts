/**
 * The buurtpanel in both apps (issues 18 and 19): a member votes with a reason in the
 * Buurtportaal, the panel's advice is recorded, the official decides on it in the Regiepaneel on
 * behalf of the college, and the applicant reads the advice (without members' names) and who
 * decided. Chromium against the real API; axe and the leak scan on every new state.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import { Rol } from '@buurtwerk/core';
import { panelHulp, zetPanelregelingOp } from '../../api/test/buurtpanel.helpers';
import { initiatiefInput, type Opzet } from '../../api/test/initiatieven.helpers';
import { type TestContext, testContext } from '../../../test/harness';
import {
  actiefElement,
  axeOvertredingen,
  bouwWebApp,
  lekken,
  schermafdruk,
  startBrowser,
  startWebServer,
  type TestBrowser,
} from './browser';

describe('Buurtpanel: stemmen met een reden, advies, besluit namens het college', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let opzet: Opzet;
  let page: Page;
  let h: ReturnType<typeof panelHulp>;
  let initiatiefId: string;
  let flo: string;

  const geenOvertredingen = async (): Promise<void> => {
    expect(await axeOvertredingen(page)).toEqual([]);
    expect(await lekken(page)).toEqual([]);
  };

  async function inloggenPortaal(token: string, naam: string): Promise<void> {
    await page.goto(`${basis}/buurtportaal/inloggen`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText(`Je bent ingelogd als ${naam}.`).waitFor();
  }

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    bouwWebApp('regiepaneel');
    ctx = await testContext({ GRAPHIQL: 'false' });
    opzet = await zetPanelregelingOp(ctx, 1_000_000, 'BUURTAKTIE_WEB');
    h = panelHulp(ctx, opzet);
    flo = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-flo', name: 'Flo Aanvrager' });
    const panel = await h.panelInstellen(['lid-anna', 'lid-bert'], 2, 'Buurtpanel Schandelen');
    initiatiefId = (await h.inBehandeling(flo, initiatiefInput(opzet, 40_000, 5_000, { titel: 'Burendag in de Akerstraat' }))).id;
    const res = await h.voorleggen(initiatiefId, panel.id);
    expect(res.errors).toBeUndefined();
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  it('laat een panellid het plan lezen en stemmen met een reden, ook met het toetsenbord', async () => {
    await inloggenPortaal(await h.lid('lid-anna', 'Anna Lid'), 'Anna Lid');
    await page.goto(`${basis}/buurtportaal/mijn-panel`);
    await page.getByRole('heading', { level: 1, name: 'Mijn buurtpanel' }).waitFor();
    const kaart = page.locator('section.buurtwerk-blok').filter({
      has: page.getByRole('heading', { level: 2, name: 'Burendag in de Akerstraat' }),
    });
    await kaart.getByText('Buurtpanel Schandelen (2 leden; minstens 2 stemmen nodig voor een advies)').waitFor();
    await kaart.getByText('€ 400,00', { exact: false }).waitFor();
    await geenOvertredingen();

    // Nothing chosen and no reason: a linked summary, the first field gets focus.
    await kaart.getByRole('button', { name: 'Stem uitbrengen' }).click();
    const samenvatting = kaart.getByTestId('foutsamenvatting');
    await samenvatting.getByText('Er zijn 2 punten om te verbeteren:').waitFor();
    expect((await actiefElement(page)).naam).toMatch(/-keuze$/);
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-panel-fouten');

    // Keyboard only: the summary's second link goes to the reason.
    await samenvatting.getByRole('link', { name: /Waarom stem je zo/ }).click();
    expect((await actiefElement(page)).naam).toMatch(/-reden$/);
    await page.keyboard.type('Veel buren doen mee en het kost weinig.');
    await kaart.getByLabel('Voor: de gemeente kan dit toekennen').check();
    await kaart.getByRole('button', { name: 'Stem uitbrengen' }).click();
    await kaart
      .getByRole('status')
      .getByText('Je stem (voor) is opgeslagen; je kunt hem wijzigen zolang de stemming open is.')
      .waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-panel-stemmen');
    expect((await h.stemming(initiatiefId, await h.lid('lid-anna')))!.mijnStem).toEqual({
      keuze: 'VOOR',
      toelichting: 'Veel buren doen mee en het kost weinig.',
    });
  });

  it('legt het advies vast; de medewerker besluit erop namens het college, afwijken vraagt een reden', async () => {
    // The second member votes: the vote closes with a positive advice; nothing is decided yet.
    const gesloten = await h.stemOk(await h.lid('lid-bert'), initiatiefId, 'VOOR', 'Het brengt de straat samen.');
    expect(gesloten).toMatchObject({ gesloten: true, advies: 'POSITIEF' });
    expect((await h.initiatief(initiatiefId)).status).toBe('BIJ_BUURTPANEL');

    await page.goto(`${basis}/regiepaneel/inloggen`);
    await page.getByLabel('Token').fill(opzet.beleid);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText('Ingelogd als Bea Beleid (beleidsmedewerker)').waitFor();
    await page.goto(`${basis}/regiepaneel/initiatief/${initiatiefId}`);
    const formulier = page.locator('form[aria-labelledby="paneladvies-kop"]');
    await formulier.getByRole('heading', { name: 'Besluit op het advies van Buurtpanel Schandelen' }).waitFor();
    await formulier.getByText('“Het brengt de straat samen.”', { exact: false }).waitFor();
    expect(await formulier.getByLabel('Toekennen (volgt het advies)').isChecked()).toBe(true);
    await geenOvertredingen();

    // Deviating without a reason: refused at the field, with the summary.
    await formulier.getByLabel('Afwijzen (wijkt af van het advies)').check();
    await formulier.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await formulier.getByTestId('foutsamenvatting').getByText('Er is 1 punt om te verbeteren:').waitFor();
    expect((await actiefElement(page)).naam).toBe('afwijkingsreden');
    await geenOvertredingen();

    // Following the advice, after confirming.
    await formulier.getByLabel('Toekennen (volgt het advies)').check();
    await formulier.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Toekennen vastleggen?' });
    await dialoog.getByText('volgens het advies van Buurtpanel Schandelen', { exact: false }).waitFor();
    await dialoog.getByRole('button', { name: 'Ja, besluit vastleggen' }).click();
    await page.getByText('Het besluit op het advies van het buurtpanel is vastgelegd.').waitFor();
    await geenOvertredingen();
    const besloten = await h.initiatief(initiatiefId);
    expect(besloten.status).toBe('TOEGEKEND');
    expect(besloten.besluit).toMatchObject({ genomenDoor: 'Bea Beleid', verleendBedrag: 40_000 });
    expect(besloten.besluit!.motivering).toContain('"Het brengt de straat samen."');
  });

  it('laat de aanvrager het advies zien, zonder namen van leden, en wie namens het college besloot', async () => {
    await inloggenPortaal(flo, 'Flo Aanvrager');
    await page.goto(`${basis}/buurtportaal/mijn-initiatieven`);
    const advies = page.getByRole('region', { name: 'Advies van Buurtpanel Schandelen: positief' });
    await advies.getByText('Het panel stemde 2 voor, 0 tegen en 0 onthoudingen', { exact: false }).waitFor();
    await advies.getByText('Voor: “Veel buren doen mee en het kost weinig.”').waitFor();
    await advies
      .getByText('Bea Beleid besloot namens het college van burgemeester en wethouders en volgde het advies.')
      .waitFor();
    const tekst = await page.locator('main').innerText();
    expect(tekst).not.toMatch(/Anna Lid|lid-anna|lid-bert/);
    await page.getByText('Besloten door', { exact: true }).waitFor();
    await geenOvertredingen();
    await schermafdruk(page, 'buurtportaal-paneladvies');
  });
});
