import fc from 'fast-check';
import { Breuk, ggd, kgv, naarDouble } from './breuk';

describe('Breuk: exacte rationale getallen', () => {
  it.each([
    ['100000', '100000'],
    ['363734.88', '363734.88'],
    ['200000.0', '200000'],
    ['.5', '0.5'],
    ['-2.50', '-2.5'],
    ['1e3', '1000'],
    ['1.5E-2', '0.015'],
    ['6/4', '1.5'],
    ['2/6', '1/3'],
    [' 7 ', '7'],
    ['0', '0'],
  ])('leest "%s" als %s', (tekst, verwacht) => {
    expect(Breuk.vanTekst(tekst).toString()).toBe(verwacht);
  });

  it.each(['', 'abc', '1,5', '1/0', '1.2.3', 'e5', '--1'])('weigert "%s"', (tekst) => {
    expect(() => Breuk.vanTekst(tekst)).toThrow(RangeError);
  });

  it.each([
    [Breuk.van(42703, 21), '42703/21'],
    [Breuk.van(1, 8), '0.125'],
    [Breuk.van(-1, 3), '-1/3'],
    [Breuk.van(-7, 20), '-0.35'],
    [Breuk.van(10, -4), '-2.5'],
  ])('schrijft %s exact als %s', (breuk, tekst) => {
    expect(breuk.toString()).toBe(tekst);
    expect(JSON.stringify({ b: breuk })).toBe(`{"b":"${tekst}"}`);
  });

  it('rekent exact, ook waar doubles gelijk worden', () => {
    const a = Breuk.van(100_000_000_000_000_001n, 2n);
    const b = Breuk.van(100_000_000_000_000_000n, 2n);
    expect(a.benadering()).toBe(b.benadering());
    expect(b.kleinerDan(a)).toBe(true);
    expect(a.min(b).toString()).toBe('0.5');
    expect(Breuk.van(1, 3).plus(Breuk.van(1, 6)).toString()).toBe('0.5');
    expect(Breuk.van(2, 3).maal(Breuk.van(3, 4)).toString()).toBe('0.5');
    expect(Breuk.van(1, 2).gedeeldDoor(Breuk.van(1, 4)).toString()).toBe('2');
    expect(Breuk.van(-7, 2).naarBeneden()).toBe(-4n);
    expect(Breuk.van(7, 2).naarBeneden()).toBe(3n);
  });

  it('ggd en kgv', () => {
    expect(ggd(12n, -18n)).toBe(6n);
    expect(ggd(0n, 0n)).toBe(0n);
    expect(kgv(4n, 6n)).toBe(12n);
  });

  it('vanFactoren geeft dezelfde genormaliseerde breuk als van()', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.array(fc.bigInt({ min: 1n, max: 5000n }), { minLength: 1, maxLength: 12 }),
        (teller, factoren) => {
          const noemer = factoren.reduce((a, b) => a * b, 1n);
          const snel = Breuk.vanFactoren(teller, factoren);
          const gewoon = Breuk.van(teller, noemer);
          expect([snel.teller, snel.noemer]).toEqual([gewoon.teller, gewoon.noemer]);
        },
      ),
      { numRuns: 300, seed: 3 },
    );
  });

  it('benadert ook getallen van duizenden bits als double', () => {
    const groot = 3n * 10n ** 600n;
    expect(naarDouble(groot, 10n ** 600n)).toBeCloseTo(3, 12);
    expect(naarDouble(1n, 3n)).toBeCloseTo(1 / 3, 15);
    expect(naarDouble(-groot, 2n * 10n ** 600n)).toBeCloseTo(-1.5, 12);
  });
});
