/**
 * Pure rules of the ledger (grootboek) of a subsidy ceiling: what a request may hold, how freed
 * money goes to the requests waiting in line, and what a decision may grant at the moment of
 * deciding (Awb 4:25; docs/domein.md, invariants 2 and 3).
 */

/**
 * What a request can get in order of receipt: the amount asked, never above the rule's maximum per
 * request (a reservation above it would hold money that cannot be granted without an override).
 */
export function aanspraak(gevraagd: number, maximumBedrag: number | null): number {
  return Math.max(0, maximumBedrag === null ? gevraagd : Math.min(gevraagd, maximumBedrag));
}

/** One request waiting in line: its id and what it still lacks of its aanspraak. */
export interface Wachtende {
  id: string;
  tekort: number;
}

/**
 * Awb 4:25 with the order of receipt (invariant 3): freed room goes to the waiting requests in the
 * order given (the caller sorts them by the day they became complete), each up to what it lacks.
 * Returns what each request gets; requests that get nothing are left out.
 */
export function verdeelVrijeRuimte(vrij: number, wachtrij: readonly Wachtende[]): Map<string, number> {
  const erbij = new Map<string, number>();
  let over = Math.max(0, vrij);
  for (const w of wachtrij) {
    if (over === 0) {
      break;
    }
    const deel = Math.min(over, Math.max(0, w.tekort));
    if (deel > 0) {
      erbij.set(w.id, deel);
      over -= deel;
    }
  }
  return erbij;
}

/** The ceiling's free room: what is neither granted nor reserved. */
export function vrijeRuimte(p: { bedrag: number; verleend: number; gereserveerd: number }): number {
  return Math.max(0, p.bedrag - p.verleend - p.gereserveerd);
}

/**
 * What a decision can grant this request now: its reservation plus the ceiling's free room at this
 * moment (Awb 4:25: refused only insofar as the ceiling would be exceeded at the moment of
 * deciding), never above the amount asked; `metAfwijking` false caps it at the aanspraak too.
 */
export function beschikbaarVoorAanvraag(a: {
  gevraagd: number;
  gereserveerd: number;
  aanspraak: number | null;
  vrij: number;
  metAfwijking: boolean;
}): number {
  const bovengrens = a.metAfwijking || a.aanspraak === null ? a.gevraagd : Math.min(a.gevraagd, a.aanspraak);
  return Math.max(0, Math.min(bovengrens, a.gereserveerd + a.vrij));
}

/** Why a granted amount is not allowed for one request; null when it is. */
export type ToekenningsBezwaar =
  { soort: 'MEER_DAN_GEVRAAGD'; grens: number } | { soort: 'BOVEN_MAXIMUM'; grens: number } | { soort: 'PLAFOND'; grens: number };

/**
 * The checks of one granted amount, in the order they are reported: never above the amount asked;
 * above the rule's maximum only with a reasoned override (issue of the rule, Awb 4:25 does not
 * allow it either way beyond the ceiling); never beyond reservation + free room (Awb 4:25).
 */
export function toekenningsBezwaar(a: {
  bedrag: number;
  gevraagd: number;
  maximumBedrag: number | null;
  gereserveerd: number;
  vrij: number;
  metAfwijking: boolean;
}): ToekenningsBezwaar | null {
  if (a.bedrag > a.gevraagd) {
    return { soort: 'MEER_DAN_GEVRAAGD', grens: a.gevraagd };
  }
  if (a.maximumBedrag !== null && a.bedrag > a.maximumBedrag && !a.metAfwijking) {
    return { soort: 'BOVEN_MAXIMUM', grens: a.maximumBedrag };
  }
  const ruimte = a.gereserveerd + a.vrij;
  if (a.bedrag > ruimte) {
    return { soort: 'PLAFOND', grens: ruimte };
  }
  return null;
}
