/**
 * Volunteering (libs/meedoen): organisations and granted initiatives post requests, residents find
 * them per buurt and theme and sign up with consent; places and waiting list hold under concurrent
 * sign-ups; only the organiser of a request sees who signed up; the opt-in mail of matching
 * requests goes through the outbox; export and pseudonymisation cover sign-ups and profiles.
 */
import { Rol } from '@buurtwerk/core';
import { VrijwilligersMatching } from '@buurtwerk/meedoen';
import { PseudonimiseringService } from '@buurtwerk/privacy';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, opslaan, zetOp } from './initiatieven.helpers';

const PLAATSEN = `mutation($input: VrijwilligersverzoekInput!) {
  vrijwilligersverzoekPlaatsen(input: $input) { id titel aantal plaatsenBeschikbaar organisatorNaam open toestemmingstekst buurt { code } }
}`;
const AANMELDEN = `mutation($input: VrijwilligerAanmeldenInput!) {
  vrijwilligerAanmelden(input: $input) { id status wachtlijstPositie bevestigd }
}`;
const AFMELDEN = `mutation($id: ID!) { vrijwilligerAfmelden(aanmeldingId: $id) { id status } }`;
const VRIJWILLIGERS = `query($id: ID!) {
  vrijwilligersVanVerzoek(verzoekId: $id) { id naam email telefoon status wachtlijstPositie bevestigdOp }
}`;

interface Aanmelding {
  id: string;
  status: string;
  wachtlijstPositie: number | null;
  bevestigd: boolean;
}

