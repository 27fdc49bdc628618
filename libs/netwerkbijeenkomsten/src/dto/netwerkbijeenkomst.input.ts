import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsEmail, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DatumTijdScalar, OptioneleTekst, PaginaArgs, Tekst } from '@buurtwerk/core';
import { AanmeldingStatus } from '../netwerkbijeenkomst.entity';
import { AanmeldingStatusVeld } from '../netwerkbijeenkomst.model';

@InputType()
export class NetwerkbijeenkomstInput {
  @Field()
  @Tekst(200)
  titel!: string;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(500)
  thema?: string | null;

  @Field(() => DatumTijdScalar)
  @IsDate()
  begin!: Date;

  @Field(() => DatumTijdScalar)
  @IsDate()
  eind!: Date;

  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  buurtId!: string;

  @Field()
  @Tekst(500)
  locatie!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10_000)
  capaciteit!: number;
}

/**
 * Changes to a planned meeting; a field that is left out stays as it is. `thema: null` clears
 * the theme. Capacity may rise (the waiting list moves up) but not drop below those admitted.
 */
@InputType()
export class NetwerkbijeenkomstWijzigenInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Tekst(200)
  titel?: string;

  @Field(() => String, { nullable: true, description: 'Theme or description; null clears it.' })
  @OptioneleTekst(500)
  thema?: string | null;

  @Field(() => DatumTijdScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  begin?: Date;

  @Field(() => DatumTijdScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  eind?: Date;

  @Field(() => ID, { nullable: true, description: 'Another host buurt; it must never have hosted (GASTBUURT_AL_GEWEEST).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  buurtId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Tekst(500)
  locatie?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'More places move the waiting list up in order of receipt; fewer than those admitted is refused.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  capaciteit?: number;
}

@ArgsType()
export class DeelnemersArgs extends PaginaArgs {
  @Field(() => AanmeldingStatusVeld, {
    nullable: true,
    description: 'Only AANGEMELD or only WACHTLIJST; without it both (admitted first, then the waiting list).',
  })
  @IsOptional()
  @IsEnum(AanmeldingStatus)
  status?: AanmeldingStatus | null;
}

@InputType()
export class AanmeldingInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  bijeenkomstId!: string;

  @Field()
  @Tekst(200)
  naam!: string;

  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisatieId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. bewoner, initiatiefnemer, buurtorganisatie, ambtenaar, wethouder' })
  @OptioneleTekst(100)
  rol?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Accessibility or dietary needs, free text. Seen only by the organisers.',
  })
  @OptioneleTekst(2000)
  wensen?: string | null;
}

@ArgsType()
export class AfmeldenArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  aanmeldingId!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  afmeldcode!: string;
}

@ArgsType()
export class AfmeldenMetCodeArgs {
  @Field({ description: 'The address the sign-up was made with.' })
  @IsString()
  @MaxLength(320)
  email!: string;

  @Field({ description: 'The short cancellation code from the mail (8 letters and digits; spaces and dashes are ignored).' })
  @IsString()
  @MaxLength(200)
  afmeldcode!: string;
}

@ArgsType()
export class AanmeldingBevestigenArgs {
  @Field(() => ID, { description: 'From the link in the mail.' })
  @IsString()
  @MaxLength(200)
  aanmeldingId!: string;

  @Field({ description: 'The secret code from the link in the mail.' })
  @IsString()
  @MaxLength(200)
  code!: string;
}

@ArgsType()
export class VerslagArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field()
  @Tekst(20_000)
  verslag!: string;

  @Field(() => [ID], { nullable: true, description: 'Initiatives discussed at the meeting.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  initiatiefIds?: string[] | null;
}

@ArgsType()
export class NetwerkbijeenkomstenArgs {
  @Field(() => Int, { nullable: true, description: 'Calendar year (Europe/Amsterdam) in which the meeting begins.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2200)
  jaar?: number | null;
}

@ArgsType()
export class GastbuurtSuggestiesArgs {
  @Field(() => Int, { nullable: true, defaultValue: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  aantal?: number | null;
}
