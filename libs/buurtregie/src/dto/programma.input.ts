import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { CentenScalar, DatumScalar, Tekst } from '@buurtwerk/core';

@InputType()
export class UitvoeringsprogrammaInput {
  @Field(() => Int, { description: 'The year of the programme (this year up to two years ahead).' })
  @IsInt()
  jaar!: number;

  @Field(() => ID, { nullable: true, description: 'The stadsdeel; leave empty for the city-wide programme.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  stadsdeelId?: string | null;

  @Field()
  @Tekst(200)
  titel!: string;

  @Field({ description: 'What the year is about.' })
  @Tekst(5000)
  inleiding!: string;
}

@InputType()
export class ProgrammaActieInput {
  @Field()
  @Tekst(1000)
  omschrijving!: string;

  @Field({ description: 'The department or partner who carries it out.' })
  @Tekst(200)
  eigenaar!: string;
}

@InputType()
export class ProgrammaDoelInput {
  @Field()
  @Tekst(300)
  titel!: string;

  @Field({ description: 'The department or partner responsible for the goal.' })
  @Tekst(200)
  eigenaar!: string;

  @Field(() => [ID], { description: 'Needs of the buurtagenda (in the area of the programme) the goal answers.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  behoefteIds!: string[];

  @Field(() => [ProgrammaActieInput])
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ProgrammaActieInput)
  acties!: ProgrammaActieInput[];
}

@ArgsType()
export class ProgrammaBudgetArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  programmaId!: string;

  @Field(() => ID, { description: 'An instrument of the menukaart.' })
  @IsString()
  @MaxLength(200)
  instrumentId!: string;

  @Field(() => CentenScalar, { description: 'Budget in cents; 0 removes the line.' })
  @IsInt()
  @Min(0)
  bedrag!: number;
}

@ArgsType()
export class UitvoeringsprogrammasArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  jaar?: number | null;
}

@ArgsType()
export class ProgrammaEvaluerenArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field({ description: "The municipality's conclusion: what went well, what did not, what changes next year." })
  @Tekst(20000)
  conclusie!: string;
}

@ArgsType()
export class ProgrammaInbrengVensterArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field(() => DatumScalar, { description: 'First day partners can give input.' })
  @IsString()
  openVan!: string;

  @Field(() => DatumScalar, { description: 'Last day partners can give input.' })
  @IsString()
  openTot!: string;
}

@InputType()
export class ProgrammaInbrengInput {
  @Field(() => ID, { description: 'The partner organisation you write for.' })
  @IsString()
  @MaxLength(200)
  organisatieId!: string;

  @Field({
    description:
      'Your input on the draft, or your evaluation of the year. A published evaluation shows it with your organisation.',
  })
  @Tekst(10000)
  tekst!: string;
}
