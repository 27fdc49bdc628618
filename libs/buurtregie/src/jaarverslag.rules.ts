/**
 * Pure rules of the year report (issue 20): which records count for an area and how the figures are
 * formed. The records come from each library's exported queries; these functions only count.
 * Policy: "jaarlijks … geëvalueerd"; the figures are those of the record, not typed in.
 */
import { dagenTussen } from '@buurtwerk/core';
import type { Initiatiefcijfer } from '@buurtwerk/initiatives';
import type { Signaalcijfer } from '@buurtwerk/signalen';

export enum JaarverslagSchaal {
  BUURT = 'BUURT',
  STADSDEEL = 'STADSDEEL',
  STAD = 'STAD',
}

/** The area a report covers: its buurten, and for a stadsdeel its id (an initiative may name only that). */
export interface Gebied {
  schaal: JaarverslagSchaal;
  buurtIds: ReadonlySet<string>;
  stadsdeelId: string | null;
}

/** Whether a record with these buurten (and stadsdeel) lies in the area. */
export function inGebied(g: Gebied, buurtIds: readonly string[], stadsdeelId: string | null = null): boolean {
  if (g.schaal === JaarverslagSchaal.STAD) {
    return true;
  }
  if (g.stadsdeelId !== null && stadsdeelId === g.stadsdeelId) {
    return true;
  }
  return buurtIds.some((b) => g.buurtIds.has(b));
}

/** Average with one decimal; null when there is nothing to average. */
export function gemiddelde(waarden: readonly number[]): number | null {
  if (waarden.length === 0) {
    return null;
  }
  return Math.round((waarden.reduce((a, b) => a + b, 0) / waarden.length) * 10) / 10;
}

/** A share in percent with one decimal; null when the whole is 0. */
export function procent(deel: number, geheel: number): number | null {
  return geheel === 0 ? null : Math.round((deel / geheel) * 1000) / 10;
}

const TOEKENNINGEN = new Set(['TOEKENNING', 'GEDEELTELIJKE_TOEKENNING']);

export interface Initiatieftelling {
  ontvangen: number;
  toegekend: number;
  afgewezen: number;
  buitenBehandeling: number;
}

/**
 * Received: submitted in the year. Granted / refused / not handled: the latest decision on the
 * request taken in the year (a partial grant counts as granted).
 */
export function initiatieftelling(cijfers: readonly Initiatiefcijfer[]): Initiatieftelling {
  return {
    ontvangen: cijfers.filter((c) => c.ontvangen).length,
    toegekend: cijfers.filter((c) => c.besluit && TOEKENNINGEN.has(c.besluit.soort)).length,
    afgewezen: cijfers.filter((c) => c.besluit?.soort === 'AFWIJZING').length,
    buitenBehandeling: cijfers.filter((c) => c.besluit?.soort === 'BUITEN_BEHANDELING').length,
  };
}

/** Money granted (by granting decisions of the year) and settled (settlements of the year) per instrument, in cents. */
export function geldPerInstrument(cijfers: readonly Initiatiefcijfer[]): Map<string, { toegekend: number; vastgesteld: number }> {
  const per = new Map<string, { toegekend: number; vastgesteld: number }>();
  const rij = (id: string) => {
    let r = per.get(id);
    if (!r) {
      r = { toegekend: 0, vastgesteld: 0 };
      per.set(id, r);
    }
    return r;
  };
  for (const c of cijfers) {
    if (c.besluit && TOEKENNINGEN.has(c.besluit.soort)) {
      for (const g of c.besluit.regels) {
        rij(g.instrumentId).toegekend += g.bedrag;
      }
    }
    for (const g of c.vaststelling?.regels ?? []) {
      rij(g.instrumentId).vastgesteld += g.bedrag;
    }
  }
  return per;
}

export interface Beslistermijnen {
  besluiten: number;
  binnenTermijn: number;
  teLaat: number;
  /** Decisions on a request without a recorded decision term. */
  zonderTermijn: number;
  /** Calendar days from the day of submission to the day of the decision. */
  gemiddeldeDagen: number | null;
}

/**
 * Decision times against the legal term (Awb 4:13, the rule's term in weeks, with suspension and
 * deferral in `beslissenUiterlijk`): in time when decided on or before that day.
 */
export function beslistermijnen(cijfers: readonly Initiatiefcijfer[]): Beslistermijnen {
  const besluiten = cijfers.filter((c) => c.besluit !== null);
  const metTermijn = besluiten.filter((c) => c.beslissenUiterlijk !== null);
  return {
    besluiten: besluiten.length,
    binnenTermijn: metTermijn.filter((c) => c.besluit!.datum <= c.beslissenUiterlijk!).length,
    teLaat: metTermijn.filter((c) => c.besluit!.datum > c.beslissenUiterlijk!).length,
    zonderTermijn: besluiten.length - metTermijn.length,
    gemiddeldeDagen: gemiddelde(
      besluiten.filter((c) => c.ingediendDatum !== null).map((c) => dagenTussen(c.ingediendDatum!, c.besluit!.datum)),
    ),
  };
}

export interface Afdelingcijfer {
  afdeling: string;
  gemeld: number;
  afgehandeld: number;
  /** Handled on or before the last day of the response term. */
  binnenTermijn: number;
  /** Calendar days from reporting to handling, of the handled ones. */
  gemiddeldeDagen: number | null;
}

/** Signals reported in the year, per department (de lijn), with their response times. */
export function signalenPerAfdeling(cijfers: readonly Signaalcijfer[], datum: (d: Date) => string): Afdelingcijfer[] {
  const per = new Map<string, Signaalcijfer[]>();
  for (const c of cijfers) {
    const naam = c.afdeling ?? 'Geen afdeling';
    per.set(naam, [...(per.get(naam) ?? []), c]);
  }
  return [...per.entries()]
    .map(([afdeling, rijen]) => {
      const af = rijen.filter((r) => r.afgehandeld && r.afgehandeldOp !== null);
      return {
        afdeling,
        gemeld: rijen.length,
        afgehandeld: af.length,
        binnenTermijn: af.filter((r) => datum(r.afgehandeldOp!) <= r.reactieUiterlijk).length,
        gemiddeldeDagen: gemiddelde(af.map((r) => dagenTussen(datum(r.gemeldOp), datum(r.afgehandeldOp!)))),
      };
    })
    .sort((a, b) => a.afdeling.localeCompare(b.afdeling, 'nl'));
}

/** Start and end (exclusive) of a calendar year in Heerlen's time: 1 January is always CET (UTC+1). */
export function jaarGrenzen(jaar: number): { van: Date; tot: Date } {
  return { van: new Date(`${jaar}-01-01T00:00:00+01:00`), tot: new Date(`${jaar + 1}-01-01T00:00:00+01:00`) };
}
