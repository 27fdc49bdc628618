/**
 * Invariants 2 and 3 under concurrency and in random order: for every ceiling
 * verleend + gereserveerd <= bedrag, the ledger equals the sum over the requests, and the
 * earlier receipt wins.
 */
import fc from 'fast-check';
import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, type Opzet, opslaan, plafondStand, somOverAanvragen, zetOp } from './initiatieven.helpers';

const INDIENEN =
  'mutation($id: ID!) { initiatiefIndienen(id: $id) { referentie ingediendOp aanvragen { id gereserveerdBedrag } } }';
const IN_BEHANDELING = 'mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { status } }';
const BESLUIT = 'mutation($input: BesluitInput!) { besluitNemen(input: $input) { status aanvragen { toegekendBedrag } } }';
const INTREKKEN = 'mutation($id: ID!) { initiatiefIntrekken(id: $id) { status } }';

async function controleerInvariant(ctx: TestContext, code: string): Promise<void> {
  const p = await plafondStand(ctx, code);
  const som = await somOverAanvragen(ctx, code);
  expect(p.verleend + p.gereserveerd).toBeLessThanOrEqual(p.bedrag);
  expect(p.gereserveerd).toBe(som.gereserveerd);
  expect(p.verleend).toBe(som.verleend);
}

