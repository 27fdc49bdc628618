import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Gebruiker, type GqlContext, HuidigeGebruiker, Ingelogd, MEDEWERKER_ROLLEN, Rol, Rollen } from '@buurtwerk/core';
import { BesluitModel, BriefModel, briefLoaders, BrievenService, InitiatiefModel, toBriefModel } from '@buurtwerk/initiatives';
import {
  BezwaarBeslissingInput,
  BezwaarInput,
  BezwarenArgs,
  HoorzittingPlannenArgs,
  TermijnoverschrijdingArgs,
  VerdagenArgs,
} from './dto/bezwaar.input';
import { HoorzittingAfzienGrond } from './bezwaar.entity';
import { BezwaarConnection, BezwaarModel } from './bezwaar.model';
import { BezwaarService } from './bezwaar.service';

/** Handling: whoever may handle an initiative (initiatiefInBehandelingNemen). */
const BEHANDELAARS = [...MEDEWERKER_ROLLEN];
/** Deciding: whoever may decide on an initiative (besluitNemen). */
const BESLUITNEMERS = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];

@Resolver(() => BezwaarModel)
export class BezwaarResolver {
  constructor(
    private readonly service: BezwaarService,
    private readonly brievenService: BrievenService,
  ) {}

  @Rollen(...BEHANDELAARS)
  @Query(() => BezwaarConnection, { description: 'Staff work queue of objections, earliest decision deadline first.' })
  bezwaren(@Args() args: BezwarenArgs) {
    return this.service.zoek(args);
  }

  @Ingelogd()
  @Query(() => [BezwaarModel], { description: "The caller's own objections." })
  mijnBezwaren(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.mijnBezwaren(gebruiker);
  }

  @Ingelogd()
  @Mutation(() => BezwaarModel, {
    description:
      'Lodge an objection against the decision in force on an initiative (Awb 6:4-6:5): the applicant, or an interested party against a public (granted) decision. The sign-in is the signature.',
  })
  bezwaarMaken(@Args('input') input: BezwaarInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.maken(input, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => BezwaarModel, { description: 'Withdraw one’s own objection before the decision (Awb 6:21).' })
  bezwaarIntrekken(
    @Args('id', { type: () => ID }) id: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Args('toelichting', { type: () => String, nullable: true }) toelichting?: string,
  ) {
    return this.service.intrekken(id, toelichting, gebruiker);
  }

  @Rollen(...BEHANDELAARS)
  @Mutation(() => BezwaarModel)
  bezwaarInBehandelingNemen(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.inBehandelingNemen(id, gebruiker);
  }

  @Rollen(...BEHANDELAARS)
  @Mutation(() => BezwaarModel, { description: 'Awb 6:11: judge whether a late objection is excusable, with reasons.' })
  bezwaarTermijnoverschrijdingBeoordelen(@Args() args: TermijnoverschrijdingArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.termijnoverschrijdingBeoordelen(args.id, args.verschoonbaar, args.motivering, gebruiker);
  }

  @Rollen(...BEHANDELAARS)
  @Mutation(() => BezwaarModel, { description: 'Awb 7:2: schedule (or move) the hearing; the objector is invited by mail.' })
  hoorzittingPlannen(@Args() args: HoorzittingPlannenArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.hoorzittingPlannen(args.id, args.op, args.plaats, gebruiker);
  }

  @Rollen(...BEHANDELAARS)
  @Mutation(() => BezwaarModel, { description: 'Awb 7:3: waive the hearing on one of its grounds, with reasons.' })
  hoorzittingAfzien(
    @Args('id', { type: () => ID }) id: string,
    @Args('grond', { type: () => HoorzittingAfzienGrond }) grond: HoorzittingAfzienGrond,
    @Args('motivering') motivering: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.hoorzittingAfzien(id, grond, motivering, gebruiker);
  }

  @Rollen(...BEHANDELAARS)
  @Mutation(() => BezwaarModel, { description: 'Awb 7:13: use an advisory committee (decision term 12 weeks) or not (6).' })
  bezwaarAdviescommissie(
    @Args('id', { type: () => ID }) id: string,
    @Args('inschakelen') inschakelen: boolean,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.adviescommissie(id, inschakelen, gebruiker);
  }

  @Rollen(...BEHANDELAARS)
  @Mutation(() => BezwaarModel, {
    description:
      "Awb 7:10 lid 3: defer the decision once by at most six weeks; lid 4: further only with the objector's consent (instemming). The objector is told.",
  })
  bezwaarBeslissingVerdagen(@Args() args: VerdagenArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.verdagen(args.id, args.weken, args.motivering, gebruiker, args.instemming === true);
  }

  @Rollen(...BESLUITNEMERS)
  @Mutation(() => BezwaarModel, {
    description:
      'The decision on the objection (Awb 7:11-7:12), with the letter and the notice of appeal; GEGROND with nieuweUitkomst revises the decision and its ceiling ledger.',
  })
  bezwaarBeslissen(@Args('input') input: BezwaarBeslissingInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.beslissen(input, gebruiker);
  }

  @ResolveField(() => InitiatiefModel, {
    nullable: true,
    description: 'The initiative whose decision is objected to (the public view for an interested party).',
  })
  initiatief(@Parent() b: BezwaarModel, @Context() ctx: GqlContext) {
    return this.service.initiatief(b, ctx.req.gebruiker ?? null);
  }

  @ResolveField(() => BesluitModel, {
    nullable: true,
    description: 'The decision objected to: for the applicant and staff (null for another interested party).',
  })
  besluit(@Parent() b: BezwaarModel, @Context() ctx: GqlContext) {
    return this.service.besluit(b, ctx.req.gebruiker ?? null);
  }

  @ResolveField(() => [BriefModel], {
    description:
      'The letters about this objection, oldest first: the receipt (Awb 6:14) and the decision on it (Awb 7:12), as HTML and PDF with their sending status. The objection itself is only visible to the objector and staff.',
  })
  async brieven(@Parent() b: BezwaarModel, @Context() ctx: GqlContext) {
    const loaders = briefLoaders(ctx, this.brievenService);
    const rijen = await loaders.perBezwaar.load(b.dbId);
    return Promise.all(rijen.map(async (r) => toBriefModel(r, r.verzondenOp ? undefined : await loaders.mailstatus.load(r.id))));
  }
}
