import { SignJWT } from 'jose';
import { DEV_JWT_SECRET, Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const MEDEWERKER = `mutation($input: MedewerkerInput!) { medewerkerRegistreren(input: $input) { id naam } }`;
const geheim = new TextEncoder().encode(DEV_JWT_SECRET);

describe('Identiteit en toegang', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await testContext();
  });
  afterAll(() => ctx.close());

  const ik = (token: string | null) =>
    ctx.gql<{ ik: { naam: string; rollen: string[] } | null }>('{ ik { naam rollen } }', {}, token);

  it('geeft anoniem null voor ik, en de ingelogde gebruiker met een geldig token', async () => {
    expect((await ik(null)).data?.ik).toBeNull();
    const token = await ctx.tokenFor(Rol.BUURTREGISSEUR, { name: 'Anja Regisseur' });
    expect((await ik(token)).data?.ik).toEqual({ naam: 'Anja Regisseur', rollen: ['BUURTREGISSEUR'] });
  });

  it('weigert een verlopen token met UNAUTHENTICATED', async () => {
    const token = await new SignJWT({ roles: ['BEWONER'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('verlopen')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(geheim);
    const res = await ik(token);
    expect(foutcodes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('weigert een token dat nog niet geldig is', async () => {
    const token = await new SignJWT({ roles: ['BEWONER'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('toekomst')
      .setIssuedAt()
      .setNotBefore(Math.floor(Date.now() / 1000) + 3600)
      .setExpirationTime('2h')
      .sign(geheim);
    expect(foutcodes(await ik(token))).toEqual(['UNAUTHENTICATED']);
  });

  it('weigert alg none, een verkeerde sleutel, onbekende rollen en te grote tokens', async () => {
    const kop = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const inhoud = Buffer.from(JSON.stringify({ sub: 'x', roles: ['BEHEERDER'], exp: 9999999999 })).toString('base64url');
    expect(foutcodes(await ik(`${kop}.${inhoud}.`))).toEqual(['UNAUTHENTICATED']);

    const verkeerd = await new SignJWT({ roles: ['BEHEERDER'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('een-ander-geheim-van-minstens-32-tekens!!'));
    expect(foutcodes(await ik(verkeerd))).toEqual(['UNAUTHENTICATED']);

    const onbekend = await new SignJWT({ roles: ['SUPERUSER'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(geheim);
    expect(foutcodes(await ik(onbekend))).toEqual(['UNAUTHENTICATED']);

    expect(foutcodes(await ik('a'.repeat(9000)))).toEqual(['UNAUTHENTICATED']);
    expect(foutcodes(await ik('geen.jwt'))).toEqual(['UNAUTHENTICATED']);
  });

  it('weigert een andere Authorization-vorm dan Bearer', async () => {
    const res = await ctx.http().post('/graphql').set('authorization', 'Basic dXNlcjpwYXNz').send({ query: '{ ik { naam } }' });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('vraagt inloggen voor een mutatie zonder token en weigert een bewoner', async () => {
    const input = { naam: 'Piet', functie: 'Buurtregisseur', buurtIds: [] };
    const anoniem = await ctx.gql(MEDEWERKER, { input });
    expect(foutcodes(anoniem)).toEqual(['UNAUTHENTICATED']);
    expect(anoniem.data?.medewerkerRegistreren ?? null).toBeNull();
    const bewoner = await ctx.gql(MEDEWERKER, { input }, await ctx.tokenFor(Rol.BEWONER));
    expect(foutcodes(bewoner)).toEqual(['FORBIDDEN']);
    const beheerder = await ctx.gql(MEDEWERKER, { input }, await ctx.tokenFor(Rol.BEHEERDER));
    expect(beheerder.errors).toBeUndefined();
  });

  it('toont de buurtregisseur op de buurt na registratie', async () => {
    const { buurt } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171001") { id } }');
    await ctx.gqlOk(
      MEDEWERKER,
      { input: { naam: 'Mila Regisseur', functie: 'Buurtregisseur', email: 'mila@heerlen.invalid', buurtIds: [buurt.id] } },
      await ctx.tokenFor(Rol.BEHEERDER),
    );
    const res = await ctx.gqlOk<{ buurt: { buurtregisseur: { naam: string; buurten: Array<{ code: string }> } } }>(
      '{ buurt(code: "BU09171001") { buurtregisseur { naam buurten { code } } } }',
    );
    expect(res.buurt.buurtregisseur).toEqual({ naam: 'Mila Regisseur', buurten: [{ code: 'BU09171001' }] });
  });

  it('geeft bij ongeldige invoer alle foute velden tegelijk terug', async () => {
    const res = await ctx.gql(
      MEDEWERKER,
      { input: { naam: '   ', functie: 'x'.repeat(10_000), email: 'geen-email', buurtIds: ['fout-id'] } },
      await ctx.tokenFor(Rol.BEHEERDER),
    );
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    const velden = res.errors?.[0].extensions?.velden?.map((v) => v.veld).sort();
    expect(velden).toEqual(['input.email', 'input.functie', 'input.naam']);
  });

  it('weigert onbekende buurt-ids met de naam van het veld', async () => {
    const res = await ctx.gql(
      MEDEWERKER,
      { input: { naam: 'Piet', functie: 'Regisseur', buurtIds: ['fout-id'] } },
      await ctx.tokenFor(Rol.BEHEERDER),
    );
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].extensions?.velden?.[0].veld).toBe('input.buurtIds[0]');
  });
});

describe('Audittrail', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await testContext();
  });
  afterAll(() => ctx.close());

  it('legt elke geslaagde mutatie vast met wie, wat, wanneer en welk object, zonder persoonsgegevens', async () => {
    const token = await ctx.tokenFor(Rol.BEHEERDER, { sub: 'beheerder-audit' });
    const res = await ctx.gqlOk<{ medewerkerRegistreren: { id: string } }>(
      MEDEWERKER,
      { input: { naam: 'Geheime Naam', functie: 'Buurtregisseur', email: 'geheim@heerlen.invalid', buurtIds: [] } },
      token,
    );
    const rijen: Array<{ door: string; operatie: string; entiteit: string; entiteit_id: string; details: unknown }> =
      await ctx.dataSource.query('SELECT door, operatie, entiteit, entiteit_id, details FROM audit_log');
    expect(rijen).toHaveLength(1);
    expect(rijen[0]).toMatchObject({
      door: 'beheerder-audit',
      operatie: 'medewerkerRegistreren',
      entiteit: 'Medewerker',
      entiteit_id: res.medewerkerRegistreren.id,
    });
    expect(JSON.stringify(rijen[0].details)).not.toMatch(/Geheime|geheim@/);
    // A refused mutation changes nothing and leaves no audit record.
    await ctx.gql(MEDEWERKER, { input: { naam: 'X', functie: 'Y', buurtIds: [] } }, await ctx.tokenFor(Rol.BEWONER));
    expect(await ctx.dataSource.query('SELECT count(*)::int AS n FROM audit_log')).toEqual([{ n: 1 }]);
  });

  it('laat niemand auditregels wijzigen of wissen', async () => {
    await expect(ctx.dataSource.query(`UPDATE audit_log SET door = 'iemand anders'`)).rejects.toThrow(/alleen-toevoegen/);
    await expect(ctx.dataSource.query('DELETE FROM audit_log')).rejects.toThrow(/alleen-toevoegen/);
    await expect(ctx.dataSource.query('TRUNCATE audit_log')).rejects.toThrow(/alleen-toevoegen/);
  });
});
