/**
 * Sign-ups are confirmed through the link in the mail (docs/domein.md, invariant 9, issue 14): a sign-up
 * holds its place in line, becomes definite when the link is followed, and expires unconfirmed,
 * releasing its place to the next in line in order of receipt. Mass sign-ups with other people's
 * addresses fill nothing for good, and a repeated sign-up reveals nothing (issue 15).
 */
import { randomUUID } from 'node:crypto';
import { Rol } from '@buurtwerk/core';
import { AanmeldingVerloop } from '@buurtwerk/netwerkbijeenkomsten';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import {
  type Aanmelding,
  aanmeldenEnBevestigen,
  aanmeldenZonderBevestigen,
  BEVESTIGEN,
  bevestigingslink,
  dbId,
} from './aanmelden.helpers';

const PLANNEN = `mutation($input: NetwerkbijeenkomstInput!) { netwerkbijeenkomstPlannen(input: $input) { id } }`;
const AFMELDEN = `mutation($id: ID!, $code: String!) { afmelden(aanmeldingId: $id, afmeldcode: $code) { id status } }`;
const TELLING = `query($id: ID!) { node(id: $id) { ... on Netwerkbijeenkomst { aantalAanmeldingen plaatsenBeschikbaar aantalOpWachtlijst } } }`;

interface Telling {
  aantalAanmeldingen: number;
  plaatsenBeschikbaar: number;
  aantalOpWachtlijst: number;
}

