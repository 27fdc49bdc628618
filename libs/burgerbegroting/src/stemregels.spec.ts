import fc from 'fast-check';
import { Breuk } from './breuk';
import { zetMargesVoorTest } from './gelijke-delen';
import { naieveTelling } from './naieve-telling.spec-helper';
import { ALLE_REGELS, API_REGELS, README_REGELS, leesRegel, tel } from './stemregels';
import { OngeldigeTellingError, OnbekendeRegelError, TellingTeZwaarError } from './telling.errors';
import type { RegelSleutel, TelInvoer, TelOpties } from './telling.types';
import { euroCentenAlsTekst, standaardBedragAlsTekst } from './uitleg';

/** A round written compactly: projects as {id: cost}, ballots as lists of ids or {id: points}. */
function ronde(
  budget: number | Breuk,
  projecten: Record<string, number | Breuk>,
  stemmen: (string[] | Record<string, number>)[],
): TelInvoer {
  return {
    budget: typeof budget === 'number' ? BigInt(budget) : budget,
    projecten: Object.entries(projecten).map(([id, kosten]) => ({
      id,
      kosten: typeof kosten === 'number' ? BigInt(kosten) : kosten,
    })),
    stembiljetten: stemmen.map((s, i) =>
      Array.isArray(s)
        ? { stemmerId: `v${i + 1}`, projectIds: s }
        : { stemmerId: `v${i + 1}`, punten: new Map(Object.entries(s).map(([id, p]) => [id, BigInt(p)])) },
    ),
  };
}

function volgorde(invoer: TelInvoer, regel: RegelSleutel, opties?: TelOpties): readonly string[] {
  return tel(invoer, regel, opties).volgorde;
}

describe('regelsleutels', () => {
  it('kent elke regel van de README en de API-namen', () => {
    for (const regel of [...README_REGELS.approval, ...README_REGELS.cumulative]) {
      expect(ALLE_REGELS).toContain(regel);
    }
    expect(API_REGELS).toEqual({ EQUAL_SHARES: 'mes_cost_add1_greedy', GREEDY: 'greedy_cost' });
    expect(ALLE_REGELS).toHaveLength(15);
  });

  it.each([
    ['greedy_cost', { methode: 'greedy', tevredenheid: 'cost', add1: false, aanvulling: false }],
    ['mes_cardinality', { methode: 'mes', tevredenheid: 'cardinality', add1: false, aanvulling: false }],
    ['mes_cost_greedy', { methode: 'mes', tevredenheid: 'cost', add1: false, aanvulling: true }],
    ['mes_cardinal_add1_greedy', { methode: 'mes', tevredenheid: 'cardinal', add1: true, aanvulling: true }],
  ])('leest %s', (sleutel, definitie) => {
    expect(leesRegel(sleutel)).toEqual({ sleutel, ...definitie });
  });

  it.each(['EQUAL_SHARES', 'mes', 'mes_cost_add2', 'greedy_cost_greedy', ''])('weigert de onbekende regel "%s"', (sleutel) => {
    expect(() => tel(ronde(10, { a: 1 }, [['a']]), sleutel)).toThrow(OnbekendeRegelError);
  });
});

