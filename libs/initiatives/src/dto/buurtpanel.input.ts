import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsString, MaxLength } from 'class-validator';
import { Tekst } from '@buurtwerk/core';

@InputType()
export class BuurtpanelInput {
  @Field()
  @Tekst(200)
  naam!: string;

  @Field(() => [ID])
  @ArrayMaxSize(100)
  @IsString({ each: true })
  buurtIds!: string[];

  @Field(() => Int)
  @IsInt()
  quorum!: number;

  @Field(() => [ID], { description: 'Members, by their gebruikerId.' })
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  leden!: string[];
}
