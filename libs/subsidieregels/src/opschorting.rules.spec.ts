import {
  aanvullenUiterlijk,
  beslissenUiterlijk,
  lopendeBeslistermijn,
  opgeschorteDagen,
  opschortingLooptTotEnMet,
} from './termijnen.rules';

/** Besluit gelijkstelling 2026-2028 (Atw art. 3 lid 3), as the migration seeds it. */
const BESLUIT_2026_2028 = new Set(['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26']);

describe('Awb 4:15: opschorting van de beslistermijn voor een aanvulling', () => {
  // Asked on Friday 26 March 2027 with 14 days: the aanvulling term ends on Friday 9 April 2027.
  const GEVRAAGD = '2027-03-26';
  const UITERLIJK = aanvullenUiterlijk(GEVRAAGD, 14, BESLUIT_2026_2028);

  it('de aanvullingstermijn van het voorbeeld eindigt op 9 april 2027 (Awb 4:5)', () => {
    expect(UITERLIJK).toBe('2027-04-09');
  });

  it.each<[string, string | null, number, string]>([
    ['Awb 4:15 lid 1: aangevuld op de dag van het verzoek schort niets op', '2027-03-26', 0, '2027-03-26'],
    [
      'Awb 4:15 lid 1: opschorting begint pas de dag na het verzoek, dus aanvulling de volgende dag schort niets op',
      '2027-03-27',
      0,
      '2027-03-26',
    ],
    ['Awb 4:15 lid 1: opgeschort tot de dag waarop is aangevuld (die dag telt niet mee)', '2027-04-01', 5, '2027-03-31'],
    ['Awb 4:15 lid 1: aangevuld op de laatste dag van de aanvullingstermijn', '2027-04-09', 13, '2027-04-08'],
    ['Awb 4:15 lid 1: een dag te laat aangevuld schort niet langer op dan de aanvullingstermijn', '2027-04-10', 14, '2027-04-09'],
    [
      'Awb 4:15 lid 1 (het gereproduceerde geval van issue 17): aanvulling op 24 mei 2027 schort op tot en met 9 april, niet tot 24 mei',
      '2027-05-24',
      14,
      '2027-04-09',
    ],
    ['Awb 4:15 lid 1: nooit aangevuld, de termijn is ongebruikt verstreken', null, 14, '2027-04-09'],
  ])('%s', (_naam, aangevuld, dagen, totEnMet) => {
    expect(opgeschorteDagen(GEVRAAGD, UITERLIJK, aangevuld)).toBe(dagen);
    expect(opschortingLooptTotEnMet(GEVRAAGD, UITERLIJK, aangevuld)).toBe(totEnMet);
  });

  it('Awb 4:15 en 4:13: de beslistermijn van het gereproduceerde geval schuift 14 dagen op, niet 59', () => {
    // Received Monday 1 March 2027, eight weeks: Monday 26 April 2027.
    expect(beslissenUiterlijk('2027-03-01', 8, 0, BESLUIT_2026_2028)).toBe('2027-04-26');
    const dagen = opgeschorteDagen(GEVRAAGD, UITERLIJK, '2027-05-24');
    expect(beslissenUiterlijk('2027-03-01', 8, dagen, BESLUIT_2026_2028)).toBe('2027-05-10');
  });

  it.each<[string, string, number, string | null, number, string]>([
    [
      'Awb 4:15 en Atw art. 3 lid 3: een aanvullingstermijn die op de gelijkgestelde vrijdag 7 mei 2027 eindigt loopt tot maandag 10 mei; zolang schort de beslistermijn op',
      '2027-04-23',
      14,
      null,
      17,
      '2027-05-10',
    ],
    [
      'Awb 4:15 en Atw art. 3 lid 3: te laat aangevuld na de gelijkgestelde dag 15 mei 2026: opgeschort tot en met maandag 18 mei 2026',
      '2026-05-01',
      14,
      '2026-06-01',
      17,
      '2026-05-18',
    ],
    [
      'Awb 4:15 en Atw art. 3 lid 3: aanvullingstermijn over 28 april 2028 (gelijkgesteld) naar maandag 1 mei 2028, aangevuld op 28 april',
      '2028-04-14',
      14,
      '2028-04-28',
      13,
      '2028-04-27',
    ],
  ])('%s', (_naam, gevraagd, termijnDagen, aangevuld, dagen, totEnMet) => {
    const uiterlijk = aanvullenUiterlijk(gevraagd, termijnDagen, BESLUIT_2026_2028);
    expect(opgeschorteDagen(gevraagd, uiterlijk, aangevuld)).toBe(dagen);
    expect(opschortingLooptTotEnMet(gevraagd, uiterlijk, aangevuld)).toBe(totEnMet);
  });
});

describe('Awb 4:14 lid 3: de lopende beslistermijn na een verdaging', () => {
  it.each<[string, number, { tot: string; dagenOpgeschortBijVerdaging: number } | null, string]>([
    ['zonder verdaging de gewone termijn (Awb 4:13)', 0, null, '2027-04-26'],
    ['Awb 4:14 lid 3: na verdaging de nieuwe termijn', 0, { tot: '2027-05-21', dagenOpgeschortBijVerdaging: 0 }, '2027-05-21'],
    [
      'Awb 4:14 en 4:15: een aanvulling na de verdaging schuift de nieuwe termijn op met de opgeschorte dagen',
      10,
      { tot: '2027-05-21', dagenOpgeschortBijVerdaging: 3 },
      '2027-05-28',
    ],
    [
      'Awb 4:14 en Atw art. 3 lid 3: een verdaagde termijn die door opschorting op de gelijkgestelde 7 mei 2027 valt eindigt op maandag 10 mei',
      4,
      { tot: '2027-05-03', dagenOpgeschortBijVerdaging: 0 },
      '2027-05-10',
    ],
  ])('%s', (_naam, opgeschort, verdaging, verwacht) => {
    expect(lopendeBeslistermijn('2027-03-01', 8, opgeschort, verdaging, BESLUIT_2026_2028)).toBe(verwacht);
  });
});
