import { eenPerSleutel, type GqlContext, perVerzoek } from '@buurtwerk/core';
import type { MedewerkerEntity } from '@buurtwerk/buurten';
import type { SignalenService } from './signalen.service';

export const signaalLoaders = (ctx: GqlContext, service: SignalenService) => ({
  medewerker: perVerzoek<string, MedewerkerEntity | null>(ctx, 'signaalMedewerker', async (ids) =>
    eenPerSleutel(ids, await service.medewerkersBijIds(ids), (m) => m.id),
  ),
});
