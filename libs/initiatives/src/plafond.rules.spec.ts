import fc from 'fast-check';
import { aanspraak, beschikbaarVoorAanvraag, toekenningsBezwaar, verdeelVrijeRuimte, vrijeRuimte } from './plafond.rules';

describe('aanspraak: reserveer alleen wat kan worden toegekend (Awb 4:25)', () => {
  it.each([
    ['onder het maximum: het gevraagde', 1_000, 1_500, 1_000],
    ['boven het maximum: het maximum', 2_000, 1_500, 1_500],
    ['zonder maximum: het gevraagde', 2_000, null, 2_000],
    ['maximum al opgebruikt door een eerdere aanvraag onder dezelfde regeling', 500, 0, 0],
  ])('Awb 4:25, %s', (_naam, gevraagd, maximum, verwacht) => {
    expect(aanspraak(gevraagd, maximum)).toBe(verwacht);
  });
});

describe('verdeelVrijeRuimte: vrijgekomen geld naar de wachtrij in volgorde van binnenkomst (Awb 4:25, invariant 3)', () => {
  it.each([
    [
      'alles past',
      1_000,
      [
        { id: 'a', tekort: 300 },
        { id: 'b', tekort: 200 },
      ],
      { a: 300, b: 200 },
    ],
    [
      'de eerste gaat voor, de tweede krijgt de rest',
      400,
      [
        { id: 'a', tekort: 300 },
        { id: 'b', tekort: 200 },
      ],
      { a: 300, b: 100 },
    ],
    ['niets vrij', 0, [{ id: 'a', tekort: 300 }], {}],
    [
      'wie niets tekort komt slaat over',
      100,
      [
        { id: 'a', tekort: 0 },
        { id: 'b', tekort: 50 },
      ],
      { b: 50 },
    ],
    ['lege wachtrij', 500, [], {}],
  ])('Awb 4:25, %s', (_naam, vrij, wachtrij, verwacht) => {
    expect(Object.fromEntries(verdeelVrijeRuimte(vrij, wachtrij))).toEqual(verwacht);
  });

  it('Awb 4:25: geeft nooit meer weg dan vrij is, niemand boven zijn tekort, en slaat niemand over die nog iets kan krijgen', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.array(fc.nat(50_000), { maxLength: 20 }), (vrij, tekorten) => {
        const wachtrij = tekorten.map((tekort, i) => ({ id: String(i), tekort }));
        const erbij = verdeelVrijeRuimte(vrij, wachtrij);
        const totaal = [...erbij.values()].reduce((s, b) => s + b, 0);
        expect(totaal).toBeLessThanOrEqual(vrij);
        wachtrij.forEach((w, i) => {
          const kreeg = erbij.get(w.id) ?? 0;
          expect(kreeg).toBeLessThanOrEqual(w.tekort);
          // Order of receipt: a later request gets something only when every earlier one is full.
          if (kreeg > 0) {
            wachtrij.slice(0, i).forEach((eerder) => expect(erbij.get(eerder.id) ?? 0).toBe(eerder.tekort));
          }
        });
        // Nothing is left over while someone still lacks money.
        if (totaal < vrij) {
          wachtrij.forEach((w) => expect(erbij.get(w.id) ?? 0).toBe(w.tekort));
        }
      }),
    );
  });
});

describe('beschikbaarVoorAanvraag: wat een besluit nu kan toekennen (Awb 4:25, op het moment van beslissen)', () => {
  it.each([
    [
      'reservering plus vrije ruimte, tot de aanspraak',
      { gevraagd: 2_000, gereserveerd: 500, aanspraak: 1_500, vrij: 5_000, metAfwijking: false },
      1_500,
    ],
    [
      'met afwijking tot het gevraagde',
      { gevraagd: 2_000, gereserveerd: 500, aanspraak: 1_500, vrij: 5_000, metAfwijking: true },
      2_000,
    ],
    ['plafond bijna vol', { gevraagd: 2_000, gereserveerd: 500, aanspraak: 1_500, vrij: 200, metAfwijking: false }, 700],
    ['niets gereserveerd en niets vrij', { gevraagd: 2_000, gereserveerd: 0, aanspraak: 1_500, vrij: 0, metAfwijking: true }, 0],
  ])('Awb 4:25, %s', (_naam, a, verwacht) => {
    expect(beschikbaarVoorAanvraag(a)).toBe(verwacht);
  });
});

describe('toekenningsBezwaar: grenzen van een toegekend bedrag', () => {
  const basis = { gevraagd: 2_000, maximumBedrag: 1_500, gereserveerd: 1_500, vrij: 0, metAfwijking: false };
  it.each([
    ['binnen alle grenzen', { ...basis, bedrag: 1_500 }, null],
    ['meer dan gevraagd', { ...basis, bedrag: 2_100 }, { soort: 'MEER_DAN_GEVRAAGD', grens: 2_000 }],
    ['boven het maximum zonder afwijking', { ...basis, bedrag: 1_600 }, { soort: 'BOVEN_MAXIMUM', grens: 1_500 }],
    [
      'boven het maximum met afwijking maar boven het plafond',
      { ...basis, bedrag: 1_600, metAfwijking: true },
      { soort: 'PLAFOND', grens: 1_500 },
    ],
    ['boven het maximum met afwijking binnen het plafond', { ...basis, bedrag: 1_600, metAfwijking: true, vrij: 100 }, null],
  ])('Awb 4:25, %s', (_naam, a, verwacht) => {
    expect(toekenningsBezwaar(a)).toEqual(verwacht);
  });

  it('vrije ruimte is bedrag min verleend min gereserveerd, nooit negatief', () => {
    expect(vrijeRuimte({ bedrag: 1_000, verleend: 300, gereserveerd: 200 })).toBe(500);
    expect(vrijeRuimte({ bedrag: 1_000, verleend: 900, gereserveerd: 200 })).toBe(0);
  });
});
