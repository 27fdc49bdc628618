/**
 * Retention (BEWAARTERMIJNEN): the scheduled job pseudonymises records whose term has passed,
 * never decisions (Archiefwet). Tested with a fixed "now" instead of waiting.
 */
import { fromGlobalId, Rol } from '@buurtwerk/core';
import { GEPSEUDONIMISEERDE_NAAM, PseudonimiseringService } from '@buurtwerk/privacy';
import { type TestContext, testContext } from '../../../test/harness';
import { type Opzet, zetOp } from './initiatieven.helpers';
import { type Bewoner, bewoner, type BewonerData, dumpPersoonsgegevens, sporenVan, vulBewoner } from './privacy.helpers';

describe('Bewaartermijnen', () => {
  let ctx: TestContext;
  let o: Opzet;
  let oud: Bewoner;
  let nieuw: Bewoner;
  let oudData: BewonerData;
  let nieuwData: BewonerData;
  let concept: string;
  let dienst: PseudonimiseringService;
  const NU = new Date('2033-06-01T12:00:00Z');
  const vorigeEnv = { BEWAARTERMIJNEN: process.env.BEWAARTERMIJNEN, WEBHOOKS_UIT: process.env.WEBHOOKS_UIT };

  beforeAll(async () => {
    process.env.BEWAARTERMIJNEN = 'aanmeldingen=365,signalen=730d,initiatiefconcepten=365';
    process.env.WEBHOOKS_UIT = 'true';
    ctx = await testContext();
    dienst = ctx.app.get(PseudonimiseringService);
    o = await zetOp(ctx, 10_000_000);
    oud = await bewoner(ctx, 'bewoner-oud', 'Otto Oudenaarde', 'otto@example.org');
    nieuw = await bewoner(ctx, 'bewoner-nieuw', 'Nina Nieuwenhuis', 'nina@example.org');
    oudData = await vulBewoner(ctx, o, oud);
    nieuwData = await vulBewoner(ctx, o, nieuw);
    // Otto's records are old: the meeting was over a year before NU, his signal was handled over two
    // years before, and he has a withdrawn draft. Nina's are recent.
    const id = (g: string, t: string) => fromGlobalId(g, t, 'id');
    await ctx.dataSource.query(
      "UPDATE netwerkbijeenkomst SET begin = '2031-03-01T18:00:00Z', eind = '2031-03-01T20:00:00Z' WHERE id = $1",
      [id(oudData.bijeenkomstId, 'Netwerkbijeenkomst')],
    );
    await ctx.dataSource.query(
      "UPDATE netwerkbijeenkomst SET begin = '2033-03-01T18:00:00Z', eind = '2033-03-01T20:00:00Z' WHERE id = $1",
      [id(nieuwData.bijeenkomstId, 'Netwerkbijeenkomst')],
    );
    await ctx.dataSource.query(
      "UPDATE signaal SET status = 'AFGEHANDELD', afgehandeld_op = $2, terugkoppeling = 'Beste Otto Oudenaarde, opgelost.' WHERE id = $1",
      [id(oudData.signaalId, 'Signaal'), '2031-05-01T10:00:00Z'],
    );
    await ctx.dataSource.query("UPDATE signaal SET status = 'AFGEHANDELD', afgehandeld_op = $2 WHERE id = $1", [
      id(nieuwData.signaalId, 'Signaal'),
      '2032-12-01T10:00:00Z',
    ]);
    const { initiatiefOpslaan } = await ctx.gqlOk<{ initiatiefOpslaan: { id: string } }>(
      'mutation($input: InitiatiefInput!) { initiatiefOpslaan(input: $input) { id } }',
      {
        input: {
          titel: 'Oud concept',
          beschrijving: 'Nooit ingediend.',
          schaal: 'BUURT',
          buurtIds: [o.buurtId],
          aanvragerSoort: 'BEWONER',
          aanvragen: [{ instrumentId: o.tentId }],
        },
      },
      oud.token,
    );
    concept = id(initiatiefOpslaan.id, 'Initiatief');
    await ctx.dataSource.query("UPDATE initiatief SET gewijzigd_op = '2031-01-01T00:00:00Z' WHERE id = $1", [concept]);
    // Otto's granted initiative is old too, but it carries a decision: it is never touched.
    await ctx.dataSource.query("UPDATE initiatief SET gewijzigd_op = '2031-01-01T00:00:00Z' WHERE id = $1", [
      id(oudData.initiatiefId, 'Initiatief'),
    ]);
  });

  afterAll(async () => {
    await ctx.close();
    for (const [naam, waarde] of Object.entries(vorigeEnv)) {
      if (waarde === undefined) {
        delete process.env[naam];
      } else {
        process.env[naam] = waarde;
      }
    }
  });

  it('staat in tests uit en leest de termijnen uit BEWAARTERMIJNEN', () => {
    expect(dienst.config.uit).toBe(true);
    expect(dienst.config.bewaartermijnen).toEqual({
      aanmeldingen: 365,
      signalen: 730,
      initiatiefconcepten: 365,
      vrijwilligersaanmeldingen: 365,
      beraadaanmeldingen: 365,
      bekendepersonen: 365,
    });
  });

  it('pseudonimiseert alleen verlopen records, nooit een besluit', async () => {
    const telling = await dienst.pasBewaartermijnenToe(NU);
    expect(telling).toEqual({
      aanmeldingen: 1,
      signalen: 1,
      initiatieven: 1,
      vrijwilligersaanmeldingen: 0,
      beraadaanmeldingen: 0,
      // Everyone who signed in during the set-up, years before NU.
      bekendePersonen: expect.any(Number),
    });
    expect(telling?.bekendePersonen).toBeGreaterThan(0);

    const rij = async (sql: string, param: string) =>
      (await ctx.dataSource.query<Array<Record<string, unknown>>>(sql, [param]))[0];
    // Otto's sign-up, signal and draft: personal fields replaced, status and references kept.
    expect(
      await rij(
        'SELECT naam, wensen, status FROM aanmelding WHERE id = $1',
        fromGlobalId(oudData.aanmeldingId, 'Aanmelding', 'id'),
      ),
    ).toEqual({
      naam: GEPSEUDONIMISEERDE_NAAM,
      wensen: null,
      status: 'AANGEMELD',
    });
    const signaal = await rij(
      'SELECT referentie, status, melder_email, gemeld_door, terugkoppeling FROM signaal WHERE id = $1',
      fromGlobalId(oudData.signaalId, 'Signaal', 'id'),
    );
    expect(signaal).toMatchObject({ referentie: oudData.signaalReferentie, status: 'AFGEHANDELD', melder_email: null });
    expect(signaal.gemeld_door).toBe(await dienst.pseudoniemVan(oud.sub));
    expect(signaal.terugkoppeling).not.toContain('Otto');
    expect(await rij('SELECT indiener_naam, status, titel FROM initiatief WHERE id = $1', concept)).toEqual({
      indiener_naam: GEPSEUDONIMISEERDE_NAAM,
      status: 'CONCEPT',
      titel: 'Oud concept',
    });
    // His decided initiative is untouched (archival duty); Nina's recent records too.
    expect(await rij('SELECT indiener_naam, status FROM initiatief WHERE referentie = $1', oudData.referentie)).toEqual({
      indiener_naam: oud.naam,
      status: 'TOEGEKEND',
    });
    const dump = await dumpPersoonsgegevens(ctx);
    expect(sporenVan(dump, nieuw).length).toBeGreaterThanOrEqual(5);
    expect(
      await rij('SELECT naam FROM aanmelding WHERE id = $1', fromGlobalId(nieuwData.aanmeldingId, 'Aanmelding', 'id')),
    ).toEqual({
      naam: nieuw.naam,
    });

    // Every pseudonymised record has its audit record, by the job.
    const audit = await ctx.dataSource.query<Array<{ entiteit: string; door: string }>>(
      "SELECT entiteit, door FROM audit_log WHERE operatie = 'pseudonimiseren:bewaartermijn' ORDER BY entiteit",
    );
    expect(audit.filter((a) => a.entiteit !== 'BekendePersoon')).toEqual([
      { entiteit: 'Aanmelding', door: 'systeem:bewaartermijnen' },
      { entiteit: 'Initiatief', door: 'systeem:bewaartermijnen' },
      { entiteit: 'Signaal', door: 'systeem:bewaartermijnen' },
    ]);
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const { auditLog } = await ctx.gqlOk<{ auditLog: Array<{ operatie: string }> }>(
      'query($id: ID!) { auditLog(entiteit: "Signaal", entiteitId: $id) { operatie } }',
      { id: oudData.signaalId },
      beheerder,
    );
    expect(auditLog.map((r) => r.operatie)).toContain('pseudonimiseren:bewaartermijn');
  });

  it('doet bij een tweede run niets meer', async () => {
    expect(await dienst.pasBewaartermijnenToe(NU)).toEqual({
      aanmeldingen: 0,
      signalen: 0,
      initiatieven: 0,
      vrijwilligersaanmeldingen: 0,
      beraadaanmeldingen: 0,
      // Only the administrator who read the audit log after the first run (signed in years before NU).
      bekendePersonen: 1,
    });
  });

  it('draait maar op één plek tegelijk (advisory lock): een tweede gelijktijdige run slaat over', async () => {
    const runner = ctx.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['buurtwerk:privacy:bewaartermijnen']);
      expect(await dienst.pasBewaartermijnenToe(NU)).toBeNull();
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    // Later, with Nina's terms passed as well.
    expect(await dienst.pasBewaartermijnenToe(new Date('2036-01-01T00:00:00Z'))).toEqual({
      aanmeldingen: 1,
      signalen: 1,
      initiatieven: 0,
      vrijwilligersaanmeldingen: 0,
      beraadaanmeldingen: 0,
      bekendePersonen: expect.any(Number),
    });
    // Her granted initiative stays (Archiefwet), and so do the mails that made its letters known:
    // they prove the sending from which the objection term runs (Awb 3:41, 6:8).
    expect(
      sporenVan(await dumpPersoonsgegevens(ctx), nieuw).filter(
        (s) => !s.startsWith('initiatief') && !s.startsWith('belang') && !s.startsWith('uitgaande_mail'),
      ),
    ).toEqual([]);
  });
});
