/**
 * Pure rules for conflicts of interest (docs/domein.md, invariant 7): which positions are active on a
 * date, and who must step aside on an initiative. Matching is by identity links only (a sign-in
 * `sub` tied to an office holder, a board seat, the submitter or a declaration, and a side
 * position's link to the applying organisation's id), never by comparing names.
 *
 * Nothing here takes or returns an assessment, a ranking, a ceiling or an outcome: a conflict
 * obliges a person to step aside, it never excludes the applicant (Awb equality principle; the
 * Gemeentewet's list of incompatible functions is exhaustive).
 */

export enum ConflictGrond {
  NEVENFUNCTIE = 'NEVENFUNCTIE',
  BESTUURSFUNCTIE = 'BESTUURSFUNCTIE',
  INDIENER = 'INDIENER',
  VERKLARING = 'VERKLARING',
}

/** A period of calendar dates (`YYYY-MM-DD`); `tot` is the last day and inclusive, null is open. */
export interface Periode {
  vanaf: string;
  tot: string | null;
}

/** Active on `peildatum`: started on or before it and not ended before it. */
export function isActiefOp(periode: Periode, peildatum: string): boolean {
  return periode.vanaf <= peildatum && (periode.tot === null || periode.tot >= peildatum);
}

/** The entries of a register that are active on `peildatum`; all of them (history) without one. */
export function actiefOp<T extends Periode>(rijen: readonly T[], peildatum: string | null | undefined): T[] {
  return peildatum ? rijen.filter((r) => isActiefOp(r, peildatum)) : [...rijen];
}

/** A position can only end on or after the day it started. */
export function isGeldigeEinddatum(vanaf: string, tot: string | null): boolean {
  return tot === null || tot >= vanaf;
}

/** A registered side position of an office holder, with the office holder's identity link. */
export interface NevenfunctieFeit extends Periode {
  nevenfunctieId: string;
  ambtsdragerId: string;
  ambtsdragerNaam: string;
  /** Sign-in `sub` of the office holder, when linked. */
  gebruikerId: string | null;
  /** The organisation in the system, when linked; null for free-text organisations. */
  organisatieId: string | null;
  organisatieNaam: string;
  functie: string;
}

/** A board seat (from the partners register). */
export interface BestuursfunctieFeit extends Periode {
  organisatieId: string;
  persoon: string;
  functie: string;
  gebruikerId: string | null;
}

/** Someone declared an interest in an initiative. */
export interface VerklaringFeit {
  initiatiefId: string;
  gebruikerId: string;
  persoon: string;
  toelichting: string;
}

export interface Belangenregister {
  nevenfuncties: readonly NevenfunctieFeit[];
  bestuursfuncties: readonly BestuursfunctieFeit[];
  verklaringen: readonly VerklaringFeit[];
}

/** What the rules need to know about an initiative: identities only, nothing about its merits. */
export interface Aanvraag {
  initiatiefId: string;
  /** The applying organisation, or null when a resident applies. */
  organisatieId: string | null;
  organisatieNaam: string | null;
  indienerSub: string;
  indienerNaam: string | null;
}

export interface Conflict {
  persoon: string;
  grond: ConflictGrond;
  organisatieId: string | null;
  organisatieNaam: string | null;
  toelichting: string | null;
  /** Sign-in `sub`, when the person is linked to one: the only thing a decision maker is matched on. */
  gebruikerId: string | null;
  /** Stable identity of the person within this list (sub, or the register entry without one). */
  sleutel: string;
}

const GROND_VOLGORDE: Record<ConflictGrond, number> = {
  [ConflictGrond.INDIENER]: 0,
  [ConflictGrond.NEVENFUNCTIE]: 1,
  [ConflictGrond.BESTUURSFUNCTIE]: 2,
  [ConflictGrond.VERKLARING]: 3,
};

/**
 * Everyone who must step aside on this initiative on `peildatum` (docs/domein.md, invariant 7): office holders
 * with an active side position at the applying organisation, active board members of it with a
 * sign-in link, the submitter, and everyone who declared an interest. One entry per person and
 * ground; a stable order (ground, name, identity), so the same facts give the same list.
 */
