/**
 * Attachments (libs/meedoen, bijlagen): uploads streamed with a size limit, the type sniffed from
 * the bytes, images re-encoded without EXIF/GPS, file names without paths, access following the
 * record (a volunteer request is public; an initiative's attachments are for its initiator and
 * staff), and a ClamAV daemon (here a stand-in speaking clamd's INSTREAM protocol) that refuses a virus.
 */
import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import sharp from 'sharp';
import { Rol } from '@buurtwerk/core';
import { laadBijlagenConfig } from '@buurtwerk/meedoen';
import { type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, opslaan, zetOp } from './initiatieven.helpers';

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/** A stand-in for clamd: reads one INSTREAM and answers FOUND when the EICAR test string is in it. */
function nepClamd(): Promise<{ server: Server; poort: number; scans: () => number }> {
  let scans = 0;
  const server = createServer((sok) => {
    let buffer = Buffer.alloc(0);
    const inhoud: Buffer[] = [];
    let kop = false;
    sok.on('data', (d: Buffer) => {
      buffer = Buffer.concat([buffer, d]);
      if (!kop) {
        const nul = buffer.indexOf(0);
        if (nul < 0) {
          return;
        }
        expect(buffer.subarray(0, nul).toString()).toBe('zINSTREAM');
        buffer = buffer.subarray(nul + 1);
        kop = true;
      }
      while (buffer.length >= 4) {
        const lengte = buffer.readUInt32BE(0);
        if (lengte === 0) {
          scans += 1;
          const alles = Buffer.concat(inhoud).toString('latin1');
          sok.end(alles.includes(EICAR) ? 'stream: Eicar-Test-Signature FOUND\0' : 'stream: OK\0');
          return;
        }
        if (buffer.length < 4 + lengte) {
          return;
        }
        inhoud.push(buffer.subarray(4, 4 + lengte));
        buffer = buffer.subarray(4 + lengte);
      }
    });
  });
  return new Promise((klaar) =>
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address();
      klaar({ server, poort: typeof adres === 'object' && adres ? adres.port : 0, scans: () => scans });
    }),
  );
}

