import { amsterdamseDatum, Rol, toGlobalId } from '@buurtwerk/core';
import { SubsidieregelsService } from '@buurtwerk/subsidieregels';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import {
  INITIATIEF_VELDEN,
  type InitiatiefAntwoord,
  initiatiefInput,
  type Opzet,
  opslaan,
  plafondStand,
  somOverAanvragen,
  zetOp,
} from './initiatieven.helpers';

describe('Initiatieven: van idee tot vaststelling', () => {
  let ctx: TestContext;
  let o: Opzet;
  let bewoner: string;
  let regisseur: string;

  const mut = async (naam: string, args: string, vars: Record<string, unknown>, token: string) => {
    const res = await ctx.gql<Record<string, InitiatiefAntwoord>>(
      `mutation(${args}) { ${naam} { ${INITIATIEF_VELDEN} } }`,
      vars,
      token,
    );
    const data = res.data?.[naam.split('(')[0]];
    return { res, data };
  };
  const indienen = (id: string, token = bewoner) => mut('initiatiefIndienen(id: $id)', '$id: ID!', { id }, token);
  const inBehandeling = (id: string, token = regisseur) =>
    mut('initiatiefInBehandelingNemen(id: $id)', '$id: ID!', { id }, token);
  const besluit = (input: Record<string, unknown>, token = o.beleid) =>
    mut('besluitNemen(input: $input)', '$input: BesluitInput!', { input }, token);

  beforeAll(async () => {
    ctx = await testContext();
    o = await zetOp(ctx, 1_000_000);
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-anna', name: 'Anna de Vries', email: 'anna@example.org' });
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { name: 'Rik Regisseur' });
  });
  afterAll(() => ctx.close());

  it('doorloopt idee → ingediend → in behandeling → aanvulling → toegekend → uitgevoerd → vastgesteld', async () => {
    const concept = await opslaan(ctx, bewoner, initiatiefInput(o, 60_000, 5_000));
    expect(concept.status).toBe('CONCEPT');
    expect(concept.referentie).toMatch(/^CONCEPT-/);

    const ingediend = (await indienen(concept.id)).data!;
    expect(ingediend.status).toBe('INGEDIEND');
    expect(ingediend.referentie).toMatch(new RegExp(`^INI-${o.jaar}-\\d{4}$`));
    expect(ingediend.ingediendOp).not.toBeNull();
    expect(ingediend.beslissenUiterlijk).not.toBeNull();
    // 5% own contribution: the check says so, but applying is a right and the submission is accepted.
    const eigen = ingediend.toetsresultaat!.bevindingen.find((b) => b.voorwaarde === 'BUURTAKTIE_TEST.EIGEN_BIJDRAGE')!;
    expect(eigen.voldaan).toBe(false);
    expect(eigen.toelichting).toContain('Uw eigen bijdrage is 7,69%; deze regeling vraagt minstens 10%.');
    expect(ingediend.aanvragen[0]).toMatchObject({
      gereserveerdBedrag: 60_000,
      regeling: { code: 'BUURTAKTIE_TEST', versie: 1 },
    });
    expect((await plafondStand(ctx)).gereserveerd).toBe(60_000);

    await inBehandeling(ingediend.id);
    const gevraagd = (
      await mut(
        'aanvullingVragen(id: $id, toelichting: $t, termijnDagen: 14)',
        '$id: ID!, $t: String!',
        { id: ingediend.id, t: 'Graag een begroting met minstens 10% eigen bijdrage.' },
        regisseur,
      )
    ).data!;
    expect(gevraagd.status).toBe('AANVULLING_GEVRAAGD');
    expect(gevraagd.aanvullenUiterlijk).not.toBeNull();

    const aangevuld = (
      await mut(
        'aanvullingAanleveren(id: $id, input: $input)',
        '$id: ID!, $input: InitiatiefInput!',
        { id: ingediend.id, input: initiatiefInput(o, 60_000, 10_000) },
        bewoner,
      )
    ).data!;
    expect(aangevuld.status).toBe('IN_BEHANDELING');
    expect(aangevuld.referentie).toBe(ingediend.referentie);
    expect(aangevuld.toetsresultaat!.ontvankelijk).toBe(true);
    expect((await plafondStand(ctx)).gereserveerd).toBe(60_000);

    const toegekend = (
      await besluit({
        initiatiefId: ingediend.id,
        uitkomst: 'TOEGEKEND',
        motivering: 'Past bij de buurtaktie; de huur van tafels wordt deels vergoed.',
        bedragen: [{ aanvraagId: aangevuld.aanvragen[0].id, bedrag: 50_000 }],
      })
    ).data!;
    expect(toegekend.status).toBe('TOEGEKEND');
    expect(toegekend.besluit).toMatchObject({ uitkomst: 'TOEGEKEND', genomenDoor: 'Bea Beleid', verleendBedrag: 50_000 });
    // The submitter has a conflict of interest and is recorded as having stepped aside.
    expect(toegekend.besluit!.verschoningen).toEqual([{ persoon: 'Anna de Vries' }]);
    expect(toegekend.besluit!.bezwaarMogelijkTot).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(toegekend.aanvragen[0]).toMatchObject({ toegekendBedrag: 50_000, gereserveerdBedrag: 0 });
    // A grant converts the reservation; the part not granted returns to the ceiling.
    expect(await plafondStand(ctx)).toEqual({ bedrag: 1_000_000, verleend: 50_000, gereserveerd: 0 });

    const uitgevoerd = (
      await mut(
        'uitvoeringMelden(id: $id, verslag: $v, werkelijkeKosten: 45000)',
        '$id: ID!, $v: String!',
        { id: ingediend.id, v: 'Veertig buren aten mee.' },
        bewoner,
      )
    ).data!;
    expect(uitgevoerd.status).toBe('UITGEVOERD');

    const zonderReden = await mut(
      'subsidieVaststellen(id: $id, bedragen: $b)',
      '$id: ID!, $b: [ToekenningInput!]!',
      { id: ingediend.id, b: [{ aanvraagId: aangevuld.aanvragen[0].id, bedrag: 40_000 }] },
      o.beleid,
    );
    expect(foutcodes(zonderReden.res)).toEqual(['BAD_USER_INPUT']);
    // Awb 3:46 and 4:46: a lower settlement needs both a reason and its ground, named at once.
    expect(zonderReden.res.errors![0].extensions!.velden!.map((v) => v.veld)).toEqual(['toelichting', 'grond']);
    const hoger = await mut(
      'subsidieVaststellen(id: $id, bedragen: $b)',
      '$id: ID!, $b: [ToekenningInput!]!',
      { id: ingediend.id, b: [{ aanvraagId: aangevuld.aanvragen[0].id, bedrag: 60_000 }] },
      o.beleid,
    );
    expect(hoger.res.errors![0].extensions!.velden!.map((v) => v.veld)).toEqual(['bedragen[0].bedrag', 'toelichting']);

    const vastgesteld = (
      await mut(
        'subsidieVaststellen(id: $id, bedragen: $b, toelichting: $t, grond: WERKELIJKE_KOSTEN_LAGER)',
        '$id: ID!, $b: [ToekenningInput!]!, $t: String',
        {
          id: ingediend.id,
          b: [{ aanvraagId: aangevuld.aanvragen[0].id, bedrag: 40_000 }],
          t: 'De werkelijke kosten waren lager.',
        },
        o.beleid,
      )
    ).data!;
    expect(vastgesteld.status).toBe('VASTGESTELD');
    expect(vastgesteld.aanvragen[0].vastgesteldBedrag).toBe(40_000);
    expect(await plafondStand(ctx)).toEqual({ bedrag: 1_000_000, verleend: 40_000, gereserveerd: 0 });
    expect(await somOverAanvragen(ctx)).toEqual({ verleend: 40_000, gereserveerd: 0 });
    expect(vastgesteld.historie.map((h) => `${h.van ?? '-'}→${h.naar}`)).toEqual([
      '-→CONCEPT',
      'CONCEPT→INGEDIEND',
      'INGEDIEND→IN_BEHANDELING',
      'IN_BEHANDELING→AANVULLING_GEVRAAGD',
      'AANVULLING_GEVRAAGD→IN_BEHANDELING',
      'IN_BEHANDELING→TOEGEKEND',
      'TOEGEKEND→UITGEVOERD',
      'UITGEVOERD→VASTGESTELD',
    ]);
    expect(vastgesteld.historie.map((h) => h.door)).toEqual([
      'Anna de Vries',
      'Anna de Vries',
      'Rik Regisseur',
      'Rik Regisseur',
      'Anna de Vries',
      'Bea Beleid',
      'Anna de Vries',
      'Bea Beleid',
    ]);
  });

  it('geeft referenties zonder gaten per jaar', async () => {
    const refs: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await opslaan(ctx, bewoner, initiatiefInput(o, 1_000, 1_000));
      refs.push((await indienen(c.id)).data!.referentie);
    }
    const nummers = refs.map((r) => Number(r.slice(-4)));
    expect(nummers).toEqual([nummers[0], nummers[0] + 1, nummers[0] + 2]);
  });

  it('weigert overgangen die niet bestaan met ONGELDIGE_STATUSOVERGANG', async () => {
    const c = await opslaan(ctx, bewoner, initiatiefInput(o, 1_000, 1_000));
    // A draft cannot be decided on or taken into handling.
    expect(foutcodes((await inBehandeling(c.id)).res)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    const besluitOpConcept = await besluit({
      initiatiefId: c.id,
      uitkomst: 'AFGEWEZEN',
      motivering: 'Het plan past niet binnen de regeling.',
    });
    expect(foutcodes(besluitOpConcept.res)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    await indienen(c.id);
    expect(foutcodes((await indienen(c.id)).res)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    // INGEDIEND cannot be decided without handling.
    expect(
      foutcodes(
        (await besluit({ initiatiefId: c.id, uitkomst: 'AFGEWEZEN', motivering: 'Het plan past niet binnen de regeling.' })).res,
      ),
    ).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    await inBehandeling(c.id);
    const af = await besluit({ initiatiefId: c.id, uitkomst: 'AFGEWEZEN', motivering: 'Past niet in de regeling.' });
    expect(af.data!.status).toBe('AFGEWEZEN');
    // After a decision: no withdrawal, no second decision, no execution report.
    expect(foutcodes((await mut('initiatiefIntrekken(id: $id)', '$id: ID!', { id: c.id }, bewoner)).res)).toEqual([
      'ONGELDIGE_STATUSOVERGANG',
    ]);
    expect(
      foutcodes(
        (await besluit({ initiatiefId: c.id, uitkomst: 'TOEGEKEND', motivering: 'Het plan past toch binnen de regeling.' })).res,
      ),
    ).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    const melden = await mut('uitvoeringMelden(id: $id, verslag: "x", werkelijkeKosten: 1)', '$id: ID!', { id: c.id }, bewoner);
    expect(foutcodes(melden.res)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    // Changing a submitted initiative goes through aanvulling, not initiatiefOpslaan.
    const wijzig = await ctx.gql(
      'mutation($id: ID, $input: InitiatiefInput!) { initiatiefOpslaan(id: $id, input: $input) { id } }',
      { id: c.id, input: initiatiefInput(o) },
      bewoner,
    );
    expect(foutcodes(wijzig)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
  });

  it('geeft bij intrekken en afwijzen de reservering vrij', async () => {
    const voor = await plafondStand(ctx);
    const a = await opslaan(ctx, bewoner, initiatiefInput(o, 30_000, 10_000));
    await indienen(a.id);
    expect((await plafondStand(ctx)).gereserveerd).toBe(voor.gereserveerd + 30_000);
    const ingetrokken = await mut(
      'initiatiefIntrekken(id: $id, toelichting: "Gaat niet door")',
      '$id: ID!',
      { id: a.id },
      bewoner,
    );
    expect(ingetrokken.data!.status).toBe('INGETROKKEN');
    // The freed money goes to requests waiting in line (Awb 4:25), never beyond what was freed,
    // and the ledger still equals the sum over the requests.
    const na = await plafondStand(ctx);
    expect(na.gereserveerd).toBeGreaterThanOrEqual(voor.gereserveerd);
    expect(na.gereserveerd).toBeLessThanOrEqual(voor.gereserveerd + 30_000);
    expect((await somOverAanvragen(ctx)).gereserveerd).toBe(na.gereserveerd);
  });

  it('reserveert in het plafond van het eigen stadsdeel en meldt PLAFOND_BEREIKT met wat nog past', async () => {
    const o2 = await zetOp(ctx, 100_000, 'STADSDEEL_TEST');
    const { stadsdelen } = await ctx.gqlOk<{ stadsdelen: Array<{ id: string; naam: string }> }>('{ stadsdelen { id naam } }');
    const hoensbroek = stadsdelen.find((s) => s.naam === 'Hoensbroek')!;
    await ctx.app
      .get(SubsidieregelsService)
      .subsidieplafondVaststellen(
        { regelingId: o2.regelingId, periode: o2.jaar, stadsdeelId: hoensbroek.id, bedrag: 2_000 },
        { vandaag: `${Number(o2.jaar) - 1}-12-01` },
      );
    const c = await opslaan(ctx, bewoner, initiatiefInput(o2, 5_000, 1_000));
    const ingediend = (await indienen(c.id)).data!;
    expect(ingediend.aanvragen[0].gereserveerdBedrag).toBe(2_000);
    const plafond = ingediend.toetsresultaat!.bevindingen.find((b) => b.voorwaarde === 'STADSDEEL_TEST.PLAFOND_BEREIKT')!;
    expect(plafond.voldaan).toBe(false);
    expect(plafond.toelichting).toContain('van de gevraagde € 50 past nog € 20');
    const rows = (await ctx.dataSource.query(
      "SELECT stadsdeel_id IS NULL AS algemeen, gereserveerd FROM subsidieplafond WHERE regeling_code = 'STADSDEEL_TEST' ORDER BY 1",
    )) as Array<{ algemeen: boolean; gereserveerd: string }>;
    expect(rows.map((r) => [r.algemeen, Number(r.gereserveerd)])).toEqual([
      [false, 2_000],
      [true, 0],
    ]);
    // More than the reservation cannot be granted.
    await inBehandeling(c.id);
    const teVeel = await besluit({
      initiatiefId: c.id,
      uitkomst: 'TOEGEKEND',
      motivering: 'Het plan past binnen de regeling en het budget.',
      bedragen: [{ aanvraagId: ingediend.aanvragen[0].id, bedrag: 2_001 }],
    });
    expect(foutcodes(teVeel.res)).toEqual(['PLAFOND_BEREIKT']);
  });

  it('toetsInitiatief geeft precies de bevindingen van de toets bij indienen', async () => {
    const input = initiatiefInput(o, 300_000, 10_000, { schaal: 'STAD', aanvragerSoort: 'BEWONER' });
    const { toetsInitiatief } = await ctx.gqlOk<{
      toetsInitiatief: {
        ontvankelijk: boolean;
        bevindingen: Array<{ voorwaarde: string; voldaan: boolean; toelichting: string }>;
      };
    }>(
      'query($input: InitiatiefInput!) { toetsInitiatief(input: $input) { ontvankelijk bevindingen { voorwaarde voldaan toelichting } } }',
      { input },
    );
    expect(toetsInitiatief.ontvankelijk).toBe(false);
    expect(toetsInitiatief.bevindingen.filter((b) => !b.voldaan).map((b) => b.voorwaarde)).toEqual([
      'BUURTAKTIE_TEST.SCHAAL',
      'BUURTAKTIE_TEST.MAXIMUMBEDRAG',
      'BUURTAKTIE_TEST.EIGEN_BIJDRAGE',
    ]);
    const c = await opslaan(ctx, bewoner, input);
    const ingediend = (await indienen(c.id)).data!;
    const bijIndienen = ingediend.toetsresultaat!.bevindingen.filter((b) => !b.voorwaarde.endsWith('.PLAFOND_BEREIKT'));
    expect(bijIndienen).toEqual(toetsInitiatief.bevindingen);
  });

  it('legt bij een gewijzigde regeling een nieuwe versie vast en gebruikt die bij indienen', async () => {
    const { subsidieregelingen } = await ctx.gqlOk<{
      subsidieregelingen: Array<{ id: string; code: string; versie: number; voorwaarden: Array<{ regel: unknown }> }>;
    }>('{ subsidieregelingen { id code versie voorwaarden { regel } } }');
    expect(subsidieregelingen.find((r) => r.code === 'BUURTAKTIE_TEST')).toMatchObject({ versie: 1 });
    const { subsidieregelingVaststellen } = await ctx.gqlOk<{ subsidieregelingVaststellen: { versie: number } }>(
      'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { versie } }',
      {
        input: {
          code: 'BUURTAKTIE_TEST',
          naam: 'Buurtaktie (test)',
          beschrijving: 'Kleine initiatieven van bewoners.',
          geldigVan: '2020-01-01',
          schalen: ['BUURT'],
          aanvragers: ['BEWONER', 'BEWONERSGROEP'],
          maximumBedrag: 200_000,
          beslistermijnWeken: 6,
          besluitvorming: 'AMBTELIJK',
          verdeelmethode: 'VOLGORDE_VAN_BINNENKOMST',
          voorwaarden: [],
        },
      },
      o.beleid,
    );
    expect(subsidieregelingVaststellen.versie).toBe(2);
    const c = await opslaan(ctx, bewoner, initiatiefInput(o, 1_000, 1_000));
    const ingediend = (await indienen(c.id)).data!;
    expect(ingediend.aanvragen[0].regeling).toEqual({ code: 'BUURTAKTIE_TEST', versie: 2 });
  });

  describe('toegang en persoonsgegevens', () => {
    it('laat een concept alleen aan de eigen bewoner zien', async () => {
      const c = await opslaan(ctx, bewoner, initiatiefInput(o));
      const ander = await ctx.tokenFor(Rol.BEWONER);
      const q = 'query($id: ID!) { node(id: $id) { ... on Initiatief { titel indiener } } }';
      expect((await ctx.gqlOk<{ node: unknown }>(q, { id: c.id }, ander)).node).toBeNull();
      expect((await ctx.gqlOk<{ node: unknown }>(q, { id: c.id })).node).toBeNull();
      expect((await ctx.gqlOk<{ node: { indiener: string } }>(q, { id: c.id }, bewoner)).node.indiener).toBe('Anna de Vries');
      // Someone else cannot submit or change it.
      expect(foutcodes(await ctx.gql('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: c.id }, ander))).toEqual([
        'NOT_FOUND',
      ]);
      const mijn = await ctx.gqlOk<{ mijnInitiatieven: Array<{ id: string }> }>('{ mijnInitiatieven { id } }', {}, ander);
      expect(mijn.mijnInitiatieven).toEqual([]);
      expect(
        (
          await ctx.gqlOk<{ mijnInitiatieven: Array<{ id: string }> }>('{ mijnInitiatieven { id } }', {}, bewoner)
        ).mijnInitiatieven.map((i) => i.id),
      ).toContain(c.id);
    });

    it('toont het publiek alleen toegekende initiatieven, zonder persoonsgegevens', async () => {
      const velden = `totalCount edges { node { titel status indiener toetsresultaat { ontvankelijk } historie { door toelichting } aanvragen { toelichting gereserveerdBedrag } } }`;
      const publiek = await ctx.gqlOk<{
        initiatieven: {
          totalCount: number;
          edges: Array<{ node: Record<string, unknown> & { status: string; historie: Array<{ door: string }> } }>;
        };
      }>(`{ initiatieven { ${velden} } }`);
      expect(publiek.initiatieven.totalCount).toBeGreaterThan(0);
      for (const { node } of publiek.initiatieven.edges) {
        expect(['TOEGEKEND', 'UITGEVOERD', 'VASTGESTELD']).toContain(node.status);
        expect(node.indiener).toBeNull();
        expect(node.toetsresultaat).toBeNull();
        expect(JSON.stringify(node)).not.toContain('Anna');
      }
      const staf = await ctx.gqlOk<{
        initiatieven: { totalCount: number; edges: Array<{ node: { status: string; indiener: string } }> };
      }>(`{ initiatieven(first: 100) { ${velden} } }`, {}, regisseur);
      expect(staf.initiatieven.edges.map((e) => e.node.status)).toEqual(
        expect.arrayContaining(['AFGEWEZEN', 'INGEDIEND', 'INGETROKKEN']),
      );
      expect(staf.initiatieven.edges.map((e) => e.node.status)).not.toContain('CONCEPT');
      expect(staf.initiatieven.edges[0].node.indiener).toBe('Anna de Vries');
      // The same granted initiative on the buurt page, also without personal data.
      const { buurt } = await ctx.gqlOk<{
        buurt: { initiatieven: { totalCount: number; edges: Array<{ node: { status: string; indiener: string | null } }> } };
      }>('{ buurt(code: "BU09171001") { initiatieven(first: 50) { totalCount edges { node { status indiener } } } } }');
      expect(buurt.initiatieven.totalCount).toBe(publiek.initiatieven.totalCount);
      expect(buurt.initiatieven.edges.every((e) => e.node.indiener === null && e.node.status !== 'AFGEWEZEN')).toBe(true);
    });

    it('geeft de werkvoorraad van medewerkers op volgorde van beslistermijn', async () => {
      const { initiatieven } = await ctx.gqlOk<{
        initiatieven: { edges: Array<{ node: { beslissenUiterlijk: string | null } }> };
      }>(
        '{ initiatieven(status: [INGEDIEND, IN_BEHANDELING], first: 100) { edges { node { beslissenUiterlijk } } } }',
        {},
        regisseur,
      );
      const data = initiatieven.edges.map((e) => e.node.beslissenUiterlijk!);
      expect(data.length).toBeGreaterThan(0);
      expect([...data].sort()).toEqual(data);
    });

    it('bladert stabiel door de werkvoorraad met cursors', async () => {
      type Pagina = {
        initiatieven: { pageInfo: { endCursor: string | null; hasNextPage: boolean }; edges: Array<{ node: { id: string } }> };
      };
      const q =
        'query($after: String) { initiatieven(first: 3, after: $after) { pageInfo { endCursor hasNextPage } edges { node { id } } } }';
      const alle = await ctx.gqlOk<{ initiatieven: { edges: Array<{ node: { id: string } }> } }>(
        '{ initiatieven(first: 100) { edges { node { id } } } }',
        {},
        regisseur,
      );
      const gezien: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 50; i++) {
        const p: Pagina = await ctx.gqlOk<Pagina>(q, { after }, regisseur);
        gezien.push(...p.initiatieven.edges.map((e) => e.node.id));
        if (!p.initiatieven.pageInfo.hasNextPage) {
          break;
        }
        after = p.initiatieven.pageInfo.endCursor;
      }
      expect(gezien).toEqual(alle.initiatieven.edges.map((e) => e.node.id));
    });

    it('laat alleen staf een besluit nemen en alleen de indiener indienen', async () => {
      const c = await opslaan(ctx, bewoner, initiatiefInput(o, 1_000, 1_000));
      await indienen(c.id);
      expect(foutcodes((await inBehandeling(c.id, bewoner)).res)).toEqual(['FORBIDDEN']);
      await inBehandeling(c.id);
      expect(foutcodes((await besluit({ initiatiefId: c.id, uitkomst: 'AFGEWEZEN', motivering: 'x' }, bewoner)).res)).toEqual([
        'FORBIDDEN',
      ]);
      expect(foutcodes((await besluit({ initiatiefId: c.id, uitkomst: 'AFGEWEZEN', motivering: 'x' }, regisseur)).res)).toEqual([
        'FORBIDDEN',
      ]);
      const anoniem = await ctx.gql('mutation($input: InitiatiefInput!) { initiatiefOpslaan(input: $input) { id } }', {
        input: initiatiefInput(o),
      });
      expect(foutcodes(anoniem)).toEqual(['UNAUTHENTICATED']);
    });

    it('weigert een besluit door wie zelf een belangenconflict heeft (BELANGENCONFLICT)', async () => {
      const collega = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { sub: 'beleid-met-eigen-plan', name: 'Cor Collega' });
      const c = await opslaan(ctx, collega, initiatiefInput(o, 1_000, 1_000));
      await indienen(c.id, collega);
      await inBehandeling(c.id);
      const res = await besluit(
        { initiatiefId: c.id, uitkomst: 'AFGEWEZEN', motivering: 'Dit is mijn eigen plan voor de buurt.' },
        collega,
      );
      expect(foutcodes(res.res)).toEqual(['BELANGENCONFLICT']);
      expect(
        (await besluit({ initiatiefId: c.id, uitkomst: 'AFGEWEZEN', motivering: 'Het plan past niet binnen de regeling.' })).data!
          .status,
      ).toBe('AFGEWEZEN');
    });

    it('laat belangenconflicten alleen aan medewerkers zien', async () => {
      const c = await opslaan(ctx, bewoner, initiatiefInput(o, 1_000, 1_000));
      await indienen(c.id);
      const q = 'query($id: ID!) { node(id: $id) { ... on Initiatief { belangenconflicten { persoon grond } } } }';
      const staf = await ctx.gqlOk<{ node: { belangenconflicten: Array<{ grond: string }> } }>(q, { id: c.id }, regisseur);
      expect(staf.node.belangenconflicten.map((b) => b.grond)).toContain('INDIENER');
      const eigen = await ctx.gqlOk<{ node: { belangenconflicten: unknown[] } }>(q, { id: c.id }, bewoner);
      expect(eigen.node.belangenconflicten).toEqual([]);
    });
  });

  describe('bedragen', () => {
    it.each<[string, unknown]>([
      ['negatief', -100],
      ['met een fractie', 100.5],
      ['groter dan MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER + 1],
      ['als tekst', '100'],
    ])('weigert een bedrag dat %s is met BAD_USER_INPUT en noemt het veld', async (_naam, bedrag) => {
      const input = initiatiefInput(o);
      (input.aanvragen[0] as Record<string, unknown>).gevraagdBedrag = bedrag;
      const res = await ctx.gql(
        'mutation($input: InitiatiefInput!) { initiatiefOpslaan(input: $input) { id } }',
        { input },
        bewoner,
      );
      expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].message).toContain('gevraagdBedrag');
    });

    it('weigert een plafond onder wat al verleend en gereserveerd is, en een plafond voor een begonnen jaar', async () => {
      const stand = await plafondStand(ctx);
      const vaststellen = (periode: string, bedrag: number) =>
        ctx.gql(
          'mutation($input: SubsidieplafondInput!) { subsidieplafondVaststellen(input: $input) { periode bedrag verleend gereserveerd beschikbaar } }',
          { input: { regelingId: o.regelingId, periode, bedrag } },
          o.beleid,
        );
      const begonnen = await vaststellen(String(Number(o.jaar) - 1), 100);
      expect(begonnen.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', velden: [{ veld: 'input.periode' }] });
      const teLaag = await vaststellen(o.jaar, stand.verleend + stand.gereserveerd - 1);
      expect(teLaag.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', velden: [{ veld: 'input.bedrag' }] });
      const volgendJaar = await vaststellen(String(Number(o.jaar) + 1), 500_000);
      expect(volgendJaar.data).toEqual({
        subsidieplafondVaststellen: {
          periode: String(Number(o.jaar) + 1),
          bedrag: 500_000,
          verleend: 0,
          gereserveerd: 0,
          beschikbaar: 500_000,
        },
      });
    });
  });
});

describe('Menukaart en subsidieregels', () => {
  let ctx: TestContext;
  let beleid: string;
  beforeAll(async () => {
    ctx = await testContext();
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
  });
  afterAll(() => ctx.close());

  const regeling = (voorwaarden: unknown[]) => ({
    code: 'MENU_TEST',
    naam: 'Menutest',
    beschrijving: 'Test.',
    geldigVan: '2026-01-01',
    geldigTot: '2030-12-31',
    schalen: ['BUURT'],
    aanvragers: ['BEWONER'],
    beslistermijnWeken: 8,
    besluitvorming: 'AMBTELIJK',
    verdeelmethode: 'VOLGORDE_VAN_BINNENKOMST',
    voorwaarden,
  });
  const vaststellen = (input: unknown, token = beleid) =>
    ctx.gql<{ subsidieregelingVaststellen: { id: string; versie: number } }>(
      'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { id versie } }',
      { input },
      token,
    );

  it('weigert een regel met een onbekende operator of een onbekend gegeven, en noemt het veld', async () => {
    const res = await vaststellen(
      regeling([
        { code: 'A', omschrijving: 'a', regel: { regex: [{ var: 'schaal' }, 'x'] } },
        { code: 'B', omschrijving: 'b', regel: { '>': [{ var: 'inkomen' }, 1] } },
      ]),
    );
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions!.velden!.map((v) => v.veld)).toEqual([
      'input.voorwaarden[0].regel',
      'input.voorwaarden[1].regel',
    ]);
  });

  it('laat alleen beleidsmedewerkers en beheerders regels en de menukaart beheren', async () => {
    const bewoner = await ctx.tokenFor(Rol.BEWONER);
    expect(foutcodes(await vaststellen(regeling([]), bewoner))).toEqual(['FORBIDDEN']);
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    expect((await vaststellen(regeling([]), beheerder)).data!.subsidieregelingVaststellen.versie).toBe(1);
    // Publishing the same content again adds no version.
    expect((await vaststellen(regeling([]), beheerder)).data!.subsidieregelingVaststellen.versie).toBe(1);
  });

  it('legt een regeling met voorwaarden die niet verandert niet opnieuw vast, ook niet met de sleutels in een andere volgorde', async () => {
    const voorwaarden = [
      {
        code: 'EIGEN_BIJDRAGE',
        omschrijving: 'Bewoners dragen minstens 10% zelf.',
        regel: { and: [{ '>=': [{ var: 'eigenBijdrageProcent' }, 10] }, { '>': [{ var: 'aantalBetrokkenBewoners' }, 2] }] },
      },
      {
        code: 'BEWONERS',
        omschrijving: 'Minstens 5 bewoners doen mee.',
        regel: { '>=': [{ var: 'aantalBetrokkenBewoners' }, 5] },
      },
    ];
    const input = { ...regeling(voorwaarden), code: 'VOORWAARDEN_TEST' };
    const eerste = (await vaststellen(input)).data!.subsidieregelingVaststellen;
    expect(eerste.versie).toBe(1);
    // The same rule again, as the editor sends it back: PostgreSQL jsonb returned the keys of
    // each condition in its own order, which is no change.
    expect((await vaststellen(input)).data!.subsidieregelingVaststellen).toEqual(eerste);
    const omgekeerd = voorwaarden.map(({ code, omschrijving, regel }) => ({ regel, omschrijving, code }));
    expect((await vaststellen({ ...input, voorwaarden: omgekeerd })).data!.subsidieregelingVaststellen).toEqual(eerste);
    const opgeslagen = await ctx.dataSource.query<Array<{ versie: number }>>(
      'SELECT versie FROM subsidieregeling WHERE code = $1',
      ['VOORWAARDEN_TEST'],
    );
    expect(opgeslagen).toEqual([{ versie: 1 }]);
    // A real change still makes a new version: a different threshold deep inside a condition,
    // and the conditions in another order.
    const drempel = [
      {
        ...voorwaarden[0],
        regel: { and: [{ '>=': [{ var: 'eigenBijdrageProcent' }, 10] }, { '>': [{ var: 'aantalBetrokkenBewoners' }, 3] }] },
      },
      voorwaarden[1],
    ];
    expect((await vaststellen({ ...input, voorwaarden: drempel })).data!.subsidieregelingVaststellen.versie).toBe(2);
    expect((await vaststellen({ ...input, voorwaarden: [...drempel].reverse() })).data!.subsidieregelingVaststellen.versie).toBe(
      3,
    );
    expect((await vaststellen({ ...input, voorwaarden: [...drempel].reverse() })).data!.subsidieregelingVaststellen.versie).toBe(
      3,
    );
  });

  it('eist een regeling bij een financiële bijdrage en toont gedeactiveerde instrumenten alleen op verzoek', async () => {
    const toevoegen = (input: Record<string, unknown>) =>
      ctx.gql<{ instrumentToevoegen: { id: string; actief: boolean } }>(
        'mutation($input: InstrumentInput!) { instrumentToevoegen(input: $input) { id actief } }',
        { input },
        beleid,
      );
    const zonder = await toevoegen({ naam: 'Geld', soort: 'FINANCIELE_BIJDRAGE', beschrijving: 'Geld.' });
    expect(zonder.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', velden: [{ veld: 'input.regelingId' }] });
    const { data } = await vaststellen(regeling([]));
    const geld = await toevoegen({
      naam: 'Geld',
      soort: 'FINANCIELE_BIJDRAGE',
      beschrijving: 'Geld.',
      regelingId: data!.subsidieregelingVaststellen.id,
    });
    const advies = await toevoegen({ naam: 'Advies', soort: 'ADVIES', beschrijving: 'Hulp bij de opzet.' });
    await ctx.gqlOk(
      'mutation($id: ID!) { instrumentDeactiveren(id: $id) { actief } }',
      { id: advies.data!.instrumentToevoegen.id },
      beleid,
    );
    const actief = await ctx.gqlOk<{ menukaart: Array<{ naam: string; regeling: { code: string } | null }> }>(
      '{ menukaart { naam regeling { code } } }',
    );
    expect(actief.menukaart).toEqual([{ naam: 'Geld', regeling: { code: 'MENU_TEST' } }]);
    const alles = await ctx.gqlOk<{ menukaart: Array<{ naam: string }> }>('{ menukaart(alleenActief: false) { naam } }');
    expect(alles.menukaart.map((i) => i.naam).sort()).toEqual(['Advies', 'Geld']);
    expect(geld.data!.instrumentToevoegen.actief).toBe(true);
  });

  it('wijzigt een onderdeel van de menukaart en zet een gedeactiveerd onderdeel terug; ingediende aanvragen houden hun regeling', async () => {
    const menuRegeling = (await vaststellen({ ...regeling([]), code: 'WIJZIG_A', naam: 'Regeling A' })).data!
      .subsidieregelingVaststellen;
    const andere = (await vaststellen({ ...regeling([]), code: 'WIJZIG_B', naam: 'Regeling B', aanvragers: ['BEWONERSGROEP'] }))
      .data!.subsidieregelingVaststellen;
    const { instrumentToevoegen: geld } = await ctx.gqlOk<{ instrumentToevoegen: { id: string } }>(
      'mutation($input: InstrumentInput!) { instrumentToevoegen(input: $input) { id } }',
      { input: { naam: 'Buurtgeld', soort: 'FINANCIELE_BIJDRAGE', beschrijving: 'Geld.', regelingId: menuRegeling.id } },
      beleid,
    );
    // A request submitted under rule A, before the change.
    const { buurt } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171001") { id } }');
    const bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-wijzig' });
    const jaar = amsterdamseDatum(new Date()).slice(0, 4);
    const opzet = { beleid, regelingId: menuRegeling.id, geldId: geld.id, tentId: geld.id, buurtId: buurt.id, jaar };
    const input = { ...initiatiefInput(opzet, 10_000, 2_000), aanvragerSoort: 'BEWONER' };
    input.aanvragen = [input.aanvragen[0]];
    const c = await opslaan(ctx, bewoner, input);
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: c.id }, bewoner);

    const wijzigen = (id: string, invoer: Record<string, unknown>, token = beleid) =>
      ctx.gql<{
        instrumentWijzigen: {
          naam: string;
          beschrijving: string;
          voorwaarden: string | null;
          soort: string;
          regeling: { code: string } | null;
        };
      }>(
        'mutation($id: ID!, $input: InstrumentWijzigingInput!) { instrumentWijzigen(id: $id, input: $input) { naam beschrijving voorwaarden soort regeling { code } } }',
        { id, input: invoer },
        token,
      );
    const zonderRegeling = await wijzigen(geld.id, { naam: 'Buurtgeld', beschrijving: 'Geld.' });
    expect(zonderRegeling.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      velden: [{ veld: 'input.regelingId' }],
    });
    const gewijzigd = await wijzigen(geld.id, {
      naam: ' Buurtgeld voor groepen ',
      beschrijving: 'Geld voor bewonersgroepen.',
      voorwaarden: '  ',
      regelingId: andere.id,
    });
    expect(gewijzigd.data!.instrumentWijzigen).toEqual({
      naam: 'Buurtgeld voor groepen',
      beschrijving: 'Geld voor bewonersgroepen.',
      voorwaarden: null,
      soort: 'FINANCIELE_BIJDRAGE',
      regeling: { code: 'WIJZIG_B' },
    });
    // The submitted request keeps the rule it was checked against; a new check uses rule B.
    const { node } = await ctx.gqlOk<{ node: { aanvragen: Array<{ regeling: { code: string } }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { aanvragen { regeling { code } } } } }',
      { id: c.id },
      beleid,
    );
    expect(node.aanvragen).toEqual([{ regeling: { code: 'WIJZIG_A' } }]);
    const { toetsInitiatief } = await ctx.gqlOk<{
      toetsInitiatief: { bevindingen: Array<{ voorwaarde: string; voldaan: boolean }> };
    }>('query($input: InitiatiefInput!) { toetsInitiatief(input: $input) { bevindingen { voorwaarde voldaan } } }', { input });
    expect(toetsInitiatief.bevindingen.find((b) => b.voorwaarde === 'WIJZIG_B.AANVRAGER')).toMatchObject({ voldaan: false });

    // Off the menukaart and back on it.
    await ctx.gqlOk('mutation($id: ID!) { instrumentDeactiveren(id: $id) { actief } }', { id: geld.id }, beleid);
    const opKaart = async () =>
      (await ctx.gqlOk<{ menukaart: Array<{ naam: string }> }>('{ menukaart { naam } }')).menukaart.map((i) => i.naam);
    expect(await opKaart()).not.toContain('Buurtgeld voor groepen');
    const { instrumentActiveren } = await ctx.gqlOk<{ instrumentActiveren: { actief: boolean } }>(
      'mutation($id: ID!) { instrumentActiveren(id: $id) { actief } }',
      { id: geld.id },
      beleid,
    );
    expect(instrumentActiveren.actief).toBe(true);
    expect(await opKaart()).toContain('Buurtgeld voor groepen');

    // Only staff who keep the menukaart; an unknown item is not found.
    const regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR);
    expect(foutcodes(await wijzigen(geld.id, { naam: 'x', beschrijving: 'x', regelingId: andere.id }, regisseur))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      foutcodes(await ctx.gql('mutation($id: ID!) { instrumentActiveren(id: $id) { actief } }', { id: geld.id }, bewoner)),
    ).toEqual(['FORBIDDEN']);
    expect(
      foutcodes(
        await wijzigen(toGlobalId('Instrument', '00000000-0000-4000-8000-000000000000'), { naam: 'x', beschrijving: 'x' }),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('filtert regelingen op peildatum', async () => {
    const op = async (peildatum: string) =>
      (
        await ctx.gqlOk<{ subsidieregelingen: Array<{ code: string }> }>(
          'query($p: Date) { subsidieregelingen(peildatum: $p) { code } }',
          { p: peildatum },
        )
      ).subsidieregelingen.map((r) => r.code);
    expect(await op('2027-01-01')).toContain('MENU_TEST');
    expect(await op('2025-12-31')).not.toContain('MENU_TEST');
    expect(await op('2031-01-01')).not.toContain('MENU_TEST');
  });
});

describe('Demodata: menukaart en voorbeeldregelingen', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await testContext();
  });
  afterAll(() => ctx.close());

  it('laadt een menukaart met alle soorten steun en voorbeeldregelingen met plafonds voor dit en volgend jaar', async () => {
    const { laadDemodata } = await import('../src/demo/demo-data');
    expect(await laadDemodata(ctx.app)).toBe(true);
    const { menukaart, subsidieregelingen } = await ctx.gqlOk<{
      menukaart: Array<{ naam: string; soort: string; regeling: { code: string } | null }>;
      subsidieregelingen: Array<{ naam: string; plafonds: Array<{ periode: string; beschikbaar: number }> }>;
    }>('{ menukaart { naam soort regeling { code } } subsidieregelingen { naam plafonds { periode beschikbaar } } }');
    expect(new Set(menukaart.map((i) => i.soort))).toEqual(
      new Set(['FINANCIELE_BIJDRAGE', 'MATERIAAL', 'PROMOTIE', 'LOCATIE', 'ADVIES', 'VERZEKERING']),
    );
    expect(menukaart.every((i) => i.naam.includes('(voorbeeld)'))).toBe(true);
    expect(menukaart.filter((i) => i.soort === 'FINANCIELE_BIJDRAGE').every((i) => i.regeling !== null)).toBe(true);
    expect(subsidieregelingen.length).toBeGreaterThanOrEqual(2);
    const jaar = Number(amsterdamseDatum(new Date()).slice(0, 4));
    for (const r of subsidieregelingen) {
      expect(r.naam).toContain('(voorbeeld)');
      expect(r.plafonds.map((p) => Number(p.periode))).toEqual(expect.arrayContaining([jaar, jaar + 1]));
    }
  });
});
