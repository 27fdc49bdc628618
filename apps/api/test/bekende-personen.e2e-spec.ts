/**
 * People who signed in, so that staff choose buurtpanel members by name (issue 19). The name comes
 * from the token; it is written at most once per person per hour and process, so an ordinary
 * request costs no extra query. Personal data: export, pseudonymisation and a retention term (AVG
 * art. 5(1)(e), 15, 17).
 */
import { BekendePersonen, Rol } from '@buurtwerk/core';
import { PseudonimiseringService } from '@buurtwerk/privacy';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const IK = '{ ik { naam } }';
const ZOEK = 'query($naam: String, $subs: [ID!]) { bekendePersonen(naam: $naam, subs: $subs) { sub naam laatstGezien } }';

describe('Bekende personen (leden van een buurtpanel kiezen op naam)', () => {
  let ctx: TestContext;
  let beleid: string;
  beforeAll(async () => {
    ctx = await testContext();
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { sub: 'beleid-1', name: 'Bea Beleid' });
  });
  afterAll(() => ctx.close());

  const schrijfacties = () => {
    const spion = jest.spyOn(ctx.dataSource, 'query');
    return {
      aantal: () => spion.mock.calls.filter(([sql]) => /INSERT INTO bekende_persoon/.test(String(sql))).length,
      stop: () => spion.mockRestore(),
    };
  };
  const rij = async (sub: string) =>
    (
      await ctx.dataSource.query<Array<{ naam: string; laatst_gezien: Date }>>(
        'SELECT naam, laatst_gezien FROM bekende_persoon WHERE sub = $1',
        [sub],
      )
    )[0];

  it('legt een ingelogde persoon één keer vast, niet bij elk verzoek (ook niet bij gelijktijdige verzoeken)', async () => {
    const token = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-karin', name: 'Karin de Vries' });
    const s = schrijfacties();
    try {
      await Promise.all([ctx.gqlOk(IK, {}, token), ctx.gqlOk(IK, {}, token), ctx.gqlOk(IK, {}, token)]);
      await ctx.gqlOk(IK, {}, token);
      expect(s.aantal()).toBe(1);
    } finally {
      s.stop();
    }
    expect((await rij('bewoner-karin'))?.naam).toBe('Karin de Vries');
    // Anonymous requests record nobody.
    const voor = await ctx.dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM bekende_persoon');
    await ctx.gqlOk(IK, {}, null);
    expect(await ctx.dataSource.query('SELECT count(*)::int AS n FROM bekende_persoon')).toEqual(voor);
  });

  it('schrijft opnieuw na een uur of als de naam in het token veranderde', async () => {
    const dienst = ctx.app.get(BekendePersonen);
    const persoon = { sub: 'bewoner-piet', naam: 'Piet Jansen', email: null, rollen: [Rol.BEWONER], buurtcode: null };
    const t0 = Date.parse('2026-12-01T10:00:00Z');
    const s = schrijfacties();
    try {
      await dienst.gezien(persoon, t0);
      await dienst.gezien(persoon, t0 + 59 * 60 * 1000);
      expect(s.aantal()).toBe(1);
      await dienst.gezien(persoon, t0 + 61 * 60 * 1000);
      expect(s.aantal()).toBe(2);
      expect((await rij('bewoner-piet'))?.laatst_gezien).toEqual(new Date(t0 + 61 * 60 * 1000));
      await dienst.gezien({ ...persoon, naam: 'Piet Jansen-Smit' }, t0 + 62 * 60 * 1000);
      expect(s.aantal()).toBe(3);
    } finally {
      s.stop();
    }
    expect((await rij('bewoner-piet'))?.naam).toBe('Piet Jansen-Smit');
    // Without a name claim the token's name is the sub: nothing to choose by, not recorded.
    await dienst.gezien({ ...persoon, sub: 'zonder-naam', naam: 'zonder-naam' });
    expect(await rij('zonder-naam')).toBeUndefined();
  });

  it('laat beleidsmedewerkers zoeken op een deel van de naam, hoofdletterongevoelig, recentst gezien eerst', async () => {
    await ctx.gqlOk(IK, {}, await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-kees', name: 'Kees de Vries' }));
    await ctx.gqlOk(IK, {}, await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-fien', name: 'Fien 100% Bakker' }));
    const { bekendePersonen } = await ctx.gqlOk<{ bekendePersonen: Array<{ sub: string; naam: string }> }>(
      ZOEK,
      { naam: 'de VRIES' },
      beleid,
    );
    expect(bekendePersonen.map((p) => p.naam)).toEqual(['Kees de Vries', 'Karin de Vries']);
    const woorden = await ctx.gqlOk<{ bekendePersonen: Array<{ sub: string }> }>(ZOEK, { naam: 'vries kar' }, beleid);
    expect(woorden.bekendePersonen.map((p) => p.sub)).toEqual(['bewoner-karin']);
    // % and _ are letters here, not wildcards.
    const procent = await ctx.gqlOk<{ bekendePersonen: Array<{ sub: string }> }>(ZOEK, { naam: '0%' }, beleid);
    expect(procent.bekendePersonen.map((p) => p.sub)).toEqual(['bewoner-fien']);
    expect((await ctx.gqlOk<{ bekendePersonen: unknown[] }>(ZOEK, { naam: 'e_v' }, beleid)).bekendePersonen).toEqual([]);
    // By sign-in ids (a panel's members), in the order asked; an unknown id is left out.
    const leden = await ctx.gqlOk<{ bekendePersonen: Array<{ naam: string }> }>(
      ZOEK,
      { subs: ['bewoner-kees', 'onbekend', 'bewoner-karin'] },
      beleid,
    );
    expect(leden.bekendePersonen.map((p) => p.naam)).toEqual(['Kees de Vries', 'Karin de Vries']);
  });

  it('weigert wie geen panels beheert, en te korte of dubbele zoekvragen in gewoon Nederlands', async () => {
    for (const rol of [Rol.BEWONER, Rol.BUURTREGISSEUR, Rol.PARTNER, Rol.GRIFFIE]) {
      expect(foutcodes(await ctx.gql(ZOEK, { naam: 'Vries' }, await ctx.tokenFor(rol)))).toEqual(['FORBIDDEN']);
    }
    expect(foutcodes(await ctx.gql(ZOEK, { naam: 'Vries' }, null))).toEqual(['UNAUTHENTICATED']);
    const kort = await ctx.gql(ZOEK, { naam: ' K ' }, beleid);
    expect(kort.errors?.[0]?.extensions?.velden).toEqual([{ veld: 'naam', melding: 'Typ minstens 2 letters van de naam.' }]);
    expect(foutcodes(await ctx.gql(ZOEK, { naam: 'Kees', subs: ['x'] }, beleid))).toEqual(['BAD_USER_INPUT']);
    expect(foutcodes(await ctx.gql(ZOEK, {}, beleid))).toEqual(['BAD_USER_INPUT']);
  });

  it('staat in mijn gegevens en verdwijnt bij pseudonimiseren (AVG art. 15 en 17)', async () => {
    const token = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-anna', name: 'Anna Aanmeld' });
    const { mijnGegevens } = await ctx.gqlOk<{ mijnGegevens: { aanmelding: Array<{ naam: string }> } }>(
      '{ mijnGegevens }',
      {},
      token,
    );
    expect(mijnGegevens.aanmelding).toEqual([expect.objectContaining({ sub: 'bewoner-anna', naam: 'Anna Aanmeld' })]);
    await ctx.gqlOk('mutation { mijnGegevensPseudonimiseren }', {}, token);
    expect(await rij('bewoner-anna')).toBeUndefined();
  });

  it('vergeet wie een jaar niet inlogde (bewaartermijn bekendepersonen, AVG art. 5 lid 1e)', async () => {
    const dienst = ctx.app.get(PseudonimiseringService);
    await ctx.dataSource.query("UPDATE bekende_persoon SET laatst_gezien = '2025-01-01T00:00:00Z' WHERE sub = 'bewoner-kees'");
    const telling = await dienst.pasBewaartermijnenToe(new Date('2026-06-01T00:00:00Z'));
    expect(telling?.bekendePersonen).toBe(1);
    expect(await rij('bewoner-kees')).toBeUndefined();
    expect((await rij('bewoner-karin'))?.naam).toBe('Karin de Vries');
    const audit = await ctx.dataSource.query<Array<{ entiteit_id: string }>>(
      "SELECT entiteit_id FROM audit_log WHERE entiteit = 'BekendePersoon' AND operatie = 'pseudonimiseren:bewaartermijn'",
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('bewoner-kees');
  });
});
