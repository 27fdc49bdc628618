/** How a decision deadline stands today: presentation for the work queue (the deadline itself comes from the API). */
// Relative, not @web-gedeeld: jest (which runs the spec) knows only the @buurtwerk aliases.
import { dagenTussen } from '../../web-gedeeld/src/datum';

export type Termijnstand = 'verstreken' | 'bijna' | 'ruim' | 'geen';

/** Deadlines within this many days count as close. */
export const BIJNA_DAGEN = 7;

export function termijnstand(beslissenUiterlijk: string | null | undefined, vandaag: string): Termijnstand {
  if (!beslissenUiterlijk) {
    return 'geen';
  }
  const dagen = dagenTussen(vandaag, beslissenUiterlijk);
  if (dagen < 0) {
    return 'verstreken';
  }
  return dagen <= BIJNA_DAGEN ? 'bijna' : 'ruim';
}

/** "nog 3 dagen", "vandaag", "2 dagen te laat". */
export function termijntekst(beslissenUiterlijk: string, vandaag: string): string {
  const dagen = dagenTussen(vandaag, beslissenUiterlijk);
  if (dagen === 0) {
    return 'vandaag';
  }
  if (dagen < 0) {
    return `${-dagen} ${dagen === -1 ? 'dag' : 'dagen'} te laat`;
  }
  return `nog ${dagen} ${dagen === 1 ? 'dag' : 'dagen'}`;
}
