import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { type Gebruiker, HuidigeGebruiker, Public, Rol, Rollen, Tekst } from '@buurtwerk/core';
import { BeraadAanmeldingModel, BeraadPanelModel, BurgerberaadModel } from './beraad.model';
import { BurgerberaadService } from './beraad.service';
import { BeraadAanmeldingInput, BurgerberaadInput } from './dto/beraad.input';

const BEHEER = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER] as const;

@ArgsType()
class BeraadLotenArgs {
  @Field(() => ID)
  @IsString()
  beraadId!: string;

  @Field({ description: 'The public seed (e.g. the randomness of the announced drand round, hex).' })
  @Tekst(200)
  zaad!: string;
}

@Resolver(() => BurgerberaadModel)
export class BurgerberaadResolver {
  constructor(private readonly service: BurgerberaadService) {}

  @Public()
  @Query(() => [BurgerberaadModel], {
    description: "Citizens' assemblies, latest registration deadline first; the draw's audit is public.",
  })
  burgerberaden() {
    return this.service.lijst();
  }

  @Rollen(...BEHEER)
  @Query(() => [BeraadAanmeldingModel], {
    description: 'The volunteers of an assembly with their selection probability (personal data).',
  })
  beraadAanmeldingen(@Args('beraadId', { type: () => ID }) beraadId: string) {
    return this.service.aanmeldingenVan(beraadId);
  }

  @Public()
  @Query(() => [BeraadPanelModel], {
    description: 'The published distribution: every panel with positive probability, members by registration id (no names).',
  })
  beraadVerdeling(@Args('beraadId', { type: () => ID }) beraadId: string) {
    return this.service.verdelingVan(beraadId);
  }

  @Rollen(...BEHEER)
  @Mutation(() => BurgerberaadModel, {
    description: 'Sets up an assembly: topic, size, features with quotas, and how the seed is obtained.',
  })
  burgerberaadAanmaken(@Args('input') input: BurgerberaadInput) {
    return this.service.aanmaken(input);
  }

  @Rollen(Rol.BEWONER)
  @Mutation(() => BeraadAanmeldingModel, {
    description: 'Volunteer for an assembly (with consent); once per person, while registration is open.',
  })
  beraadAanmelden(@Args('input') input: BeraadAanmeldingInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.aanmelden(input, gebruiker);
  }

  @Rollen(...BEHEER)
  @Mutation(() => BurgerberaadModel, {
    description:
      'Closes registration and computes the LEXIMIN distribution (may take seconds). Quotas no panel can meet are refused with BAD_USER_INPUT and a Dutch explanation per quota.',
  })
  beraadVerdelingBerekenen(@Args('beraadId', { type: () => ID }) beraadId: string) {
    return this.service.verdelingBerekenen(beraadId);
  }

  @Rollen(...BEHEER)
  @Mutation(() => BurgerberaadModel, { description: 'Draws one panel from the published distribution with the public seed.' })
  beraadLoten(@Args() args: BeraadLotenArgs) {
    return this.service.loten(args.beraadId, args.zaad);
  }
}
