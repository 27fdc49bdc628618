import { parseGlobalId, Rol } from '@buurtwerk/core';
import { invoerHash, kiesPanel, lotgetal, panelVoldoet, zaadHash, type LotingInvoer } from '@buurtwerk/burgerberaad';
import { GEPSEUDONIMISEERDE_NAAM, PseudonimiseringService } from '@buurtwerk/privacy';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const AANMAKEN = `mutation($input: BurgerberaadInput!) { burgerberaadAanmaken(input: $input) { id status grootte zaadToezegging } }`;
const AANMELDEN = `mutation($input: BeraadAanmeldingInput!) { beraadAanmelden(input: $input) { id naam geselecteerd } }`;
const BEREKENEN = `mutation($id: ID!) { beraadVerdelingBerekenen(beraadId: $id) {
  id status invoerHash minimaleKans naieveMinimaleKans panelenInVerdeling } }`;
const LOTEN = `mutation($id: ID!, $zaad: String!) { beraadLoten(beraadId: $id, zaad: $zaad) { id status zaad lotgetal gekozenPanel gelootOp } }`;
const AANMELDINGEN = `query($id: ID!) { beraadAanmeldingen(beraadId: $id) { id naam selectiekans geselecteerd kenmerken { sleutel waarde } } }`;
const VERDELING = `query($id: ID!) { beraadVerdeling(beraadId: $id) { index kans leden } }`;

const ZAAD = 'drand-quicknet-ronde-12345678:9f1c0ad2';
const KENMERKEN = [
  {
    sleutel: 'geslacht',
    naam: 'Geslacht',
    waarden: [
      { waarde: 'vrouw', label: 'Vrouw', min: 2, max: 2 },
      { waarde: 'man', label: 'Man', min: 2, max: 2 },
    ],
  },
  {
    sleutel: 'leeftijd',
    naam: 'Leeftijd',
    waarden: [
      { waarde: '18-39', label: '18 tot 40 jaar', min: 1, max: 2 },
      { waarde: '40-plus', label: '40 jaar of ouder', min: 1, max: 3 },
    ],
  },
];
// A skewed pool: few women, few young people.
const POOL: Array<[string, string]> = [
  ['vrouw', '18-39'],
  ['vrouw', '40-plus'],
  ['vrouw', '40-plus'],
  ['man', '18-39'],
  ['man', '40-plus'],
  ['man', '40-plus'],
  ['man', '40-plus'],
  ['man', '40-plus'],
  ['man', '40-plus'],
];

interface Aanmelding {
  id: string;
  naam: string;
  selectiekans: number | null;
  geselecteerd: boolean;
  kenmerken: Array<{ sleutel: string; waarde: string }>;
}