describe('Subsidieplafond onder gelijktijdige aanvragen', () => {
  let ctx: TestContext;
  let o: Opzet;
  let regisseur: string;
  const PLAFOND = 100_000;
  const GEVRAAGD = 3_000;
  const indienerVan = new Map<string, string>();

  beforeAll(async () => {
    ctx = await testContext();
    o = await zetOp(ctx, PLAFOND);
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR);
  });
  afterAll(() => ctx.close());

  it('reserveert bij 60 gelijktijdige (en dubbel verstuurde) indieningen nooit meer dan het plafond, in volgorde van binnenkomst', async () => {
    const bewoners = await Promise.all(
      Array.from({ length: 60 }, (_, i) => ctx.tokenFor(Rol.BEWONER, { sub: `bewoner-race-${i}` })),
    );
    const concepten = await Promise.all(bewoners.map((t) => opslaan(ctx, t, initiatiefInput(o, GEVRAAGD, 1_000))));
    concepten.forEach((c, i) => indienerVan.set(c.id, bewoners[i]));
    // Every submission is sent twice at the same moment (a retry): exactly one of each pair wins.
    const antwoorden = await Promise.all(
      concepten.flatMap((c, i) => [ctx.gql(INDIENEN, { id: c.id }, bewoners[i]), ctx.gql(INDIENEN, { id: c.id }, bewoners[i])]),
    );
    const gelukt = antwoorden.filter((r) => !r.errors);
    expect(gelukt).toHaveLength(60);
    expect(antwoorden.filter((r) => r.errors).flatMap((r) => foutcodes(r))).toEqual(Array(60).fill('ONGELDIGE_STATUSOVERGANG'));

    const ingediend = gelukt
      .map(
        (r) =>
          (
            r.data as {
              initiatiefIndienen: { referentie: string; ingediendOp: string; aanvragen: Array<{ gereserveerdBedrag: number }> };
            }
          ).initiatiefIndienen,
      )
      .sort((a, b) => a.referentie.localeCompare(b.referentie));
    // References without gaps, in the order of receipt.
    expect(ingediend.map((i) => Number(i.referentie.slice(-4)))).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const tijden = ingediend.map((i) => i.ingediendOp);
    expect([...tijden].sort()).toEqual(tijden);
    // Earlier receipt wins: full reservations first, then the one that partly fits, then nothing.
    const reserveringen = ingediend.map((i) => i.aanvragen[0].gereserveerdBedrag);
    const vol = Math.floor(PLAFOND / GEVRAAGD);
    expect(reserveringen).toEqual([...Array(vol).fill(GEVRAAGD), PLAFOND - vol * GEVRAAGD, ...Array(60 - vol - 1).fill(0)]);
    expect(await plafondStand(ctx)).toEqual({ bedrag: PLAFOND, verleend: 0, gereserveerd: PLAFOND });
    await controleerInvariant(ctx, 'BUURTAKTIE_TEST');
  }, 180_000);

  it('houdt het plafond bij gelijktijdige besluiten, intrekkingen en nieuwe indieningen', async () => {
    const { initiatieven } = await ctx.gqlOk<{
      initiatieven: {
        edges: Array<{ node: { id: string; referentie: string; aanvragen: Array<{ id: string; gereserveerdBedrag: number }> } }>;
      };
    }>(
      '{ initiatieven(status: [INGEDIEND], first: 100) { edges { node { id referentie aanvragen { id gereserveerdBedrag } } } } }',
      {},
      regisseur,
    );
    const lijst = initiatieven.edges.map((e) => e.node).sort((a, b) => a.referentie.localeCompare(b.referentie));
    expect(lijst).toHaveLength(60);
    await Promise.all(lijst.map((i) => ctx.gqlOk(IN_BEHANDELING, { id: i.id }, regisseur)));

    const nieuweBewoners = await Promise.all(
      Array.from({ length: 15 }, (_, i) => ctx.tokenFor(Rol.BEWONER, { sub: `bewoner-laat-${i}` })),
    );
    const nieuw = await Promise.all(nieuweBewoners.map((t) => opslaan(ctx, t, initiatiefInput(o, GEVRAAGD, 1_000))));

    const acties = lijst.map((i, n) => {
      const a = i.aanvragen[0];
      if (a.gereserveerdBedrag === 0) {
        // Nothing fits: it can only be rejected; granting is refused.
        return n % 2 === 0
          ? ctx.gql(
              BESLUIT,
              {
                input: {
                  initiatiefId: i.id,
                  uitkomst: 'TOEGEKEND',
                  motivering: 'Een poging om dit plan toe te kennen.',
                  bedragen: [{ aanvraagId: a.id, bedrag: 1 }],
                },
              },
              o.beleid,
            )
          : ctx.gql(
              BESLUIT,
              { input: { initiatiefId: i.id, uitkomst: 'AFGEWEZEN', motivering: 'Het subsidieplafond is bereikt.' } },
              o.beleid,
            );
      }
      // Some are granted in part (the rest returns to the ceiling), some rejected.
      return n % 3 === 0
        ? ctx.gql(
            BESLUIT,
            { input: { initiatiefId: i.id, uitkomst: 'AFGEWEZEN', motivering: 'Het plan voldoet niet aan de voorwaarden.' } },
            o.beleid,
          )
        : ctx.gql(
            BESLUIT,
            {
              input: {
                initiatiefId: i.id,
                uitkomst: 'TOEGEKEND',
                motivering: 'Het plan past binnen de regeling en het budget.',
                bedragen: [{ aanvraagId: a.id, bedrag: a.gereserveerdBedrag - (n % 2) * 500 }],
              },
            },
            o.beleid,
          );
    });
    // Every fifth initiator withdraws at the same moment as the decision: one of the two wins.
    const intrekkingen = lijst.filter((_, n) => n % 5 === 4).map((i) => ctx.gql(INTREKKEN, { id: i.id }, indienerVan.get(i.id)!));
    const antwoorden = await Promise.all([
      ...acties,
      ...intrekkingen,
      ...nieuw.map((c, i) => ctx.gql(INDIENEN, { id: c.id }, nieuweBewoners[i])),
    ]);
    expect(antwoorden.length).toBeGreaterThanOrEqual(50);
    const codes = antwoorden.flatMap((r) => foutcodes(r));
    expect(codes.filter((c) => c !== 'PLAFOND_BEREIKT' && c !== 'ONGELDIGE_STATUSOVERGANG')).toEqual([]);
    // Per raced pair exactly one of decision and withdrawal succeeded.
    expect(codes.filter((c) => c === 'ONGELDIGE_STATUSOVERGANG').length).toBeLessThanOrEqual(intrekkingen.length);
    await controleerInvariant(ctx, 'BUURTAKTIE_TEST');
    const stand = await plafondStand(ctx);
    expect(stand.verleend).toBeGreaterThan(0);
    expect(stand.verleend + stand.gereserveerd).toBeLessThanOrEqual(PLAFOND);
  }, 180_000);
});

