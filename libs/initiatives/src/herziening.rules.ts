/**
 * The amounts of the new decision on a well-founded objection (Awb 7:11), as pure rules: a
 * rejection grants nothing; a grant gives a request at most what it asked for, and a request
 * without money gets none. Requests left out keep their granted amount. Used by
 * AanvraagbesluitService.herzienNaBezwaar before it moves the ceiling ledger.
 */
import type { VeldFout } from '@buurtwerk/core';
import { euro } from '@buurtwerk/subsidieregels';
import { BesluitUitkomst, type OndersteuningsaanvraagEntity } from './initiatief.entity';

export function herzieningsbedragen(
  aanvragen: readonly Pick<OndersteuningsaanvraagEntity, 'id' | 'gevraagdBedrag' | 'toegekendBedrag'>[],
  bedragen: ReadonlyMap<string, { bedrag: number; index: number }>,
  uitkomst: BesluitUitkomst,
  veld: string,
): { nieuw: Map<string, number>; velden: VeldFout[] } {
  const velden: VeldFout[] = [];
  const nieuw = new Map<string, number>();
  for (const a of aanvragen) {
    const t = bedragen.get(a.id);
    if (uitkomst === BesluitUitkomst.AFGEWEZEN) {
      if (t && t.bedrag > 0) {
        velden.push({ veld: `${veld}[${t.index}].bedrag`, melding: 'bij een afwijzing wordt niets toegekend.' });
      }
      nieuw.set(a.id, 0);
    } else if (t) {
      if (a.gevraagdBedrag === null) {
        velden.push({ veld: `${veld}[${t.index}].bedrag`, melding: 'deze aanvraag vraagt geen geld.' });
      } else if (t.bedrag > a.gevraagdBedrag) {
        velden.push({ veld: `${veld}[${t.index}].bedrag`, melding: `is meer dan gevraagd (${euro(a.gevraagdBedrag)}).` });
      }
      nieuw.set(a.id, t.bedrag);
    } else {
      nieuw.set(a.id, a.toegekendBedrag ?? 0);
    }
  }
  return { nieuw, velden };
}
