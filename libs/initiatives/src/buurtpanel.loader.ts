import { eenPerSleutel, type GqlContext, perVerzoek } from '@buurtwerk/core';
import type { PanelstemmingEntity } from './buurtpanel.entity';
import type { BuurtpanelModel } from './buurtpanel.model';
import type { BuurtpanelService } from './buurtpanel.service';

/** Per-request DataLoaders of the buurtpanel. */
export const buurtpanelLoaders = (ctx: GqlContext, service: BuurtpanelService) => ({
  panel: perVerzoek<string, BuurtpanelModel | null>(ctx, 'buurtpanel', async (ids) =>
    eenPerSleutel(ids, await service.panelenBijIds(ids), (p) => p.dbId),
  ),
  leden: perVerzoek<string, string[]>(ctx, 'buurtpanel:leden', async (ids) => {
    const perPanel = await service.ledenBijPanelIds(ids);
    return ids.map((id) => perPanel.get(id) ?? []);
  }),
  stemmingen: perVerzoek<string, PanelstemmingEntity[]>(ctx, 'buurtpanel:stemmingen', async (ids) => {
    const rows = await service.stemmingenBijPanelIds(ids);
    return ids.map((id) => rows.filter((r) => r.panelId === id));
  }),
});
