import { registerEnumType } from '@nestjs/graphql';
import { dagenTussen } from '@buurtwerk/core';

/** Where an initiative stands against its legal decision deadline (staff work queue). */
export enum TermijnStatus {
  OP_TIJD = 'OP_TIJD',
  BIJNA_VERLOPEN = 'BIJNA_VERLOPEN',
  VERLOPEN = 'VERLOPEN',
}

registerEnumType(TermijnStatus, {
  name: 'TermijnStatus',
  description: 'Deadline status for staff: BIJNA_VERLOPEN within the warning period, VERLOPEN past beslissenUiterlijk.',
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
