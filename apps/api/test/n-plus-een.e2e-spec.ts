/**
 * Nested GraphQL queries cost a constant number of SQL statements, whatever the page size:
 * every nested field goes through a per-request DataLoader (issue: N+1 and query cost).
 */
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';

describe('Geen N+1-queries', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await testContext();
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const { buurten } = await ctx.gqlOk<{ buurten: Array<{ id: string }> }>('{ buurten { id } }');
    for (let i = 0; i < 30; i++) {
      const org = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam: `Organisatie ${i}`, soort: 'STICHTING', buurtIds: [buurten[i % 57].id, buurten[(i + 1) % 57].id] } },
        beheerder,
      );
      await ctx.gqlOk(
        'mutation($input: BestuursfunctieInput!) { bestuursfunctieToevoegen(input: $input) { id } }',
        {
          input: {
            organisatieId: org.organisatieRegistreren.id,
            persoon: `Bestuurder ${i}`,
            functie: 'Voorzitter',
            vanaf: '2024-01-01',
          },
        },
        beheerder,
      );
      await ctx.gqlOk(
        'mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }',
        {
          input: {
            titel: `Activiteit ${i}`,
            begin: '2030-01-01T10:00:00Z',
            buurtId: buurten[i % 57].id,
            organisatorId: org.organisatieRegistreren.id,
          },
        },
        beheerder,
      );
    }
  });
  afterAll(() => ctx.close());

  async function telQueries(query: string, variables: Record<string, unknown>, token?: string): Promise<number> {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      await ctx.gqlOk(query, variables, token);
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  /** Background work (the webhook outbox, schedulers) may query during a request: it only ever adds, so take the least of three. */
  async function minsteQueries(query: string, variables: Record<string, unknown>, token?: string): Promise<number> {
    const tellingen: number[] = [];
    for (let i = 0; i < 3; i++) {
      tellingen.push(await telQueries(query, variables, token));
    }
    return Math.min(...tellingen);
  }

  it('organisaties met buurten, wijken en bestuur: evenveel queries voor 10 als voor 30', async () => {
    const query = `query($n: Int) { organisaties(first: $n) { edges { node { naam buurten { naam wijk { naam stadsdeel { naam } } buurtregisseur { naam } } bestuursfuncties { persoon } } } } }`;
    const tien = await minsteQueries(query, { n: 10 });
    const dertig = await minsteQueries(query, { n: 30 });
    expect(dertig).toBe(tien);
  });

  it('buurten met partners en activiteiten: evenveel queries voor 1 buurt als voor alle 57', async () => {
    const query = `query($zoek: String) { buurten(zoek: $zoek) { naam wijk { naam } stadsdeel { naam } buurtregisseur { naam }
      partners(first: 5) { totalCount edges { node { naam bestuursfuncties { persoon } } } }
      activiteiten(first: 5) { totalCount edges { node { titel organisator { naam } buurt { code } } } } } }`;
    const een = await minsteQueries(query, { zoek: 'Terschuren' });
    const alle = await minsteQueries(query, {});
    expect(alle).toBe(een);
  });

  it('buurten met initiatieven: evenveel queries voor 1 buurt als voor alle 57 (publiek en medewerker)', async () => {
    const query = `query($zoek: String) { buurten(zoek: $zoek) { naam initiatieven(first: 5) { totalCount edges { node { titel } } } } }`;
    expect(await minsteQueries(query, {})).toBe(await minsteQueries(query, { zoek: 'Terschuren' }));
    const beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
    expect(await minsteQueries(query, {}, beleid)).toBe(await minsteQueries(query, { zoek: 'Terschuren' }, beleid));
  });

  it('telt alleen als totalCount gevraagd is (één query minder zonder)', async () => {
    const paren: Array<[string, string]> = [
      [
        '{ activiteiten(first: 5) { totalCount edges { node { titel } } } }',
        '{ activiteiten(first: 5) { edges { node { titel } } } }',
      ],
      [
        '{ buurten { activiteiten(first: 5) { totalCount edges { node { titel } } } } }',
        '{ buurten { activiteiten(first: 5) { edges { node { titel } } } } }',
      ],
      [
        '{ buurten { partners(first: 5) { totalCount edges { node { naam } } } } }',
        '{ buurten { partners(first: 5) { edges { node { naam } } } } }',
      ],
      [
        '{ buurten { initiatieven(first: 5) { totalCount pageInfo { hasNextPage } } } }',
        '{ buurten { initiatieven(first: 5) { pageInfo { hasNextPage } } } }',
      ],
    ];
    for (const [met, zonder] of paren) {
      expect({ zonder, n: await minsteQueries(zonder, {}) }).toEqual({ zonder, n: (await minsteQueries(met, {})) - 1 });
    }
  });

  it('geeft per buurt de juiste partners en aantallen (batching verandert de uitkomst niet)', async () => {
    const samen = await ctx.gqlOk<{
      buurten: Array<{ code: string; partners: { totalCount: number; edges: Array<{ node: { naam: string } }> } }>;
    }>('{ buurten { code partners(first: 1) { totalCount edges { node { naam } } } } }');
    for (const b of samen.buurten.filter((x) => x.partners.totalCount > 0).slice(0, 5)) {
      const los = await ctx.gqlOk<{ buurt: { partners: { totalCount: number; edges: Array<{ node: { naam: string } }> } } }>(
        'query($c: String) { buurt(code: $c) { partners(first: 1) { totalCount edges { node { naam } } } } }',
        { c: b.code },
      );
      expect(b.partners).toEqual(los.buurt.partners);
    }
  });
});
