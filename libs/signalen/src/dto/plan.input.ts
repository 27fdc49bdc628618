import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { DatumScalar, OptioneleTekst, Tekst } from '@buurtwerk/core';

@InputType()
export class PlanInput {
  @Field()
  @Tekst(200)
  titel!: string;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(10_000)
  omschrijving?: string | null;

  @Field({ description: 'The department that owns the plan.' })
  @Tekst(200)
  afdeling!: string;

  @Field(() => DatumScalar)
  @IsString()
  startdatum!: string;

  @Field(() => DatumScalar, { nullable: true })
  @IsOptional()
  @IsString()
  einddatum?: string | null;

  @Field(() => [ID])
  @ArrayNotEmpty()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  buurtIds!: string[];
}

@ArgsType()
export class PlannenArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  buurtId?: string | null;
}
