import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { OptioneleTekst, Tekst } from '@buurtwerk/core';
import { VerzoekSoort } from '../concierge.entity';

@InputType()
export class BuurtconciergeInput {
  @Field({ description: "The concierge's sign-in id." })
  @Tekst(200)
  gebruikerId!: string;

  @Field()
  @Tekst(200)
  naam!: string;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  buurtIds!: string[];

  @Field()
  @Tekst(500)
  beschikbaarheid!: string;
}

@InputType()
export class ConciergeVraagInput {
  @Field(() => ID)
  @IsString()
  buurtId!: string;

  @Field(() => VerzoekSoort)
  @IsEnum(VerzoekSoort)
  soort!: VerzoekSoort;

  @Field()
  @Tekst(2000)
  omschrijving!: string;

  @Field(() => String, {
    nullable: true,
    description: 'MELDING for a department: a signal category (signaalcategorieen); it is then routed as a signal.',
  })
  @OptioneleTekst(100)
  categorie?: string | null;

  @Field({
    nullable: true,
    description:
      'The resident consents that the concierge sees and notes their name (AVG art. 6(1)(a)); without it the request is anonymous to the concierge.',
  })
  @IsOptional()
  @IsBoolean()
  naamToestemming?: boolean;
}

@InputType()
export class ConciergeLogregelInput {
  @Field(() => ID)
  @IsString()
  buurtId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'is een datum als JJJJ-MM-DD' })
  datum!: string;

  @Field({ description: 'CONTACT or TAAK' })
  @IsIn(['CONTACT', 'TAAK'], { message: 'is CONTACT of TAAK' })
  soort!: 'CONTACT' | 'TAAK';

  @Field()
  @Tekst(60)
  categorie!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(720)
  minuten!: number;

  @Field({ description: 'A few words; no names of residents.' })
  @Tekst(1000)
  notitie!: string;

  @Field(() => String, { nullable: true, description: "A resident's name, only with their consent." })
  @OptioneleTekst(200)
  naamMetToestemming?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  doorverwezen?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  verzoekId?: string | null;
}

@InputType()
export class ConciergeAfrondenInput {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field({ description: 'What the concierge did or answers; the resident reads it under "my requests".' })
  @Tekst(1000)
  reactie!: string;
}

@InputType()
export class ConciergeDoorzettenInput {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field({ description: 'The signal category (signaalcategorieen) of the department that owns it.' })
  @Tekst(100)
  categorie!: string;

  @Field(() => String, { nullable: true, description: "The concierge's addition for the department (what they saw)." })
  @OptioneleTekst(1000)
  toelichting?: string | null;
}