describe('tie-breaking op project-id als tekst (code points), nooit numeriek', () => {
  it.each<{ scenario: string; invoer: TelInvoer; regel: RegelSleutel; verwacht: string[] }>([
    {
      scenario: 'greedy: "36" gaat bij gelijke stemmen vóór "5", en dan past 5 niet meer',
      invoer: ronde(100, { '5': 75, '36': 61 }, [
        ['5', '36'],
        ['5', '36'],
      ]),
      regel: 'greedy_cost',
      verwacht: ['36'],
    },
    {
      scenario: 'greedy: "11" gaat vóór "2"',
      invoer: ronde(10, { '2': 6, '11': 6 }, [['2', '11']]),
      regel: 'greedy_cost',
      verwacht: ['11'],
    },
    {
      scenario: 'greedy_cardinality: gelijke dichtheid (1/2 = 2/4), dan het kleinste id',
      invoer: ronde(5, { b: 2, a: 4 }, [['a', 'b'], ['a']]),
      regel: 'greedy_cardinality',
      verwacht: ['a'],
    },
    {
      scenario: 'MES: exact gelijke ρ, dan "c10" vóór "c2"',
      invoer: ronde(20, { c2: 10, c10: 10 }, [['c2'], ['c10']]),
      regel: 'mes_cost',
      verwacht: ['c10', 'c2'],
    },
    {
      scenario: 'MES: ρ die als double gelijk is maar exact verschilt, dan wint de goedkopere (niet het kleinste id)',
      invoer: ronde(
        Breuk.geheel(400_000_000_000_000_002n),
        { a: Breuk.geheel(100_000_000_000_000_001n), b: Breuk.geheel(100_000_000_000_000_000n) },
        [
          ['a', 'b'],
          ['a', 'b'],
        ],
      ),
      regel: 'mes_cardinality',
      verwacht: ['b', 'a'],
    },
    {
      scenario: 'mes_cost_greedy: de aanvulling loopt "36" vóór "5" (het knapsack-7-geval)',
      invoer: ronde(120, { '5': 75, '36': 61, x: 40 }, [
        ['x', '5'],
        ['x', '5'],
        ['x', '36'],
        ['x', '36'],
      ]),
      regel: 'mes_cost_greedy',
      verwacht: ['x', '36'],
    },
  ])('$scenario', ({ invoer, regel, verwacht }) => {
    expect(volgorde(invoer, regel)).toEqual(verwacht);
  });

  it('een id met een teken buiten het BMP komt na U+FFFD, zoals in Python (code points, niet UTF-16)', () => {
    const invoer = ronde(10, { '\u{1F600}': 5, '\uFFFD': 5 }, [['\u{1F600}', '\uFFFD']]);
    expect(volgorde(invoer, 'greedy_cost')).toEqual(['\uFFFD', '\u{1F600}']);
  });
});

