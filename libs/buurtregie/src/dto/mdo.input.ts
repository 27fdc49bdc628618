import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DatumScalar, OptioneleTekst, Tekst } from '@buurtwerk/core';
import { MdoActieStatus } from '../mdo.entity';

@InputType()
export class MdoDeelnemerInput {
  @Field()
  @Tekst(200)
  naam!: string;

  @Field({ description: 'The department (one of `afdelingen`).' })
  @Tekst(200)
  afdeling!: string;
}

@InputType()
export class MdoInput {
  @Field()
  @Tekst(200)
  titel!: string;

  @Field(() => DatumScalar, { description: 'Day of the meeting.' })
  @IsString()
  datum!: string;

  @Field(() => [ID], { description: 'The buurten the meeting is about.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  buurtIds!: string[];

  @Field(() => [MdoDeelnemerInput], { description: 'Participants with their department.' })
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => MdoDeelnemerInput)
  deelnemers!: MdoDeelnemerInput[];
}

@InputType()
export class MdoActieInput {
  @Field({ description: 'What was decided and is to be done.' })
  @Tekst(2000)
  besluit!: string;

  @Field({ description: 'The responsible department (one of `afdelingen`).' })
  @Tekst(200)
  afdeling!: string;

  @Field(() => DatumScalar, { description: 'Last day for the department; not before the meeting.' })
  @IsString()
  deadline!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A signal of these buurten the action concerns: it is passed on to the department at once.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  signaalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A need of the buurtagenda it concerns: an open need becomes OPGEPAKT.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  behoefteId?: string | null;
}

@ArgsType()
export class MdosArgs {
  @Field(() => ID, { nullable: true, description: 'Only MDOs about this buurt.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  buurtId?: string | null;
}

@ArgsType()
export class MdoActiesArgs {
  @Field(() => ID, { nullable: true, description: 'Only actions of MDOs about this buurt.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  buurtId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only actions of this department.' })
  @OptioneleTekst(200)
  afdeling?: string | null;

  @Field(() => [MdoActieStatus], { nullable: true, description: 'Default: every status.' })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsEnum(MdoActieStatus, { each: true })
  status?: MdoActieStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only open actions past their deadline.' })
  @IsOptional()
  @IsBoolean()
  overTijd?: boolean | null;
}

@ArgsType()
export class MdoActieAfrondenArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field(() => MdoActieStatus, { description: 'AFGEROND (done) or VERVALLEN (no longer needed).' })
  @IsIn([MdoActieStatus.AFGEROND, MdoActieStatus.VERVALLEN], { message: 'kies AFGEROND of VERVALLEN' })
  status!: MdoActieStatus;

  @Field({ description: 'What was done, or why it lapsed.' })
  @Tekst(2000)
  resultaat!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When the action concerns a signal: feedback to its reporter; the signal is then handled (AFGEHANDELD).',
  })
  @OptioneleTekst(5000)
  signaalTerugkoppeling?: string | null;
}

@ArgsType()
export class MdoActieOpvolgenArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field(() => ID, { description: 'The later MDO in which it is followed up.' })
  @IsString()
  @MaxLength(200)
  mdoId!: string;

  @Field({ description: 'The progress the department reports.' })
  @Tekst(2000)
  voortgang!: string;
}

@ArgsType()
export class MdoNotulenArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field({ description: 'The minutes (staff only).' })
  @Tekst(50000)
  notulen!: string;
}
