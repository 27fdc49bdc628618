import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Gebruiker, type GqlContext, HuidigeGebruiker, isMedewerker, perVerzoek } from '@buurtwerk/core';
import { InitiatiefModel } from '@buurtwerk/initiatives';
import { ZaakregistratieService } from './zaakregistratie.service';

@Resolver(() => InitiatiefModel)
export class InitiatiefZaakResolver {
  constructor(private readonly service: ZaakregistratieService) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      "Staff only: the URL of this initiative's zaak in the municipality's Zaken API (ZGW case registration), once it is registered; null for everyone else, when case registration is off, or before the zaak exists.",
  })
  async zaakUrl(
    @Parent() i: InitiatiefModel,
    @Context() ctx: GqlContext,
    @HuidigeGebruiker() gebruiker: Gebruiker | null,
  ): Promise<string | null> {
    if (!this.service.aan || !gebruiker || !isMedewerker(gebruiker)) {
      return null;
    }
    return perVerzoek<string, string | null>(ctx, 'zaakregistratie.zaakUrl', (ids) => this.service.zaakUrls(ids)).load(i.dbId);
  }
}
