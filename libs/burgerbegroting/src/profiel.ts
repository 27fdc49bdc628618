import { Breuk, kgv } from './breuk';
import { OngeldigeTellingError } from './telling.errors';
import type { TelInvoer, TelStembiljet, Tevredenheid } from './telling.types';

/**
 * The counting's internal view of a round: projects in tie-breaking order, money scaled to
 * integers, identical ballots grouped. Internal to the library (not exported from index.ts).
 */
export interface Profiel {
  /** Project ids sorted by code point: index order is pabutools' lexicographic tie-breaking. */
  readonly ids: readonly string[];
  readonly kostenOrigineel: readonly Breuk[];
  /** Costs × {@link geldSchaal}: exact integers. */
  readonly kosten: readonly bigint[];
  readonly budgetOrigineel: Breuk;
  readonly budget: bigint;
  /** Scaled amount = original amount × geldSchaal (lcm of all denominators, so all are integers). */
  readonly geldSchaal: bigint;
  /** Scaled points = original points × puntSchaal. */
  readonly puntSchaal: bigint;
  readonly soort: 'goedkeuring' | 'punten';
  /** n: number of ballots, empty ones included. */
  readonly aantalStembiljetten: number;
  readonly stemmerIds: readonly string[];
  /** Groups of identical ballots ("entiteiten"); their weight is the number of ballots. */
  readonly groepen: readonly StembiljetGroep[];
  /** For every original ballot, the index of its group. */
  readonly groepVanStembiljet: Int32Array;
}

export interface StembiljetGroep {
  readonly gewicht: number;
  /** Project indices with positive support, ascending. */
  readonly projecten: Int32Array;
  /** Scaled points parallel to `projecten` (approval ballots: all 1). */
  readonly punten: readonly bigint[];
}

/**
 * Supporters of one project under a satisfaction class: u_i(p) = sigma · v_i with v_i a small
 * positive integer. For approval-style utilities v = 1, so a project's supporters share one group.
 */
export interface ProjectSteun {
  readonly sigma: bigint;
  readonly vGroepen: readonly { readonly v: number; readonly vGroot: bigint; readonly groepen: Int32Array }[];
  /** Σ weight·v over supporters (a safe integer). */
  readonly totaalGewogen: number;
  /** Number of supporting ballots. */
  readonly stemmen: number;
  /** Σ points (scaled) over supporting ballots; for the explanation and greedy_cardinal. */
  readonly puntenTotaal: bigint;
}

/** Plain code-point order, as Python compares str (`"11" < "2"`, `"c10" < "c2"`). */
export function vergelijkIds(a: string, b: string): number {
  if (!heeftSurrogaat(a) && !heeftSurrogaat(b)) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  // UTF-16 order differs from code-point order only when surrogates meet U+E000–U+FFFF.
  const ca = Array.from(a, (t) => t.codePointAt(0) ?? 0);
  const cb = Array.from(b, (t) => t.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    if (ca[i] !== cb[i]) {
      return ca[i] < cb[i] ? -1 : 1;
    }
  }
  return ca.length - cb.length === 0 ? 0 : ca.length < cb.length ? -1 : 1;
}

function heeftSurrogaat(s: string): boolean {
  return /[\uD800-\uDFFF]/.test(s);
}

function alsBreuk(waarde: bigint | number | Breuk, wat: string): Breuk {
  if (waarde instanceof Breuk) {
    return waarde;
  }
  if (typeof waarde === 'number' && !Number.isSafeInteger(waarde)) {
    throw new OngeldigeTellingError(`${wat} moet een geheel getal of een Breuk zijn, niet ${waarde}.`);
  }
  return Breuk.geheel(waarde);
}

function isPuntenStembiljet(s: TelStembiljet): s is Extract<TelStembiljet, { punten: unknown }> {
  return 'punten' in s;
}

function puntenLijst(s: Extract<TelStembiljet, { punten: unknown }>): [string, bigint | number | Breuk][] {
  const p = s.punten;
  if (p instanceof Map) {
    return Array.from(p.entries());
  }
  return Object.entries(p as Readonly<Record<string, bigint | number | Breuk>>);
}

