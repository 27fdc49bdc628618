import { ArgsType, Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength, MinLength } from 'class-validator';
import { DatumTijdScalar, OptioneleTekst, Tekst, toGlobalId } from '@buurtwerk/core';
import { InitiatiefStatus } from '@buurtwerk/initiatives';
import { SamenwerkingStatus, type SamenwerkingsverzoekEntity } from './samenwerkingsverzoek.entity';

registerEnumType(SamenwerkingStatus, { name: 'SamenwerkingStatus' });

@ObjectType('VergelijkbaarInitiatief', {
  description: 'A public initiative like a draft, in the same or a nearby buurt (same stadsdeel). Never who applied.',
})
export class VergelijkbaarInitiatiefModel {
  @Field(() => ID)
  id!: string;
  @Field()
  titel!: string;
  @Field(() => InitiatiefStatus)
  status!: InitiatiefStatus;
  @Field(() => [String], { description: 'Names of its buurten.' })
  buurten!: string[];
  @Field({ description: "True when it shares the draft's buurt; else it is nearby (same stadsdeel)." })
  zelfdeBuurt!: boolean;
  @Field(() => Float)
  rang!: number;
}

export function toVergelijkbaarInitiatiefModel(
  g: { id: string; titel: string; status: InitiatiefStatus; rang: number },
  buurten: string[],
  zelfdeBuurt: boolean,
): VergelijkbaarInitiatiefModel {
  return Object.assign(new VergelijkbaarInitiatiefModel(), {
    id: toGlobalId('Initiatief', g.id),
    titel: g.titel,
    status: g.status,
    buurten,
    zelfdeBuurt,
    rang: g.rang,
  });
}

@ObjectType('Samenwerkingsverzoek', {
  description: 'A request of one initiative to cooperate with another, through the platform (no addresses).',
})
export class SamenwerkingsverzoekModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  vanInitiatiefId!: string;
  @Field()
  vanTitel!: string;
  @Field(() => ID)
  naarInitiatiefId!: string;
  @Field()
  naarTitel!: string;
  @Field()
  bericht!: string;
  @Field(() => SamenwerkingStatus)
  status!: SamenwerkingStatus;
  @Field(() => String, { nullable: true })
  antwoord!: string | null;
  @Field({ description: 'True when the request was made to one of your initiatives (you answer it).' })
  ontvangen!: boolean;
  @Field(() => DatumTijdScalar)
  aangemaaktOp!: Date;
}

export function toSamenwerkingsverzoekModel(
  e: SamenwerkingsverzoekEntity,
  vanTitel: string,
  naarTitel: string,
  ontvangen = false,
): SamenwerkingsverzoekModel {
  return Object.assign(new SamenwerkingsverzoekModel(), {
    id: toGlobalId('Samenwerkingsverzoek', e.id),
    vanInitiatiefId: toGlobalId('Initiatief', e.vanInitiatiefId),
    vanTitel,
    naarInitiatiefId: toGlobalId('Initiatief', e.naarInitiatiefId),
    naarTitel,
    bericht: e.bericht,
    status: e.status,
    antwoord: e.antwoord,
    ontvangen,
    aangemaaktOp: e.aangemaaktOp,
  });
}

@InputType()
export class SamenwerkingVragenInput {
  @Field(() => ID, { description: 'Your initiative (you are its initiator).' })
  @IsString()
  @MaxLength(200)
  vanInitiatiefId!: string;

  @Field(() => ID, { description: 'The public initiative you would like to cooperate with.' })
  @IsString()
  @MaxLength(200)
  naarInitiatiefId!: string;

  @Field({ description: 'Your message to the other initiator (sent through the platform).' })
  @Tekst(2000)
  bericht!: string;
}

@ArgsType()
export class SamenwerkingBeantwoordenArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  id!: string;

  @Field({ description: 'True: yes, cooperate; false: no thanks.' })
  @IsBoolean()
  aannemen!: boolean;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(2000)
  antwoord?: string | null;
}

@ArgsType()
export class VergelijkbareInitiatievenArgs {
  @Field({ description: 'Title and description of the draft.' })
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  tekst!: string;

  @Field(() => ID, { description: 'The buurt of the draft.' })
  @IsString()
  @MaxLength(200)
  buurtId!: string;
}
