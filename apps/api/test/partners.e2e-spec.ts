import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const REGISTREER = `mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id naam gewijzigdOp } }`;
const LIJST = `query($first: Int, $after: String, $soort: OrganisatieSoort, $zoek: String, $buurtId: ID, $sinds: DateTime) {
  organisaties(first: $first, after: $after, soort: $soort, zoek: $zoek, buurtId: $buurtId, gewijzigdSinds: $sinds) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id naam } } } }`;
const PUBLICEER = `mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id titel geannuleerd buurt { code } organisator { naam } } }`;

interface Pagina {
  organisaties: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string; naam: string } }>;
  };
}

describe('Partners en activiteiten', () => {
  let ctx: TestContext;
  let beheerder: string;
  let buurtId: string;
  let andereBuurtId: string;
  beforeAll(async () => {
    ctx = await testContext();
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const data = await ctx.gqlOk<{ a: { id: string }; b: { id: string } }>(
      '{ a: buurt(code: "BU09173300") { id } b: buurt(code: "BU09171000") { id } }',
    );
    buurtId = data.a.id;
    andereBuurtId = data.b.id;
    for (let i = 0; i < 25; i++) {
      await ctx.gqlOk(
        REGISTREER,
        {
          input: {
            naam: `Buurtvereniging ${String(i).padStart(2, '0')}`,
            soort: i % 2 === 0 ? 'VERENIGING' : 'STICHTING',
            buurtIds: i < 5 ? [buurtId] : [],
          },
        },
        beheerder,
      );
    }
  });
  afterAll(() => ctx.close());

  it('bladert in een vaste volgorde door alle organisaties zonder dubbelen of gaten', async () => {
    const gezien: string[] = [];
    let after: string | null = null;
    let paginas = 0;
    for (;;) {
      const data: Pagina = await ctx.gqlOk<Pagina>(LIJST, { first: 10, after });
      paginas += 1;
      expect(data.organisaties.totalCount).toBe(25);
      expect(data.organisaties.pageInfo.hasPreviousPage).toBe(after !== null);
      gezien.push(...data.organisaties.edges.map((e) => e.node.naam));
      if (!data.organisaties.pageInfo.hasNextPage) {
        break;
      }
      after = data.organisaties.pageInfo.endCursor;
    }
    expect(paginas).toBe(3);
    expect(gezien).toHaveLength(25);
    expect(new Set(gezien).size).toBe(25);
    expect(gezien).toEqual([...gezien].sort());
  });

  it('geeft na de laatste pagina een lege pagina zonder volgende', async () => {
    const alles = await ctx.gqlOk<Pagina>(LIJST, { first: 100 });
    const laatste = alles.organisaties.edges.at(-1)!.cursor;
    const leeg = await ctx.gqlOk<Pagina>(LIJST, { first: 10, after: laatste });
    expect(leeg.organisaties.edges).toEqual([]);
    expect(leeg.organisaties.pageInfo.hasNextPage).toBe(false);
  });

  it('begrenst first op 100 en weigert een negatieve first of een ongeldige cursor', async () => {
    const groot = await ctx.gqlOk<Pagina>(LIJST, { first: 5000 });
    expect(groot.organisaties.edges).toHaveLength(25);
    expect(foutcodes(await ctx.gql(LIJST, { first: -1 }))).toEqual(['BAD_USER_INPUT']);
    const fout = await ctx.gql(LIJST, { first: 10, after: 'bestaat-niet' });
    expect(foutcodes(fout)).toEqual(['BAD_USER_INPUT']);
    expect(fout.errors?.[0].extensions?.velden?.[0].veld).toBe('after');
  });

  it('filtert op soort, zoekterm en buurt, en toont de partners op de buurtpagina', async () => {
    const soort = await ctx.gqlOk<Pagina>(LIJST, { first: 100, soort: 'STICHTING' });
    expect(soort.organisaties.totalCount).toBe(12);
    const zoek = await ctx.gqlOk<Pagina>(LIJST, { zoek: 'VERENIGING 07' });
    expect(zoek.organisaties.edges.map((e) => e.node.naam)).toEqual(['Buurtvereniging 07']);
    const inBuurt = await ctx.gqlOk<Pagina>(LIJST, { buurtId });
    expect(inBuurt.organisaties.totalCount).toBe(5);
    const pagina = await ctx.gqlOk<{ buurt: { partners: { totalCount: number; edges: Array<{ node: { naam: string } }> } } }>(
      'query($id: ID!) { buurt(id: $id) { partners(first: 2) { totalCount edges { node { naam } } } } }',
      { id: buurtId },
    );
    expect(pagina.buurt.partners.totalCount).toBe(5);
    expect(pagina.buurt.partners.edges).toHaveLength(2);
  });

  it('levert met gewijzigdSinds alleen wat veranderde, in volgorde van wijziging', async () => {
    const alles = await ctx.gqlOk<Pagina>(LIJST, { first: 100 });
    const grens = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const org = alles.organisaties.edges[3].node;
    await ctx.gqlOk(
      `mutation($input: BestuursfunctieInput!) { bestuursfunctieToevoegen(input: $input) { id } }`,
      { input: { organisatieId: org.id, persoon: 'J. Jansen', functie: 'Voorzitter', vanaf: '2024-01-01' } },
      beheerder,
    );
    const delta = await ctx.gqlOk<Pagina>(LIJST, { sinds: grens });
    expect(delta.organisaties.edges.map((e) => e.node.naam)).toEqual([org.naam]);
    const bestuur = await ctx.gqlOk<{
      node: { bestuursfuncties: Array<{ persoon: string; functie: string; tot: string | null }> };
    }>('query($id: ID!) { node(id: $id) { ... on Organisatie { bestuursfuncties { persoon functie tot } } } }', { id: org.id });
    expect(bestuur.node.bestuursfuncties).toEqual([{ persoon: 'J. Jansen', functie: 'Voorzitter', tot: null }]);
  });

  it('weigert ongeldige organisatiegegevens met BAD_USER_INPUT per veld', async () => {
    const res = await ctx.gql(
      REGISTREER,
      { input: { naam: '', soort: 'STICHTING', kvkNummer: '12', website: 'javascript:alert(1)', buurtIds: [] } },
      beheerder,
    );
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].extensions?.velden?.map((v) => v.veld).sort()).toEqual([
      'input.kvkNummer',
      'input.naam',
      'input.website',
    ]);
    const lang = await ctx.gql(REGISTREER, { input: { naam: 'x'.repeat(10_240), soort: 'STICHTING', buurtIds: [] } }, beheerder);
    expect(foutcodes(lang)).toEqual(['BAD_USER_INPUT']);
    const soort = await ctx.gql(REGISTREER, { input: { naam: 'X', soort: 'ONBEKEND', buurtIds: [] } }, beheerder);
    expect(foutcodes(soort)).toEqual(['BAD_USER_INPUT']);
  });

  describe('activiteiten', () => {
    let orgId: string;
    let partner: string;
    beforeAll(async () => {
      const org = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        REGISTREER,
        { input: { naam: 'Buurtpunt Centrum', soort: 'BUURTORGANISATIE', buurtIds: [buurtId] } },
        beheerder,
      );
      orgId = org.organisatieRegistreren.id;
      await ctx.gqlOk(
        'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
        { o: orgId, g: 'partner-standby-1' },
        beheerder,
      );
      partner = await ctx.tokenFor(Rol.PARTNER, { sub: 'partner-standby-1' });
    });

    const input = (extra: Record<string, unknown> = {}) => ({
      titel: 'Koffieochtend',
      begin: '2030-03-15T10:00:00+01:00',
      eind: '2030-03-15T12:00:00+01:00',
      buurtId,
      ...extra,
    });

    it('laat een partner publiceren voor de eigen organisatie', async () => {
      const res = await ctx.gqlOk<{ activiteitPubliceren: { buurt: { code: string }; organisator: { naam: string } } }>(
        PUBLICEER,
        { input: input({ organisatorId: orgId }) },
        partner,
      );
      expect(res.activiteitPubliceren.buurt.code).toBe('BU09173300');
      expect(res.activiteitPubliceren.organisator.naam).toBe('Buurtpunt Centrum');
    });

    it('weigert een partner die voor een andere organisatie publiceert', async () => {
      const ander = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        REGISTREER,
        { input: { naam: 'Andere stichting', soort: 'STICHTING', buurtIds: [] } },
        beheerder,
      );
      const res = await ctx.gql(PUBLICEER, { input: input({ organisatorId: ander.organisatieRegistreren.id }) }, partner);
      expect(foutcodes(res)).toEqual(['FORBIDDEN']);
      expect(foutcodes(await ctx.gql(PUBLICEER, { input: input() }, partner))).toEqual(['BAD_USER_INPUT']);
      expect(foutcodes(await ctx.gql(PUBLICEER, { input: input() }, await ctx.tokenFor(Rol.BEWONER)))).toEqual(['FORBIDDEN']);
    });

    it('laat alleen namens gekoppelde organisaties een initiatief aanvragen, en toont die in mijnOrganisaties', async () => {
      const ander = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        REGISTREER,
        { input: { naam: 'Stichting Niet Gekoppeld', soort: 'STICHTING', buurtIds: [] } },
        beheerder,
      );
      const MIJN = '{ mijnOrganisaties { id naam } }';
      expect((await ctx.gqlOk<{ mijnOrganisaties: unknown[] }>(MIJN, {}, partner)).mijnOrganisaties).toEqual([
        { id: orgId, naam: 'Buurtpunt Centrum' },
      ]);
      expect(
        (await ctx.gqlOk<{ mijnOrganisaties: unknown[] }>(MIJN, {}, await ctx.tokenFor(Rol.BEWONER))).mijnOrganisaties,
      ).toEqual([]);
      expect(foutcodes(await ctx.gql(MIJN))).toEqual(['UNAUTHENTICATED']);

      const OPSLAAN = 'mutation($input: InitiatiefInput!) { initiatiefOpslaan(input: $input) { id organisatie { id } } }';
      const idee = (organisatieId: string) => ({
        titel: 'Buurtmoestuin',
        beschrijving: 'Samen tuinieren.',
        schaal: 'BUURT',
        buurtIds: [buurtId],
        aanvragerSoort: 'ORGANISATIE',
        organisatieId,
        aanvragen: [],
      });
      const eigen = await ctx.gqlOk<{ initiatiefOpslaan: { organisatie: { id: string } } }>(
        OPSLAAN,
        { input: idee(orgId) },
        partner,
      );
      expect(eigen.initiatiefOpslaan.organisatie.id).toBe(orgId);
      // Someone else's organisation, for a partner and for a resident: refused at the field, nothing stored.
      for (const token of [partner, await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-zonder-koppeling' })]) {
        const res = await ctx.gql(OPSLAAN, { input: idee(ander.organisatieRegistreren.id) }, token);
        expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(res.errors?.[0].extensions?.velden).toEqual([
          { veld: 'input.organisatieId', melding: 'U kunt alleen aanvragen namens een organisatie waaraan u bent gekoppeld.' },
        ]);
      }
      const [{ n }] = await ctx.dataSource.query<Array<{ n: string }>>(
        "SELECT count(*) AS n FROM initiatief WHERE titel = 'Buurtmoestuin'",
      );
      expect(Number(n)).toBe(1);
    });

    it('weigert een organisatie met een initiatief te verwijderen en zegt waarom (de initiatieven melden het zelf)', async () => {
      const res = await ctx.gql('mutation($id: ID!) { organisatieVerwijderen(id: $id) }', { id: orgId }, beheerder);
      expect(foutcodes(res)).toEqual(['CONFLICT']);
      expect(res.errors?.[0].message).toMatch(
        /^Buurtpunt Centrum kan niet worden verwijderd: er hoort 1 initiatief bij \(die worden bewaard\)/,
      );
      expect(
        (await ctx.gqlOk<{ node: { id: string } | null }>('query($id: ID!) { node(id: $id) { id } }', { id: orgId })).node,
      ).toEqual({
        id: orgId,
      });
    });

    it('weigert een einde voor het begin en een tijdstip zonder tijdzone', async () => {
      const res = await ctx.gql(PUBLICEER, { input: input({ eind: '2030-03-15T09:00:00+01:00' }) }, beheerder);
      expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
      const zonderZone = await ctx.gql(PUBLICEER, { input: input({ begin: '2030-03-15T10:00:00' }) }, beheerder);
      expect(foutcodes(zonderZone)).toEqual(['BAD_USER_INPUT']);
    });

    it('toont activiteiten per buurt, stadsdeel en periode, en annuleert ze', async () => {
      const a = await ctx.gqlOk<{ activiteitPubliceren: { id: string } }>(
        PUBLICEER,
        { input: input({ titel: 'Opschoondag', begin: '2030-04-01T09:00:00+02:00', eind: null, buurtId: andereBuurtId }) },
        beheerder,
      );
      const lijst = async (vars: Record<string, unknown>) =>
        (
          await ctx.gqlOk<{ activiteiten: { edges: Array<{ node: { titel: string; geannuleerd: boolean } }> } }>(
            `query($b: ID, $s: ID, $v: DateTime, $t: DateTime) { activiteiten(buurtId: $b, stadsdeelId: $s, vanaf: $v, tot: $t) { edges { node { titel geannuleerd } } } }`,
            vars,
          )
        ).activiteiten.edges.map((e) => e.node);
      expect((await lijst({ b: andereBuurtId })).map((n) => n.titel)).toEqual(['Opschoondag']);
      expect((await lijst({ v: '2030-03-20T00:00:00Z' })).map((n) => n.titel)).toEqual(['Opschoondag']);
      expect((await lijst({ t: '2030-03-20T00:00:00Z' })).map((n) => n.titel)).not.toContain('Opschoondag');
      const { stadsdelen } = await ctx.gqlOk<{ stadsdelen: Array<{ id: string; naam: string }> }>('{ stadsdelen { id naam } }');
      const hoensbroek = stadsdelen.find((s) => s.naam === 'Hoensbroek')!.id;
      expect((await lijst({ s: hoensbroek })).map((n) => n.titel)).toEqual(['Opschoondag']);

      expect(
        foutcodes(
          await ctx.gql('mutation($id: ID!) { activiteitAnnuleren(id: $id) { id } }', { id: a.activiteitPubliceren.id }, partner),
        ),
      ).toEqual(['FORBIDDEN']);
      await ctx.gqlOk('mutation($id: ID!) { activiteitAnnuleren(id: $id) { id } }', { id: a.activiteitPubliceren.id }, beheerder);
      expect(await lijst({ b: andereBuurtId })).toEqual([{ titel: 'Opschoondag', geannuleerd: true }]);
    });
  });
});
