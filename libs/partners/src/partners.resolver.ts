import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type Connection,
  type Gebruiker,
  type GqlContext,
  perVerzoek,
  HuidigeGebruiker,
  Ingelogd,
  PaginaArgs,
  Public,
  Rol,
  Rollen,
  Scopes,
} from '@buurtwerk/core';
import { type BuurtEntity, buurtLoaders, BuurtenService, BuurtModel, toBuurtModel } from '@buurtwerk/buurten';
import {
  ActiviteitenArgs,
  ActiviteitInput,
  BestuursfunctieInput,
  BuurtActiviteitenArgs,
  OrganisatieInput,
  OrganisatiesArgs,
} from './dto/organisatie.input';
import {
  ActiviteitConnection,
  ActiviteitModel,
  BestuursfunctieModel,
  OrganisatieConnection,
  OrganisatieModel,
  toBestuursfunctieModel,
  toOrganisatieModel,
} from './organisatie.model';
import { partnerLoaders } from './partners.loader';
import { PartnersService } from './partners.service';

@Resolver(() => OrganisatieModel)
export class OrganisatieResolver {
  constructor(
    private readonly service: PartnersService,
    private readonly buurtenService: BuurtenService,
  ) {}

  @Public()
  @Query(() => OrganisatieConnection)
  organisaties(@Args() args: OrganisatiesArgs) {
    return this.service.zoekOrganisaties(args);
  }

  @Ingelogd()
  @Query(() => [OrganisatieModel], {
    description:
      'The organisations the signed-in user acts for (linked by a BEHEERDER with partnerKoppelen), by name: what a partner may publish activities and apply for initiatives for. Empty for everyone else.',
  })
  mijnOrganisaties(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.organisatiesVanPartner(gebruiker.sub);
  }

  @Rollen(Rol.BEHEERDER, Rol.BELEIDSMEDEWERKER, Rol.BUURTREGISSEUR)
  @Mutation(() => OrganisatieModel)
  organisatieRegistreren(@Args('input') input: OrganisatieInput) {
    return this.service.organisatieRegistreren(input);
  }

  @Rollen(Rol.BEHEERDER, Rol.GRIFFIE, Rol.BELEIDSMEDEWERKER)
  @Mutation(() => OrganisatieModel)
  bestuursfunctieToevoegen(@Args('input') input: BestuursfunctieInput) {
    return this.service.bestuursfunctieToevoegen(input);
  }

  @Rollen(Rol.BEHEERDER)
  @Mutation(() => Boolean, {
    description:
      'Remove an organisation registered by mistake or twice; refused (CONFLICT) while initiatives, active API keys or webhook subscriptions refer to it. Mirrors see it in `verwijderd`.',
  })
  organisatieVerwijderen(@Args('id', { type: () => ID }) id: string) {
    return this.service.organisatieVerwijderen(id);
  }

  @Rollen(Rol.BEHEERDER)
  @Mutation(() => OrganisatieModel, {
    description: 'Link a PARTNER user (by the `sub` of their sign-in token) to an organisation they act for.',
  })
  partnerKoppelen(
    @Args('organisatieId', { type: () => ID }) organisatieId: string,
    @Args('gebruikerId', { type: () => ID }) gebruikerId: string,
  ) {
    return this.service.partnerKoppelen(organisatieId, gebruikerId.slice(0, 255));
  }

  @ResolveField(() => [BuurtModel])
  async buurten(org: OrganisatieModel, _args: unknown, ctx: GqlContext) {
    const ids = await partnerLoaders(ctx, this.service).buurtIds.load(org.dbId);
    const buurten = await buurtLoaders(ctx, this.buurtenService).buurt.loadMany(ids);
    return buurten
      .filter((b): b is BuurtEntity => b !== null && !(b instanceof Error))
      .map(toBuurtModel)
      .sort((a, b) => a.naam.localeCompare(b.naam));
  }

  @ResolveField(() => [BestuursfunctieModel], {
    description: 'Board seats and other positions held at this organisation (public, as in the trade register).',
  })
  async bestuursfuncties(org: OrganisatieModel, _args: unknown, ctx: GqlContext) {
    return (await partnerLoaders(ctx, this.service).bestuursfuncties.load(org.dbId)).map(toBestuursfunctieModel);
  }
}

@Resolver(() => ActiviteitModel)
export class ActiviteitResolver {
  constructor(
    private readonly service: PartnersService,
    private readonly buurten: BuurtenService,
  ) {}

  @Public()
  @Query(() => ActiviteitConnection)
  activiteiten(@Args() args: ActiviteitenArgs) {
    return this.service.zoekActiviteiten(args);
  }

  @Rollen(Rol.PARTNER, Rol.BUURTREGISSEUR, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER)
  @Scopes('activiteiten:schrijven')
  @Mutation(() => ActiviteitModel)
  activiteitPubliceren(@Args('input') input: ActiviteitInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.activiteitPubliceren(input, gebruiker);
  }

  @Rollen(Rol.PARTNER, Rol.BUURTREGISSEUR, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER)
  @Scopes('activiteiten:schrijven')
  @Mutation(() => ActiviteitModel)
  activiteitAnnuleren(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.activiteitAnnuleren(id, gebruiker);
  }

  @Rollen(Rol.PARTNER, Rol.BUURTREGISSEUR, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER)
  @Scopes('activiteiten:schrijven')
  @Mutation(() => Boolean, {
    description: 'Remove an activity published by mistake; mirrors see it in `verwijderd`. To call an activity off, cancel it.',
  })
  activiteitVerwijderen(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.activiteitVerwijderen(id, gebruiker);
  }

  // Per-row field resolvers take (parent, args, context) without parameter decorators: @nestjs/graphql
  // then binds them as plain functions (no Nest context, pipes or promise chain per field per row;
  // guards and interceptors never run on field resolvers here). Use @Parent()/@Args() only where the
  // arguments are client input that the validation pipe must see.
  @ResolveField(() => BuurtModel)
  async buurt(a: ActiviteitModel, _args: unknown, ctx: GqlContext) {
    return toBuurtModel((await buurtLoaders(ctx, this.buurten).buurt.load(a.buurtDbId))!);
  }

  @ResolveField(() => OrganisatieModel, { nullable: true })
  async organisator(a: ActiviteitModel, _args: unknown, ctx: GqlContext) {
    if (!a.organisatorDbId) {
      return null;
    }
    const org = await partnerLoaders(ctx, this.service).organisatie.load(a.organisatorDbId);
    return org ? toOrganisatieModel(org) : null;
  }
}

/** The partner directory on a buurt page: who is active here and what is organised. */
@Resolver(() => BuurtModel)
export class BuurtPartnersResolver {
  constructor(private readonly service: PartnersService) {}

  @ResolveField(() => OrganisatieConnection)
  partners(@Parent() buurt: BuurtModel, @Args() args: PaginaArgs, @Context() ctx: GqlContext) {
    return perVerzoek<string, Connection<OrganisatieModel>>(ctx, `buurtPartners:${JSON.stringify(args)}`, (ids) =>
      this.service.partnersVanBuurten(ids, args),
    ).load(buurt.dbId);
  }

  @ResolveField(() => ActiviteitConnection)
  activiteiten(@Parent() buurt: BuurtModel, @Args() args: BuurtActiviteitenArgs, @Context() ctx: GqlContext) {
    return perVerzoek<string, Connection<ActiviteitModel>>(ctx, `buurtActiviteiten:${JSON.stringify(args)}`, (ids) =>
      this.service.activiteitenVanBuurten(ids, args),
    ).load(buurt.dbId);
  }
}