describe('Vrijwilligerswerk', () => {
  let ctx: TestContext;
  let beheerder: string;
  let buurtId: string;
  let andereBuurtId: string;
  let orgId: string;
  let lid: string;
  const morgen = () => new Date(Date.now() + 86_400_000).toISOString();

  const verzoekInput = (extra: Record<string, unknown> = {}) => ({
    organisatieId: orgId,
    titel: 'Helpen bij de moestuin',
    beschrijving: 'Samen wieden, zaaien en oogsten in de buurttuin.',
    thema: 'GROEN_EN_BUITEN',
    begin: morgen(),
    buurtId,
    locatie: 'Buurttuin, Kerkstraat 1',
    aantal: 2,
    vaardigheden: ['tuinieren'],
    ...extra,
  });

  const plaats = async (extra: Record<string, unknown> = {}, token = lid) =>
    (
      await ctx.gqlOk<{ vrijwilligersverzoekPlaatsen: { id: string; plaatsenBeschikbaar: number } }>(
        PLAATSEN,
        { input: verzoekInput(extra) },
        token,
      )
    ).vrijwilligersverzoekPlaatsen;

  const aanmelden = (verzoekId: string, token: string, extra: Record<string, unknown> = {}) =>
    ctx.gql<{ vrijwilligerAanmelden: Aanmelding }>(
      AANMELDEN,
      { input: { verzoekId, naam: 'Vera Vrijwilliger', email: 'vera@example.org', toestemming: true, ...extra } },
      token,
    );

  beforeAll(async () => {
    ctx = await testContext();
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const buurten = await ctx.gqlOk<{ a: { id: string }; b: { id: string } }>(
      '{ a: buurt(code: "BU09171001") { id } b: buurt(code: "BU09173300") { id } }',
    );
    buurtId = buurten.a.id;
    andereBuurtId = buurten.b.id;
    const org = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
      'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
      { input: { naam: 'Buurtpunt Centrum', soort: 'BUURTORGANISATIE', buurtIds: [buurtId] } },
      beheerder,
    );
    orgId = org.organisatieRegistreren.id;
    await ctx.gqlOk(
      'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
      { o: orgId, g: 'lid-buurtpunt' },
      beheerder,
    );
    lid = await ctx.tokenFor(Rol.PARTNER, { sub: 'lid-buurtpunt' });
  });
  afterAll(() => ctx.close());

  it('laat een lid van de organisatie een vraag plaatsen, en weigert wie geen lid is', async () => {
    const v = await ctx.gqlOk<{ vrijwilligersverzoekPlaatsen: Record<string, unknown> }>(
      PLAATSEN,
      { input: verzoekInput() },
      lid,
    );
    expect(v.vrijwilligersverzoekPlaatsen).toMatchObject({
      titel: 'Helpen bij de moestuin',
      aantal: 2,
      plaatsenBeschikbaar: 2,
      organisatorNaam: 'Buurtpunt Centrum',
      open: true,
      buurt: { code: 'BU09171001' },
    });
    expect(v.vrijwilligersverzoekPlaatsen.toestemmingstekst).toContain('organisator');

    const buitenstaander = await ctx.tokenFor(Rol.PARTNER);
    expect(foutcodes(await ctx.gql(PLAATSEN, { input: verzoekInput() }, buitenstaander))).toEqual(['FORBIDDEN']);
    const medewerker = await ctx.tokenFor(Rol.BEHEERDER);
    expect(foutcodes(await ctx.gql(PLAATSEN, { input: verzoekInput() }, medewerker))).toEqual(['FORBIDDEN']);
    // Neither or both organisers, and a time in the past, name the field.
    const geen = await ctx.gql(PLAATSEN, { input: verzoekInput({ organisatieId: null }) }, lid);
    expect(geen.errors?.[0].extensions?.velden?.[0].veld).toBe('input.organisatieId');
    const verleden = await ctx.gql(PLAATSEN, { input: verzoekInput({ begin: '2020-01-01T10:00:00Z' }) }, lid);
    expect(verleden.errors?.[0].extensions?.velden?.[0].veld).toBe('input.begin');
  });

  it('vindt open vragen per buurt en thema, ook in de open REST-feed, zonder wie zich aanmeldde', async () => {
    const v = await plaats({
      titel: 'Voorlezen aan kinderen',
      thema: 'JEUGD',
      buurtId: andereBuurtId,
      minimumLeeftijd: 18,
      vogNodig: true,
    });
    const perBuurt = await ctx.gqlOk<{ vrijwilligersverzoeken: Array<{ id: string; thema: string }> }>(
      'query($b: ID) { vrijwilligersverzoeken(buurtId: $b) { id thema } }',
      { b: andereBuurtId },
    );
    expect(perBuurt.vrijwilligersverzoeken.map((x) => x.id)).toEqual([v.id]);
    const perThema = await ctx.gqlOk<{ vrijwilligersverzoeken: Array<{ id: string; thema: string }> }>(
      '{ vrijwilligersverzoeken(thema: GROEN_EN_BUITEN) { id thema } }',
    );
    expect(perThema.vrijwilligersverzoeken.length).toBeGreaterThan(0);
    expect(perThema.vrijwilligersverzoeken.every((x) => x.thema === 'GROEN_EN_BUITEN')).toBe(true);

    const feed = await ctx.http().get('/api/v1/vrijwilligersverzoeken?buurtcode=BU09173300');
    expect(feed.status).toBe(200);
    const body = feed.body as { vrijwilligersverzoeken: Array<Record<string, unknown>> };
    expect(body.vrijwilligersverzoeken).toHaveLength(1);
    expect(body.vrijwilligersverzoeken[0]).toMatchObject({
      id: v.id,
      buurtcode: 'BU09173300',
      minimumLeeftijd: 18,
      vogNodig: true,
      organisator: 'Buurtpunt Centrum',
    });
    expect(JSON.stringify(body)).not.toContain('vera@example.org');
    expect((await ctx.http().get('/api/v1/vrijwilligersverzoeken?thema=ONBEKEND')).status).toBe(400);

    // Minimum age: the volunteer confirms it.
    const bewoner = await ctx.tokenFor(Rol.BEWONER);
    const zonder = await aanmelden(v.id, bewoner);
    expect(zonder.errors?.[0].extensions?.velden?.[0].veld).toBe('input.minimumLeeftijdBevestigd');
    const zonderToestemming = await aanmelden(v.id, bewoner, { toestemming: false, minimumLeeftijdBevestigd: true });
    expect(foutcodes(zonderToestemming)).toEqual(['BAD_USER_INPUT']);
    expect((await aanmelden(v.id, bewoner, { minimumLeeftijdBevestigd: true })).data?.vrijwilligerAanmelden.status).toBe(
      'AANGEMELD',
    );
  });

  it('geeft bij gelijktijdige aanmeldingen precies het aantal plaatsen, de rest op de wachtlijst in volgorde', async () => {
    const v = await plaats({ aantal: 3 });
    const tokens = await Promise.all(Array.from({ length: 10 }, (_, i) => ctx.tokenFor(Rol.BEWONER, { sub: `race-${i}` })));
    const antwoorden = await Promise.all(tokens.map((t) => aanmelden(v.id, t)));
    const statussen = antwoorden.map((a) => a.data!.vrijwilligerAanmelden);
    expect(statussen.filter((s) => s.status === 'AANGEMELD')).toHaveLength(3);
    const wachtend = statussen.filter((s) => s.status === 'WACHTLIJST');
    expect(wachtend.map((s) => s.wachtlijstPositie).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const tellers = await ctx.dataSource.query<Array<{ aangemeld: number; wachtlijst: number; echt: number }>>(
      `SELECT v.aangemeld, v.wachtlijst, (SELECT count(*)::int FROM vrijwilligersaanmelding a WHERE a.verzoek_id = v.id AND a.status = 'AANGEMELD') AS echt
         FROM vrijwilligersverzoek v WHERE v.id = $1`,
      [Buffer.from(v.id, 'base64url').toString().split(':')[1]],
    );
    expect(tellers[0]).toEqual({ aangemeld: 3, wachtlijst: 7, echt: 3 });

    // A second sign-up of the same account is refused, even at the same moment.
    const dubbel = await Promise.all([aanmelden(v.id, tokens[0]), aanmelden(v.id, tokens[0])]);
    expect(dubbel.flatMap((d) => foutcodes(d))).toEqual(['CONFLICT', 'CONFLICT']);

    // Someone with a place withdraws: the first on the waiting list moves up.
    const metPlaats = statussen.findIndex((s) => s.status === 'AANGEMELD');
    const eersteWachtende = statussen.findIndex((s) => s.wachtlijstPositie === 1);
    const af = await ctx.gqlOk<{ vrijwilligerAfmelden: { status: string } }>(
      AFMELDEN,
      { id: statussen[metPlaats].id },
      tokens[metPlaats],
    );
    expect(af.vrijwilligerAfmelden.status).toBe('AFGEMELD');
    const mijn = await ctx.gqlOk<{ mijnVrijwilligersaanmeldingen: Array<{ status: string; verzoek: { titel: string } }> }>(
      '{ mijnVrijwilligersaanmeldingen { status wachtlijstPositie verzoek { titel } } }',
      {},
      tokens[eersteWachtende],
    );
    expect(mijn.mijnVrijwilligersaanmeldingen[0]).toMatchObject({
      status: 'AANGEMELD',
      verzoek: { titel: 'Helpen bij de moestuin' },
    });
    const lijst = await ctx.gqlOk<{ vrijwilligersVanVerzoek: Array<{ status: string; wachtlijstPositie: number | null }> }>(
      VRIJWILLIGERS,
      { id: v.id },
      lid,
    );
    expect(lijst.vrijwilligersVanVerzoek.map((x) => x.wachtlijstPositie)).toEqual([null, null, null, 1, 2, 3, 4, 5, 6]);

    // Someone else's sign-up cannot be withdrawn (and looks unknown).
    // (Whoever won which place is decided by the race: take a token that is not the owner's.)
    const ander = tokens[eersteWachtende === 9 ? 8 : 9];
    expect(foutcodes(await ctx.gql(AFMELDEN, { id: statussen[eersteWachtende].id }, ander))).toEqual(['NOT_FOUND']);
  });

  it('laat alleen de organisator van die vraag zien wie zich aanmeldde, en bevestigen', async () => {
    const v = await plaats();
    const vera = await ctx.tokenFor(Rol.BEWONER, { sub: 'vera', email: 'vera@example.org' });
    const aanmelding = (await aanmelden(v.id, vera, { telefoon: '06 12345678' })).data!.vrijwilligerAanmelden;
    const mails = await ctx.dataSource.query<Array<{ soort: string; aan: string }>>(
      'SELECT soort, aan FROM uitgaande_mail WHERE referentie_id = $1',
      [Buffer.from(aanmelding.id, 'base64url').toString().split(':')[1]],
    );
    expect(mails).toEqual([{ soort: 'VRIJWILLIGER_AANGEMELD', aan: 'vera@example.org' }]);

    for (const token of [
      vera,
      await ctx.tokenFor(Rol.BEHEERDER),
      await ctx.tokenFor(Rol.BUURTREGISSEUR),
      await ctx.tokenFor(Rol.PARTNER),
    ]) {
      const res = await ctx.gql(VRIJWILLIGERS, { id: v.id }, token);
      expect(foutcodes(res)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(res.body)).not.toContain('vera@example.org');
      expect(
        foutcodes(
          await ctx.gql('mutation($id: ID!) { vrijwilligerBevestigen(aanmeldingId: $id) { id } }', { id: aanmelding.id }, token),
        ),
      ).toEqual(['FORBIDDEN']);
    }
    const lijst = await ctx.gqlOk<{ vrijwilligersVanVerzoek: Array<Record<string, unknown>> }>(VRIJWILLIGERS, { id: v.id }, lid);
    expect(lijst.vrijwilligersVanVerzoek).toEqual([
      expect.objectContaining({
        naam: 'Vera Vrijwilliger',
        email: 'vera@example.org',
        telefoon: '06 12345678',
        bevestigdOp: null,
      }),
    ]);
    const bevestigd = await ctx.gqlOk<{ vrijwilligerBevestigen: { bevestigdOp: string | null } }>(
      'mutation($id: ID!) { vrijwilligerBevestigen(aanmeldingId: $id) { bevestigdOp } }',
      { id: aanmelding.id },
      lid,
    );
    expect(bevestigd.vrijwilligerBevestigen.bevestigdOp).not.toBeNull();
    const mijn = await ctx.gqlOk<{ mijnVrijwilligersaanmeldingen: Array<{ bevestigd: boolean }> }>(
      '{ mijnVrijwilligersaanmeldingen { bevestigd } }',
      {},
      vera,
    );
    expect(mijn.mijnVrijwilligersaanmeldingen).toEqual([{ bevestigd: true }]);
    const mijnVerzoeken = await ctx.gqlOk<{ mijnVrijwilligersverzoeken: Array<{ id: string }> }>(
      '{ mijnVrijwilligersverzoeken { id } }',
      {},
      lid,
    );
    expect(mijnVerzoeken.mijnVrijwilligersverzoeken.map((x) => x.id)).toContain(v.id);

    // Withdrawing the request tells the volunteer; signing up is closed then.
    await ctx.gqlOk('mutation($id: ID!) { vrijwilligersverzoekIntrekken(id: $id) { status } }', { id: v.id }, lid);
    expect(foutcodes(await aanmelden(v.id, await ctx.tokenFor(Rol.BEWONER)))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    const [{ aantal }] = await ctx.dataSource.query<Array<{ aantal: number }>>(
      "SELECT count(*)::int AS aantal FROM uitgaande_mail WHERE soort = 'VRIJWILLIGER_GEANNULEERD' AND aan = 'vera@example.org'",
    );
    expect(aantal).toBe(1);
  });

  it('laat de initiatiefnemer van een toegekend initiatief vrijwilligers zoeken, niemand anders', async () => {
    const o = await zetOp(ctx, 1_000_000);
    const initiatiefnemer = await ctx.tokenFor(Rol.BEWONER, { sub: 'initiatiefnemer-ingrid', name: 'Ingrid' });
    const concept = await opslaan(ctx, initiatiefnemer, initiatiefInput(o, 10_000, 2_000));
    const input = verzoekInput({ organisatieId: null, initiatiefId: concept.id });
    // Not granted yet: the draft must not show through a public request.
    const teVroeg = await ctx.gql(PLAATSEN, { input }, initiatiefnemer);
    expect(teVroeg.errors?.[0].extensions?.velden?.[0].veld).toBe('input.initiatiefId');

    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, initiatiefnemer);
    const { node } = await ctx.gqlOk<{ node: { aanvragen: Array<{ id: string; gereserveerdBedrag: number | null }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { aanvragen { id gereserveerdBedrag } } } }',
      { id: concept.id },
      o.beleid,
    );
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: concept.id }, o.beleid);
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { status } }',
      {
        input: {
          initiatiefId: concept.id,
          uitkomst: 'TOEGEKEND',
          motivering: 'Een goed plan dat past binnen de regeling.',
          bedragen: node.aanvragen.map((a) => ({ aanvraagId: a.id, bedrag: a.gereserveerdBedrag ?? 0 })),
        },
      },
      o.beleid,
    );
    expect(foutcodes(await ctx.gql(PLAATSEN, { input }, await ctx.tokenFor(Rol.BEWONER)))).toEqual(['FORBIDDEN']);
    const v = await ctx.gqlOk<{ vrijwilligersverzoekPlaatsen: { id: string; organisatorNaam: string } }>(
      PLAATSEN,
      { input },
      initiatiefnemer,
    );
    expect(v.vrijwilligersverzoekPlaatsen.organisatorNaam).toBe('Straatfeest Terschuren');
    await ctx.gqlOk(VRIJWILLIGERS, { id: v.vrijwilligersverzoekPlaatsen.id }, initiatiefnemer);
    expect(foutcodes(await ctx.gql(VRIJWILLIGERS, { id: v.vrijwilligersverzoekPlaatsen.id }, lid))).toEqual(['FORBIDDEN']);
  });

  it('mailt nieuwe passende vragen alleen aan wie daarvoor koos, één keer', async () => {
    const PROFIEL = `mutation($input: VrijwilligersprofielInput!) {
      vrijwilligersprofielOpslaan(input: $input) { interesses mailBijNieuweVerzoeken email buurten { code } }
    }`;
    const zonderAdres = await ctx.tokenFor(Rol.BEWONER);
    const geweigerd = await ctx.gql(
      PROFIEL,
      { input: { interesses: ['CULTUUR'], buurtIds: [buurtId], mailBijNieuweVerzoeken: true } },
      zonderAdres,
    );
    expect(geweigerd.errors?.[0].extensions?.velden?.[0].veld).toBe('input.mailBijNieuweVerzoeken');

    const maaike = await ctx.tokenFor(Rol.BEWONER, { sub: 'maaike', email: 'maaike@example.org' });
    const profiel = await ctx.gqlOk<{ vrijwilligersprofielOpslaan: Record<string, unknown> }>(
      PROFIEL,
      { input: { interesses: ['CULTUUR'], beschikbaarheid: 'zaterdag', buurtIds: [buurtId], mailBijNieuweVerzoeken: true } },
      maaike,
    );
    expect(profiel.vrijwilligersprofielOpslaan).toEqual({
      interesses: ['CULTUUR'],
      mailBijNieuweVerzoeken: true,
      email: 'maaike@example.org',
      buurten: [{ code: 'BU09171001' }],
    });
    const zonderMail = await ctx.tokenFor(Rol.BEWONER, { sub: 'zonder-mail', email: 'stil@example.org' });
    await ctx.gqlOk(PROFIEL, { input: { interesses: ['CULTUUR'], buurtIds: [], mailBijNieuweVerzoeken: false } }, zonderMail);

    const matching = ctx.app.get(VrijwilligersMatching);
    await matching.verwerk();
    const passend = await plaats({ titel: 'Kaartjes scheuren bij het buurttheater', thema: 'CULTUUR' });
    await plaats({ titel: 'Ander thema', thema: 'SPORT_EN_SPEL' });
    await plaats({ titel: 'Andere buurt', thema: 'CULTUUR', buurtId: andereBuurtId });
    expect(await matching.verwerk()).toBe(1);
    expect(await matching.verwerk()).toBe(0);
    const mails = await ctx.dataSource.query<Array<{ aan: string; onderwerp: string; tekst: string }>>(
      "SELECT aan, onderwerp, tekst FROM uitgaande_mail WHERE soort = 'VRIJWILLIGERSVERZOEK_MATCH'",
    );
    expect(mails).toHaveLength(1);
    expect(mails[0].aan).toBe('maaike@example.org');
    expect(mails[0].onderwerp).toContain('Kaartjes scheuren bij het buurttheater');
    expect(mails[0].tekst).toContain(`/vrijwilligerswerk/${encodeURIComponent(passend.id)}`);
  });

  it('neemt aanmeldingen en profiel mee in de export, en pseudonimiseert ze', async () => {
    const piet = await ctx.tokenFor(Rol.BEWONER, { sub: 'piet', email: 'piet@example.org' });
    const v = await plaats();
    await aanmelden(v.id, piet, { naam: 'Piet Pieters', email: 'piet@example.org', toelichting: 'Ik help graag.' });
    await ctx.gqlOk(
      'mutation($input: VrijwilligersprofielInput!) { vrijwilligersprofielOpslaan(input: $input) { email } }',
      { input: { interesses: [], buurtIds: [], mailBijNieuweVerzoeken: true } },
      piet,
    );
    const { mijnGegevens } = await ctx.gqlOk<{ mijnGegevens: Record<string, unknown[]> }>('{ mijnGegevens }', {}, piet);
    expect(JSON.stringify(mijnGegevens.vrijwilligersaanmeldingen)).toContain('Piet Pieters');
    expect(mijnGegevens.vrijwilligersprofiel).toHaveLength(1);

    await ctx.gqlOk('mutation { mijnGegevensPseudonimiseren }', {}, piet);
    const lijst = await ctx.gqlOk<{ vrijwilligersVanVerzoek: Array<{ naam: string; email: string; telefoon: string | null }> }>(
      VRIJWILLIGERS,
      { id: v.id },
      lid,
    );
    expect(JSON.stringify(lijst)).not.toMatch(/Piet|piet@example.org|Ik help graag/);
    const [{ profielen }] = await ctx.dataSource.query<Array<{ profielen: number }>>(
      "SELECT count(*)::int AS profielen FROM vrijwilligersprofiel WHERE gebruiker_id = 'piet'",
    );
    expect(profielen).toBe(0);
  });

  it('pseudonimiseert aanmeldingen een jaar na afloop (bewaartermijn), niet eerder', async () => {
    const v = await plaats({ titel: 'Oud vrijwilligerswerk' });
    const kees = await ctx.tokenFor(Rol.BEWONER, { sub: 'kees' });
    await aanmelden(v.id, kees, { naam: 'Kees Keizer', email: 'kees@example.org' });
    const dbId = Buffer.from(v.id, 'base64url').toString().split(':')[1];
    const dag = 86_400_000;
    // The work was 200 days ago: within the year now, past it 200 days from now (the others are tomorrow).
    await ctx.dataSource.query('UPDATE vrijwilligersverzoek SET begin = $2, eind = NULL WHERE id = $1', [
      dbId,
      new Date(Date.now() - 200 * dag),
    ]);
    const dienst = ctx.app.get(PseudonimiseringService);
    const naam = async () =>
      (
        await ctx.dataSource.query<Array<{ naam: string; email: string }>>(
          'SELECT naam, email FROM vrijwilligersaanmelding WHERE verzoek_id = $1',
          [dbId],
        )
      )[0];
    expect((await dienst.pasBewaartermijnenToe(new Date()))?.vrijwilligersaanmeldingen).toBe(0);
    expect(await naam()).toEqual({ naam: 'Kees Keizer', email: 'kees@example.org' });
    expect((await dienst.pasBewaartermijnenToe(new Date(Date.now() + 200 * dag)))?.vrijwilligersaanmeldingen).toBe(1);
    expect(await naam()).toEqual({
      naam: 'Gepseudonimiseerde bewoner',
      email: expect.stringMatching(/@gepseudonimiseerd\.invalid$/),
    });
  });
});