describe('Bijlagen', () => {
  let ctx: TestContext;
  let clamd: Awaited<ReturnType<typeof nepClamd>>;
  let lid: string;
  let verzoekId: string;
  const vorige = { ...process.env };

  const pdf = (extra = '') => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n${extra}\n%%EOF\n`, 'latin1');

  const upload = (
    pad: string,
    token: string | null,
    inhoud: Buffer,
    filename: string,
    contentType = 'application/octet-stream',
  ) => {
    let req = ctx.http().post(`/api/v1/bijlagen/${pad}`);
    if (token) {
      req = req.set('authorization', `Bearer ${token}`);
    }
    return req.attach('bestand', inhoud, { filename, contentType });
  };

  beforeAll(async () => {
    clamd = await nepClamd();
    process.env.BIJLAGEN_MAX_AFBEELDING_MB = '1';
    process.env.BIJLAGEN_MAX_DOCUMENT_MB = '2';
    process.env.CLAMAV_HOST = '127.0.0.1';
    process.env.CLAMAV_PORT = String(clamd.poort);
    ctx = await testContext();
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const { buurt } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171001") { id } }');
    const org = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
      'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
      { input: { naam: 'Buurtpunt Centrum', soort: 'BUURTORGANISATIE', buurtIds: [buurt.id] } },
      beheerder,
    );
    await ctx.gqlOk(
      'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
      { o: org.organisatieRegistreren.id, g: 'lid-bijlagen' },
      beheerder,
    );
    lid = await ctx.tokenFor(Rol.PARTNER, { sub: 'lid-bijlagen' });
    const v = await ctx.gqlOk<{ vrijwilligersverzoekPlaatsen: { id: string } }>(
      'mutation($input: VrijwilligersverzoekInput!) { vrijwilligersverzoekPlaatsen(input: $input) { id } }',
      {
        input: {
          organisatieId: org.organisatieRegistreren.id,
          titel: 'Helpen bij de moestuin',
          beschrijving: 'Samen wieden.',
          thema: 'GROEN_EN_BUITEN',
          begin: new Date(Date.now() + 86_400_000).toISOString(),
          buurtId: buurt.id,
          locatie: 'Buurttuin',
          aantal: 3,
        },
      },
      lid,
    );
    verzoekId = v.vrijwilligersverzoekPlaatsen.id;
  });
  afterAll(async () => {
    await ctx.close();
    clamd.server.close();
    process.env = vorige;
  });

  it('haalt GPS- en andere EXIF-gegevens uit een foto, en laat iedereen een openbare foto ophalen met cache', async () => {
    const metGps = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 30 } } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'Telefoonmerk', Model: 'Model X' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 53/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 58/1 0/1' },
      })
      .toBuffer();
    expect((await sharp(metGps).metadata()).exif).toBeDefined();
    const res = await upload(`vrijwilligersverzoeken/${verzoekId}`, lid, metGps, 'tuin.jpg', 'image/jpeg');
    expect(res.status).toBe(201);
    const bijlage = res.body as { url: string; inhoudstype: string; bestandsnaam: string };
    expect(bijlage).toMatchObject({ inhoudstype: 'image/jpeg', bestandsnaam: 'tuin.jpg' });

    const terug = await ctx.http().get(bijlage.url).buffer(true);
    expect(terug.status).toBe(200);
    expect(terug.headers['content-type']).toBe('image/jpeg');
    expect(terug.headers['cache-control']).toContain('public');
    const meta = await sharp(terug.body as Buffer).metadata();
    expect(meta.exif).toBeUndefined();
    expect({ breedte: meta.width, hoogte: meta.height }).toEqual({ breedte: 64, hoogte: 48 });
    expect((terug.body as Buffer).includes(Buffer.from('Telefoonmerk'))).toBe(false);

    const { vrijwilligersverzoek } = await ctx.gqlOk<{ vrijwilligersverzoek: { bijlagen: Array<{ url: string }> } }>(
      'query($id: ID!) { vrijwilligersverzoek(id: $id) { bijlagen { url inhoudstype } } }',
      { id: verzoekId },
    );
    expect(vrijwilligersverzoek.bijlagen.map((b) => b.url)).toEqual([bijlage.url]);
    expect(clamd.scans()).toBeGreaterThan(0);
  });

  it('bepaalt het type uit de inhoud: een nep-extensie helpt niet, en een script wordt geweigerd', async () => {
    const script = Buffer.from('<html><script>alert(1)</script></html>');
    const geweigerd = await upload(`vrijwilligersverzoeken/${verzoekId}`, lid, script, 'foto.jpg', 'image/jpeg');
    expect(geweigerd.status).toBe(400);
    expect((geweigerd.body as { detail: string }).detail).toContain('geen foto');
    // A PDF called .jpg is a PDF: stored and served as one, with the right extension.
    const alsPdf = await upload(`vrijwilligersverzoeken/${verzoekId}`, lid, pdf(), 'foto.jpg', 'image/jpeg');
    expect(alsPdf.status).toBe(201);
    expect(alsPdf.body).toMatchObject({ inhoudstype: 'application/pdf', bestandsnaam: 'foto.pdf' });
    const terug = await ctx.http().get((alsPdf.body as { url: string }).url);
    expect(terug.headers['content-type']).toBe('application/pdf');
    expect(terug.headers['content-disposition']).toMatch(/^attachment;/);
    // A "JPEG" whose bytes are broken is no image.
    const kapot = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    expect((await upload(`vrijwilligersverzoeken/${verzoekId}`, lid, kapot, 'kapot.jpg')).status).toBe(400);
  });

  it('weigert te grote bestanden per soort', async () => {
    const groot = pdf('x'.repeat(2.5 * 1024 * 1024));
    const res = await upload(`vrijwilligersverzoeken/${verzoekId}`, lid, groot, 'plan.pdf');
    expect(res.status).toBe(400);
    expect((res.body as { detail: string }).detail).toContain('te groot');
    // An image over its own (lower) limit, though under the document limit.
    const grootBeeld = await sharp({ create: { width: 2000, height: 2000, channels: 3, background: 'white' } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(grootBeeld.length).toBeGreaterThan(1024 * 1024);
    expect((await upload(`vrijwilligersverzoeken/${verzoekId}`, lid, grootBeeld, 'groot.png')).status).toBe(400);
  });

  it('haalt paden uit bestandsnamen en bewaart alleen onder een eigen sleutel', async () => {
    for (const [naam, verwacht] of [
      ['../../etc/passwd.pdf', 'passwd.pdf'],
      ['..\\..\\windows\\win.ini', 'win.pdf'],
      ['/tmp/.verborgen.pdf', 'verborgen.pdf'],
      ['rapport\u0000.exe.pdf', 'rapport.exe.pdf'],
      ['....', 'bijlage.pdf'],
    ] as const) {
      const res = await upload(`vrijwilligersverzoeken/${verzoekId}`, lid, pdf(), naam);
      expect(res.status).toBe(201);
      expect((res.body as { bestandsnaam: string }).bestandsnaam).toBe(verwacht);
    }
    const map = laadBijlagenConfig().map;
    expect(readdirSync(map).every((f) => /^[0-9a-f-]{36}$/.test(f))).toBe(true);
    expect((await ctx.http().get('/api/v1/bijlagen/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });

  it('weigert een virus (ClamAV)', async () => {
    const res = await upload(`vrijwilligersverzoeken/${verzoekId}`, lid, pdf(EICAR), 'besmet.pdf');
    expect(res.status).toBe(400);
    expect((res.body as { detail: string }).detail).toContain('virus');
  });

  it('laat alleen de organisator toevoegen, en de bijlagen van een initiatief alleen de initiatiefnemer en medewerkers zien', async () => {
    const bewoner = await ctx.tokenFor(Rol.BEWONER);
    expect((await upload(`vrijwilligersverzoeken/${verzoekId}`, bewoner, pdf(), 'x.pdf')).status).toBe(403);
    expect((await upload(`vrijwilligersverzoeken/${verzoekId}`, null, pdf(), 'x.pdf')).status).toBe(401);

    const o = await zetOp(ctx, 1_000_000);
    const initiatiefnemer = await ctx.tokenFor(Rol.BEWONER, { sub: 'ini-bijlagen' });
    const concept = await opslaan(ctx, initiatiefnemer, initiatiefInput(o));
    const res = await upload(`initiatieven/${concept.id}`, initiatiefnemer, pdf(), 'begroting.pdf');
    expect(res.status).toBe(201);
    const url = (res.body as { url: string }).url;
    expect((await upload(`initiatieven/${concept.id}`, bewoner, pdf(), 'x.pdf')).status).toBe(403);

    const eigen = await ctx.http().get(url).set('authorization', `Bearer ${initiatiefnemer}`);
    expect(eigen.status).toBe(200);
    expect(eigen.headers['cache-control']).toBe('private, no-store');
    expect(
      (
        await ctx
          .http()
          .get(url)
          .set('authorization', `Bearer ${await ctx.tokenFor(Rol.BELEIDSMEDEWERKER)}`)
      ).status,
    ).toBe(200);
    // Someone else's attachment looks like one that does not exist.
    expect((await ctx.http().get(url).set('authorization', `Bearer ${bewoner}`)).status).toBe(404);
    expect((await ctx.http().get(url)).status).toBe(404);
    expect(
      (await ctx.http().get(`/api/v1/bijlagen/initiatieven/${concept.id}`).set('authorization', `Bearer ${bewoner}`)).status,
    ).toBe(404);
    const lijst = await ctx
      .http()
      .get(`/api/v1/bijlagen/initiatieven/${concept.id}`)
      .set('authorization', `Bearer ${initiatiefnemer}`);
    expect((lijst.body as Array<{ bestandsnaam: string }>).map((b) => b.bestandsnaam)).toEqual(['begroting.pdf']);
  });

  const foto = (breedte = 1600, hoogte = 1200) =>
    sharp({ create: { width: breedte, height: hoogte, channels: 3, background: { r: 40, g: 120, b: 60 } } })
      .jpeg({ quality: 60 })
      .withExif({
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 53/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 58/1 0/1' },
      })
      .toBuffer();

  it("laat wie een signaal meldde er een foto van het probleem bij zetten (alleen foto's), zichtbaar voor wie het signaal mag zien", async () => {
    const o = await zetOp(ctx, 1_000_000, 'SIGNAALFOTO');
    const melder = await ctx.tokenFor(Rol.BEWONER, { sub: 'melder-bijlagen' });
    const { signaalMelden } = await ctx.gqlOk<{ signaalMelden: { id: string } }>(
      'mutation($input: SignaalInput!) { signaalMelden(input: $input) { id } }',
      { input: { buurtId: o.buurtId, categorie: 'Openbare ruimte', omschrijving: 'Kapotte lantaarnpaal' } },
      melder,
    );
    const pad = `signalen/${signaalMelden.id}`;
    const res = await upload(pad, melder, await foto(), 'lantaarn.jpg');
    expect(res.status).toBe(201);
    const url = (res.body as { url: string }).url;
    // GPS of where the photo was taken (often the reporter's home) never leaves the server.
    expect(
      (await sharp((await ctx.http().get(url).set('authorization', `Bearer ${melder}`).buffer(true)).body as Buffer).metadata())
        .exif,
    ).toBeUndefined();
    // A document is no photo of the problem: refused at the field, in Dutch.
    const doc = await upload(pad, melder, pdf(), 'lantaarn.jpg', 'image/jpeg');
    expect(doc.status).toBe(400);
    expect((doc.body as { detail: string }).detail).toContain('Hier kun je alleen een foto toevoegen');

    const ander = await ctx.tokenFor(Rol.BEWONER);
    expect((await upload(pad, ander, await foto(), 'x.jpg')).status).toBe(403);
    expect((await ctx.http().get(url).set('authorization', `Bearer ${ander}`)).status).toBe(404);
    expect((await ctx.http().get(url)).status).toBe(404);
    const staf = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
    const gezien = await ctx.http().get(url).set('authorization', `Bearer ${staf}`);
    expect(gezien.status).toBe(200);
    expect(gezien.headers['cache-control']).toBe('private, no-store');
  });

  it("neemt foto's en bonnen bij het uitvoeringsverslag pas aan na toekenning, en alleen van de initiatiefnemer", async () => {
    const o = await zetOp(ctx, 1_000_000, 'VERSLAGBIJLAGE');
    const initiatiefnemer = await ctx.tokenFor(Rol.BEWONER, { sub: 'ini-verslag' });
    const { id } = await opslaan(ctx, initiatiefnemer, initiatiefInput(o, 10_000, 2_000));
    const pad = `uitvoeringsverslagen/${id}`;
    // A draft has no execution yet.
    expect((await upload(pad, initiatiefnemer, pdf(), 'bon.pdf')).status).toBe(403);
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id }, initiatiefnemer);
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
    const bon = await upload(pad, initiatiefnemer, pdf(), 'kassabon bakker.pdf');
    expect(bon.status).toBe(201);
    expect((await upload(pad, initiatiefnemer, await foto(), 'feest.jpg')).status).toBe(201);
    expect((await upload(pad, await ctx.tokenFor(Rol.BEWONER), pdf(), 'x.pdf')).status).toBe(403);
    const lijst = await ctx.http().get(`/api/v1/bijlagen/${pad}`).set('authorization', `Bearer ${o.beleid}`);
    expect((lijst.body as Array<{ bestandsnaam: string }>).map((b) => b.bestandsnaam)).toEqual([
      'kassabon bakker.pdf',
      'feest.jpg',
    ]);
    expect((await ctx.http().get(`/api/v1/bijlagen/${pad}`)).status).toBe(404);
  });

  it("toont de foto's van een openbaar ideeverhaal aan iedereen, verkleind op de gevraagde breedte en met cache", async () => {
    const o = await zetOp(ctx, 1_000_000, 'VERHAALFOTO');
    const token = await ctx.tokenFor(Rol.BEWONER, { sub: 'ini-verhaal' });
    const { id } = await opslaan(ctx, token, initiatiefInput(o, 10_000, 2_000, { titel: 'Bloembakken in de straat' }));
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
      'mutation($id: ID!) { uitvoeringMelden(id: $id, verslag: "Gelukt.", werkelijkeKosten: 9000) { status } }',
      { id },
      token,
    );
    const { ideeverhaalPubliceren: verhaal } = await ctx.gqlOk<{ ideeverhaalPubliceren: { id: string } }>(
      'mutation($input: IdeeverhaalInput!) { ideeverhaalPubliceren(input: $input) { id } }',
      {
        input: {
          initiatiefId: id,
          watGedaan: 'Bloembakken geplaatst.',
          voorWie: 'De hele straat',
          watWerkte: 'Samen planten.',
          watNiet: 'Water geven in de vakantie.',
          thema: 'GROEN_EN_BUITEN',
        },
      },
      token,
    );
    const pad = `ideeverhalen/${verhaal.id}`;
    expect((await upload(pad, await ctx.tokenFor(Rol.BEWONER), await foto(), 'x.jpg')).status).toBe(403);
    expect((await upload(pad, token, pdf(), 'verslag.pdf')).status).toBe(400);
    const res = await upload(pad, token, await foto(1600, 1200), 'bloembakken.jpg');
    expect(res.status).toBe(201);
    const url = (res.body as { url: string }).url;

    const { ideeenbank } = await ctx.gqlOk<{ ideeenbank: Array<{ verhaal: { titel: string; fotos: Array<{ url: string }> } }> }>(
      'query { ideeenbank(zoek: "bloembakken") { verhaal { titel fotos { url inhoudstype } } } }',
    );
    expect(ideeenbank[0].verhaal.fotos.map((f) => f.url)).toEqual([url]);

    const klein = await ctx.http().get(`${url}?breedte=320`).buffer(true);
    expect(klein.status).toBe(200);
    expect(klein.headers['cache-control']).toContain('public');
    const meta = await sharp(klein.body as Buffer).metadata();
    expect({ breedte: meta.width, hoogte: meta.height, exif: meta.exif }).toEqual({ breedte: 320, hoogte: 240, exif: undefined });
    expect(Number(klein.headers['content-length'])).toBe((klein.body as Buffer).length);
    // Only the offered widths (no resizing service for anyone's arbitrary sizes).
    const fout = await ctx.http().get(`${url}?breedte=333`);
    expect(fout.status).toBe(400);
    expect((fout.body as { detail: string }).detail).toContain('breedte');
    expect((await ctx.http().get(`${url}?breedte=groot`)).status).toBe(400);
  });
});
