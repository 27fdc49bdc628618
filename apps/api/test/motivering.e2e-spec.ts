/**
 * Issue 17, point 6: a decision and a settlement carry a real reason (Awb 3:46), and a settlement
 * below the grant names its ground (Awb 4:46), stored and shown in the API.
 */
import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import {
  type InitiatiefAntwoord,
  INITIATIEF_VELDEN,
  initiatiefInput,
  opslaan,
  type Opzet,
  plafondStand,
  zetOp,
} from './initiatieven.helpers';

const VELDEN = `${INITIATIEF_VELDEN} vaststelling { grond motivering }`;
type Antwoord = InitiatiefAntwoord & { vaststelling: { grond: string | null; motivering: string | null } | null };
type Veldfout = { veld: string; melding: string };

describe('Awb 3:46 en 4:46: motivering en grond van besluit en vaststelling', () => {
  let ctx: TestContext;
  let o: Opzet;
  let bewoner: string;
  let staf: string;

  beforeAll(async () => {
    ctx = await testContext();
    o = await zetOp(ctx, 1_000_000);
    bewoner = await ctx.tokenFor(Rol.BEWONER, { name: 'Anna de Vries' });
    staf = o.beleid;
  });
  afterAll(() => ctx.close());

  async function mut(veld: string, args: string, vars: Record<string, unknown>, token = staf) {
    const res = await ctx.gql<Record<string, Antwoord>>(`mutation(${args}) { ${veld} { ${VELDEN} } }`, vars, token);
    return {
      res,
      data: res.data?.[veld.split('(')[0]] ?? null,
      velden: (res.errors?.[0]?.extensions?.velden ?? []) as Veldfout[],
    };
  }

  async function inBehandeling(titel: string): Promise<Antwoord> {
    const concept = await opslaan(ctx, bewoner, initiatiefInput(o, 50_000, 10_000, { titel }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, bewoner);
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: concept.id }, staf);
    return (
      await ctx.gqlOk<{ node: Antwoord }>(
        `query($id: ID!) { node(id: $id) { ... on Initiatief { ${VELDEN} } } }`,
        { id: concept.id },
        staf,
      )
    ).node;
  }

  const besluit = (input: Record<string, unknown>) => mut('besluitNemen(input: $input)', '$input: BesluitInput!', { input });

  const vaststellen = (id: string, aanvraagId: string, bedrag: number, toelichting?: string | null, grond?: string | null) =>
    mut(
      'subsidieVaststellen(id: $id, bedragen: $b, toelichting: $t, grond: $g)',
      '$id: ID!, $b: [ToekenningInput!]!, $t: String, $g: VaststellingsGrond',
      { id, b: [{ aanvraagId, bedrag }], t: toelichting, g: grond },
    );

  describe('Awb 3:46: een besluit draagt een echte motivering', () => {
    it.each([
      ['Awb 3:46: toekenning met motivering "." wordt geweigerd', 'TOEGEKEND', '.', 50_000],
      ['Awb 3:46: gedeeltelijke toekenning met motivering "Ok." wordt geweigerd', 'TOEGEKEND', 'Ok.', 20_000],
      ['Awb 3:46: afwijzing met motivering "Nee." wordt geweigerd', 'AFGEWEZEN', 'Nee.', 0],
      ['Awb 3:46: afwijzing met alleen leestekens en witruimte wordt geweigerd', 'AFGEWEZEN', '  ... ,,, !!! ??? ;;; --- ', 0],
    ])('%s', async (_naam, uitkomst, motivering, bedrag) => {
      const i = await inBehandeling(`Motivering ${motivering}`);
      const voor = await plafondStand(ctx);
      const r = await besluit({
        initiatiefId: i.id,
        uitkomst,
        motivering,
        bedragen: bedrag > 0 ? [{ aanvraagId: i.aanvragen[0].id, bedrag }] : [],
      });
      expect(foutcodes(r.res)).toEqual(['BAD_USER_INPUT']);
      expect(r.velden).toEqual([
        { veld: 'input.motivering', melding: expect.stringMatching(/minstens één volledige zin.*Awb 3:46/) as string },
      ]);
      // Nothing happened: the request waits for a real decision and the ceiling is untouched.
      const na = await ctx.gqlOk<{ node: { status: string; besluit: unknown } }>(
        'query($id: ID!) { node(id: $id) { ... on Initiatief { status besluit { uitkomst } } } }',
        { id: i.id },
        staf,
      );
      expect(na.node).toEqual({ status: 'IN_BEHANDELING', besluit: null });
      expect(await plafondStand(ctx)).toEqual(voor);
    });

    it('Awb 3:46: een gedeeltelijke toekenning met een volledige zin wordt vastgelegd en getoond', async () => {
      const i = await inBehandeling('Gedeeltelijk');
      const motivering = 'De huur van tafels past binnen de regeling; het eten niet.';
      const r = await besluit({
        initiatiefId: i.id,
        uitkomst: 'TOEGEKEND',
        motivering,
        bedragen: [{ aanvraagId: i.aanvragen[0].id, bedrag: 20_000 }],
      });
      expect(r.data!.besluit).toMatchObject({ uitkomst: 'TOEGEKEND', motivering, verleendBedrag: 20_000 });
    });
  });

  describe('Awb 4:46: een vaststelling heeft een motivering, en een lagere vaststelling haar grond', () => {
    async function uitgevoerd(titel: string): Promise<Antwoord> {
      const i = await inBehandeling(titel);
      await besluit({
        initiatiefId: i.id,
        uitkomst: 'TOEGEKEND',
        motivering: 'Het plan past binnen de regeling en het budget.',
        bedragen: [{ aanvraagId: i.aanvragen[0].id, bedrag: 50_000 }],
      });
      await ctx.gqlOk(
        'mutation($id: ID!) { uitvoeringMelden(id: $id, verslag: "Veertig buren aten mee.", werkelijkeKosten: 40000) { id } }',
        { id: i.id },
        bewoner,
      );
      return i;
    }

    it.each([
      ['Awb 3:46: vaststellen zonder motivering wordt geweigerd', 50_000, null, null, ['toelichting']],
      ['Awb 3:46: vaststellen met motivering "." wordt geweigerd', 50_000, '.', null, ['toelichting']],
      [
        'Awb 4:46 lid 2: lager vaststellen zonder grond wordt geweigerd',
        40_000,
        'De activiteit was kleiner dan gepland.',
        null,
        ['grond'],
      ],
      [
        'Awb 4:46 lid 2: lager vaststellen zonder motivering en grond noemt beide velden',
        40_000,
        '',
        null,
        ['toelichting', 'grond'],
      ],
      [
        'Awb 4:46: een grond bij vaststellen op het toegekende bedrag wordt geweigerd',
        50_000,
        'Vastgesteld overeenkomstig de verlening.',
        'ONJUISTE_GEGEVENS',
        ['grond'],
      ],
    ])('%s', async (_naam, bedrag, toelichting, grond, velden) => {
      const i = await uitgevoerd(`Vaststelling ${_naam.slice(0, 30)}`);
      const voor = await plafondStand(ctx);
      const r = await vaststellen(i.id, i.aanvragen[0].id, bedrag, toelichting, grond);
      expect(foutcodes(r.res)).toEqual(['BAD_USER_INPUT']);
      expect(r.velden.map((v) => v.veld)).toEqual(velden);
      expect(r.velden.every((v) => /Awb (3:46|4:46)|alleen bij een lagere/.test(v.melding))).toBe(true);
      expect(await plafondStand(ctx)).toEqual(voor);
    });

    it('Awb 4:46 lid 2 onder a: een lagere vaststelling bewaart grond en motivering en toont ze aan initiatiefnemer en medewerker, niet publiek', async () => {
      const i = await uitgevoerd('Lager vastgesteld');
      const motivering = 'Het tweede deel van het feest ging niet door wegens het weer.';
      const voor = await plafondStand(ctx);
      const r = await vaststellen(i.id, i.aanvragen[0].id, 30_000, motivering, 'ACTIVITEITEN_NIET_VERRICHT');
      expect(r.res.errors).toBeUndefined();
      expect(r.data!.status).toBe('VASTGESTELD');
      expect(r.data!.vaststelling).toEqual({ grond: 'ACTIVITEITEN_NIET_VERRICHT', motivering });
      // The difference goes back to the ceiling (Awb 4:46 lid 1 jo. invariant 3).
      expect((await plafondStand(ctx)).verleend).toBe(voor.verleend - 20_000);
      const lees = (token: string | null) =>
        ctx.gqlOk<{ node: { vaststelling: unknown } | null }>(
          'query($id: ID!) { node(id: $id) { ... on Initiatief { vaststelling { grond motivering } } } }',
          { id: i.id },
          token,
        );
      expect((await lees(bewoner)).node!.vaststelling).toEqual({ grond: 'ACTIVITEITEN_NIET_VERRICHT', motivering });
      expect((await lees(staf)).node!.vaststelling).toEqual({ grond: 'ACTIVITEITEN_NIET_VERRICHT', motivering });
      expect((await lees(null)).node!.vaststelling).toBeNull();
      const [rij] = await ctx.dataSource.query<Array<{ vaststelling_grond: string; vaststelling_toelichting: string }>>(
        'SELECT vaststelling_grond, vaststelling_toelichting FROM initiatief WHERE titel = $1',
        ['Lager vastgesteld'],
      );
      expect(rij).toEqual({ vaststelling_grond: 'ACTIVITEITEN_NIET_VERRICHT', vaststelling_toelichting: motivering });
    });

    it('Awb 4:46 lid 1: vaststellen op het toegekende bedrag met een motivering heeft geen grond', async () => {
      const i = await uitgevoerd('Volledig vastgesteld');
      const r = await vaststellen(i.id, i.aanvragen[0].id, 50_000, 'Vastgesteld overeenkomstig de verlening.');
      expect(r.res.errors).toBeUndefined();
      expect(r.data!.vaststelling).toEqual({ grond: null, motivering: 'Vastgesteld overeenkomstig de verlening.' });
    });
  });
});
