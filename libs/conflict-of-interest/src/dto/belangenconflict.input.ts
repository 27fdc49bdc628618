import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DatumScalar, OptioneleTekst, Tekst } from '@buurtwerk/core';
import { AmbtsdragerFunctie } from '../belangenconflict.entity';

const ID_LENGTE = 200;

@InputType()
export class AmbtsdragerInput {
  @Field()
  @Tekst(200)
  naam!: string;

  @Field(() => AmbtsdragerFunctie)
  @IsEnum(AmbtsdragerFunctie)
  functie!: AmbtsdragerFunctie;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(200)
  partij?: string | null;

  @Field(() => DatumScalar)
  @IsString()
  vanaf!: string;

  @Field(() => DatumScalar, { nullable: true })
  @IsOptional()
  @IsString()
  tot?: string | null;

  /** `sub` of the office holder's sign-in token (identity link for conflicts of interest). */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  gebruikerId?: string | null;
}

@InputType()
export class NevenfunctieInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(ID_LENGTE)
  ambtsdragerId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ID_LENGTE)
  organisatieId?: string | null;

  @Field()
  @Tekst(300)
  organisatieNaam!: string;

  @Field()
  @Tekst(200)
  functie!: string;

  @Field()
  @IsBoolean()
  bezoldigd!: boolean;

  @Field(() => DatumScalar)
  @IsString()
  vanaf!: string;

  @Field(() => DatumScalar, { nullable: true })
  @IsOptional()
  @IsString()
  tot?: string | null;
}

/**
 * Corrects a registered side position; a field that is left out stays as it is. `tot: null`
 * clears an end date set by mistake; `organisatieId: null` removes the link to an organisation.
 */
@InputType()
export class NevenfunctieCorrigerenInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Tekst(200)
  functie?: string;

  @Field(() => ID, { nullable: true, description: 'The organisation in Buurtwerk; null removes the link.' })
  @IsOptional()
  @IsString()
  @MaxLength(ID_LENGTE)
  organisatieId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Tekst(300)
  organisatieNaam?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  bezoldigd?: boolean;

  @Field(() => DatumScalar, { nullable: true })
  @IsOptional()
  @IsString()
  vanaf?: string;

  @Field(() => DatumScalar, { nullable: true, description: 'Last day; null clears an end date set by mistake.' })
  @IsOptional()
  @IsString()
  tot?: string | null;
}

@ArgsType()
export class NevenfunctieBeeindigenArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(ID_LENGTE)
  id!: string;

  @Field(() => DatumScalar)
  @IsString()
  tot!: string;
}

@ArgsType()
export class NevenfunctieregisterArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ID_LENGTE)
  ambtsdragerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ID_LENGTE)
  organisatieId?: string | null;

  @Field(() => DatumScalar, { nullable: true, description: 'Only positions active on this date; without it the whole history.' })
  @IsOptional()
  @IsString()
  peildatum?: string | null;
}

@ArgsType()
export class PeildatumArgs {
  @Field(() => DatumScalar, { nullable: true, description: 'Only positions active on this date; without it the whole history.' })
  @IsOptional()
  @IsString()
  peildatum?: string | null;
}

@ArgsType()
export class BelangVerklarenArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(ID_LENGTE)
  initiatiefId!: string;

  @Field()
  @Tekst(2000)
  toelichting!: string;
}
