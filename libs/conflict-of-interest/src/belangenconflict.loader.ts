import { eenPerSleutel, type GqlContext, lijstPerSleutel, perVerzoek } from '@buurtwerk/core';
import type { AmbtsdragerEntity, NevenfunctieEntity } from './belangenconflict.entity';
import type { BelangenconflictService } from './belangenconflict.service';

/** Per-request DataLoaders of the register (no N+1 in nested queries). */
export const belangenLoaders = (ctx: GqlContext, service: BelangenconflictService) => ({
  ambtsdrager: perVerzoek<string, AmbtsdragerEntity | null>(ctx, 'ambtsdrager', async (ids) =>
    eenPerSleutel(ids, await service.ambtsdragersBijIds(ids), (a) => a.id),
  ),
  nevenfunctiesVanAmbtsdrager: perVerzoek<string, NevenfunctieEntity[]>(ctx, 'nevenfunctiesVanAmbtsdrager', async (ids) =>
    lijstPerSleutel(ids, await service.nevenfunctiesBijAmbtsdragers(ids), (n) => n.ambtsdragerId),
  ),
});
