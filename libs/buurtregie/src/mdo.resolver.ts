import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Gebruiker, type GqlContext, HuidigeGebruiker, Rollen } from '@buurtwerk/core';
import { type BuurtEntity, buurtLoaders, BuurtenService, BuurtModel, toBuurtModel } from '@buurtwerk/buurten';
import {
  MdoActieAfrondenArgs,
  MdoActieInput,
  MdoActieOpvolgenArgs,
  MdoActiesArgs,
  MdoInput,
  MdoNotulenArgs,
  MdosArgs,
} from './dto/mdo.input';
import { MdoActieModel, MdoAgendaModel, MdoModel } from './mdo.model';
import { MDO_ROLLEN } from './mdo.rules';
import { MdoService } from './mdo.service';

@Resolver(() => MdoModel)
export class MdoResolver {
  constructor(
    private readonly service: MdoService,
    private readonly buurtenService: BuurtenService,
  ) {}

  @Rollen(...MDO_ROLLEN)
  @Query(() => [MdoModel], {
    description:
      'Multidisciplinary consultations (MDO) the caller takes part in, newest first: policy staff all, a buurtregisseur those about their own buurten.',
  })
  mdos(@Args() args: MdosArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.zoek(args, gebruiker);
  }

  @Rollen(...MDO_ROLLEN)
  @Query(() => MdoAgendaModel, {
    description:
      "An MDO's agenda, drawn from the record of its buurten: open needs, overdue signals, running plans and open actions of earlier MDOs.",
  })
  mdoAgenda(@Args('mdoId', { type: () => ID }) mdoId: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.agenda(mdoId, gebruiker);
  }

  @Rollen(...MDO_ROLLEN)
  @Query(() => [MdoActieModel], {
    description: 'Actions decided in MDOs for the departments, by deadline; a buurtregisseur sees those of their own buurten.',
  })
  mdoActies(@Args() args: MdoActiesArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.acties(args, gebruiker);
  }

  @Rollen(...MDO_ROLLEN)
  @Mutation(() => MdoModel, { description: 'Plan an MDO about one or more buurten with participants from departments.' })
  mdoPlannen(@Args('input') input: MdoInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.inplannen(input, gebruiker);
  }

  @Rollen(...MDO_ROLLEN)
  @Mutation(() => MdoModel, { description: 'Record the minutes (staff only); the MDO is then held.' })
  mdoNotulenVastleggen(@Args() args: MdoNotulenArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.notulenVastleggen(args.id, args.notulen, gebruiker);
  }

  @Rollen(...MDO_ROLLEN)
  @Mutation(() => MdoActieModel, {
    description:
      'A decision of the MDO becomes an action for the responsible department with a deadline. On a signal: the signal is passed on to that department.',
  })
  mdoActieToevoegen(
    @Args('mdoId', { type: () => ID }) mdoId: string,
    @Args('input') input: MdoActieInput,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.actieToevoegen(mdoId, input, gebruiker);
  }

  @Rollen(...MDO_ROLLEN)
  @Mutation(() => MdoActieModel, { description: "Follow an open action up in a later MDO: the department's progress." })
  mdoActieOpvolgen(@Args() args: MdoActieOpvolgenArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.actieOpvolgen(args, gebruiker);
  }

  @Rollen(...MDO_ROLLEN)
  @Mutation(() => MdoActieModel, {
    description: 'Close an action (done or lapsed) with its result; on a signal, with feedback the signal is handled too.',
  })
  mdoActieAfronden(@Args() args: MdoActieAfrondenArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.actieAfronden(args, gebruiker);
  }

  // Per-row field resolvers take (parent, args, context) without parameter decorators (CONTRIBUTING.md).
  @ResolveField(() => [BuurtModel], { description: 'The buurten the MDO is about.' })
  async buurten(m: MdoModel, _args: unknown, ctx: GqlContext) {
    const loader = buurtLoaders(ctx, this.buurtenService).buurt;
    const rijen = await Promise.all(m.buurtDbIds.map((id) => loader.load(id)));
    return rijen.filter((b): b is BuurtEntity => b !== null).map(toBuurtModel);
  }
}
