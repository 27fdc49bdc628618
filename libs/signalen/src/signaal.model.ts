import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DatumScalar, DatumTijdScalar, Node, Paginated, toGlobalId, klok } from '@buurtwerk/core';
import { type SignaalcategorieEntity, type SignaalEntity, SignaalStatus } from './signaal.entity';
import { isOverTijd } from './signaal.rules';

registerEnumType(SignaalStatus, { name: 'SignaalStatus' });

export enum SignaalOrdening {
  GEMELD_OP = 'GEMELD_OP',
  TERMIJN = 'TERMIJN',
}

registerEnumType(SignaalOrdening, {
  name: 'SignaalOrdening',
  valuesMap: {
    GEMELD_OP: { description: 'Oldest report first (default).' },
    TERMIJN: { description: 'Open signals first, the earliest response date (so overdue ones) first.' },
  },
});

@ObjectType('Signaal', { implements: () => [Node] })
export class SignaalModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field()
  referentie!: string;
  @Field()
  categorie!: string;
  @Field()
  omschrijving!: string;
  @Field(() => SignaalStatus)
  status!: SignaalStatus;
  @Field(() => String, { nullable: true, description: 'The municipal department (de lijn) responsible for handling it.' })
  afdeling!: string | null;
  @Field(() => String, { nullable: true })
  terugkoppeling!: string | null;
  @Field(() => DatumTijdScalar)
  gemeldOp!: Date;
  @Field(() => DatumTijdScalar)
  gewijzigdOp!: Date;
  @Field(() => DatumScalar, { description: "Last day for the department's response (category term, Europe/Amsterdam)." })
  reactieUiterlijk!: string;
  @Field({ description: 'Still open after reactieUiterlijk.' })
  overTijd!: boolean;
  dbId!: string;
  buurtDbId!: string;
  buurtregisseurDbId!: string | null;
}

@ObjectType('SignaalConnection')
export class SignaalConnection extends Paginated(SignaalModel, 'Signaal') {}

@ObjectType('Signaalcategorie')
export class SignaalcategorieModel {
  @Field()
  naam!: string;
  @Field({ description: 'Department that handles signals of this category by default.' })
  afdeling!: string;
  @Field(() => Int, { description: 'Response term in calendar days.' })
  reactietermijnDagen!: number;
}

@ObjectType('Afdeling', { description: 'A department (de lijn) that handles signals.' })
export class AfdelingModel {
  @Field()
  naam!: string;
  @Field(() => [String], { description: 'Active categories whose signals go to this department by default.' })
  categorieen!: string[];
}

export function toSignaalModel(e: SignaalEntity, nu = klok.nu()): SignaalModel {
  return Object.assign(new SignaalModel(), {
    id: toGlobalId('Signaal', e.id),
    dbId: e.id,
    referentie: e.referentie,
    categorie: e.categorie,
    omschrijving: e.omschrijving,
    status: e.status,
    afdeling: e.afdeling,
    terugkoppeling: e.terugkoppeling,
    gemeldOp: e.gemeldOp,
    gewijzigdOp: e.gewijzigdOp,
    reactieUiterlijk: e.reactieUiterlijk,
    overTijd: isOverTijd(e.status, e.reactieUiterlijk, nu),
    buurtDbId: e.buurtId,
    buurtregisseurDbId: e.buurtregisseurId,
  });
}

export function toSignaalcategorieModel(e: SignaalcategorieEntity): SignaalcategorieModel {
  return Object.assign(new SignaalcategorieModel(), {
    naam: e.naam,
    afdeling: e.afdeling,
    reactietermijnDagen: e.reactietermijnDagen,
  });
}
