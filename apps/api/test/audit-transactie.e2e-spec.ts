/**
 * The generic audit record of a mutation is part of the mutation's own transaction
 * (docs/domein.md, invariant 12, SECURITY.md): committed together, or rolled back together.
 */
import { Rol, toGlobalId } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const REGISTREREN = 'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id naam } }';

describe('Audit in de transactie van de mutatie', () => {
  let ctx: TestContext;
  let beheerder: string;
  let buurtId: string;

  beforeAll(async () => {
    ctx = await testContext();
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    buurtId = (await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171001") { id } }')).buurt.id;
    // Test-only faults, keyed on a name so that other mutations are untouched:
    // - a deferred constraint trigger that fails at COMMIT, after everything was written;
    // - a trigger that refuses the audit record itself.
    await ctx.dataSource.query(`
      CREATE FUNCTION test_faal_bij_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.naam LIKE 'Faalt bij commit%' THEN RAISE EXCEPTION 'geforceerde fout bij commit'; END IF;
        RETURN NULL;
      END $$;
      CREATE CONSTRAINT TRIGGER test_faal_bij_commit AFTER INSERT ON organisatie
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_faal_bij_commit();
      CREATE FUNCTION test_weiger_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.operatie IN ('partnerKoppelen', 'gebruikerPseudonimiseren') AND NEW.details::text LIKE '%weiger-audit%' THEN
          RAISE EXCEPTION 'geforceerde fout in de audit';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_weiger_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_weiger_audit();
    `);
  });
  afterAll(async () => {
    await ctx.close();
  });

  const organisaties = async (naam: string): Promise<number> =>
    (await ctx.dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM organisatie WHERE naam = $1', [naam]))[0].n;
  const auditregels = async (operatie: string, voorwaarde = 'true', params: unknown[] = []): Promise<number> =>
    (
      await ctx.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM audit_log WHERE operatie = $1 AND ${voorwaarde}`,
        [operatie, ...params],
      )
    )[0].n;

  it('een geslaagde mutatie heeft precies één auditregel, geschreven in dezelfde transactie', async () => {
    const org = (
      await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        REGISTREREN,
        { input: { naam: 'Geslaagde vereniging', soort: 'VERENIGING', buurtIds: [buurtId] } },
        beheerder,
      )
    ).organisatieRegistreren;
    expect(await auditregels('organisatieRegistreren', 'entiteit_id = $2', [org.id])).toBe(1);

    // Same top-level transaction id: the change and its audit record commit atomically, so no
    // crash can separate them (a write outside any service transaction, so not in a savepoint).
    const gebruikerId = `koppeling-${process.pid}`;
    await ctx.gqlOk(
      'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
      { o: org.id, g: gebruikerId },
      beheerder,
    );
    const [koppeling] = await ctx.dataSource.query<Array<{ xid: string }>>(
      'SELECT xmin::text AS xid FROM partner_koppeling WHERE gebruiker_id = $1',
      [gebruikerId],
    );
    const audit = await ctx.dataSource.query<Array<{ xid: string }>>(
      `SELECT xmin::text AS xid FROM audit_log WHERE operatie = 'partnerKoppelen' AND details->'ids'->>'gebruikerId' = $1`,
      [gebruikerId],
    );
    expect(audit).toEqual([{ xid: koppeling.xid }]);
  });

  it('een mutatie die na het schrijven mislukt (fout bij de commit) laat geen wijziging en geen auditregel na', async () => {
    const naam = 'Faalt bij commit vereniging';
    const voor = await auditregels('organisatieRegistreren');
    const res = await ctx.gql(REGISTREREN, { input: { naam, soort: 'VERENIGING', buurtIds: [buurtId] } }, beheerder);
    expect(foutcodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(await organisaties(naam)).toBe(0);
    // Neither the outbox event written with it.
    const [{ n: gebeurtenissen }] = await ctx.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM webhook_gebeurtenis WHERE data->>'naam' = $1`,
      [naam],
    );
    expect(gebeurtenissen).toBe(0);
    expect(await auditregels('organisatieRegistreren')).toBe(voor);
  });

  it('zonder auditregel geen wijziging: faalt het schrijven van de audit, dan wordt de mutatie teruggedraaid', async () => {
    const org = (
      await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        REGISTREREN,
        { input: { naam: 'Audit weigert vereniging', soort: 'VERENIGING', buurtIds: [] } },
        beheerder,
      )
    ).organisatieRegistreren;
    const res = await ctx.gql(
      'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
      { o: org.id, g: 'weiger-audit' },
      beheerder,
    );
    expect(foutcodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
    const koppelingen = await ctx.dataSource.query(`SELECT 1 FROM partner_koppeling WHERE gebruiker_id = 'weiger-audit'`);
    expect(koppelingen).toHaveLength(0);
  });

  it('wat buiten de transactie van het verzoek hoort (de pseudoniemsleutel) blijft, ook als de mutatie wordt teruggedraaid', async () => {
    const sleutels = async (): Promise<number> =>
      (await ctx.dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM privacy_sleutel'))[0].n;
    expect(await sleutels()).toBe(0);
    const res = await ctx.gql(
      'mutation($g: ID!) { gebruikerPseudonimiseren(gebruikerId: $g) }',
      { g: 'weiger-audit' },
      beheerder,
    );
    expect(foutcodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
    // The key is cached in memory from now on, so it must be in the database too.
    expect(await sleutels()).toBe(1);
  });

  it('een geweigerde mutatie schrijft niets, ook geen auditregel', async () => {
    const voor = await auditregels('organisatieRegistreren');
    const res = await ctx.gql(
      REGISTREREN,
      {
        input: {
          naam: 'Onbekende buurt',
          soort: 'VERENIGING',
          buurtIds: [toGlobalId('Buurt', '00000000-0000-4000-8000-000000000000')],
        },
      },
      beheerder,
    );
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(await organisaties('Onbekende buurt')).toBe(0);
    expect(await auditregels('organisatieRegistreren')).toBe(voor);
  });

  it('gelijktijdige mutaties krijgen elk hun eigen transactie en hun eigen auditregel', async () => {
    const namen = Array.from({ length: 8 }, (_, i) => `Gelijktijdig ${i}`);
    const antwoorden = await Promise.all(
      namen.map((naam) => ctx.gql(REGISTREREN, { input: { naam, soort: 'VERENIGING', buurtIds: [buurtId] } }, beheerder)),
    );
    expect(antwoorden.flatMap((a) => foutcodes(a))).toEqual([]);
    const ids = antwoorden.map((a) => (a.data as { organisatieRegistreren: { id: string } }).organisatieRegistreren.id);
    expect(await auditregels('organisatieRegistreren', 'entiteit_id = ANY($2::text[])', [ids])).toBe(8);
  });
});
