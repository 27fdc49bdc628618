import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Gebruiker, HuidigeGebruiker, Ingelogd, Public } from '@buurtwerk/core';
import {
  SamenwerkingBeantwoordenArgs,
  SamenwerkingsverzoekModel,
  SamenwerkingVragenInput,
  VergelijkbaarInitiatiefModel,
  VergelijkbareInitiatievenArgs,
} from './samenwerking.model';
import { SamenwerkingService } from './samenwerking.service';

@Resolver(() => SamenwerkingsverzoekModel)
export class SamenwerkingResolver {
  constructor(private readonly service: SamenwerkingService) {}

  @Public()
  @Query(() => [VergelijkbaarInitiatiefModel], {
    description: 'Public initiatives like an idea being drafted, in its buurt first, then nearby (same stadsdeel); at most 5.',
  })
  vergelijkbareInitiatieven(@Args() args: VergelijkbareInitiatievenArgs) {
    return this.service.vergelijkbaar(args.tekst, args.buurtId);
  }

  @Ingelogd()
  @Mutation(() => SamenwerkingsverzoekModel, {
    description: 'Ask another (public) initiative to cooperate with yours; its initiator gets a mail, without your address.',
  })
  samenwerkingVragen(@Args('input') input: SamenwerkingVragenInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.vragen(input.vanInitiatiefId, input.naarInitiatiefId, input.bericht, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => SamenwerkingsverzoekModel, { description: 'Accept or decline a request to cooperate with your initiative.' })
  samenwerkingBeantwoorden(@Args() args: SamenwerkingBeantwoordenArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.beantwoorden(args.id, args.aannemen, args.antwoord, gebruiker);
  }

  @Ingelogd()
  @Query(() => [SamenwerkingsverzoekModel], { description: 'Requests to cooperate, asked by and made to your initiatives.' })
  mijnSamenwerkingsverzoeken(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.mijnVerzoeken(gebruiker);
  }
}