describe('add1: +1 per stemmer per iteratie, exact, niet afgerond', () => {
  it.each<{
    scenario: string;
    invoer: TelInvoer;
    regel: RegelSleutel;
    verwacht: string[];
    iteraties: number;
    gebruikt: string;
    stop: string;
  }>([
    {
      scenario: 'stopt als de uitkomst te duur wordt en geeft dan de vorige (lege) uitkomst',
      invoer: ronde(10, { a: 6, b: 6 }, [['a'], ['b']]),
      regel: 'mes_cost_add1',
      verwacht: [],
      iteraties: 2,
      gebruikt: '5',
      stop: 'OVER_BUDGET',
    },
    {
      scenario: 'de greedy-aanvulling vult die lege uitkomst daarna aan (a vóór b bij gelijke stemmen)',
      invoer: ronde(10, { a: 6, b: 6 }, [['a'], ['b']]),
      regel: 'mes_cost_add1_greedy',
      verwacht: ['a'],
      iteraties: 2,
      gebruikt: '5',
      stop: 'OVER_BUDGET',
    },
    {
      scenario: 'stopt bij de eerste uitputtende uitkomst (k = 3, b = 8)',
      invoer: ronde(10, { a: 4, c: 6 }, [['a'], ['a', 'c']]),
      regel: 'mes_cost_add1',
      verwacht: ['a', 'c'],
      iteraties: 4,
      gebruikt: '8',
      stop: 'UITPUTTEND',
    },
    {
      scenario: 'een project duurder dan het hele budget dat MES kiest, beëindigt add1',
      invoer: ronde(9, { x: 12, y: 3, z: 5 }, [['x', 'y'], ['x', 'z'], ['x']]),
      regel: 'mes_cost_add1',
      verwacht: ['y'],
      iteraties: 2,
      gebruikt: '3',
      stop: 'OVER_BUDGET',
    },
    {
      scenario: 'daarna vult greedy aan met wat nog past (z), niet met het te dure x',
      invoer: ronde(9, { x: 12, y: 3, z: 5 }, [['x', 'y'], ['x', 'z'], ['x']]),
      regel: 'mes_cost_add1_greedy',
      verwacht: ['y', 'z'],
      iteraties: 2,
      gebruikt: '3',
      stop: 'OVER_BUDGET',
    },
    {
      scenario: 'begint bij B/n als breuk, niet afgerond (10/3)',
      invoer: ronde(10, { a: 4, b: 4 }, [['a'], ['a'], ['b']]),
      regel: 'mes_cost_add1',
      verwacht: ['a', 'b'],
      iteraties: 2,
      gebruikt: '13/3',
      stop: 'UITPUTTEND',
    },
  ])('$scenario', ({ invoer, regel, verwacht, iteraties, gebruikt, stop }) => {
    const t = tel(invoer, regel);
    expect(t.volgorde).toEqual(verwacht);
    expect(t.add1?.iteraties).toBe(iteraties);
    expect(t.add1?.gebruiktBudgetPerStemmer.toString()).toBe(gebruikt);
    expect(t.add1?.stopreden).toBe(stop);
  });

  it("telt in centen met een ophoging van 100 hetzelfde als in hele euro's met ophoging 1", () => {
    const euro = ronde(1000, { a: 400, b: 600, c: 350, d: 120 }, [['a', 'b'], ['a', 'c'], ['b', 'd'], ['c'], ['a']]);
    const centen = ronde(100_000, { a: 40_000, b: 60_000, c: 35_000, d: 12_000 }, [
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'd'],
      ['c'],
      ['a'],
    ]);
    const inEuro = tel(euro, 'mes_cost_add1_greedy');
    const inCenten = tel(centen, 'mes_cost_add1_greedy', { add1Ophoging: 100n });
    expect(inCenten.volgorde).toEqual(inEuro.volgorde);
    expect(inCenten.add1?.iteraties).toBe(inEuro.add1?.iteraties);
    expect(inCenten.add1?.gebruiktBudgetPerStemmer.toString()).toBe(inEuro.add1?.gebruiktBudgetPerStemmer.maal(100n).toString());
  });

  it('weigert vooraf met TellingTeZwaarError als het aantal ophogingen onhaalbaar is', () => {
    const invoer = ronde(Breuk.geheel(10n ** 12n), { a: Breuk.geheel(10n ** 11n), b: Breuk.geheel(9n * 10n ** 11n) }, [
      ['a'],
      ['b'],
      ['a', 'b'],
    ]);
    let fout: unknown;
    try {
      tel(invoer, 'mes_cost_add1_greedy');
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(TellingTeZwaarError);
    expect((fout as TellingTeZwaarError).code).toBe('TELLING_TE_ZWAAR');
    expect((fout as TellingTeZwaarError).message).toMatch(/te zwaar/);
    expect((fout as TellingTeZwaarError).geschatteIteraties).toBeGreaterThan(100_000_000);
    // The same round in units of 10^9 is cheap again.
    expect(() => tel(invoer, 'mes_cost_add1_greedy', { add1Ophoging: 10n ** 9n })).not.toThrow();
  });

  it('stopt met TellingTeZwaarError (nooit een onjuiste uitkomst) als de echte telling ver boven de schatting uitkomt', () => {
    // b0 = 10 (estimate: 10 increments), but the one supporter of "groot" needs 100: 91 runs.
    const invoer = ronde(100, { groot: 100 }, [['groot'], [], [], [], [], [], [], [], [], []]);
    expect(tel(invoer, 'mes_cost_add1').add1?.iteraties).toBe(91);
    expect(() => tel(invoer, 'mes_cost_add1', { maxAdd1Werk: 40 })).toThrow(/gestopt na 40 iteraties/);
  });
});

