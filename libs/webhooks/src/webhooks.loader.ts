import { type GqlContext, lijstPerSleutel, perVerzoek } from '@buurtwerk/core';
import type { PogingEntity } from './webhook.entity';
import type { WebhooksService } from './webhooks.service';

export const webhookLoaders = (ctx: GqlContext, service: WebhooksService) => ({
  pogingen: perVerzoek<string, PogingEntity[]>(ctx, 'webhookPogingen', async (ids) =>
    lijstPerSleutel(ids, await service.pogingenVan(ids), (p) => p.afleveringId),
  ),
});
