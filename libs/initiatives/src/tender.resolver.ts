import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Gebruiker, HuidigeGebruiker, MEDEWERKER_ROLLEN, Rol, Rollen } from '@buurtwerk/core';
import { TenderScoreInput, TenderVerdelingArgs } from './dto/tender.input';
import { TenderOverzichtModel } from './tender.model';
import { TenderService } from './tender.service';

@Resolver(() => TenderOverzichtModel)
export class TenderResolver {
  constructor(private readonly service: TenderService) {}

  @Rollen(...MEDEWERKER_ROLLEN)
  @Query(() => TenderOverzichtModel, {
    description: 'A tender (Awb 4:26): the scores, the ranking and the (proposed) allocation.',
  })
  tender(@Args() args: TenderVerdelingArgs) {
    return this.service.rangschikking(args.regelingId, args.periode, args.stadsdeelId);
  }

  @Rollen(...MEDEWERKER_ROLLEN)
  @Mutation(() => TenderOverzichtModel, {
    description:
      'Score a tender request per criterion with reasons (staff without a conflict of interest); replaces your earlier scores.',
  })
  tenderBeoordelen(
    @Args('initiatiefId', { type: () => ID }) initiatiefId: string,
    @Args('scores', { type: () => [TenderScoreInput] }) scores: TenderScoreInput[],
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.beoordelen(initiatiefId, scores, gebruiker);
  }

  @Rollen(Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER)
  @Mutation(() => TenderOverzichtModel, {
    description: 'After the window closed: rank and allocate the ceiling in ranking order, producing every decision (Awb 4:26).',
  })
  tenderVerdelen(@Args() args: TenderVerdelingArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.verdelen(args.regelingId, args.periode, args.stadsdeelId, gebruiker);
  }
}