describe('cumulatieve stemmen (punten)', () => {
  it('wie meer punten geeft, betaalt meer: ρ per punt', () => {
    const t = tel(ronde(8, { a: 4 }, [{ a: 3 }, { a: 1 }]), 'mes_cardinal');
    expect(t.volgorde).toEqual(['a']);
    expect(t.betalingen.map((b) => [b.stemmerId, b.totaal.toString()])).toEqual([
      ['v1', '3'],
      ['v2', '1'],
    ]);
    const uitleg = t.uitleg[0];
    expect(uitleg.betaling?.eenheid).toBe('per-punt');
    expect(uitleg.betaling?.bedragPerEenheid.toString()).toBe('1');
    expect(uitleg.tekst).toBe(
      'Gekozen in ronde 1: 2 stemmers betaalden 1 per punt dat ze gaven (samen 4). Iedere stemmer had 4 te besteden.',
    );
  });

  it('een stemmer met weinig budget over betaalt alles wat hij heeft, de rest betaalt meer per punt', () => {
    // v1 spends 4 of 5 on b first; then a (cost 6) costs v1 its last 1, and v2 pays 5.
    const t = tel(ronde(10, { a: 6, b: 4 }, [{ a: 1, b: 4 }, { a: 1 }]), 'mes_cardinal');
    expect(t.volgorde).toEqual(['b', 'a']);
    const a = t.uitleg.find((u) => u.projectId === 'a');
    expect(a?.betaling?.volledigBetaald).toBe(1);
    expect(a?.betaling?.bedragPerEenheid.toString()).toBe('5');
    expect(t.betalingen.map((b) => b.totaal.toString())).toEqual(['5', '5']);
  });

  it('greedy_cardinal rangschikt op punten per kosten', () => {
    // a (9/11) goes first but does not fit; then c (4/5), then b (3/5).
    expect(
      volgorde(
        ronde(10, { a: 11, b: 5, c: 5 }, [
          { a: 9, b: 1 },
          { c: 4, b: 2 },
        ]),
        'greedy_cardinal',
      ),
    ).toEqual(['c', 'b']);
  });

  it('0 punten is geen steun, en punten mogen breuken zijn', () => {
    const invoer: TelInvoer = {
      budget: 10n,
      projecten: [
        { id: 'a', kosten: 5n },
        { id: 'b', kosten: 5n },
      ],
      stembiljetten: [
        { stemmerId: 'v1', punten: { a: Breuk.van(3, 2), b: 0 } },
        { stemmerId: 'v2', punten: { a: Breuk.van(1, 2) } },
      ],
    };
    const t = tel(invoer, 'mes_cardinal');
    expect(t.volgorde).toEqual(['a']);
    expect(t.uitleg.find((u) => u.projectId === 'b')?.reden).toBe('NIET_GEEN_STEUN');
    expect(t.betalingen.map((b) => b.totaal.toString())).toEqual(['3.75', '1.25']);
  });
});

