import { eenPerSleutel, type GqlContext, lijstPerSleutel, perVerzoek } from '@buurtwerk/core';
import type { InitiatiefEntity, OndersteuningsaanvraagEntity, StatusWijzigingEntity } from './initiatief.entity';
import type { InitiatievenService } from './initiatieven.service';

/** Per-request DataLoaders of the initiatives module. */
export const initiatiefLoaders = (ctx: GqlContext, service: InitiatievenService) => ({
  initiatief: perVerzoek<string, InitiatiefEntity | null>(ctx, 'initiatief', async (ids) =>
    eenPerSleutel(ids, await service.initiatievenBijIds(ids), (i) => i.id),
  ),
  aanvragen: perVerzoek<string, OndersteuningsaanvraagEntity[]>(ctx, 'ondersteuningsaanvragen', async (ids) =>
    lijstPerSleutel(ids, await service.aanvragenBijInitiatieven(ids), (a) => a.initiatiefId),
  ),
  historie: perVerzoek<string, StatusWijzigingEntity[]>(ctx, 'initiatiefHistorie', async (ids) =>
    lijstPerSleutel(ids, await service.historieBijInitiatieven(ids), (h) => h.initiatiefId),
  ),
});
