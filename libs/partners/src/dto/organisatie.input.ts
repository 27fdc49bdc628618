import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { DatumScalar, DatumTijdScalar, OptioneleTekst, PaginaArgs, Tekst } from '@buurtwerk/core';
import { OrganisatieSoort } from '../organisatie.entity';

@InputType()
export class OrganisatieInput {
  @Field()
  @Tekst(200)
  naam!: string;

  @Field(() => OrganisatieSoort)
  @IsEnum(OrganisatieSoort)
  soort!: OrganisatieSoort;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'moet een KvK-nummer van 8 cijfers zijn' })
  kvkNummer?: string | null;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(5000)
  beschrijving?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'moet een webadres zijn dat begint met https://' })
  @MaxLength(500)
  website?: string | null;

  @Field(() => [ID])
  @ArrayMaxSize(100)
  @IsString({ each: true })
  buurtIds!: string[];
}

@InputType()
export class BestuursfunctieInput {
  @Field(() => ID)
  @IsString()
  organisatieId!: string;

  @Field()
  @Tekst(200)
  persoon!: string;

  @Field()
  @Tekst(200)
  functie!: string;

  @Field(() => DatumScalar)
  @IsString()
  vanaf!: string;

  @Field(() => DatumScalar, { nullable: true })
  @IsOptional()
  @IsString()
  tot?: string | null;

  @Field(() => ID, { nullable: true })
  @OptioneleTekst(255)
  gebruikerId?: string | null;
}

@InputType()
export class ActiviteitInput {
  @Field()
  @Tekst(200)
  titel!: string;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(5000)
  beschrijving?: string | null;

  @Field(() => DatumTijdScalar)
  @IsDate()
  begin!: Date;

  @Field(() => DatumTijdScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  eind?: Date | null;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(300)
  locatie?: string | null;

  @Field(() => ID)
  @IsString()
  buurtId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  organisatorId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  initiatiefId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  vrijwilligersGezocht?: boolean | null;
}

@ArgsType()
export class OrganisatiesArgs extends PaginaArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  buurtId?: string;

  @Field(() => OrganisatieSoort, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisatieSoort)
  soort?: OrganisatieSoort;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(200)
  zoek?: string;

  @Field(() => DatumTijdScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  gewijzigdSinds?: Date;
}

@ArgsType()
export class ActiviteitenArgs extends PaginaArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  buurtId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  stadsdeelId?: string;

  @Field(() => DatumTijdScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  vanaf?: Date;

  @Field(() => DatumTijdScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  tot?: Date;

  @Field(() => DatumTijdScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  gewijzigdSinds?: Date;
}

/** Arguments of the connection fields on Buurt (the buurt itself is the parent). */
@ArgsType()
export class BuurtActiviteitenArgs extends PaginaArgs {
  @Field(() => DatumTijdScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  vanaf?: Date;

  @Field(() => DatumTijdScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  tot?: Date;
}
