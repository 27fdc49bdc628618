import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { amsterdamseDatum, Rol, UitgaandeMailVerzender } from '@buurtwerk/core';
import { datumVoluit } from '@buurtwerk/initiatives';
import { bezwaarMogelijkTot } from '@buurtwerk/subsidieregels';
import { type TestContext, testContext } from '../../../test/harness';
import { leesPdf } from '../../../test/pdf-tekst';
import { initiatiefInput, type Opzet, opslaan, zetOp } from './initiatieven.helpers';

const BRIEF = 'id soort kenmerk onderwerp datum kanaal verzendstatus verzondenOp sha256 pdfUrl htmlUrl';

interface Brief {
  id: string;
  soort: string;
  kenmerk: string;
  onderwerp: string;
  datum: string;
  kanaal: string;
  verzendstatus: string;
  verzondenOp: string | null;
  sha256: string;
  pdfUrl: string;
  htmlUrl: string;
}

interface Dossier {
  berichtkanaal: string | null;
  brieven: Brief[];
  besluiten: Array<{
    id: string;
    soort: string;
    bekendgemaaktOp: string | null;
    bezwaartermijnEinde: string | null;
    brief: Brief | null;
  }>;
}

interface BezwaarStand {
  id: string;
  referentie: string;
  status: string;
  tijdig: boolean;
  bezwaartermijnEinde: string;
  beslissenUiterlijk: string;
  beroepMogelijkTot: string | null;
  brieven: Brief[];
}

/**
 * From submission to decision, with every letter delivered to a real SMTP server on this machine
 * and the PDF attachment read with PDF.js.
 */
