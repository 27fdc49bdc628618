import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { applyDecorators } from '@nestjs/common';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { CentenScalar, DatumScalar, DatumTijdScalar, OptioneleTekst, PaginaArgs, Tekst } from '@buurtwerk/core';
import { AanvragerSoort, Schaal } from '@buurtwerk/subsidieregels';
import { BesluitUitkomst, InitiatiefStatus } from '../initiatief.entity';
import { motiveringFout } from '../motivering.rules';

/** Awb 3:46: a decision's reason is a real text (motivering.rules.ts), listed with the other invalid fields. */
const Motivering = (max: number): PropertyDecorator =>
  applyDecorators(
    IsString(),
    MaxLength(max),
    ValidateBy({
      name: 'motivering',
      validator: {
        validate: (waarde: unknown) => typeof waarde === 'string' && motiveringFout(waarde, 'besluit') === null,
        defaultMessage: () => motiveringFout('', 'besluit') ?? '',
      },
    }),
  );

@InputType()
export class OndersteuningsaanvraagInput {
  @Field(() => ID)
  @IsString()
  instrumentId!: string;

  @Field(() => CentenScalar, { nullable: true })
  @IsOptional()
  @IsInt()
  gevraagdBedrag?: number | null;

  @Field(() => CentenScalar, { nullable: true })
  @IsOptional()
  @IsInt()
  eigenBijdrage?: number | null;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(5000)
  toelichting?: string | null;
}

@InputType()
export class InitiatiefInput {
  @Field()
  @Tekst(200)
  titel!: string;

  @Field()
  @Tekst(10000)
  beschrijving!: string;

  @Field(() => Schaal)
  @IsEnum(Schaal)
  schaal!: Schaal;

  @Field(() => [ID])
  @ArrayMaxSize(100)
  @IsString({ each: true })
  buurtIds!: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  stadsdeelId?: string | null;

  @Field(() => AanvragerSoort)
  @IsEnum(AanvragerSoort)
  aanvragerSoort!: AanvragerSoort;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  organisatieId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  aantalBetrokkenBewoners?: number | null;

  @Field(() => DatumScalar, { nullable: true })
  @IsOptional()
  @IsString()
  startdatum?: string | null;

  @Field(() => DatumScalar, { nullable: true })
  @IsOptional()
  @IsString()
  einddatum?: string | null;

  @Field(() => [OndersteuningsaanvraagInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OndersteuningsaanvraagInput)
  aanvragen!: OndersteuningsaanvraagInput[];
}

@InputType()
export class ToekenningInput {
  @Field(() => ID)
  @IsString()
  aanvraagId!: string;

  @Field(() => CentenScalar)
  @IsInt()
  bedrag!: number;
}

@InputType()
export class BesluitInput {
  @Field(() => ID)
  @IsString()
  initiatiefId!: string;

  @Field(() => BesluitUitkomst)
  @IsEnum(BesluitUitkomst)
  uitkomst!: BesluitUitkomst;

  @Field({ description: 'The reason (Awb 3:46): at least one full sentence, for the applicant.' })
  @Motivering(10000)
  motivering!: string;

  @Field(() => [ToekenningInput], {
    nullable: true,
    description: 'Granted amount per request (Ondersteuningsaanvraag.id); omitted means nothing granted.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ToekenningInput)
  bedragen?: ToekenningInput[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Depart from the rule (a grant above its maximum, an unmet condition, staff deciding where a buurtpanel decides): only with afwijkingMotivering; recorded with the decision.',
  })
  @IsOptional()
  @IsBoolean()
  afwijken?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why this decision departs from the rule (Awb 3:46, 4:84): at least one full sentence.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  afwijkingMotivering?: string | null;
}

/** Arguments of Buurt.initiatieven (the buurt itself is the parent). */
@ArgsType()
export class BuurtInitiatievenArgs extends PaginaArgs {
  @Field(() => [InitiatiefStatus], { nullable: true })
  @IsOptional()
  @IsEnum(InitiatiefStatus, { each: true })
  status?: InitiatiefStatus[];
}

@ArgsType()
export class InitiatievenArgs extends BuurtInitiatievenArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  buurtId?: string;

  @Field(() => DatumTijdScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  gewijzigdSinds?: Date;
}
