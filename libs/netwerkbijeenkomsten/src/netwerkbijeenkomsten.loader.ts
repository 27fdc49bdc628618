import { eenPerSleutel, type GqlContext, perVerzoek } from '@buurtwerk/core';
import type { BijeenkomstTelling, NetwerkbijeenkomstenService } from './netwerkbijeenkomsten.service';

export const netwerkbijeenkomstLoaders = (ctx: GqlContext, service: NetwerkbijeenkomstenService) => ({
  telling: perVerzoek<string, BijeenkomstTelling>(ctx, 'netwerkbijeenkomstTelling', async (ids) =>
    eenPerSleutel(ids, await service.tellingen(ids), (t) => t.bijeenkomstId).map(
      (t, i) => t ?? { bijeenkomstId: ids[i], aangemeld: 0, wachtlijst: 0 },
    ),
  ),
});
