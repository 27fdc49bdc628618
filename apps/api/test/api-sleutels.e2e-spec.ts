import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const AANMAKEN = `mutation($input: ApiSleutelInput!) { apiSleutelAanmaken(input: $input) { sleutel apiSleutel { id naam scopes organisatie { naam } } } }`;
const PUBLICEER = `mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id organisator { naam } } }`;

describe('API-sleutels voor partnersystemen', () => {
  let ctx: TestContext;
  let beheerder: string;
  let orgId: string;
  let buurtId: string;
  beforeAll(async () => {
    ctx = await testContext();
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const org = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
      'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
      { input: { naam: 'Heerlen StandBy (test)', soort: 'MAATSCHAPPELIJKE_PARTNER', buurtIds: [] } },
      beheerder,
    );
    orgId = org.organisatieRegistreren.id;
    buurtId = (await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171000") { id } }')).buurt.id;
  });
  afterAll(() => ctx.close());

  const maak = async (scopes: string[], limiet?: number) => {
    const res = await ctx.gqlOk<{ apiSleutelAanmaken: { sleutel: string; apiSleutel: { id: string } } }>(
      AANMAKEN,
      { input: { naam: `Koppeling ${scopes.join('+')}`, scopes, organisatieId: orgId } },
      beheerder,
    );
    if (limiet) {
      await ctx.dataSource.query(
        'UPDATE api_sleutel SET limiet_per_minuut = $1 WHERE id = (SELECT id FROM api_sleutel ORDER BY aangemaakt_op DESC LIMIT 1)',
        [limiet],
      );
    }
    return res.apiSleutelAanmaken;
  };

  const publiceer = (headers: Record<string, string>) => {
    let req = ctx.http().post('/graphql');
    for (const [k, v] of Object.entries(headers)) {
      req = req.set(k, v);
    }
    return req.send({
      query: PUBLICEER,
      variables: { input: { titel: 'Inloopspreekuur', begin: '2030-05-01T10:00:00+02:00', buurtId, organisatorId: orgId } },
    });
  };

  it('toont de sleutel één keer en bewaart alleen een hash', async () => {
    const { sleutel, apiSleutel } = await maak(['lezen']);
    expect(sleutel).toMatch(/^bgw_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const rijen: Array<{ hash: string }> = await ctx.dataSource.query('SELECT hash FROM api_sleutel');
    expect(JSON.stringify(rijen)).not.toContain(sleutel.slice(17));
    const lijst = await ctx.gqlOk<{ apiSleutels: Array<{ id: string }> }>('{ apiSleutels { id naam } }', {}, beheerder);
    expect(lijst.apiSleutels.map((s) => s.id)).toContain(apiSleutel.id);
    expect(JSON.stringify(lijst)).not.toContain('bgw_');
  });

  it('laat een sleutel met schrijfscope publiceren voor de eigen organisatie, via Bearer en X-API-Key', async () => {
    const { sleutel } = await maak(['lezen', 'activiteiten:schrijven']);
    const viaBearer = await publiceer({ authorization: `Bearer ${sleutel}` });
    expect(viaBearer.body.errors).toBeUndefined();
    expect(viaBearer.body.data.activiteitPubliceren.organisator.naam).toBe('Heerlen StandBy (test)');
    const viaHeader = await publiceer({ 'x-api-key': sleutel });
    expect(viaHeader.body.errors).toBeUndefined();
  });

  it('weigert een mutatie buiten de scopes van de sleutel', async () => {
    const { sleutel } = await maak(['lezen']);
    const res = await publiceer({ 'x-api-key': sleutel });
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(res.body.errors[0].message).toContain('activiteiten:schrijven');
    // Reading public data works.
    const lees = await ctx.http().post('/graphql').set('x-api-key', sleutel).send({ query: '{ activiteiten { totalCount } }' });
    expect(lees.body.errors).toBeUndefined();
  });

  it('weigert een ingetrokken, onbekende of vervalste sleutel', async () => {
    const { sleutel, apiSleutel } = await maak(['activiteiten:schrijven']);
    await ctx.gqlOk('mutation($id: ID!) { apiSleutelIntrekken(id: $id) { ingetrokkenOp } }', { id: apiSleutel.id }, beheerder);
    expect((await publiceer({ 'x-api-key': sleutel })).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const vervalst = `${sleutel.slice(0, -2)}xx`;
    expect((await publiceer({ 'x-api-key': vervalst })).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await publiceer({ 'x-api-key': 'bgw_onzin' })).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('begrenst het aantal verzoeken per sleutel met 429 en Retry-After', async () => {
    const { sleutel } = await maak(['lezen'], 3);
    const statussen: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 5; i++) {
      const res = await ctx.http().post('/graphql').set('x-api-key', sleutel).send({ query: '{ ik { naam } }' });
      statussen.push(res.status);
      retryAfter ??= res.headers['retry-after'];
    }
    expect(statussen).toEqual([200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('laat alleen een beheerder sleutels aanmaken, met bekende scopes', async () => {
    const input = { naam: 'x', scopes: ['lezen'] };
    expect(foutcodes(await ctx.gql(AANMAKEN, { input }, await ctx.tokenFor(Rol.PARTNER)))).toEqual(['FORBIDDEN']);
    expect(foutcodes(await ctx.gql(AANMAKEN, { input: { naam: 'x', scopes: ['alles'] } }, beheerder))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
