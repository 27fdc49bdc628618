import { Field, ID, InputType } from '@nestjs/graphql';
import { Tekst } from '@buurtwerk/core';
import { ArrayMaxSize, IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class MedewerkerInput {
  @Field()
  @Tekst(200)
  naam!: string;

  @Field()
  @Tekst(200)
  functie!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[\d\s()-]{6,20}$/, { message: 'moet een telefoonnummer zijn, bijvoorbeeld 045 560 4000' })
  telefoon?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  gebruikerId?: string | null;

  @Field(() => [ID])
  @ArrayMaxSize(100)
  @IsString({ each: true })
  buurtIds!: string[];
}
