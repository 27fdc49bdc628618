import { BesluitSoort, InitiatiefStatus } from '@buurtwerk/initiatives';

/** After this many failed attempts (about three days of retrying) a row is MISLUKT for a person to look at. */
export const MAX_POGINGEN = 20;

const EERSTE_WACHTTIJD_MS = 10_000;
const LANGSTE_WACHTTIJD_MS = 6 * 3600_000;

/** Backoff after a failed attempt: 10 s, 20 s, 40 s … at most 6 hours; null: give up. */
export function volgendePoging(pogingenNaFout: number, nu: Date): Date | null {
  if (pogingenNaFout >= MAX_POGINGEN) {
    return null;
  }
  const wacht = Math.min(EERSTE_WACHTTIJD_MS * 2 ** Math.max(0, pogingenNaFout - 1), LANGSTE_WACHTTIJD_MS);
  return new Date(nu.getTime() + wacht);
}

/** statustoelichting of a mirrored status: plain words for the case worker, never the applicant's text. */
export const STATUS_TOELICHTING: Record<InitiatiefStatus, string> = {
  [InitiatiefStatus.CONCEPT]: 'Concept',
  [InitiatiefStatus.INGEDIEND]: 'Aanvraag ontvangen in Buurtwerk',
  [InitiatiefStatus.IN_BEHANDELING]: 'In behandeling genomen',
  [InitiatiefStatus.AANVULLING_GEVRAAGD]: 'Aanvulling gevraagd (Awb 4:5); de beslistermijn is opgeschort',
  [InitiatiefStatus.BIJ_BUURTPANEL]: 'Voorgelegd aan het buurtpanel',
  [InitiatiefStatus.TOEGEKEND]: 'Subsidie verleend',
  [InitiatiefStatus.AFGEWEZEN]: 'Aanvraag afgewezen',
  [InitiatiefStatus.INGETROKKEN]: 'Aanvraag ingetrokken door de aanvrager',
  [InitiatiefStatus.UITGEVOERD]: 'Uitvoering gemeld door de aanvrager',
  [InitiatiefStatus.VASTGESTELD]: 'Subsidie vastgesteld',
  [InitiatiefStatus.BUITEN_BEHANDELING]: 'Buiten behandeling gesteld (Awb 4:5)',
};

/** The besluit's toelichting: what kind of decision it is, in words. */
export function besluitToelichting(soort: BesluitSoort, onderwerp: string): string {
  return `${soort.toLowerCase().replace(/_/g, ' ')}: ${onderwerp}`.slice(0, 1000);
}

/** Same resource? ZGW URLs compared without a trailing slash. */
export function zelfdeUrl(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}
