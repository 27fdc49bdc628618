import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BesluitUitkomst } from '@buurtwerk/initiatives';
import { CentenScalar, DatumTijdScalar, OptioneleTekst, PaginaArgs, Tekst } from '@buurtwerk/core';
import { BezwaarBeslissing, BezwaarStatus } from '../bezwaar.entity';

@InputType({
  description: 'An objection (Awb 6:5): name and signature are the signed-in identity; the date is the moment of receipt.',
})
export class BezwaarInput {
  @Field(() => ID, { description: 'The decision objected to (a Besluit of an initiative).' })
  @IsString()
  @MaxLength(200)
  besluitId!: string;

  @Field({ description: 'Postal address of the objector (Awb 6:5 lid 1 sub a).' })
  @Tekst(500)
  adres!: string;

  @Field({ description: 'Why the decision is wrong in the objector’s view (Awb 6:5 lid 1 sub d).' })
  @Tekst(20000)
  gronden!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Required for anyone but the applicant: how the decision affects them directly (Awb 1:2).',
  })
  @OptioneleTekst(5000)
  belang?: string | null;
}

@InputType('BezwaarBedragInput')
export class BezwaarBedragInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  aanvraagId!: string;

  @Field(() => CentenScalar)
  @IsInt()
  @Min(0)
  bedrag!: number;
}

@InputType()
export class BezwaarBeslissingInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  bezwaarId!: string;

  @Field(() => BezwaarBeslissing)
  @IsEnum(BezwaarBeslissing)
  beslissing!: BezwaarBeslissing;

  @Field({ description: 'Reasons (Awb 7:12), in plain language for the objector.' })
  @Tekst(20000)
  motivering!: string;

  @Field(() => BesluitUitkomst, {
    nullable: true,
    description: 'GEGROND only: the new decision that takes the place of the revoked one (Awb 7:11).',
  })
  @IsOptional()
  @IsEnum(BesluitUitkomst)
  nieuweUitkomst?: BesluitUitkomst | null;

  @Field(() => [BezwaarBedragInput], {
    nullable: true,
    description: 'With nieuweUitkomst TOEGEKEND: the new granted amount per request (others keep theirs).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => BezwaarBedragInput)
  bedragen?: BezwaarBedragInput[] | null;
}

@ArgsType()
export class BezwarenArgs extends PaginaArgs {
  @Field(() => [BezwaarStatus], { nullable: true, description: 'Default: the open ones (not BESLOTEN or INGETROKKEN).' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(BezwaarStatus, { each: true })
  status?: BezwaarStatus[] | null;
}

@ArgsType()
export class HoorzittingPlannenArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field(() => DatumTijdScalar, { description: 'Start of the hearing.' })
  @IsDate()
  op!: Date;

  @Field({ description: 'Where (room and address, or "online via …").' })
  @Tekst(500)
  plaats!: string;
}

@ArgsType()
export class VerdagenArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field(() => Int, {
    description: 'Whole weeks: 1 to 6 the first time (Awb 7:10 lid 3); with instemming afterwards 1 to 26 (lid 4).',
  })
  @IsInt()
  @Min(1)
  @Max(26)
  weken!: number;

  @Field()
  @Tekst(5000)
  motivering!: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Awb 7:10 lid 4: the objector agreed to a further deferral (say in the reasons when and how). Needed for any deferral after the first.',
  })
  @IsOptional()
  @IsBoolean()
  instemming?: boolean | null;
}

@ArgsType()
export class TermijnoverschrijdingArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field({ description: 'Awb 6:11: true when the objector cannot reasonably be blamed for the lateness.' })
  @IsBoolean()
  verschoonbaar!: boolean;

  @Field()
  @Tekst(5000)
  motivering!: string;
}
