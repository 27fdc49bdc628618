/**
 * What a decision may not do under its rule without an explicit, reasoned override (afwijking):
 * grant above the rule's maximum, grant while a condition of the rule is not met, or be taken by
 * staff where the rule names a buurtpanel. The ceiling is no part of this: beyond the ceiling
 * nothing can be granted at all (Awb 4:25), override or not. Pure rules, used by besluitNemen and
 * by the decision form (besluitVoorbereiding).
 */
import { Besluitvorming, type Bevinding, euro } from '@buurtwerk/subsidieregels';
import { type Afwijking, BesluitUitkomst } from './initiatief.entity';

/** The rule of one request, as far as a decision needs it. */
export interface RegelVoorBesluit {
  code: string;
  naam: string;
  maximumBedrag: number | null;
  besluitvorming: Besluitvorming;
}

export interface BesluitSituatie {
  uitkomst: BesluitUitkomst;
  /** The findings of the check at receipt (toetsresultaat). */
  bevindingen: readonly Bevinding[];
  /** Per request: its rule (or null) and the amount the decision grants. */
  aanvragen: ReadonlyArray<{ regeling: RegelVoorBesluit | null; bedrag: number }>;
  /** True when a buurtpanel had the file and returned it without quorum: then staff decide. */
  panelZonderQuorum: boolean;
  /**
   * True when nothing can be granted (the ceiling has no room for any of its requests): the only
   * possible decision is a refusal (Awb 4:25), which staff take without a panel.
   */
  nietsBeschikbaar?: boolean;
}

/** Findings that never need an override: the ceiling is checked live, the maximum per amount. */
function isPlafondOfMaximum(voorwaarde: string): boolean {
  return voorwaarde.endsWith('.PLAFOND_BEREIKT') || voorwaarde.endsWith('.MAXIMUMBEDRAG');
}

/**
 * Every condition a staff decision departs from. Empty means the rule allows the decision as it is;
 * otherwise it needs `afwijken` with a reason, and each returned item is recorded with it.
 */
export function benodigdeAfwijkingen(s: BesluitSituatie): Afwijking[] {
  const afwijkingen: Afwijking[] = [];
  const regelingen = new Map<string, RegelVoorBesluit>();
  for (const a of s.aanvragen) {
    if (a.regeling) {
      regelingen.set(a.regeling.code, a.regeling);
    }
  }
  for (const r of [...regelingen.values()].sort((x, y) => x.code.localeCompare(y.code))) {
    const alleenAfwijzen = s.uitkomst === BesluitUitkomst.AFGEWEZEN && s.nietsBeschikbaar === true;
    if (r.besluitvorming === Besluitvorming.BUURTPANEL && !s.panelZonderQuorum && !alleenAfwijzen) {
      afwijkingen.push({
        voorwaarde: `${r.code}.BESLUITVORMING`,
        toelichting: `Volgens "${r.naam}" beslist een buurtpanel over deze aanvraag, niet een medewerker.`,
      });
    }
  }
  if (s.uitkomst !== BesluitUitkomst.TOEGEKEND) {
    return afwijkingen;
  }
  for (const b of s.bevindingen) {
    if (!b.voldaan && !isPlafondOfMaximum(b.voorwaarde)) {
      afwijkingen.push({ voorwaarde: b.voorwaarde, toelichting: b.toelichting });
    }
  }
  for (const r of [...regelingen.values()].sort((x, y) => x.code.localeCompare(y.code))) {
    const totaal = s.aanvragen.filter((a) => a.regeling?.code === r.code).reduce((t, a) => t + a.bedrag, 0);
    if (r.maximumBedrag !== null && totaal > r.maximumBedrag) {
      afwijkingen.push({
        voorwaarde: `${r.code}.MAXIMUMBEDRAG`,
        toelichting: `Toegekend wordt ${euro(totaal)}; "${r.naam}" geeft hoogstens ${euro(r.maximumBedrag)}.`,
      });
    }
  }
  return afwijkingen;
}
