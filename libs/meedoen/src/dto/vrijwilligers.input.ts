import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  Equals,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DatumTijdScalar, OptioneleTekst, Tekst } from '@buurtwerk/core';
import { VrijwilligersThema } from '../vrijwilligers.entity';

@InputType({
  description:
    'A request for volunteers. Give exactly one of organisatieId (you are a member) or initiatiefId (you are its initiator).',
})
export class VrijwilligersverzoekInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisatieId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  initiatiefId?: string | null;

  @Field({ description: 'What the volunteers will do, in a few words.' })
  @Tekst(200)
  titel!: string;

  @Field()
  @Tekst(5000)
  beschrijving!: string;

  @Field(() => VrijwilligersThema)
  @IsEnum(VrijwilligersThema)
  thema!: VrijwilligersThema;

  @Field(() => DatumTijdScalar)
  @IsDate()
  begin!: Date;

  @Field(() => DatumTijdScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  eind?: Date | null;

  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  buurtId!: string;

  @Field()
  @Tekst(500)
  locatie!: string;

  @Field(() => Int, { description: 'How many volunteers are needed.' })
  @IsInt()
  @Min(1)
  @Max(1000)
  aantal!: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  vaardigheden?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99)
  minimumLeeftijd?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether a VOG (certificate of conduct) is needed; not given: no.' })
  @IsOptional()
  @IsBoolean()
  vogNodig?: boolean | null;
}

@ArgsType()
export class VrijwilligersverzoekenArgs {
  @Field(() => ID, { nullable: true, description: 'Only requests in this buurt.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  buurtId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only requests in the buurten of this stadsdeel.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  stadsdeelId?: string | null;

  @Field(() => VrijwilligersThema, { nullable: true })
  @IsOptional()
  @IsEnum(VrijwilligersThema)
  thema?: VrijwilligersThema | null;

  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'At most this many (1 to 100), soonest first.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  eerste?: number;
}

@InputType()
export class VrijwilligerAanmeldenInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  verzoekId!: string;

  @Field()
  @Tekst(200)
  naam!: string;

  @Field({
    description:
      'For the organiser to contact you. Mails about your sign-up go to it only when it is the verified address of your account.',
  })
  @IsEmail({}, { message: 'moet een geldig e-mailadres zijn' })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(40)
  telefoon?: string | null;

  @Field(() => String, { nullable: true, description: 'A note for the organiser.' })
  @OptioneleTekst(2000)
  toelichting?: string | null;

  @Field({ description: 'Agreement with Vrijwilligersverzoek.toestemmingstekst; must be true.' })
  @Equals(true, { message: 'moet aangevinkt zijn: zonder toestemming kan de organisator geen contact opnemen' })
  toestemming!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'You are at least the minimum age of the request; required (true) when the request has one.',
  })
  @IsOptional()
  @IsBoolean()
  minimumLeeftijdBevestigd?: boolean | null;
}

@InputType()
export class VrijwilligersprofielInput {
  @Field(() => [VrijwilligersThema])
  @ArrayMaxSize(20)
  @IsEnum(VrijwilligersThema, { each: true })
  interesses!: VrijwilligersThema[];

  @Field(() => String, { nullable: true })
  @OptioneleTekst(500)
  beschikbaarheid?: string | null;

  @Field(() => [ID])
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  buurtIds!: string[];

  @Field({ description: 'Mail me new matching requests (needs a verified e-mail address on your account).' })
  @IsBoolean()
  mailBijNieuweVerzoeken!: boolean;
}
