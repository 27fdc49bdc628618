/**
 * Network meetings and signals in the Buurtportaal, in Chromium against the real API and
 * database: sign-up without an account until the meeting is full, confirming through the link
 * in the mail, the waiting list, and the cancel page, and a signed-in resident reporting a signal.
 * axe (WCAG 2.1 A/AA) on every page and form state.
 */
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
} from './browser';

function dagenVanaf(dagen: number, uur: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + dagen);
  d.setUTCHours(uur, 0, 0, 0);
  return d.toISOString();
}

describe('Netwerkbijeenkomsten en signalen in het Buurtportaal', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;
  let bijeenkomstId: string;
  let afmeldlink: string;
  let centrumId: string;

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    ctx = await testContext({ GRAPHIQL: 'false' }); // with the production Content-Security-Policy
    const regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR);
    const { buurt } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09173300") { id } }');
    const { netwerkbijeenkomstPlannen } = await ctx.gqlOk<{ netwerkbijeenkomstPlannen: { id: string } }>(
      'mutation($input: NetwerkbijeenkomstInput!) { netwerkbijeenkomstPlannen(input: $input) { id } }',
      {
        input: {
          titel: 'Netwerkavond Centrum',
          thema: 'Samen de buurt groener maken',
          buurtId: buurt.id,
          begin: dagenVanaf(30, 17),
          eind: dagenVanaf(30, 20),
          locatie: 'Buurthuis, Pancratiusplein',
          capaciteit: 1,
        },
      },
      regisseur,
    );
    bijeenkomstId = netwerkbijeenkomstPlannen.id;
    centrumId = buurt.id;
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

  const telling = async () =>
    (
      await ctx.gqlOk<{ netwerkbijeenkomsten: Array<{ id: string; aantalAanmeldingen: number; aantalOpWachtlijst: number }> }>(
        '{ netwerkbijeenkomsten { id aantalAanmeldingen aantalOpWachtlijst } }',
      )
    ).netwerkbijeenkomsten.find((b) => b.id === bijeenkomstId);

  /** The confirmation link of the newest mail to this address, pointed at the test's web server. */
  async function linkUitMail(aan: string): Promise<string> {
    const [mail] = await ctx.dataSource.query<Array<{ tekst: string }>>(
      `SELECT tekst FROM uitgaande_mail WHERE aan = $1 AND soort = 'AANMELDING_BEVESTIGEN' ORDER BY aangemaakt_op DESC LIMIT 1`,
      [aan],
    );
    const link = /https?:\/\/\S+\/buurtportaal\/aanmelding-bevestigen\?\S+/.exec(mail?.tekst ?? '')?.[0] ?? '';
    expect(link).not.toBe('');
    const url = new URL(link);
    return `${basis}${url.pathname}${url.search}`;
  }

  async function meldAan(naam: string, email: string): Promise<void> {
    const sectie = page.getByRole('region', { name: 'Netwerkavond Centrum' });
    await sectie.getByLabel('Je naam').fill(naam);
    await sectie.getByLabel('E-mailadres').fill(email);
    await sectie.getByRole('button', { name: /^(Aanmelden|Op de wachtlijst)$/ }).click();
  }

  it('een aanmelding vult de bijeenkomst en de volgende komt op de wachtlijst', async () => {
    await page.goto(`${basis}/buurtportaal/bijeenkomsten`);
    await page.getByRole('heading', { level: 1, name: 'Netwerkbijeenkomsten' }).waitFor();
    const sectie = page.getByRole('region', { name: 'Netwerkavond Centrum' });
    await sectie.getByText('Nog 1 van de 1 plaatsen vrij').waitFor();
    await geenOvertredingen(); // empty

    await sectie.getByRole('button', { name: 'Aanmelden' }).click();
    await sectie.getByText('Vul je naam in.').waitFor();
    await sectie.getByText('Vul een geldig e-mailadres in', { exact: false }).waitFor();
    await geenOvertredingen(); // invalid

    await meldAan('Anna Aanmelder', 'anna@example.org');
    await sectie.getByRole('heading', { level: 2, name: 'Bevestig je aanmelding via je e-mail' }).waitFor();
    await sectie.getByText('anna@example.org', { exact: false }).waitFor();
    await geenOvertredingen(); // submitted, waiting for the mail link
    await schermafdruk(page, 'buurtportaal-bijeenkomst-aangemeld');
    // Held, not yet counted in public.
    expect(await telling()).toMatchObject({ aantalAanmeldingen: 0, aantalOpWachtlijst: 0 });

    // The link in the mail opens the confirm page; confirming takes a click.
    await page.goto(await linkUitMail('anna@example.org'));
    await page.getByRole('heading', { level: 1, name: 'Aanmelding bevestigen' }).waitFor();
    await geenOvertredingen(); // confirm page
    await page.getByRole('button', { name: 'Ja, ik kom: bevestigen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Bevestigd: je bent aangemeld' }).waitFor();
    await geenOvertredingen(); // confirmed
    afmeldlink = (await page.getByRole('link', { name: 'Meld je af' }).getAttribute('href')) ?? '';
    // The code in the link is the short code of the mail: 8 letters and digits.
    expect(afmeldlink).toMatch(/\/afmelden\?aanmelding=.+&code=[A-Z2-9]{8}$/);
    expect(await telling()).toMatchObject({ aantalAanmeldingen: 1, aantalOpWachtlijst: 0 });

    await page.goto(`${basis}/buurtportaal/bijeenkomsten`);
    await sectie.getByText('Vol; 0 op de wachtlijst', { exact: false }).waitFor();
    await meldAan('Bert Wachter', 'bert@example.org');
    await sectie.getByRole('heading', { level: 2, name: 'Bevestig je aanmelding via je e-mail' }).waitFor();
    await page.goto(await linkUitMail('bert@example.org'));
    await page.getByRole('button', { name: 'Ja, ik kom: bevestigen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Bevestigd: je staat op de wachtlijst' }).waitFor();
    await page.getByText('Je staat op plaats 1 van de wachtlijst.', { exact: false }).waitFor();
    await geenOvertredingen(); // waiting list
    expect(await telling()).toMatchObject({ aantalAanmeldingen: 1, aantalOpWachtlijst: 1 });
  });

  it('meldt af met de link uit de mail, na een bevestigende klik, zodat de eerste op de wachtlijst doorschuift', async () => {
    const [pad, zoek] = afmeldlink.split('?');
    const params = new URLSearchParams(zoek);
    // Without a link: the address and the short code from the mail; mistakes are said plainly at the field.
    await page.goto(`${basis}${pad}`);
    await page.getByRole('heading', { level: 1, name: 'Afmelden voor een netwerkbijeenkomst' }).waitFor();
    await page.getByRole('button', { name: 'Meld me af' }).click();
    const samenvatting = page.getByTestId('foutsamenvatting');
    await samenvatting.getByText('Vul het e-mailadres in waarmee je je aanmeldde', { exact: false }).waitFor();
    await samenvatting.getByText('8 letters en cijfers, bijvoorbeeld K7QX-3MPD', { exact: false }).waitFor();
    expect((await actiefElement(page)).naam).toBe('email');
    await geenOvertredingen(); // nothing filled in
    await page.getByLabel('E-mailadres', { exact: true }).fill('bert@example.org');
    await page.getByLabel('Afmeldcode', { exact: true }).fill('ABCD-EFGH');
    await page.getByRole('button', { name: 'Meld me af' }).click();
    await samenvatting.getByText('Afmeldcode hoort niet bij een aanmelding met dit e-mailadres.', { exact: false }).waitFor();
    expect((await actiefElement(page)).naam).toBe('afmeldcode');
    await page.locator('main').getByText('Afmeldcode hoort niet bij een aanmelding', { exact: false }).nth(1).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/afmeldenMetCode|BAD_USER_INPUT|GraphQL|input\./);
    await geenOvertredingen(); // wrong code
    expect(await telling()).toMatchObject({ aantalAanmeldingen: 1, aantalOpWachtlijst: 1 });

    // A broken code: opening asks first, the refusal is plain Dutch.
    await page.goto(`${basis}${pad}?aanmelding=${encodeURIComponent(params.get('aanmelding') ?? '')}&code=fout`);
    await page.getByRole('heading', { level: 2, name: 'Wil je je afmelden?' }).waitFor();
    await page.getByRole('button', { name: 'Ja, meld me af' }).click();
    await page.getByRole('alert').waitFor();
    await geenOvertredingen(); // wrong code

    // The link from the mail: opening it cancels nothing (mail scanners), the click does.
    await page.goto(`${basis}${afmeldlink}`);
    await page.getByRole('heading', { level: 2, name: 'Wil je je afmelden?' }).waitFor();
    expect(await telling()).toMatchObject({ aantalAanmeldingen: 1, aantalOpWachtlijst: 1 });
    expect(await page.locator('main input').count()).toBe(0);
    await geenOvertredingen(); // asked
    await page.getByRole('button', { name: 'Ja, meld me af' }).click();
    await page.getByRole('heading', { level: 2, name: 'Je bent afgemeld' }).waitFor();
    expect((await actiefElement(page)).tekst).toBe('Je bent afgemeld');
    await geenOvertredingen(); // cancelled
    // Bert moved up from the waiting list.
    expect(await telling()).toMatchObject({ aantalAanmeldingen: 1, aantalOpWachtlijst: 0 });

    // Bert cancels with the short code of his mail, typed in lower case.
    const [mail] = await ctx.dataSource.query<Array<{ tekst: string }>>(
      `SELECT tekst FROM uitgaande_mail WHERE aan = 'bert@example.org' AND soort = 'AANMELDING_WACHTLIJST'`,
    );
    const code = /afmeldcode in: ([A-Z0-9]{4}-[A-Z0-9]{4})$/m.exec(mail.tekst)?.[1] ?? '';
    expect(code).not.toBe('');
    await page.goto(`${basis}${pad}`);
    await page.getByLabel('E-mailadres', { exact: true }).fill('bert@example.org');
    await page.getByLabel('Afmeldcode', { exact: true }).fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Meld me af' }).click();
    await page.getByRole('heading', { level: 2, name: 'Je bent afgemeld' }).waitFor();
    await geenOvertredingen(); // cancelled with the code
    await schermafdruk(page, 'buurtportaal-afmelden-met-code');
    expect(await telling()).toMatchObject({ aantalAanmeldingen: 0, aantalOpWachtlijst: 0 });
  });

  it('laat een ingelogde bewoner zich afmelden bij Mijn aanmeldingen, zonder code en na een bevestigende klik', async () => {
    const token = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-carla', name: 'Carla Ingelogd', email: 'carla@example.org' });
    await page.goto(`${basis}/buurtportaal/inloggen`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText('Ingelogd als Carla Ingelogd', { exact: true }).waitFor();
    await page.goto(`${basis}/buurtportaal/bijeenkomsten`);
    await meldAan('Carla Ingelogd', 'carla@example.org');
    await page.getByRole('heading', { level: 2, name: 'Bevestig je aanmelding via je e-mail' }).waitFor();
    await page.goto(await linkUitMail('carla@example.org'));
    await page.getByRole('button', { name: 'Ja, ik kom: bevestigen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Bevestigd: je bent aangemeld' }).waitFor();
    expect(await telling()).toMatchObject({ aantalAanmeldingen: 1, aantalOpWachtlijst: 0 });

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn aanmeldingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn aanmeldingen' }).waitFor();
    const kaart = page.getByRole('region', { name: 'Netwerkavond Centrum' });
    await kaart.getByText('Aangemeld', { exact: true }).waitFor();
    await geenOvertredingen(); // listed
    await schermafdruk(page, 'buurtportaal-mijn-aanmeldingen');
    await kaart.getByRole('button', { name: 'Afmelden voor Netwerkavond Centrum' }).click();
    // Asking first: nothing changed yet.
    await kaart.getByRole('group', { name: 'Wil je je afmelden voor Netwerkavond Centrum?', exact: false }).waitFor();
    expect(await telling()).toMatchObject({ aantalAanmeldingen: 1 });
    await geenOvertredingen(); // asked
    await kaart.getByRole('button', { name: 'Nee, ik kom wel' }).click();
    await kaart.getByRole('button', { name: 'Afmelden voor Netwerkavond Centrum' }).click();
    await kaart.getByRole('button', { name: 'Ja, meld me af' }).click();
    await page.getByRole('heading', { level: 2, name: 'Je bent afgemeld voor Netwerkavond Centrum' }).waitFor();
    expect((await actiefElement(page)).tekst).toBe('Je bent afgemeld voor Netwerkavond Centrum');
    await kaart.getByText('Afgemeld', { exact: true }).waitFor();
    expect(await kaart.getByRole('button', { name: 'Afmelden voor Netwerkavond Centrum' }).count()).toBe(0);
    await geenOvertredingen(); // cancelled
    expect(await telling()).toMatchObject({ aantalAanmeldingen: 0, aantalOpWachtlijst: 0 });
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor({ state: 'detached' });
  });

  it('laat een ingelogde bewoner een signaal melden', async () => {
    await page.goto(`${basis}/buurtportaal/signaal`);
    await page.getByRole('link', { name: 'Log eerst in' }).waitFor();
    await geenOvertredingen();

    const token = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-sam', name: 'Sam Signaal' });
    await page.goto(`${basis}/buurtportaal/inloggen`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText('Ingelogd als Sam Signaal', { exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signaal melden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signaal melden' }).waitFor();
    await page.getByRole('button', { name: 'Signaal melden' }).waitFor();
    await geenOvertredingen(); // empty

    await page.getByRole('button', { name: 'Signaal melden' }).click();
    await page.getByText('Kies de buurt waar het is.').first().waitFor();
    await geenOvertredingen(); // invalid

    await page.getByLabel('Buurt').selectOption(centrumId);
    await page.getByLabel('Waar gaat het over?').selectOption('Afval en zwerfvuil');
    await page.getByText('Afval en reiniging reageert binnen 3 dagen.').waitFor();
    await page.getByLabel('Wat zie je, en waar precies?').fill('Volle vuilniszakken naast de container op het plein.');
    await page.getByRole('button', { name: 'Signaal melden' }).click();
    await page.getByRole('heading', { level: 2, name: 'Bedankt voor je melding' }).waitFor();
    await page.getByText('Afval en reiniging reageert uiterlijk op', { exact: false }).waitFor();
    await geenOvertredingen(); // submitted
    const { signalen } = await ctx.gqlOk<{ signalen: { edges: Array<{ node: { categorie: string; omschrijving: string } }> } }>(
      '{ signalen { edges { node { categorie omschrijving } } } }',
      {},
      token,
    );
    expect(signalen.edges.map((e) => e.node)).toEqual([
      { categorie: 'Afval en zwerfvuil', omschrijving: 'Volle vuilniszakken naast de container op het plein.' },
    ]);
  });

  it('past op een telefoon zonder horizontaal te scrollen: bijeenkomsten, signaal en idee', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const [pad, tekst] of [
        ['/buurtportaal/bijeenkomsten', 'Netwerkavond Centrum'],
        ['/buurtportaal/signaal', 'Wat zie je, en waar precies?'],
        ['/buurtportaal/idee', 'Stap 1 van 3: Over je idee'],
        ['/buurtportaal/mijn-initiatieven', 'Je hebt nog geen initiatieven.'],
        ['/buurtportaal/mijn-aanmeldingen', 'De netwerkbijeenkomsten waarvoor je je aanmeldde'],
        ['/buurtportaal/afmelden', 'Afmelden met je afmeldcode'],
      ]) {
        await page.goto(`${basis}${pad}`);
        await page.getByText(tekst).first().waitFor();
        // Measured once the page has settled (its data loaded): a real overflow stays.
        await page.waitForLoadState('networkidle');
        expect([pad, await scroltHorizontaal(page)]).toEqual([pad, false]);
        await geenOvertredingen();
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