describe('randgevallen', () => {
  it.each<{ scenario: string; invoer: TelInvoer; regel: RegelSleutel; verwacht: string[] }>([
    {
      scenario: 'lege stembiljetten tellen mee in n: b = 10/2, te weinig voor a',
      invoer: ronde(10, { a: 6 }, [['a'], []]),
      regel: 'mes_cost',
      verwacht: [],
    },
    {
      scenario: 'zonder dat lege stembiljet is b = 10 en wordt a gekozen',
      invoer: ronde(10, { a: 6 }, [['a']]),
      regel: 'mes_cost',
      verwacht: ['a'],
    },
    {
      scenario: 'greedy slaat een project over dat niet past en gaat door',
      invoer: ronde(10, { a: 8, b: 5, c: 2 }, [['a', 'b', 'c'], ['a', 'b'], ['a']]),
      regel: 'greedy_cost',
      verwacht: ['a', 'c'],
    },
    {
      scenario: 'greedy kiest ook projecten zonder stemmen als ze passen, als laatste en op id',
      invoer: ronde(10, { z: 3, y: 3, a: 4 }, [['a']]),
      regel: 'greedy_cost',
      verwacht: ['a', 'y', 'z'],
    },
    {
      scenario: 'een project duurder dan het hele budget wordt nooit gekozen',
      invoer: ronde(10, { groot: 11, klein: 4 }, [['groot'], ['groot'], ['klein']]),
      regel: 'greedy_cost',
      verwacht: ['klein'],
    },
    {
      scenario: 'budget precies op: MES laat iedereen alles betalen',
      invoer: ronde(12, { a: 6, b: 6 }, [
        ['a', 'b'],
        ['a', 'b'],
      ]),
      regel: 'mes_cost',
      verwacht: ['a', 'b'],
    },
    {
      scenario: 'kosteloos gesteund project (cardinality): vóór de eerste ronde gekozen',
      invoer: ronde(4, { a: 4, gratis: 0 }, [['a', 'gratis'], ['a']]),
      regel: 'mes_cardinality',
      verwacht: ['gratis', 'a'],
    },
    {
      scenario: 'kosteloos project bij kosten-nut: MES kiest het niet',
      invoer: ronde(4, { a: 4, gratis: 0 }, [['a', 'gratis'], ['a']]),
      regel: 'mes_cost',
      verwacht: ['a'],
    },
    {
      scenario: 'kosteloos project bij kosten-nut: de aanvulling kiest het wel (dichtheid 0, maar het past)',
      invoer: ronde(5, { a: 4, gratis: 0, b: 3 }, [['a', 'gratis'], ['a']]),
      regel: 'mes_cost_greedy',
      verwacht: ['a', 'gratis'],
    },
    {
      scenario: 'geen stembiljetten: MES kiest niets',
      invoer: ronde(10, { a: 1 }, []),
      regel: 'mes_cost_add1',
      verwacht: [],
    },
    {
      scenario: 'geen stembiljetten: greedy kiest op id zolang het past',
      invoer: ronde(10, { b: 6, a: 6 }, []),
      regel: 'greedy_cost',
      verwacht: ['a'],
    },
    {
      scenario: 'budget 0: alleen kosteloze projecten',
      invoer: ronde(0, { a: 1, gratis: 0 }, [['a', 'gratis']]),
      regel: 'mes_cardinality_greedy',
      verwacht: ['gratis'],
    },
    {
      scenario: 'decimale bedragen worden exact geteld',
      invoer: ronde(Breuk.vanTekst('363734.88'), { a: Breuk.vanTekst('181867.44'), b: Breuk.vanTekst('181867.45') }, [
        ['a', 'b'],
        ['a', 'b'],
      ]),
      regel: 'greedy_cost',
      verwacht: ['a'],
    },
  ])('$scenario', ({ invoer, regel, verwacht }) => {
    expect(volgorde(invoer, regel)).toEqual(verwacht);
  });

  it('geeft bij geen stembiljetten toch een add1-verloop van één iteratie', () => {
    expect(tel(ronde(10, { a: 1 }, []), 'mes_cost_add1').add1).toMatchObject({ iteraties: 1, stopreden: 'UITPUTTEND' });
  });

  it.each<{ scenario: string; invoer: TelInvoer }>([
    { scenario: 'onbekend project op een stembiljet', invoer: ronde(10, { a: 1 }, [['b']]) },
    {
      scenario: 'een project-id dat twee keer voorkomt',
      invoer: {
        budget: 10n,
        projecten: [
          { id: 'a', kosten: 1n },
          { id: 'a', kosten: 2n },
        ],
        stembiljetten: [],
      },
    },
    { scenario: 'negatieve kosten', invoer: ronde(10, { a: -1 }, []) },
    { scenario: 'negatief budget', invoer: ronde(-1, { a: 1 }, []) },
    { scenario: 'negatieve punten', invoer: ronde(10, { a: 1 }, [{ a: -2 }]) },
  ])('weigert invoer met $scenario', ({ invoer }) => {
    expect(() => tel(invoer, 'mes_cost')).toThrow(OngeldigeTellingError);
  });

  it('is deterministisch: de volgorde van projecten en stembiljetten in de invoer doet niet ter zake', () => {
    const invoer = ronde(30, { a: 7, b: 9, c: 12, d: 5, e: 8 }, [
      ['a', 'b'],
      ['c'],
      ['b', 'c', 'd'],
      ['e', 'a'],
      ['d'],
      ['c', 'e'],
    ]);
    const omgedraaid: TelInvoer = {
      budget: invoer.budget,
      projecten: [...invoer.projecten].reverse(),
      stembiljetten: [...invoer.stembiljetten].reverse(),
    };
    for (const regel of ALLE_REGELS) {
      expect(tel(omgedraaid, regel).volgorde).toEqual(tel(invoer, regel).volgorde);
    }
  });
});

