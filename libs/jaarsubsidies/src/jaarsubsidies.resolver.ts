import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DatumScalar, type Gebruiker, HuidigeGebruiker, Ingelogd, MEDEWERKER_ROLLEN, Rol, Rollen } from '@buurtwerk/core';
import {
  AmbtshalveVaststellingInput,
  BetalingenVerwerktInput,
  JaaraanvraagInput,
  JaarsubsidieregelingInput,
  JaarsubsidieVaststellenInput,
  JaarsubsidieVerlenenInput,
  JaarsubsidieWijzigenInput,
  JaarsubsidieWijzigingInput,
  JaarverantwoordingInput,
} from './dto/jaarsubsidie.input';
import { JaarBevindingModel, JaarsubsidieModel, JaarsubsidieregelingModel, TeBetalenModel } from './jaarsubsidie.model';
import { JaarsubsidiesService } from './jaarsubsidies.service';

/** Deciding on a yearly subsidy: as on an initiative (besluitNemen). */
const BESLUITNEMERS = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];

@Resolver(() => JaarsubsidieModel)
export class JaarsubsidiesResolver {
  constructor(private readonly service: JaarsubsidiesService) {}

  @Rollen(...BESLUITNEMERS)
  @Mutation(() => JaarsubsidieregelingModel, {
    description: 'Set (or change) the yearly cycle of a subsidy rule for buurtorganisaties.',
  })
  jaarsubsidieregelingOpslaan(@Args('input') input: JaarsubsidieregelingInput) {
    return this.service.regelingOpslaan(input);
  }

  @Ingelogd()
  @Query(() => [JaarsubsidieregelingModel], { description: 'The yearly subsidy rules.' })
  jaarsubsidieregelingen() {
    return this.service.regelingen();
  }

  @Ingelogd()
  @Query(() => [JaarBevindingModel], { description: 'The live check of a yearly application: the same check as at receipt.' })
  jaaraanvraagToetsen(@Args('input') input: JaaraanvraagInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.toets(input, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => JaarsubsidieModel, {
    description: 'Apply for a yearly subsidy for a book year, for an organisation the caller is linked to.',
  })
  jaarsubsidieAanvragen(@Args('input') input: JaaraanvraagInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.aanvragen(input, gebruiker);
  }

  @Ingelogd()
  @Query(() => [JaarsubsidieModel], {
    description: 'The yearly subsidies of the organisations the caller acts for (also with an API key).',
  })
  mijnJaarsubsidies(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.mijnJaarsubsidies(gebruiker);
  }

  @Ingelogd()
  @Query(() => JaarsubsidieModel, { description: 'One yearly subsidy: staff, or someone linked to its organisation.' })
  jaarsubsidie(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.lees(id, gebruiker);
  }

  @Rollen(...MEDEWERKER_ROLLEN)
  @Query(() => [JaarsubsidieModel], { description: 'Staff: yearly subsidies, per organisation and/or book year (at most 200).' })
  jaarsubsidies(
    @Args('organisatieId', { type: () => ID, nullable: true }) organisatieId?: string,
    @Args('boekjaar', { type: () => Int, nullable: true }) boekjaar?: number,
  ) {
    return this.service.zoek(organisatieId, boekjaar);
  }

  @Rollen(...BESLUITNEMERS)
  @Mutation(() => JaarsubsidieModel, {
    description: 'Grant the yearly subsidy (Awb 4:29–4:34) and plan the advances (Awb 4:95).',
  })
  jaarsubsidieVerlenen(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: JaarsubsidieVerlenenInput,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.verlenen(id, input, gebruiker);
  }

  @Rollen(...BESLUITNEMERS)
  @Mutation(() => JaarsubsidieModel, { description: 'Refuse the yearly subsidy (Awb 4:35) with reasons.' })
  jaarsubsidieAfwijzen(
    @Args('id', { type: () => ID }) id: string,
    @Args('motivering') motivering: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.afwijzen(id, motivering, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => JaarsubsidieModel, { description: 'Awb 4:38: the organisation reports a material change during the year.' })
  jaarsubsidieWijzigingMelden(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: JaarsubsidieWijzigingInput,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.wijzigingMelden(id, input, gebruiker);
  }

  @Rollen(...BESLUITNEMERS)
  @Mutation(() => JaarsubsidieModel, {
    description: 'Change the grant during the year (Awb 4:48–4:50), e.g. on a reported change.',
  })
  jaarsubsidieWijzigen(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: JaarsubsidieWijzigenInput,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.wijzigen(id, input, gebruiker);
  }

  @Rollen(...MEDEWERKER_ROLLEN)
  @Query(() => [TeBetalenModel], { description: 'Payments due up to a date that the financial system still has to make.' })
  jaarsubsidieTeBetalen(@Args('tot', { type: () => DatumScalar }) tot: string) {
    return this.service.teBetalen(tot);
  }

  @Rollen(...BESLUITNEMERS)
  @Mutation(() => Int, { description: 'Record payments made by the financial system (each once); returns how many.' })
  jaarsubsidieBetalingenVerwerkt(@Args('input') input: BetalingenVerwerktInput) {
    return this.service.betalingenVerwerkt(input);
  }

  @Ingelogd()
  @Mutation(() => JaarsubsidieModel, { description: 'Awb 4:44: render account after the book year.' })
  jaarsubsidieVerantwoorden(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: JaarverantwoordingInput,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.verantwoorden(id, input, gebruiker);
  }

  @Rollen(...BESLUITNEMERS)
  @Mutation(() => JaarsubsidieModel, {
    description: 'Awb 4:46: settle, with reasons per line settled lower; recovery (Awb 4:57) or the rest (Awb 4:87).',
  })
  jaarsubsidieVaststellen(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: JaarsubsidieVaststellenInput,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.vaststellen(id, input, gebruiker);
  }

  @Rollen(...BESLUITNEMERS)
  @Mutation(() => JaarsubsidieModel, {
    description: 'Awb 4:44: settle ex officio after the account did not come, also not in the new term.',
  })
  jaarsubsidieAmbtshalveVaststellen(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AmbtshalveVaststellingInput,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.ambtshalveVaststellen(id, input, gebruiker);
  }
}
