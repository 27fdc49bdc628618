import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

/**
 * The griffie corrects a registered side position (docs/domein.md, invariant 7: the register is public and
 * kept with history). The public register shows the corrected state; the register audit keeps
 * what it was before and after.
 */
describe('Nevenfunctie corrigeren', () => {
  let ctx: TestContext;
  let griffie: string;
  let ambtsdragerId: string;
  let organisatieId: string;

  const CORRIGEREN = `mutation($id: ID!, $input: NevenfunctieCorrigerenInput!) {
    nevenfunctieCorrigeren(id: $id, input: $input) { id functie organisatieNaam bezoldigd vanaf tot organisatie { naam } }
  }`;
  const REGISTER = `{ nevenfunctieregister { id functie organisatieNaam bezoldigd vanaf tot organisatie { naam } } }`;

  type Rij = {
    id: string;
    functie: string;
    organisatieNaam: string;
    bezoldigd: boolean;
    vanaf: string;
    tot: string | null;
    organisatie: { naam: string } | null;
  };

  const melden = async (input: Record<string, unknown> = {}) =>
    (
      await ctx.gqlOk<{ nevenfunctieMelden: { id: string } }>(
        'mutation($input: NevenfunctieInput!) { nevenfunctieMelden(input: $input) { id } }',
        {
          input: {
            ambtsdragerId,
            organisatieNaam: 'Voetbalvereniging Heerlen',
            functie: 'Voorzitter',
            bezoldigd: false,
            vanaf: '2026-04-01',
            ...input,
          },
        },
        griffie,
      )
    ).nevenfunctieMelden.id;

  const corrigeren = (id: string, input: Record<string, unknown>, token: string | null = griffie) =>
    ctx.gql<{ nevenfunctieCorrigeren: Rij }>(CORRIGEREN, { id, input }, token);

  const inRegister = async (id: string) =>
    (await ctx.gqlOk<{ nevenfunctieregister: Rij[] }>(REGISTER)).nevenfunctieregister.find((r) => r.id === id);

  const audit = (id: string) =>
    ctx.dataSource.query<Array<{ door: string; actie: string; details: Record<string, unknown> }>>(
      'SELECT door, actie, details FROM register_audit WHERE entiteit_id = $1 ORDER BY op, id',
      [Buffer.from(id, 'base64url').toString().split(':')[1]],
    );

  beforeAll(async () => {
    ctx = await testContext();
    griffie = await ctx.tokenFor(Rol.GRIFFIE, { sub: 'griffier-corr' });
    ambtsdragerId = (
      await ctx.gqlOk<{ ambtsdragerRegistreren: { id: string } }>(
        'mutation($input: AmbtsdragerInput!) { ambtsdragerRegistreren(input: $input) { id } }',
        { input: { naam: 'Ria Raadslid', functie: 'RAADSLID', vanaf: '2026-03-30' } },
        griffie,
      )
    ).ambtsdragerRegistreren.id;
    organisatieId = (
      await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam: 'Stichting Buurtgroen', soort: 'STICHTING', buurtIds: [] } },
        await ctx.tokenFor(Rol.BEHEERDER),
      )
    ).organisatieRegistreren.id;
  });
  afterAll(() => ctx.close());

  it('verbetert functie, organisatie, bezoldiging en begindatum; het openbare register toont de nieuwe stand', async () => {
    const id = await melden();
    const res = await corrigeren(id, {
      functie: ' Penningmeester ',
      organisatieId,
      organisatieNaam: 'Stichting Buurtgroen',
      bezoldigd: true,
      vanaf: '2026-03-01',
    });
    expect(foutcodes(res)).toEqual([]);
    const verwacht = {
      id,
      functie: 'Penningmeester',
      organisatieNaam: 'Stichting Buurtgroen',
      bezoldigd: true,
      vanaf: '2026-03-01',
      tot: null,
      organisatie: { naam: 'Stichting Buurtgroen' },
    };
    expect(res.data!.nevenfunctieCorrigeren).toEqual(verwacht);
    expect(await inRegister(id)).toEqual(verwacht);
    const regels = await audit(id);
    expect(regels.map((r) => r.actie)).toEqual(['NEVENFUNCTIE_GEMELD', 'NEVENFUNCTIE_GECORRIGEERD']);
    expect(regels[1]).toMatchObject({
      door: 'griffier-corr',
      details: {
        voor: {
          functie: 'Voorzitter',
          organisatieId: null,
          organisatieNaam: 'Voetbalvereniging Heerlen',
          bezoldigd: false,
          vanaf: '2026-04-01',
        },
        na: { functie: 'Penningmeester', organisatieNaam: 'Stichting Buurtgroen', bezoldigd: true, vanaf: '2026-03-01' },
      },
    });
  });

  it('wist een per vergissing ingevulde einddatum met tot: null; zonder tot blijft de einddatum staan', async () => {
    const id = await melden({ tot: '2026-12-31' });
    // Left out: unchanged.
    expect((await corrigeren(id, { functie: 'Secretaris' })).data!.nevenfunctieCorrigeren.tot).toBe('2026-12-31');
    const res = await corrigeren(id, { tot: null });
    expect(res.data!.nevenfunctieCorrigeren.tot).toBeNull();
    expect(await inRegister(id)).toMatchObject({ functie: 'Secretaris', tot: null });
    // Active again today and after: it counts for conflicts of interest once more.
    const lopend = await ctx.gqlOk<{ nevenfunctieregister: Array<{ id: string }> }>(
      '{ nevenfunctieregister(peildatum: "2030-01-01") { id } }',
    );
    expect(lopend.nevenfunctieregister.map((r) => r.id)).toContain(id);
    expect((await audit(id)).at(-1)).toMatchObject({
      actie: 'NEVENFUNCTIE_GECORRIGEERD',
      details: { voor: { tot: '2026-12-31' }, na: { tot: null } },
    });
  });

  it('haalt de koppeling met een organisatie weg met organisatieId: null', async () => {
    const id = await melden({ organisatieId, organisatieNaam: 'Stichting Buurtgroen' });
    const res = await corrigeren(id, { organisatieId: null, organisatieNaam: 'Stichting Buurtgroen Noord' });
    expect(res.data!.nevenfunctieCorrigeren).toMatchObject({ organisatie: null, organisatieNaam: 'Stichting Buurtgroen Noord' });
  });

  it('weigert een einddatum voor de begindatum, ook als alleen de begindatum verschuift', async () => {
    const id = await melden({ tot: '2026-06-30' });
    const teVroeg = await corrigeren(id, { tot: '2026-03-31' });
    expect(foutcodes(teVroeg)).toEqual(['BAD_USER_INPUT']);
    expect(teVroeg.errors![0].extensions!.velden).toEqual([
      { veld: 'input.tot', melding: 'moet een datum op of na de begindatum (2026-04-01) zijn.' },
    ]);
    const teLaat = await corrigeren(id, { vanaf: '2026-07-01' });
    expect(teLaat.errors![0].extensions!.velden![0].veld).toBe('input.vanaf');
    expect(foutcodes(await corrigeren(id, { vanaf: '2026-02-30' }))).toEqual(['BAD_USER_INPUT']);
    expect(foutcodes(await corrigeren(id, { functie: '   ' }))).toEqual(['BAD_USER_INPUT']);
    expect(await inRegister(id)).toMatchObject({ vanaf: '2026-04-01', tot: '2026-06-30', functie: 'Voorzitter' });
    expect((await audit(id)).map((r) => r.actie)).toEqual(['NEVENFUNCTIE_GEMELD']);
  });

  it('schrijft geen auditregel als er niets verandert', async () => {
    const id = await melden();
    expect(foutcodes(await corrigeren(id, { functie: 'Voorzitter', bezoldigd: false }))).toEqual([]);
    expect((await audit(id)).map((r) => r.actie)).toEqual(['NEVENFUNCTIE_GEMELD']);
  });

  it('laat alleen de griffie en beheerders corrigeren', async () => {
    const id = await melden();
    for (const rol of [Rol.BEWONER, Rol.BUURTREGISSEUR, Rol.BELEIDSMEDEWERKER]) {
      expect(foutcodes(await corrigeren(id, { functie: 'Fout' }, await ctx.tokenFor(rol)))).toEqual(['FORBIDDEN']);
    }
    expect(foutcodes(await corrigeren(id, { functie: 'Fout' }, null))).toEqual(['UNAUTHENTICATED']);
    expect(foutcodes(await corrigeren(id, { functie: 'Lid' }, await ctx.tokenFor(Rol.BEHEERDER)))).toEqual([]);
    expect((await inRegister(id))?.functie).toBe('Lid');
  });

  it('geeft NOT_FOUND voor een onbekende nevenfunctie en een fout bij een onbekende organisatie', async () => {
    const onbekend = Buffer.from('Nevenfunctie:00000000-0000-4000-8000-000000000000').toString('base64url');
    expect(foutcodes(await corrigeren(onbekend, { functie: 'X' }))).toEqual(['NOT_FOUND']);
    const id = await melden();
    const org = Buffer.from('Organisatie:00000000-0000-4000-8000-000000000000').toString('base64url');
    const res = await corrigeren(id, { organisatieId: org });
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions!.velden![0].veld).toBe('input.organisatieId');
  });
});
