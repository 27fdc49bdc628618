import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Gebruiker, type GqlContext, HuidigeGebruiker, lijstPerSleutel, perVerzoek, Rol, Rollen } from '@buurtwerk/core';
import {
  type BuurtEntity,
  buurtLoaders,
  BuurtenService,
  BuurtModel,
  MedewerkerModel,
  toBuurtModel,
  toMedewerkerModel,
} from '@buurtwerk/buurten';
import { PlanInput, PlannenArgs } from './dto/plan.input';
import { PlanModel } from './plan.model';
import { PlanService } from './plan.service';
import { signaalLoaders } from './signalen.loader';
import { SignalenService } from './signalen.service';

const MEDEWERKERS = [Rol.BUURTREGISSEUR, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER] as const;

@Resolver(() => PlanModel)
export class PlanResolver {
  constructor(
    private readonly service: PlanService,
    private readonly signalen: SignalenService,
    private readonly buurtenService: BuurtenService,
  ) {}

  @Rollen(...MEDEWERKERS)
  @Query(() => [PlanModel], { description: 'Municipal plans, optionally those touching one buurt (staff only).' })
  plannen(@Args() args: PlannenArgs) {
    return this.service.zoek(args.buurtId);
  }

  @Rollen(...MEDEWERKERS)
  @Mutation(() => PlanModel, { description: 'Register a plan; the buurtregisseurs of its buurten are linked automatically.' })
  planRegistreren(@Args('input') input: PlanInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.registreren(input, gebruiker);
  }

  @ResolveField(() => [BuurtModel])
  async buurten(@Parent() p: PlanModel, @Context() ctx: GqlContext) {
    const ids = await perVerzoek<string, string[]>(ctx, 'planBuurtIds', async (planIds) =>
      lijstPerSleutel(planIds, await this.service.buurtIdsBijPlannen(planIds), (r) => r.planId).map((l) =>
        l.map((r) => r.buurtId),
      ),
    ).load(p.dbId);
    const buurten = await buurtLoaders(ctx, this.buurtenService).buurt.loadMany(ids);
    return buurten
      .filter((b): b is BuurtEntity => b !== null && !(b instanceof Error))
      .map(toBuurtModel)
      .sort((a, b) => a.naam.localeCompare(b.naam));
  }

  @ResolveField(() => [MedewerkerModel], { description: 'Buurtregisseurs of the buurten, linked at registration.' })
  async buurtregisseurs(@Parent() p: PlanModel, @Context() ctx: GqlContext) {
    const ids = await perVerzoek<string, string[]>(ctx, 'planRegisseurIds', async (planIds) =>
      lijstPerSleutel(planIds, await this.service.regisseurIdsBijPlannen(planIds), (r) => r.planId).map((l) =>
        l.map((r) => r.medewerkerId),
      ),
    ).load(p.dbId);
    const medewerkers = await signaalLoaders(ctx, this.signalen).medewerker.loadMany(ids);
    return medewerkers
      .filter((m) => m !== null && !(m instanceof Error))
      .map((m) => toMedewerkerModel(m as Exclude<typeof m, null | Error>))
      .sort((a, b) => a.naam.localeCompare(b.naam));
  }
}