describe('Aanmelden met bevestiging per mail (invariant 9)', () => {
  let ctx: TestContext;
  let regisseur: string;
  let buurten: Array<{ id: string }>;
  let volgende = 0;
  const vorigeInterval = process.env.AANMELDING_VERLOOP_INTERVAL_MS;

  const plannen = async (capaciteit: number) =>
    (
      await ctx.gqlOk<{ netwerkbijeenkomstPlannen: { id: string } }>(
        PLANNEN,
        {
          input: {
            titel: 'Netwerkbijeenkomst',
            begin: '2030-04-15T19:00:00+02:00',
            eind: '2030-04-15T21:30:00+02:00',
            buurtId: buurten[volgende++].id,
            locatie: 'Buurthuis',
            capaciteit,
          },
        },
        regisseur,
      )
    ).netwerkbijeenkomstPlannen.id;

  const formulier = (c: TestContext, bijeenkomstId: string, email: string, token?: string) =>
    aanmeldenZonderBevestigen(c, { bijeenkomstId, naam: `Deelnemer ${email}`, email }, token);
  const bevestig = (link: { id: string; code: string }) => ctx.gql<{ aanmeldingBevestigen: Aanmelding }>(BEVESTIGEN, link);
  const telling = async (c: TestContext, id: string) => (await c.gqlOk<{ node: Telling }>(TELLING, { id })).node;
  const mailsAan = (c: TestContext, aan: string) =>
    c.dataSource.query<Array<{ soort: string; tekst: string; referentie_id: string }>>(
      'SELECT soort, tekst, referentie_id FROM uitgaande_mail WHERE aan = $1 ORDER BY aangemaakt_op',
      [aan],
    );
  /** The clock passes the deadline of these held sign-ups (the rest of the system sees only the data). */
  const laatVerlopen = (c: TestContext, aanmeldingIds: string[]) =>
    c.dataSource.query(`UPDATE aanmelding SET bevestigen_voor = now() - interval '1 second' WHERE id = ANY($1::uuid[])`, [
      aanmeldingIds.map(dbId),
    ]);
  /** Counters on the meeting row against its sign-ups, and whether anyone waits ahead of someone admitted. */
  const stand = async (c: TestContext, bijeenkomstId: string) =>
    (
      await c.dataSource.query<
        Array<{
          tellers: number[];
          echt: number[];
          fout_volgorde: boolean;
        }>
      >(
        `SELECT ARRAY[n.aangemeld, n.wachtlijst, n.voorlopig_aangemeld, n.voorlopig_wachtlijst] AS tellers,
                ARRAY[count(a.id) FILTER (WHERE a.status = 'AANGEMELD'),
                      count(a.id) FILTER (WHERE a.status = 'WACHTLIJST'),
                      count(a.id) FILTER (WHERE a.status = 'AANGEMELD' AND a.bevestigen_voor IS NOT NULL),
                      count(a.id) FILTER (WHERE a.status = 'WACHTLIJST' AND a.bevestigen_voor IS NOT NULL)]::int[] AS echt,
                COALESCE(min(a.volgnummer) FILTER (WHERE a.status = 'WACHTLIJST')
                         < max(a.volgnummer) FILTER (WHERE a.status = 'AANGEMELD'), false) AS fout_volgorde
           FROM netwerkbijeenkomst n LEFT JOIN aanmelding a ON a.bijeenkomst_id = n.id
          WHERE n.id = $1 GROUP BY n.id`,
        [dbId(bijeenkomstId)],
      )
    )[0];

  beforeAll(async () => {
    // No timer: the tests run the expiry job themselves.
    process.env.AANMELDING_VERLOOP_INTERVAL_MS = '0';
    ctx = await testContext();
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR);
    buurten = (await ctx.gqlOk<{ buurten: Array<{ id: string }> }>('{ buurten { id } }')).buurten;
  });
  afterAll(async () => {
    await ctx?.close();
    if (vorigeInterval === undefined) {
      delete process.env.AANMELDING_VERLOOP_INTERVAL_MS;
    } else {
      process.env.AANMELDING_VERLOOP_INTERVAL_MS = vorigeInterval;
    }
  });

  it('houdt een plaats vast, mailt de link en maakt de aanmelding pas met die link definitief', async () => {
    const b = await plannen(5);
    const ontvangen = await formulier(ctx, b, 'lotte@example.org');
    expect(ontvangen.data!.aanmelden).toEqual({
      id: expect.any(String),
      status: 'TE_BEVESTIGEN',
      wachtlijstPositie: null,
      afmeldcode: null,
    });
    // Held, not yet public: the counters show confirmed sign-ups only.
    expect(await telling(ctx, b)).toEqual({ aantalAanmeldingen: 0, plaatsenBeschikbaar: 5, aantalOpWachtlijst: 0 });
    const [mail] = await mailsAan(ctx, 'lotte@example.org');
    expect(mail.soort).toBe('AANMELDING_BEVESTIGEN');
    // No greeting with the typed name: whoever signs up an address cannot put text in its mailbox.
    expect(mail.tekst).toMatch(/^Goedendag,/);
    expect(mail.tekst).not.toContain('Deelnemer lotte');
    expect(mail.tekst).toContain('Er is een plaats voor u vastgehouden.');
    expect(mail.tekst).toMatch(
      /Bevestig uw aanmelding dan vóór .+ met deze link:\nhttp:\/\/localhost:3000\/buurtportaal\/aanmelding-bevestigen\?/,
    );

    const link = await bevestigingslink(ctx, ontvangen.data!.aanmelden.id);
    expect(foutcodes(await bevestig({ id: link.id, code: 'geraden' }))).toEqual(['FORBIDDEN']);
    const bevestigd = await bevestig(link);
    expect(bevestigd.data!.aanmeldingBevestigen).toEqual({
      id: link.id,
      status: 'AANGEMELD',
      wachtlijstPositie: null,
      afmeldcode: null,
    });
    expect(await telling(ctx, b)).toEqual({ aantalAanmeldingen: 1, plaatsenBeschikbaar: 4, aantalOpWachtlijst: 0 });
    // Following the link again changes nothing.
    expect((await bevestig(link)).data!.aanmeldingBevestigen.status).toBe('AANGEMELD');
    const soorten = (await mailsAan(ctx, 'lotte@example.org')).map((m) => m.soort);
    expect(soorten).toEqual(['AANMELDING_BEVESTIGEN', 'AANMELDING_BEVESTIGD']);
    const [, bevestiging] = await mailsAan(ctx, 'lotte@example.org');
    expect(bevestiging.tekst).toContain(`/buurtportaal/afmelden?aanmelding=${encodeURIComponent(link.id)}&code=`);

    // The same code cancels; an unknown sign-up and a wrong code get one and the same answer.
    const onbekend = await ctx.gql(AFMELDEN, { id: Buffer.from(`Aanmelding:${randomUUID()}`).toString('base64url'), code: 'x' });
    const verkeerd = await ctx.gql(AFMELDEN, { id: link.id, code: 'x' });
    expect(onbekend.errors).toEqual(verkeerd.errors);
    expect(foutcodes(verkeerd)).toEqual(['FORBIDDEN']);
    expect((await ctx.gqlOk<{ afmelden: { status: string } }>(AFMELDEN, link)).afmelden.status).toBe('AFGEMELD');
  });

  it('geeft een niet bevestigde plaats na de termijn aan de eerste wachtende, en weigert de late bevestiging', async () => {
    const b = await plannen(2);
    const ids: string[] = [];
    for (const naam of ['a', 'b', 'c', 'd']) {
      ids.push((await formulier(ctx, b, `${naam}-verloop@example.org`)).data!.aanmelden.id);
    }
    const links = await Promise.all(ids.map((id) => bevestigingslink(ctx, id)));
    // b, c and d confirm; a (who holds the first place) does not.
    const [, bb, cc, dd] = await Promise.all(links.map((l, i) => (i === 0 ? null : bevestig(l))));
    expect([bb, cc, dd].map((r) => r!.data!.aanmeldingBevestigen)).toMatchObject([
      { status: 'AANGEMELD' },
      { status: 'WACHTLIJST', wachtlijstPositie: 1 },
      { status: 'WACHTLIJST', wachtlijstPositie: 2 },
    ]);
    expect(await telling(ctx, b)).toEqual({ aantalAanmeldingen: 1, plaatsenBeschikbaar: 1, aantalOpWachtlijst: 2 });

    await laatVerlopen(ctx, [ids[0]]);
    expect(await ctx.app.get(AanmeldingVerloop).verwerk()).toBe(1);
    expect(await ctx.app.get(AanmeldingVerloop).verwerk()).toBe(0);
    // c was first in line: the place is hers, and she hears it; d moves up.
    expect((await bevestig(links[2])).data!.aanmeldingBevestigen).toMatchObject({ status: 'AANGEMELD' });
    expect((await bevestig(links[3])).data!.aanmeldingBevestigen).toMatchObject({ status: 'WACHTLIJST', wachtlijstPositie: 1 });
    expect((await mailsAan(ctx, 'c-verloop@example.org')).map((m) => m.soort)).toContain('PLAATS_VRIJGEKOMEN');
    expect(await telling(ctx, b)).toEqual({ aantalAanmeldingen: 2, plaatsenBeschikbaar: 0, aantalOpWachtlijst: 1 });
    const telaat = await bevestig(links[0]);
    expect(foutcodes(telaat)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    expect(telaat.errors?.[0].message).toMatch(/niet op tijd bevestigd/);
    expect(await stand(ctx, b)).toEqual({ tellers: [2, 1, 0, 0], echt: [2, 1, 0, 0], fout_volgorde: false });
  });

  it('laat een verlopen plaats ook zonder de taak vrij zodra iemand zich aanmeldt: de volgende krijgt hem', async () => {
    const b = await plannen(1);
    const eerste = (await formulier(ctx, b, 'eerste-lui@example.org')).data!.aanmelden.id;
    await laatVerlopen(ctx, [eerste]);
    const tweede = await aanmeldenEnBevestigen(ctx, { bijeenkomstId: b, naam: 'Tweede', email: 'tweede-vlot@example.org' });
    expect(tweede.data!.aanmelden).toMatchObject({ status: 'AANGEMELD', wachtlijstPositie: null });
    expect(foutcodes(await bevestig(await bevestigingslink(ctx, eerste)))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
  });

  it('stuurt bij een herhaalde aanmelding van een vastgehouden plaats een nieuwe link, zonder de termijn te verlengen', async () => {
    const b = await plannen(3);
    const id = (await formulier(ctx, b, 'herhaal@example.org')).data!.aanmelden.id;
    const oud = await bevestigingslink(ctx, id);
    const [{ tot }] = await ctx.dataSource.query<Array<{ tot: Date }>>(
      'SELECT bevestigen_voor AS tot FROM aanmelding WHERE id = $1',
      [dbId(id)],
    );
    // Within the pause: nothing new (no way to flood the mailbox).
    await formulier(ctx, b, 'herhaal@example.org');
    expect(await mailsAan(ctx, 'herhaal@example.org')).toHaveLength(1);
    // After the pause: a new link; the old one stops working; the deadline stays.
    await ctx.dataSource.query(
      `UPDATE uitgaande_mail SET aangemaakt_op = now() - interval '11 minutes' WHERE aan = 'herhaal@example.org'`,
    );
    const antwoord = await formulier(ctx, b, 'herhaal@example.org');
    expect(antwoord.data!.aanmelden.status).toBe('TE_BEVESTIGEN');
    expect(antwoord.data!.aanmelden.id).not.toBe(id);
    expect(await mailsAan(ctx, 'herhaal@example.org')).toHaveLength(2);
    const nieuw = await bevestigingslink(ctx, id);
    expect(nieuw.code).not.toBe(oud.code);
    const [{ tot: daarna }] = await ctx.dataSource.query<Array<{ tot: Date }>>(
      'SELECT bevestigen_voor AS tot FROM aanmelding WHERE id = $1',
      [dbId(id)],
    );
    expect(daarna).toEqual(tot);
    expect(foutcodes(await bevestig(oud))).toEqual(['FORBIDDEN']);
    expect((await bevestig(nieuw)).data!.aanmeldingBevestigen.status).toBe('AANGEMELD');
  });

  it('koppelt een aanmelding alleen aan het account als het om het eigen e-mailadres gaat', async () => {
    const b = await plannen(3);
    const token = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-koppeling', email: 'eigen@example.org' });
    // An e-mail claim the identity provider did not verify ties nothing to the account.
    const onbevestigd = await ctx.tokenFor(Rol.BEWONER, {
      sub: 'bewoner-onbevestigd',
      email: 'gast@example.org',
      emailGeverifieerd: false,
    });
    await formulier(ctx, b, 'Eigen@Example.org', token);
    await formulier(ctx, b, 'buurvrouw@example.org', token);
    await formulier(ctx, b, 'gast@example.org', onbevestigd);
    const rijen = await ctx.dataSource.query<Array<{ email_sleutel: string; gebruiker_id: string | null }>>(
      'SELECT email_sleutel, gebruiker_id FROM aanmelding WHERE bijeenkomst_id = $1 ORDER BY volgnummer',
      [dbId(b)],
    );
    expect(rijen).toEqual([
      { email_sleutel: 'eigen@example.org', gebruiker_id: 'bewoner-koppeling' },
      { email_sleutel: 'buurvrouw@example.org', gebruiker_id: null },
      { email_sleutel: 'gast@example.org', gebruiker_id: null },
    ]);
  });

  it('houdt de volgorde bij gelijktijdig aanmelden, bevestigen, te laat bevestigen en vervallen', async () => {
    const b = await plannen(10);
    const eerste = await Promise.all(Array.from({ length: 40 }, (_, i) => formulier(ctx, b, `golf${i}@example.org`)));
    expect(eerste.flatMap((r) => foutcodes(r))).toEqual([]);
    const ids = eerste.map((r) => r.data!.aanmelden.id);
    // Exactly `capaciteit` held places, and order of receipt 1..40.
    expect(await stand(ctx, b)).toEqual({ tellers: [10, 30, 10, 30], echt: [10, 30, 10, 30], fout_volgorde: false });
    const links = await Promise.all(ids.map((id) => bevestigingslink(ctx, id)));
    const bevestigers = links.filter((_, i) => i % 3 === 0);
    const laatkomers = links.filter((_, i) => i % 3 !== 0);
    await laatVerlopen(
      ctx,
      ids.filter((_, i) => i % 3 !== 0),
    );
    const verloop = ctx.app.get(AanmeldingVerloop);
    const [bevestigd, telaat, nieuw] = await Promise.all([
      Promise.all(bevestigers.map((l) => bevestig(l))),
      Promise.all(laatkomers.map((l) => bevestig(l))),
      Promise.all(Array.from({ length: 10 }, (_, i) => formulier(ctx, b, `later${i}@example.org`))),
      verloop.verwerk(),
      verloop.verwerk(),
    ]);
    expect(bevestigd.flatMap((r) => foutcodes(r))).toEqual([]);
    expect(telaat.map((r) => foutcodes(r)[0])).toEqual(laatkomers.map(() => 'ONGELDIGE_STATUSOVERGANG'));
    expect(nieuw.flatMap((r) => foutcodes(r))).toEqual([]);
    // 14 confirmed (sign-ups 0, 3, ..., 39) and 10 new holds are in line; the 10 places go to the
    // first 10 confirmed in order of receipt, whatever order the requests were handled in.
    const rijen = await ctx.dataSource.query<Array<{ email: string; status: string; vastgehouden: boolean }>>(
      `SELECT email, status, bevestigen_voor IS NOT NULL AS vastgehouden FROM aanmelding
        WHERE bijeenkomst_id = $1 AND status <> 'AFGEMELD' ORDER BY volgnummer`,
      [dbId(b)],
    );
    // The confirmed addresses in order of receipt (the order the concurrent sign-ups were counted in).
    const bevestigerSet = new Set(
      Array.from({ length: 40 }, (_, i) => i)
        .filter((i) => i % 3 === 0)
        .map((i) => `golf${i}@example.org`),
    );
    const bevestigdeAdressen = (
      await ctx.dataSource.query<Array<{ email: string }>>(
        'SELECT email FROM aanmelding WHERE bijeenkomst_id = $1 ORDER BY volgnummer',
        [dbId(b)],
      )
    )
      .map((r) => r.email)
      .filter((e) => bevestigerSet.has(e));
    expect(bevestigdeAdressen).toHaveLength(14);
    expect(rijen.filter((r) => r.status === 'AANGEMELD').map((r) => r.email)).toEqual(bevestigdeAdressen.slice(0, 10));
    expect(rijen.filter((r) => r.status === 'AANGEMELD').every((r) => !r.vastgehouden)).toBe(true);
    expect(rijen.filter((r) => r.status === 'WACHTLIJST').map((r) => r.email)).toEqual([
      ...bevestigdeAdressen.slice(10),
      ...rijen.filter((r) => r.email.startsWith('later')).map((r) => r.email),
    ]);
    expect(rijen.filter((r) => r.email.startsWith('later')).every((r) => r.vastgehouden && r.status === 'WACHTLIJST')).toBe(true);
    expect(await stand(ctx, b)).toEqual({ tellers: [10, 14, 0, 10], echt: [10, 14, 0, 10], fout_volgorde: false });
    expect(await telling(ctx, b)).toEqual({ aantalAanmeldingen: 10, plaatsenBeschikbaar: 0, aantalOpWachtlijst: 4 });
  });

  it('vult met vastgehouden plaatsen niets voorgoed: na de termijn krijgt een echte aanmelder de plaats op volgorde', async () => {
    const b = await plannen(20);
    // 50 sign-ups with other people's addresses, at once. The test's own per-IP limit is
    // generous: this shows what the holds alone do, without any limit or rule on aliases.
    const aanval = await Promise.all(Array.from({ length: 50 }, (_, i) => formulier(ctx, b, `ander${i}@example.org`)));
    expect(aanval.flatMap((r) => foutcodes(r))).toEqual([]);
    expect(new Set(aanval.map((r) => r.data!.aanmelden.status))).toEqual(new Set(['TE_BEVESTIGEN']));
    expect(await telling(ctx, b)).toEqual({ aantalAanmeldingen: 0, plaatsenBeschikbaar: 20, aantalOpWachtlijst: 0 });
    const echt = await aanmeldenEnBevestigen(ctx, { bijeenkomstId: b, naam: 'Echte Bewoner', email: 'echt@example.org' });
    // Behind the 50 held places for now: 30 held waiting places ahead of her.
    expect(echt.data!.aanmelden).toMatchObject({ status: 'WACHTLIJST', wachtlijstPositie: 31 });
    const held = await ctx.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM aanmelding WHERE bijeenkomst_id = $1 AND email LIKE 'ander%'`,
      [dbId(b)],
    );
    await ctx.dataSource.query(`UPDATE aanmelding SET bevestigen_voor = now() - interval '1 second' WHERE id = ANY($1::uuid[])`, [
      held.map((h) => h.id),
    ]);
    expect(await ctx.app.get(AanmeldingVerloop).verwerk()).toBe(50);
    expect(await telling(ctx, b)).toEqual({ aantalAanmeldingen: 1, plaatsenBeschikbaar: 19, aantalOpWachtlijst: 0 });
    expect((await mailsAan(ctx, 'echt@example.org')).map((m) => m.soort)).toEqual([
      'AANMELDING_BEVESTIGEN',
      'AANMELDING_WACHTLIJST',
      'PLAATS_VRIJGEKOMEN',
    ]);
  });
});

describe('Een aanval met 500 aanmeldingen in één verzoek', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await testContext({ LIMIET_AANMELDEN_PER_UUR: '5', TRUST_PROXY: '1' });
  });
  afterAll(async () => ctx?.close());

  it('houdt hoogstens de limiet per adres vast, vult geen plaats, mailt hoogstens vijf adressen en laat anderen aanmelden', async () => {
    const regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR);
    const { buurten } = await ctx.gqlOk<{ buurten: Array<{ id: string }> }>('{ buurten { id } }');
    const { netwerkbijeenkomstPlannen: b } = await ctx.gqlOk<{ netwerkbijeenkomstPlannen: { id: string } }>(
      PLANNEN,
      {
        input: {
          titel: 'Voorjaar',
          begin: '2030-04-15T19:00:00+02:00',
          eind: '2030-04-15T21:30:00+02:00',
          buurtId: buurten[0].id,
          locatie: 'Buurthuis',
          capaciteit: 60,
        },
      },
      regisseur,
    );
    const aliassen = Array.from(
      { length: 500 },
      (_, i) =>
        `a${i}: aanmelden(input: { bijeenkomstId: "${b.id}", naam: "Klik hier: https://kwaad.example", email: "slachtoffer${i}@example.org" }) { id status }`,
    ).join('\n');
    const aanval = await ctx
      .http()
      .post('/graphql')
      .set('x-forwarded-for', '198.51.100.7')
      .send({ query: `mutation {\n${aliassen}\n}` });
    // Refused: by the per-IP sign-up limit from the sixth alias on (429 with Retry-After; the
    // answer's data is null, `aanmelden` being non-null), or as a whole by a rule on mutations
    // per request (400). Either way quickly, and with a code.
    expect([400, 429]).toContain(aanval.status);
    const body = aanval.body as { data?: null; errors: Array<{ extensions: { code: string } }> };
    expect(body.data ?? null).toBeNull();
    expect(body.errors.length).toBeGreaterThanOrEqual(1);
    if (aanval.status === 429) {
      expect(Number(aanval.headers['retry-after'])).toBeGreaterThan(0);
      expect(new Set(body.errors.map((e) => e.extensions.code))).toEqual(new Set(['TE_VEEL_VERZOEKEN']));
    }
    // Nothing definite, nothing public; at most five held places and mails, none carrying the attacker's text.
    expect(await ctx.gqlOk<{ node: Telling }>(TELLING, { id: b.id })).toEqual({
      node: { aantalAanmeldingen: 0, plaatsenBeschikbaar: 60, aantalOpWachtlijst: 0 },
    });
    const [{ rijen, definitief }] = await ctx.dataSource.query<Array<{ rijen: number; definitief: number }>>(
      `SELECT count(*)::int AS rijen, count(*) FILTER (WHERE bevestigen_voor IS NULL)::int AS definitief FROM aanmelding`,
    );
    expect(rijen).toBeLessThanOrEqual(5);
    expect(definitief).toBe(0);
    const mails = await ctx.dataSource.query<Array<{ tekst: string }>>('SELECT tekst FROM uitgaande_mail');
    expect(mails).toHaveLength(rijen);
    expect(mails.every((m) => !m.tekst.includes('kwaad.example'))).toBe(true);
    // Someone else (another address) signs up as usual, and gets a place.
    const ander = await ctx
      .http()
      .post('/graphql')
      .set('x-forwarded-for', '192.0.2.20')
      .send({
        query: 'mutation($input: AanmeldingInput!) { aanmelden(input: $input) { status } }',
        variables: { input: { bijeenkomstId: b.id, naam: 'Buurman', email: 'buurman@example.org' } },
      });
    expect(ander.body).toEqual({ data: { aanmelden: { status: 'TE_BEVESTIGEN' } } });
    const [buurman] = await ctx.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM aanmelding WHERE email = 'buurman@example.org'`,
    );
    const link = await bevestigingslink(ctx, Buffer.from(`Aanmelding:${buurman.id}`).toString('base64url'));
    expect((await ctx.gqlOk<{ aanmeldingBevestigen: Aanmelding }>(BEVESTIGEN, link)).aanmeldingBevestigen).toMatchObject({
      status: 'AANGEMELD',
    });
  });
});
