import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Gebruiker, HuidigeGebruiker, Ingelogd, Public, Rol, Rollen } from '@buurtwerk/core';
import {
  BuurtconciergeModel,
  ConciergeLogregelModel,
  ConciergePilotcijfersModel,
  ConciergeVerzoekModel,
} from './concierge.model';
import { ConciergeService } from './concierge.service';
import {
  BuurtconciergeInput,
  ConciergeAfrondenInput,
  ConciergeDoorzettenInput,
  ConciergeLogregelInput,
  ConciergeVraagInput,
} from './dto/concierge.input';

@Resolver()
export class ConciergeResolver {
  constructor(private readonly service: ConciergeService) {}

  @Public()
  @Query(() => [BuurtconciergeModel], { description: 'The buurtconciërges of the pilot, their buurten and availability.' })
  buurtconcierges() {
    return this.service.concierges();
  }

  @Ingelogd()
  @Query(() => BuurtconciergeModel, {
    nullable: true,
    description: "The caller's own assignment as a buurtconciërge, or null.",
  })
  mijnConciergeschap(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.mijnConciergeschap(gebruiker);
  }

  @Ingelogd()
  @Query(() => [ConciergeVerzoekModel], { description: "The caller's own requests to a concierge, newest first." })
  mijnConciergeVerzoeken(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.mijnVerzoeken(gebruiker);
  }

  @Ingelogd()
  @Query(() => [ConciergeLogregelModel], { description: "The concierge's own logbook, newest first (others: empty)." })
  conciergeLogboek(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.logboek(gebruiker);
  }

  @Ingelogd()
  @Query(() => [ConciergeVerzoekModel], { description: "Requests of the concierge's buurten (staff: all), open first." })
  conciergeVerzoeken(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.verzoeken(gebruiker);
  }

  @Rollen(Rol.BUURTREGISSEUR, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER)
  @Query(() => [ConciergePilotcijfersModel], { description: "The pilot's evaluation figures per buurt." })
  conciergePilotcijfers(@Args('jaar', { type: () => Int, nullable: true }) jaar?: number | null) {
    return this.service.pilotcijfers(jaar);
  }

  @Rollen(Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER)
  @Mutation(() => BuurtconciergeModel, { description: 'Assigns a concierge to buurten (again: changes the assignment).' })
  buurtconciergeAanstellen(@Args('input') input: BuurtconciergeInput) {
    return this.service.aanstellen(input);
  }

  @Rollen(Rol.BEWONER)
  @Mutation(() => ConciergeVerzoekModel, {
    description: 'Ask the concierge for small help or report something; with a signal category it is routed as a signal.',
  })
  conciergeVragen(@Args('input') input: ConciergeVraagInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.vragen(input, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => ConciergeVerzoekModel, { description: 'The concierge picks a request up (or, with afronden, completes it).' })
  conciergeVerzoekOppakken(
    @Args('id', { type: () => ID }) id: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Args('afronden', { nullable: true }) afronden?: boolean,
  ) {
    return this.service.oppakken(id, afronden ?? false, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => ConciergeVerzoekModel, { description: 'The concierge completes a request with an answer for the resident.' })
  conciergeVerzoekAfronden(@Args('input') input: ConciergeAfrondenInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.afronden(input, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => ConciergeVerzoekModel, {
    description: 'The concierge passes a request to the department that owns it: it becomes a signal of the resident.',
  })
  conciergeVerzoekDoorzetten(@Args('input') input: ConciergeDoorzettenInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.doorzetten(input, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => Boolean, { description: "A line in the concierge's logbook (no residents' names unless they consent)." })
  conciergeLogboekSchrijven(@Args('input') input: ConciergeLogregelInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.logboekSchrijven(input, gebruiker);
  }
}
