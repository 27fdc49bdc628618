import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DatumScalar, DatumTijdScalar, Node, Paginated, toGlobalId } from '@buurtwerk/core';
import {
  type ActiviteitEntity,
  type BestuursfunctieEntity,
  type OrganisatieEntity,
  OrganisatieSoort,
} from './organisatie.entity';

registerEnumType(OrganisatieSoort, { name: 'OrganisatieSoort' });

@ObjectType('Bestuursfunctie')
export class BestuursfunctieModel {
  @Field()
  persoon!: string;
  @Field()
  functie!: string;
  @Field(() => DatumScalar)
  vanaf!: string;
  @Field(() => DatumScalar, { nullable: true })
  tot!: string | null;
}

@ObjectType('Organisatie', { implements: () => [Node] })
export class OrganisatieModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field()
  naam!: string;
  @Field(() => OrganisatieSoort)
  soort!: OrganisatieSoort;
  @Field(() => String, { nullable: true })
  kvkNummer!: string | null;
  @Field(() => String, { nullable: true })
  beschrijving!: string | null;
  @Field(() => String, { nullable: true })
  website!: string | null;
  @Field(() => DatumTijdScalar)
  gewijzigdOp!: Date;
  dbId!: string;
}

@ObjectType('OrganisatieConnection')
export class OrganisatieConnection extends Paginated(OrganisatieModel, 'Organisatie') {}

@ObjectType('Activiteit', { implements: () => [Node] })
export class ActiviteitModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field()
  titel!: string;
  @Field(() => String, { nullable: true })
  beschrijving!: string | null;
  @Field(() => DatumTijdScalar)
  begin!: Date;
  @Field(() => DatumTijdScalar, { nullable: true })
  eind!: Date | null;
  @Field(() => String, { nullable: true })
  locatie!: string | null;
  @Field()
  vrijwilligersGezocht!: boolean;
  @Field()
  geannuleerd!: boolean;
  @Field(() => DatumTijdScalar)
  gewijzigdOp!: Date;
  dbId!: string;
  buurtDbId!: string;
  organisatorDbId!: string | null;
  initiatiefDbId!: string | null;
}

@ObjectType('ActiviteitConnection')
export class ActiviteitConnection extends Paginated(ActiviteitModel, 'Activiteit') {}

export function toOrganisatieModel(e: OrganisatieEntity): OrganisatieModel {
  return Object.assign(new OrganisatieModel(), {
    id: toGlobalId('Organisatie', e.id),
    dbId: e.id,
    naam: e.naam,
    soort: e.soort,
    kvkNummer: e.kvkNummer,
    beschrijving: e.beschrijving,
    website: e.website,
    gewijzigdOp: e.gewijzigdOp,
  });
}

export function toBestuursfunctieModel(e: BestuursfunctieEntity): BestuursfunctieModel {
  return Object.assign(new BestuursfunctieModel(), { persoon: e.persoon, functie: e.functie, vanaf: e.vanaf, tot: e.tot });
}

export function toActiviteitModel(e: ActiviteitEntity): ActiviteitModel {
  return Object.assign(new ActiviteitModel(), {
    id: toGlobalId('Activiteit', e.id),
    dbId: e.id,
    titel: e.titel,
    beschrijving: e.beschrijving,
    begin: e.begin,
    eind: e.eind,
    locatie: e.locatie,
    vrijwilligersGezocht: e.vrijwilligersGezocht,
    geannuleerd: e.geannuleerd,
    gewijzigdOp: e.gewijzigdOp,
    buurtDbId: e.buurtId,
    organisatorDbId: e.organisatorId,
    initiatiefDbId: e.initiatiefId,
  });
}