export function bouwConflictlijst(aanvraag: Aanvraag, register: Belangenregister, peildatum: string): Conflict[] {
  const lijst: Conflict[] = [];
  lijst.push({
    persoon: aanvraag.indienerNaam ?? 'De indiener van het initiatief',
    grond: ConflictGrond.INDIENER,
    organisatieId: null,
    organisatieNaam: null,
    toelichting: 'Heeft het initiatief ingediend.',
    gebruikerId: aanvraag.indienerSub,
    sleutel: `sub:${aanvraag.indienerSub}`,
  });
  if (aanvraag.organisatieId !== null) {
    for (const n of register.nevenfuncties) {
      // The link to the organisation's id decides; a free-text name that happens to match does not.
      if (n.organisatieId !== aanvraag.organisatieId || !isActiefOp(n, peildatum)) {
        continue;
      }
      lijst.push({
        persoon: n.ambtsdragerNaam,
        grond: ConflictGrond.NEVENFUNCTIE,
        organisatieId: n.organisatieId,
        organisatieNaam: aanvraag.organisatieNaam ?? n.organisatieNaam,
        toelichting: `${n.functie} bij ${aanvraag.organisatieNaam ?? n.organisatieNaam} (nevenfunctie sinds ${n.vanaf}).`,
        gebruikerId: n.gebruikerId,
        sleutel: n.gebruikerId !== null ? `sub:${n.gebruikerId}` : `ambtsdrager:${n.ambtsdragerId}`,
      });
    }
    for (const b of register.bestuursfuncties) {
      if (b.organisatieId !== aanvraag.organisatieId || b.gebruikerId === null || !isActiefOp(b, peildatum)) {
        continue;
      }
      const organisatieNaam = aanvraag.organisatieNaam ?? 'de aanvragende organisatie';
      lijst.push({
        persoon: b.persoon,
        grond: ConflictGrond.BESTUURSFUNCTIE,
        organisatieId: b.organisatieId,
        organisatieNaam,
        toelichting: `${b.functie} van ${organisatieNaam} (sinds ${b.vanaf}).`,
        gebruikerId: b.gebruikerId,
        sleutel: `sub:${b.gebruikerId}`,
      });
    }
  }
  for (const v of register.verklaringen) {
    if (v.initiatiefId !== aanvraag.initiatiefId) {
      continue;
    }
    lijst.push({
      persoon: v.persoon,
      grond: ConflictGrond.VERKLARING,
      organisatieId: null,
      organisatieNaam: null,
      toelichting: v.toelichting,
      gebruikerId: v.gebruikerId,
      sleutel: `sub:${v.gebruikerId}`,
    });
  }
  const gezien = new Set<string>();
  const uniek = lijst.filter((c) => {
    const k = `${c.grond}|${c.sleutel}|${c.organisatieId ?? ''}`;
    if (gezien.has(k)) {
      return false;
    }
    gezien.add(k);
    return true;
  });
  return uniek.sort(
    (a, b) =>
      GROND_VOLGORDE[a.grond] - GROND_VOLGORDE[b.grond] ||
      vergelijk(a.persoon, b.persoon) ||
      vergelijk(a.sleutel, b.sleutel) ||
      vergelijk(a.toelichting ?? '', b.toelichting ?? ''),
  );
}

function vergelijk(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The conflicts of the person signed in as `gebruikerSub` (by identity only, never by name). */
export function conflictenVanGebruiker(conflicten: readonly Conflict[], gebruikerSub: string): Conflict[] {
  return gebruikerSub === '' ? [] : conflicten.filter((c) => c.gebruikerId === gebruikerSub);
}

/** The conflicts of everyone else: they are recorded as verschoningen of the decision. */
export function conflictenVanAnderen(conflicten: readonly Conflict[], gebruikerSub: string): Conflict[] {
  return conflicten.filter((c) => c.gebruikerId !== gebruikerSub || gebruikerSub === '');
}

const VERVOLG = 'u moet zich verschonen. Laat een collega zonder belang dit dossier behandelen.';

/** Tells the person in plain Dutch why they cannot act on (handle, vote on, decide) the initiative, and what to do instead. */
export function verschoningsmelding(eigen: readonly Conflict[]): string {
  const redenen = eigen.map((c) => {
    switch (c.grond) {
      case ConflictGrond.NEVENFUNCTIE:
        return `U heeft een nevenfunctie bij ${c.organisatieNaam ?? 'de aanvragende organisatie'}, die dit initiatief aanvraagt`;
      case ConflictGrond.BESTUURSFUNCTIE:
        return `U heeft een bestuursfunctie bij ${c.organisatieNaam ?? 'de aanvragende organisatie'}, die dit initiatief aanvraagt`;
      case ConflictGrond.INDIENER:
        return 'U heeft dit initiatief zelf ingediend';
      case ConflictGrond.VERKLARING:
        return 'U heeft zelf verklaard dat u een belang heeft bij dit initiatief';
    }
  });
  const uniek = [...new Set(redenen)];
  return `${uniek.join('; ')}; ${VERVOLG}`;
}
