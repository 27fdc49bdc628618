import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Node, toGlobalId } from '@buurtwerk/core';
import type { BuurtEntity, MedewerkerEntity, StadsdeelEntity, WijkEntity } from './buurt.entity';

@ObjectType('Punt')
export class PuntModel {
  @Field(() => Float)
  lat!: number;
  @Field(() => Float)
  lon!: number;
}

@ObjectType('Stadsdeel', { implements: () => [Node] })
export class StadsdeelModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field()
  naam!: string;
  dbId!: string;
}

@ObjectType('Wijk', { implements: () => [Node] })
export class WijkModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'CBS wijkcode, e.g. WK091701.' })
  code!: string;
  @Field()
  naam!: string;
  dbId!: string;
  stadsdeelDbId!: string | null;
}

@ObjectType('Buurt', { implements: () => [Node] })
export class BuurtModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'CBS buurtcode, e.g. BU09170100.' })
  code!: string;
  @Field()
  naam!: string;
  @Field(() => Int, { nullable: true })
  inwoners!: number | null;
  @Field(() => PuntModel, { nullable: true })
  ligging!: PuntModel | null;
  dbId!: string;
  wijkDbId!: string;
}

@ObjectType('Medewerker', { implements: () => [Node] })
export class MedewerkerModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field()
  naam!: string;
  @Field()
  functie!: string;
  @Field(() => String, { nullable: true })
  email!: string | null;
  @Field(() => String, { nullable: true })
  telefoon!: string | null;
  dbId!: string;
}

export function toStadsdeelModel(e: StadsdeelEntity): StadsdeelModel {
  return Object.assign(new StadsdeelModel(), { id: toGlobalId('Stadsdeel', e.id), dbId: e.id, naam: e.naam });
}

export function toWijkModel(e: WijkEntity): WijkModel {
  return Object.assign(new WijkModel(), {
    id: toGlobalId('Wijk', e.id),
    dbId: e.id,
    code: e.code,
    naam: e.naam,
    stadsdeelDbId: e.stadsdeelId,
  });
}

export function toBuurtModel(e: BuurtEntity): BuurtModel {
  return Object.assign(new BuurtModel(), {
    id: toGlobalId('Buurt', e.id),
    dbId: e.id,
    code: e.code,
    naam: e.naam,
    inwoners: e.inwoners,
    ligging: e.lat !== null && e.lon !== null ? Object.assign(new PuntModel(), { lat: e.lat, lon: e.lon }) : null,
    wijkDbId: e.wijkId,
  });
}

/** Work contact details of municipal staff are public: they are the municipality's face in the buurt. */
export function toMedewerkerModel(e: MedewerkerEntity): MedewerkerModel {
  return Object.assign(new MedewerkerModel(), {
    id: toGlobalId('Medewerker', e.id),
    dbId: e.id,
    naam: e.naam,
    functie: e.functie,
    email: e.email,
    telefoon: e.telefoon,
  });
}
