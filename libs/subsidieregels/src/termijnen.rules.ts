/**
 * Legal terms (docs/domein.md, invariant 5): decision term and objection term, moved per the
 * Algemene termijnenwet. Pure functions on calendar dates (`YYYY-MM-DD`, Europe/Amsterdam).
 */
import { dagenTussen, plusDagen } from '@buurtwerk/core';

/**
 * Days equated with general holidays by decree (Atw art. 3 lid 3) are data: staff keep them in the
 * table `gelijkgestelde_dag` (GelijkgesteldeDagenService) and every caller passes them in, so these
 * rules stay pure. A set of `YYYY-MM-DD` dates.
 */
export type GelijkgesteldeDagen = ReadonlySet<string>;

/** Awb 6:7: the objection term is six weeks. */
export const BEZWAARTERMIJN_DAGEN = 42;

/** Awb 4:13: without a statutory term, a decision follows within a reasonable term of at most eight weeks. */
export const STANDAARD_BESLISTERMIJN_WEKEN = 8;

function utc(datum: string): Date {
  const [j, m, d] = datum.split('-').map(Number);
  return new Date(Date.UTC(j, m - 1, d));
}

/** Easter Sunday (Gregorian calendar; anonymous algorithm of Meeus/Jones/Butcher). */
export function paaszondag(jaar: number): string {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

/** Atw art. 3 lid 1: the general holidays of one year, with their names. */
export function algemeneFeestdagen(jaar: number): Map<string, string> {
  const pasen = paaszondag(jaar);
  const koningsdag = `${jaar}-04-27`;
  const dagen = new Map<string, string>([
    [`${jaar}-01-01`, 'Nieuwjaarsdag'],
    [plusDagen(pasen, -2), 'Goede Vrijdag'],
    [pasen, 'Eerste Paasdag'],
    [plusDagen(pasen, 1), 'Tweede Paasdag'],
    // King's Day moves to 26 April when 27 April is a Sunday.
    [utc(koningsdag).getUTCDay() === 0 ? `${jaar}-04-26` : koningsdag, 'Koningsdag'],
    [`${jaar}-05-05`, 'Bevrijdingsdag'],
    [plusDagen(pasen, 39), 'Hemelvaartsdag'],
    [plusDagen(pasen, 49), 'Eerste Pinksterdag'],
    [plusDagen(pasen, 50), 'Tweede Pinksterdag'],
    [`${jaar}-12-25`, 'Eerste Kerstdag'],
    [`${jaar}-12-26`, 'Tweede Kerstdag'],
  ]);
  return dagen;
}

/** Atw art. 1 and 3: Saturday, Sunday, a general holiday or a day equated with one by decree. */
export function isVrijeDag(datum: string, gelijkgesteld: GelijkgesteldeDagen): boolean {
  const weekdag = utc(datum).getUTCDay();
  if (weekdag === 0 || weekdag === 6) {
    return true;
  }
  return algemeneFeestdagen(Number(datum.slice(0, 4))).has(datum) || gelijkgesteld.has(datum);
}

/**
 * Atw art. 1: a term that would end on a Saturday, Sunday or general holiday ends on the next
 * day that is none of these.
 */
export function termijnEinde(datum: string, gelijkgesteld: GelijkgesteldeDagen): string {
  let d = datum;
  while (isVrijeDag(d, gelijkgesteld)) {
    d = plusDagen(d, 1);
  }
  return d;
}

/**
 * Decision deadline: date of (complete) submission + beslistermijn, extended by the days the
 * request waited for more information (Awb 4:15), then moved per the Atw.
 */
export function beslissenUiterlijk(
  ingediendOp: string,
  beslistermijnWeken: number,
  dagenOpgeschort: number,
  gelijkgesteld: GelijkgesteldeDagen,
): string {
  return termijnEinde(plusDagen(ingediendOp, beslistermijnWeken * 7 + dagenOpgeschort), gelijkgesteld);
}

/**
 * Awb 4:15 lid 1: the decision term is suspended "met ingang van de dag na die waarop de aanvrager
 * (...) is uitgenodigd de aanvraag aan te vullen, tot de dag waarop de aanvraag is aangevuld of de
 * daarvoor gestelde termijn ongebruikt is verstreken". The suspended days are the days from the day
 * after the request up to, not including, the day the information arrives; the suspension never
 * runs past the last day of the aanvulling term (`aanvullenUiterlijk`, already moved per the Atw),
 * so a late delivery (or none: `aangevuldOp` null) counts as the term expiring unused.
 */
export function opgeschorteDagen(gevraagdOp: string, aanvullenUiterlijk: string, aangevuldOp: string | null): number {
  return Math.max(0, dagenTussen(gevraagdOp, opschortingLooptTotEnMet(gevraagdOp, aanvullenUiterlijk, aangevuldOp)));
}

/**
 * Awb 4:15: the last day on which the term is suspended (the day before the information arrived,
 * at most the last day of the aanvulling term). Equal to `gevraagdOp` when nothing was suspended.
 */
export function opschortingLooptTotEnMet(gevraagdOp: string, aanvullenUiterlijk: string, aangevuldOp: string | null): string {
  const laatste = aangevuldOp === null || aangevuldOp > aanvullenUiterlijk ? aanvullenUiterlijk : plusDagen(aangevuldOp, -1);
  return laatste < gevraagdOp ? gevraagdOp : laatste;
}

/** A delay notice (Awb 4:14 lid 3): the new term, and the suspended days counted when it was given. */
export interface Verdaging {
  tot: string;
  dagenOpgeschortBijVerdaging: number;
}

/**
 * The decision deadline as it stands: without a delay notice `beslissenUiterlijk`; after one (Awb
 * 4:14 lid 3) the new term, extended by the days suspended for an aanvulling since (Awb 4:15),
 * moved per the Atw.
 */
export function lopendeBeslistermijn(
  ingediendOp: string,
  beslistermijnWeken: number,
  dagenOpgeschort: number,
  verdaging: Verdaging | null,
  gelijkgesteld: GelijkgesteldeDagen,
): string {
  if (verdaging === null) {
    return beslissenUiterlijk(ingediendOp, beslistermijnWeken, dagenOpgeschort, gelijkgesteld);
  }
  return termijnEinde(plusDagen(verdaging.tot, dagenOpgeschort - verdaging.dagenOpgeschortBijVerdaging), gelijkgesteld);
}

/** Awb 4:5 / 4:15: the applicant may add the missing information until `termijnDagen` days after the request. */
export function aanvullenUiterlijk(gevraagdOp: string, termijnDagen: number, gelijkgesteld: GelijkgesteldeDagen): string {
  return termijnEinde(plusDagen(gevraagdOp, termijnDagen), gelijkgesteld);
}

/** Awb 6:7-6:8: objection is possible until six weeks after the decision was made known. */
export function bezwaarMogelijkTot(besluitdatum: string, gelijkgesteld: GelijkgesteldeDagen): string {
  return termijnEinde(plusDagen(besluitdatum, BEZWAARTERMIJN_DAGEN), gelijkgesteld);
}
