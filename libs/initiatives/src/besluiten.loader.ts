import { type GqlContext, lijstPerSleutel, perVerzoek } from '@buurtwerk/core';
import type { GelijkgesteldeDagen } from '@buurtwerk/subsidieregels';
import type { BesluitEntity } from './besluit.entity';
import type { BesluitenService } from './besluiten.service';

/** Per-request DataLoaders of the decision record. */
export const besluitLoaders = (ctx: GqlContext, service: BesluitenService) => ({
  perInitiatief: perVerzoek<string, BesluitEntity[]>(ctx, 'besluitenPerInitiatief', async (ids) =>
    lijstPerSleutel(ids, await service.besluitenBijInitiatieven(ids), (b) => b.initiatiefId),
  ),
  /** Equated days, read once per request (only for decisions not yet made known). */
  gelijkgesteld: perVerzoek<'alle', GelijkgesteldeDagen>(ctx, 'gelijkgesteldeDagen', async (keys) => {
    const dagen = await service.gelijkgesteldeDagen();
    return keys.map(() => dagen);
  }),
});
