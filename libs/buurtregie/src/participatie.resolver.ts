import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type Gebruiker,
  type GqlContext,
  HuidigeGebruiker,
  Ingelogd,
  lijstPerSleutel,
  perVerzoek,
  Public,
  Rol,
  Rollen,
} from '@buurtwerk/core';
import { type BuurtEntity, buurtLoaders, BuurtenService, BuurtModel, toBuurtModel } from '@buurtwerk/buurten';
import { OrganisatieModel, partnerLoaders, PartnersService, toOrganisatieModel } from '@buurtwerk/partners';
import { PlanService } from '@buurtwerk/signalen';
import { OpenPlannenArgs, ParticipatieInput, PlanReactieInput, ReactieBeantwoordenArgs } from './dto/participatie.input';
import { ParticipatieverslagModel, PlanParticipatieModel, PlanReactieModel } from './participatie.model';
import { ParticipatieService } from './participatie.service';

const MEDEWERKERS = [Rol.BUURTREGISSEUR, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER] as const;

@Resolver(() => PlanParticipatieModel)
export class ParticipatieResolver {
  constructor(
    private readonly service: ParticipatieService,
    private readonly plannen: PlanService,
    private readonly buurtenService: BuurtenService,
  ) {}

  @Public()
  @Query(() => [PlanParticipatieModel], {
    description: 'Plans published to residents (Omgevingswet), optionally those touching one buurt; open windows first.',
  })
  openPlannen(@Args() args: OpenPlannenArgs) {
    return this.service.gepubliceerd(args.buurtId);
  }

  @Public()
  @Query(() => PlanParticipatieModel, {
    nullable: true,
    description: 'One published plan (staff of its buurten also a prepared one).',
  })
  planParticipatie(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    return this.service.participatie(id, gebruiker);
  }

  @Public()
  @Query(() => ParticipatieverslagModel, {
    nullable: true,
    description: 'The participation report of a published plan: how residents were involved and what was done with it.',
  })
  participatieverslag(@Args('participatieId', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    return this.service.verslag(id, gebruiker);
  }

  @Rollen(...MEDEWERKERS)
  @Query(() => [PlanParticipatieModel], { description: 'Participations of the plans touching your buurten (policy staff: all).' })
  planParticipaties(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.alle(gebruiker);
  }

  @Rollen(...MEDEWERKERS)
  @Query(() => [PlanReactieModel], { description: 'The reactions to a plan, oldest first (staff of its buurten).' })
  planReacties(@Args('participatieId', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.reacties(id, gebruiker);
  }

  @Ingelogd()
  @Query(() => [PlanReactieModel], { description: 'Your own reactions to plans, with the answers.' })
  mijnPlanReacties(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.mijnReacties(gebruiker);
  }

  @Rollen(...MEDEWERKERS)
  @Mutation(() => PlanParticipatieModel, {
    description:
      'Prepare a plan for residents with a question and a window; its buurtregisseurs are informed first (again when prepared again).',
  })
  planParticipatieVoorbereiden(
    @Args('planId', { type: () => ID }) planId: string,
    @Args('input') input: ParticipatieInput,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.voorbereiden(planId, input, gebruiker);
  }

  @Rollen(...MEDEWERKERS)
  @Mutation(() => PlanParticipatieModel, {
    description: 'Publish a prepared plan to residents; refused while a buurtregisseur of its buurten was not informed.',
  })
  planParticipatiePubliceren(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.publiceren(id, gebruiker);
  }

  @Rollen(Rol.BEWONER, Rol.PARTNER)
  @Mutation(() => PlanReactieModel, { description: 'React to a published plan within its window, optionally for or against.' })
  planReageren(
    @Args('participatieId', { type: () => ID }) id: string,
    @Args('input') input: PlanReactieInput,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.reageren(id, input, gebruiker);
  }

  @Rollen(...MEDEWERKERS)
  @Mutation(() => PlanReactieModel, { description: 'Answer a reaction: what the municipality does with it (in the report).' })
  planReactieBeantwoorden(@Args() args: ReactieBeantwoordenArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.beantwoorden(args.id, args.antwoord, gebruiker);
  }

  @ResolveField(() => [BuurtModel])
  async buurten(p: PlanParticipatieModel, _args: unknown, ctx: GqlContext) {
    const ids = await perVerzoek<string, string[]>(ctx, 'participatieBuurtIds', async (planIds) =>
      lijstPerSleutel(planIds, await this.plannen.buurtIdsBijPlannen(planIds), (r) => r.planId).map((l) =>
        l.map((r) => r.buurtId),
      ),
    ).load(p.planDbId);
    const buurten = await buurtLoaders(ctx, this.buurtenService).buurt.loadMany(ids);
    return buurten
      .filter((b): b is BuurtEntity => b !== null && !(b instanceof Error))
      .map(toBuurtModel)
      .sort((a, b) => a.naam.localeCompare(b.naam));
  }
}

@Resolver(() => PlanReactieModel)
export class PlanReactieResolver {
  constructor(private readonly partners: PartnersService) {}

  @ResolveField(() => OrganisatieModel, { nullable: true, description: 'The partner organisation it was given for.' })
  async organisatie(r: PlanReactieModel, _args: unknown, ctx: GqlContext) {
    const o = r.organisatieDbId ? await partnerLoaders(ctx, this.partners).organisatie.load(r.organisatieDbId) : null;
    return o ? toOrganisatieModel(o) : null;
  }
}
