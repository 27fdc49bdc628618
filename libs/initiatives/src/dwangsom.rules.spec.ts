import { dwangsomBedrag, dwangsomStand, ingebrekestellingFout, inGebrekeVanaf } from './dwangsom.rules';

/** Besluit gelijkstelling 2026-2028 (Atw art. 3 lid 3), as the migration seeds it. */
const BESLUIT_2026_2028 = new Set(['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26']);

describe('Awb 4:17 lid 2: de hoogte van de dwangsom', () => {
  it.each<[string, number, number]>([
    ['geen dag in gebreke: niets', 0, 0],
    ['Awb 4:17 lid 2: de eerste dag € 23', 1, 2300],
    ['Awb 4:17 lid 2: veertien dagen van € 23', 14, 32200],
    ['Awb 4:17 lid 2: de vijftiende dag kost € 35', 15, 32200 + 3500],
    ['Awb 4:17 lid 2: 28 dagen: 14 × € 23 + 14 × € 35', 28, 32200 + 49000],
    ['Awb 4:17 lid 2: de 29e dag kost € 45', 29, 32200 + 49000 + 4500],
    ['Awb 4:17 lid 1 en 2: 42 dagen is het maximum van € 1.442', 42, 144200],
    ['Awb 4:17 lid 1: na 42 dagen komt er niets meer bij', 60, 144200],
    ['een negatief aantal dagen telt als nul', -3, 0],
  ])('%s', (_naam, dagen, centen) => {
    expect(dwangsomBedrag(dagen)).toBe(centen);
  });
});

describe('Awb 4:17 lid 1: vanaf wanneer de gemeente in gebreke is', () => {
  it.each<[string, string, string]>([
    [
      'Awb 4:17 lid 1: ontvangen op maandag 7 juni 2027, twee weken tot maandag 21 juni, in gebreke vanaf 22 juni',
      '2027-06-07',
      '2027-06-22',
    ],
    [
      'Awb 4:17 lid 1 en Atw art. 1: twee weken die op zaterdag eindigen lopen tot maandag; in gebreke vanaf dinsdag',
      '2027-06-05',
      '2027-06-22',
    ],
    [
      'Awb 4:17 lid 1 en Atw art. 3 lid 3: twee weken die op de gelijkgestelde vrijdag 7 mei 2027 eindigen lopen tot maandag 10 mei',
      '2027-04-23',
      '2027-05-11',
    ],
    [
      'Awb 4:17 lid 1 en Atw art. 3 lid 3: twee weken eindigend op Hemelvaartsdag 2026 lopen over de gelijkgestelde 15 mei tot maandag 18 mei',
      '2026-04-30',
      '2026-05-19',
    ],
  ])('%s', (_naam, ontvangen, vanaf) => {
    expect(inGebrekeVanaf(ontvangen, BESLUIT_2026_2028)).toBe(vanaf);
  });
});

describe('Awb 4:17 en 4:18: de stand van de dwangsom', () => {
  const ONTVANGEN = '2027-06-07'; // in gebreke vanaf 2027-06-22
  it.each<
    [
      string,
      string | null,
      string,
      { fase: string; dagen: number; bedrag: number; laatsteDag: string | null; vaststellenUiterlijk: string | null },
    ]
  >([
    [
      'Awb 4:17 lid 1: in de twee weken na ontvangst loopt nog niets',
      null,
      '2027-06-21',
      { fase: 'WACHTTIJD', dagen: 0, bedrag: 0, laatsteDag: null, vaststellenUiterlijk: null },
    ],
    [
      'Awb 4:17 lid 1: de eerste dag in gebreke telt mee',
      null,
      '2027-06-22',
      { fase: 'LOOPT', dagen: 1, bedrag: 2300, laatsteDag: null, vaststellenUiterlijk: null },
    ],
    [
      'Awb 4:17 lid 2: na twintig dagen 14 × € 23 + 6 × € 35',
      null,
      '2027-07-11',
      { fase: 'LOOPT', dagen: 20, bedrag: 32200 + 21000, laatsteDag: null, vaststellenUiterlijk: null },
    ],
    [
      'Awb 4:17 lid 1: besloten binnen de twee weken: geen dwangsom en niets vast te stellen',
      '2027-06-15',
      '2027-08-01',
      { fase: 'GESTOPT', dagen: 0, bedrag: 0, laatsteDag: null, vaststellenUiterlijk: null },
    ],
    [
      'Awb 4:17 lid 1 en 4:18: stopt op de dag van het besluit (die dag telt niet); vaststellen binnen twee weken na de laatste dag',
      '2027-07-02',
      '2027-07-20',
      { fase: 'GESTOPT', dagen: 10, bedrag: 23000, laatsteDag: '2027-07-01', vaststellenUiterlijk: '2027-07-15' },
    ],
    [
      'Awb 4:17 lid 1: na 42 dagen stopt de dwangsom ook zonder besluit (€ 1.442); Awb 4:18: vaststellen binnen twee weken',
      null,
      '2027-09-30',
      { fase: 'GESTOPT', dagen: 42, bedrag: 144200, laatsteDag: '2027-08-02', vaststellenUiterlijk: '2027-08-16' },
    ],
    [
      'Awb 4:17 lid 1: op de 42e dag loopt zij nog',
      null,
      '2027-08-02',
      { fase: 'LOOPT', dagen: 42, bedrag: 144200, laatsteDag: null, vaststellenUiterlijk: null },
    ],
  ])('%s', (_naam, besluit, vandaag, verwacht) => {
    expect(dwangsomStand(ONTVANGEN, besluit, vandaag, BESLUIT_2026_2028)).toMatchObject(verwacht);
  });

  it('Awb 4:18 en Atw art. 3 lid 3: de vaststellingstermijn die op de gelijkgestelde 7 mei 2027 eindigt loopt tot maandag 10 mei', () => {
    // Received 2027-03-01: in default from 2027-03-16; decision on 2027-04-24, last day owed 2027-04-23.
    const stand = dwangsomStand('2027-03-01', '2027-04-24', '2027-04-30', BESLUIT_2026_2028);
    expect(stand.laatsteDag).toBe('2027-04-23');
    expect(stand.vaststellenUiterlijk).toBe('2027-05-10');
  });
});

describe('Awb 4:17: wanneer de aanvrager in gebreke kan stellen', () => {
  const BASIS = { lopendeTermijn: '2027-06-01', opgeschort: false, besloten: false, alIngebrekeGesteld: false };
  it.each<[string, Partial<typeof BASIS>, string, RegExp | null]>([
    ['Awb 4:17: de dag na het einde van de beslistermijn mag het', {}, '2027-06-02', null],
    ['Awb 4:17: op de laatste dag van de termijn nog niet', {}, '2027-06-01', /tot en met 2027-06-01/],
    ['Awb 4:15: niet zolang de termijn is opgeschort voor een aanvulling', { opgeschort: true }, '2027-07-01', /stil/],
    ['Awb 4:17: maar één keer', { alIngebrekeGesteld: true }, '2027-07-01', /al in gebreke/],
    ['niet meer na het besluit', { besloten: true }, '2027-07-01', /al besloten/],
  ])('%s', (_naam, k, vandaag, melding) => {
    const fout = ingebrekestellingFout({ ...BASIS, ...k }, vandaag);
    if (melding === null) {
      expect(fout).toBeNull();
    } else {
      expect(fout).toMatch(melding);
    }
  });
});
