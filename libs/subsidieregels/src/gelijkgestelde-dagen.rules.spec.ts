import { plusDagen } from '@buurtwerk/core';
import { aanvullenUiterlijk, beslissenUiterlijk, bezwaarMogelijkTot, termijnEinde } from './termijnen.rules';

/**
 * Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met
 * een algemeen erkende feestdag (Algemene termijnenwet art. 3 lid 3), as the migration seeds it.
 */
const BESLUIT_2026_2028 = new Set(['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26']);
const GEEN = new Set<string>();

/**
 * Every decree day is the Friday after a holiday. A term that ends on the decree day, or on the
 * holiday before it, ends on the Monday after (Atw art. 1); without the decree it would end on the Friday.
 */
const DAGEN: Array<{ dag: string; feestdagErvoor: string; maandag: string }> = [
  { dag: '2026-01-02', feestdagErvoor: '2026-01-01 (Nieuwjaarsdag)', maandag: '2026-01-05' },
  { dag: '2026-05-15', feestdagErvoor: '2026-05-14 (Hemelvaartsdag)', maandag: '2026-05-18' },
  { dag: '2027-05-07', feestdagErvoor: '2027-05-06 (Hemelvaartsdag)', maandag: '2027-05-10' },
  { dag: '2028-04-28', feestdagErvoor: '2028-04-27 (Koningsdag)', maandag: '2028-05-01' },
  { dag: '2028-05-26', feestdagErvoor: '2028-05-25 (Hemelvaartsdag)', maandag: '2028-05-29' },
];

/** Each term type, computed so that its unmoved end is `einde`. */
const TERMIJNEN: Array<{ naam: string; bereken: (einde: string, vrij: ReadonlySet<string>) => string }> = [
  {
    naam: 'beslistermijn van 8 weken (Awb 4:13)',
    bereken: (einde, vrij) => beslissenUiterlijk(plusDagen(einde, -56), 8, 0, vrij),
  },
  {
    naam: 'beslistermijn van 6 weken, 9 dagen opgeschort voor een aanvulling (Awb 4:15)',
    bereken: (einde, vrij) => beslissenUiterlijk(plusDagen(einde, -42 - 9), 6, 9, vrij),
  },
  {
    naam: 'aanvullingstermijn van 14 dagen (Awb 4:5)',
    bereken: (einde, vrij) => aanvullenUiterlijk(plusDagen(einde, -14), 14, vrij),
  },
  {
    naam: 'bezwaartermijn van 6 weken (Awb 6:7)',
    bereken: (einde, vrij) => bezwaarMogelijkTot(plusDagen(einde, -42), vrij),
  },
];

const GEVALLEN = DAGEN.flatMap(({ dag, feestdagErvoor, maandag }) =>
  TERMIJNEN.flatMap((t) => [
    { titel: `${t.naam} eindigend op de gelijkgestelde dag ${dag}`, einde: dag, verwacht: maandag, bereken: t.bereken },
    {
      titel: `${t.naam} eindigend op ${feestdagErvoor}, de dag voor de gelijkgestelde dag ${dag}`,
      einde: feestdagErvoor.slice(0, 10),
      verwacht: maandag,
      bereken: t.bereken,
    },
  ]),
);

describe('Atw art. 3 lid 3: bij besluit met een feestdag gelijkgestelde dagen 2026-2028', () => {
  it.each(GEVALLEN)('Atw art. 1 en 3 lid 3: $titel eindigt op maandag $verwacht', ({ einde, verwacht, bereken }) => {
    expect(bereken(einde, BESLUIT_2026_2028)).toBe(verwacht);
    // Without the decree the same term would end on the Friday: the data is what moves it.
    expect(bereken(einde, GEEN)).toBe(plusDagen(verwacht, -3));
  });

  it('Atw art. 3 lid 3: een gelijkgestelde dag verschuift alleen termijnen die erop (of op vrije dagen ervoor) eindigen', () => {
    // Bevrijdingsdag (Wednesday), Hemelvaartsdag, the decree's Friday and the weekend: on to Monday.
    expect(termijnEinde('2027-05-05', BESLUIT_2026_2028)).toBe('2027-05-10');
    expect(termijnEinde('2027-05-04', BESLUIT_2026_2028)).toBe('2027-05-04');
    expect(termijnEinde('2027-05-10', BESLUIT_2026_2028)).toBe('2027-05-10');
    expect(termijnEinde('2027-05-08', BESLUIT_2026_2028)).toBe('2027-05-10');
  });
});

