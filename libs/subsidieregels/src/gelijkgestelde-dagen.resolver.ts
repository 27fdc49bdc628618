import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Gebruiker, HuidigeGebruiker, Public, Rol, Rollen } from '@buurtwerk/core';
import { GelijkgesteldeDagInput } from './dto/gelijkgestelde-dag.input';
import { GelijkgesteldeDagModel } from './gelijkgestelde-dag.model';
import { GelijkgesteldeDagenService } from './gelijkgestelde-dagen.service';

@Resolver(() => GelijkgesteldeDagModel)
export class GelijkgesteldeDagenResolver {
  constructor(private readonly service: GelijkgesteldeDagenService) {}

  @Public()
  @Query(() => [GelijkgesteldeDagModel], {
    description: 'Days equated with general holidays by decree (Algemene termijnenwet art. 3 lid 3), by date.',
  })
  gelijkgesteldeDagen(@Args('jaar', { type: () => Int, nullable: true }) jaar?: number | null) {
    return this.service.lijst(jaar);
  }

  @Rollen(Rol.BEHEERDER)
  @Mutation(() => GelijkgesteldeDagModel, {
    description:
      'Records a day equated by decree, with the citation of the decree. Open terms that end on it move to the next working day.',
  })
  gelijkgesteldeDagToevoegen(@Args('input') input: GelijkgesteldeDagInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.toevoegen(input, gebruiker);
  }

  @Rollen(Rol.BEHEERDER)
  @Mutation(() => GelijkgesteldeDagModel, {
    description: 'Removes a day recorded in error; terms already given are not shortened.',
  })
  gelijkgesteldeDagVerwijderen(@Args('id', { type: () => ID }) id: string) {
    return this.service.verwijderen(id);
  }
}
