import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Breuk } from './breuk';
import { leesPb, pbNaarTelInvoer } from './pb-formaat';
import { README_REGELS, tel } from './stemregels';
import type { RegelSleutel, TelInvoer, Telling } from './telling.types';

/**
 * The three public pabulib rounds and their pabutools outcomes (test-data/pb-public, see SOURCE.md):
 * every rule key in expected.json must match exactly, order and add1 details included.
 */
const MAP = join(__dirname, '..', 'test-data', 'pb-public');

interface VerwachtRegel {
  readonly selected?: string[];
  readonly order?: string[];
  readonly total_cost?: string;
  readonly add1_iterations?: number;
  readonly add1_first_budget_per_voter?: string;
  readonly add1_budget_per_voter_used?: string;
  readonly add1_last_budget_per_voter_tried?: string;
  readonly add1_mes_stage_selected?: string[];
  readonly tie_sensitive?: boolean;
  readonly reverse_lexico_selected?: string[];
  readonly not_computed?: string;
}

interface VerwachtBestand {
  readonly budget: string;
  readonly vote_type: 'approval' | 'cumulative';
  readonly num_projects: number;
  readonly num_ballots: number;
  readonly num_empty_ballots: number;
  readonly sha256: string;
  readonly rules: Record<string, VerwachtRegel>;
}

const verwacht = JSON.parse(readFileSync(join(MAP, 'expected.json'), 'utf8')) as Record<string, VerwachtBestand>;
const bestanden = Object.keys(verwacht);

const invoerCache = new Map<string, TelInvoer>();
function invoerVan(bestand: string): TelInvoer {
  let invoer = invoerCache.get(bestand);
  if (!invoer) {
    invoer = pbNaarTelInvoer(leesPb(readFileSync(join(MAP, 'instances', bestand), 'utf8')));
    invoerCache.set(bestand, invoer);
  }
  return invoer;
}

const gevallen = bestanden.flatMap((bestand) =>
  Object.entries(verwacht[bestand].rules).map(([regel, v]) => ({ bestand, regel: regel as RegelSleutel, v })),
);

describe('pb-public: de drie openbare rondes tegen de uitkomsten van pabutools', () => {
  it.each(bestanden)('%s is byte voor byte de gepubliceerde versie (sha256)', (bestand) => {
    const hash = createHash('sha256')
      .update(readFileSync(join(MAP, 'instances', bestand)))
      .digest('hex');
    expect(hash).toBe(verwacht[bestand].sha256);
  });

  it.each(bestanden)('%s wordt gelezen zoals pabutools: budget, stemtype, aantallen', (bestand) => {
    const v = verwacht[bestand];
    const pb = leesPb(readFileSync(join(MAP, 'instances', bestand), 'utf8'));
    expect(pb.budget.toString()).toBe(v.budget);
    expect(pb.stemType).toBe(v.vote_type);
    expect(pb.projecten).toHaveLength(v.num_projects);
    expect(pb.stemmen).toHaveLength(v.num_ballots);
    expect(pb.stemmen.filter((s) => s.projectIds.length === 0)).toHaveLength(v.num_empty_ballots);
  });

  it('dekt elke regel van de README voor het stemtype van elk bestand', () => {
    for (const bestand of bestanden) {
      const regels = Object.keys(verwacht[bestand].rules).sort();
      expect(regels).toEqual([...README_REGELS[verwacht[bestand].vote_type]].sort());
    }
  });

  describe.each(gevallen)('$bestand met $regel', ({ bestand, regel, v }) => {
    let telling: Telling;
    beforeAll(() => {
      telling = tel(invoerVan(bestand), regel);
    });

    it('kiest precies dezelfde projecten, in dezelfde volgorde, met dezelfde totale kosten', () => {
      expect(v.not_computed).toBeUndefined();
      expect(telling.gekozen).toEqual(v.selected);
      expect(telling.volgorde).toEqual(v.order);
      expect(telling.totaleKosten.toString()).toBe(v.total_cost);
    });

    it('doorloopt add1 zoals pabutools (iteraties en budget per stemmer)', () => {
      if (v.add1_iterations === undefined) {
        expect(telling.add1).toBeNull();
        return;
      }
      expect(telling.add1).not.toBeNull();
      const add1 = telling.add1 as NonNullable<Telling['add1']>;
      expect(add1.iteraties).toBe(v.add1_iterations);
      expect(add1.eersteBudgetPerStemmer.toString()).toBe(v.add1_first_budget_per_voter);
      expect(add1.gebruiktBudgetPerStemmer.toString()).toBe(v.add1_budget_per_voter_used);
      expect(add1.laatstGeprobeerdBudgetPerStemmer.toString()).toBe(v.add1_last_budget_per_voter_tried);
      expect(add1.gelijkeDelenGekozen).toEqual(v.add1_mes_stage_selected);
    });

    it('wijkt af van omgekeerde tie-breaking precies waar pabutools dat meldt', () => {
      if (v.tie_sensitive) {
        expect(telling.gekozen).not.toEqual(v.reverse_lexico_selected);
      }
    });

    it('verklaart zichzelf: elke gekozen MES-keuze is precies betaald, niemand betaalt meer dan zijn budget', () => {
      expect(telling.uitleg.map((u) => u.projectId).sort()).toEqual(
        [...invoerVan(bestand).projecten.map((p) => p.id)].sort((a, b) => (a < b ? -1 : 1)),
      );
      for (const u of telling.uitleg) {
        expect(u.gekozen).toBe(telling.gekozen.includes(u.projectId));
        expect(u.tekst.length).toBeGreaterThan(10);
      }
      if (!regel.startsWith('mes')) {
        expect(telling.betalingen).toHaveLength(0);
        return;
      }
      expect(telling.betalingen).toHaveLength(invoerVan(bestand).stembiljetten.length);
      const perProject = new Map<string, Breuk>();
      for (const b of telling.betalingen) {
        let som = Breuk.NUL;
        for (const { projectId, bedrag } of b.perProject) {
          som = som.plus(bedrag);
          perProject.set(projectId, (perProject.get(projectId) ?? Breuk.NUL).plus(bedrag));
        }
        expect(som.isGelijk(b.totaal)).toBe(true);
        expect(b.totaal.kleinerOfGelijk(b.budget)).toBe(true);
      }
      for (const u of telling.uitleg.filter((x) => x.reden === 'GEKOZEN_GELIJKE_DELEN')) {
        expect(perProject.get(u.projectId)?.toString()).toBe(u.kosten.toString());
      }
    });
  });
});
