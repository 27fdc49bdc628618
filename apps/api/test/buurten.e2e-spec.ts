import { foutcodes, type TestContext, testContext } from '../../../test/harness';

describe('Buurten van Heerlen (CBS 2024)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await testContext();
  });
  afterAll(() => ctx.close());

  it('toont alle 57 buurten, 23 wijken en de vier historische stadsdelen', async () => {
    const data = await ctx.gqlOk<{
      buurten: Array<{ code: string; wijk: { code: string } }>;
      stadsdelen: Array<{ naam: string; wijken: Array<{ code: string }> }>;
    }>('{ buurten { code wijk { code } } stadsdelen { naam wijken { code } } }');
    expect(data.buurten).toHaveLength(57);
    expect(new Set(data.buurten.map((b) => b.wijk.code)).size).toBe(23);
    expect(data.stadsdelen.map((s) => s.naam).sort()).toEqual(['Heerlen-Stad', 'Heerlerbaan', 'Heerlerheide', 'Hoensbroek']);
    expect(data.stadsdelen.flatMap((s) => s.wijken)).toHaveLength(23);
  });

  it('zoekt zonder op hoofdletters of accenten te letten', async () => {
    const zoek = (q: string) =>
      ctx.gqlOk<{ buurten: Array<{ naam: string }> }>('query($q: String) { buurten(zoek: $q) { naam } }', { q });
    expect((await zoek('TERSCHUREN')).buurten.map((b) => b.naam)).toContain('Terschuren');
    expect((await zoek('térschüren')).buurten.map((b) => b.naam)).toContain('Terschuren');
    expect((await zoek('nieuw lotbroek')).buurten.map((b) => b.naam)).not.toContain('Terschuren');
    expect((await zoek('%')).buurten).toEqual([]);
  });

  it('filtert op stadsdeel', async () => {
    const { stadsdelen } = await ctx.gqlOk<{ stadsdelen: Array<{ id: string; naam: string }> }>('{ stadsdelen { id naam } }');
    const hoensbroek = stadsdelen.find((s) => s.naam === 'Hoensbroek')!;
    const { buurten } = await ctx.gqlOk<{ buurten: Array<{ code: string; stadsdeel: { naam: string } }> }>(
      'query($id: ID) { buurten(stadsdeelId: $id) { code stadsdeel { naam } } }',
      { id: hoensbroek.id },
    );
    expect(buurten.length).toBeGreaterThan(0);
    expect(buurten.every((b) => b.stadsdeel.naam === 'Hoensbroek' && b.code.startsWith('BU09171'))).toBe(true);
  });

  it('vindt een buurt op code en op id, en via node(id)', async () => {
    const { buurt } = await ctx.gqlOk<{ buurt: { id: string; naam: string } }>('{ buurt(code: "bu09171001") { id naam } }');
    expect(buurt.naam).toBe('Terschuren');
    const opId = await ctx.gqlOk<{ buurt: { code: string }; node: { __typename: string; code: string } }>(
      'query($id: ID!) { buurt(id: $id) { code } node(id: $id) { __typename ... on Buurt { code } } }',
      { id: buurt.id },
    );
    expect(opId.buurt.code).toBe('BU09171001');
    expect(opId.node).toEqual({ __typename: 'Buurt', code: 'BU09171001' });
  });

  it('geeft null voor een onbekende code en BAD_USER_INPUT voor een ongeldig id', async () => {
    expect((await ctx.gqlOk<{ buurt: null }>('{ buurt(code: "BU00000000") { id } }')).buurt).toBeNull();
    const res = await ctx.gql('{ buurt(id: "bestaat-niet") { id } }');
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    const beide = await ctx.gql('{ buurt(id: "x", code: "BU09171001") { id } }');
    expect(foutcodes(beide)).toEqual(['BAD_USER_INPUT']);
  });

  describe('buurtBijLocatie', () => {
    const bij = (lat: number, lon: number) =>
      ctx.gql<{ buurtBijLocatie: { code: string } | null }>(
        'query($lat: Float!, $lon: Float!) { buurtBijLocatie(lat: $lat, lon: $lon) { code } }',
        { lat, lon },
      );

    it('vindt de buurt rond zijn eigen middelpunt', async () => {
      // Centroid of Maria Gewanden from the CBS-derived reference file.
      expect((await bij(50.9238, 5.914)).data?.buurtBijLocatie?.code).toBe('BU09171000');
    });

    it('geeft null buiten Heerlen (Amsterdam, Kerkrade)', async () => {
      expect((await bij(52.3731, 4.8922)).data?.buurtBijLocatie).toBeNull();
      expect((await bij(50.866, 6.07)).data?.buurtBijLocatie).toBeNull();
    });

    it('kiest op een hoekpunt van twee buurten steeds dezelfde buurt', async () => {
      // (5.921, 50.927) is a vertex of Maria Gewanden's outline.
      const eerste = (await bij(50.927, 5.921)).data?.buurtBijLocatie?.code;
      expect(eerste).toMatch(/^BU0917/);
      expect((await bij(50.927, 5.921)).data?.buurtBijLocatie?.code).toBe(eerste);
    });

    it('weigert coördinaten buiten de aarde', async () => {
      expect(foutcodes(await bij(91, 5.9))).toEqual(['BAD_USER_INPUT']);
      expect(foutcodes(await bij(50.9, -181))).toEqual(['BAD_USER_INPUT']);
    });
  });

  it('weigert een te zware query (velden × lijstlengtes) voordat die wordt uitgevoerd, ook via fragmenten en variabelen', async () => {
    const zwaar =
      '{ buurten { activiteiten(first: 100) { edges { node { organisator { buurten { activiteiten(first: 100) { edges { node { titel } } } } } } } } } }';
    const res = await ctx.gql(zwaar);
    expect(foutcodes(res)).toEqual(['OPERATIE_TE_GROOT']);
    expect(res.errors?.[0].message).toMatch(/^Deze query is te zwaar: geschat .* velden, het maximum is 300\.000\./);
    expect(res.data ?? null).toBeNull();
    const viaFragment = await ctx.gql(
      'query($n: Int) { buurten { ...A } } fragment A on Buurt { activiteiten(first: $n) { edges { node { organisator { buurten { activiteiten(first: $n) { edges { node { titel } } } } } } } } }',
      { n: 1 },
    );
    // A variable counts as the largest page: the estimate depends on the query text only.
    expect(foutcodes(viaFragment)).toEqual(['OPERATIE_TE_GROOT']);
    // The same shape with small pages is fine.
    const klein = await ctx.gql(
      '{ buurten { activiteiten(first: 5) { edges { node { organisator { buurten { activiteiten(first: 5) { edges { node { titel } } } } } } } } } }',
    );
    expect(klein.errors).toBeUndefined();
    expect(klein.data?.buurten).toHaveLength(57);
  });

  it('weigert een te diep geneste query voordat die wordt uitgevoerd', async () => {
    let velden = 'code';
    for (let i = 0; i < 8; i++) {
      velden = `code wijk { buurten { ${velden} } }`;
    }
    const res = await ctx.gql(`{ buurten { ${velden} } }`);
    expect(foutcodes(res)).toEqual(['OPERATIE_TE_GROOT']);
    expect(res.errors?.[0].message).toBe('Deze query is te diep genest (meer dan 12 niveaus). Vraag minder geneste velden op.');
    expect(res.data ?? null).toBeNull();
  });
});
