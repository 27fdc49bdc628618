import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DatumTijdScalar } from '@buurtwerk/core';
import { PersoonsgegevenVeld } from '@buurtwerk/privacy';
import { VerzoekSoort, VerzoekStatus } from './concierge.entity';

registerEnumType(VerzoekSoort, { name: 'ConciergeVerzoekSoort' });
registerEnumType(VerzoekStatus, { name: 'ConciergeVerzoekStatus' });

@ObjectType('Buurtconcierge')
export class BuurtconciergeModel {
  @Field(() => ID)
  id!: string;
  @Field()
  naam!: string;
  @Field(() => [String], { description: 'Names of the buurten.' })
  buurten!: string[];
  @Field()
  beschikbaarheid!: string;
}

@ObjectType('ConciergeVerzoek')
export class ConciergeVerzoekModel {
  @Field(() => ID)
  id!: string;
  @Field()
  buurt!: string;
  @Field(() => VerzoekSoort)
  soort!: VerzoekSoort;
  @PersoonsgegevenVeld()
  @Field()
  omschrijving!: string;
  @Field(() => VerzoekStatus)
  status!: VerzoekStatus;
  @Field(() => String, { nullable: true, description: 'Reference of the signal when routed to a department.' })
  signaalReferentie!: string | null;
  @Field(() => DatumTijdScalar)
  gevraagdOp!: Date;
  @Field(() => DatumTijdScalar, { nullable: true })
  opgepaktOp!: Date | null;
}

@ObjectType('ConciergePilotcijfers', { description: 'Evaluation figures of the concierge pilot for one buurt.' })
export class ConciergePilotcijfersModel {
  @Field()
  buurt!: string;
  @Field(() => Int)
  verzoeken!: number;
  @Field(() => Int)
  opgepakt!: number;
  @Field(() => Float, { nullable: true, description: 'Average hours from request to pick-up.' })
  gemiddeldeReactietijdUren!: number | null;
  @Field(() => Int, { description: 'Reports routed as signals plus logbook lines passed on to a department.' })
  doorverwijzingen!: number;
  @Field(() => Int)
  contacten!: number;
  @Field(() => Float)
  uren!: number;
}