describe('uitleg in het Nederlands', () => {
  // n = 4, b = 5. MES: a (ρ ½, tie with d, a < d), then d (v1 has 3 left and pays it, v3 pays 4).
  const invoer = ronde(20, { a: 4, b: 15, c: 30, d: 7, e: 5 }, [['a', 'b', 'd'], ['a', 'b'], ['d'], []]);

  it.each<{ regel: RegelSleutel; project: string; reden: string; tekst: string }>([
    {
      regel: 'mes_cost',
      project: 'a',
      reden: 'GEKOZEN_GELIJKE_DELEN',
      tekst: 'Gekozen in ronde 1: 2 stemmers betaalden elk 2 (samen 4). Iedere stemmer had 5 te besteden.',
    },
    {
      regel: 'mes_cost',
      project: 'd',
      reden: 'GEKOZEN_GELIJKE_DELEN',
      tekst:
        'Gekozen in ronde 2: 1 stemmer betaalde 4 en 1 stemmer betaalde alles wat die nog had (samen 7). Iedere stemmer had 5 te besteden.',
    },
    {
      regel: 'mes_cost',
      project: 'b',
      reden: 'NIET_BUDGET_STEMMERS_OP',
      tekst:
        'Niet gekozen: de 2 stemmers van dit project hadden samen nog 3 over, minder dan de kosten (15). Iedere stemmer had 5 te besteden.',
    },
    {
      regel: 'mes_cost',
      project: 'e',
      reden: 'NIET_GEEN_STEUN',
      tekst: 'Niet gekozen: geen enkele stemmer koos dit project.',
    },
    {
      regel: 'greedy_cost',
      project: 'b',
      reden: 'GEKOZEN_GRETIG',
      tekst:
        'Gekozen als 2e: 2 stemmen, projecten met de meeste stemmen gaan voor; het kost 15 en paste in het resterende budget van 16.',
    },
    {
      regel: 'greedy_cost',
      project: 'd',
      reden: 'NIET_PAST_NIET',
      tekst: 'Niet gekozen: het past niet meer in het resterende budget (kost 7, nog 1 over toen het aan de beurt was).',
    },
    {
      regel: 'greedy_cost',
      project: 'c',
      reden: 'NIET_PAST_NIET',
      tekst: 'Niet gekozen: geen enkele stemmer koos het, en het kost 30, meer dan het hele budget (20).',
    },
    {
      regel: 'mes_cost_greedy',
      project: 'e',
      reden: 'GEKOZEN_GRETIG',
      tekst:
        'Gekozen in de aanvulling (ronde 3): na de gelijke delen was nog 9 over, en dit project (0 stemmen, kost 5) was aan de beurt en paste daarin.',
    },
  ])('$regel, project $project: $reden', ({ regel, project, reden, tekst }) => {
    const uitleg = tel(invoer, regel).uitleg.find((u) => u.projectId === project);
    expect(uitleg?.reden).toBe(reden);
    expect(uitleg?.tekst).toBe(tekst);
  });

  it('geeft per stemmer exact wat hij betaalde, ook voor een leeg stembiljet', () => {
    const t = tel(invoer, 'mes_cost');
    expect(
      t.betalingen.map((b) => [
        b.stemmerId,
        b.totaal.toString(),
        b.perProject.map((p) => `${p.projectId}:${p.bedrag}`).join(' '),
      ]),
    ).toEqual([
      ['v1', '5', 'a:2 d:3'],
      ['v2', '2', 'a:2'],
      ['v3', '4', 'd:4'],
      ['v4', '0', ''],
    ]);
  });

  it.each([
    [Breuk.geheel(100_000), '100.000'],
    [Breuk.vanTekst('1234.5'), '1.234,50'],
    [Breuk.van(42703, 21), '≈ 2.033,48'],
    [Breuk.geheel(-5), '-5'],
  ])('schrijft bedrag %s als %s', (bedrag, tekst) => {
    expect(standaardBedragAlsTekst(bedrag)).toBe(tekst);
  });

  it.each([
    [Breuk.geheel(123_456), '€ 1.234,56'],
    [Breuk.geheel(100), '€ 1,00'],
    [Breuk.van(1, 3), '≈ € 0,00'],
  ])('schrijft %s cent als %s', (centen, tekst) => {
    expect(euroCentenAlsTekst(centen)).toBe(tekst);
  });
});

