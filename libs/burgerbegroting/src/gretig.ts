import type { Profiel, ProjectSteun } from './profiel';
import type { Tevredenheid } from './telling.types';

/**
 * Greedy utilitarian rule (pabutools `greedy_utilitarian_welfare`, additive path): walk all
 * projects not yet selected by descending satisfaction density, ties by id, and take every project
 * that still fits. A project that does not fit is skipped; the walk goes on.
 */
export interface GretigeStap {
  readonly project: number;
  readonly gekozen: boolean;
  /** Scaled budget left when it was this project's turn. */
  readonly restbudget: bigint;
}

/** Density as a rational; `oneindig` for supported projects of cost 0. */
interface Dichtheid {
  readonly oneindig: boolean;
  readonly teller: bigint;
  readonly noemer: bigint;
}

/**
 * Density of p = total satisfaction / cost (pb-public README, "Greedy"): Cost_Sat gives the number
 * of approvals; a project with total satisfaction 0 (nobody, or cost 0 under Cost_Sat) has density
 * 0 and is walked last, but is still selected if it fits.
 */
export function dichtheid(profiel: Profiel, steun: ProjectSteun, p: number, tevredenheid: Tevredenheid): Dichtheid {
  const kosten = profiel.kosten[p];
  const totaal =
    tevredenheid === 'cost'
      ? BigInt(steun.stemmen) * kosten
      : tevredenheid === 'cardinality'
        ? BigInt(steun.stemmen)
        : steun.puntenTotaal;
  if (totaal === 0n) {
    return { oneindig: false, teller: 0n, noemer: 1n };
  }
  if (kosten === 0n) {
    return { oneindig: true, teller: 1n, noemer: 0n };
  }
  return { oneindig: false, teller: totaal, noemer: kosten };
}

function vergelijkDichtheid(a: Dichtheid, b: Dichtheid): number {
  if (a.oneindig || b.oneindig) {
    return a.oneindig === b.oneindig ? 0 : a.oneindig ? 1 : -1;
  }
  const links = a.teller * b.noemer;
  const rechts = b.teller * a.noemer;
  return links < rechts ? -1 : links > rechts ? 1 : 0;
}

export function voerGretigUit(
  profiel: Profiel,
  steun: readonly ProjectSteun[],
  tevredenheid: Tevredenheid,
  alGekozen: readonly number[],
  restbudget: bigint,
): GretigeStap[] {
  const uitgesloten = new Set(alGekozen);
  const volgorde: { p: number; d: Dichtheid }[] = [];
  for (let p = 0; p < profiel.ids.length; p++) {
    if (!uitgesloten.has(p)) {
      volgorde.push({ p, d: dichtheid(profiel, steun[p], p, tevredenheid) });
    }
  }
  // Descending density; equal densities in ascending id order (index order is id order).
  volgorde.sort((a, b) => vergelijkDichtheid(b.d, a.d) || a.p - b.p);
  const stappen: GretigeStap[] = [];
  let rest = restbudget;
  for (const { p } of volgorde) {
    const past = profiel.kosten[p] <= rest;
    stappen.push({ project: p, gekozen: past, restbudget: rest });
    if (past) {
      rest -= profiel.kosten[p];
    }
  }
  return stappen;
}
