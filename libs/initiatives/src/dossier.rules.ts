/**
 * Pure rules on one initiative's file, shared by the use-case services (indiening, behandeling,
 * aanvraagbesluit, vaststelling): the running decision term, who sees the file, whether the
 * applicant changed between the conflict check and the row lock, and the amounts per request.
 * No database access here; each service's fast tests and these rules' own spec exercise them.
 */
import { amsterdamseDatum, DomainError, fout, FoutCode, fromGlobalId, type Gebruiker, isMedewerker, klok } from '@buurtwerk/core';
import type { BelangenconflictModel, ConflictVraag } from '@buurtwerk/conflict-of-interest';
import { type GelijkgesteldeDagen, lopendeBeslistermijn, opgeschorteDagen } from '@buurtwerk/subsidieregels';
import {
  BesluitUitkomst,
  type InitiatiefEntity,
  InitiatiefStatus,
  type OndersteuningsaanvraagEntity,
  type Verschoning,
} from './initiatief.entity';
import type { Zicht } from './initiatief.model';
import { PUBLIEKE_STATUSSEN } from './initiatief.rules';

/** The status a decision leads to. */
export const STATUS_NA_BESLUIT: Record<BesluitUitkomst, InitiatiefStatus> = {
  [BesluitUitkomst.TOEGEKEND]: InitiatiefStatus.TOEGEKEND,
  [BesluitUitkomst.AFGEWEZEN]: InitiatiefStatus.AFGEWEZEN,
  [BesluitUitkomst.BUITEN_BEHANDELING]: InitiatiefStatus.BUITEN_BEHANDELING,
};

/** The decision deadline for `dagenOpgeschort` suspended days, after any delay notice (Awb 4:13-4:15). */
export function lopendeTermijn(e: InitiatiefEntity, dagenOpgeschort: number, vrij: GelijkgesteldeDagen): string {
  return lopendeBeslistermijn(
    e.ingediendDatum!,
    e.beslistermijnWeken!,
    dagenOpgeschort,
    e.verdaagdTot ? { tot: e.verdaagdTot, dagenOpgeschortBijVerdaging: e.dagenOpgeschortBijVerdaging } : null,
    vrij,
  );
}

/**
 * Awb 4:15: the suspension ends on `vandaag` (information supplied, or staff go on without it),
 * never later than the last day of the aanvulling term; the term resumes with the days suspended.
 */
export function hervatTermijn(e: InitiatiefEntity, vandaag: string, vrij: GelijkgesteldeDagen): void {
  if (e.opgeschortSinds && e.aanvullenUiterlijk) {
    e.dagenOpgeschort += opgeschorteDagen(e.opgeschortSinds, e.aanvullenUiterlijk, vandaag);
  }
  e.opgeschortSinds = null;
  e.aanvullenUiterlijk = null;
  e.beslissenUiterlijk = lopendeTermijn(e, e.dagenOpgeschort, vrij);
}

/** Awb 4:17 lid 1: a penalty stops on the day the decision is taken (or the request is withdrawn). */
export function stopDwangsom(e: InitiatiefEntity, nu: Date = klok.nu()): void {
  if (e.ingebrekestellingOntvangen && !e.dwangsomGestoptOp) {
    e.dwangsomGestoptOp = amsterdamseDatum(nu);
  }
}

/** One request's granted amount before and after a revision on objection (cents). */
export interface BezwaarHerziening {
  aanvraagId: string;
  naam: string;
  van: number;
  naar: number;
}

/** What the conflict check needs of an initiative: who applied, nothing about its merits. */
export type Belanghebbenden = Pick<InitiatiefEntity, 'id' | 'organisatieId' | 'indienerSub' | 'indienerNaam'>;

export function conflictVraag(e: Belanghebbenden): ConflictVraag {
  return { initiatiefId: e.id, organisatieId: e.organisatieId, indienerSub: e.indienerSub, indienerNaam: e.indienerNaam };
}

