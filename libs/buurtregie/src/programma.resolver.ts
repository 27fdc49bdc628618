import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Gebruiker, HuidigeGebruiker, Public, Rol, Rollen } from '@buurtwerk/core';
import {
  ProgrammaBudgetArgs,
  ProgrammaEvaluerenArgs,
  ProgrammaDoelInput,
  ProgrammaInbrengInput,
  ProgrammaInbrengVensterArgs,
  UitvoeringsprogrammaInput,
  UitvoeringsprogrammasArgs,
} from './dto/programma.input';
import { UitvoeringsprogrammaModel } from './programma.model';
import { PROGRAMMA_BEHEER } from './programma.rules';
import { ProgrammaService } from './programma.service';

@Resolver(() => UitvoeringsprogrammaModel)
export class ProgrammaResolver {
  constructor(private readonly service: ProgrammaService) {}

  @Public()
  @Query(() => [UitvoeringsprogrammaModel], {
    description: 'Uitvoeringsprogramma’s, newest year first, city-wide first: adopted ones for everyone, drafts for staff.',
  })
  uitvoeringsprogrammas(@Args() args: UitvoeringsprogrammasArgs, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    return this.service.lijst(args.jaar, gebruiker);
  }

  @Rollen(...PROGRAMMA_BEHEER)
  @Mutation(() => UitvoeringsprogrammaModel, {
    description: 'Draw up the programme of a year for a stadsdeel or (no stadsdeel) the city; one per year and area.',
  })
  uitvoeringsprogrammaOpstellen(@Args('input') input: UitvoeringsprogrammaInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.opstellen(input, gebruiker);
  }

  @Rollen(...PROGRAMMA_BEHEER)
  @Mutation(() => UitvoeringsprogrammaModel, {
    description: "Add a goal (linked to needs of the area's buurtagenda, with actions and owners) to a draft programme.",
  })
  programmaDoelToevoegen(@Args('programmaId', { type: () => ID }) programmaId: string, @Args('input') input: ProgrammaDoelInput) {
    return this.service.doelToevoegen(programmaId, input);
  }

  @Rollen(...PROGRAMMA_BEHEER)
  @Mutation(() => UitvoeringsprogrammaModel, { description: "Set a draft programme's budget for one instrument (0 removes it)." })
  programmaBudgetVaststellen(@Args() args: ProgrammaBudgetArgs) {
    return this.service.budgetVaststellen(args);
  }

  @Rollen(...PROGRAMMA_BEHEER)
  @Mutation(() => UitvoeringsprogrammaModel, { description: 'Adopt the programme; it is public from then on.' })
  uitvoeringsprogrammaVaststellen(@Args('id', { type: () => ID }) id: string) {
    return this.service.vaststellen(id);
  }

  @Rollen(...PROGRAMMA_BEHEER)
  @Mutation(() => UitvoeringsprogrammaModel, { description: 'Start the evaluation at year end (from 1 December of its year).' })
  programmaEvaluatieStarten(@Args('id', { type: () => ID }) id: string) {
    return this.service.evaluatieStarten(id);
  }

  @Rollen(...PROGRAMMA_BEHEER)
  @Mutation(() => UitvoeringsprogrammaModel, {
    description: "Evaluate: the year report's figures are recorded with the conclusion and published for the council.",
  })
  programmaEvalueren(@Args() args: ProgrammaEvaluerenArgs) {
    return this.service.evalueren(args.id, args.conclusie);
  }

  @Rollen(...PROGRAMMA_BEHEER)
  @Mutation(() => UitvoeringsprogrammaModel, {
    description:
      "Open a draft for partners' input from openVan to openTot (Heerlen's calendar); the draft is public from then on.",
  })
  programmaInbrengOpenen(@Args() args: ProgrammaInbrengVensterArgs) {
    return this.service.inbrengOpenen(args);
  }

  @Rollen(Rol.PARTNER)
  @Mutation(() => UitvoeringsprogrammaModel, {
    description:
      "A partner's input on a draft in its window, or its evaluation while the programme is evaluated, for an organisation they are linked to.",
  })
  programmaInbrengGeven(
    @Args('programmaId', { type: () => ID }) programmaId: string,
    @Args('input') input: ProgrammaInbrengInput,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.inbrengGeven(programmaId, input, gebruiker);
  }
}
