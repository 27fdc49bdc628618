import { Rol } from '@buurtwerk/core';
import { foutcodes, type GqlAntwoord, type TestContext, testContext } from '../../../test/harness';

/** The public register of side positions (Gemeentewet art. 12 / 41b, docs/domein.md, invariants 7 and 12). */
describe('Nevenfunctieregister', () => {
  let ctx: TestContext;
  let griffie: string;
  let beheerder: string;
  let bewoner: string;

  const AMBTSDRAGER = `mutation($input: AmbtsdragerInput!) { ambtsdragerRegistreren(input: $input) { id naam functie partij vanaf tot } }`;
  const MELDEN = `mutation($input: NevenfunctieInput!) {
    nevenfunctieMelden(input: $input) { id organisatieNaam functie bezoldigd vanaf tot gemeldOp organisatie { id naam } ambtsdrager { id naam } }
  }`;
  const BEEINDIGEN = `mutation($id: ID!, $tot: Date!) { nevenfunctieBeeindigen(id: $id, tot: $tot) { id vanaf tot } }`;
  const REGISTER = `query($ambtsdragerId: ID, $organisatieId: ID, $peildatum: Date) {
    nevenfunctieregister(ambtsdragerId: $ambtsdragerId, organisatieId: $organisatieId, peildatum: $peildatum) {
      id organisatieNaam functie vanaf tot ambtsdrager { naam } organisatie { naam }
    }
  }`;

  type Rij = { id: string; organisatieNaam: string; functie: string; vanaf: string; tot: string | null };

  const ambtsdrager = async (input: Record<string, unknown> = {}, token = griffie) =>
    (
      await ctx.gqlOk<{ ambtsdragerRegistreren: { id: string } }>(
        AMBTSDRAGER,
        { input: { naam: 'Ria Raadslid', functie: 'RAADSLID', partij: 'Buurtpartij', vanaf: '2026-03-30', ...input } },
        token,
      )
    ).ambtsdragerRegistreren;

  const organisatie = async (naam: string) =>
    (
      await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam, soort: 'STICHTING', buurtIds: [] } },
        beheerder,
      )
    ).organisatieRegistreren;

  const melden = (input: Record<string, unknown>, token: string | null = griffie) =>
    ctx.gql<{
      nevenfunctieMelden: Rij & { organisatie: { id: string; naam: string } | null; ambtsdrager: { id: string; naam: string } };
    }>(
      MELDEN,
      {
        input: {
          organisatieNaam: 'Voetbalvereniging Heerlen',
          functie: 'Voorzitter',
          bezoldigd: false,
          vanaf: '2026-04-01',
          ...input,
        },
      },
      token,
    );

  const register = async (vars: Record<string, unknown> = {}) =>
    (
      await ctx.gqlOk<{
        nevenfunctieregister: Array<Rij & { ambtsdrager: { naam: string }; organisatie: { naam: string } | null }>;
      }>(REGISTER, vars)
    ).nevenfunctieregister;

  const velden = (res: GqlAntwoord) => (res.errors ?? []).flatMap((e) => (e.extensions?.velden ?? []).map((v) => v.veld));

  beforeAll(async () => {
    ctx = await testContext();
    griffie = await ctx.tokenFor(Rol.GRIFFIE, { sub: 'griffier-1' });
    beheerder = await ctx.tokenFor(Rol.BEHEERDER, { sub: 'beheerder-1' });
    bewoner = await ctx.tokenFor(Rol.BEWONER);
  });
  afterAll(() => ctx.close());

  describe('register met geschiedenis', () => {
    it('houdt een beëindigde nevenfunctie zichtbaar met haar einddatum en filtert op peildatum', async () => {
      const a = await ambtsdrager({ naam: 'Harrie Historie' });
      const org = await organisatie('Stichting Geschiedenis');
      const oud = (
        await melden({
          ambtsdragerId: a.id,
          organisatieId: org.id,
          organisatieNaam: 'Stichting Geschiedenis',
          vanaf: '2026-04-01',
        })
      ).data!.nevenfunctieMelden;
      const nieuw = (
        await melden({
          ambtsdragerId: a.id,
          organisatieNaam: 'Harmonie St. Caecilia',
          functie: 'Penningmeester',
          bezoldigd: true,
          vanaf: '2027-01-01',
        })
      ).data!.nevenfunctieMelden;
      expect(oud.organisatie?.naam).toBe('Stichting Geschiedenis');
      expect(oud.ambtsdrager).toEqual({ id: a.id, naam: 'Harrie Historie' });
      expect(nieuw.organisatie).toBeNull();

      const beeindigd = await ctx.gqlOk<{ nevenfunctieBeeindigen: Rij }>(BEEINDIGEN, { id: oud.id, tot: '2026-12-31' }, griffie);
      expect(beeindigd.nevenfunctieBeeindigen).toEqual({ id: oud.id, vanaf: '2026-04-01', tot: '2026-12-31' });

      // Without peildatum: the whole history, the ended position included with its tot.
      const alles = await register({ ambtsdragerId: a.id });
      expect(alles.map((r) => [r.organisatieNaam, r.tot])).toEqual([
        ['Stichting Geschiedenis', '2026-12-31'],
        ['Harmonie St. Caecilia', null],
      ]);
      // On a date: what was active then (tot is the last day, inclusive).
      expect((await register({ ambtsdragerId: a.id, peildatum: '2026-12-31' })).map((r) => r.organisatieNaam)).toEqual([
        'Stichting Geschiedenis',
      ]);
      expect((await register({ ambtsdragerId: a.id, peildatum: '2027-06-01' })).map((r) => r.organisatieNaam)).toEqual([
        'Harmonie St. Caecilia',
      ]);
      expect(await register({ ambtsdragerId: a.id, peildatum: '2026-01-01' })).toEqual([]);
      // Filter by organisation (by its id, the identity link).
      expect((await register({ organisatieId: org.id })).map((r) => r.id)).toEqual([oud.id]);

      // The same through Ambtsdrager.nevenfuncties(peildatum).
      const { ambtsdragers } = await ctx.gqlOk<{ ambtsdragers: Array<{ id: string; historie: Rij[]; nu: Rij[] }> }>(
        '{ ambtsdragers { id historie: nevenfuncties { organisatieNaam tot } nu: nevenfuncties(peildatum: "2027-06-01") { organisatieNaam } } }',
      );
      const harrie = ambtsdragers.find((x) => x.id === a.id)!;
      expect(harrie.historie).toEqual([
        { organisatieNaam: 'Stichting Geschiedenis', tot: '2026-12-31' },
        { organisatieNaam: 'Harmonie St. Caecilia', tot: null },
      ]);
      expect(harrie.nu).toEqual([{ organisatieNaam: 'Harmonie St. Caecilia' }]);
    });

    it('beëindigen verwijdert nooit: de rij blijft en de database weigert een DELETE', async () => {
      const a = await ambtsdrager();
      const n = (await melden({ ambtsdragerId: a.id })).data!.nevenfunctieMelden;
      await ctx.gqlOk(BEEINDIGEN, { id: n.id, tot: '2026-05-01' }, griffie);
      // Ending again on the same date changes nothing (idempotent).
      await ctx.gqlOk(BEEINDIGEN, { id: n.id, tot: '2026-05-01' }, griffie);
      const rows = await ctx.dataSource.query<Array<{ tot: string }>>(
        `SELECT to_char(tot, 'YYYY-MM-DD') AS tot FROM nevenfunctie WHERE id = $1`,
        [Buffer.from(n.id, 'base64url').toString().split(':')[1]],
      );
      expect(rows).toEqual([{ tot: '2026-05-01' }]);
      await expect(ctx.dataSource.query('DELETE FROM nevenfunctie')).rejects.toThrow(/nooit verwijderd/);
    });

    it('vindt ambtsdrager en nevenfunctie via node(id)', async () => {
      const a = await ambtsdrager({ naam: 'Nora Node', functie: 'WETHOUDER' });
      const n = (await melden({ ambtsdragerId: a.id })).data!.nevenfunctieMelden;
      const data = await ctx.gqlOk<{
        a: { __typename: string; naam: string };
        n: { __typename: string; functie: string; ambtsdrager: { naam: string } };
      }>(
        `query($a: ID!, $n: ID!) {
          a: node(id: $a) { __typename ... on Ambtsdrager { naam } }
          n: node(id: $n) { __typename ... on Nevenfunctie { functie ambtsdrager { naam } } }
        }`,
        { a: a.id, n: n.id },
      );
      expect(data.a).toEqual({ __typename: 'Ambtsdrager', naam: 'Nora Node' });
      expect(data.n).toEqual({ __typename: 'Nevenfunctie', functie: 'Voorzitter', ambtsdrager: { naam: 'Nora Node' } });
    });

    it('toont de inlogkoppeling van een ambtsdrager niet in de openbare API', async () => {
      const res = await ctx.gql('{ ambtsdragers { gebruikerId } }');
      expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('toegang', () => {
    it('laat iedereen zonder inloggen het register lezen', async () => {
      const a = await ambtsdrager({ naam: 'Openbare Olga' });
      await melden({ ambtsdragerId: a.id });
      const res = await ctx.gql<{ ambtsdragers: Array<{ naam: string }>; nevenfunctieregister: unknown[] }>(
        '{ ambtsdragers { naam } nevenfunctieregister { id } }',
        {},
        null,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.ambtsdragers.map((x) => x.naam)).toContain('Openbare Olga');
      expect(res.data!.nevenfunctieregister.length).toBeGreaterThan(0);
    });

    it('laat griffie en beheerder het register bijhouden', async () => {
      const a = await ambtsdrager({}, beheerder);
      expect((await melden({ ambtsdragerId: a.id }, beheerder)).errors).toBeUndefined();
      expect((await melden({ ambtsdragerId: a.id }, griffie)).errors).toBeUndefined();
    });

    it.each([
      ['een bewoner', Rol.BEWONER, 'FORBIDDEN'],
      ['een partner', Rol.PARTNER, 'FORBIDDEN'],
      ['een beleidsmedewerker', Rol.BELEIDSMEDEWERKER, 'FORBIDDEN'],
      ['iemand zonder inlog', null, 'UNAUTHENTICATED'],
    ])('weigert %s het register te wijzigen', async (_wie, rol, code) => {
      const token = rol ? await ctx.tokenFor(rol) : null;
      const a = await ambtsdrager();
      const n = (await melden({ ambtsdragerId: a.id })).data!.nevenfunctieMelden;
      expect(
        foutcodes(await ctx.gql(AMBTSDRAGER, { input: { naam: 'X', functie: 'RAADSLID', vanaf: '2026-01-01' } }, token)),
      ).toEqual([code]);
      expect(foutcodes(await melden({ ambtsdragerId: a.id }, token))).toEqual([code]);
      expect(foutcodes(await ctx.gql(BEEINDIGEN, { id: n.id, tot: '2027-01-01' }, token))).toEqual([code]);
      // Nothing changed.
      expect((await register({ ambtsdragerId: a.id })).map((r) => r.tot)).toEqual([null]);
    });
  });

  describe('ongeldige invoer', () => {
    it('weigert lege en te lange teksten en noemt elk veld', async () => {
      const leeg = await ctx.gql(
        AMBTSDRAGER,
        { input: { naam: '   ', functie: 'RAADSLID', partij: 'p'.repeat(10_000), vanaf: '2026-01-01' } },
        griffie,
      );
      expect(foutcodes(leeg)).toEqual(['BAD_USER_INPUT']);
      expect(velden(leeg).sort()).toEqual(['input.naam', 'input.partij']);

      const a = await ambtsdrager();
      const lang = await melden({ ambtsdragerId: a.id, organisatieNaam: 'o'.repeat(10_000), functie: '' });
      expect(foutcodes(lang)).toEqual(['BAD_USER_INPUT']);
      expect(velden(lang).sort()).toEqual(['input.functie', 'input.organisatieNaam']);

      const langeSub = await ctx.gql(
        AMBTSDRAGER,
        { input: { naam: 'X', functie: 'RAADSLID', vanaf: '2026-01-01', gebruikerId: 's'.repeat(10_000) } },
        griffie,
      );
      expect(velden(langeSub)).toEqual(['input.gebruikerId']);
    });

    it('weigert ids van het verkeerde soort, onzin-ids en onbekende ids', async () => {
      const org = await organisatie('Stichting Verkeerd Id');
      const a = await ambtsdrager();
      expect(velden(await melden({ ambtsdragerId: org.id }))).toEqual(['input.ambtsdragerId']);
      expect(velden(await melden({ ambtsdragerId: 'onzin' }))).toEqual(['input.ambtsdragerId']);
      expect(velden(await melden({ ambtsdragerId: a.id, organisatieId: a.id }))).toEqual(['input.organisatieId']);
      const onbekendeAmbtsdrager = Buffer.from('Ambtsdrager:00000000-0000-4000-8000-000000000000').toString('base64url');
      const onbekendeOrganisatie = Buffer.from('Organisatie:00000000-0000-4000-8000-000000000000').toString('base64url');
      expect(velden(await melden({ ambtsdragerId: onbekendeAmbtsdrager }))).toEqual(['input.ambtsdragerId']);
      expect(velden(await melden({ ambtsdragerId: a.id, organisatieId: onbekendeOrganisatie }))).toEqual(['input.organisatieId']);

      const onbekendeNevenfunctie = Buffer.from('Nevenfunctie:00000000-0000-4000-8000-000000000000').toString('base64url');
      expect(foutcodes(await ctx.gql(BEEINDIGEN, { id: onbekendeNevenfunctie, tot: '2027-01-01' }, griffie))).toEqual([
        'NOT_FOUND',
      ]);
      expect(foutcodes(await ctx.gql(BEEINDIGEN, { id: a.id, tot: '2027-01-01' }, griffie))).toEqual(['BAD_USER_INPUT']);
      expect(foutcodes(await ctx.gql(REGISTER, { ambtsdragerId: org.id }))).toEqual(['BAD_USER_INPUT']);
      expect(foutcodes(await ctx.gql(REGISTER, { organisatieId: 'x'.repeat(10_000) }))).toEqual(['BAD_USER_INPUT']);
    });

    it('weigert een einddatum voor de begindatum en ongeldige datums', async () => {
      expect(
        velden(
          await ctx.gql(
            AMBTSDRAGER,
            { input: { naam: 'X', functie: 'RAADSLID', vanaf: '2026-05-01', tot: '2026-04-30' } },
            griffie,
          ),
        ),
      ).toEqual(['input.tot']);
      const a = await ambtsdrager();
      expect(velden(await melden({ ambtsdragerId: a.id, vanaf: '2026-05-01', tot: '2026-04-30' }))).toEqual(['input.tot']);
      const n = (await melden({ ambtsdragerId: a.id, vanaf: '2026-05-01' })).data!.nevenfunctieMelden;
      const teVroeg = await ctx.gql(BEEINDIGEN, { id: n.id, tot: '2026-04-30' }, griffie);
      expect(foutcodes(teVroeg)).toEqual(['BAD_USER_INPUT']);
      expect(velden(teVroeg)).toEqual(['tot']);
      expect(teVroeg.errors![0].message).toContain('2026-05-01');
      expect(foutcodes(await ctx.gql(BEEINDIGEN, { id: n.id, tot: '2026-02-30' }, griffie))).toEqual(['BAD_USER_INPUT']);
      expect(
        foutcodes(await ctx.gql(AMBTSDRAGER, { input: { naam: 'X', functie: 'KONING', vanaf: '2026-01-01' } }, griffie)),
      ).toEqual(['BAD_USER_INPUT']);
      // The refused end date left the position open.
      expect((await register({ ambtsdragerId: a.id })).map((r) => r.tot)).toEqual([null]);
    });
  });

  describe('audit', () => {
    it('schrijft bij elke wijziging een record met wie, wat, wanneer en welke entiteit', async () => {
      const a = await ambtsdrager({ naam: 'Audit Annie', gebruikerId: 'sub-annie' });
      const n = (await melden({ ambtsdragerId: a.id })).data!.nevenfunctieMelden;
      await ctx.gqlOk(BEEINDIGEN, { id: n.id, tot: '2026-06-01' }, beheerder);
      const dbId = (g: string) => Buffer.from(g, 'base64url').toString().split(':')[1];
      const rows = await ctx.dataSource.query<
        Array<{ door: string; actie: string; entiteit: string; entiteit_id: string; details: Record<string, unknown>; op: Date }>
      >(
        `SELECT door, actie, entiteit, entiteit_id, details, op FROM register_audit WHERE entiteit_id = ANY($1::uuid[]) ORDER BY op, actie`,
        [[dbId(a.id), dbId(n.id)]],
      );
      expect(rows.map((r) => [r.door, r.actie, r.entiteit, r.entiteit_id])).toEqual([
        ['griffier-1', 'AMBTSDRAGER_GEREGISTREERD', 'Ambtsdrager', dbId(a.id)],
        ['griffier-1', 'NEVENFUNCTIE_GEMELD', 'Nevenfunctie', dbId(n.id)],
        ['beheerder-1', 'NEVENFUNCTIE_BEEINDIGD', 'Nevenfunctie', dbId(n.id)],
      ]);
      expect(rows[2].details).toEqual({ tot: '2026-06-01', vorigeTot: null });
      expect(rows.every((r) => r.op instanceof Date)).toBe(true);
      // The sign-in link is recorded as a fact, not copied into the audit trail.
      expect(JSON.stringify(rows[0].details)).not.toContain('sub-annie');
    });

    it('laat niemand een auditrecord wijzigen of verwijderen, ook de database-eigenaar niet', async () => {
      await ambtsdrager();
      const [{ aantal }] = await ctx.dataSource.query<Array<{ aantal: number }>>(
        'SELECT count(*)::int AS aantal FROM register_audit',
      );
      expect(aantal).toBeGreaterThan(0);
      await expect(ctx.dataSource.query(`UPDATE register_audit SET actie = 'VERVALST'`)).rejects.toThrow(
        /alleen-toevoegen: UPDATE/,
      );
      await expect(ctx.dataSource.query('DELETE FROM register_audit')).rejects.toThrow(/alleen-toevoegen: DELETE/);
      await expect(ctx.dataSource.query('TRUNCATE register_audit')).rejects.toThrow(/alleen-toevoegen: TRUNCATE/);
      const [{ na }] = await ctx.dataSource.query<Array<{ na: number }>>(
        `SELECT count(*)::int AS na FROM register_audit WHERE actie <> 'VERVALST'`,
      );
      expect(na).toBe(aantal);
    });

    it('schrijft niets bij een geweigerde wijziging', async () => {
      const [{ voor }] = await ctx.dataSource.query<Array<{ voor: number }>>('SELECT count(*)::int AS voor FROM register_audit');
      await ctx.gql(AMBTSDRAGER, { input: { naam: 'X', functie: 'RAADSLID', vanaf: '2026-01-01' } }, bewoner);
      await ctx.gql(AMBTSDRAGER, { input: { naam: 'X', functie: 'RAADSLID', vanaf: '2026-05-01', tot: '2026-01-01' } }, griffie);
      const [{ na }] = await ctx.dataSource.query<Array<{ na: number }>>('SELECT count(*)::int AS na FROM register_audit');
      expect(na).toBe(voor);
    });
  });
});
