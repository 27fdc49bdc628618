import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

@InputType({ description: 'One score (0 to 10) on one criterion of a tender, with the reason.' })
export class TenderScoreInput {
  @Field()
  @IsString()
  @MaxLength(50)
  criterium!: string;

  @Field(() => Int)
  @IsInt()
  score!: number;

  @Field({ description: 'Why this score: at least one full sentence.' })
  @IsString()
  @MaxLength(5000)
  toelichting!: string;
}

@ArgsType()
export class TenderVerdelingArgs {
  @Field(() => ID, { description: 'The tender rule (any version of its code).' })
  @IsString()
  regelingId!: string;

  @Field({ description: 'Calendar year of the ceiling, e.g. "2027".' })
  @Matches(/^20\d{2}$/, { message: 'moet een kalenderjaar zijn, bijvoorbeeld 2027' })
  periode!: string;

  @Field(() => ID, { nullable: true, description: 'The stadsdeel of a stadsdeel ceiling; left out for the general one.' })
  @IsOptional()
  @IsString()
  stadsdeelId?: string | null;
}