/** Validates the input and builds the profile. `extraSchaal` (the add1 increment) must become integral too. */
export function bouwProfiel(invoer: TelInvoer, extraBedragen: readonly Breuk[] = []): Profiel {
  const budgetOrigineel = alsBreuk(invoer.budget, 'Het budget');
  if (budgetOrigineel.isNegatief()) {
    throw new OngeldigeTellingError('Het budget mag niet negatief zijn.');
  }
  const projecten = invoer.projecten.map((p) => ({ id: p.id, kosten: alsBreuk(p.kosten, `De kosten van project ${p.id}`) }));
  projecten.sort((a, b) => vergelijkIds(a.id, b.id));
  const index = new Map<string, number>();
  projecten.forEach((p, i) => {
    if (index.has(p.id)) {
      throw new OngeldigeTellingError(`Project ${p.id} komt twee keer voor.`);
    }
    if (p.kosten.isNegatief()) {
      throw new OngeldigeTellingError(`Project ${p.id} heeft negatieve kosten.`);
    }
    index.set(p.id, i);
  });

  let geldSchaal = budgetOrigineel.noemer;
  for (const b of [...projecten.map((p) => p.kosten), ...extraBedragen]) {
    geldSchaal = kgv(geldSchaal, b.noemer);
  }

  const soort = invoer.stembiljetten.some(isPuntenStembiljet) ? 'punten' : 'goedkeuring';
  // Each ballot as sorted [project index, points] pairs with positive points.
  const ruw: { projecten: number[]; punten: Breuk[] }[] = [];
  let puntSchaal = 1n;
  for (const s of invoer.stembiljetten) {
    const paren = new Map<number, Breuk>();
    if (isPuntenStembiljet(s)) {
      for (const [id, waarde] of puntenLijst(s)) {
        const p = index.get(id);
        if (p === undefined) {
          throw new OngeldigeTellingError(`Stembiljet van ${s.stemmerId} noemt onbekend project ${id}.`);
        }
        const punten = alsBreuk(waarde, `Punten van ${s.stemmerId} voor ${id}`);
        if (punten.isNegatief()) {
          throw new OngeldigeTellingError(`Stembiljet van ${s.stemmerId} geeft negatieve punten aan ${id}.`);
        }
        // pabutools: a later entry for the same project overwrites an earlier one.
        paren.set(p, punten);
      }
    } else {
      for (const id of s.projectIds) {
        const p = index.get(id);
        if (p === undefined) {
          throw new OngeldigeTellingError(`Stembiljet van ${s.stemmerId} noemt onbekend project ${id}.`);
        }
        paren.set(p, Breuk.EEN);
      }
    }
    const gesorteerd = Array.from(paren.entries())
      .filter(([, punten]) => !punten.isNul())
      .sort(([a], [b]) => a - b);
    for (const [, punten] of gesorteerd) {
      puntSchaal = kgv(puntSchaal, punten.noemer);
    }
    ruw.push({ projecten: gesorteerd.map(([p]) => p), punten: gesorteerd.map(([, punten]) => punten) });
  }

  const groepIndex = new Map<string, number>();
  const groepen: { gewicht: number; projecten: Int32Array; punten: bigint[] }[] = [];
  const groepVanStembiljet = new Int32Array(ruw.length);
  ruw.forEach((s, i) => {
    const punten = s.punten.map((p) => p.maal(puntSchaal).teller);
    const sleutel = s.projecten.map((p, j) => `${p}:${punten[j]}`).join(',');
    let g = groepIndex.get(sleutel);
    if (g === undefined) {
      g = groepen.length;
      groepIndex.set(sleutel, g);
      groepen.push({ gewicht: 0, projecten: Int32Array.from(s.projecten), punten });
    }
    groepen[g].gewicht++;
    groepVanStembiljet[i] = g;
  });

  return {
    ids: projecten.map((p) => p.id),
    kostenOrigineel: projecten.map((p) => p.kosten),
    kosten: projecten.map((p) => p.kosten.maal(geldSchaal).teller),
    budgetOrigineel,
    budget: budgetOrigineel.maal(geldSchaal).teller,
    geldSchaal,
    puntSchaal,
    soort,
    aantalStembiljetten: invoer.stembiljetten.length,
    stemmerIds: invoer.stembiljetten.map((s) => s.stemmerId),
    groepen,
    groepVanStembiljet,
  };
}

/**
 * Supporters per project under a satisfaction class. Approval ballots under `cardinal` count as
 * one point per chosen project; points ballots under `cost`/`cardinality` count every project with
 * positive points as approved.
 */
export function bouwSteun(profiel: Profiel, tevredenheid: Tevredenheid): ProjectSteun[] {
  const m = profiel.ids.length;
  const perProject: Map<bigint, number[]>[] = Array.from({ length: m }, () => new Map());
  const stemmen = new Array<number>(m).fill(0);
  const puntenTotaal = new Array<bigint>(m).fill(0n);
  profiel.groepen.forEach((g, gi) => {
    g.projecten.forEach((p, j) => {
      const v = tevredenheid === 'cardinal' ? g.punten[j] : 1n;
      let lijst = perProject[p].get(v);
      if (!lijst) {
        lijst = [];
        perProject[p].set(v, lijst);
      }
      lijst.push(gi);
      stemmen[p] += g.gewicht;
      puntenTotaal[p] += g.punten[j] * BigInt(g.gewicht);
    });
  });
  return perProject.map((groepenPerV, p) => {
    let totaal = 0n;
    const vGroepen = Array.from(groepenPerV.entries())
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([vGroot, lijst]) => {
        for (const gi of lijst) {
          totaal += vGroot * BigInt(profiel.groepen[gi].gewicht);
        }
        return { v: Number(vGroot), vGroot, groepen: Int32Array.from(lijst) };
      });
    if (totaal > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new OngeldigeTellingError(`Te veel punten voor project ${profiel.ids[p]} om exact te tellen.`);
    }
    return {
      sigma: tevredenheid === 'cost' ? profiel.kosten[p] : 1n,
      vGroepen,
      totaalGewogen: Number(totaal),
      stemmen: stemmen[p],
      puntenTotaal: puntenTotaal[p],
    };
  });
}
