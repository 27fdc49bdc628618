import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { Tekst } from '@buurtwerk/core';

@InputType()
export class HeitjeKlusInput {
  @Field()
  @Tekst(200)
  titel!: string;

  @Field()
  @Tekst(4000)
  beschrijving!: string;

  @Field(() => ID)
  @IsString()
  buurtId!: string;

  @Field({ description: 'What the municipality supplies (paint, brushes, gloves …).' })
  @Tekst(1000)
  materialen!: string;

  @Field(() => Int, { description: 'Heitjes per participant.' })
  @IsInt()
  @Min(1)
  @Max(10000)
  beloning!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100)
  plaatsen!: number;

  @Field(() => ID, { description: 'The guiding buurt organisation.' })
  @IsString()
  organisatieId!: string;
}

@InputType()
export class HeitjeWinkelInput {
  @Field()
  @Tekst(200)
  naam!: string;

  @Field(() => ID, { description: "The shop's organisation; its members confirm payments." })
  @IsString()
  organisatieId!: string;
}

@InputType()
export class HeitjeWisselkoersInput {
  @Field({ description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'is een datum als JJJJ-MM-DD' })
  geldigVanaf!: string;

  @Field(() => Int, { description: 'Euro cents per heitje.' })
  @IsInt()
  @Min(1)
  @Max(100000)
  centenPerHeitje!: number;
}
