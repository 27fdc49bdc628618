/**
 * toetsInitiatief with a `concept`: staff who keep the rules preview how a rule they are still
 * editing judges a request, with exactly the check that runs at submission, and nothing is stored.
 */
import { Rol } from '@buurtwerk/core';
import { foutcodes, type GqlAntwoord, type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, type Opzet, opslaan, REGELING, zetOp } from './initiatieven.helpers';

interface Toetsresultaat {
  ontvankelijk: boolean;
  bevindingen: Array<{ voorwaarde: string; voldaan: boolean; toelichting: string }>;
}

const TOETS = `query($input: InitiatiefInput!, $concept: SubsidieregelingInput) {
  toetsInitiatief(input: $input, concept: $concept) { ontvankelijk bevindingen { voorwaarde voldaan toelichting } }
}`;

const nietVoldaan = (t: Toetsresultaat) => t.bevindingen.filter((b) => !b.voldaan).map((b) => b.voorwaarde);

describe('toetsInitiatief met een conceptregeling', () => {
  let ctx: TestContext;
  let o: Opzet;

  const toets = (input: unknown, concept: unknown, token: string | null) =>
    ctx.gql<{ toetsInitiatief: Toetsresultaat }>(TOETS, { input, concept }, token) as Promise<
      GqlAntwoord<{ toetsInitiatief: Toetsresultaat }>
    >;
  const toetsOk = async (input: unknown, concept: unknown, token: string | null = o.beleid) => {
    const res = await toets(input, concept, token);
    expect(res.errors).toBeUndefined();
    return res.data!.toetsInitiatief;
  };
  /** € 500 asked with € 20 of their own: 3.85%, below the stored rule's 10%. */
  const aanvraag = () => initiatiefInput(o, 50_000, 2_000);

  beforeAll(async () => {
    ctx = await testContext();
    o = await zetOp(ctx, 1_000_000);
  });
  afterAll(() => ctx.close());

  it('toetst aan het concept in plaats van de vastgestelde versie met dezelfde code', async () => {
    expect(nietVoldaan(await toetsOk(aanvraag(), null))).toEqual(['BUURTAKTIE_TEST.EIGEN_BIJDRAGE']);

    // A lower threshold: the same request now meets every rule.
    const lager = {
      ...REGELING,
      voorwaarden: [{ ...REGELING.voorwaarden[0], regel: { '>=': [{ var: 'eigenBijdrageProcent' }, 3] } }],
    };
    const metLager = await toetsOk(aanvraag(), lager);
    expect(metLager.ontvankelijk).toBe(true);
    expect(metLager.bevindingen.find((b) => b.voorwaarde === 'BUURTAKTIE_TEST.EIGEN_BIJDRAGE')).toMatchObject({
      voldaan: true,
      toelichting: 'Voldaan: Bewoners dragen minstens 10% van de begroting zelf.',
    });

    // A lower maximum, a new condition and only for residents alone: each shows as its own finding.
    const strenger = {
      ...lager,
      maximumBedrag: 40_000,
      aanvragers: ['BEWONER'],
      voorwaarden: [
        ...lager.voorwaarden,
        {
          code: 'BEWONERS',
          omschrijving: 'Minstens 20 bewoners doen mee.',
          regel: { '>=': [{ var: 'aantalBetrokkenBewoners' }, 20] },
        },
      ],
    };
    expect(nietVoldaan(await toetsOk(aanvraag(), strenger))).toEqual([
      'BUURTAKTIE_TEST.AANVRAGER',
      'BUURTAKTIE_TEST.MAXIMUMBEDRAG',
      'BUURTAKTIE_TEST.BEWONERS',
    ]);
  });

  it('geeft dezelfde bevindingen als de toets bij indienen nadat het concept is vastgesteld', async () => {
    const concept = {
      ...REGELING,
      maximumBedrag: 45_000,
      voorwaarden: [{ ...REGELING.voorwaarden[0], regel: { '>=': [{ var: 'eigenBijdrageProcent' }, 5] } }],
    };
    const voorbeeld = await toetsOk(aanvraag(), concept);
    expect(nietVoldaan(voorbeeld)).toEqual(['BUURTAKTIE_TEST.MAXIMUMBEDRAG', 'BUURTAKTIE_TEST.EIGEN_BIJDRAGE']);

    await ctx.gqlOk(
      'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { versie } }',
      { input: concept },
      o.beleid,
    );
    const bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-concept' });
    const c = await opslaan(ctx, bewoner, aanvraag());
    const { initiatiefIndienen } = await ctx.gqlOk<{ initiatiefIndienen: { toetsresultaat: Toetsresultaat } }>(
      'mutation($id: ID!) { initiatiefIndienen(id: $id) { toetsresultaat { ontvankelijk bevindingen { voorwaarde voldaan toelichting } } } }',
      { id: c.id },
      bewoner,
    );
    const bijIndienen = initiatiefIndienen.toetsresultaat.bevindingen.filter((b) => !b.voorwaarde.endsWith('.PLAFOND_BEREIKT'));
    expect(bijIndienen).toEqual(voorbeeld.bevindingen);
    // Restore the stored rule for the other tests.
    await ctx.gqlOk(
      'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { versie } }',
      { input: REGELING },
      o.beleid,
    );
  });

  it('slaat niets op: geen nieuwe versie, geen auditregel, en de vastgestelde regeling blijft gelden', async () => {
    const tel = async () =>
      (
        await ctx.dataSource.query<Array<{ regelingen: number; audit: number; initiatieven: number }>>(
          `SELECT (SELECT count(*)::int FROM subsidieregeling) AS regelingen,
                  (SELECT count(*)::int FROM audit_log) AS audit,
                  (SELECT count(*)::int FROM initiatief) AS initiatieven`,
        )
      )[0];
    const vooraf = await tel();
    const regelsVooraf = await ctx.gqlOk('{ subsidieregelingen { id versie maximumBedrag voorwaarden { code regel } } }');
    const concept = { ...REGELING, naam: 'Buurtaktie (concept)', maximumBedrag: 1_000, voorwaarden: [] };
    expect(nietVoldaan(await toetsOk(aanvraag(), concept))).toEqual(['BUURTAKTIE_TEST.MAXIMUMBEDRAG']);

    expect(await tel()).toEqual(vooraf);
    expect(await ctx.gqlOk('{ subsidieregelingen { id versie maximumBedrag voorwaarden { code regel } } }')).toEqual(
      regelsVooraf,
    );
    // Without the concept the check is against the stored version again.
    expect(nietVoldaan(await toetsOk(aanvraag(), null))).toEqual(['BUURTAKTIE_TEST.EIGEN_BIJDRAGE']);
  });

  it('laat een concept van een andere regeling de toets niet veranderen', async () => {
    const ander = { ...REGELING, code: 'ANDERE_REGELING', maximumBedrag: 1, voorwaarden: [] };
    expect(await toetsOk(aanvraag(), ander)).toEqual(await toetsOk(aanvraag(), null));
  });

  it('weigert een ongeldig concept met het veld dat niet klopt', async () => {
    const res = await toets(
      aanvraag(),
      { ...REGELING, voorwaarden: [{ code: 'GELDIGHEID', omschrijving: 'x', regel: { '>': [{ var: 'inkomen' }, 1] } }] },
      o.beleid,
    );
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions!.velden!.map((v) => v.veld)).toEqual([
      'concept.voorwaarden[0].regel',
      'concept.voorwaarden[0].code',
    ]);
  });

  it('laat alleen beleidsmedewerkers en beheerders een concept toetsen; de gewone toets blijft voor iedereen', async () => {
    const concept = { ...REGELING, voorwaarden: [] };
    const geweigerd: Array<[string, string | null]> = [
      ['anoniem', null],
      ['bewoner', await ctx.tokenFor(Rol.BEWONER)],
      ['buurtregisseur', await ctx.tokenFor(Rol.BUURTREGISSEUR)],
      ['partner', await ctx.tokenFor(Rol.PARTNER)],
      ['griffie', await ctx.tokenFor(Rol.GRIFFIE)],
    ];
    for (const [wie, token] of geweigerd) {
      const res = await toets(aanvraag(), concept, token);
      expect([wie, foutcodes(res)]).toEqual([wie, ['FORBIDDEN']]);
      expect(res.errors![0].message).toBe(
        'Alleen beleidsmedewerkers en beheerders kunnen een aanvraag toetsen aan een regeling die nog niet is vastgesteld. Laat het argument concept weg om te toetsen aan de vastgestelde regels.',
      );
      expect(res.data?.toetsInitiatief ?? null).toBeNull();
      expect(nietVoldaan(await toetsOk(aanvraag(), null, token))).toEqual(['BUURTAKTIE_TEST.EIGEN_BIJDRAGE']);
    }
    // Refused before the request is looked at: an invalid request gives FORBIDDEN, not its field errors.
    expect(foutcodes(await toets({ ...aanvraag(), buurtIds: ['onzin'] }, concept, null))).toEqual(['FORBIDDEN']);
    expect((await toetsOk(aanvraag(), concept, await ctx.tokenFor(Rol.BEHEERDER))).ontvankelijk).toBe(true);
  });
});