describe('Brieven: van indienen tot besluit, verzonden via SMTP en bekendgemaakt', () => {
  let ctx: TestContext;
  let o: Opzet;
  let smtp: SMTPServer;
  const mails: ParsedMail[] = [];
  let bewoner: string;
  let buurman: string;
  let regisseur: string;
  let jurist: string;
  const vorig = { SMTP_URL: process.env.SMTP_URL, MAIL_INTERVAL_MS: process.env.MAIL_INTERVAL_MS };

  const verzend = () => ctx.app.get(UitgaandeMailVerzender).verwerk();
  const dossier = async (id: string, token: string) =>
    (
      await ctx.gqlOk<{ node: Dossier }>(
        `query($id: ID!) { node(id: $id) { ... on Initiatief { berichtkanaal brieven { ${BRIEF} }
           besluiten { id soort bekendgemaaktOp bezwaartermijnEinde brief { ${BRIEF} } } } } }`,
        { id },
        token,
      )
    ).node;
  const download = (pad: string, token: string | null) => {
    const req = ctx
      .http()
      .get(pad)
      .buffer(true)
      .parse((res, klaar) => {
        const delen: Buffer[] = [];
        res.on('data', (d: Buffer) => delen.push(d));
        res.on('end', () => klaar(null, Buffer.concat(delen)));
      });
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, _sessie, klaar) {
        simpleParser(stream)
          .then((m) => {
            mails.push(m);
            klaar();
          })
          .catch(klaar);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}?ignoreTLS=true`;
    process.env.MAIL_INTERVAL_MS = '0';
    ctx = await testContext();
    o = await zetOp(ctx, 1_000_000);
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-brief', name: 'Anna de Vries', email: 'anna@example.org' });
    buurman = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-buur', name: 'Ben Buur', email: 'ben@example.org' });
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { name: 'Rik Regisseur' });
    jurist = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { sub: 'brief-jurist', name: 'Juul Jurist' });
  });
  afterAll(async () => {
    await ctx.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    for (const [k, v] of Object.entries(vorig)) {
      if (v === undefined) {
        delete process.env[k];
      } else {
        process.env[k] = v;
      }
    }
  });

  it('stuurt ontvangstbevestiging, aanvullingsverzoek en besluit als PDF; het besluit is bekend vanaf de verzending', async () => {
    const concept = await opslaan(ctx, bewoner, initiatiefInput(o, 60_000, 10_000));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, bewoner);
    expect(await verzend()).toEqual({ verzonden: 1, mislukt: 0 });
    const ontvangst = mails.at(-1)!;
    expect(ontvangst.to).toMatchObject({ text: 'anna@example.org' });
    expect(ontvangst.subject).toMatch(/^Wij hebben uw aanvraag ontvangen \(INI-\d{4}-\d{4}\/1\)$/);
    expect(ontvangst.attachments).toHaveLength(1);
    expect((await leesPdf(ontvangst.attachments[0].content)).tekst).toContain('(artikel 4:3a Awb)');

    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: concept.id }, regisseur);
    await ctx.gqlOk(
      'mutation($id: ID!, $t: String!) { aanvullingVragen(id: $id, toelichting: $t, termijnDagen: 14) { id } }',
      { id: concept.id, t: 'Stuur ons de offerte van de tafelverhuur.' },
      regisseur,
    );
    await verzend();
    const aanvulling = await leesPdf(mails.at(-1)!.attachments[0].content);
    expect(aanvulling.tekst).toContain('Stuur ons de offerte van de tafelverhuur.');
    expect(aanvulling.tekst).toContain('(artikel 4:5 Awb)');
    const aangevuld = await ctx.gqlOk<{ aanvullingAanleveren: { aanvragen: Array<{ id: string }> } }>(
      'mutation($id: ID!, $input: InitiatiefInput!) { aanvullingAanleveren(id: $id, input: $input) { aanvragen { id } } }',
      { id: concept.id, input: initiatiefInput(o, 60_000, 10_000) },
      bewoner,
    );
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { id } }',
      {
        input: {
          initiatiefId: concept.id,
          uitkomst: 'TOEGEKEND',
          motivering: 'Het straatfeest brengt buren samen; de huur van tafels vergoeden wij voor een deel.',
          bedragen: [{ aanvraagId: aangevuld.aanvullingAanleveren.aanvragen[0].id, bedrag: 45_000 }],
        },
      },
      o.beleid,
    );
    // Decided, not yet sent: the decision is not made known and no objection term runs yet (Awb 6:8).
    let d = await dossier(concept.id, bewoner);
    expect(d.besluiten[0]).toMatchObject({ soort: 'GEDEELTELIJKE_TOEKENNING', bekendgemaaktOp: null, bezwaartermijnEinde: null });
    expect(d.besluiten[0].brief).toMatchObject({
      soort: 'BESLUIT',
      kanaal: 'EMAIL',
      verzendstatus: 'WACHTEND',
      verzondenOp: null,
    });

    expect(await verzend()).toEqual({ verzonden: 1, mislukt: 0 });
    const besluitmail = mails.at(-1)!;
    expect(besluitmail.subject).toContain('Besluit: wij verlenen u een deel van de gevraagde subsidie');
    expect(besluitmail.text).toContain('Bent u het niet eens met dit besluit?');
    expect(besluitmail.html).toContain('<h1>Besluit: wij verlenen u een deel van de gevraagde subsidie</h1>');
    const bijlage = besluitmail.attachments[0];
    expect(bijlage.contentType).toBe('application/pdf');
    const pdf = await leesPdf(bijlage.content);
    for (const deel of [
      'Wij verlenen u een subsidie van € 450',
      'U vroeg € 600',
      'Voor het verschil van € 150 wijzen wij uw aanvraag af',
      'Het straatfeest brengt buren samen; de huur van tafels vergoeden wij voor een deel.',
      'Meld uiterlijk',
      'bezwaar maken bij het college van burgemeester en wethouders van Heerlen',
      'zes weken (artikel 6:7',
      'College van burgemeester en wethouders van Heerlen, Postbus 1, 6400 AA Heerlen',
      'Namens het college van burgemeester en wethouders van Heerlen,',
      'Bea Beleid',
    ]) {
      expect(pdf.tekst).toContain(deel);
    }

    d = await dossier(concept.id, bewoner);
    const besluit = d.besluiten[0];
    expect(besluit.bekendgemaaktOp).not.toBeNull();
    expect(besluit.brief).toMatchObject({ verzendstatus: 'VERZONDEN', verzondenOp: besluit.bekendgemaaktOp });
    // Six weeks from the day after sending, moved per the Atw (with the equated days in the database).
    const vrij = await ctx.dataSource.query<Array<{ datum: string }>>('SELECT datum::text AS datum FROM gelijkgestelde_dag');
    const verzonden = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(besluit.bekendgemaaktOp!),
    );
    expect(besluit.bezwaartermijnEinde).toBe(bezwaarMogelijkTot(verzonden, new Set(vrij.map((r) => r.datum))));
    expect(d.brieven.map((b) => [b.soort, b.verzendstatus])).toEqual([
      ['ONTVANGSTBEVESTIGING', 'VERZONDEN'],
      ['AANVULLINGSVERZOEK', 'VERZONDEN'],
      ['BESLUIT', 'VERZONDEN'],
    ]);

    // The stored letter is what was sent: same bytes, same hash, for the applicant and for staff.
    const eigen = await download(besluit.brief!.pdfUrl, bewoner);
    expect(eigen.status).toBe(200);
    expect(eigen.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(eigen.body as Buffer, bijlage.content)).toBe(0);
    expect(eigen.headers['x-content-sha256']).toBe(besluit.brief!.sha256);
    expect((await download(besluit.brief!.pdfUrl, regisseur)).status).toBe(200);
    const html = await download(besluit.brief!.htmlUrl, bewoner);
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect((html.body as Buffer).toString()).toContain('<html lang="nl">');
    // Nobody else: another resident gets 404 (no hint it exists), without a token 401.
    expect((await download(besluit.brief!.pdfUrl, buurman)).status).toBe(404);
    expect((await download(besluit.brief!.htmlUrl, buurman)).status).toBe(404);
    expect((await download(besluit.brief!.pdfUrl, null)).status).toBe(401);
    expect((await dossier(concept.id, buurman)).brieven).toEqual([]);

    // Stored unchangeably: the database refuses to change a letter or its sending.
    const briefId = besluit.brief!.pdfUrl.split('/').pop()!.replace('.pdf', '');
    await expect(ctx.dataSource.query(`UPDATE brief SET html = '<p>anders</p>' WHERE id = $1`, [briefId])).rejects.toThrow(
      /Een verzonden brief wordt niet gewijzigd/,
    );
    await expect(ctx.dataSource.query(`UPDATE brief SET pdf = '\\x00' WHERE id = $1`, [briefId])).rejects.toThrow(
      /Een verzonden brief wordt niet gewijzigd/,
    );
    await expect(ctx.dataSource.query(`UPDATE brief SET verzonden_op = now() WHERE id = $1`, [briefId])).rejects.toThrow(
      /Een verzonden brief wordt niet gewijzigd/,
    );
  });

  it('plaatst de brief in het Buurtportaal als de aanvrager daarvoor koos (Awb 2:14): dan is die meteen bekendgemaakt', async () => {
    const concept = await opslaan(ctx, bewoner, initiatiefInput(o, 20_000, 5_000));
    const KIES = 'mutation($id: ID!, $k: Berichtkanaal!) { berichtkanaalKiezen(initiatiefId: $id, kanaal: $k) { id } }';
    // Only the applicant chooses.
    const vreemd = await ctx.gql(KIES, { id: concept.id, k: 'PORTAAL' }, buurman);
    expect(vreemd.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await ctx.gqlOk(KIES, { id: concept.id, k: 'PORTAAL' }, bewoner);
    expect((await dossier(concept.id, bewoner)).berichtkanaal).toBe('PORTAAL');
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, bewoner);
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: concept.id }, regisseur);
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { id } }',
      { input: { initiatiefId: concept.id, uitkomst: 'AFGEWEZEN', motivering: 'Het plan past niet binnen de regeling.' } },
      o.beleid,
    );
    const voor = mails.length;
    await verzend();
    expect(mails.length).toBe(voor);
    const d = await dossier(concept.id, bewoner);
    expect(d.brieven.map((b) => [b.soort, b.kanaal, b.verzendstatus])).toEqual([
      ['ONTVANGSTBEVESTIGING', 'PORTAAL', 'GEPLAATST'],
      ['BESLUIT', 'PORTAAL', 'GEPLAATST'],
    ]);
    expect(d.besluiten[0].bekendgemaaktOp).not.toBeNull();
    expect(d.besluiten[0].bezwaartermijnEinde).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('laat beleidsmedewerkers de tekst per regeling kiezen; die staat in de volgende brief', async () => {
    const OPSLAAN = `mutation($input: BrieftekstInput!) { brieftekstOpslaan(input: $input) { regelingCode briefsoort blok tekst } }`;
    const input = {
      regelingCode: 'BUURTAKTIE_TEST',
      briefsoort: 'ONTVANGSTBEVESTIGING',
      blok: 'INLEIDING',
      tekst: 'Fijn dat u meedoet met de Buurtaktie, {naam}!',
    };
    expect((await ctx.gql(OPSLAAN, { input }, bewoner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const fout = await ctx.gql(OPSLAAN, { input: { ...input, tekst: 'U krijgt {bedrag}.' } }, o.beleid);
    expect(fout.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await ctx.gqlOk(OPSLAAN, { input }, o.beleid);
    const blokken = await ctx.gqlOk<{ brieftekstBlokken: Array<{ briefsoort: string; blok: string; tekst: string }> }>(
      '{ brieftekstBlokken(regelingCode: "BUURTAKTIE_TEST") { briefsoort blok tekst } }',
      {},
      o.beleid,
    );
    expect(blokken.brieftekstBlokken).toEqual([{ briefsoort: 'ONTVANGSTBEVESTIGING', blok: 'INLEIDING', tekst: input.tekst }]);

    const concept = await opslaan(ctx, bewoner, initiatiefInput(o, 10_000, 2_000));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, bewoner);
    await verzend();
    expect((await leesPdf(mails.at(-1)!.attachments[0].content)).tekst).toContain(
      'Fijn dat u meedoet met de Buurtaktie, Anna de Vries!',
    );
  });
  it('van indienen tot beslissing op bezwaar: elke brief per mail met PDF, de termijnen vanaf de dag na verzending (Awb 3:41, 6:8, Atw)', async () => {
    const start = mails.length;
    const vrij = new Set(
      (await ctx.dataSource.query<Array<{ datum: string }>>('SELECT datum::text AS datum FROM gelijkgestelde_dag')).map(
        (r) => r.datum,
      ),
    );
    const dag = (iso: string) => amsterdamseDatum(new Date(iso));
    const pdfVan = async (m: ParsedMail) => {
      expect(m.attachments).toHaveLength(1);
      expect(m.attachments[0].contentType).toBe('application/pdf');
      const gelezen = await leesPdf(m.attachments[0].content);
      expect(gelezen.getagd).toBe(true);
      return gelezen.tekst;
    };

    // 1. Submission: the receipt (Awb 4:3a) is mailed with its PDF.
    const concept = await opslaan(ctx, bewoner, initiatiefInput(o, 40_000, 8_000));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, bewoner);
    await verzend();
    expect(mails.slice(start).map((m) => m.subject)).toEqual([expect.stringMatching(/^Wij hebben uw aanvraag ontvangen \(INI-/)]);
    const ontvangst = await pdfVan(mails.at(-1)!);
    expect(ontvangst).toContain('(artikel 4:3a Awb)');
    expect(ontvangst).toContain('Wij beslissen uiterlijk op');

    // 2. The decision: mailed with its PDF; made known on delivery, the objection term from the next day.
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: concept.id }, regisseur);
    const { node: voorBesluit } = await ctx.gqlOk<{ node: { aanvragen: Array<{ id: string }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { aanvragen { id } } } }',
      { id: concept.id },
      bewoner,
    );
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { id } }',
      {
        input: {
          initiatiefId: concept.id,
          uitkomst: 'TOEGEKEND',
          motivering: 'Het buurtfeest past in de regeling; de huur van het podium valt erbuiten.',
          bedragen: [{ aanvraagId: voorBesluit.aanvragen[0].id, bedrag: 25_000 }],
        },
      },
      o.beleid,
    );
    await verzend();
    const besluitmail = mails.at(-1)!;
    expect(besluitmail.to).toMatchObject({ text: 'anna@example.org' });
    expect(besluitmail.subject).toContain('Besluit: wij verlenen u een deel van de gevraagde subsidie');
    const besluitPdf = await pdfVan(besluitmail);
    for (const deel of [
      'Wij verlenen u een subsidie van € 250',
      'de huur van het podium valt erbuiten',
      'Meld uiterlijk',
      'zes weken (artikel 6:7',
    ]) {
      expect(besluitPdf).toContain(deel);
    }
    const besluit = (await dossier(concept.id, bewoner)).besluiten[0];
    expect(besluit.bekendgemaaktOp).not.toBeNull();
    expect(besluit.bezwaartermijnEinde).toBe(bezwaarMogelijkTot(dag(besluit.bekendgemaaktOp!), vrij));

    // 3. The objection, within that term: registered on time, with a receipt letter (Awb 6:14).
    const { bezwaarMaken: bezwaar } = await ctx.gqlOk<{ bezwaarMaken: BezwaarStand }>(
      `mutation($input: BezwaarInput!) { bezwaarMaken(input: $input) { id referentie status tijdig bezwaartermijnEinde beslissenUiterlijk } }`,
      {
        input: {
          besluitId: besluit.id,
          adres: 'Akerstraat 1, 6411 GW Heerlen',
          gronden: 'Het podium hoort bij het feest; zonder podium kan de buurtband niet spelen.',
        },
      },
      bewoner,
    );
    expect(bezwaar).toMatchObject({ status: 'ONTVANGEN', tijdig: true, bezwaartermijnEinde: besluit.bezwaartermijnEinde });
    await verzend();
    const bezwaarOntvangst = mails.at(-1)!;
    expect(bezwaarOntvangst.subject).toBe(`Wij hebben uw bezwaar ontvangen (${bezwaar.referentie}/1)`);
    const ontvangstPdf = await pdfVan(bezwaarOntvangst);
    for (const deel of [
      `kenmerk ${bezwaar.referentie}`,
      '(artikel 6:14 Awb)',
      'Uw bezwaar kwam op tijd binnen.',
      `Wij beslissen uiterlijk op ${datumVoluit(bezwaar.beslissenUiterlijk)} (artikel 7:10 Awb)`,
    ]) {
      expect(ontvangstPdf).toContain(deel);
    }

    // 4. The hearing (Awb 7:2): an invitation mail; the test then moves the hearing into the past.
    const morgen = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
    await ctx.gqlOk(
      'mutation($id: ID!, $op: DateTime!, $plaats: String!) { hoorzittingPlannen(id: $id, op: $op, plaats: $plaats) { status } }',
      { id: bezwaar.id, op: morgen, plaats: 'Stadhuis Heerlen, zaal 2' },
      jurist,
    );
    await verzend();
    expect(mails.at(-1)!.subject).toBe(`Uitnodiging hoorzitting bezwaar ${bezwaar.referentie}`);
    expect(mails.at(-1)!.text).toContain('Stadhuis Heerlen, zaal 2');
    await ctx.dataSource.query("UPDATE bezwaar SET hoorzitting_op = now() - interval '1 hour' WHERE referentie = $1", [
      bezwaar.referentie,
    ]);

    // 5. The decision on the objection, by an official who did not take the decision (Awb 7:5):
    //    well-founded, the grant revised; the letter is mailed with its PDF and starts the appeal term.
    const { bezwaarBeslissen } = await ctx.gqlOk<{ bezwaarBeslissen: BezwaarStand }>(
      `mutation($input: BezwaarBeslissingInput!) { bezwaarBeslissen(input: $input) { status beroepMogelijkTot brieven { ${BRIEF} } } }`,
      {
        input: {
          bezwaarId: bezwaar.id,
          beslissing: 'GEGROND',
          motivering: 'Het podium is nodig voor het optreden van de buurtband en hoort bij het plan.',
          nieuweUitkomst: 'TOEGEKEND',
          bedragen: [{ aanvraagId: voorBesluit.aanvragen[0].id, bedrag: 40_000 }],
        },
      },
      jurist,
    );
    expect(bezwaarBeslissen.status).toBe('BESLOTEN');
    expect(bezwaarBeslissen.beroepMogelijkTot).toBeNull(); // not sent yet (Awb 6:8)
    expect(bezwaarBeslissen.brieven.map((b) => [b.soort, b.verzendstatus])).toEqual([
      ['BEZWAAR_ONTVANGST', 'VERZONDEN'],
      ['BESLISSING_OP_BEZWAAR', 'WACHTEND'],
    ]);
    await verzend();
    const beslissing = mails.at(-1)!;
    expect(beslissing.to).toMatchObject({ text: 'anna@example.org' });
    expect(beslissing.subject).toBe(`Beslissing op uw bezwaar ${bezwaar.referentie} (${bezwaar.referentie}/2)`);
    expect(beslissing.html).toContain(`<h1>Beslissing op uw bezwaar ${bezwaar.referentie}</h1>`);
    const beslissingPdf = await pdfVan(beslissing);
    for (const deel of [
      'Uw bezwaar is gegrond.',
      'Wij herroepen het besluit en nemen een nieuw besluit (artikel 7:11 Awb)',
      '€ 250',
      '€ 400',
      'Het podium is nodig voor het optreden van de buurtband',
      'Wij hebben u gehoord op',
      'Stadhuis Heerlen, zaal 2',
      'Namens het college heeft Juul Jurist besloten (mandaat)',
      'beroep instellen bij de rechtbank Limburg (artikel 8:1 Awb)',
      'binnen zes weken',
      'de dag na de dag waarop wij deze brief aan u hebben verzonden (artikel 6:7 en 6:8 Awb)',
      'Rechtbank Limburg, team bestuursrecht, Postbus 950, 6040 AZ Roermond',
      'www.rechtspraak.nl',
    ]) {
      expect(beslissingPdf).toContain(deel);
    }
    // The decision that replaces the revoked one is stated in this letter; no letter of its own offers objection (Awb 7:1).
    expect(mails.slice(start).filter((m) => m.subject?.startsWith('Besluit:'))).toHaveLength(1);
    expect(mails.slice(start).map((m) => m.attachments.length)).toEqual([1, 1, 1, 0, 1]);

    const { node: na } = await ctx.gqlOk<{ node: BezwaarStand }>(
      `query($id: ID!) { node(id: $id) { ... on Bezwaar { beroepMogelijkTot brieven { ${BRIEF} } } } }`,
      { id: bezwaar.id },
      bewoner,
    );
    const brief = na.brieven[1];
    expect(brief).toMatchObject({ soort: 'BESLISSING_OP_BEZWAAR', verzendstatus: 'VERZONDEN', kanaal: 'EMAIL' });
    expect(na.beroepMogelijkTot).toBe(bezwaarMogelijkTot(dag(brief.verzondenOp!), vrij));

    // The stored letter is what was sent, for the objector and staff; nobody else learns it exists.
    const eigen = await download(brief.pdfUrl, bewoner);
    expect(eigen.status).toBe(200);
    expect(Buffer.compare(eigen.body as Buffer, beslissing.attachments[0].content)).toBe(0);
    expect(eigen.headers['x-content-sha256']).toBe(brief.sha256);
    expect((await download(brief.htmlUrl, jurist)).status).toBe(200);
    expect((await download(brief.pdfUrl, buurman)).status).toBe(404);
    // Letters about an objection are shown with the objection, not in the applicant's file.
    expect((await dossier(concept.id, bewoner)).brieven.map((b) => b.soort)).toEqual(['ONTVANGSTBEVESTIGING', 'BESLUIT']);
  });
});