describe('Burgerberaad: aanmelden, eerlijke verdeling (LEXIMIN) en een controleerbare loting', () => {
  let ctx: TestContext;
  let staf: string;
  let beraadId: string;

  const dbId = (g: string) => parseGlobalId(g)!.id;

  beforeAll(async () => {
    ctx = await testContext();
    staf = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
    const { burgerberaadAanmaken } = await ctx.gqlOk<{
      burgerberaadAanmaken: { id: string; status: string; zaadToezegging: string };
    }>(
      AANMAKEN,
      {
        input: {
          onderwerp: 'Hoe houden we de buurten groen?',
          beschrijving: 'Vier avonden in het stadhuis; een vergoeding per avond.',
          grootte: 4,
          kenmerken: KENMERKEN,
          aanmeldenTot: new Date(Date.now() + 86_400_000).toISOString(),
          zaadBron: 'drand quicknet, ronde 12345678 (het zaad is de randomness van die ronde)',
          zaadToezegging: zaadHash(ZAAD),
        },
      },
      staf,
    );
    beraadId = burgerberaadAanmaken.id;
    expect(burgerberaadAanmaken.status).toBe('AANMELDEN');
  });
  afterAll(() => ctx.close());

  it('weigert quota die het beraad zelf al onmogelijk maken, met uitleg per kenmerk', async () => {
    const res = await ctx.gql(
      AANMAKEN,
      {
        input: {
          onderwerp: 'Te strenge quota',
          beschrijving: 'x',
          grootte: 3,
          kenmerken: [
            {
              sleutel: 'buurt',
              naam: 'Buurt',
              waarden: [
                { waarde: 'a', label: 'A', min: 2, max: 3 },
                { waarde: 'b', label: 'B', min: 2, max: 3 },
              ],
            },
          ],
          aanmeldenTot: new Date(Date.now() + 86_400_000).toISOString(),
          zaadBron: 'drand',
        },
      },
      staf,
    );
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].message).toBe('Bij "Buurt" vragen de minimums samen 4 mensen, maar het beraad telt er 3.');
    expect(res.errors?.[0].extensions?.velden?.[0].veld).toBe('input.kenmerken');
  });

  it('laat bewoners zich aanmelden, met toestemming, één keer, met geldige antwoorden', async () => {
    const tokens = await Promise.all(POOL.map((_, i) => ctx.tokenFor(Rol.BEWONER, { sub: `vrijwilliger-${i}` })));
    for (const [i, [geslacht, leeftijd]] of POOL.entries()) {
      await ctx.gqlOk(
        AANMELDEN,
        {
          input: {
            beraadId,
            naam: `Vrijwilliger ${i}`,
            kenmerken: [
              { sleutel: 'geslacht', waarde: geslacht },
              { sleutel: 'leeftijd', waarde: leeftijd },
            ],
            toestemming: true,
          },
        },
        tokens[i],
      );
    }
    const opnieuw = await ctx.gql(
      AANMELDEN,
      {
        input: {
          beraadId,
          naam: 'Nog eens',
          kenmerken: [
            { sleutel: 'geslacht', waarde: 'man' },
            { sleutel: 'leeftijd', waarde: '18-39' },
          ],
          toestemming: true,
        },
      },
      tokens[0],
    );
    expect(foutcodes(opnieuw)).toEqual(['CONFLICT']);

    const nieuw = await ctx.tokenFor(Rol.BEWONER);
    const zonderToestemming = await ctx.gql(
      AANMELDEN,
      {
        input: {
          beraadId,
          naam: 'Zonder',
          kenmerken: [
            { sleutel: 'geslacht', waarde: 'man' },
            { sleutel: 'leeftijd', waarde: '18-39' },
          ],
          toestemming: false,
        },
      },
      nieuw,
    );
    expect(foutcodes(zonderToestemming)).toEqual(['BAD_USER_INPUT']);
    const onbekendeWaarde = await ctx.gql(
      AANMELDEN,
      {
        input: {
          beraadId,
          naam: 'Onbekend',
          kenmerken: [
            { sleutel: 'geslacht', waarde: 'anders' },
            { sleutel: 'leeftijd', waarde: '18-39' },
          ],
          toestemming: true,
        },
      },
      nieuw,
    );
    expect(foutcodes(onbekendeWaarde)).toEqual(['BAD_USER_INPUT']);
    expect(onbekendeWaarde.errors?.[0].message).toBe('Kies bij "Geslacht" een van de mogelijkheden.');
    expect(
      foutcodes(await ctx.gql(AANMELDEN, { input: { beraadId, naam: 'x', kenmerken: [], toestemming: true } }, null)),
    ).toEqual(['UNAUTHENTICATED']);
    // Names are for staff only.
    expect(foutcodes(await ctx.gql(AANMELDINGEN, { id: beraadId }, nieuw))).toEqual(['FORBIDDEN']);
    // A staff read of the names is audited (docs/domein.md, invariant 12): one record per request and registration.
    const { beraadAanmeldingen } = await ctx.gqlOk<{ beraadAanmeldingen: Aanmelding[] }>(AANMELDINGEN, { id: beraadId }, staf);
    const lezingen = await ctx.dataSource.query<Array<{ operatie: string }>>(
      "SELECT DISTINCT operatie FROM audit_log WHERE operatie LIKE 'lezen:BeraadAanmelding.%' AND entiteit_id = $1",
      [beraadAanmeldingen[0].id],
    );
    expect(lezingen.map((r) => r.operatie).sort()).toEqual(['lezen:BeraadAanmelding.naam']);
  });

  it('berekent de LEXIMIN-verdeling: elk panel voldoet aan de quota, de laagste kans is minstens die van de naïeve loting', async () => {
    const { beraadVerdelingBerekenen: b } = await ctx.gqlOk<{
      beraadVerdelingBerekenen: {
        status: string;
        invoerHash: string;
        minimaleKans: number;
        naieveMinimaleKans: number;
        panelenInVerdeling: number;
      };
    }>(BEREKENEN, { id: beraadId }, staf);
    expect(b.status).toBe('VERDELING_BEREKEND');
    expect(b.minimaleKans).toBeGreaterThanOrEqual(b.naieveMinimaleKans);

    const { beraadAanmeldingen } = await ctx.gqlOk<{ beraadAanmeldingen: Aanmelding[] }>(AANMELDINGEN, { id: beraadId }, staf);
    const kansen = beraadAanmeldingen.map((a) => a.selectiekans as number);
    expect(kansen.reduce((s, k) => s + k, 0)).toBeCloseTo(4, 6);
    expect(Math.min(...kansen)).toBeCloseTo(b.minimaleKans, 9);
    // Women are scarce and the quota asks exactly two: each of the three gets 2/3; the six men share two seats.
    const vrouwen = beraadAanmeldingen.filter((a) => a.kenmerken.some((k) => k.waarde === 'vrouw'));
    vrouwen.forEach((v) => expect(v.selectiekans).toBeCloseTo(2 / 3, 5));

    const invoer: LotingInvoer = {
      grootte: 4,
      kenmerken: KENMERKEN,
      lotelingen: beraadAanmeldingen.map((a) => ({
        id: dbId(a.id),
        kenmerken: Object.fromEntries(a.kenmerken.map((k) => [k.sleutel, k.waarde])),
      })),
    };
    expect(b.invoerHash).toBe(invoerHash(invoer));
    const { beraadVerdeling } = await ctx.gqlOk<{ beraadVerdeling: Array<{ index: number; kans: number; leden: string[] }> }>(
      VERDELING,
      {
        id: beraadId,
      },
    );
    expect(beraadVerdeling).toHaveLength(b.panelenInVerdeling);
    expect(beraadVerdeling.reduce((s, p) => s + p.kans, 0)).toBeCloseTo(1, 9);
    for (const p of beraadVerdeling) {
      expect(panelVoldoet(invoer, p.leden.map(dbId))).toBe(true);
    }

    // Registration is closed now: the inputs hash covers exactly these volunteers.
    const laat = await ctx.gql(
      AANMELDEN,
      {
        input: {
          beraadId,
          naam: 'Te laat',
          kenmerken: [
            { sleutel: 'geslacht', waarde: 'man' },
            { sleutel: 'leeftijd', waarde: '18-39' },
          ],
          toestemming: true,
        },
      },
      await ctx.tokenFor(Rol.BEWONER),
    );
    expect(foutcodes(laat)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    expect(foutcodes(await ctx.gql(BEREKENEN, { id: beraadId }, staf))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
  });

  it('loot met het vooraf toegezegde zaad; iedereen kan de uitkomst narekenen', async () => {
    const fout = await ctx.gql(LOTEN, { id: beraadId, zaad: 'een ander zaad' }, staf);
    expect(foutcodes(fout)).toEqual(['BAD_USER_INPUT']);
    expect(foutcodes(await ctx.gql(LOTEN, { id: beraadId, zaad: ZAAD }, await ctx.tokenFor(Rol.BUURTREGISSEUR)))).toEqual([
      'FORBIDDEN',
    ]);

    const { beraadLoten: b } = await ctx.gqlOk<{
      beraadLoten: { status: string; zaad: string; lotgetal: number; gekozenPanel: number };
    }>(LOTEN, { id: beraadId, zaad: ZAAD }, staf);
    expect(b.status).toBe('GELOOT');
    expect(b.zaad).toBe(ZAAD);

    // Recompute from public data only: the inputs hash, the seed and the published distribution.
    const { burgerberaden } = await ctx.gqlOk<{
      burgerberaden: Array<{ id: string; invoerHash: string; gekozenPanel: number; lotgetal: number }>;
    }>('{ burgerberaden { id invoerHash gekozenPanel lotgetal } }');
    const publiek = burgerberaden.find((x) => x.id === beraadId)!;
    const u = lotgetal(publiek.invoerHash, ZAAD);
    expect(u).toBe(publiek.lotgetal);
    const { beraadVerdeling } = await ctx.gqlOk<{ beraadVerdeling: Array<{ index: number; kans: number; leden: string[] }> }>(
      VERDELING,
      {
        id: beraadId,
      },
    );
    const j = kiesPanel(beraadVerdeling, u);
    expect(j).toBe(publiek.gekozenPanel);

    const { beraadAanmeldingen } = await ctx.gqlOk<{ beraadAanmeldingen: Aanmelding[] }>(AANMELDINGEN, { id: beraadId }, staf);
    expect(
      beraadAanmeldingen
        .filter((a) => a.geselecteerd)
        .map((a) => a.id)
        .sort(),
    ).toEqual([...beraadVerdeling[j].leden].sort());
    expect(foutcodes(await ctx.gql(LOTEN, { id: beraadId, zaad: ZAAD }, staf))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
  });

  it('legt in het Nederlands uit welke quota met deze aanmeldingen niet te halen zijn', async () => {
    const { burgerberaadAanmaken } = await ctx.gqlOk<{ burgerberaadAanmaken: { id: string } }>(
      AANMAKEN,
      {
        input: {
          onderwerp: 'Jongerenberaad',
          beschrijving: 'x',
          grootte: 2,
          kenmerken: [
            {
              sleutel: 'leeftijd',
              naam: 'Leeftijd',
              waarden: [
                { waarde: 'jong', label: '18 tot 25 jaar', min: 2, max: 2 },
                { waarde: 'oud', label: 'ouder', min: 0, max: 0 },
              ],
            },
          ],
          aanmeldenTot: new Date(Date.now() + 86_400_000).toISOString(),
          zaadBron: 'drand',
        },
      },
      staf,
    );
    await ctx.gqlOk(
      AANMELDEN,
      {
        input: {
          beraadId: burgerberaadAanmaken.id,
          naam: 'Enige jongere',
          kenmerken: [{ sleutel: 'leeftijd', waarde: 'jong' }],
          toestemming: true,
        },
      },
      await ctx.tokenFor(Rol.BEWONER),
    );
    await ctx.gqlOk(
      AANMELDEN,
      {
        input: {
          beraadId: burgerberaadAanmaken.id,
          naam: 'Oudere',
          kenmerken: [{ sleutel: 'leeftijd', waarde: 'oud' }],
          toestemming: true,
        },
      },
      await ctx.tokenFor(Rol.BEWONER),
    );
    const res = await ctx.gql(BEREKENEN, { id: burgerberaadAanmaken.id }, staf);
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].message).toBe(
      'Geen enkel panel voldoet aan alle quota. Quotum "Leeftijd: 18 tot 25 jaar" vraagt minstens 2 mensen, maar er heeft zich 1 persoon met die waarde aangemeld. ' +
        'Bij "Leeftijd" laten de maximums, met de mensen die zich aanmeldden, samen maar 1 plaats toe; het beraad telt er 2. Verhoog een maximum of werf meer mensen.',
    );
  });

  it('pseudonimiseert aanmeldingen een jaar na de loting (bewaartermijn beraadaanmeldingen), de kansen blijven', async () => {
    const dienst = ctx.app.get(PseudonimiseringService);
    const nu = Date.now();
    expect((await dienst.pasBewaartermijnenToe(new Date(nu + 100 * 86_400_000)))?.beraadaanmeldingen).toBe(0);
    const telling = await dienst.pasBewaartermijnenToe(new Date(nu + 400 * 86_400_000));
    // The nine of the drawn assembly and the two of the assembly whose quotas failed.
    expect(telling?.beraadaanmeldingen).toBe(11);
    const { beraadAanmeldingen } = await ctx.gqlOk<{ beraadAanmeldingen: Aanmelding[] }>(AANMELDINGEN, { id: beraadId }, staf);
    expect(new Set(beraadAanmeldingen.map((a) => a.naam))).toEqual(new Set([GEPSEUDONIMISEERDE_NAAM]));
    expect(beraadAanmeldingen.every((a) => a.kenmerken.length === 0 && a.selectiekans !== null)).toBe(true);
    expect(beraadAanmeldingen.filter((a) => a.geselecteerd)).toHaveLength(4);
  });
});
