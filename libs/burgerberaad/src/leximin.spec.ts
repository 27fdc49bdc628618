import { kansenVan, leximin, QuotaOnhaalbaarError } from './leximin';
import { naieveKansen, willekeur } from './naief';
import { los } from './oplosser';
import { panelVoldoet } from './quota.rules';
import type { Kenmerk, LotingInvoer } from './sortitie.types';

/** All k-subsets of 0..n-1. */
function combinaties(n: number, k: number): number[][] {
  const uit: number[][] = [];
  const stap = (start: number, huidig: number[]) => {
    if (huidig.length === k) {
      uit.push([...huidig]);
      return;
    }
    for (let i = start; i < n; i++) {
      huidig.push(i);
      stap(i + 1, huidig);
      huidig.pop();
    }
  };
  stap(0, []);
  return uit;
}

/**
 * The LEXIMIN optimum by brute force, independently of the column generation: every feasible
 * panel enumerated, then per level max z, and each remaining volunteer checked on their own
 * (can they get more than z while everyone else keeps their level?): the textbook algorithm.
 */
async function bruteLeximin(invoer: LotingInvoer): Promise<number[]> {
  const ids = invoer.lotelingen.map((l) => l.id);
  const panelen = combinaties(ids.length, invoer.grootte).filter((p) =>
    panelVoldoet(
      invoer,
      p.map((i) => ids[i]),
    ),
  );
  const n = ids.length;
  const vast = new Map<number, number>();
  const p = (j: number) => `p${j}`;
  const som = (i: number) => panelen.flatMap((leden, j) => (leden.includes(i) ? [{ variabele: p(j), coef: 1 }] : []));
  const basis = (z: number | null, uitgezonderd: number | null) => [
    { naam: 'som', termen: panelen.map((_, j) => ({ variabele: p(j), coef: 1 })), soort: '=' as const, rechts: 1 },
    ...ids.flatMap((_, i) => {
      if (i === uitgezonderd) {
        return [];
      }
      if (vast.has(i)) {
        return [{ naam: `v${i}`, termen: som(i), soort: '>=' as const, rechts: (vast.get(i) as number) - 1e-9 }];
      }
      return z === null
        ? [{ naam: `u${i}`, termen: [...som(i), { variabele: 'z', coef: -1 }], soort: '>=' as const, rechts: 0 }]
        : [{ naam: `u${i}`, termen: som(i), soort: '>=' as const, rechts: z - 1e-9 }];
    }),
  ];
  while (vast.size < n) {
    const niveau = await los({ richting: 'Maximize', doel: [{ variabele: 'z', coef: 1 }], rijen: basis(null, null) });
    const z = niveau.doelwaarde;
    const open = ids.map((_, i) => i).filter((i) => !vast.has(i));
    const strak: number[] = [];
    for (const i of open) {
      const meer = await los({ richting: 'Maximize', doel: som(i), rijen: basis(z, i) });
      if (meer.doelwaarde <= z + 1e-7) {
        strak.push(i);
      }
    }
    strak.forEach((i) => vast.set(i, z));
  }
  return [...vast.values()].sort((a, b) => a - b);
}

function kenmerk(sleutel: string, waarden: Array<[string, number, number]>): Kenmerk {
  return { sleutel, naam: sleutel, waarden: waarden.map(([waarde, min, max]) => ({ waarde, label: waarde, min, max })) };
}

/** A pool of volunteers with features drawn from the given weights (seeded). */
function pool(n: number, kenmerken: Kenmerk[], gewichten: Record<string, number[]>, zaad: number) {
  const rnd = willekeur(zaad);
  return Array.from({ length: n }, (_, i) => ({
    id: `v${String(i).padStart(3, '0')}`,
    kenmerken: Object.fromEntries(
      kenmerken.map((k) => {
        const g = gewichten[k.sleutel];
        const totaal = g.reduce((s, x) => s + x, 0);
        let r = rnd() * totaal;
        const w = k.waarden.findIndex((_, wi) => (r -= g[wi]) < 0);
        return [k.sleutel, k.waarden[w === -1 ? 0 : w].waarde];
      }),
    ),
  }));
}