describe('eigenschappen: de snelle telling is gelijk aan de letterlijke README-telling', () => {
  const ids = ['1', '2', '11', '36', '5', 'c2', 'c10', 'a'];
  const bedrag = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.constantFrom(1, 1, 2, 4)).map(([t, n]) => Breuk.van(t, n));
  const instantie = fc
    .record({
      aantal: fc.integer({ min: 1, max: ids.length }),
      kosten: fc.array(bedrag, { minLength: ids.length, maxLength: ids.length }),
      budget: fc.tuple(fc.integer({ min: 0, max: 150 }), fc.constantFrom(1, 1, 3)).map(([t, n]) => Breuk.van(t, n)),
      punten: fc.boolean(),
      stemmen: fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: ids.length, maxLength: ids.length }), {
        maxLength: 14,
      }),
      ophoging: fc.constantFrom(Breuk.EEN, Breuk.EEN, Breuk.van(1, 2), Breuk.geheel(3)),
    })
    .map(({ aantal, kosten, budget, punten, stemmen, ophoging }) => {
      const projecten = ids.slice(0, aantal).map((id, i) => ({ id, kosten: kosten[i] }));
      const biljetten = stemmen.map(
        (s) => new Map(projecten.filter((_, i) => s[i] > 0).map((p, j) => [p.id, Breuk.geheel(punten ? s[j] || 1 : 1)])),
      );
      return { budget, projecten, biljetten, punten, ophoging };
    });

  it.each([...ALLE_REGELS])('%s', (regel) => {
    fc.assert(
      fc.property(instantie, ({ budget, projecten, biljetten, punten, ophoging }) => {
        const invoer: TelInvoer = {
          budget,
          projecten,
          stembiljetten: biljetten.map((b, i) =>
            punten ? { stemmerId: `v${i}`, punten: b } : { stemmerId: `v${i}`, projectIds: [...b.keys()] },
          ),
        };
        const snel = tel(invoer, regel, { add1Ophoging: ophoging });
        const naief = naieveTelling({ budget, projecten, stemmen: biljetten }, regel, ophoging);
        expect(snel.volgorde).toEqual(naief.volgorde);
        if (naief.add1Iteraties !== null) {
          expect(snel.add1?.iteraties).toBe(naief.add1Iteraties);
          expect(snel.add1?.gebruiktBudgetPerStemmer.toString()).toBe(naief.add1Budget?.toString());
        }
      }),
      { numRuns: 200, seed: 20_240_601 },
    );
  });

  it('geeft dezelfde uitkomst als elke beslissing exact genomen wordt (het double-filter beslist nooit anders)', () => {
    fc.assert(
      fc.property(instantie, ({ budget, projecten, biljetten, punten, ophoging }) => {
        const invoer: TelInvoer = {
          budget,
          projecten,
          stembiljetten: biljetten.map((b, i) =>
            punten ? { stemmerId: `v${i}`, punten: b } : { stemmerId: `v${i}`, projectIds: [...b.keys()] },
          ),
        };
        for (const regel of ['mes_cost_add1', 'mes_cardinality', 'mes_cardinal_add1'] as const) {
          const gewoon = tel(invoer, regel, { add1Ophoging: ophoging });
          const herstel = zetMargesVoorTest(Infinity, Infinity);
          try {
            const exact = tel(invoer, regel, { add1Ophoging: ophoging });
            expect(exact.volgorde).toEqual(gewoon.volgorde);
            expect(exact.add1?.iteraties).toEqual(gewoon.add1?.iteraties);
            expect(exact.betalingen.map((b) => b.totaal.toString())).toEqual(gewoon.betalingen.map((b) => b.totaal.toString()));
          } finally {
            herstel();
          }
        }
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('schaalt: alle bedragen ×100 met ophoging 100 geeft dezelfde volgorde', () => {
    fc.assert(
      fc.property(instantie, ({ budget, projecten, biljetten }) => {
        const maak = (f: bigint): TelInvoer => ({
          budget: budget.maal(f),
          projecten: projecten.map((p) => ({ id: p.id, kosten: p.kosten.maal(f) })),
          stembiljetten: biljetten.map((b, i) => ({ stemmerId: `v${i}`, projectIds: [...b.keys()] })),
        });
        for (const regel of ['mes_cost_add1_greedy', 'mes_cardinality_add1', 'greedy_cost'] as const) {
          expect(tel(maak(100n), regel, { add1Ophoging: 100n }).volgorde).toEqual(tel(maak(1n), regel).volgorde);
        }
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