// ---------------------------------------------------------------- brute force against an independent implementation

/** Easter Sundays from the published calendar (not computed), for the independent check. */
const PASEN: Record<number, [number, number]> = {
  2024: [3, 31],
  2025: [4, 20],
  2026: [4, 5],
  2027: [3, 28],
  2028: [4, 16],
  2029: [4, 1],
  2030: [4, 21],
  2031: [4, 13],
  2032: [3, 28],
  2033: [4, 17],
  2034: [4, 9],
  2035: [3, 25],
};

const DAG_MS = 86_400_000;

/** The straightforward reading of Atw art. 1 and 3: a set of free days, then step day by day. */
function onafhankelijk(vrijeDagenBesluit: readonly string[]) {
  const vrij = new Set<number>();
  const ms = (j: number, m: number, d: number) => Date.UTC(j, m - 1, d);
  for (let jaar = 2024; jaar <= 2035; jaar++) {
    const [pm, pd] = PASEN[jaar];
    const pasen = ms(jaar, pm, pd);
    const koningsdag = new Date(ms(jaar, 4, 27)).getUTCDay() === 0 ? ms(jaar, 4, 26) : ms(jaar, 4, 27);
    for (const d of [
      ms(jaar, 1, 1),
      pasen - 2 * DAG_MS,
      pasen + DAG_MS,
      koningsdag,
      ms(jaar, 5, 5),
      pasen + 39 * DAG_MS,
      pasen + 50 * DAG_MS,
      ms(jaar, 12, 25),
      ms(jaar, 12, 26),
    ]) {
      vrij.add(d);
    }
  }
  for (const d of vrijeDagenBesluit) {
    vrij.add(Date.parse(`${d}T00:00:00Z`));
  }
  return (start: string, dagen: number): string => {
    let t = Date.parse(`${start}T00:00:00Z`) + dagen * DAG_MS;
    for (;;) {
      const weekdag = new Date(t).getUTCDay();
      if (weekdag !== 0 && weekdag !== 6 && !vrij.has(t)) {
        return new Date(t).toISOString().slice(0, 10);
      }
      t += DAG_MS;
    }
  };
}

describe('Atw art. 1 en 3: alle termijnen 2024-2034 tegen een onafhankelijke berekening', () => {
  it('Atw art. 1 en 3 lid 3, Awb 4:13, 4:5 en 6:7: elke begindatum in 2024-2034 geeft dezelfde einddatum voor elke termijnsoort', () => {
    const verwacht = onafhankelijk([...BESLUIT_2026_2028]);
    const fouten: string[] = [];
    let verschovenDoorBesluit = 0;
    for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2034, 11, 31); t += DAG_MS) {
      const start = new Date(t).toISOString().slice(0, 10);
      const gevallen: Array<[string, string, string]> = [
        ['beslistermijn 8 weken', beslissenUiterlijk(start, 8, 0, BESLUIT_2026_2028), verwacht(start, 56)],
        ['beslistermijn 6 weken + 9 dagen', beslissenUiterlijk(start, 6, 9, BESLUIT_2026_2028), verwacht(start, 51)],
        ['aanvulling 14 dagen', aanvullenUiterlijk(start, 14, BESLUIT_2026_2028), verwacht(start, 14)],
        ['bezwaar', bezwaarMogelijkTot(start, BESLUIT_2026_2028), verwacht(start, 42)],
      ];
      for (const [soort, kreeg, moet] of gevallen) {
        if (kreeg !== moet) {
          fouten.push(`${soort} vanaf ${start}: ${kreeg} in plaats van ${moet}`);
        }
      }
      if (bezwaarMogelijkTot(start, GEEN) !== verwacht(start, 42)) {
        verschovenDoorBesluit++;
      }
    }
    expect(fouten).toEqual([]);
    // The decree changes the objection term of the decision dates whose term would end on the decree
    // day or on the free days right before it (Monday instead of Friday): two per decree day, three in
    // 2027, when Bevrijdingsdag is the Wednesday before Hemelvaartsdag.
    expect(verschovenDoorBesluit).toBe(11);
  });
});
