import { Stemregel, Stemwijze } from './begroting.entity';
import {
  add1OphogingVoor,
  controleerStembiljet,
  regelSleutel,
  serialiseerTelling,
  stemmerSleutel,
  type StembiljetRonde,
} from './begroting.rules';
import { tel } from './stemregels';

const ronde = (r: Partial<StembiljetRonde>): StembiljetRonde => ({
  stemwijze: Stemwijze.APPROVAL,
  budget: 100_000,
  minProjecten: null,
  maxProjecten: null,
  puntenTotaal: null,
  ...r,
});
const project = (kosten: number, punten = 1) => ({ kosten, punten });

describe('controleerStembiljet', () => {
  it.each([
    ['accepteert een goedkeuringsstem zonder grenzen', ronde({}), [project(5), project(500_000)], []],
    ['accepteert een leeg stembiljet zonder minimum', ronde({}), [], []],
    ['weigert te weinig projecten', ronde({ minProjecten: 2 }), [project(1)], ['projectIds']],
    ['weigert te veel projecten', ronde({ maxProjecten: 1 }), [project(1), project(2)], ['projectIds']],
    ['accepteert precies het minimum en maximum', ronde({ minProjecten: 2, maxProjecten: 2 }), [project(1), project(2)], []],
    [
      'accepteert een knapsack-stem binnen het budget',
      ronde({ stemwijze: Stemwijze.KNAPSACK }),
      [project(60_000), project(40_000)],
      [],
    ],
    [
      'weigert een knapsack-stem boven het budget',
      ronde({ stemwijze: Stemwijze.KNAPSACK }),
      [project(60_000), project(40_001)],
      ['projectIds'],
    ],
    [
      'accepteert punten tot het totaal',
      ronde({ stemwijze: Stemwijze.PUNTEN, puntenTotaal: 10 }),
      [project(1, 7), project(1, 3)],
      [],
    ],
    [
      'weigert meer punten dan het totaal',
      ronde({ stemwijze: Stemwijze.PUNTEN, puntenTotaal: 10 }),
      [project(1, 7), project(1, 4)],
      ['punten'],
    ],
    ['weigert nul of negatieve punten', ronde({ stemwijze: Stemwijze.PUNTEN, puntenTotaal: 10 }), [project(1, 0)], ['punten']],
    ['weigert gebroken punten', ronde({ stemwijze: Stemwijze.PUNTEN, puntenTotaal: 10 }), [project(1, 1.5)], ['punten']],
  ])('%s', (_naam, r, keuze, velden) => {
    expect(controleerStembiljet(r, keuze).map((f) => f.veld)).toEqual(velden);
  });

  it('noemt in de melding het bedrag en het budget in euro', () => {
    const [f] = controleerStembiljet(ronde({ stemwijze: Stemwijze.KNAPSACK, budget: 100_000 }), [project(150_050)]);
    expect(f.melding).toContain('€ 1.500,50');
    expect(f.melding).toContain('€ 1.000,00');
  });
});

describe('regelSleutel', () => {
  it.each([
    [Stemregel.EQUAL_SHARES, Stemwijze.APPROVAL, 'mes_cost_add1_greedy'],
    [Stemregel.EQUAL_SHARES, Stemwijze.KNAPSACK, 'mes_cost_add1_greedy'],
    [Stemregel.GREEDY, Stemwijze.APPROVAL, 'greedy_cost'],
    [Stemregel.EQUAL_SHARES, Stemwijze.PUNTEN, 'mes_cardinal_add1_greedy'],
    [Stemregel.GREEDY, Stemwijze.PUNTEN, 'greedy_cardinal'],
  ])('%s met %s telt met %s', (regel, stemwijze, sleutel) => {
    expect(regelSleutel(regel, stemwijze)).toBe(sleutel);
  });
});

describe('add1OphogingVoor', () => {
  it.each([
    [99_999, 1n],
    [100_000, 100n],
    [10_000_000, 100n],
  ])('budget %i cent: ophoging %s cent', (budget, ophoging) => {
    expect(add1OphogingVoor(budget)).toBe(ophoging);
  });
});

describe('stemmerSleutel', () => {
  it('is per ronde verschillend en bevat de sub niet', () => {
    const a = stemmerSleutel('ronde-1', 'bewoner-42');
    expect(a).toBe(stemmerSleutel('ronde-1', 'bewoner-42'));
    expect(a).not.toBe(stemmerSleutel('ronde-2', 'bewoner-42'));
    expect(a).not.toContain('bewoner-42');
  });
});

describe('serialiseerTelling', () => {
  it('schrijft exacte bedragen als tekst en geeft hetzelfde bij opnieuw tellen', () => {
    const invoer = {
      budget: 1000n,
      projecten: [
        { id: 'a', kosten: 600n },
        { id: 'b', kosten: 500n },
        { id: 'c', kosten: 300n },
      ],
      stembiljetten: [
        { stemmerId: '1', projectIds: ['a', 'c'] },
        { stemmerId: '2', projectIds: ['a'] },
        { stemmerId: '3', projectIds: ['b'] },
      ],
    };
    const eerste = serialiseerTelling(tel(invoer, 'mes_cost_add1_greedy'));
    expect(typeof eerste.totaleKosten).toBe('string');
    expect(eerste.betalingen[0].budget).toMatch(/^\d+(\.\d+|\/\d+)?$/);
    expect(serialiseerTelling(tel(invoer, 'mes_cost_add1_greedy'))).toEqual(eerste);
  });
});
