/**
 * Follow your buurt (libs/meedoen, buurtvolgen): a resident follows buurten (signed in with a
 * verified address at once, or by e-mail after confirming a link), gets a weekly digest of what
 * is new there from the job runner, with RFC 8058 one-click unsubscribe (List-Unsubscribe and
 * List-Unsubscribe-Post headers), and every buurt has an Atom 1.0 feed (RFC 4287), parsed here.
 */
// fast-xml-parser 3 (a devDependency, the version the S3 test server uses too): a real XML 1.0 parser.
import { parse as parseXml, validate as valideerXml } from 'fast-xml-parser';
import { Rol } from '@buurtwerk/core';
import { BuurtvolgenService } from '@buurtwerk/meedoen';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, type Opzet, opslaan, zetOp } from './initiatieven.helpers';

const VOLGEN = 'mutation($input: BuurtVolgenInput!) { buurtVolgen(input: $input) { bevestigingNodig } }';
const BEVESTIGEN = 'mutation($id: ID!, $code: String!) { buurtVolgenBevestigen(id: $id, code: $code) { code naam } }';
const WEEK = 7 * 86_400_000;

interface Mail {
  soort: string;
  aan: string;
  onderwerp: string;
  tekst: string;
  headers: Record<string, string> | null;
}

describe('Buurt volgen', () => {
  let ctx: TestContext;
  let o: Opzet;
  let anderBuurtId: string;
  let service: BuurtvolgenService;

  const mails = (soort: string, aan?: string) =>
    ctx.dataSource.query<Mail[]>(
      'SELECT soort, aan, onderwerp, tekst, headers FROM uitgaande_mail WHERE soort = $1 AND ($2::text IS NULL OR aan = $2) ORDER BY aangemaakt_op',
      [soort, aan ?? null],
    );

  /** Follows by e-mail and confirms through the link in the mail, as a resident would. */
  async function volgPerMail(email: string, buurtIds: string[]): Promise<void> {
    const { buurtVolgen } = await ctx.gqlOk<{ buurtVolgen: { bevestigingNodig: boolean } }>(VOLGEN, {
      input: { email, buurtIds },
    });
    expect(buurtVolgen.bevestigingNodig).toBe(true);
    const [mail] = (await mails('BUURTVOLGEN_BEVESTIGEN', email)).slice(-1);
    const link = new URL(/https?:\/\/\S+/.exec(mail.tekst)![0]);
    // The link opens a page with a button; the button confirms (a GET never does).
    const pad = `${link.pathname}${link.search}`;
    expect((await ctx.http().get(pad)).text).toContain('<form method="post"');
    const res = await ctx.http().post(pad);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Je krijgt elke week nieuws uit:');
    expect((await ctx.http().post(pad)).status).toBe(404);
  }

  beforeAll(async () => {
    ctx = await testContext();
    o = await zetOp(ctx, 10_000_000);
    anderBuurtId = (await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09173300") { id } }')).buurt.id;
    service = ctx.app.get(BuurtvolgenService);

    // News in BU09171001: a volunteer request (with characters XML must escape) and a granted initiative.
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const org = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
      'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
      { input: { naam: 'Buurtpunt Centrum', soort: 'BUURTORGANISATIE', buurtIds: [o.buurtId] } },
      beheerder,
    );
    await ctx.gqlOk(
      'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
      { o: org.organisatieRegistreren.id, g: 'lid-volgen' },
      beheerder,
    );
    const lid = await ctx.tokenFor(Rol.PARTNER, { sub: 'lid-volgen' });
    await ctx.gqlOk(
      'mutation($input: VrijwilligersverzoekInput!) { vrijwilligersverzoekPlaatsen(input: $input) { id } }',
      {
        input: {
          organisatieId: org.organisatieRegistreren.id,
          titel: 'Koffie & <taart> schenken',
          beschrijving: 'Bij de buurtmiddag.',
          thema: 'GROEN_EN_BUITEN',
          begin: new Date(Date.now() + 3 * 86_400_000).toISOString(),
          buurtId: o.buurtId,
          locatie: 'Buurthuis',
          aantal: 2,
        },
      },
      lid,
    );
    const indiener = await ctx.tokenFor(Rol.BEWONER, { email: 'ingrid@example.org' });
    const { id } = await opslaan(ctx, indiener, initiatiefInput(o, 10_000, 2_000, { titel: 'Bankjes op het plein' }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id }, indiener);
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
  });
  afterAll(() => ctx.close());

  it('volgt per e-mail pas na bevestiging, en een verkeerde code werkt niet', async () => {
    const res = await ctx.gqlOk<{ buurtVolgen: { bevestigingNodig: boolean } }>(VOLGEN, {
      input: { email: ' Piet@Example.org ', buurtIds: [o.buurtId] },
    });
    expect(res.buurtVolgen.bevestigingNodig).toBe(true);
    const [mail] = await mails('BUURTVOLGEN_BEVESTIGEN', 'piet@example.org');
    expect(mail.onderwerp).toContain('Bevestig');
    const link = new URL(/https?:\/\/\S+/.exec(mail.tekst)![0]);
    // Not confirmed yet: no digest, even days later (after a week the request is forgotten).
    await service.overzichtRonde(new Date(Date.now() + 6 * 86_400_000));
    expect(await mails('BUURTOVERZICHT', 'piet@example.org')).toHaveLength(0);

    const fout = await ctx.gql(BEVESTIGEN, { id: link.searchParams.get('id'), code: 'verkeerd' });
    expect(foutcodes(fout)).toEqual(['BAD_USER_INPUT']);
    const ok = await ctx.gqlOk<{ buurtVolgenBevestigen: Array<{ code: string }> }>(BEVESTIGEN, {
      id: link.searchParams.get('id'),
      code: link.searchParams.get('code'),
    });
    expect(ok.buurtVolgenBevestigen.map((b) => b.code)).toEqual(['BU09171001']);
    // The link works once.
    expect(
      foutcodes(await ctx.gql(BEVESTIGEN, { id: link.searchParams.get('id'), code: link.searchParams.get('code') })),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('vraagt een e-mailadres wie niet is ingelogd, en zegt dat bij het veld', async () => {
    const res = await ctx.gql(VOLGEN, { input: { buurtIds: [o.buurtId] } });
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].extensions).toMatchObject({
      velden: [{ veld: 'input.email', melding: 'vul je e-mailadres in, dan sturen we je een bevestiging.' }],
    });
  });

  it('laat een ingelogde bewoner met een geverifieerd adres meteen volgen en stoppen', async () => {
    const bewoner = await ctx.tokenFor(Rol.BEWONER, { email: 'bo@example.org' });
    const res = await ctx.gqlOk<{ buurtVolgen: { bevestigingNodig: boolean } }>(
      VOLGEN,
      { input: { buurtIds: [o.buurtId, anderBuurtId] } },
      bewoner,
    );
    expect(res.buurtVolgen.bevestigingNodig).toBe(false);
    const mijn = await ctx.gqlOk<{ mijnGevolgdeBuurten: Array<{ code: string }> }>(
      '{ mijnGevolgdeBuurten { code } }',
      {},
      bewoner,
    );
    expect(mijn.mijnGevolgdeBuurten.map((b) => b.code).sort()).toEqual(['BU09171001', 'BU09173300']);
    const na = await ctx.gqlOk<{ buurtNietMeerVolgen: Array<{ code: string }> }>(
      'mutation($b: ID!) { buurtNietMeerVolgen(buurtId: $b) { code } }',
      { b: anderBuurtId },
      bewoner,
    );
    expect(na.buurtNietMeerVolgen.map((b) => b.code)).toEqual(['BU09171001']);
    // Without a verified address a signed-in resident still confirms by e-mail.
    const onbevestigd = await ctx.tokenFor(Rol.BEWONER, { email: 'nog@example.org', emailGeverifieerd: false });
    const r2 = await ctx.gqlOk<{ buurtVolgen: { bevestigingNodig: boolean } }>(
      VOLGEN,
      { input: { buurtIds: [o.buurtId], email: 'nog@example.org' } },
      onbevestigd,
    );
    expect(r2.buurtVolgen.bevestigingNodig).toBe(true);
  });

  it('vergeet een verzoek om te volgen dat na een week niet is bevestigd, met het adres', async () => {
    await ctx.gqlOk(VOLGEN, { input: { email: 'vergeten@example.org', buurtIds: [o.buurtId] } });
    const aantal = async () =>
      (
        await ctx.dataSource.query<Array<{ n: number }>>(
          "SELECT count(*)::int AS n FROM buurtvolger WHERE email = 'vergeten@example.org'",
        )
      )[0].n;
    await service.overzichtRonde(new Date(Date.now() + 3 * 86_400_000));
    expect(await aantal()).toBe(1);
    await service.overzichtRonde(new Date(Date.now() + WEEK + 3_600_000));
    expect(await aantal()).toBe(0);
  });

  it('stuurt wekelijks één overzicht met wat nieuw is, ook als twee instanties tegelijk draaien, en niets als er niets nieuw is', async () => {
    await volgPerMail('anna@example.org', [o.buurtId]);
    await volgPerMail('stil@example.org', [anderBuurtId]);
    const overEenWeek = new Date(Date.now() + WEEK + 3_600_000);
    // Two instances run the job at the same moment: every follower gets exactly one digest.
    const [a, b] = await Promise.all([service.overzichtRonde(overEenWeek), service.overzichtRonde(overEenWeek)]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    const [mail, ...meer] = await mails('BUURTOVERZICHT', 'anna@example.org');
    expect(meer).toHaveLength(0);
    expect(mail.onderwerp).toContain('Nieuw in');
    expect(mail.tekst).toContain('Nieuwe vragen om vrijwilligers:');
    expect(mail.tekst).toContain('Koffie & <taart> schenken');
    expect(mail.tekst).toContain('Toegekende initiatieven:');
    expect(mail.tekst).toContain('Bankjes op het plein');
    // The applicant is never in it.
    expect(mail.tekst).not.toContain('ingrid@example.org');
    // RFC 8058: an HTTPS/HTTP URI in List-Unsubscribe and the one-click marker.
    expect(mail.headers).toEqual({
      'List-Unsubscribe': expect.stringMatching(
        /^<https?:\/\/[^>]+\/api\/v1\/buurtvolgen\/afmelden\?id=[0-9a-f-]{36}&code=[\w-]+>$/,
      ),
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    // Nothing new in the other buurt: no mail.
    expect(await mails('BUURTOVERZICHT', 'stil@example.org')).toHaveLength(0);
    // The same week again: nothing twice.
    await service.overzichtRonde(overEenWeek);
    expect(await mails('BUURTOVERZICHT', 'anna@example.org')).toHaveLength(1);
    // A week later the old news is not news any more.
    await service.overzichtRonde(new Date(overEenWeek.getTime() + WEEK + 3_600_000));
    expect(await mails('BUURTOVERZICHT', 'anna@example.org')).toHaveLength(1);
  });

  it('meldt af met één klik (RFC 8058): een GET toont alleen een knop, de POST verwijdert het adres', async () => {
    await volgPerMail('klik@example.org', [o.buurtId]);
    await service.overzichtRonde(new Date(Date.now() + WEEK + 3_600_000));
    const [mail] = await mails('BUURTOVERZICHT', 'klik@example.org');
    const link = new URL(mail.headers!['List-Unsubscribe'].slice(1, -1));
    expect(mail.tekst).toContain(link.href);
    const pad = `${link.pathname}${link.search}`;

    const pagina = await ctx.http().get(pad);
    expect(pagina.status).toBe(200);
    expect(pagina.text).toContain('<form method="post"');
    expect(pagina.text).toContain('lang="nl"');
    const aantal = async () =>
      (
        await ctx.dataSource.query<Array<{ n: number }>>(
          "SELECT count(*)::int AS n FROM buurtvolger WHERE email = 'klik@example.org'",
        )
      )[0].n;
    expect(await aantal()).toBe(1);

    const fout = await ctx
      .http()
      .post(`${link.pathname}?id=${link.searchParams.get('id')}&code=verkeerd`)
      .type('form')
      .send('List-Unsubscribe=One-Click');
    expect(fout.status).toBe(404);
    expect(await aantal()).toBe(1);

    const res = await ctx.http().post(pad).type('form').send('List-Unsubscribe=One-Click');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Je bent afgemeld');
    expect(await aantal()).toBe(0);
    // A second click says so plainly.
    expect((await ctx.http().post(pad).type('form').send('List-Unsubscribe=One-Click')).status).toBe(404);
  });

  it('geeft per buurt een geldige Atom 1.0-feed (RFC 4287) met het nieuws, zonder persoonsgegevens', async () => {
    const res = await ctx.http().get('/api/v1/buurtnieuws/BU09171001').buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = res.text;
    expect(valideerXml(xml)).toBe(true);
    const lijst = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);
    const doc = parseXml(xml, { ignoreAttributes: false, attributeNamePrefix: '@' }) as {
      feed: {
        '@xmlns': string;
        id: string;
        title: string;
        updated: string;
        author: { name: string };
        link: Array<{ '@rel': string; '@href': string }>;
        entry: Array<{ id: string; title: string; updated: string; summary: string; link: { '@href': string } }>;
      };
    };
    const feed = { ...doc.feed, link: lijst(doc.feed.link), entry: lijst(doc.feed.entry) };
    // RFC 4287 4.1.1: atom:feed has exactly one id, title, updated; an author (no entry has its own); a self link.
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('tag:heerlen.nl,2026:buurtwerk:buurt:BU09171001');
    expect(feed.title).toMatch(/^Nieuws uit /);
    expect(feed.author.name).toBe('Gemeente Heerlen');
    expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toMatch(/\/api\/v1\/buurtnieuws\/BU09171001$/);
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
    expect(feed.updated).toMatch(rfc3339);
    expect(feed.entry.length).toBeGreaterThanOrEqual(2);
    for (const e of feed.entry) {
      expect(e.id).toMatch(/^tag:heerlen\.nl,2026:buurtwerk:[a-z]+:.+/);
      expect(e.updated).toMatch(rfc3339);
      expect(e.title.length).toBeGreaterThan(0);
      expect(e.link['@href']).toMatch(/^https?:\/\//);
    }
    // Entry ids are unique (4.2.6) and the escaped title comes back as written.
    expect(new Set(feed.entry.map((e) => e.id)).size).toBe(feed.entry.length);
    const titels = feed.entry.map((e) => e.title);
    expect(titels).toEqual(expect.arrayContaining(['Koffie &amp; &lt;taart&gt; schenken', 'Bankjes op het plein']));
    expect(xml).not.toContain('ingrid@example.org');
    expect(feed.updated).toBe(
      feed.entry
        .map((e) => e.updated)
        .sort()
        .at(-1),
    );

    expect((await ctx.http().get('/api/v1/buurtnieuws/BU00000000')).status).toBe(404);
    expect((await ctx.http().get('/api/v1/buurtnieuws/..%2Fetc')).status).toBe(404);
  });

  it('neemt gevolgde buurten mee in "mijn gegevens" (zonder de geheime codes) en verwijdert ze bij pseudonimisering', async () => {
    const bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'volger-privacy', email: 'privacy@example.org' });
    await ctx.gqlOk(VOLGEN, { input: { buurtIds: [o.buurtId] } }, bewoner);
    // Also followed by e-mail before signing in: the verified address makes that row theirs too.
    const { mijnGegevens } = await ctx.gqlOk<{ mijnGegevens: Record<string, Array<Record<string, unknown>>> }>(
      '{ mijnGegevens }',
      {},
      bewoner,
    );
    expect(mijnGegevens.buurtvolgers).toHaveLength(1);
    expect(mijnGegevens.buurtvolgers[0]).toMatchObject({ email: 'privacy@example.org', buurtIds: [expect.any(String)] });
    expect(Object.keys(mijnGegevens.buurtvolgers[0])).not.toEqual(expect.arrayContaining(['afmeldcode']));
    expect(Object.keys(mijnGegevens.buurtvolgers[0])).not.toEqual(expect.arrayContaining(['bevestigcode']));

    const { mijnGegevensPseudonimiseren } = await ctx.gqlOk<{ mijnGegevensPseudonimiseren: boolean }>(
      'mutation { mijnGegevensPseudonimiseren }',
      {},
      bewoner,
    );
    expect(mijnGegevensPseudonimiseren).toBe(true);
    const over = await ctx.dataSource.query<unknown[]>(
      "SELECT 1 FROM buurtvolger WHERE gebruiker_id = 'volger-privacy' OR email = 'privacy@example.org'",
    );
    expect(over).toHaveLength(0);
  });
});
