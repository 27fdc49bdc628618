import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CentenScalar, DatumScalar, JsonScalar, OptioneleTekst, Tekst } from '@buurtwerk/core';
import { Besluitvorming, InstrumentSoort, Verdeelmethode } from '../subsidieregeling.entity';
import { AanvragerSoort, Schaal } from '../toetsing.rules';

@InputType()
export class InstrumentInput {
  @Field()
  @Tekst(200)
  naam!: string;

  @Field(() => InstrumentSoort)
  @IsEnum(InstrumentSoort)
  soort!: InstrumentSoort;

  @Field()
  @Tekst(5000)
  beschrijving!: string;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(5000)
  voorwaarden?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  regelingId?: string | null;
}

@InputType({ description: 'A menukaart item as it should read now; its soort never changes (add a new item for another kind).' })
export class InstrumentWijzigingInput {
  @Field()
  @Tekst(200)
  naam!: string;

  @Field()
  @Tekst(5000)
  beschrijving!: string;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(5000)
  voorwaarden?: string | null;

  @Field(() => ID, { nullable: true, description: 'The subsidy rule; required for FINANCIELE_BIJDRAGE, none when left out.' })
  @IsOptional()
  @IsString()
  regelingId?: string | null;
}

@InputType()
export class VoorwaardeInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{0,49}$/, { message: 'moet een code in hoofdletters zijn, bijvoorbeeld EIGEN_BIJDRAGE' })
  code!: string;

  @Field()
  @Tekst(1000)
  omschrijving!: string;

  /** Checked by the service (known operators and facts only). */
  @Field(() => JsonScalar)
  @Allow()
  regel!: unknown;
}

@InputType({ description: 'A published ranking criterion of a tender (Awb 4:26), scored 0 to 10.' })
export class TenderCriteriumInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{0,49}$/, { message: 'moet een code in hoofdletters zijn, bijvoorbeeld BEREIK' })
  code!: string;

  @Field()
  @Tekst(1000)
  omschrijving!: string;

  @Field(() => Int, { description: 'Weight of the criterion in the total, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  gewicht!: number;
}

@InputType()
export class SubsidieregelingInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_-]{1,49}$/, { message: 'moet een code in hoofdletters zijn, bijvoorbeeld BUURTAKTIE' })
  code!: string;

  @Field()
  @Tekst(200)
  naam!: string;

  @Field()
  @Tekst(10000)
  beschrijving!: string;

  @Field(() => DatumScalar)
  @IsString()
  geldigVan!: string;

  @Field(() => DatumScalar, { nullable: true })
  @IsOptional()
  @IsString()
  geldigTot?: string | null;

  @Field(() => [Schaal])
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(Schaal, { each: true })
  schalen!: Schaal[];

  @Field(() => [AanvragerSoort])
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(AanvragerSoort, { each: true })
  aanvragers!: AanvragerSoort[];

  @Field(() => CentenScalar, { nullable: true })
  @IsOptional()
  @IsInt()
  maximumBedrag?: number | null;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(52)
  beslistermijnWeken!: number;

  @Field(() => Besluitvorming)
  @IsEnum(Besluitvorming)
  besluitvorming!: Besluitvorming;

  @Field(() => Verdeelmethode)
  @IsEnum(Verdeelmethode)
  verdeelmethode!: Verdeelmethode;

  @Field(() => [VoorwaardeInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => VoorwaardeInput)
  voorwaarden!: VoorwaardeInput[];

  @Field(() => DatumScalar, { nullable: true, description: 'Tender: first day of the application window.' })
  @IsOptional()
  @IsString()
  aanvraagperiodeVan?: string | null;

  @Field(() => DatumScalar, { nullable: true, description: 'Tender: last day of the application window.' })
  @IsOptional()
  @IsString()
  aanvraagperiodeTot?: string | null;

  @Field(() => [TenderCriteriumInput], { nullable: true, description: 'Tender: the published ranking criteria.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TenderCriteriumInput)
  criteria?: TenderCriteriumInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Tender: the last request that partly fits gets the rest.' })
  @IsOptional()
  @IsBoolean()
  gedeeltelijkToekennen?: boolean | null;
}

@InputType()
export class SubsidieplafondInput {
  @Field(() => ID)
  @IsString()
  regelingId!: string;

  @Field({ description: 'Calendar year, e.g. "2027".' })
  @Matches(/^20\d{2}$/, { message: 'moet een kalenderjaar zijn, bijvoorbeeld 2027' })
  periode!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  stadsdeelId?: string | null;

  @Field(() => CentenScalar)
  @IsInt()
  bedrag!: number;
}
