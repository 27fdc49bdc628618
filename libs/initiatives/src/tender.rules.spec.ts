import {
  binnenAanvraagperiode,
  lot,
  ontbrekendeCriteria,
  rangschik,
  totaalScore,
  verdeelTender,
  vergelijk,
} from './tender.rules';

const CRITERIA = [
  { code: 'BEREIK', omschrijving: 'Hoeveel bewoners doen mee', gewicht: 2 },
  { code: 'DUURZAAM', omschrijving: 'Blijft het na dit jaar bestaan', gewicht: 1 },
];

const b = (criterium: string, score: number, beoordelaar = 'x') => ({ criterium, score, beoordelaar });

describe('rangschik: de bekendgemaakte rangschikkingsregel (Awb 4:26)', () => {
  it.each([
    [
      'Awb 4:26: hogere gewogen score gaat voor',
      [
        { id: 'a', volledigOp: '2027-03-01', beoordelingen: [b('BEREIK', 5), b('DUURZAAM', 5)] },
        { id: 'b', volledigOp: '2027-03-02', beoordelingen: [b('BEREIK', 8), b('DUURZAAM', 2)] },
      ],
      ['b', 'a'],
      ['SCORE', 'SCORE'],
    ],
    [
      'Awb 4:26: bij gelijke score gaat de eerder volledige aanvraag voor',
      [
        { id: 'a', volledigOp: '2027-03-05', beoordelingen: [b('BEREIK', 6), b('DUURZAAM', 6)] },
        { id: 'b', volledigOp: '2027-03-02', beoordelingen: [b('BEREIK', 6), b('DUURZAAM', 6)] },
      ],
      ['b', 'a'],
      ['DATUM', 'DATUM'],
    ],
    [
      'Awb 4:26: het gemiddelde van twee beoordelaars telt, exact (geen afronding)',
      [
        // a: 2×(7+8)/2 + 1×(5+6)/2 = 15 + 5.5 = 20.5; b the same from other scores (equal): the date decides
        {
          id: 'a',
          volledigOp: '2027-03-02',
          beoordelingen: [b('BEREIK', 7, 'p'), b('BEREIK', 8, 'q'), b('DUURZAAM', 5, 'p'), b('DUURZAAM', 6, 'q')],
        },
        {
          id: 'b',
          volledigOp: '2027-03-01',
          beoordelingen: [b('BEREIK', 8, 'p'), b('BEREIK', 7, 'q'), b('DUURZAAM', 6, 'p'), b('DUURZAAM', 5, 'q')],
        },
      ],
      ['b', 'a'],
      ['DATUM', 'DATUM'],
    ],
  ])('%s', (_naam, kandidaten, volgorde, beslecht) => {
    const r = rangschik(CRITERIA, kandidaten, 'zaad');
    expect(r.map((x) => x.id)).toEqual(volgorde);
    expect(r.map((x) => x.beslecht)).toEqual(beslecht);
    expect(r.map((x) => x.plaats)).toEqual(volgorde.map((_, i) => i + 1));
  });

  it('Awb 4:26: bij gelijke score en datum beslist het lot, herhaalbaar met het vastgelegde zaad', () => {
    const k = ['a', 'b', 'c'].map((id) => ({ id, volledigOp: '2027-03-01', beoordelingen: [b('BEREIK', 5), b('DUURZAAM', 5)] }));
    const eerst = rangschik(CRITERIA, k, 'zaad-1');
    expect(rangschik(CRITERIA, [...k].reverse(), 'zaad-1').map((x) => x.id)).toEqual(eerst.map((x) => x.id));
    expect(eerst.every((x) => x.beslecht === 'LOT')).toBe(true);
    const verwacht = ['a', 'b', 'c'].sort((x, y) => lot('zaad-1', x).localeCompare(lot('zaad-1', y)));
    expect(eerst.map((x) => x.id)).toEqual(verwacht);
  });

  it('totaalScore is een exacte breuk en toont twee decimalen', () => {
    const t = totaalScore(CRITERIA, [b('BEREIK', 7, 'p'), b('BEREIK', 8, 'q'), b('DUURZAAM', 5)]);
    expect(vergelijk(t, { teller: 20n, noemer: 1n })).toBe(0);
    expect(
      rangschik(CRITERIA, [{ id: 'a', volledigOp: '2027-01-01', beoordelingen: [b('BEREIK', 1), b('DUURZAAM', 1)] }], 's')[0]
        .totaalTekst,
    ).toBe('3,00');
  });

  it('noemt de criteria zonder score', () => {
    expect(ontbrekendeCriteria(CRITERIA, { id: 'a', volledigOp: '', beoordelingen: [b('BEREIK', 3)] })).toEqual(['DUURZAAM']);
  });
});

describe('verdeelTender: het plafond in volgorde van de rangschikking (Awb 4:26)', () => {
  const lijst = [
    { id: 'a', gevraagd: 500 },
    { id: 'b', gevraagd: 400 },
    { id: 'c', gevraagd: 100 },
  ];
  it.each([
    ['Awb 4:26: alles past', 1_000, false, { a: 500, b: 400, c: 100 }],
    [
      'Awb 4:26: alles of niets; wie niet past wordt overgeslagen, de volgende die past krijgt het',
      700,
      false,
      { a: 500, b: 0, c: 100 },
    ],
    ['Awb 4:26: gedeeltelijk toekennen als de regeling dat toestaat', 700, true, { a: 500, b: 200, c: 0 }],
    ['Awb 4:25: leeg plafond', 0, false, { a: 0, b: 0, c: 0 }],
  ])('%s', (_naam, ruimte, gedeeltelijk, verwacht) => {
    expect(Object.fromEntries(verdeelTender(ruimte, lijst, gedeeltelijk))).toEqual(verwacht);
  });
});

describe('binnenAanvraagperiode (Awb 4:26)', () => {
  it.each([
    ['eerste dag', '2027-03-01', true],
    ['laatste dag', '2027-03-31', true],
    ['dag ervoor', '2027-02-28', false],
    ['dag erna', '2027-04-01', false],
  ])('Awb 4:26: %s', (_naam, dag, verwacht) => {
    expect(binnenAanvraagperiode(dag, '2027-03-01', '2027-03-31')).toBe(verwacht);
  });
});
