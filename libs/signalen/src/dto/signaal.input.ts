import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PaginaArgs, Tekst } from '@buurtwerk/core';
import { SignaalStatus } from '../signaal.entity';
import { SignaalOrdening } from '../signaal.model';

@InputType()
export class SignaalInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  buurtId!: string;

  @Field({ description: 'One of signaalcategorieen (by name).' })
  @Tekst(100)
  categorie!: string;

  @Field()
  @Tekst(5000)
  omschrijving!: string;
}

@ArgsType()
export class SignalenArgs extends PaginaArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  buurtId?: string | null;

  @Field(() => [SignaalStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(SignaalStatus, { each: true })
  status?: SignaalStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only open signals past their response date.' })
  @IsOptional()
  @IsBoolean()
  overTijd?: boolean | null;

  @Field(() => SignaalOrdening, { nullable: true })
  @IsOptional()
  @IsEnum(SignaalOrdening)
  ordening?: SignaalOrdening | null;
}

@ArgsType()
export class SignaalDoorzettenArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field({ description: 'The department (de lijn) that takes it on.' })
  @Tekst(200)
  afdeling!: string;
}

@ArgsType()
export class SignaalAfhandelenArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field({ description: 'Feedback to the reporter.' })
  @Tekst(5000)
  terugkoppeling!: string;
}
