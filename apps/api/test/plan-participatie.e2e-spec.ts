/**
 * Plans with early participation (issue 20, Omgevingswet): staff prepare a plan for residents (its
 * buurtregisseurs hear of it first), publish it with a window, residents and partners react, staff
 * answer, and the participation report is computed from the record without personal data.
 */
import { amsterdamseDatum, plusDagen, Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const VOORBEREIDEN = `mutation($planId: ID!, $input: ParticipatieInput!) {
  planParticipatieVoorbereiden(planId: $planId, input: $input) { id status open openVan openTot vraag titel aantalReacties buurten { naam } } }`;
const PUBLICEREN = `mutation($id: ID!) { planParticipatiePubliceren(id: $id) { id status open gepubliceerdOp } }`;
const REAGEREN = `mutation($id: ID!, $input: PlanReactieInput!) {
  planReageren(participatieId: $id, input: $input) { id standpunt tekst antwoord organisatie { naam } } }`;
const OPEN = `query($buurtId: ID) { openPlannen(buurtId: $buurtId) { id titel open aantalReacties } }`;
const VERSLAG = `query($id: ID!) { participatieverslag(participatieId: $id) {
  titel afdeling vraag buurten aantalGeinformeerdeRegisseurs gepubliceerdOp openVan openTot
  reacties voor tegen neutraal zonderStandpunt vanBewoners vanPartners beantwoord onbeantwoord
  antwoorden { standpunt van ontvangenOp antwoord } } }`;

describe('Plannen met vroege participatie (issue 20, Omgevingswet)', () => {
  let ctx: TestContext;
  let buurtA: { id: string; naam: string };
  let buurtC: { id: string; naam: string };
  let beheerder: string;
  let beleid: string;
  let regisseurA: string;
  let regisseurB: string;
  let bewoner: string;
  let partner: string;
  let orgId: string;
  let planId: string;
  let participatieId: string;
  const vandaag = amsterdamseDatum(new Date());
  const vorigeEnv = { MAIL_INTERVAL_MS: process.env.MAIL_INTERVAL_MS, WEBHOOKS_UIT: process.env.WEBHOOKS_UIT };

  const registreer = (naam: string, sub: string, buurtId: string) =>
    ctx.gqlOk(
      'mutation($input: MedewerkerInput!) { medewerkerRegistreren(input: $input) { id } }',
      { input: { naam, functie: 'Buurtregisseur', buurtIds: [buurtId], gebruikerId: sub, email: `${sub}@heerlen.nl` } },
      beheerder,
    );
  const plan = async (titel: string, buurtIds: string[]) =>
    (
      await ctx.gqlOk<{ planRegistreren: { id: string } }>(
        'mutation($input: PlanInput!) { planRegistreren(input: $input) { id } }',
        { input: { titel, afdeling: 'Ruimtelijke ontwikkeling', startdatum: plusDagen(vandaag, 90), buurtIds } },
        beleid,
      )
    ).planRegistreren.id;
  const venster = (van = vandaag, tot = plusDagen(vandaag, 28)) => ({
    vraag: 'Wat vindt u belangrijk bij de herinrichting van het plein?',
    openVan: van,
    openTot: tot,
  });

  beforeAll(async () => {
    process.env.MAIL_INTERVAL_MS = '0';
    process.env.WEBHOOKS_UIT = 'true';
    ctx = await testContext();
    const { buurten } = await ctx.gqlOk<{ buurten: Array<{ id: string; naam: string }> }>('{ buurten { id naam } }');
    [buurtA, , buurtC] = buurten;
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
    await registreer('Regisseur Aa', 'plan-regisseur-a', buurtA.id);
    await registreer('Regisseur Bee', 'plan-regisseur-b', buurten[1].id);
    regisseurA = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'plan-regisseur-a' });
    regisseurB = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'plan-regisseur-b' });
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'plan-bewoner' });
    partner = await ctx.tokenFor(Rol.PARTNER, { sub: 'plan-partner' });
    orgId = (
      await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam: 'Wijkraad Plein', soort: 'BUURTORGANISATIE', buurtIds: [buurtA.id] } },
        beheerder,
      )
    ).organisatieRegistreren.id;
    await ctx.gqlOk(
      'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
      { o: orgId, g: 'plan-partner' },
      beheerder,
    );
    // The plan touches buurt A (with a buurtregisseur) and buurt C (none yet).
    planId = await plan('Herinrichting Pancratiusplein', [buurtA.id, buurtC.id]);
  });
  afterAll(async () => {
    await ctx.close();
    for (const [naam, waarde] of Object.entries(vorigeEnv)) {
      if (waarde === undefined) {
        delete process.env[naam];
      } else {
        process.env[naam] = waarde;
      }
    }
  });

  it('informeert eerst de buurtregisseurs; bewoners zien het plan dan nog niet', async () => {
    expect(foutcodes(await ctx.gql(VOORBEREIDEN, { planId, input: venster() }, regisseurB))).toEqual(['FORBIDDEN']);
    const verleden = await ctx.gql(VOORBEREIDEN, { planId, input: venster(plusDagen(vandaag, -1)) }, beleid);
    expect(verleden.errors?.[0].extensions?.velden?.[0].veld).toBe('input.openVan');
    const p = (
      await ctx.gqlOk<{
        planParticipatieVoorbereiden: { id: string; status: string; open: boolean; buurten: Array<{ naam: string }> };
      }>(VOORBEREIDEN, { planId, input: venster() }, regisseurA)
    ).planParticipatieVoorbereiden;
    participatieId = p.id;
    expect(p).toMatchObject({ status: 'VOORBEREID', open: false });
    expect(p.buurten.map((b) => b.naam).sort()).toEqual([buurtA.naam, buurtC.naam].sort());
    const mails = await ctx.dataSource.query<Array<{ aan: string }>>(
      `SELECT aan FROM uitgaande_mail WHERE soort = 'PLAN_PARTICIPATIE_VOORBEREID'`,
    );
    expect(mails.map((m) => m.aan)).toEqual(['plan-regisseur-a@heerlen.nl']);
    expect((await ctx.gqlOk<{ openPlannen: unknown[] }>(OPEN)).openPlannen).toEqual([]);
    expect(
      (await ctx.gqlOk<{ planParticipatie: unknown }>('query($id: ID!) { planParticipatie(id: $id) { id } }', { id: p.id }))
        .planParticipatie,
    ).toBeNull();
    expect(foutcodes(await ctx.gql(REAGEREN, { id: p.id, input: { tekst: 'Te vroeg' } }, bewoner))).toEqual(['NOT_FOUND']);
  });

  it('publiceert niet zolang een buurtregisseur van de geraakte buurten niets hoorde', async () => {
    await registreer('Regisseur Cee', 'plan-regisseur-c', buurtC.id);
    const geweigerd = await ctx.gql(PUBLICEREN, { id: participatieId }, beleid);
    expect(foutcodes(geweigerd)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    expect(geweigerd.errors![0].message).toContain('Regisseur Cee');
    await ctx.gqlOk(VOORBEREIDEN, { planId, input: venster() }, beleid);
    const p = (
      await ctx.gqlOk<{ planParticipatiePubliceren: { status: string; open: boolean } }>(
        PUBLICEREN,
        { id: participatieId },
        beleid,
      )
    ).planParticipatiePubliceren;
    expect(p).toMatchObject({ status: 'GEPUBLICEERD', open: true });
    expect(foutcodes(await ctx.gql(PUBLICEREN, { id: participatieId }, beleid))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    expect(foutcodes(await ctx.gql(VOORBEREIDEN, { planId, input: venster() }, beleid))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    const open = (await ctx.gqlOk<{ openPlannen: Array<{ id: string; open: boolean }> }>(OPEN, { buurtId: buurtC.id }))
      .openPlannen;
    expect(open.map((o) => o.id)).toEqual([participatieId]);
  });

  it('laat bewoners en partners reageren binnen het venster, partners alleen namens hun eigen organisatie', async () => {
    const r1 = (
      await ctx.gqlOk<{ planReageren: { standpunt: string; organisatie: null } }>(
        REAGEREN,
        { id: participatieId, input: { tekst: 'Graag meer bomen en bankjes; bel me op 06-12345678.', standpunt: 'VOOR' } },
        bewoner,
      )
    ).planReageren;
    expect(r1).toMatchObject({ standpunt: 'VOOR', organisatie: null });
    await ctx.gqlOk(
      REAGEREN,
      { id: participatieId, input: { tekst: 'Parkeerplaatsen verdwijnen.', standpunt: 'TEGEN' } },
      await ctx.tokenFor(Rol.BEWONER),
    );
    const partnerReactie = (
      await ctx.gqlOk<{ planReageren: { organisatie: { naam: string } } }>(
        REAGEREN,
        { id: participatieId, input: { tekst: 'De wijkraad wil meedenken.', organisatieId: orgId } },
        partner,
      )
    ).planReageren;
    expect(partnerReactie.organisatie.naam).toBe('Wijkraad Plein');
    expect(
      foutcodes(await ctx.gql(REAGEREN, { id: participatieId, input: { tekst: 'x', organisatieId: orgId } }, bewoner)),
    ).toEqual(['FORBIDDEN']);
    // A plan whose window opens tomorrow takes no reactions yet.
    const later = await plan('Nieuwe speeltuin', [buurtA.id]);
    const p = (
      await ctx.gqlOk<{ planParticipatieVoorbereiden: { id: string } }>(
        VOORBEREIDEN,
        { planId: later, input: venster(plusDagen(vandaag, 1)) },
        beleid,
      )
    ).planParticipatieVoorbereiden;
    await ctx.gqlOk(PUBLICEREN, { id: p.id }, beleid);
    expect(foutcodes(await ctx.gql(REAGEREN, { id: p.id, input: { tekst: 'Vroeg' } }, bewoner))).toEqual(['STEMMING_GESLOTEN']);
    const lijst = (await ctx.gqlOk<{ openPlannen: Array<{ id: string; open: boolean; aantalReacties: number }> }>(OPEN))
      .openPlannen;
    expect(lijst.map((l) => [l.open, l.aantalReacties])).toEqual([
      [true, 3],
      [false, 0],
    ]);
  });

  it('laat medewerkers van de buurten reacties beantwoorden; de bewoner leest het antwoord', async () => {
    expect(
      foutcodes(
        await ctx.gql('query($id: ID!) { planReacties(participatieId: $id) { id } }', { id: participatieId }, regisseurB),
      ),
    ).toEqual(['FORBIDDEN']);
    const { planReacties } = await ctx.gqlOk<{ planReacties: Array<{ id: string; standpunt: string | null; tekst: string }> }>(
      'query($id: ID!) { planReacties(participatieId: $id) { id standpunt tekst } }',
      { id: participatieId },
      regisseurA,
    );
    expect(planReacties.map((r) => r.standpunt)).toEqual(['VOOR', 'TEGEN', null]);
    await ctx.gqlOk(
      'mutation($id: ID!, $a: String!) { planReactieBeantwoorden(id: $id, antwoord: $a) { id } }',
      { id: planReacties[0].id, a: 'We planten twaalf bomen en zetten zes bankjes neer.' },
      regisseurA,
    );
    await ctx.gqlOk(
      'mutation($id: ID!, $a: String!) { planReactieBeantwoorden(id: $id, antwoord: $a) { id } }',
      { id: planReacties[1].id, a: 'De parkeerplaatsen komen terug aan de Akerstraat.' },
      beleid,
    );
    const { mijnPlanReacties } = await ctx.gqlOk<{ mijnPlanReacties: Array<{ antwoord: string | null }> }>(
      '{ mijnPlanReacties { antwoord } }',
      {},
      bewoner,
    );
    expect(mijnPlanReacties).toEqual([{ antwoord: 'We planten twaalf bomen en zetten zes bankjes neer.' }]);
  });

  it('maakt het participatieverslag uit het dossier, zonder de woorden of namen van bewoners', async () => {
    const res = await ctx.gql<{ participatieverslag: Record<string, unknown> & { antwoorden: unknown[] } }>(VERSLAG, {
      id: participatieId,
    });
    const v = res.data!.participatieverslag;
    expect(v).toMatchObject({
      titel: 'Herinrichting Pancratiusplein',
      afdeling: 'Ruimtelijke ontwikkeling',
      buurten: [buurtA.naam, buurtC.naam].sort((a, b) => a.localeCompare(b)),
      aantalGeinformeerdeRegisseurs: 2,
      reacties: 3,
      voor: 1,
      tegen: 1,
      neutraal: 0,
      zonderStandpunt: 1,
      vanBewoners: 2,
      vanPartners: 1,
      beantwoord: 2,
      onbeantwoord: 1,
    });
    expect(v.antwoorden).toEqual([
      {
        standpunt: 'VOOR',
        van: 'bewoner',
        ontvangenOp: vandaag,
        antwoord: 'We planten twaalf bomen en zetten zes bankjes neer.',
      },
      { standpunt: 'TEGEN', van: 'bewoner', ontvangenOp: vandaag, antwoord: 'De parkeerplaatsen komen terug aan de Akerstraat.' },
      { standpunt: null, van: 'Wijkraad Plein', ontvangenOp: vandaag, antwoord: null },
    ]);
    const tekst = JSON.stringify(res.body);
    expect(tekst).not.toContain('06-12345678');
    expect(tekst).not.toContain('plan-bewoner');
    expect(tekst).not.toContain('Parkeerplaatsen verdwijnen');

    // The same report as open data: only published plans, the same figures, no residents' words.
    const feed = await ctx.http().get('/api/v1/open-data/participatieverslagen').set('accept', 'application/json');
    expect(feed.status).toBe(200);
    const verslagen = (feed.body as { verslagen: Array<Record<string, unknown>> }).verslagen;
    const dit = verslagen.find((x) => x.participatieId === participatieId)!;
    expect(dit).toMatchObject({ reacties: 3, voor: 1, tegen: 1, beantwoord: 2, regisseursGeinformeerdOp: vandaag });
    expect(verslagen.map((x) => x.titel).sort()).toEqual(['Herinrichting Pancratiusplein', 'Nieuwe speeltuin']);
    expect(JSON.stringify(feed.body)).not.toContain('06-12345678');
    expect(JSON.stringify(feed.body)).not.toContain('plan-bewoner');
  });

  it('neemt reacties op in de export en pseudonimiseert de tekst, het antwoord blijft', async () => {
    const { mijnGegevens } = await ctx.gqlOk<{ mijnGegevens: Record<string, unknown[]> }>('{ mijnGegevens }', {}, bewoner);
    expect(JSON.stringify(mijnGegevens.planReacties)).toContain('meer bomen');
    await ctx.gqlOk('mutation { mijnGegevensPseudonimiseren }', {}, bewoner);
    const [r] = await ctx.dataSource.query<Array<{ ingediend_door: string; tekst: string; antwoord: string }>>(
      `SELECT ingediend_door, tekst, antwoord FROM plan_reactie WHERE antwoord LIKE 'We planten%'`,
    );
    expect(r.ingediend_door).toMatch(/^pseudoniem:/);
    expect(r.tekst).not.toContain('06-12345678');
    expect(r.antwoord).toContain('twaalf bomen');
  });
});