describe('Subsidieplafond in willekeurige volgorde (property-based)', () => {
  let ctx: TestContext;
  let regisseur: string;
  let run = 0;

  beforeAll(async () => {
    ctx = await testContext();
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR);
  });
  afterAll(() => ctx.close());

  type Stap =
    | { soort: 'indienen'; bedrag: number }
    | { soort: 'intrekken'; wie: number }
    | { soort: 'toekennen'; wie: number; deel: number }
    | { soort: 'afwijzen'; wie: number };

  const stap: fc.Arbitrary<Stap> = fc.oneof(
    fc.record({ soort: fc.constant('indienen' as const), bedrag: fc.integer({ min: 1, max: 8_000 }) }),
    fc.record({ soort: fc.constant('intrekken' as const), wie: fc.nat(30) }),
    fc.record({ soort: fc.constant('toekennen' as const), wie: fc.nat(30), deel: fc.double({ min: 0, max: 1.2, noNaN: true }) }),
    fc.record({ soort: fc.constant('afwijzen' as const), wie: fc.nat(30) }),
  );

  it('houdt verleend + gereserveerd <= bedrag na elke stap van indienen, intrekken en besluiten', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 20_000 }),
        fc.array(stap, { minLength: 20, maxLength: 20 }),
        async (plafond, stappen) => {
          run += 1;
          const code = `PBT_${run}`;
          const o = await zetOp(ctx, plafond, code);
          const bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: `pbt-${run}` });
          const ingediend: Array<{ id: string; aanvraagId: string; gereserveerd: number }> = [];
          for (const s of stappen) {
            let res;
            if (s.soort === 'indienen') {
              const c = await opslaan(ctx, bewoner, initiatiefInput(o, s.bedrag, s.bedrag));
              res = await ctx.gql<{ initiatiefIndienen: { aanvragen: Array<{ id: string; gereserveerdBedrag: number }> } }>(
                INDIENEN,
                { id: c.id },
                bewoner,
              );
              const a = res.data!.initiatiefIndienen.aanvragen[0];
              ingediend.push({ id: c.id, aanvraagId: a.id, gereserveerd: a.gereserveerdBedrag });
            } else if (ingediend.length > 0) {
              const doel = ingediend[s.wie % ingediend.length];
              if (s.soort === 'intrekken') {
                res = await ctx.gql(INTREKKEN, { id: doel.id }, bewoner);
              } else {
                await ctx.gql(IN_BEHANDELING, { id: doel.id }, regisseur);
                const bedragen =
                  s.soort === 'toekennen'
                    ? [{ aanvraagId: doel.aanvraagId, bedrag: Math.floor(doel.gereserveerd * s.deel) }]
                    : [];
                res = await ctx.gql(
                  BESLUIT,
                  {
                    input: {
                      initiatiefId: doel.id,
                      uitkomst: s.soort === 'toekennen' ? 'TOEGEKEND' : 'AFGEWEZEN',
                      motivering: 'Het besluit volgt de regeling voor dit plan.',
                      bedragen,
                    },
                  },
                  o.beleid,
                );
              }
            }
            // Only refusals the rules allow; never an internal error.
            for (const c of res ? foutcodes(res) : []) {
              expect(['ONGELDIGE_STATUSOVERGANG', 'PLAFOND_BEREIKT', 'BAD_USER_INPUT']).toContain(c);
            }
            await controleerInvariant(ctx, code);
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 300_000);
});
