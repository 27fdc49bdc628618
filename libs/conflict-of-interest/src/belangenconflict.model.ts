import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DatumScalar, DatumTijdScalar, Node, toGlobalId } from '@buurtwerk/core';
import { PersoonsgegevenVeld } from '@buurtwerk/privacy';
import {
  AmbtsdragerFunctie,
  type AmbtsdragerEntity,
  type BelangVerklaringEntity,
  type NevenfunctieEntity,
} from './belangenconflict.entity';
import { ConflictGrond, type Conflict } from './belangenconflict.rules';

registerEnumType(AmbtsdragerFunctie, { name: 'AmbtsdragerFunctie' });

registerEnumType(ConflictGrond, {
  name: 'ConflictGrond',
  valuesMap: {
    NEVENFUNCTIE: { description: 'The person holds a registered side position at the applying organisation.' },
    BESTUURSFUNCTIE: { description: "The person sits on the applying organisation's board." },
    INDIENER: { description: 'The person submitted the initiative.' },
    VERKLARING: { description: 'The person declared an interest themselves.' },
  },
});

@ObjectType('Ambtsdrager', { implements: () => [Node] })
export class AmbtsdragerModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field()
  naam!: string;
  @Field(() => AmbtsdragerFunctie)
  functie!: AmbtsdragerFunctie;
  @Field(() => String, { nullable: true })
  partij!: string | null;
  @Field(() => DatumScalar)
  vanaf!: string;
  @Field(() => DatumScalar, { nullable: true })
  tot!: string | null;
  dbId!: string;
}

@ObjectType('Nevenfunctie', {
  implements: () => [Node],
  description: 'Gemeentewet art. 12 / 41b: a public register entry of another position held by a political office holder.',
})
export class NevenfunctieModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'Free text when the organisation is not in the system.' })
  organisatieNaam!: string;
  @Field()
  functie!: string;
  @Field()
  bezoldigd!: boolean;
  @Field(() => DatumScalar)
  vanaf!: string;
  @Field(() => DatumScalar, { nullable: true })
  tot!: string | null;
  @Field(() => DatumTijdScalar)
  gemeldOp!: Date;
  dbId!: string;
  ambtsdragerDbId!: string;
  organisatieDbId!: string | null;
}

/**
 * A conflict of interest: it obliges the person to step aside (verschoning); it never excludes
 * the applicant. `organisatie` is resolved through the partners DataLoader.
 */
@ObjectType('Belangenconflict', {
  description: 'A conflict of interest: it obliges the person to step aside (verschoning); it never excludes the applicant.',
})
export class BelangenconflictModel {
  @PersoonsgegevenVeld()
  @Field()
  persoon!: string;
  @Field(() => ConflictGrond)
  grond!: ConflictGrond;
  @Field(() => String, { nullable: true })
  toelichting!: string | null;
  /** Database id of the organisation concerned (for the `organisatie` field), or null. */
  organisatieDbId!: string | null;
  /**
   * Sign-in `sub` of the person, when known: lets the initiatives module match a panel member
   * or decision maker by identity. Never exposed in the API.
   */
  gebruikerId!: string | null;
}

export function toAmbtsdragerModel(e: AmbtsdragerEntity): AmbtsdragerModel {
  return Object.assign(new AmbtsdragerModel(), {
    id: toGlobalId('Ambtsdrager', e.id),
    dbId: e.id,
    naam: e.naam,
    functie: e.functie,
    partij: e.partij,
    vanaf: e.vanaf,
    tot: e.tot,
  });
}

export function toNevenfunctieModel(e: NevenfunctieEntity): NevenfunctieModel {
  return Object.assign(new NevenfunctieModel(), {
    id: toGlobalId('Nevenfunctie', e.id),
    dbId: e.id,
    ambtsdragerDbId: e.ambtsdragerId,
    organisatieDbId: e.organisatieId,
    organisatieNaam: e.organisatieNaam,
    functie: e.functie,
    bezoldigd: e.bezoldigd,
    vanaf: e.vanaf,
    tot: e.tot,
    gemeldOp: e.gemeldOp,
  });
}

/** Also for the initiatives module, to turn a stored verschoning back into the API type. */
export function toBelangenconflictModel(c: {
  persoon: string;
  grond: ConflictGrond;
  organisatieId: string | null;
  toelichting: string | null;
  gebruikerId?: string | null;
}): BelangenconflictModel {
  return Object.assign(new BelangenconflictModel(), {
    persoon: c.persoon,
    grond: c.grond,
    toelichting: c.toelichting,
    organisatieDbId: c.organisatieId,
    gebruikerId: c.gebruikerId ?? null,
  });
}

export function conflictNaarModel(c: Conflict): BelangenconflictModel {
  return toBelangenconflictModel(c);
}

export function verklaringNaarModel(v: BelangVerklaringEntity): BelangenconflictModel {
  return toBelangenconflictModel({
    persoon: v.persoon,
    grond: ConflictGrond.VERKLARING,
    organisatieId: null,
    toelichting: v.toelichting,
    gebruikerId: v.gebruikerId,
  });
}
