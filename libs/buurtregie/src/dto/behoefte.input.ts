import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { OptioneleTekst, Tekst } from '@buurtwerk/core';
import { BehoefteBron, BehoefteSoort, BehoefteStatus } from '../behoefte.entity';

@InputType()
export class BehoefteInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  buurtId!: string;

  @Field(() => BehoefteSoort)
  @IsEnum(BehoefteSoort)
  soort!: BehoefteSoort;

  @Field({ description: 'Theme, e.g. "groen", "ontmoeting", "verkeer".' })
  @Tekst(60)
  thema!: string;

  @Field()
  @Tekst(150)
  titel!: string;

  @Field()
  @Tekst(4000)
  omschrijving!: string;

  @Field(() => String, { nullable: true, description: 'Evidence: survey results, numbers, observations.' })
  @OptioneleTekst(4000)
  onderbouwing?: string | null;

  @Field(() => BehoefteBron, {
    nullable: true,
    description:
      'Staff: BUURTREGISSEUR (default), ENQUETE or SIGNAAL. Residents always bring in as BEWONER, partners as PARTNER.',
  })
  @IsOptional()
  @IsEnum(BehoefteBron)
  bron?: BehoefteBron | null;

  @Field(() => ID, { nullable: true, description: 'Partners: the organisation they bring it in for (required for PARTNER).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisatieId?: string | null;
}

@InputType()
export class BehoefteWijzigingInput {
  @Field(() => BehoefteSoort, { nullable: true })
  @IsOptional()
  @IsEnum(BehoefteSoort)
  soort?: BehoefteSoort | null;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(60)
  thema?: string | null;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(150)
  titel?: string | null;

  @Field(() => String, { nullable: true, description: 'The buurtregisseur may take personal data out of a submission.' })
  @OptioneleTekst(4000)
  omschrijving?: string | null;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(4000)
  onderbouwing?: string | null;
}

@ArgsType()
export class BuurtagendaArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  buurtId!: string;

  @Field(() => [BehoefteStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(BehoefteStatus, { each: true })
  status?: BehoefteStatus[] | null;

  @Field(() => BehoefteSoort, { nullable: true })
  @IsOptional()
  @IsEnum(BehoefteSoort)
  soort?: BehoefteSoort | null;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(60)
  thema?: string | null;
}

@ArgsType()
export class BehoefteStatusArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field(() => BehoefteStatus)
  @IsEnum(BehoefteStatus)
  status!: BehoefteStatus;

  @Field(() => String, { nullable: true, description: 'Required when refusing, answering or letting it lapse.' })
  @OptioneleTekst(2000)
  toelichting?: string | null;
}

@ArgsType()
export class BehoefteKoppelArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  behoefteId!: string;

  @Field(() => ID, { description: 'Global id of an Initiatief, Signaal, Plan or Activiteit.' })
  @IsString()
  @MaxLength(200)
  objectId!: string;
}
