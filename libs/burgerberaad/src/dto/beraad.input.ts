import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsBoolean,
  IsDate,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DatumTijdScalar, OptioneleTekst, Tekst } from '@buurtwerk/core';

@InputType()
export class BeraadKenmerkwaardeInput {
  @Field({ description: 'Stable key, lowercase letters, digits and hyphens.' })
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'gebruik kleine letters, cijfers en streepjes (hoogstens 40)' })
  waarde!: string;

  @Field()
  @Tekst(80)
  label!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(150)
  min!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(150)
  max!: number;
}

@InputType()
export class BeraadKenmerkInput {
  @Field()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'gebruik kleine letters, cijfers en streepjes (hoogstens 40)' })
  sleutel!: string;

  @Field()
  @Tekst(80)
  naam!: string;

  @Field(() => [BeraadKenmerkwaardeInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => BeraadKenmerkwaardeInput)
  waarden!: BeraadKenmerkwaardeInput[];
}

@InputType()
export class BurgerberaadInput {
  @Field()
  @Tekst(200)
  onderwerp!: string;

  @Field()
  @Tekst(4000)
  beschrijving!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(150)
  grootte!: number;

  @Field(() => [BeraadKenmerkInput])
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => BeraadKenmerkInput)
  kenmerken!: BeraadKenmerkInput[];

  @Field(() => DatumTijdScalar)
  @IsDate()
  aanmeldenTot!: Date;

  @Field({ description: 'How the seed will be obtained, e.g. "drand quicknet, ronde 12345678".' })
  @Tekst(300)
  zaadBron!: string;

  @Field(() => String, { nullable: true, description: 'SHA-256 (64 hex) of a seed committed in advance.' })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'is een SHA-256 in 64 kleine hexadecimale tekens' })
  zaadToezegging?: string | null;
}

@InputType()
export class BeraadAntwoordInput {
  @Field()
  @Tekst(40)
  sleutel!: string;

  @Field()
  @Tekst(40)
  waarde!: string;
}

@InputType()
export class BeraadAanmeldingInput {
  @Field(() => ID)
  @IsString()
  beraadId!: string;

  @Field()
  @Tekst(200)
  naam!: string;

  @Field(() => String, { nullable: true, description: 'For the invitation if drawn; else the account address is used.' })
  @IsOptional()
  @IsEmail({}, { message: 'is geen geldig e-mailadres' })
  @OptioneleTekst(254)
  email?: string | null;

  @Field(() => [BeraadAntwoordInput])
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => BeraadAntwoordInput)
  kenmerken!: BeraadAntwoordInput[];

  @Field({ description: 'Consent to processing these answers for the draw (AVG art. 6(1)(a)); must be true.' })
  @IsBoolean()
  @Equals(true, { message: 'geef toestemming om mee te loten' })
  toestemming!: boolean;
}
