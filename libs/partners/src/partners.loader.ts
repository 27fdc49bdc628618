import { eenPerSleutel, type GqlContext, lijstPerSleutel, perVerzoek, perVerzoekGroep } from '@buurtwerk/core';
import type { BestuursfunctieEntity, OrganisatieEntity } from './organisatie.entity';
import type { PartnersService } from './partners.service';

const PARTNER_LOADERS = {};

/** Per-request DataLoaders of the partners module, made once per request. */
export const partnerLoaders = (ctx: GqlContext, service: PartnersService) =>
  perVerzoekGroep(ctx, PARTNER_LOADERS, () => maakPartnerLoaders(ctx, service));

const maakPartnerLoaders = (ctx: GqlContext, service: PartnersService) => ({
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
