/**
 * BIO / docs/domein.md, invariant 12: every read of a resident's personal data by staff leaves an audit record
 * (at most one per request and entity), and staff can read an entity's audit trail.
 */
import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { type Opzet, zetOp } from './initiatieven.helpers';
import { type Bewoner, bewoner, type BewonerData, vulBewoner } from './privacy.helpers';

const LEZEN = `query($id: ID!) { node(id: $id) { ... on Initiatief {
  referentie indiener historie { door toelichting } besluit { verschoningen { persoon } } belangenconflicten { persoon }
} } }`;
const AUDITLOG = `query($e: String!, $id: ID!) { auditLog(entiteit: $e, entiteitId: $id) {
  id op door rollen operatie entiteit entiteitId client details
} }`;

interface Regel {
  id: string;
  op: string;
  door: string;
  rollen: string[];
  operatie: string;
  entiteit: string;
  entiteitId: string;
  client: string | null;
}

describe('Leesaudit van persoonsgegevens door medewerkers', () => {
  let ctx: TestContext;
  let o: Opzet;
  let dirk: Bewoner;
  let data: BewonerData;
  const vorigeEnv = { WEBHOOKS_UIT: process.env.WEBHOOKS_UIT };

  beforeAll(async () => {
    process.env.WEBHOOKS_UIT = 'true';
    ctx = await testContext();
    o = await zetOp(ctx, 10_000_000);
    dirk = await bewoner(ctx, 'bewoner-dirk', 'Dirk Dassen', 'dirk@example.org');
    data = await vulBewoner(ctx, o, dirk);
  });
  afterAll(async () => {
    await ctx.close();
    if (vorigeEnv.WEBHOOKS_UIT === undefined) {
      delete process.env.WEBHOOKS_UIT;
    } else {
      process.env.WEBHOOKS_UIT = vorigeEnv.WEBHOOKS_UIT;
    }
  });

  const leesregels = async (entiteitId: string) =>
    ctx.dataSource.query<Array<{ door: string; operatie: string; entiteit: string; client: string | null }>>(
      "SELECT door, operatie, entiteit, client FROM audit_log WHERE operatie LIKE 'lezen:%' AND entiteit_id = $1 ORDER BY id",
      [entiteitId],
    );

  it('schrijft één auditregel per verzoek en entiteit als een medewerker de indiener leest, en auditLog toont hem', async () => {
    const staf = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { sub: 'beleid-eva' });
    const res = await ctx
      .http()
      .post('/graphql')
      .set('authorization', `Bearer ${staf}`)
      .set('user-agent', 'Regiepaneel/1.0')
      .send({ query: LEZEN, variables: { id: data.initiatiefId } });
    expect((res.body as { data: { node: { indiener: string } } }).data.node.indiener).toBe(dirk.naam);
    // The initiator's name, the history and the conflicts were all read: still one record for this initiative.
    expect(await leesregels(data.initiatiefId)).toEqual([
      { door: 'beleid-eva', operatie: 'lezen:Initiatief.indiener', entiteit: 'Initiatief', client: 'Regiepaneel/1.0' },
    ]);
    // Objects without an id of their own (historie, belangenconflicten) count for their initiative; a
    // decision is a Node of its own (issue 18), so its reads are recorded under Besluit.
    const zonderEntiteit = await ctx.dataSource.query<unknown[]>(
      "SELECT 1 FROM audit_log WHERE operatie LIKE 'lezen:%' AND (entiteit_id IS NULL OR entiteit NOT IN ('Initiatief', 'Besluit')) AND door = 'beleid-eva'",
    );
    expect(zonderEntiteit).toEqual([]);

    const { auditLog } = await ctx.gqlOk<{ auditLog: Regel[] }>(AUDITLOG, { e: 'Initiatief', id: data.initiatiefId }, staf);
    expect(auditLog.map((r) => r.operatie)).toEqual(
      expect.arrayContaining(['initiatiefIndienen', 'besluitNemen', 'lezen:Initiatief.indiener']),
    );
    const lezing = auditLog.find((r) => r.operatie === 'lezen:Initiatief.indiener')!;
    expect(lezing).toMatchObject({
      door: 'beleid-eva',
      rollen: ['BELEIDSMEDEWERKER'],
      entiteitId: data.initiatiefId,
      client: 'Regiepaneel/1.0',
    });
    expect(Date.parse(lezing.op)).not.toBeNaN();
    // Oldest first.
    expect(auditLog.map((r) => Number(r.id))).toEqual([...auditLog.map((r) => Number(r.id))].sort((a, b) => a - b));
  });

  it('schrijft bij een lijst één regel per initiatief, en bij een volgend verzoek weer', async () => {
    const els = await bewoner(ctx, 'bewoner-els', 'Els Elzinga', 'els@example.org');
    await vulBewoner(ctx, o, els);
    const staf = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { sub: 'beleid-lijst' });
    const lijst = async () =>
      (
        await ctx.gqlOk<{ initiatieven: { edges: Array<{ node: { id: string; indiener: string | null } }> } }>(
          '{ initiatieven(first: 50) { edges { node { id indiener historie { door } } } } }',
          {},
          staf,
        )
      ).initiatieven.edges.filter((e) => e.node.indiener !== null);
    const gelezen = await lijst();
    expect(gelezen.map((e) => e.node.indiener)).toEqual(expect.arrayContaining([dirk.naam, els.naam]));
    const regels = () =>
      ctx.dataSource.query<Array<{ entiteit_id: string }>>(
        "SELECT entiteit_id FROM audit_log WHERE door = 'beleid-lijst' AND operatie LIKE 'lezen:%' ORDER BY id",
      );
    expect((await regels()).map((r) => r.entiteit_id).sort()).toEqual(gelezen.map((e) => e.node.id).sort());
    await lijst();
    expect(await regels()).toHaveLength(2 * gelezen.length);
  });

  it('schrijft niets als de bewoner de eigen gegevens leest, of als er niets persoonlijks wordt gevraagd', async () => {
    const voor = (await leesregels(data.initiatiefId)).length;
    await ctx.gqlOk(LEZEN, { id: data.initiatiefId }, dirk.token);
    await ctx.gqlOk(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { referentie status } } }',
      { id: data.initiatiefId },
      await ctx.tokenFor(Rol.BEHEERDER),
    );
    expect(await leesregels(data.initiatiefId)).toHaveLength(voor);
  });

  it('legt de export van de deelnemerslijst vast bij de bijeenkomst', async () => {
    const staf = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'regisseur-lijst' });
    const { netwerkbijeenkomstDeelnemerslijst: csv } = await ctx.gqlOk<{ netwerkbijeenkomstDeelnemerslijst: string }>(
      'query($id: ID!) { netwerkbijeenkomstDeelnemerslijst(id: $id) }',
      { id: data.bijeenkomstId },
      staf,
    );
    expect(csv).toContain(dirk.naam);
    expect(await leesregels(data.bijeenkomstId)).toEqual([
      {
        door: 'regisseur-lijst',
        operatie: 'lezen:Query.netwerkbijeenkomstDeelnemerslijst',
        entiteit: 'Netwerkbijeenkomst',
        client: null,
      },
    ]);
    const { auditLog } = await ctx.gqlOk<{ auditLog: Regel[] }>(
      AUDITLOG,
      { e: 'Netwerkbijeenkomst', id: data.bijeenkomstId },
      await ctx.tokenFor(Rol.BEHEERDER),
    );
    expect(auditLog.map((r) => r.operatie)).toContain('lezen:Query.netwerkbijeenkomstDeelnemerslijst');
  });

  it('laat auditLog alleen aan BEHEERDER en BELEIDSMEDEWERKER zien', async () => {
    for (const rol of [Rol.BEWONER, Rol.BUURTREGISSEUR, Rol.PARTNER, Rol.GRIFFIE]) {
      const res = await ctx.gql(AUDITLOG, { e: 'Initiatief', id: data.initiatiefId }, await ctx.tokenFor(rol));
      expect(foutcodes(res)).toEqual(['FORBIDDEN']);
    }
    expect(foutcodes(await ctx.gql(AUDITLOG, { e: 'Initiatief', id: data.initiatiefId }))).toEqual(['UNAUTHENTICATED']);
    const ongeldig = await ctx.gql(AUDITLOG, { e: 'DROP TABLE', id: data.initiatiefId }, await ctx.tokenFor(Rol.BEHEERDER));
    expect(foutcodes(ongeldig)).toEqual(['BAD_USER_INPUT']);
    // Also after the queries above were compiled (graphql-jit), every read record names its entity.
    const zonderEntiteit = await ctx.dataSource.query<unknown[]>(
      "SELECT 1 FROM audit_log WHERE operatie LIKE 'lezen:%' AND entiteit_id IS NULL",
    );
    expect(zonderEntiteit).toEqual([]);
  });
});
