import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Gebruiker, type GqlContext, HuidigeGebruiker, Ingelogd, Public, Rol, Rollen } from '@buurtwerk/core';
import { OrganisatieModel, partnerLoaders, PartnersService, toOrganisatieModel } from '@buurtwerk/partners';
import {
  AmbtsdragerModel,
  BelangenconflictModel,
  NevenfunctieModel,
  toAmbtsdragerModel,
  toNevenfunctieModel,
} from './belangenconflict.model';
import { belangenLoaders } from './belangenconflict.loader';
import { actiefOp } from './belangenconflict.rules';
import { BelangenconflictService } from './belangenconflict.service';
import {
  AmbtsdragerInput,
  BelangVerklarenArgs,
  NevenfunctieBeeindigenArgs,
  NevenfunctieCorrigerenInput,
  NevenfunctieInput,
  NevenfunctieregisterArgs,
  PeildatumArgs,
} from './dto/belangenconflict.input';

/** The griffie keeps the register; everyone may read it (Gemeentewet art. 12, 41b). */
const REGISTERBEHEER = [Rol.GRIFFIE, Rol.BEHEERDER] as const;

async function organisatieVia(ctx: GqlContext, partners: PartnersService, organisatieDbId: string | null) {
  if (!organisatieDbId) {
    return null;
  }
  const org = await partnerLoaders(ctx, partners).organisatie.load(organisatieDbId);
  return org ? toOrganisatieModel(org) : null;
}

@Resolver(() => AmbtsdragerModel)
export class AmbtsdragerResolver {
  constructor(private readonly service: BelangenconflictService) {}

  @Public()
  @Query(() => [AmbtsdragerModel])
  ambtsdragers() {
    return this.service.ambtsdragers();
  }

  @Rollen(...REGISTERBEHEER)
  @Mutation(() => AmbtsdragerModel)
  ambtsdragerRegistreren(@Args('input') input: AmbtsdragerInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.ambtsdragerRegistreren(input, gebruiker);
  }

  @ResolveField(() => [NevenfunctieModel])
  async nevenfuncties(@Parent() a: AmbtsdragerModel, @Args() args: PeildatumArgs, @Context() ctx: GqlContext) {
    const rijen = await belangenLoaders(ctx, this.service).nevenfunctiesVanAmbtsdrager.load(a.dbId);
    return actiefOp(rijen, args.peildatum).map(toNevenfunctieModel);
  }
}

@Resolver(() => NevenfunctieModel)
export class NevenfunctieResolver {
  constructor(
    private readonly service: BelangenconflictService,
    private readonly partners: PartnersService,
  ) {}

  @Public()
  @Query(() => [NevenfunctieModel], { description: 'The public register of side positions (Gemeentewet art. 12).' })
  nevenfunctieregister(@Args() args: NevenfunctieregisterArgs) {
    return this.service.nevenfunctieregister(args);
  }

  @Rollen(...REGISTERBEHEER)
  @Mutation(() => NevenfunctieModel)
  nevenfunctieMelden(@Args('input') input: NevenfunctieInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.nevenfunctieMelden(input, gebruiker);
  }

  @Rollen(...REGISTERBEHEER)
  @Mutation(() => NevenfunctieModel)
  nevenfunctieBeeindigen(@Args() args: NevenfunctieBeeindigenArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.nevenfunctieBeeindigen(args, gebruiker);
  }

  @Rollen(...REGISTERBEHEER)
  @Mutation(() => NevenfunctieModel, {
    description:
      'Correct a registered side position (function, organisation, paid, start, or clear an end date set by mistake); audited.',
  })
  nevenfunctieCorrigeren(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: NevenfunctieCorrigerenInput,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.nevenfunctieCorrigeren(id, input, gebruiker);
  }

  @ResolveField(() => AmbtsdragerModel)
  async ambtsdrager(@Parent() n: NevenfunctieModel, @Context() ctx: GqlContext) {
    return toAmbtsdragerModel((await belangenLoaders(ctx, this.service).ambtsdrager.load(n.ambtsdragerDbId))!);
  }

  @ResolveField(() => OrganisatieModel, { nullable: true })
  organisatie(@Parent() n: NevenfunctieModel, @Context() ctx: GqlContext) {
    return organisatieVia(ctx, this.partners, n.organisatieDbId);
  }
}

@Resolver(() => BelangenconflictModel)
export class BelangenconflictResolver {
  constructor(
    private readonly service: BelangenconflictService,
    private readonly partners: PartnersService,
  ) {}

  @Ingelogd()
  @Mutation(() => BelangenconflictModel, {
    description: 'Declare that you have an interest in an initiative: you will then step aside when it is decided.',
  })
  belangVerklaren(@Args() args: BelangVerklarenArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.belangVerklaren(args, gebruiker);
  }

  @ResolveField(() => OrganisatieModel, { nullable: true })
  organisatie(@Parent() c: BelangenconflictModel, @Context() ctx: GqlContext) {
    return organisatieVia(ctx, this.partners, c.organisatieDbId);
  }
}
