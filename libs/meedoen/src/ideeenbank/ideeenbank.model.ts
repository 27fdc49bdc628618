import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CentenScalar, DatumTijdScalar, Tekst, toGlobalId } from '@buurtwerk/core';
import { VrijwilligersThema } from '../vrijwilligers.entity';
import type { IdeeverhaalEntity } from './ideeverhaal.entity';

@ObjectType('Ideeverhaal', {
  description: 'A story in the idea bank: what an executed initiative did and learned. Public; never who applied.',
})
export class IdeeverhaalModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  initiatiefId!: string;
  @Field()
  titel!: string;
  @Field()
  watGedaan!: string;
  @Field()
  voorWie!: string;
  @Field()
  watWerkte!: string;
  @Field()
  watNiet!: string;
  @Field(() => VrijwilligersThema)
  thema!: VrijwilligersThema;
  @Field(() => CentenScalar, { nullable: true, description: 'What it really cost, in cents.' })
  kosten!: number | null;
  @Field(() => DatumTijdScalar)
  gepubliceerdOp!: Date;
  buurtDbIds!: string[];
  dbId!: string;
}

@ObjectType('IdeeenbankTreffer', { description: 'A search hit: the story, its rank and a highlighted excerpt.' })
export class IdeeenbankTrefferModel {
  @Field(() => IdeeverhaalModel)
  verhaal!: IdeeverhaalModel;
  @Field(() => Float, { description: 'ts_rank of the Dutch full-text match (higher is better).' })
  rang!: number;
  @Field({ description: 'Excerpt with the matched words between « and » (plain text, no markup).' })
  uitsnede!: string;
}

@InputType()
export class IdeeverhaalInput {
  @Field(() => ID, { description: 'Your initiative, executed (UITGEVOERD) or settled (VASTGESTELD).' })
  @IsString()
  @MaxLength(200)
  initiatiefId!: string;
  @Field({ description: 'What was done.' })
  @Tekst(5000)
  watGedaan!: string;
  @Field({ description: 'For whom.' })
  @Tekst(1000)
  voorWie!: string;
  @Field({ description: 'What worked.' })
  @Tekst(5000)
  watWerkte!: string;
  @Field({ description: 'What did not work, or would you do differently.' })
  @Tekst(5000)
  watNiet!: string;
  @Field(() => VrijwilligersThema)
  @IsEnum(VrijwilligersThema)
  thema!: VrijwilligersThema;
}

@ArgsType()
export class IdeeenbankArgs {
  @Field(() => String, { nullable: true, description: 'Search text (Dutch; web search syntax: "or", quotes, -word).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  zoek?: string | null;
  @Field(() => VrijwilligersThema, { nullable: true })
  @IsOptional()
  @IsEnum(VrijwilligersThema)
  thema?: VrijwilligersThema | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  buurtId?: string | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  stadsdeelId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only stories of initiatives that used this instrument of the menu card.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  instrumentId?: string | null;
  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  eerste?: number;
}

@ArgsType()
export class VergelijkbareIdeeenArgs {
  @Field({ description: 'The text of the idea being drafted.' })
  @Tekst(5000)
  tekst!: string;
  @Field(() => ID, { nullable: true, description: 'The buurt of the draft: stories there come first.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  buurtId?: string | null;
}

export function toIdeeverhaalModel(e: IdeeverhaalEntity): IdeeverhaalModel {
  return Object.assign(new IdeeverhaalModel(), {
    id: toGlobalId('Ideeverhaal', e.id),
    initiatiefId: toGlobalId('Initiatief', e.initiatiefId),
    titel: e.titel,
    watGedaan: e.watGedaan,
    voorWie: e.voorWie,
    watWerkte: e.watWerkte,
    watNiet: e.watNiet,
    thema: e.thema,
    kosten: e.kosten,
    gepubliceerdOp: e.aangemaaktOp,
    buurtDbIds: e.buurtIds ?? [],
    dbId: e.id,
  });
}
