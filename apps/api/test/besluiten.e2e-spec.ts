import { Rol } from '@buurtwerk/core';
import { BesluitenService } from '@buurtwerk/initiatives';
import { type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, type Opzet, opslaan, zetOp } from './initiatieven.helpers';

const BESLUIT_VELDEN = `id soort uitkomst bedrag verleendBedrag motivering genomenDoor orgaan mandaat bekendgemaaktOp
  bezwaartermijnEinde bezwaarMogelijkTot`;

interface BesluitAntwoord {
  id: string;
  soort: string;
  uitkomst: string;
  bedrag: number | null;
  verleendBedrag: number;
  motivering: string;
  genomenDoor: string;
  orgaan: string;
  mandaat: string | null;
  bekendgemaaktOp: string | null;
  bezwaartermijnEinde: string | null;
  bezwaarMogelijkTot: string;
}

describe('Besluiten: elk besluit op een initiatief is een eigen, onveranderlijk record', () => {
  let ctx: TestContext;
  let o: Opzet;
  let bewoner: string;
  let buurman: string;
  let regisseur: string;

  const gql = async <T>(query: string, vars: Record<string, unknown>, token: string | null) => ctx.gqlOk<T>(query, vars, token);
  const besluiten = async (id: string, token: string | null) =>
    (
      await gql<{ node: { besluit: BesluitAntwoord | null; besluiten: BesluitAntwoord[] } | null }>(
        `query($id: ID!) { node(id: $id) { ... on Initiatief { besluit { ${BESLUIT_VELDEN} } besluiten { ${BESLUIT_VELDEN} } } } }`,
        { id },
        token,
      )
    ).node;

  const vorigeInterval = process.env.MAIL_INTERVAL_MS;

  beforeAll(async () => {
    // The outbox is delivered only when the test says so (a delivered letter makes the decision known).
    process.env.MAIL_INTERVAL_MS = '0';
    ctx = await testContext();
    o = await zetOp(ctx, 1_000_000);
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-besluit', name: 'Bo Besluit', email: 'bo@example.org' });
    buurman = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-buurman', name: 'Ben Buurman' });
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { name: 'Rik Regisseur' });
  });
  afterAll(async () => {
    await ctx.close();
    if (vorigeInterval === undefined) {
      delete process.env.MAIL_INTERVAL_MS;
    } else {
      process.env.MAIL_INTERVAL_MS = vorigeInterval;
    }
  });

  it('legt een gedeeltelijke toekenning en de vaststelling vast, leesbaar voor aanvrager en medewerkers', async () => {
    const concept = await opslaan(ctx, bewoner, initiatiefInput(o, 60_000, 10_000));
    await gql('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, bewoner);
    await gql('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: concept.id }, regisseur);
    await gql(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { id } }',
      {
        input: {
          initiatiefId: concept.id,
          uitkomst: 'TOEGEKEND',
          motivering: 'Het plan past bij de buurtaktie; de huur van tafels wordt voor een deel vergoed.',
          bedragen: [{ aanvraagId: concept.aanvragen[0].id, bedrag: 45_000 }],
        },
      },
      o.beleid,
    );

    const eigen = (await besluiten(concept.id, bewoner))!;
    expect(eigen.besluiten).toHaveLength(1);
    const toekenning = eigen.besluiten[0];
    expect(toekenning).toMatchObject({
      soort: 'GEDEELTELIJKE_TOEKENNING',
      uitkomst: 'TOEGEKEND',
      bedrag: 45_000,
      verleendBedrag: 45_000,
      genomenDoor: 'Bea Beleid',
      orgaan: 'het college van burgemeester en wethouders van Heerlen',
      // Not sent yet: no making known, so no objection term of its own (Awb 6:8).
      bekendgemaaktOp: null,
      bezwaartermijnEinde: null,
    });
    expect(toekenning.mandaat).toContain('Bea Beleid, namens het college van burgemeester en wethouders van Heerlen');
    expect(eigen.besluit).toEqual(toekenning);

    // The node: the applicant and staff, nobody else.
    const NODE = `query($id: ID!) { node(id: $id) { __typename ... on Besluit { soort bedrag } } }`;
    expect((await gql<{ node: unknown }>(NODE, { id: toekenning.id }, bewoner)).node).toEqual({
      __typename: 'Besluit',
      soort: 'GEDEELTELIJKE_TOEKENNING',
      bedrag: 45_000,
    });
    expect((await gql<{ node: unknown }>(NODE, { id: toekenning.id }, regisseur)).node).not.toBeNull();
    expect((await gql<{ node: unknown }>(NODE, { id: toekenning.id }, buurman)).node).toBeNull();
    expect((await gql<{ node: unknown }>(NODE, { id: toekenning.id }, null)).node).toBeNull();
    // The public sees the granted initiative and its decision, but not the file's list.
    const publiek = (await besluiten(concept.id, buurman))!;
    expect(publiek.besluiten).toEqual([]);
    expect(publiek.besluit?.soort).toBe('GEDEELTELIJKE_TOEKENNING');

    await gql(
      'mutation($id: ID!) { uitvoeringMelden(id: $id, verslag: "Veertig buren aten mee.", werkelijkeKosten: 40000) { id } }',
      { id: concept.id },
      bewoner,
    );
    await gql(
      `mutation($id: ID!, $b: [ToekenningInput!]!, $t: String) {
         subsidieVaststellen(id: $id, bedragen: $b, toelichting: $t, grond: WERKELIJKE_KOSTEN_LAGER) { id } }`,
      { id: concept.id, b: [{ aanvraagId: concept.aanvragen[0].id, bedrag: 40_000 }], t: 'De werkelijke kosten waren lager.' },
      o.beleid,
    );
    const na = (await besluiten(concept.id, regisseur))!;
    expect(na.besluiten.map((b) => [b.soort, b.bedrag])).toEqual([
      ['GEDEELTELIJKE_TOEKENNING', 45_000],
      ['VASTSTELLING', 40_000],
    ]);
    // Initiatief.besluit stays the decision on the request.
    expect(na.besluit?.id).toBe(toekenning.id);
  });

  it('legt een afwijzing vast zonder bedrag', async () => {
    const concept = await opslaan(ctx, bewoner, initiatiefInput(o, 20_000, 5_000));
    await gql('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, bewoner);
    await gql('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: concept.id }, regisseur);
    await gql(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { id } }',
      {
        input: { initiatiefId: concept.id, uitkomst: 'AFGEWEZEN', motivering: 'Het plan past niet binnen de regeling.' },
      },
      o.beleid,
    );
    const [afwijzing] = (await besluiten(concept.id, bewoner))!.besluiten;
    expect(afwijzing).toMatchObject({ soort: 'AFWIJZING', uitkomst: 'AFGEWEZEN', bedrag: null });
  });

  it('weigert elke wijziging van een besluit en legt de bekendmaking eenmaal vast', async () => {
    const [rij] = await ctx.dataSource.query<Array<{ id: string }>>(`SELECT id FROM besluit WHERE soort = 'AFWIJZING'`);
    await expect(ctx.dataSource.query(`UPDATE besluit SET motivering = 'Anders.' WHERE id = $1`, [rij.id])).rejects.toThrow(
      /Een besluit wordt niet gewijzigd/,
    );
    const service = ctx.app.get(BesluitenService);
    // Sent on Friday 26 March 2027: six weeks from the next day end on Friday 7 May 2027, a day
    // equated with a holiday (Atw art. 3 lid 3), so the term runs to Monday 10 May (Awb 6:7-6:8, Atw art. 1).
    const vrij = new Set(['2027-05-07']);
    const eerst = await ctx.dataSource.transaction((tx) =>
      service.bekendgemaakt(tx, rij.id, new Date('2027-03-26T10:00:00Z'), vrij),
    );
    expect(eerst?.bezwaarMogelijkTot).toBe('2027-05-10');
    const nogmaals = await ctx.dataSource.transaction((tx) =>
      service.bekendgemaakt(tx, rij.id, new Date('2027-05-10T10:00:00Z'), vrij),
    );
    expect(nogmaals).toBeNull();
    await expect(
      ctx.dataSource.query(`UPDATE besluit SET bekendgemaakt_op = now(), bezwaar_mogelijk_tot = '2030-01-01' WHERE id = $1`, [
        rij.id,
      ]),
    ).rejects.toThrow(/Een besluit wordt niet gewijzigd/);
  });
});
