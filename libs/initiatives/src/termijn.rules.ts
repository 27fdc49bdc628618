import { registerEnumType } from '@nestjs/graphql';
import { dagenTussen } from '@buurtwerk/core';

/** Where an initiative stands against its legal decision deadline (staff work queue). */
export enum TermijnStatus {
  OP_TIJD = 'OP_TIJD',
  BIJNA_VERLOPEN = 'BIJNA_VERLOPEN',
  VERLOPEN = 'VERLOPEN',
  /** Awb 4:15: the term stands still while the applicant may still supply the information asked for. */
  OPGESCHORT = 'OPGESCHORT',
  /** Awb 4:17: the term passed and the applicant gave notice of default; a penalty accrues or will. */
  IN_GEBREKE = 'IN_GEBREKE',
}

registerEnumType(TermijnStatus, {
  name: 'TermijnStatus',
  description:
    'Deadline status for staff: BIJNA_VERLOPEN within the warning period, VERLOPEN past beslissenUiterlijk, OPGESCHORT while the term is suspended for an aanvulling (Awb 4:15, see opgeschortTot), IN_GEBREKE after a notice of default (Awb 4:17, see dwangsom).',
});

/** Days before the deadline from which the work queue warns. */
export const WAARSCHUWINGSDAGEN = 7;

/**
 * Awb 4:13: the decision is due on `beslissenUiterlijk` (already moved past weekends and
 * holidays). Null when no decision is pending (no deadline, or already decided or withdrawn).
 */
export function termijnStatus(beslissenUiterlijk: string | null, besluitGenomen: boolean, vandaag: string): TermijnStatus | null {
  if (beslissenUiterlijk === null || besluitGenomen) {
    return null;
  }
  const over = dagenTussen(vandaag, beslissenUiterlijk);
  if (over < 0) {
    return TermijnStatus.VERLOPEN;
  }
  return over <= WAARSCHUWINGSDAGEN ? TermijnStatus.BIJNA_VERLOPEN : TermijnStatus.OP_TIJD;
}

export interface TermijnFeiten {
  beslissenUiterlijk: string | null;
  besluitGenomen: boolean;
  /** While AANVULLING_GEVRAAGD: the last day of the aanvulling term (Awb 4:5); null otherwise. */
  aanvullenUiterlijk: string | null;
  /** The applicant gave notice of default (Awb 4:17). */
  ingebrekeGesteld: boolean;
}

/**
 * The work queue's view of a term. While the applicant may still supply information the term is
 * suspended (Awb 4:15) until at most the last day of the aanvulling term, not overdue; once that
 * term passed unused the suspension has ended and `beslissenUiterlijk` (which then includes every
 * suspended day) runs again. A notice of default outranks everything until the decision.
 */
export function termijnStand(f: TermijnFeiten, vandaag: string): { status: TermijnStatus | null; opgeschortTot: string | null } {
  if (f.beslissenUiterlijk === null || f.besluitGenomen) {
    return { status: null, opgeschortTot: null };
  }
  if (f.ingebrekeGesteld) {
    return { status: TermijnStatus.IN_GEBREKE, opgeschortTot: null };
  }
  if (f.aanvullenUiterlijk !== null && vandaag <= f.aanvullenUiterlijk) {
    return { status: TermijnStatus.OPGESCHORT, opgeschortTot: f.aanvullenUiterlijk };
  }
  return { status: termijnStatus(f.beslissenUiterlijk, false, vandaag), opgeschortTot: null };
}