describe('LEXIMIN: eerlijke loting over panels die aan de quota voldoen', () => {
  const kleineGevallen: Array<[string, LotingInvoer]> = [
    [
      'twee kenmerken, scheve groep van 9, panel van 4',
      (() => {
        const kenmerken = [
          kenmerk('geslacht', [
            ['v', 2, 2],
            ['m', 2, 2],
          ]),
          kenmerk('leeftijd', [
            ['jong', 1, 2],
            ['oud', 1, 3],
          ]),
        ];
        return { grootte: 4, kenmerken, lotelingen: pool(9, kenmerken, { geslacht: [1, 3], leeftijd: [1, 2] }, 7) };
      })(),
    ],
    [
      'drie kenmerken, 10 mensen, panel van 3',
      (() => {
        const kenmerken = [
          kenmerk('geslacht', [
            ['v', 1, 2],
            ['m', 1, 2],
          ]),
          kenmerk('leeftijd', [
            ['jong', 1, 1],
            ['midden', 0, 2],
            ['oud', 1, 2],
          ]),
          kenmerk('stadsdeel', [
            ['noord', 0, 2],
            ['zuid', 1, 3],
          ]),
        ];
        return {
          grootte: 3,
          kenmerken,
          lotelingen: pool(10, kenmerken, { geslacht: [2, 1], leeftijd: [1, 2, 3], stadsdeel: [3, 1] }, 12),
        };
      })(),
    ],
    [
      'iemand die in geen enkel panel past krijgt kans 0',
      {
        grootte: 2,
        kenmerken: [
          kenmerk('buurt', [
            ['a', 1, 1],
            ['b', 1, 1],
            ['c', 0, 0],
          ]),
        ],
        lotelingen: [
          { id: 'a1', kenmerken: { buurt: 'a' } },
          { id: 'a2', kenmerken: { buurt: 'a' } },
          { id: 'b1', kenmerken: { buurt: 'b' } },
          { id: 'c1', kenmerken: { buurt: 'c' } },
        ],
      },
    ],
  ];

  it.each(kleineGevallen)('%s: de gesorteerde kansen zijn gelijk aan het brute-force optimum', async (_naam, invoer) => {
    const verdeling = await leximin(invoer);
    const ons = Object.values(verdeling.kansen).sort((a, b) => a - b);
    const optimum = await bruteLeximin(invoer);
    expect(ons).toHaveLength(optimum.length);
    ons.forEach((k, i) => expect(k).toBeCloseTo(optimum[i], 5));
  });

  it.each(kleineGevallen)(
    '%s: elk panel met kans > 0 voldoet aan alle quota en de kansen tellen op tot 1',
    async (_naam, invoer) => {
      const verdeling = await leximin(invoer);
      expect(verdeling.panelen.length).toBeGreaterThan(0);
      for (const p of verdeling.panelen) {
        expect(panelVoldoet(invoer, p.leden)).toBe(true);
        expect(p.kans).toBeGreaterThan(0);
      }
      expect(verdeling.panelen.reduce((s, p) => s + p.kans, 0)).toBeCloseTo(1, 9);
      // Every volunteer's probability is the sum over the panels they sit in; the expected panel size is k.
      const opnieuw = kansenVan(
        invoer.lotelingen.map((l) => l.id),
        verdeling.panelen,
      );
      expect(opnieuw).toEqual(verdeling.kansen);
      expect(Object.values(verdeling.kansen).reduce((s, k) => s + k, 0)).toBeCloseTo(invoer.grootte, 6);
    },
  );

  it('geeft op een gegenereerde groep iedereen minstens de laagste kans van de naïeve loting', async () => {
    // Young people in the south are scarce, the quotas ask for them: the greedy draw favours
    // whoever fills a minimum and leaves the common profiles with a low chance.
    const kenmerken = [
      kenmerk('geslacht', [
        ['v', 5, 7],
        ['m', 5, 7],
      ]),
      kenmerk('leeftijd', [
        ['18-34', 3, 5],
        ['35-64', 4, 6],
        ['65+', 2, 4],
      ]),
      kenmerk('stadsdeel', [
        ['noord', 3, 5],
        ['centrum', 3, 5],
        ['zuid', 3, 5],
      ]),
    ];
    const invoer: LotingInvoer = {
      grootte: 12,
      kenmerken,
      lotelingen: pool(80, kenmerken, { geslacht: [2, 1], leeftijd: [1, 3, 4], stadsdeel: [4, 2, 1] }, 2021),
    };
    const verdeling = await leximin(invoer);
    const naief = naieveKansen(invoer, 4000, 5);
    const minLeximin = Math.min(...Object.values(verdeling.kansen));
    const minNaief = Math.min(...Object.values(naief));
    expect(minLeximin).toBeGreaterThanOrEqual(minNaief);
    for (const p of verdeling.panelen) {
      expect(panelVoldoet(invoer, p.leden)).toBe(true);
    }
  });

  it('legt in gewone taal uit welk quotum niet te halen is', async () => {
    const invoer: LotingInvoer = {
      grootte: 3,
      kenmerken: [
        kenmerk('leeftijd', [
          ['jong', 2, 3],
          ['oud', 0, 3],
        ]),
      ],
      lotelingen: [
        { id: 'a', kenmerken: { leeftijd: 'jong' } },
        { id: 'b', kenmerken: { leeftijd: 'oud' } },
        { id: 'c', kenmerken: { leeftijd: 'oud' } },
      ],
    };
    const fout = await leximin(invoer).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(QuotaOnhaalbaarError);
    expect((fout as QuotaOnhaalbaarError).redenen).toEqual([
      'Quotum "leeftijd: jong" vraagt minstens 2 mensen, maar er heeft zich 1 persoon met die waarde aangemeld.',
    ]);
  });

  it('vindt ook quota die alleen samen botsen en zegt hoe ver ze moeten wijken', async () => {
    // Every young volunteer lives in the north; north may have at most 1, young needs 2.
    const invoer: LotingInvoer = {
      grootte: 3,
      kenmerken: [
        kenmerk('leeftijd', [
          ['jong', 2, 3],
          ['oud', 0, 3],
        ]),
        kenmerk('stadsdeel', [
          ['noord', 0, 1],
          ['zuid', 0, 3],
        ]),
      ],
      lotelingen: [
        { id: 'a', kenmerken: { leeftijd: 'jong', stadsdeel: 'noord' } },
        { id: 'b', kenmerken: { leeftijd: 'jong', stadsdeel: 'noord' } },
        { id: 'c', kenmerken: { leeftijd: 'oud', stadsdeel: 'zuid' } },
        { id: 'd', kenmerken: { leeftijd: 'oud', stadsdeel: 'zuid' } },
      ],
    };
    const fout = (await leximin(invoer).catch((e: unknown) => e)) as QuotaOnhaalbaarError;
    expect(fout).toBeInstanceOf(QuotaOnhaalbaarError);
    expect(fout.redenen).toHaveLength(1);
    expect(fout.redenen[0]).toMatch(
      /^Quotum "(leeftijd: jong|stadsdeel: noord)" \((minstens 2|hoogstens 1)\) is samen met de andere quota niet te halen; het lukt met een (minimum van 1|maximum van 2)\.$/,
    );
  });
});
