/** The staff work queue shows how each initiative stands against its legal decision deadline. */
import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, opslaan, zetOp } from './initiatieven.helpers';

describe('Werkvoorraad: termijnbewaking', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await testContext();
  });
  afterAll(() => ctx.close());

  it('markeert ingediende initiatieven op tijd, bijna verlopen of verlopen', async () => {
    const opzet = await zetOp(ctx, 1_000_000);
    const bewoner = await ctx.tokenFor(Rol.BEWONER);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const concept = await opslaan(ctx, bewoner, initiatiefInput(opzet, 10_000, 2_000, { titel: `Initiatief ${i}` }));
      await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, bewoner);
      ids.push(concept.id);
    }
    // Move two deadlines: one in three days, one already past (as if the file lay untouched).
    const dbIds = ids.map((g) => Buffer.from(g, 'base64url').toString('utf8').split(':')[1]);
    await ctx.dataSource.query(
      `UPDATE initiatief SET beslissen_uiterlijk = (now() AT TIME ZONE 'Europe/Amsterdam')::date + 3 WHERE id = $1`,
      [dbIds[1]],
    );
    await ctx.dataSource.query(
      `UPDATE initiatief SET beslissen_uiterlijk = (now() AT TIME ZONE 'Europe/Amsterdam')::date - 2 WHERE id = $1`,
      [dbIds[2]],
    );

    const staf = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
    const { initiatieven } = await ctx.gqlOk<{
      initiatieven: { edges: Array<{ node: { id: string; termijnStatus: string | null } }> };
    }>('{ initiatieven(first: 10) { edges { node { id termijnStatus } } } }', {}, staf);
    const status = new Map(initiatieven.edges.map((e) => [e.node.id, e.node.termijnStatus]));
    expect([status.get(ids[0]), status.get(ids[1]), status.get(ids[2])]).toEqual(['OP_TIJD', 'BIJNA_VERLOPEN', 'VERLOPEN']);
    // Ordered by deadline: the overdue one first.
    expect(initiatieven.edges[0].node.id).toBe(ids[2]);
  });
});
