import {
  algemeneFeestdagen,
  beslissenUiterlijk,
  bezwaarMogelijkTot,
  isVrijeDag,
  paaszondag,
  termijnEinde,
} from './termijnen.rules';

/**
 * Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met
 * een algemeen erkende feestdag (Atw art. 3 lid 3): the decree the migration seeds.
 */
const BESLUIT_2026_2028 = new Set(['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26']);
const GEEN = new Set<string>();

describe('Algemene termijnenwet', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
  ])('berekent paaszondag %i als %s', (jaar, datum) => {
    expect(paaszondag(jaar)).toBe(datum);
  });

  it.each([
    ['2027-01-01', 'Nieuwjaarsdag'],
    ['2027-03-26', 'Goede Vrijdag'],
    ['2027-03-29', 'Tweede Paasdag'],
    ['2027-04-27', 'Koningsdag'],
    ['2025-04-26', 'Koningsdag'], // 27 April 2025 was a Sunday
    ['2027-05-05', 'Bevrijdingsdag'],
    ['2027-05-06', 'Hemelvaartsdag'],
    ['2027-05-17', 'Tweede Pinksterdag'],
    ['2027-12-25', 'Eerste Kerstdag'],
    ['2027-12-26', 'Tweede Kerstdag'],
  ])('kent %s als %s', (datum, naam) => {
    expect(algemeneFeestdagen(Number(datum.slice(0, 4))).get(datum)).toBe(naam);
  });

  it('verschuift Koningsdag niet als 27 april geen zondag is', () => {
    expect(algemeneFeestdagen(2027).has('2027-04-26')).toBe(false);
  });

  it.each([
    ['een gewone dinsdag blijft staan', '2027-06-08', '2027-06-08'],
    ['een zaterdag schuift naar maandag', '2027-06-12', '2027-06-14'],
    ['een zondag schuift naar maandag', '2027-06-13', '2027-06-14'],
    ['Goede Vrijdag schuift over Pasen naar dinsdag', '2027-03-26', '2027-03-30'],
    // Issue 17: this case used to expect Friday 7 May 2027, which the decree equates with a holiday.
    [
      'Hemelvaartsdag 2027 schuift over de gelijkgestelde vrijdag 7 mei naar maandag (Atw art. 3 lid 3)',
      '2027-05-06',
      '2027-05-10',
    ],
    ['Hemelvaartsdag 2029 (geen gelijkgestelde dag) schuift naar vrijdag', '2029-05-10', '2029-05-11'],
    ['Eerste Kerstdag op zaterdag schuift naar maandag 27 december', '2027-12-25', '2027-12-27'],
    ['Tweede Kerstdag 2026 op zaterdag schuift naar maandag', '2026-12-26', '2026-12-28'],
    ['Bevrijdingsdag 2026 (dinsdag) schuift naar woensdag', '2026-05-05', '2026-05-06'],
    ['Nieuwjaarsdag 2028 (zaterdag) schuift naar maandag 3 januari', '2028-01-01', '2028-01-03'],
  ])('termijneinde: %s', (_naam, datum, einde) => {
    expect(termijnEinde(datum, BESLUIT_2026_2028)).toBe(einde);
  });

  it('houdt rekening met bij besluit gelijkgestelde dagen (configureerbare data)', () => {
    expect(isVrijeDag('2027-06-08', new Set(['2027-06-08']))).toBe(true);
    expect(termijnEinde('2027-06-08', new Set(['2027-06-08']))).toBe('2027-06-09');
    expect(termijnEinde('2027-06-08', GEEN)).toBe('2027-06-08');
  });

  it.each([
    ['acht weken na indienen op een gewone dag', '2027-01-11', 8, 0, '2027-03-08'],
    ['acht weken eindigend op Tweede Paasdag schuift naar dinsdag', '2027-02-01', 8, 0, '2027-03-30'],
    ['opschorting voor aanvulling verlengt de termijn', '2027-01-11', 8, 10, '2027-03-18'],
    ['opschorting die op een zaterdag eindigt schuift naar maandag', '2027-01-11', 8, 5, '2027-03-15'],
    // Issue 17: this case used to expect Friday 7 May 2027, which the decree equates with a holiday.
    [
      'zes weken eindigend op Hemelvaartsdag schuift over de gelijkgestelde vrijdag 7 mei 2027 naar maandag (Atw art. 1 en 3 lid 3)',
      '2027-03-25',
      6,
      0,
      '2027-05-10',
    ],
  ])('beslissenUiterlijk: %s', (_naam, ingediend, weken, opgeschort, verwacht) => {
    expect(beslissenUiterlijk(ingediend, weken, opgeschort, BESLUIT_2026_2028)).toBe(verwacht);
  });

  it.each([
    ['zes weken na een besluit op een gewone dag', '2027-01-12', '2027-02-23'],
    ['eindigt op Tweede Kerstdag (zondag) en schuift naar maandag', '2027-11-14', '2027-12-27'],
    ['eindigt op Koningsdag en schuift naar woensdag', '2027-03-16', '2027-04-28'],
    ['besluit van 25 maart 2027: bezwaar tot en met maandag 10 mei 2027 (Awb 6:7, Atw art. 3 lid 3)', '2027-03-25', '2027-05-10'],
  ])('bezwaarMogelijkTot: %s', (_naam, besluit, verwacht) => {
    expect(bezwaarMogelijkTot(besluit, BESLUIT_2026_2028)).toBe(verwacht);
  });
});
