import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DatumScalar, DatumTijdScalar } from '@buurtwerk/core';
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
  @Field(() => [ID], { description: 'Global ids of the buurten, in the order of `buurten`.' })
  buurtIds!: string[];
  @Field()
  beschikbaarheid!: string;
}

@ObjectType('ConciergeVerzoek')
export class ConciergeVerzoekModel {
  @Field(() => ID)
  id!: string;
  @Field()
  buurt!: string;
  @Field(() => ID, { description: 'Global id of the buurt.' })
  buurtId!: string;
  @Field(() => VerzoekSoort)
  soort!: VerzoekSoort;
  @PersoonsgegevenVeld()
  @Field()
  omschrijving!: string;
  @PersoonsgegevenVeld()
  @Field(() => String, { nullable: true, description: "The resident's name, only when they consented to its use." })
  naam!: string | null;
  @Field(() => VerzoekStatus)
  status!: VerzoekStatus;
  @Field(() => String, { nullable: true, description: 'Reference of the signal when routed to a department.' })
  signaalReferentie!: string | null;
  @Field(() => String, { nullable: true, description: 'What the concierge did or answers, for the resident.' })
  reactie!: string | null;
  @Field(() => DatumTijdScalar)
  gevraagdOp!: Date;
  @Field(() => DatumTijdScalar, { nullable: true })
  opgepaktOp!: Date | null;
  @Field(() => DatumTijdScalar, { nullable: true })
  afgerondOp!: Date | null;
}

@ObjectType('ConciergeLogregel', { description: "One line of a concierge's light logbook." })
export class ConciergeLogregelModel {
  @Field(() => ID)
  id!: string;
  @Field()
  buurt!: string;
  @Field(() => DatumScalar)
  datum!: string;
  @Field({ description: 'CONTACT or TAAK' })
  soort!: string;
  @Field()
  categorie!: string;
  @Field(() => Int)
  minuten!: number;
  @PersoonsgegevenVeld()
  @Field()
  notitie!: string;
  @PersoonsgegevenVeld()
  @Field(() => String, { nullable: true })
  naamMetToestemming!: string | null;
  @Field()
  doorverwezen!: boolean;
}

@ObjectType('ConciergePilotcijfers', { description: 'Evaluation figures of the concierge pilot for one buurt.' })
export class ConciergePilotcijfersModel {
  @Field()
  buurt!: string;
  @Field({ description: 'CBS buurtcode.' })
  buurtcode!: string;
  @Field(() => Int)
  verzoeken!: number;
  @Field(() => Int)
  opgepakt!: number;
  @Field(() => Int, { description: 'Requests completed by the concierge or passed on to a department.' })
  afgerond!: number;
  @Field(() => Float, { nullable: true, description: 'Average hours from request to pick-up.' })
  gemiddeldeReactietijdUren!: number | null;
  @Field(() => Int, { description: 'Reports routed as signals plus logbook lines passed on to a department.' })
  doorverwijzingen!: number;
  @Field(() => Int)
  contacten!: number;
  @Field(() => Int)
  taken!: number;
  @Field(() => Float)
  uren!: number;
}
