import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Gebruiker, type GqlContext, HuidigeGebruiker, Public, Rol, Rollen } from '@buurtwerk/core';
import { buurtLoaders, BuurtenService, BuurtModel, toBuurtModel } from '@buurtwerk/buurten';
import { OrganisatieModel, partnerLoaders, PartnersService, toOrganisatieModel } from '@buurtwerk/partners';
import {
  BehoefteInput,
  BehoefteKoppelArgs,
  BehoefteStatusArgs,
  BehoefteWijzigingInput,
  BuurtagendaArgs,
} from './dto/behoefte.input';
import { BehoefteModel } from './behoefte.model';
import { CURATOREN } from './behoefte.rules';
import { BuurtagendaService } from './buurtagenda.service';

@Resolver(() => BehoefteModel)
export class BuurtagendaResolver {
  constructor(
    private readonly service: BuurtagendaService,
    private readonly buurten: BuurtenService,
    private readonly partners: PartnersService,
  ) {}

  @Public()
  @Query(() => [BehoefteModel], {
    description:
      "A buurt's agenda: its wishes, needs and bottlenecks, newest first. Everyone sees the curated ones; the buurtregisseur of the buurt (and policy staff) also new submissions and refused ones; who brought something in also sees their own.",
  })
  buurtagenda(@Args() args: BuurtagendaArgs, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    return this.service.agenda(args, gebruiker);
  }

  @Rollen(Rol.BEWONER, Rol.PARTNER, ...CURATOREN)
  @Mutation(() => BehoefteModel, {
    description:
      "Bring a wish, need or bottleneck onto a buurt's agenda. A resident's or partner's (for their organisation) waits for the buurtregisseur; staff's is on the agenda at once.",
  })
  behoefteToevoegen(@Args('input') input: BehoefteInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.toevoegen(input, gebruiker);
  }

  @Rollen(...CURATOREN)
  @Mutation(() => BehoefteModel, {
    description: 'Curate a need: its kind, theme, title, text or evidence (buurtregisseur of the buurt).',
  })
  behoefteWijzigen(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: BehoefteWijzigingInput,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.wijzigen(id, input, gebruiker);
  }

  @Rollen(...CURATOREN)
  @Mutation(() => BehoefteModel, {
    description: 'Move a need on (open, taken up, answered, lapsed, refused), with an explanation.',
  })
  behoefteStatusWijzigen(@Args() args: BehoefteStatusArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.statusWijzigen(args.id, args.status, args.toelichting, gebruiker);
  }

  @Rollen(Rol.BEWONER)
  @Mutation(() => BehoefteModel, { description: 'Support a need on the agenda; once per person.' })
  behoefteSteunen(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.steunen(id, gebruiker);
  }

  @Rollen(Rol.BEWONER)
  @Mutation(() => BehoefteModel, { description: 'Withdraw your support of a need.' })
  behoefteSteunIntrekken(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.steunIntrekken(id, gebruiker);
  }

  @Rollen(Rol.BEWONER, Rol.PARTNER, ...CURATOREN)
  @Mutation(() => BehoefteModel, {
    description:
      'Link an initiative, signal, plan or activity to a need it answers or concerns. The buurtregisseur of the buurt links anything; an initiator their own initiative to a curated need.',
  })
  behoefteKoppelen(@Args() args: BehoefteKoppelArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.koppelen(args.behoefteId, args.objectId, gebruiker);
  }

  @Rollen(Rol.BEWONER, Rol.PARTNER, ...CURATOREN)
  @Mutation(() => BehoefteModel, { description: 'Remove a link (who made it, or the buurtregisseur of the buurt).' })
  behoefteOntkoppelen(@Args() args: BehoefteKoppelArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.ontkoppelen(args.behoefteId, args.objectId, gebruiker);
  }

  // Per-row field resolvers take (parent, args, context) without parameter decorators (CONTRIBUTING.md).
  @ResolveField(() => BuurtModel)
  async buurt(b: BehoefteModel, _args: unknown, ctx: GqlContext) {
    return toBuurtModel((await buurtLoaders(ctx, this.buurten).buurt.load(b.buurtDbId))!);
  }

  @ResolveField(() => OrganisatieModel, { nullable: true, description: 'The partner organisation that brought it in.' })
  async organisatie(b: BehoefteModel, _args: unknown, ctx: GqlContext) {
    const o = b.organisatieDbId ? await partnerLoaders(ctx, this.partners).organisatie.load(b.organisatieDbId) : null;
    return o ? toOrganisatieModel(o) : null;
  }
}
