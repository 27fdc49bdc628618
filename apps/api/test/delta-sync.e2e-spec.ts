/**
 * Delta sync as a partner does it: mirror the activities through `activiteiten(gewijzigdSinds)`
 * and `verwijderd(sinds)` while they are being published, changed and deleted at the same time.
 * When the changes stop, one more sync leaves a mirror identical to the source.
 */
import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

interface Activiteit {
  id: string;
  titel: string;
  geannuleerd: boolean;
  gewijzigdOp: string;
}

const PUBLICEER = `mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }`;
const WIJZIGINGEN = `query($sinds: DateTime, $after: String) {
  activiteiten(gewijzigdSinds: $sinds, first: 7, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { id titel geannuleerd gewijzigdOp } } } }`;
const VERWIJDERD = `query($sinds: DateTime!, $after: String) {
  verwijderd(sinds: $sinds, first: 7, after: $after) { pageInfo { hasNextPage endCursor } edges { node { entiteit id verwijderdOp } } } }`;

/**
 * A change commits with the time its transaction started; a partner therefore starts the next
 * round a safety margin before the newest change it saw. It may see an item twice, never miss one.
 */
const MARGE_MS = 5_000;

describe('Delta-sync van activiteiten met verwijderingen', () => {
  let ctx: TestContext;
  let beheerder: string;
  let buurtId: string;
  beforeAll(async () => {
    ctx = await testContext();
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    buurtId = (await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09173300") { id } }')).buurt.id;
  });
  afterAll(() => ctx.close());

  const publiceer = async (i: number) =>
    (
      await ctx.gqlOk<{ activiteitPubliceren: { id: string } }>(
        PUBLICEER,
        { input: { titel: `Activiteit ${i}`, begin: '2030-06-01T10:00:00+02:00', buurtId } },
        beheerder,
      )
    ).activiteitPubliceren.id;

  async function synchroniseer(spiegel: Map<string, Activiteit>, sinds: string | null): Promise<string | null> {
    let nieuwste = sinds;
    let after: string | null = null;
    do {
      const {
        activiteiten,
      }: { activiteiten: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Activiteit }> } } =
        await ctx.gqlOk(WIJZIGINGEN, { sinds, after });
      for (const { node } of activiteiten.edges) {
        spiegel.set(node.id, node);
        nieuwste = nieuwste === null || node.gewijzigdOp > nieuwste ? node.gewijzigdOp : nieuwste;
      }
      after = activiteiten.pageInfo.hasNextPage ? activiteiten.pageInfo.endCursor : null;
    } while (after);
    after = null;
    do {
      const {
        verwijderd,
      }: {
        verwijderd: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: Array<{ node: { id: string; verwijderdOp: string } }>;
        };
      } = await ctx.gqlOk(VERWIJDERD, { sinds: sinds ?? '2000-01-01T00:00:00Z', after });
      for (const { node } of verwijderd.edges) {
        spiegel.delete(node.id);
        nieuwste = nieuwste === null || node.verwijderdOp > nieuwste ? node.verwijderdOp : nieuwste;
      }
      after = verwijderd.pageInfo.hasNextPage ? verwijderd.pageInfo.endCursor : null;
    } while (after);
    return nieuwste === null ? null : new Date(Date.parse(nieuwste) - MARGE_MS).toISOString();
  }

  it('eindigt met een spiegel die gelijk is aan de bron, ook als er tijdens het synchroniseren wordt gewijzigd', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      ids.push(await publiceer(i));
    }
    const spiegel = new Map<string, Activiteit>();
    let sinds = await synchroniseer(spiegel, null);
    expect(spiegel.size).toBe(20);

    // Writer: publishes, cancels and deletes, interleaved with the partner's sync rounds.
    let klaar = false;
    const schrijver = (async () => {
      for (let i = 20; i < 50; i++) {
        const id = await publiceer(i);
        ids.push(id);
        if (i % 3 === 0) {
          await ctx.gqlOk('mutation($id: ID!) { activiteitAnnuleren(id: $id) { id } }', { id: ids[i - 15] }, beheerder);
        }
        if (i % 4 === 0) {
          const weg = ids.splice(i % 17, 1)[0];
          await ctx.gqlOk('mutation($id: ID!) { activiteitVerwijderen(id: $id) }', { id: weg }, beheerder);
        }
      }
      klaar = true;
    })();
    let rondes = 0;
    while (!klaar && rondes < 200) {
      sinds = await synchroniseer(spiegel, sinds);
      rondes += 1;
    }
    await schrijver;
    await synchroniseer(spiegel, sinds);
    expect(rondes).toBeGreaterThan(1);

    // The source, read in full.
    const bron = new Map<string, Activiteit>();
    await synchroniseer(bron, null);
    expect([...spiegel.keys()].sort()).toEqual([...bron.keys()].sort());
    for (const [id, a] of bron) {
      expect(spiegel.get(id)).toEqual(a);
    }
  }, 120_000);

  it('laat alleen wie mag een activiteit verwijderen, en een verwijderde activiteit is weg', async () => {
    const id = await publiceer(99);
    const bewoner = await ctx.tokenFor(Rol.BEWONER);
    expect(foutcodes(await ctx.gql('mutation($id: ID!) { activiteitVerwijderen(id: $id) }', { id }, bewoner))).toEqual([
      'FORBIDDEN',
    ]);
    await ctx.gqlOk('mutation($id: ID!) { activiteitVerwijderen(id: $id) }', { id }, beheerder);
    expect((await ctx.gqlOk<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', { id })).node).toBeNull();
    const nogmaals = await ctx.gql('mutation($id: ID!) { activiteitVerwijderen(id: $id) }', { id }, beheerder);
    expect(foutcodes(nogmaals)).toEqual(['NOT_FOUND']);
  });
});
