/**
 * Photo upload in the Buurtportaal's signal form (libs/meedoen, bijlagen): the file field has a
 * label and an explanation, checks type and size in the browser with a Dutch error at the field,
 * and shows the server's refusal there too — a text file named .jpg gets through the browser but
 * not through the server, which sniffs the bytes. A real photo is stored without GPS; progress
 * and the result are announced (role=status). Axe on every state; no horizontal scroll at 390 px.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import { axeOvertredingen, bouwWebApp, scroltHorizontaal, startBrowser, startWebServer, type TestBrowser } from './browser';

describe('Foto bij een signaal in het Buurtportaal', () => {
  let ctx: TestContext;
  let web: NestFastifyApplication;
  let basis: string;
  let browser: TestBrowser;
  let page: Page;
  let buurtId: string;

  const signalen = async () => (await ctx.dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM signaal'))[0].n;

  async function vulFormulier(): Promise<void> {
    await page.goto(`${basis}/buurtportaal/signaal`);
    await page.getByLabel('Buurt').selectOption({ value: buurtId });
    await page.getByLabel('Waar gaat het over?').selectOption({ index: 1 });
    await page.getByLabel('Wat zie je, en waar precies?').fill('De lantaarnpaal bij de speeltuin is kapot.');
  }

  beforeAll(async () => {
    bouwWebApp('buurtportaal');
    ctx = await testContext({ GRAPHIQL: 'false' });
    buurtId = (await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171001") { id } }')).buurt.id;
    ({ app: web, basis } = await startWebServer(ctx));
    browser = await startBrowser();
    page = await browser.context.newPage();
    const token = await ctx.tokenFor(Rol.BEWONER, { sub: 'melder-foto', name: 'Mila Melder', email: 'mila@example.org' });
    await page.goto(`${basis}/buurtportaal/inloggen`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Token gebruiken' }).click();
    await page.getByText('Je bent ingelogd als Mila Melder.').waitFor();
  }, 300_000);

  afterAll(async () => {
    await browser?.sluit();
    await web?.close();
    await ctx?.close();
  });

  it('weigert een te grote foto al in de browser, met de melding bij het veld, en meldt dan niets', async () => {
    await vulFormulier();
    expect(await axeOvertredingen(page)).toEqual([]);
    await page.getByLabel('Foto van het probleem (niet verplicht)').setInputFiles({
      name: 'groot.png',
      mimeType: 'image/png',
      buffer: Buffer.alloc(11 * 1024 * 1024, 1),
    });
    const veld = page.getByLabel('Foto van het probleem (niet verplicht)');
    await page.locator('#signaal-foto-fout', { hasText: 'Een foto mag maximaal 10 MB zijn.' }).waitFor();
    expect(await veld.getAttribute('aria-invalid')).toBe('true');
    expect(await veld.getAttribute('aria-describedby')).toContain('signaal-foto-fout');
    await page.getByRole('button', { name: 'Signaal melden' }).click();
    expect(await signalen()).toBe(0);
    expect(await axeOvertredingen(page)).toEqual([]);
  });

  it('toont bij het veld dat de server een nep-foto weigert, en zet daarna een echte foto erbij zonder GPS', async () => {
    await vulFormulier();
    // A text file called .jpg: the browser believes the name, the server reads the bytes.
    await page.getByLabel('Foto van het probleem (niet verplicht)').setInputFiles({
      name: 'foto.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('<html><script>alert(1)</script></html>'),
    });
    await page.getByRole('button', { name: 'Signaal melden' }).click();
    await page.getByRole('heading', { name: 'Bedankt voor je melding' }).waitFor();
    await page.locator('#signaal-foto-fout', { hasText: 'Dit bestand is geen foto.' }).waitFor();
    expect(await axeOvertredingen(page)).toEqual([]);

    const foto = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 90, g: 90, b: 200 } } })
      .jpeg()
      .withExif({
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 53/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 58/1 0/1' },
      })
      .toBuffer();
    await page
      .getByLabel('Foto van het probleem (niet verplicht)')
      .setInputFiles({ name: 'lantaarn.jpg', mimeType: 'image/jpeg', buffer: foto });
    await page.getByRole('button', { name: 'Foto toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Je foto is bij de melding gezet.' }).waitFor();
    expect(await axeOvertredingen(page)).toEqual([]);

    const [bijlage] = await ctx.dataSource.query<Array<{ id: string; bestandsnaam: string }>>(
      "SELECT id, bestandsnaam FROM bijlage WHERE record_soort = 'SIGNAAL'",
    );
    expect(bijlage.bestandsnaam).toBe('lantaarn.jpg');
    const token = await ctx.tokenFor(Rol.BEWONER, { sub: 'melder-foto' });
    const terug = await ctx.http().get(`/api/v1/bijlagen/${bijlage.id}`).set('authorization', `Bearer ${token}`).buffer(true);
    expect((await sharp(terug.body as Buffer).metadata()).exif).toBeUndefined();
  });

  it('past op een telefoon (390 px) zonder horizontaal scrollen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await vulFormulier();
    expect(await scroltHorizontaal(page)).toBe(false);
    expect(await axeOvertredingen(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