/** Everyone else's conflicts, as recorded with a decision (docs/domein.md, invariant 7). */
export function verschoningenVan(conflicten: readonly BelangenconflictModel[]): Verschoning[] {
  return conflicten.map((v) => ({
    persoon: v.persoon,
    grond: v.grond,
    organisatieId: v.organisatieDbId,
    toelichting: v.toelichting,
  }));
}

/**
 * The conflict check ran on `gecontroleerd` before the transaction; the locked row must still have
 * the same applicant, or the check says nothing about it (refused; trying again checks anew).
 */
export function zelfdeAanvrager(gecontroleerd: Belanghebbenden, e: Belanghebbenden): void {
  if (e.organisatieId !== gecontroleerd.organisatieId || e.indienerSub !== gecontroleerd.indienerSub) {
    throw new DomainError(
      FoutCode.CONFLICT,
      'De aanvrager van dit initiatief is zojuist gewijzigd; bekijk het initiatief opnieuw en probeer het dan nog eens.',
    );
  }
}

/** The initiator and staff see everything; anyone else only granted initiatives, without personal data. */
export function zichtVoor(e: Pick<InitiatiefEntity, 'indienerSub' | 'status'>, gebruiker: Gebruiker | null): Zicht | null {
  if (gebruiker && e.indienerSub === gebruiker.sub) {
    return 'volledig';
  }
  if (isMedewerker(gebruiker) && e.status !== InitiatiefStatus.CONCEPT) {
    return 'volledig';
  }
  return PUBLIEKE_STATUSSEN.includes(e.status) ? 'publiek' : null;
}

/**
 * Acts of the initiator alone (submitting, withdrawing, completing, reporting). Someone else's
 * draft is not revealed to exist (NOT_FOUND); someone else's submitted initiative is FORBIDDEN.
 */
export function alleenIndiener(e: Pick<InitiatiefEntity, 'indienerSub' | 'status'>, gebruiker: Gebruiker): void {
  if (e.indienerSub !== gebruiker.sub) {
    // Do not reveal whether someone else's draft exists.
    if (e.status === InitiatiefStatus.CONCEPT && !isMedewerker(gebruiker)) {
      throw fout.nietGevonden('Het initiatief');
    }
    throw fout.geenToegang('Alleen de initiatiefnemer kan dit doen.');
  }
}

/** Awb 4:25: every request asks for money and nothing of it is available now. */
export function alleenAfwijzenMogelijk(
  aanvragen: readonly Pick<OndersteuningsaanvraagEntity, 'id' | 'gevraagdBedrag'>[],
  beschikbaar: ReadonlyMap<string, number>,
): boolean {
  const financieel = aanvragen.filter((a) => a.gevraagdBedrag !== null && a.gevraagdBedrag > 0);
  return (
    financieel.length > 0 && financieel.length === aanvragen.length && financieel.every((a) => (beschikbaar.get(a.id) ?? 0) === 0)
  );
}

/**
 * Amounts from client input (global ids of Ondersteuningsaanvraag) per request database id, with
 * the index in the input for error messages. Refuses, listing every bad row at once, ids of another
 * initiative and an id given twice.
 */
export function bedragenPerAanvraag(
  invoer: ReadonlyArray<{ aanvraagId: string; bedrag: number }>,
  aanvragen: readonly Pick<OndersteuningsaanvraagEntity, 'id'>[],
  veld: string,
): Map<string, { bedrag: number; index: number }> {
  const result = new Map<string, { bedrag: number; index: number }>();
  const velden: Array<{ veld: string; melding: string }> = [];
  invoer.forEach((t, index) => {
    const id = fromGlobalId(t.aanvraagId, 'Ondersteuningsaanvraag', `${veld}[${index}].aanvraagId`);
    if (!aanvragen.some((a) => a.id === id)) {
      velden.push({ veld: `${veld}[${index}].aanvraagId`, melding: 'hoort niet bij dit initiatief.' });
    } else if (result.has(id)) {
      velden.push({ veld: `${veld}[${index}].aanvraagId`, melding: 'komt twee keer voor.' });
    } else {
      result.set(id, { bedrag: t.bedrag, index });
    }
  });
  if (velden.length > 0) {
    throw fout.ongeldigeInvoer(velden);
  }
  return result;
}
