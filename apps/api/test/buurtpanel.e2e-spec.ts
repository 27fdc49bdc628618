import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import { codes, panelHulp, zetPanelregelingOp } from './buurtpanel.helpers';
import { initiatiefInput, type Opzet, plafondStand, zetOp } from './initiatieven.helpers';

const CODE = 'BUURTAKTIE_PANEL';

describe('Buurtpanel: bewoners adviseren over kleine initiatieven, de gemeente besluit (docs/domein.md, invariant 8)', () => {
  let ctx: TestContext;
  let o: Opzet;
  let h: ReturnType<typeof panelHulp>;
  let anna: string;
  const vorigInterval = process.env.PANEL_INTERVAL_MS;

  beforeAll(async () => {
    // The test runs the closing job itself; no background timer.
    process.env.PANEL_INTERVAL_MS = '0';
    ctx = await testContext();
    o = await zetPanelregelingOp(ctx, 1_000_000, CODE);
    h = panelHulp(ctx, o);
    anna = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-anna', name: 'Anna de Vries' });
  });
  afterAll(async () => {
    await ctx.close();
    if (vorigInterval === undefined) {
      delete process.env.PANEL_INTERVAL_MS;
    } else {
      process.env.PANEL_INTERVAL_MS = vorigInterval;
    }
  });

  describe('instellen', () => {
    it('stelt een buurtpanel in met naam, buurten, quorum en leden', async () => {
      const panel = await h.panelInstellen(['p-1', 'p-2', 'p-3'], 2, 'Buurtpanel Molenberg');
      expect(panel).toMatchObject({ naam: 'Buurtpanel Molenberg', quorum: 2, aantalLeden: 3 });
      const { node } = await ctx.gqlOk<{ node: { naam: string; buurten: Array<{ code: string }> } }>(
        'query($id: ID!) { node(id: $id) { ... on Buurtpanel { naam buurten { code } } } }',
        { id: panel.id },
      );
      expect(node).toEqual({ naam: 'Buurtpanel Molenberg', buurten: [{ code: 'BU09171001' }] });
    });

    it('weigert een quorum boven het aantal leden en een dubbel lid, met alle velden tegelijk', async () => {
      const res = await ctx.gql(
        'mutation($input: BuurtpanelInput!) { buurtpanelInstellen(input: $input) { id } }',
        { input: { naam: 'Te groot quorum', buurtIds: [o.buurtId], quorum: 3, leden: ['x', 'x'] } },
        o.beleid,
      );
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.velden!.map((v) => v.veld)).toEqual(['input.leden', 'input.quorum']);
    });

    it('laat een bewoner geen panel instellen', async () => {
      const res = await ctx.gql(
        'mutation($input: BuurtpanelInput!) { buurtpanelInstellen(input: $input) { id } }',
        { input: { naam: 'Eigen panel', buurtIds: [o.buurtId], quorum: 1, leden: ['x'] } },
        anna,
      );
      expect(codes(res)).toEqual(['FORBIDDEN']);
    });
  });

  describe('stemmen, advies en besluit', () => {
    it('legt voor, houdt stemmen geheim, adviseert zodra ieder lid heeft gestemd, en de medewerker besluit op het advies', async () => {
      const panel = await h.panelInstellen(['a-1', 'a-2', 'a-3'], 2, 'Buurtpanel Terschuren');
      const [lid1, lid2, lid3] = await Promise.all([h.lid('a-1'), h.lid('a-2'), h.lid('a-3')]);
      const ini = await h.inBehandeling(anna);

      const voorgelegd = await h.voorleggen(ini.id, panel.id);
      expect(voorgelegd.errors).toBeUndefined();
      expect(voorgelegd.data!.initiatiefVoorleggenAanPanel).toMatchObject({
        gesloten: false,
        aantalVoor: 0,
        uitkomst: null,
        panel: { naam: 'Buurtpanel Terschuren', quorum: 2, aantalLeden: 3 },
        initiatief: { status: 'BIJ_BUURTPANEL' },
      });
      const na = await h.initiatief(ini.id);
      expect(na.historie.at(-1)).toMatchObject({ van: 'IN_BEHANDELING', naar: 'BIJ_BUURTPANEL', door: 'Bea Beleid' });

      // What is before a member: the open vote, the initiative without personal data.
      const { mijnPanelstemmingen } = await ctx.gqlOk<{
        mijnPanelstemmingen: Array<{ initiatief: { id: string; titel: string; indiener: string | null } }>;
      }>('{ mijnPanelstemmingen { initiatief { id titel indiener } } }', {}, lid2);
      expect(mijnPanelstemmingen).toEqual([{ initiatief: { id: ini.id, titel: 'Straatfeest Terschuren', indiener: null } }]);

      // A second vote replaces the first; only the voter sees it, and no counts while open.
      await h.stemOk(lid1, ini.id, 'TEGEN', 'Te duur voor zo weinig.');
      const eerste = await h.stemOk(lid1, ini.id, 'VOOR', 'Goed voor de straat.');
      expect(eerste).toMatchObject({
        gesloten: false,
        aantalVoor: 0,
        aantalTegen: 0,
        uitkomst: null,
        mijnStem: { keuze: 'VOOR', toelichting: 'Goed voor de straat.' },
      });
      expect((await h.stemming(ini.id, lid2))!.mijnStem).toBeNull();
      expect(await h.stemming(ini.id, o.beleid)).toMatchObject({ aantalVoor: 0, mijnStem: null, gesloten: false });
      expect(await h.stemming(ini.id, null)).toBeNull();
      expect(await h.stemming(ini.id, await ctx.tokenFor(Rol.BEWONER))).toBeNull();

      // A vote without a real reason is refused, in plain Dutch at the field.
      const zonderReden = await h.stem(lid2, ini.id, 'VOOR', null);
      expect(codes(zonderReden)).toEqual(['BAD_USER_INPUT']);
      expect(zonderReden.errors![0].extensions!.velden).toEqual([
        { veld: 'toelichting', melding: expect.stringContaining('waarom je zo stemt') },
      ]);
      expect(codes(await h.stem(lid2, ini.id, 'VOOR', 'ok'))).toEqual(['BAD_USER_INPUT']);

      await h.stemOk(lid2, ini.id, 'VOOR', 'Veel buren doen mee en het kost weinig.');
      const laatste = await h.stemOk(lid3, ini.id, 'TEGEN', 'Er is al een feest in juni.');
      // Everyone who can vote has voted: closed at once, counts public, the outcome an advice.
      expect(laatste).toMatchObject({
        gesloten: true,
        aantalVoor: 2,
        aantalTegen: 1,
        aantalOnthouding: 0,
        uitkomst: 'TOEGEKEND',
        advies: 'POSITIEF',
        adviesGevolgd: null,
        mijnStem: { keuze: 'TEGEN' },
      });
      // The considerations without names, ordered by choice and text (never by member).
      expect(laatste.overwegingen).toEqual([
        { keuze: 'VOOR', toelichting: 'Goed voor de straat.' },
        { keuze: 'VOOR', toelichting: 'Veel buren doen mee en het kost weinig.' },
        { keuze: 'TEGEN', toelichting: 'Er is al een feest in juni.' },
      ]);
      // The panel advised; nothing is decided yet and the reservation stays.
      const geadviseerd = await h.initiatief(ini.id);
      expect(geadviseerd.status).toBe('BIJ_BUURTPANEL');
      expect(geadviseerd.besluit).toBeNull();
      expect(geadviseerd.aanvragen[0]).toMatchObject({ gereserveerdBedrag: 50_000 });
      // A resident or a buurtregisseur cannot take the decision; the mandated official can.
      expect(codes(await h.besluitOpAdvies(ini.id, 'TOEGEKEND', undefined, lid1))).toEqual(['FORBIDDEN']);
      expect(codes(await h.besluitOpAdvies(ini.id, 'TOEGEKEND', undefined, await h.regisseur()))).toEqual(['FORBIDDEN']);

      const besloten = await h.volgAdvies(ini.id);
      expect(besloten.status).toBe('TOEGEKEND');
      expect(besloten.besluit).toMatchObject({ uitkomst: 'TOEGEKEND', genomenDoor: 'Bea Beleid', verleendBedrag: 50_000 });
      const motivering = besloten.besluit!.motivering;
      expect(motivering).toContain('Buurtpanel Terschuren heeft positief geadviseerd');
      expect(motivering).toContain('2 voor, 1 tegen, 0 onthouding');
      expect(motivering).toContain('"Veel buren doen mee en het kost weinig."');
      expect(motivering).toContain('tegen: "Er is al een feest in juni."');
      expect(motivering).toContain('De gemeente volgt dit advies');
      expect(motivering).toContain('namens het college van burgemeester en wethouders van Heerlen');
      expect(motivering).not.toMatch(/a-1|a-2|a-3/);
      expect(besloten.historie.at(-1)).toMatchObject({ van: 'BIJ_BUURTPANEL', naar: 'TOEGEKEND', door: 'Bea Beleid' });
      expect(besloten.aanvragen[0]).toMatchObject({ toegekendBedrag: 50_000, gereserveerdBedrag: 0 });
      // Deciding twice is refused.
      expect(codes(await h.besluitOpAdvies(ini.id, 'TOEGEKEND'))).toEqual(['ONGELDIGE_STATUSOVERGANG']);

      // Counts, advice and considerations are public after closing; individual votes never are.
      const publiek = await h.stemming(ini.id, null);
      expect(publiek).toMatchObject({
        gesloten: true,
        aantalVoor: 2,
        aantalTegen: 1,
        uitkomst: 'TOEGEKEND',
        advies: 'POSITIEF',
        adviesGevolgd: true,
        mijnStem: null,
      });
      expect(publiek!.overwegingen).toHaveLength(3);
      expect((await h.stemming(ini.id, lid1))!.mijnStem).toEqual({ keuze: 'VOOR', toelichting: 'Goed voor de straat.' });

      const teLaat = await h.stem(lid2, ini.id, 'TEGEN');
      expect(codes(teLaat)).toEqual(['STEMMING_GESLOTEN']);
    });

    it('sluit precies één keer als alle leden tegelijk stemmen', async () => {
      const leden = ['s-1', 's-2', 's-3', 's-4', 's-5'];
      const panel = await h.panelInstellen(leden, 3);
      const ini = await h.inBehandeling(anna);
      await h.voorleggen(ini.id, panel.id);
      const tokens = await Promise.all(leden.map((l) => h.lid(l)));
      const antwoorden = await Promise.all(tokens.map((t, i) => h.stem(t, ini.id, i < 3 ? 'VOOR' : 'TEGEN')));
      expect(antwoorden.flatMap(codes)).toEqual([]);
      // Exactly one of them closed it (the last to get the lock); the others saw it open.
      expect(antwoorden.filter((a) => a.data!.panelStemUitbrengen.gesloten)).toHaveLength(1);
      expect(await h.stemming(ini.id, o.beleid)).toMatchObject({ aantalVoor: 3, aantalTegen: 2, uitkomst: 'TOEGEKEND' });
      // Two officials at once: one decision.
      const besluiten = await Promise.all([h.besluitOpAdvies(ini.id, 'TOEGEKEND'), h.besluitOpAdvies(ini.id, 'TOEGEKEND')]);
      expect(besluiten.flatMap(codes)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
      const besloten = await h.initiatief(ini.id);
      expect(besloten.historie.filter((s) => s.van === 'BIJ_BUURTPANEL')).toHaveLength(1);
      expect(besloten.besluit).toMatchObject({ uitkomst: 'TOEGEKEND', verleendBedrag: 50_000 });
    });

    it('weigert een stem van wie geen lid van het panel is', async () => {
      const panel = await h.panelInstellen(['b-1', 'b-2'], 1);
      const ini = await h.inBehandeling(anna);
      await h.voorleggen(ini.id, panel.id);
      const res = await h.stem(await ctx.tokenFor(Rol.BEWONER, { sub: 'buitenstaander' }), ini.id, 'VOOR');
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(res.errors![0].message).toContain('Alleen leden van "Buurtpanel Terschuren"');
      // Staff cannot vote either: the panel's advice is the residents' own.
      expect(codes(await h.stem(o.beleid, ini.id, 'VOOR'))).toEqual(['FORBIDDEN']);
    });

    it('adviseert bij precies het quorum wanneer de sluitingstijd verstrijkt', async () => {
      const panel = await h.panelInstellen(['c-1', 'c-2', 'c-3', 'c-4', 'c-5'], 3);
      const ini = await h.inBehandeling(anna);
      await h.voorleggen(ini.id, panel.id);
      await h.stemOk(await h.lid('c-1'), ini.id, 'VOOR');
      await h.stemOk(await h.lid('c-2'), ini.id, 'VOOR');
      await h.stemOk(await h.lid('c-3'), ini.id, 'TEGEN');
      // Not everyone voted: still open until sluitOp.
      expect(await h.service().sluitVerlopenStemmingen()).toEqual({ gesloten: 0 });
      expect((await h.stemming(ini.id, o.beleid))!.gesloten).toBe(false);

      expect(await h.laatVerlopen(ini.id)).toEqual({ gesloten: 1 });
      expect(await h.stemming(ini.id, o.beleid)).toMatchObject({
        gesloten: true,
        aantalVoor: 2,
        aantalTegen: 1,
        uitkomst: 'TOEGEKEND',
        advies: 'POSITIEF',
      });
      expect((await h.initiatief(ini.id)).status).toBe('BIJ_BUURTPANEL');
    });

    it('adviseert negatief bij staken der stemmen; het afwijzende besluit geeft de reservering vrij', async () => {
      const panel = await h.panelInstellen(['d-1', 'd-2', 'd-3', 'd-4'], 2);
      const ini = await h.inBehandeling(anna, initiatiefInput(o, 70_000, 10_000));
      await h.voorleggen(ini.id, panel.id);
      const voor = await plafondStand(ctx, CODE);
      await h.stemOk(await h.lid('d-1'), ini.id, 'VOOR');
      await h.stemOk(await h.lid('d-2'), ini.id, 'TEGEN');
      await h.laatVerlopen(ini.id);

      expect(await h.stemming(ini.id, o.beleid)).toMatchObject({
        aantalVoor: 1,
        aantalTegen: 1,
        uitkomst: 'AFGEWEZEN',
        advies: 'NEGATIEF',
      });
      expect(await plafondStand(ctx, CODE)).toEqual(voor);
      const afgewezen = await h.volgAdvies(ini.id);
      expect(afgewezen.besluit).toMatchObject({ uitkomst: 'AFGEWEZEN', genomenDoor: 'Bea Beleid', verleendBedrag: 0 });
      expect(afgewezen.besluit!.motivering).toContain('heeft negatief geadviseerd');
      expect(await plafondStand(ctx, CODE)).toEqual({ ...voor, gereserveerd: voor.gereserveerd - 70_000 });
    });

    it('stuurt het initiatief zonder quorum terug naar de gemeente, die het opnieuw kan voorleggen', async () => {
      const panel = await h.panelInstellen(['e-1', 'e-2', 'e-3'], 2);
      const ini = await h.inBehandeling(anna);
      await h.voorleggen(ini.id, panel.id);
      await h.stemOk(await h.lid('e-1'), ini.id, 'VOOR');
      const voor = await plafondStand(ctx, CODE);
      await h.laatVerlopen(ini.id);

      expect(await h.stemming(ini.id, o.beleid)).toMatchObject({ gesloten: true, aantalVoor: 1, uitkomst: null });
      const terug = await h.initiatief(ini.id);
      expect(terug.status).toBe('IN_BEHANDELING');
      expect(terug.besluit).toBeNull();
      expect(terug.historie.at(-1)).toMatchObject({
        van: 'BIJ_BUURTPANEL',
        naar: 'IN_BEHANDELING',
        door: 'Buurtpanel Terschuren',
      });
      expect(terug.historie.at(-1)!.toelichting).toContain('quorum van 2 stemmen is niet gehaald');
      // The reservation stays: the request keeps its place in the order of receipt.
      expect(await plafondStand(ctx, CODE)).toEqual(voor);

      const opnieuw = await h.voorleggen(ini.id, panel.id);
      expect(opnieuw.errors).toBeUndefined();
      expect(opnieuw.data!.initiatiefVoorleggenAanPanel).toMatchObject({ gesloten: false, aantalVoor: 0 });
      // The new vote starts empty: the earlier vote of e-1 does not carry over.
      expect((await h.stemming(ini.id, await h.lid('e-1')))!.mijnStem).toBeNull();
    });

    it('laat de medewerker niet buiten het advies om besluiten, en niet voordat het panel adviseerde', async () => {
      const panel = await h.panelInstellen(['f-1', 'f-2'], 1);
      const ini = await h.inBehandeling(anna);
      await h.voorleggen(ini.id, panel.id);
      const besluitNemen = () =>
        ctx.gql(
          'mutation($input: BesluitInput!) { besluitNemen(input: $input) { id } }',
          { input: { initiatiefId: ini.id, uitkomst: 'AFGEWEZEN', motivering: 'De gemeente beslist hier zelf over dit plan.' } },
          o.beleid,
        );
      expect(codes(await besluitNemen())).toEqual(['ONGELDIGE_STATUSOVERGANG']);
      const teVroeg = await h.besluitOpAdvies(ini.id, 'TOEGEKEND');
      expect(codes(teVroeg)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
      expect(teVroeg.errors![0].message).toContain('Het buurtpanel stemt nog');
      await h.stemOk(await h.lid('f-1'), ini.id, 'VOOR');
      await h.laatVerlopen(ini.id);
      // After the advice too, the decision goes through besluitOpPaneladvies only.
      expect(codes(await besluitNemen())).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    });

    it('weigert afwijken van het advies zonder reden en neemt het aan met een reden, die in de motivering staat', async () => {
      const panel = await h.panelInstellen(['g-1', 'g-2', 'g-3'], 2);
      const ini = await h.inBehandeling(anna);
      await h.voorleggen(ini.id, panel.id);
      await h.stemOk(await h.lid('g-1'), ini.id, 'VOOR', 'Mooi plan voor de kinderen in de straat.');
      await h.stemOk(await h.lid('g-2'), ini.id, 'VOOR', 'Het brengt buren samen.');
      await h.laatVerlopen(ini.id);
      expect((await h.stemming(ini.id, o.beleid))!.advies).toBe('POSITIEF');

      for (const reden of [undefined, '', 'nee.', 'Omdat.']) {
        const res = await h.besluitOpAdvies(ini.id, 'AFGEWEZEN', reden);
        expect(codes(res)).toEqual(['BAD_USER_INPUT']);
        expect(res.errors![0].extensions!.velden).toEqual([
          { veld: 'afwijkingsreden', melding: expect.stringContaining('je wijkt af van het positieve advies') },
        ]);
      }
      expect((await h.initiatief(ini.id)).status).toBe('BIJ_BUURTPANEL');

      const reden = 'De straat is in die week afgesloten voor werkzaamheden aan het riool.';
      const res = await h.besluitOpAdvies(ini.id, 'AFGEWEZEN', reden);
      expect(res.errors).toBeUndefined();
      const besluit = res.data!.besluitOpPaneladvies.besluit!;
      expect(besluit).toMatchObject({ uitkomst: 'AFGEWEZEN', genomenDoor: 'Bea Beleid', verleendBedrag: 0 });
      expect(besluit.motivering).toContain('heeft positief geadviseerd');
      expect(besluit.motivering).toContain('"Het brengt buren samen."');
      expect(besluit.motivering).toContain(`De gemeente wijkt af van dit advies: de aanvraag is afgewezen. Waarom: ${reden}`);
      expect(await h.stemming(ini.id, anna)).toMatchObject({ advies: 'POSITIEF', adviesGevolgd: false, afwijkingsreden: reden });
    });

    it('laat een medewerker met een belang niet op het advies besluiten', async () => {
      const panel = await h.panelInstellen(['k-1'], 1);
      const ini = await h.inBehandeling(anna);
      await h.voorleggen(ini.id, panel.id);
      await h.stemOk(await h.lid('k-1'), ini.id, 'VOOR');
      await h.laatVerlopen(ini.id);
      const bea = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { sub: 'bea-belang', name: 'Bea Belang' });
      await ctx.gqlOk(
        'mutation($id: ID!) { belangVerklaren(initiatiefId: $id, toelichting: "Mijn zus organiseert het feest.") { persoon } }',
        { id: ini.id },
        bea,
      );
      expect(codes(await h.besluitOpAdvies(ini.id, 'TOEGEKEND', undefined, bea))).toEqual(['BELANGENCONFLICT']);
    });
  });

  describe('belangenconflicten (docs/domein.md, invariant 7)', () => {
    it('weigert de stem van een lid dat het initiatief zelf indiende en telt dat lid niet mee', async () => {
      const panel = await h.panelInstellen(['bewoner-anna', 'g-1', 'g-2'], 2);
      const ini = await h.inBehandeling(anna);
      await h.voorleggen(ini.id, panel.id);

      const eigen = await h.stem(anna, ini.id, 'VOOR');
      expect(codes(eigen)).toEqual(['BELANGENCONFLICT']);
      expect(eigen.errors![0].message).toContain('U heeft dit initiatief zelf ingediend');
      expect((await h.stemming(ini.id, o.beleid))!.verschoningen).toEqual([{ persoon: 'Anna de Vries', grond: 'INDIENER' }]);

      await h.stemOk(await h.lid('g-1'), ini.id, 'VOOR');
      // The two members who can vote have voted: Anna is not waited for.
      const laatste = await h.stemOk(await h.lid('g-2'), ini.id, 'ONTHOUDING');
      expect(laatste).toMatchObject({
        gesloten: true,
        aantalVoor: 1,
        aantalTegen: 0,
        aantalOnthouding: 1,
        uitkomst: 'TOEGEKEND',
      });
      expect(await h.stemming(ini.id, o.beleid)).toMatchObject({
        verschoningen: [{ persoon: 'Anna de Vries', grond: 'INDIENER' }],
      });
      const besluit = (await h.volgAdvies(ini.id)).besluit!;
      expect(besluit.verschoningen).toEqual([{ persoon: 'Anna de Vries' }]);
    });

    it('weigert de stem van een bestuurslid van de aanvragende organisatie', async () => {
      const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
      const { organisatieRegistreren: org } = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam: 'Buurtvereniging Terschuren', soort: 'STICHTING', buurtIds: [] } },
        beheerder,
      );
      await ctx.gqlOk(
        'mutation($input: BestuursfunctieInput!) { bestuursfunctieToevoegen(input: $input) { id } }',
        {
          input: {
            organisatieId: org.id,
            persoon: 'Bert Bestuur',
            functie: 'Penningmeester',
            vanaf: '2020-01-01',
            gebruikerId: 'h-bert',
          },
        },
        beheerder,
      );
      await ctx.gqlOk(
        'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
        { o: org.id, g: 'h-indiener' },
        beheerder,
      );
      const panel = await h.panelInstellen(['h-bert', 'h-1', 'h-2'], 1);
      const ini = await h.inBehandeling(
        await ctx.tokenFor(Rol.BEWONER, { sub: 'h-indiener', name: 'Ina Indiener' }),
        initiatiefInput(o, 40_000, 10_000, { aanvragerSoort: 'ORGANISATIE', organisatieId: org.id }),
      );
      await h.voorleggen(ini.id, panel.id);

      const res = await h.stem(await h.lid('h-bert', 'Bert Bestuur'), ini.id, 'VOOR');
      expect(codes(res)).toEqual(['BELANGENCONFLICT']);
      expect(res.errors![0].message).toContain('bestuursfunctie bij Buurtvereniging Terschuren');
      expect((await h.stemming(ini.id, o.beleid))!.verschoningen).toEqual([
        { persoon: 'Bert Bestuur', grond: 'BESTUURSFUNCTIE' },
      ]);
    });

    it('telt de stem niet van een lid dat na het stemmen een belang verklaart', async () => {
      const panel = await h.panelInstellen(['i-1', 'i-2', 'i-3'], 2);
      const ini = await h.inBehandeling(anna);
      await h.voorleggen(ini.id, panel.id);
      const i1 = await h.lid('i-1', 'Iris Een');
      await h.stemOk(i1, ini.id, 'VOOR');
      await ctx.gqlOk(
        'mutation($id: ID!) { belangVerklaren(initiatiefId: $id, toelichting: "Mijn broer organiseert het.") { persoon } }',
        { id: ini.id },
        i1,
      );
      expect(codes(await h.stem(i1, ini.id, 'TEGEN'))).toEqual(['BELANGENCONFLICT']);
      await h.stemOk(await h.lid('i-2'), ini.id, 'VOOR');
      await h.laatVerlopen(ini.id);
      // Only i-2 counts: one vote, below the quorum of 2.
      expect(await h.stemming(ini.id, o.beleid)).toMatchObject({
        aantalVoor: 1,
        uitkomst: null,
        verschoningen: [{ persoon: 'Iris Een', grond: 'VERKLARING' }],
      });
    });

    it('weigert voorleggen aan een panel dat door verschoningen het quorum niet kan halen', async () => {
      const panel = await h.panelInstellen(['bewoner-anna', 'j-1'], 2);
      const ini = await h.inBehandeling(anna);
      const res = await h.voorleggen(ini.id, panel.id);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.velden![0]).toMatchObject({ veld: 'panelId' });
      expect((await h.initiatief(ini.id)).status).toBe('IN_BEHANDELING');
    });
  });

  describe('de sluitingstijd', () => {
    it('neemt een stem aan voor sluitOp en weigert een stem op of na sluitOp, ook voordat de taak heeft gesloten', async () => {
      const panel = await h.panelInstellen(['k-1', 'k-2', 'k-3'], 1);
      const ini = await h.inBehandeling(anna);
      await h.voorleggen(ini.id, panel.id);
      // sluitOp a minute ahead by the database clock: accepted.
      await h.zetSluitOp(ini.id, '1 minute');
      await h.stemOk(await h.lid('k-1'), ini.id, 'VOOR');
      // sluitOp is now(): every later transaction is at or past the closing moment.
      await h.zetSluitOp(ini.id, '0 seconds');
      const teLaat = await h.stem(await h.lid('k-2'), ini.id, 'TEGEN');
      expect(codes(teLaat)).toEqual(['STEMMING_GESLOTEN']);
      expect(teLaat.errors![0].message).toContain('De stemming over dit initiatief is gesloten');
      expect((await h.stemming(ini.id, o.beleid))!.gesloten).toBe(false);

      expect(await h.service().sluitVerlopenStemmingen()).toEqual({ gesloten: 1 });
      expect(await h.stemming(ini.id, o.beleid)).toMatchObject({ aantalVoor: 1, aantalTegen: 0, uitkomst: 'TOEGEKEND' });
    });

    it('weigert een sluitingstijd in het verleden of na de beslistermijn', async () => {
      const panel = await h.panelInstellen(['l-1'], 1);
      const ini = await h.inBehandeling(anna);
      const verleden = await h.voorleggen(ini.id, panel.id, new Date(Date.now() - 60_000));
      expect(codes(verleden)).toEqual(['BAD_USER_INPUT']);
      expect(verleden.errors![0].extensions!.velden![0].veld).toBe('sluitOp');

      // The rule's term is 8 weeks; ten weeks ahead is past the legal decision deadline.
      const teLaat = await h.voorleggen(ini.id, panel.id, new Date(Date.now() + 70 * 86_400_000));
      expect(codes(teLaat)).toEqual(['BAD_USER_INPUT']);
      expect(teLaat.errors![0].message).toContain(`uiterlijk ${ini.beslissenUiterlijk}`);
      expect((await h.initiatief(ini.id)).status).toBe('IN_BEHANDELING');
    });

    it('beslist niets als de initiatiefnemer intrekt terwijl het panel stemt', async () => {
      const panel = await h.panelInstellen(['m-1', 'm-2'], 1);
      const ini = await h.inBehandeling(anna);
      await h.voorleggen(ini.id, panel.id);
      await h.stemOk(await h.lid('m-1'), ini.id, 'VOOR');
      await ctx.gqlOk('mutation($id: ID!) { initiatiefIntrekken(id: $id) { status } }', { id: ini.id }, anna);
      expect(codes(await h.stem(await h.lid('m-2'), ini.id, 'VOOR'))).toEqual(['STEMMING_GESLOTEN']);

      expect(await h.laatVerlopen(ini.id)).toEqual({ gesloten: 1 });
      expect(await h.stemming(ini.id, o.beleid)).toMatchObject({ gesloten: true, aantalVoor: 1, uitkomst: null });
      const ingetrokken = await h.initiatief(ini.id);
      expect(ingetrokken.status).toBe('INGETROKKEN');
      expect(ingetrokken.besluit).toBeNull();
    });
  });

  describe('voorleggen', () => {
    it('weigert een initiatief onder een regeling waarin de gemeente zelf beslist', async () => {
      const ambtelijk = await zetOp(ctx, 500_000, 'AMBTELIJK_TEST');
      const panel = await h.panelInstellen(['n-1'], 1);
      const ini = await h.inBehandeling(anna, initiatiefInput(ambtelijk));
      const res = await h.voorleggen(ini.id, panel.id);
      expect(codes(res)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
      expect(res.errors![0].message).toContain('beslist de gemeente zelf');
    });

    it('weigert een initiatief dat nog niet in behandeling is en een panel van andere buurten', async () => {
      const panel = await h.panelInstellen(['o-1'], 1);
      const { buurt } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171000") { id } }');
      const elders = await h.panelInstellen(['o-1'], 1, 'Buurtpanel elders', [buurt.id]);
      const ini = await h.inBehandeling(anna);
      expect(codes(await h.voorleggen(ini.id, elders.id))).toEqual(['BAD_USER_INPUT']);

      const { initiatiefOpslaan: concept } = await ctx.gqlOk<{ initiatiefOpslaan: { id: string } }>(
        'mutation($input: InitiatiefInput!) { initiatiefOpslaan(input: $input) { id } }',
        { input: initiatiefInput(o) },
        anna,
      );
      expect(codes(await h.voorleggen(concept.id, panel.id))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    });

    it('laat een buurtregisseur voorleggen maar een bewoner niet', async () => {
      const panel = await h.panelInstellen(['q-1'], 1);
      const ini = await h.inBehandeling(anna);
      expect(codes(await h.voorleggen(ini.id, panel.id, undefined, anna))).toEqual(['FORBIDDEN']);
      const res = await h.voorleggen(ini.id, panel.id, undefined, await h.regisseur());
      expect(res.errors).toBeUndefined();
    });
  });

  describe('het subsidieplafond', () => {
    it('kent toe wat binnen het plafond gereserveerd is, en legt een aanvraag zonder ruimte niet voor', async () => {
      const klein = await zetPanelregelingOp(ctx, 30_000, 'BUURTAKTIE_KLEIN');
      const panel = await h.panelInstellen(['r-1'], 1);
      const eerste = await h.inBehandeling(anna, initiatiefInput(klein, 50_000, 10_000));
      expect(eerste.aanvragen[0].gereserveerdBedrag).toBe(30_000);
      // Only money asked and nothing fits any more: it can only be rejected (Awb 4:25).
      const tweede = await h.inBehandeling(
        anna,
        initiatiefInput(klein, 20_000, 5_000, {
          aanvragen: [{ instrumentId: klein.geldId, gevraagdBedrag: 20_000, eigenBijdrage: 5_000 }],
        }),
      );
      expect(tweede.aanvragen[0].gereserveerdBedrag).toBe(0);

      const geweigerd = await h.voorleggen(tweede.id, panel.id);
      expect(codes(geweigerd)).toEqual(['PLAFOND_BEREIKT']);

      await h.voorleggen(eerste.id, panel.id);
      await h.stemOk(await h.lid('r-1'), eerste.id, 'VOOR');
      const besluit = (await h.volgAdvies(eerste.id)).besluit!;
      expect(besluit).toMatchObject({ uitkomst: 'TOEGEKEND', verleendBedrag: 30_000 });
      expect(await plafondStand(ctx, 'BUURTAKTIE_KLEIN')).toEqual({ bedrag: 30_000, verleend: 30_000, gereserveerd: 0 });
    });
  });

  it('schrijft een auditregel bij elke stem, zonder de keuze', async () => {
    const rows = await ctx.dataSource.query<Array<{ details: unknown }>>(
      "SELECT details FROM audit_log WHERE operatie = 'panelStemUitbrengen'",
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/VOOR|TEGEN|ONTHOUDING|buurt/);
  });
});
