import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const AANSTELLEN = `mutation($input: BuurtconciergeInput!) { buurtconciergeAanstellen(input: $input) { id naam buurten beschikbaarheid } }`;
const VRAGEN = `mutation($input: ConciergeVraagInput!) { conciergeVragen(input: $input) { id soort status signaalReferentie buurt } }`;
const VERZOEKEN = `{ conciergeVerzoeken { id omschrijving status buurt } }`;
const OPPAKKEN = `mutation($id: ID!, $af: Boolean) { conciergeVerzoekOppakken(id: $id, afronden: $af) { id status opgepaktOp } }`;
const LOG = `mutation($input: ConciergeLogregelInput!) { conciergeLogboekSchrijven(input: $input) }`;
const CIJFERS = `{ conciergePilotcijfers { buurt verzoeken opgepakt gemiddeldeReactietijdUren doorverwijzingen contacten uren } }`;

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
});
