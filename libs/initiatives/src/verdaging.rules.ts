/**
 * Awb 4:14 lid 3: when a decision cannot be taken in time, the body tells the applicant so before
 * the term ends, with a term as short as possible within which the decision can be expected.
 * Pure rules on calendar dates (`YYYY-MM-DD`, Europe/Amsterdam).
 */
import { dagenTussen, isGeldigeDatum } from '@buurtwerk/core';
import { type GelijkgesteldeDagen, termijnEinde } from '@buurtwerk/subsidieregels';

/**
 * The longest delay we accept in one notice: eight weeks, the longest reasonable term the Awb
 * gives for a decision itself (Awb 4:13 lid 2). A longer delay is not "zo kort mogelijk".
 */
export const MAXIMALE_VERDAGING_DAGEN = 56;

export type VerdagingUitkomst =
  { soort: 'TE_LAAT'; melding: string } | { soort: 'ONGELDIG'; melding: string } | { soort: 'GOED'; nieuweTermijn: string };

/**
 * Checks a delay notice given on `vandaag` against the term as it stands (`huidigeTermijn`). The
 * new term is moved past weekends and holidays (Atw art. 1), like every other term.
 */
export function beoordeelVerdaging(
  huidigeTermijn: string,
  gevraagd: string,
  vandaag: string,
  gelijkgesteld: GelijkgesteldeDagen,
): VerdagingUitkomst {
  if (vandaag > huidigeTermijn) {
    return {
      soort: 'TE_LAAT',
      melding: `De beslistermijn is op ${huidigeTermijn} verstreken; verdagen kan alleen vóór het einde van de termijn (Awb 4:14 lid 3). Neem zo snel mogelijk een besluit.`,
    };
  }
  if (!isGeldigeDatum(gevraagd)) {
    return { soort: 'ONGELDIG', melding: 'is geen geldige datum (JJJJ-MM-DD).' };
  }
  if (gevraagd <= huidigeTermijn) {
    return { soort: 'ONGELDIG', melding: `moet na de huidige beslistermijn (${huidigeTermijn}) liggen.` };
  }
  if (dagenTussen(huidigeTermijn, gevraagd) > MAXIMALE_VERDAGING_DAGEN) {
    return {
      soort: 'ONGELDIG',
      melding: `mag hoogstens ${MAXIMALE_VERDAGING_DAGEN / 7} weken na de huidige beslistermijn (${huidigeTermijn}) liggen; kies een zo kort mogelijke termijn (Awb 4:14 lid 3).`,
    };
  }
  return { soort: 'GOED', nieuweTermijn: termijnEinde(gevraagd, gelijkgesteld) };
}
