import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsDate, IsEnum, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { CentenScalar, DatumTijdScalar, Tekst } from '@buurtwerk/core';
import { Stemregel, Stemwijze } from '../begroting.entity';

@InputType()
export class BegrotingsrondeInput {
  @Field()
  @Tekst(200)
  naam!: string;

  @Field(() => [ID], { description: 'The buurten whose residents may vote (with stadsdeelId: added to its buurten).' })
  @ArrayMaxSize(200)
  @IsString({ each: true })
  buurtIds!: string[];

  @Field(() => ID, { nullable: true, description: 'A round for a whole stadsdeel: all its buurten may vote.' })
  @IsOptional()
  @IsString()
  stadsdeelId?: string | null;

  @Field(() => CentenScalar)
  @IsInt()
  @Min(1)
  budget!: number;

  @Field(() => DatumTijdScalar)
  @IsDate()
  stemmenVanaf!: Date;

  @Field(() => DatumTijdScalar)
  @IsDate()
  stemmenTot!: Date;

  @Field(() => Stemregel)
  @IsEnum(Stemregel)
  regel!: Stemregel;

  @Field(() => Stemwijze, { nullable: true, description: 'Default APPROVAL.' })
  @IsOptional()
  @IsEnum(Stemwijze)
  stemwijze?: Stemwijze | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  minProjecten?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maxProjecten?: number | null;

  @Field(() => Int, { nullable: true, description: 'PUNTEN: points per voter (required there).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  puntenTotaal?: number | null;
}

@InputType()
export class BegrotingsprojectInput {
  @Field(() => ID)
  @IsString()
  rondeId!: string;

  @Field()
  @Tekst(200)
  titel!: string;

  @Field(() => CentenScalar)
  @IsInt()
  @Min(0)
  kosten!: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  initiatiefId?: string | null;
}

/** Limits of a ballot as it arrives (the round's own constraints are checked in the service). */
export const MAX_PROJECTEN_OP_STEMBILJET = 500;
export const MAX_PB_LENGTE = 5_000_000;
