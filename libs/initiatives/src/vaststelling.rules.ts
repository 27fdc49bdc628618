/**
 * Settlement (vaststelling, Awb 4:42-4:46) as pure rules: never above the grant, always with a
 * reason (Awb 3:46), and a lower amount names its ground (Awb 4:46). Used by VaststellingService.
 */
import type { VeldFout } from '@buurtwerk/core';
import { euro } from '@buurtwerk/subsidieregels';
import type { OndersteuningsaanvraagEntity, VaststellingsGrond } from './initiatief.entity';
import { motiveringFout, vaststellingsgrondFout } from './motivering.rules';

/** The checked settlement: whether it is lower than granted, or every invalid field at once. */
export type Vaststellingstoets = { lager: boolean; velden: VeldFout[] };

/**
 * `bedragen` per request id (with the index in the input `bedragen`); a request left out is settled
 * at its granted amount. `reden` is the trimmed reason (field `toelichting`).
 */
export function toetsVaststelling(
  aanvragen: readonly Pick<OndersteuningsaanvraagEntity, 'id' | 'toegekendBedrag'>[],
  bedragen: ReadonlyMap<string, { bedrag: number; index: number }>,
  reden: string,
  grond: VaststellingsGrond | null,
): Vaststellingstoets {
  const velden: VeldFout[] = [];
  let lager = false;
  for (const a of aanvragen) {
    const t = bedragen.get(a.id);
    const toegekend = a.toegekendBedrag ?? 0;
    if (t && t.bedrag > toegekend) {
      velden.push({
        veld: `bedragen[${t.index}].bedrag`,
        melding: `mag niet hoger zijn dan het toegekende bedrag (${euro(toegekend)}).`,
      });
    }
    if (t && t.bedrag < toegekend) {
      lager = true;
    }
  }
  const redenOngeldig = motiveringFout(reden, 'vaststelling');
  if (redenOngeldig) {
    velden.push({ veld: 'toelichting', melding: redenOngeldig });
  }
  const grondOngeldig = vaststellingsgrondFout(lager, grond);
  if (grondOngeldig) {
    velden.push({ veld: 'grond', melding: grondOngeldig });
  }
  return { lager, velden };
}
