import { Args, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { type Gebruiker, HuidigeGebruiker, Ingelogd, Public } from '@buurtwerk/core';
import { BuurtModel } from '@buurtwerk/buurten';
import { BuurtvolgenService } from './buurtvolgen.service';

@InputType()
export class BuurtVolgenInput {
  @Field(() => [ID], { description: 'The buurten to follow (at most 20).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  buurtIds!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Needed when not signed in (with a verified address): we mail a link to confirm.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string | null;
}

@ObjectType('BuurtVolgenUitkomst')
export class BuurtVolgenUitkomstModel {
  @Field({ description: 'True when a confirmation mail was sent (following by e-mail); false when it took effect at once.' })
  bevestigingNodig!: boolean;
}

@Resolver()
export class BuurtvolgenResolver {
  constructor(private readonly service: BuurtvolgenService) {}

  @Public()
  @Mutation(() => BuurtVolgenUitkomstModel, {
    description:
      'Follow buurten and get a weekly digest of what is new there (signed in at once, else after confirming by e-mail).',
  })
  buurtVolgen(@Args('input') input: BuurtVolgenInput, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    return this.service.volgen(input.buurtIds, input.email, gebruiker);
  }

  @Public()
  @Mutation(() => [BuurtModel], {
    description: 'Confirm following by e-mail (the link in the confirmation mail); the buurten followed.',
  })
  buurtVolgenBevestigen(@Args('id', { type: () => ID }) id: string, @Args('code') code: string) {
    return this.service.bevestigen(id, code);
  }

  @Ingelogd()
  @Query(() => [BuurtModel], { description: 'The buurten you follow.' })
  mijnGevolgdeBuurten(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.mijnBuurten(gebruiker);
  }

  @Ingelogd()
  @Mutation(() => [BuurtModel], { description: 'Stop following a buurt; the buurten you still follow.' })
  buurtNietMeerVolgen(@Args('buurtId', { type: () => ID }) buurtId: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.nietMeerVolgen(buurtId, gebruiker);
  }
}
