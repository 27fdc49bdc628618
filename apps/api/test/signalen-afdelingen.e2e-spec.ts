import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

/** The departments (de lijn) staff can pass a signal on to (invariant 10): data, not a fixed list. */
describe('Afdelingen om signalen naar door te zetten', () => {
  let ctx: TestContext;
  let beleid: string;
  const AFDELINGEN = '{ afdelingen { naam categorieen } }';

  beforeAll(async () => {
    ctx = await testContext();
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
  });
  afterAll(() => ctx.close());

  const afdelingen = async () =>
    (await ctx.gqlOk<{ afdelingen: Array<{ naam: string; categorieen: string[] }> }>(AFDELINGEN, {}, beleid)).afdelingen;

  it('geeft de afdelingen van de actieve categorieën met hun categorieën, op alfabet', async () => {
    const lijst = await afdelingen();
    expect(lijst.map((a) => a.naam)).toEqual([
      'Afval en reiniging',
      'Beheer openbare ruimte',
      'Buurtgericht werken',
      'Groenbeheer',
      'Openbare orde en veiligheid',
      'Sociaal domein',
      'Verkeer en mobiliteit',
      'Wonen',
    ]);
    expect(lijst.find((a) => a.naam === 'Afval en reiniging')?.categorieen).toEqual(['Afval en zwerfvuil']);
  });

  it('volgt de categorieën als data, en houdt een afdeling waarheen eerder is doorgezet', async () => {
    await ctx.dataSource.query(`UPDATE signaalcategorie SET afdeling = 'Stadsbeheer' WHERE naam IN ('Groen', 'Openbare ruimte')`);
    await ctx.dataSource.query(`UPDATE signaalcategorie SET actief = false WHERE naam = 'Wonen en leefbaarheid'`);
    const { buurten } = await ctx.gqlOk<{ buurten: Array<{ id: string }> }>('{ buurten { id } }');
    const { signaalMelden } = await ctx.gqlOk<{ signaalMelden: { id: string } }>(
      'mutation($input: SignaalInput!) { signaalMelden(input: $input) { id } }',
      { input: { buurtId: buurten[0].id, categorie: 'Groen', omschrijving: 'Omgewaaide boom' } },
      await ctx.tokenFor(Rol.BEWONER),
    );
    await ctx.gqlOk(
      'mutation($id: ID!) { signaalDoorzetten(id: $id, afdeling: "Wijkteam Heerlerheide") { id } }',
      { id: signaalMelden.id },
      beleid,
    );
    const lijst = await afdelingen();
    expect(lijst.find((a) => a.naam === 'Stadsbeheer')?.categorieen).toEqual(['Groen', 'Openbare ruimte']);
    expect(lijst.map((a) => a.naam)).not.toContain('Groenbeheer');
    expect(lijst.map((a) => a.naam)).not.toContain('Wonen');
    expect(lijst).toContainEqual({ naam: 'Wijkteam Heerlerheide', categorieen: [] });
  });

  it('is alleen voor wie signalen behandelt', async () => {
    for (const rol of [Rol.BEWONER, Rol.PARTNER, Rol.GRIFFIE]) {
      expect(foutcodes(await ctx.gql(AFDELINGEN, {}, await ctx.tokenFor(rol)))).toEqual(['FORBIDDEN']);
    }
    expect(foutcodes(await ctx.gql(AFDELINGEN, {}, null))).toEqual(['UNAUTHENTICATED']);
    for (const rol of [Rol.BUURTREGISSEUR, Rol.BEHEERDER]) {
      expect(foutcodes(await ctx.gql(AFDELINGEN, {}, await ctx.tokenFor(rol)))).toEqual([]);
    }
  });
});
