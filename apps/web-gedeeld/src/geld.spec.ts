import { centenAlsInvoer, centenUitInvoer, euro } from './geld';

describe('bedragen in euro’s naar centen', () => {
  it.each([
    ['12,50', 1250],
    ['12,5', 1250],
    ['12', 1200],
    ['0,29', 29],
    ['0,07', 7],
    [',50', null],
    ['€ 12,50', 1250],
    ['€12', 1200],
    ['1.250', 125000],
    ['1.250,75', 125075],
    ['12.345.678,90', 1234567890],
    ['12.5', 1250],
    ['12.50', 1250],
    ['  7 ', 700],
    ['007', 700],
    ['1 250', 125000],
  ])('leest “%s” als %p centen', (invoer, centen) => {
    const r = centenUitInvoer(invoer);
    if (centen === null) {
      expect(r.soort).toBe('fout');
    } else {
      expect(r).toEqual({ soort: 'bedrag', centen });
    }
  });

  it('rekent zonder drijvende komma: 0,29 + 0,01 blijft exact', () => {
    const a = centenUitInvoer('0,29');
    const b = centenUitInvoer('0,01');
    expect(a.soort === 'bedrag' && b.soort === 'bedrag' && a.centen + b.centen).toBe(30);
    for (let c = 0; c < 10_000; c += 7) {
      expect(centenUitInvoer(centenAlsInvoer(c))).toEqual({ soort: 'bedrag', centen: c });
    }
  });

  it.each([['12,505'], ['12,50,1'], ['twaalf'], ['-5'], ['1.25.0'], ['12.3456']])(
    'weigert “%s” met een Nederlandse melding',
    (invoer) => {
      const r = centenUitInvoer(invoer);
      expect(r.soort).toBe('fout');
      expect(r.soort === 'fout' && r.melding).toMatch(/bedrag/i);
    },
  );

  it('geeft een leeg veld als leeg terug, niet als 0', () => {
    expect(centenUitInvoer('')).toEqual({ soort: 'leeg' });
    expect(centenUitInvoer(' € ')).toEqual({ soort: 'leeg' });
  });

  it('weigert bedragen groter dan de API kan opslaan', () => {
    expect(centenUitInvoer('99999999999999').soort).toBe('fout');
    expect(centenUitInvoer('9999999999999')).toEqual({ soort: 'bedrag', centen: 999999999999900 });
  });

  it('toont centen als euro’s', () => {
    expect(euro(0)).toBe('€ 0,00');
    expect(euro(7)).toBe('€ 0,07');
    expect(euro(1250)).toBe('€ 12,50');
    expect(euro(125000)).toBe('€ 1.250,00');
    expect(euro(123456789)).toBe('€ 1.234.567,89');
    expect(centenAlsInvoer(125000)).toBe('1250');
    expect(centenAlsInvoer(1205)).toBe('12,05');
    expect(() => euro(1.5)).toThrow(RangeError);
  });
});
