/**
 * Small oracles (issue 15): operations that take an initiative id answer for an initiative the
 * caller may not see exactly as for one that does not exist. `belangVerklaren` refuses it with
 * NOT_FOUND (no existence oracle, no stranger's text in the staff's conflict list), and a partner
 * cannot link a public activity to a non-public or nonexistent initiative.
 */
import { fromGlobalId, Rol, toGlobalId } from '@buurtwerk/core';
import { foutcodes, type GqlAntwoord, type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, type Opzet, opslaan, zetOp } from './initiatieven.helpers';

const VERKLAREN =
  'mutation($id: ID!, $t: String!) { belangVerklaren(initiatiefId: $id, toelichting: $t) { persoon toelichting } }';
const PUBLICEER = 'mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id initiatief { id titel } } }';
const NIET_BESTAAND = toGlobalId('Initiatief', '00000000-0000-4000-8000-000000000404');

describe('Initiatieven die de aanroeper niet mag zien', () => {
  let ctx: TestContext;
  let o: Opzet;
  let indiener: string;
  /** Each status an initiative can have that the public may not see, and a granted (public) one. */
  let concept: string;
  let ingediend: string;
  let inBehandeling: string;
  let toegekend: string;

  const verklaringenOp = async (globalId: string): Promise<string[]> =>
    (
      await ctx.dataSource.query<Array<{ toelichting: string }>>(
        'SELECT toelichting FROM belang_verklaring WHERE initiatief_id = $1',
        [fromGlobalId(globalId, 'Initiatief', 'id')],
      )
    ).map((r) => r.toelichting);

  /** The answer without what legitimately differs per call (nothing should). */
  const vorm = (res: GqlAntwoord) => ({
    codes: foutcodes(res),
    meldingen: (res.errors ?? []).map((e) => e.message),
    data: res.data ?? null,
  });

  beforeAll(async () => {
    ctx = await testContext();
    o = await zetOp(ctx, 10_000_000);
    indiener = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-indiener', name: 'Ilse Indiener' });
    const nieuw = async (titel: string) => (await opslaan(ctx, indiener, { ...initiatiefInput(o), titel })).id;
    const indienen = (id: string) => ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id }, indiener);
    const inBehandelingNemen = (id: string) =>
      ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id }, o.beleid);

    concept = await nieuw('Geheim concept');
    ingediend = await nieuw('Net ingediend');
    await indienen(ingediend);
    inBehandeling = await nieuw('In behandeling');
    await indienen(inBehandeling);
    await inBehandelingNemen(inBehandeling);
    toegekend = await nieuw('Toegekend straatfeest');
    await indienen(toegekend);
    await inBehandelingNemen(toegekend);
    const { node } = await ctx.gqlOk<{ node: { aanvragen: Array<{ id: string; gereserveerdBedrag: number | null }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { aanvragen { id gereserveerdBedrag } } } }',
      { id: toegekend },
      o.beleid,
    );
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { status } }',
      {
        input: {
          initiatiefId: toegekend,
          uitkomst: 'TOEGEKEND',
          motivering: 'Past in de regeling.',
          bedragen: node.aanvragen.map((a) => ({ aanvraagId: a.id, bedrag: a.gereserveerdBedrag ?? 0 })),
        },
      },
      o.beleid,
    );
  });
  afterAll(() => ctx.close());

  describe('belangVerklaren', () => {
    it('weigert een initiatief dat de bewoner niet mag zien precies zoals een niet-bestaand id, en bewaart de tekst niet', async () => {
      const vreemde = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-vreemd', name: 'Victor Vreemd' });
      const nietGevonden = vorm(await ctx.gql(VERKLAREN, { id: NIET_BESTAAND, t: 'Bestaat dit?' }, vreemde));
      expect(nietGevonden.codes).toEqual(['NOT_FOUND']);
      for (const id of [concept, ingediend, inBehandeling]) {
        const res = await ctx.gql(VERKLAREN, { id, t: 'Bestaat dit? Bel 06-12345678' }, vreemde);
        expect(vorm(res)).toEqual(nietGevonden);
        expect(await verklaringenOp(id)).toEqual([]);
      }
    });

    it('weigert een concept ook voor medewerkers (zij zien het pas na indienen), zoals een niet-bestaand id', async () => {
      const regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'regisseur-concept' });
      const nietGevonden = vorm(await ctx.gql(VERKLAREN, { id: NIET_BESTAAND, t: 'x' }, regisseur));
      expect(vorm(await ctx.gql(VERKLAREN, { id: concept, t: 'Mijn buurvrouw' }, regisseur))).toEqual(nietGevonden);
      expect(await verklaringenOp(concept)).toEqual([]);
    });

    it('laat wie het initiatief mag zien een belang verklaren: iedereen bij een toegekend, medewerkers bij een ingediend', async () => {
      const buur = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-buur', name: 'Bram Buur' });
      const publiek = await ctx.gqlOk<{ belangVerklaren: { persoon: string } }>(
        VERKLAREN,
        { id: toegekend, t: 'De organisator is mijn broer.' },
        buur,
      );
      expect(publiek.belangVerklaren.persoon).toBe('Bram Buur');
      const regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'regisseur-ingediend', name: 'Rita Regisseur' });
      await ctx.gqlOk(VERKLAREN, { id: ingediend, t: 'Ik ken de indiener privé.' }, regisseur);
      expect(await verklaringenOp(ingediend)).toEqual(['Ik ken de indiener privé.']);
      // The initiator sees their own initiative at every stage.
      await ctx.gqlOk(VERKLAREN, { id: inBehandeling, t: 'Ik ben zelf penningmeester.' }, indiener);
      expect(await verklaringenOp(inBehandeling)).toEqual(['Ik ben zelf penningmeester.']);
    });
  });

  describe('activiteitPubliceren met een initiatief', () => {
    let orgId: string;
    let partner: string;
    const activiteit = (initiatiefId: string) => ({
      titel: 'Opbouwdag',
      begin: '2030-05-02T10:00:00+02:00',
      eind: '2030-05-02T12:00:00+02:00',
      buurtId: o.buurtId,
      organisatorId: orgId,
      initiatiefId,
    });
    const aantalActiviteiten = async (): Promise<number> =>
      Number((await ctx.dataSource.query<Array<{ n: string }>>('SELECT count(*) AS n FROM activiteit'))[0].n);

    beforeAll(async () => {
      const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
      orgId = (
        await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
          'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
          { input: { naam: 'Stichting Opbouw', soort: 'STICHTING', buurtIds: [o.buurtId] } },
          beheerder,
        )
      ).organisatieRegistreren.id;
      await ctx.gqlOk(
        'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
        { o: orgId, g: 'partner-opbouw' },
        beheerder,
      );
      partner = await ctx.tokenFor(Rol.PARTNER, { sub: 'partner-opbouw' });
    });

    it('weigert een niet-openbaar of niet-bestaand initiatief met een Nederlandse melding bij het veld, voor alle gelijk', async () => {
      const voor = await aantalActiviteiten();
      const antwoorden = [];
      for (const id of [NIET_BESTAAND, concept, ingediend, inBehandeling]) {
        const res = await ctx.gql(PUBLICEER, { input: activiteit(id) }, partner);
        expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
        antwoorden.push(res.errors?.[0].extensions?.velden);
      }
      expect(antwoorden[0]).toEqual([{ veld: 'input.initiatiefId', melding: expect.stringMatching(/geen openbaar initiatief/) }]);
      // Nonexistent and non-public: the same answer, so no way to learn which ids exist.
      expect(new Set(antwoorden.map((a) => JSON.stringify(a))).size).toBe(1);
      expect(await aantalActiviteiten()).toBe(voor);
    });

    it('koppelt een toegekend (openbaar) initiatief, dat dan bij de activiteit te zien is', async () => {
      const res = await ctx.gqlOk<{ activiteitPubliceren: { initiatief: { id: string; titel: string } | null } }>(
        PUBLICEER,
        { input: activiteit(toegekend) },
        partner,
      );
      expect(res.activiteitPubliceren.initiatief).toEqual({ id: toegekend, titel: 'Toegekend straatfeest' });
    });
  });
});
