import { diepGelijk } from './versies.rules';

describe('diepGelijk: is een regeling inhoudelijk gewijzigd', () => {
  it.each<[string, unknown, unknown, boolean]>([
    [
      'een voorwaarde met de sleutels in de volgorde van jsonb is dezelfde voorwaarde',
      { code: 'EIGEN_BIJDRAGE', omschrijving: 'Minstens 10%.', regel: { '>=': [{ var: 'eigenBijdrageProcent' }, 10] } },
      { code: 'EIGEN_BIJDRAGE', regel: { '>=': [{ var: 'eigenBijdrageProcent' }, 10] }, omschrijving: 'Minstens 10%.' },
      true,
    ],
    [
      'geneste objecten met andere sleutelvolgorde',
      { and: [{ a: 1, b: [2, { c: 3, d: 4 }] }] },
      { and: [{ b: [2, { d: 4, c: 3 }], a: 1 }] },
      true,
    ],
    ['een andere drempel is een wijziging', { '>=': [{ var: 'x' }, 10] }, { '>=': [{ var: 'x' }, 1] }, false],
    ['de volgorde in een lijst telt', ['BUURT', 'STAD'], ['STAD', 'BUURT'], false],
    ['een extra voorwaarde is een wijziging', [{ code: 'A' }], [{ code: 'A' }, { code: 'B' }], false],
    ['een extra sleutel is een wijziging', { a: 1 }, { a: 1, b: 2 }, false],
    ['een sleutel met undefined telt niet (zoals in JSON)', { a: 1, b: undefined }, { a: 1 }, true],
    ['null is geen leeg object', null, {}, false],
    ['een lijst is geen object met indexen', [1], { 0: 1 }, false],
    ['getal en tekst verschillen', 10, '10', false],
  ])('%s', (_naam, a, b, gelijk) => {
    expect(diepGelijk(a, b)).toBe(gelijk);
    expect(diepGelijk(b, a)).toBe(gelijk);
  });
});
