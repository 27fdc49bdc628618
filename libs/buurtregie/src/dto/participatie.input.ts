import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { DatumScalar, Tekst } from '@buurtwerk/core';
import { Standpunt } from '../participatie.entity';

@InputType()
export class ParticipatieInput {
  @Field({ description: 'What residents are asked to react to.' })
  @Tekst(2000)
  vraag!: string;

  @Field(() => DatumScalar, { description: 'First day reactions are accepted.' })
  @IsString()
  openVan!: string;

  @Field(() => DatumScalar, { description: 'Last day reactions are accepted.' })
  @IsString()
  openTot!: string;
}

@InputType()
export class PlanReactieInput {
  @Field()
  @Tekst(5000)
  tekst!: string;

  @Field(() => Standpunt, { nullable: true })
  @IsOptional()
  @IsEnum(Standpunt)
  standpunt?: Standpunt | null;

  @Field(() => ID, { nullable: true, description: 'Partners: the organisation they react for.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisatieId?: string | null;
}

@ArgsType()
export class ReactieBeantwoordenArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field({ description: 'What the municipality does with the reaction; it goes into the participation report.' })
  @Tekst(5000)
  antwoord!: string;
}

@ArgsType()
export class OpenPlannenArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  buurtId?: string | null;
}
