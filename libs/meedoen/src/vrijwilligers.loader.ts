import { eenPerSleutel, type GqlContext, perVerzoek } from '@buurtwerk/core';
import type { VrijwilligersverzoekEntity } from './vrijwilligers.entity';
import type { VrijwilligersService } from './vrijwilligers.service';

export const vrijwilligersLoaders = (ctx: GqlContext, service: VrijwilligersService) => ({
  verzoek: perVerzoek<string, VrijwilligersverzoekEntity | null>(ctx, 'vrijwilligersverzoek', async (ids) =>
    eenPerSleutel(ids, await service.verzoekenBijIds(ids), (v) => v.id),
  ),
});
