import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Gebruiker, HuidigeGebruiker, Ingelogd, Public } from '@buurtwerk/core';
import {
  IdeeenbankArgs,
  IdeeenbankTrefferModel,
  IdeeverhaalInput,
  IdeeverhaalModel,
  VergelijkbareIdeeenArgs,
} from './ideeenbank.model';
import { IdeeenbankService } from './ideeenbank.service';

@Resolver(() => IdeeverhaalModel)
export class IdeeenbankResolver {
  constructor(private readonly service: IdeeenbankService) {}

  @Public()
  @Query(() => [IdeeenbankTrefferModel], {
    description:
      'Search the idea bank (Dutch full-text search, ranked, with highlighted excerpts) by text, theme, buurt, stadsdeel and instrument.',
  })
  ideeenbank(@Args() args: IdeeenbankArgs) {
    return this.service.zoek(args);
  }

  @Public()
  @Query(() => [IdeeenbankTrefferModel], {
    description: 'Stories like an idea being drafted, those in its buurt first (at most 5).',
  })
  vergelijkbareIdeeen(@Args() args: VergelijkbareIdeeenArgs) {
    return this.service.vergelijkbaar(args.tekst, args.buurtId);
  }

  @Ingelogd()
  @Mutation(() => IdeeverhaalModel, {
    description: 'Publish (or rewrite) the story of your executed or settled initiative in the idea bank.',
  })
  ideeverhaalPubliceren(@Args('input') input: IdeeverhaalInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.publiceren(input, gebruiker);
  }
}
