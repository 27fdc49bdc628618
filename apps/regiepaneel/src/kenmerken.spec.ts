import { leesKenmerken, sleutelVan } from './kenmerken';

describe('quota van een burgerberaad als tekst', () => {
  it('leest kenmerken met hun waarden, minimum en maximum', () => {
    expect(leesKenmerken('Leeftijd\n- 18 tot 40 jaar: 1-3\n-40 jaar of ouder:2-4\n\nStadsdeel\n- Heerlen-Noord: 0-2')).toEqual({
      kenmerken: [
        {
          sleutel: 'leeftijd',
          naam: 'Leeftijd',
          waarden: [
            { waarde: '18-tot-40-jaar', label: '18 tot 40 jaar', min: 1, max: 3 },
            { waarde: '40-jaar-of-ouder', label: '40 jaar of ouder', min: 2, max: 4 },
          ],
        },
        {
          sleutel: 'stadsdeel',
          naam: 'Stadsdeel',
          waarden: [{ waarde: 'heerlen-noord', label: 'Heerlen-Noord', min: 0, max: 2 }],
        },
      ],
      fouten: [],
    });
  });

  it.each([
    ['- Vrouw: 2-3', 'Regel 1: zet eerst de naam van het kenmerk op een eigen regel, daaronder de waarden.'],
    ['Geslacht\n- Vrouw 2-3', 'Regel 2: schrijf een waarde als “- naam: minimum-maximum”, bijvoorbeeld “- Vrouw: 2-3”.'],
    ['Geslacht', 'Het kenmerk “Geslacht” heeft nog geen waarden.'],
  ])('zegt wat er mis is met %j', (tekst, melding) => {
    expect(leesKenmerken(tekst).fouten).toEqual([melding]);
  });

  it('maakt sleutels zonder accenten en leestekens', () => {
    expect(sleutelVan('Opleiding (hoogst afgeronde)')).toBe('opleiding-hoogst-afgeronde');
    expect(sleutelVan('Één')).toBe('een');
  });
});
