import { ConciergeService } from '@buurtwerk/buurtconcierges';
import { fromGlobalId, Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const AANSTELLEN = `mutation($input: BuurtconciergeInput!) { buurtconciergeAanstellen(input: $input) { id naam buurten beschikbaarheid } }`;
const VRAGEN = `mutation($input: ConciergeVraagInput!) { conciergeVragen(input: $input) { id soort status signaalReferentie buurt } }`;
const VERZOEKEN = `{ conciergeVerzoeken { id omschrijving status buurt } }`;
const OPPAKKEN = `mutation($id: ID!, $af: Boolean) { conciergeVerzoekOppakken(id: $id, afronden: $af) { id status opgepaktOp } }`;
const LOG = `mutation($input: ConciergeLogregelInput!) { conciergeLogboekSchrijven(input: $input) }`;
const CIJFERS = `{ conciergePilotcijfers { buurt verzoeken opgepakt gemiddeldeReactietijdUren doorverwijzingen contacten uren } }`;
const MIJN = `{ mijnConciergeVerzoeken { id status reactie signaalReferentie naam afgerondOp } }`;
const AFRONDEN = `mutation($input: ConciergeAfrondenInput!) { conciergeVerzoekAfronden(input: $input) { id status reactie afgerondOp } }`;
const DOORZETTEN = `mutation($input: ConciergeDoorzettenInput!) { conciergeVerzoekDoorzetten(input: $input) { id status signaalReferentie reactie } }`;

describe('Buurtconciërges (pilot in twee buurten): vragen, routeren, oppakken, logboek en cijfers', () => {
  let ctx: TestContext;
  let beleid: string;
  let concierge: string;
  let bewoner: string;
  let buurtA: { id: string; naam: string };
  let buurtB: { id: string; naam: string };
  let buurtZonder: { id: string };
  let categorie: string;

  beforeAll(async () => {
    ctx = await testContext();
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
    concierge = await ctx.tokenFor(Rol.BEWONER, { sub: 'concierge-karin', name: 'Karin' });
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-piet', name: 'Piet' });
    const d = await ctx.gqlOk<{
      a: { id: string; naam: string };
      b: { id: string; naam: string };
      c: { id: string };
      signaalcategorieen: Array<{ naam: string }>;
    }>(
      '{ a: buurt(code: "BU09171000") { id naam } b: buurt(code: "BU09171001") { id naam } c: buurt(code: "BU09173300") { id } signaalcategorieen { naam } }',
    );
    ({ a: buurtA, b: buurtB, c: buurtZonder } = d);
    categorie = d.signaalcategorieen[0].naam;
    const { buurtconciergeAanstellen } = await ctx.gqlOk<{ buurtconciergeAanstellen: { buurten: string[] } }>(
      AANSTELLEN,
      {
        input: {
          gebruikerId: 'concierge-karin',
          naam: 'Karin (voorbeeld)',
          buurtIds: [buurtA.id, buurtB.id],
          beschikbaarheid: 'ma–do 9.00–13.00',
        },
      },
      beleid,
    );
    expect(buurtconciergeAanstellen.buurten).toEqual([buurtA.naam, buurtB.naam]);
  });
  afterAll(() => ctx.close());

  it('neemt een hulpvraag aan in een pilotbuurt, niet daarbuiten', async () => {
    const { conciergeVragen } = await ctx.gqlOk<{ conciergeVragen: { soort: string; status: string; signaalReferentie: null } }>(
      VRAGEN,
      { input: { buurtId: buurtA.id, soort: 'HULP', omschrijving: 'Kan iemand helpen mijn container aan de straat te zetten?' } },
      bewoner,
    );
    expect(conciergeVragen).toMatchObject({ soort: 'HULP', status: 'NIEUW', signaalReferentie: null });
    const buiten = await ctx.gql(VRAGEN, { input: { buurtId: buurtZonder.id, soort: 'HULP', omschrijving: 'x' } }, bewoner);
    expect(foutcodes(buiten)).toEqual(['BAD_USER_INPUT']);
    expect(buiten.errors?.[0].message).toContain('In deze buurt is (nog) geen buurtconciërge.');
  });

  it('zet een melding voor een afdeling door als signaal (via de signalen-bibliotheek)', async () => {
    const { conciergeVragen } = await ctx.gqlOk<{ conciergeVragen: { signaalReferentie: string } }>(
      VRAGEN,
      { input: { buurtId: buurtB.id, soort: 'MELDING', omschrijving: 'Losliggende stoeptegels bij de school.', categorie } },
      bewoner,
    );
    expect(conciergeVragen.signaalReferentie).toMatch(/^SIG-/);
    const { signalen } = await ctx.gqlOk<{ signalen: { edges: Array<{ node: { referentie: string } }> } }>(
      '{ signalen(first: 10) { edges { node { referentie } } } }',
      {},
      bewoner,
    );
    expect(signalen.edges.map((e) => e.node.referentie)).toContain(conciergeVragen.signaalReferentie);
  });

  it('laat alleen de conciërge van de buurt verzoeken zien en oppakken', async () => {
    expect((await ctx.gqlOk<{ conciergeVerzoeken: unknown[] }>(VERZOEKEN, {}, bewoner)).conciergeVerzoeken).toEqual([]);
    const { conciergeVerzoeken } = await ctx.gqlOk<{ conciergeVerzoeken: Array<{ id: string; status: string }> }>(
      VERZOEKEN,
      {},
      concierge,
    );
    expect(conciergeVerzoeken).toHaveLength(2);
    expect(foutcodes(await ctx.gql(OPPAKKEN, { id: conciergeVerzoeken[0].id }, bewoner))).toEqual(['FORBIDDEN']);
    const { conciergeVerzoekOppakken } = await ctx.gqlOk<{ conciergeVerzoekOppakken: { status: string; opgepaktOp: string } }>(
      OPPAKKEN,
      { id: conciergeVerzoeken[0].id },
      concierge,
    );
    expect(conciergeVerzoekOppakken.status).toBe('OPGEPAKT');
    expect(foutcodes(await ctx.gql(OPPAKKEN, { id: conciergeVerzoeken[0].id }, concierge))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    await ctx.gqlOk(OPPAKKEN, { id: conciergeVerzoeken[0].id, af: true }, concierge);
  });

  it('houdt een licht logboek bij en telt de pilotcijfers per buurt', async () => {
    const regel = (buurtId: string, extra: Record<string, unknown>) => ({
      input: {
        buurtId,
        datum: '2026-03-02',
        soort: 'CONTACT',
        categorie: 'eenzaamheid',
        minuten: 45,
        notitie: 'Praatje bij de bakker',
        ...extra,
      },
    });
    await ctx.gqlOk(LOG, regel(buurtA.id, {}), concierge);
    await ctx.gqlOk(
      LOG,
      regel(buurtA.id, { soort: 'TAAK', categorie: 'afval', minuten: 75, notitie: 'Container gezet', doorverwezen: true }),
      concierge,
    );
    expect(foutcodes(await ctx.gql(LOG, regel(buurtZonder.id, {}), concierge))).toEqual(['BAD_USER_INPUT']);
    expect(foutcodes(await ctx.gql(LOG, regel(buurtA.id, {}), bewoner))).toEqual(['FORBIDDEN']);

    expect(foutcodes(await ctx.gql(CIJFERS, {}, bewoner))).toEqual(['FORBIDDEN']);
    const { conciergePilotcijfers } = await ctx.gqlOk<{ conciergePilotcijfers: Array<Record<string, unknown>> }>(
      CIJFERS,
      {},
      beleid,
    );
    const perBuurt = new Map(conciergePilotcijfers.map((c) => [c.buurt, c]));
    expect(perBuurt.get(buurtA.naam)).toMatchObject({ verzoeken: 1, opgepakt: 1, doorverwijzingen: 1, contacten: 1, uren: 2 });
    expect(perBuurt.get(buurtA.naam)?.gemiddeldeReactietijdUren).toEqual(expect.any(Number));
    expect(perBuurt.get(buurtB.naam)).toMatchObject({
      verzoeken: 1,
      opgepakt: 0,
      gemiddeldeReactietijdUren: null,
      doorverwijzingen: 1,
      uren: 0,
    });
  });
  describe('afhandelen, doorzetten en toestemming voor de naam', () => {
    let collega: string;
    const vraag = async (input: Record<string, unknown>, token = bewoner): Promise<string> =>
      (await ctx.gqlOk<{ conciergeVragen: { id: string } }>(VRAGEN, { input }, token)).conciergeVragen.id;

    beforeAll(async () => {
      collega = await ctx.tokenFor(Rol.BEWONER, { sub: 'concierge-jos', name: 'Jos' });
      await ctx.gqlOk(
        AANSTELLEN,
        {
          input: {
            gebruikerId: 'concierge-jos',
            naam: 'Jos (voorbeeld)',
            buurtIds: [buurtZonder.id],
            beschikbaarheid: 'vr 10.00–12.00',
          },
        },
        beleid,
      );
    });

    it('toont de naam van de bewoner alleen met toestemming (AVG art. 6 lid 1 onder a)', async () => {
      await vraag({ buurtId: buurtA.id, soort: 'HULP', omschrijving: 'Met naam', naamToestemming: true });
      await vraag({ buurtId: buurtA.id, soort: 'HULP', omschrijving: 'Zonder naam' });
      const { conciergeVerzoeken } = await ctx.gqlOk<{
        conciergeVerzoeken: Array<{ omschrijving: string; naam: string | null }>;
      }>('{ conciergeVerzoeken { omschrijving naam } }', {}, concierge);
      const perTekst = new Map(conciergeVerzoeken.map((v) => [v.omschrijving, v.naam]));
      expect(perTekst.get('Met naam')).toBe('Piet');
      expect(perTekst.get('Zonder naam')).toBeNull();
    });

    it('rondt af met een reactie die de bewoner bij "mijn verzoeken" leest', async () => {
      const id = await vraag({ buurtId: buurtA.id, soort: 'HULP', omschrijving: 'Lamp in de gang vervangen' });
      expect(foutcodes(await ctx.gql(AFRONDEN, { input: { id, reactie: 'x' } }, collega))).toEqual(['FORBIDDEN']);
      const { conciergeVerzoekAfronden } = await ctx.gqlOk<{ conciergeVerzoekAfronden: { status: string; afgerondOp: string } }>(
        AFRONDEN,
        { input: { id, reactie: 'Lamp vervangen op dinsdag.' } },
        concierge,
      );
      expect(conciergeVerzoekAfronden.status).toBe('AFGEROND');
      expect(foutcodes(await ctx.gql(AFRONDEN, { input: { id, reactie: 'nog eens' } }, concierge))).toEqual([
        'ONGELDIGE_STATUSOVERGANG',
      ]);
      const { mijnConciergeVerzoeken } = await ctx.gqlOk<{
        mijnConciergeVerzoeken: Array<{ id: string; status: string; reactie: string | null }>;
      }>(MIJN, {}, bewoner);
      expect(mijnConciergeVerzoeken.find((v) => v.id === id)).toMatchObject({
        status: 'AFGEROND',
        reactie: 'Lamp vervangen op dinsdag.',
      });
      // Another resident sees none of Piet's requests.
      const ander = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-anna', name: 'Anna' });
      expect((await ctx.gqlOk<{ mijnConciergeVerzoeken: unknown[] }>(MIJN, {}, ander)).mijnConciergeVerzoeken).toEqual([]);
    });

    it('zet een verzoek door naar een afdeling als signaal van de bewoner, ook als twee tegelijk klikken', async () => {
      const id = await vraag({ buurtId: buurtA.id, soort: 'MELDING', omschrijving: 'Boomwortels drukken de stoep omhoog' });
      const beide = await Promise.all(
        [concierge, concierge].map((t) =>
          ctx.gql<{ conciergeVerzoekDoorzetten: { signaalReferentie: string } }>(
            DOORZETTEN,
            { input: { id, categorie, toelichting: 'Gezien op nr. 12 tot 20' } },
            t,
          ),
        ),
      );
      expect(beide.map((a) => foutcodes(a)).sort()).toEqual([[], ['ONGELDIGE_STATUSOVERGANG']]);
      const gelukt = beide.find((a) => !a.errors)!.data!.conciergeVerzoekDoorzetten;
      expect(gelukt.signaalReferentie).toMatch(/^SIG-/);
      // The signal is the resident's: it is under "my signals", with the concierge's addition.
      const { signalen } = await ctx.gqlOk<{
        signalen: { edges: Array<{ node: { referentie: string; omschrijving: string } }> };
      }>('{ signalen(first: 50) { edges { node { referentie omschrijving } } } }', {}, bewoner);
      const signaal = signalen.edges.find((e) => e.node.referentie === gelukt.signaalReferentie);
      expect(signaal?.node.omschrijving).toContain('Toelichting van buurtconciërge Karin (voorbeeld): Gezien op nr. 12 tot 20');
      const { mijnConciergeVerzoeken } = await ctx.gqlOk<{
        mijnConciergeVerzoeken: Array<{ id: string; status: string; reactie: string }>;
      }>(MIJN, {}, bewoner);
      expect(mijnConciergeVerzoeken.find((v) => v.id === id)).toMatchObject({ status: 'DOORGEZET' });
      expect(mijnConciergeVerzoeken.find((v) => v.id === id)?.reactie).toContain(gelukt.signaalReferentie);

      const onbekend = await vraag({ buurtId: buurtA.id, soort: 'MELDING', omschrijving: 'Iets anders' });
      const fout = await ctx.gql(DOORZETTEN, { input: { id: onbekend, categorie: 'Bestaat niet' } }, concierge);
      expect(foutcodes(fout)).toEqual(['BAD_USER_INPUT']);
      // Refused before the signal: the request stays open.
      expect(
        (
          await ctx.gqlOk<{ mijnConciergeVerzoeken: Array<{ id: string; status: string }> }>(MIJN, {}, bewoner)
        ).mijnConciergeVerzoeken.find((v) => v.id === onbekend)?.status,
      ).toBe('NIEUW');
    });

    it('weigert een naam in het logboek bij een verzoek zonder toestemming en toont de conciërge het eigen logboek', async () => {
      const id = await vraag({ buurtId: buurtB.id, soort: 'HULP', omschrijving: 'Boodschappen' });
      const regel = {
        buurtId: buurtB.id,
        datum: '2026-03-03',
        soort: 'TAAK',
        categorie: 'boodschappen',
        minuten: 30,
        notitie: 'Boodschappen gedaan',
        verzoekId: id,
      };
      const geweigerd = await ctx.gql(LOG, { input: { ...regel, naamMetToestemming: 'Piet' } }, concierge);
      expect(foutcodes(geweigerd)).toEqual(['BAD_USER_INPUT']);
      expect(geweigerd.errors?.[0].message).toContain('geen toestemming');
      await ctx.gqlOk(LOG, { input: regel }, concierge);
      const { conciergeLogboek } = await ctx.gqlOk<{ conciergeLogboek: Array<{ notitie: string; buurt: string }> }>(
        '{ conciergeLogboek { notitie buurt naamMetToestemming } }',
        {},
        concierge,
      );
      expect(conciergeLogboek.map((r) => r.notitie)).toContain('Boodschappen gedaan');
      expect(
        (await ctx.gqlOk<{ conciergeLogboek: unknown[] }>('{ conciergeLogboek { id } }', {}, collega)).conciergeLogboek,
      ).toEqual([]);
      const { mijnConciergeschap } = await ctx.gqlOk<{ mijnConciergeschap: { buurten: string[]; buurtIds: string[] } | null }>(
        '{ mijnConciergeschap { buurten buurtIds } }',
        {},
        concierge,
      );
      expect(mijnConciergeschap?.buurtIds).toEqual([buurtA.id, buurtB.id]);
      expect(
        (await ctx.gqlOk<{ mijnConciergeschap: null }>('{ mijnConciergeschap { id } }', {}, bewoner)).mijnConciergeschap,
      ).toBeNull();
    });

    it('levert de evaluatiecijfers per buurt en jaar aan het jaarverslag van buurtregie (ConciergeService.evaluatiecijfers)', async () => {
      const service = ctx.app.get(ConciergeService);
      const jaar = Number(new Date().toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam' }).slice(0, 4));
      const cijfers = await service.evaluatiecijfers({ jaar });
      const a = cijfers.find((c) => c.buurtnaam === buurtA.naam)!;
      expect(a.buurtcode).toBe('BU09171000');
      expect(a.buurtId).toMatch(/^[0-9a-f-]{36}$/);
      expect(a.verzoeken).toBeGreaterThanOrEqual(6);
      expect(a.afgerond).toBeGreaterThanOrEqual(2);
      // Logbook lines are dated 2026-03; in another year only the requests of that year count.
      const leeg = await service.evaluatiecijfers({ jaar: 2001, buurtIds: [a.buurtId] });
      expect(leeg).toEqual([
        expect.objectContaining({ buurtId: a.buurtId, verzoeken: 0, contacten: 0, uren: 0, gemiddeldeReactietijdUren: null }),
      ]);
      const logjaar = await service.evaluatiecijfers({ jaar: 2026, buurtIds: [a.buurtId] });
      expect(logjaar[0]).toMatchObject({ contacten: 1, taken: 1, uren: 2 });
    });
    it('geeft de bewoner de verzoeken in inzage (AVG art. 15) en wist naam en tekst bij pseudonimisering (art. 17), ook in het logboek', async () => {
      const els = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-els', name: 'Els Elzen' });
      const id = await vraag(
        { buurtId: buurtB.id, soort: 'HULP', omschrijving: 'Hulp bij de huurtoeslag', naamToestemming: true },
        els,
      );
      await ctx.gqlOk(
        LOG,
        {
          input: {
            buurtId: buurtB.id,
            datum: '2026-03-04',
            soort: 'CONTACT',
            categorie: 'geldzorgen',
            minuten: 20,
            notitie: 'Formulier samen ingevuld',
            naamMetToestemming: 'Els Elzen',
            verzoekId: id,
          },
        },
        concierge,
      );
      const { mijnGegevens } = await ctx.gqlOk<{ mijnGegevens: { conciergeverzoeken: Array<{ omschrijving: string }> } }>(
        '{ mijnGegevens }',
        {},
        els,
      );
      expect(mijnGegevens.conciergeverzoeken.map((v) => v.omschrijving)).toEqual(['Hulp bij de huurtoeslag']);

      await ctx.gqlOk('mutation { mijnGegevensPseudonimiseren }', {}, els);
      const { conciergeVerzoeken } = await ctx.gqlOk<{
        conciergeVerzoeken: Array<{ id: string; omschrijving: string; naam: string | null }>;
      }>('{ conciergeVerzoeken { id omschrijving naam } }', {}, concierge);
      expect(conciergeVerzoeken.find((v) => v.id === id)).toMatchObject({
        naam: null,
        omschrijving: '[verwijderd: gepseudonimiseerd]',
      });
      const { conciergeLogboek } = await ctx.gqlOk<{
        conciergeLogboek: Array<{ notitie: string; naamMetToestemming: string | null }>;
      }>('{ conciergeLogboek { notitie naamMetToestemming } }', {}, concierge);
      expect(conciergeLogboek.some((r) => r.naamMetToestemming === 'Els Elzen' || r.notitie === 'Formulier samen ingevuld')).toBe(
        false,
      );
      // Figures stay: the request and the minutes still count.
      const [b] = await ctx.app
        .get(ConciergeService)
        .evaluatiecijfers({ jaar: 2026, buurtIds: [fromGlobalId(buurtB.id, 'Buurt', 'id')] });
      expect(b.contacten).toBeGreaterThanOrEqual(1);
    });
  });
});
