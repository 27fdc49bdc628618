import { beoordeelVerdaging } from './verdaging.rules';

/** Besluit gelijkstelling 2026-2028 (Atw art. 3 lid 3), as the migration seeds it. */
const BESLUIT_2026_2028 = new Set(['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26']);

describe('Awb 4:14 lid 3: verdaging van de beslistermijn', () => {
  it.each<[string, string, string, string, { soort: string; nieuweTermijn?: string; melding?: RegExp }]>([
    [
      'Awb 4:14 lid 3: vóór het einde van de termijn met een latere datum',
      '2027-06-01',
      '2027-06-29',
      '2027-05-20',
      { soort: 'GOED', nieuweTermijn: '2027-06-29' },
    ],
    [
      'Awb 4:14 lid 3: op de laatste dag van de termijn kan het nog',
      '2027-06-01',
      '2027-06-15',
      '2027-06-01',
      { soort: 'GOED', nieuweTermijn: '2027-06-15' },
    ],
    [
      'Awb 4:14 lid 3: na het einde van de termijn niet meer',
      '2027-06-01',
      '2027-06-15',
      '2027-06-02',
      { soort: 'TE_LAAT', melding: /verstreken/ },
    ],
    [
      'Awb 4:14 lid 3: de nieuwe termijn moet later liggen dan de huidige',
      '2027-06-01',
      '2027-06-01',
      '2027-05-20',
      { soort: 'ONGELDIG', melding: /na de huidige/ },
    ],
    [
      'Awb 4:14 lid 3: zo kort mogelijk, dus hoogstens acht weken later',
      '2027-06-01',
      '2027-07-28',
      '2027-05-20',
      { soort: 'ONGELDIG', melding: /8 weken/ },
    ],
    [
      'Awb 4:14 lid 3: precies acht weken later mag',
      '2027-06-01',
      '2027-07-27',
      '2027-05-20',
      { soort: 'GOED', nieuweTermijn: '2027-07-27' },
    ],
    ['geen geldige datum', '2027-06-01', '2027-02-30', '2027-05-20', { soort: 'ONGELDIG', melding: /geldige datum/ }],
    [
      'Awb 4:14 en Atw art. 3 lid 3: een nieuwe termijn op de gelijkgestelde vrijdag 7 mei 2027 schuift naar maandag 10 mei',
      '2027-04-20',
      '2027-05-07',
      '2027-04-19',
      { soort: 'GOED', nieuweTermijn: '2027-05-10' },
    ],
    [
      'Awb 4:14 en Atw art. 1: een nieuwe termijn op zaterdag schuift naar maandag',
      '2027-06-01',
      '2027-06-12',
      '2027-05-20',
      { soort: 'GOED', nieuweTermijn: '2027-06-14' },
    ],
  ])('%s', (_naam, huidig, gevraagd, vandaag, verwacht) => {
    const u = beoordeelVerdaging(huidig, gevraagd, vandaag, BESLUIT_2026_2028);
    expect(u.soort).toBe(verwacht.soort);
    if (u.soort === 'GOED') {
      expect(u.nieuweTermijn).toBe(verwacht.nieuweTermijn);
    } else {
      expect(u.melding).toMatch(verwacht.melding!);
    }
  });
});
