import { eenPerSleutel, type GqlContext, lijstPerSleutel, perVerzoek } from '@buurtwerk/core';
import type { BestuursfunctieEntity, OrganisatieEntity } from './organisatie.entity';
import type { PartnersService } from './partners.service';

export const partnerLoaders = (ctx: GqlContext, service: PartnersService) => ({
  organisatie: perVerzoek<string, OrganisatieEntity | null>(ctx, 'organisatie', async (ids) =>
    eenPerSleutel(ids, await service.organisatiesBijIds(ids), (o) => o.id),
  ),
  bestuursfuncties: perVerzoek<string, BestuursfunctieEntity[]>(ctx, 'bestuursfuncties', async (ids) =>
    lijstPerSleutel(ids, await service.bestuursfunctiesBijOrganisaties(ids), (b) => b.organisatieId),
  ),
  buurtIds: perVerzoek<string, string[]>(ctx, 'organisatieBuurtIds', async (ids) =>
    lijstPerSleutel(ids, await service.buurtIdsBijOrganisaties(ids), (r) => r.organisatieId).map((l) => l.map((r) => r.buurtId)),
  ),
});
