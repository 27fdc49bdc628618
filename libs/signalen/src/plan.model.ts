import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DatumScalar, Node, toGlobalId } from '@buurtwerk/core';
import type { PlanEntity } from './plan.entity';

@ObjectType('Plan', {
  implements: () => [Node],
  description: 'A municipal plan that touches buurten; their buurtregisseurs are linked.',
})
export class PlanModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field()
  titel!: string;
  @Field(() => String, { nullable: true })
  omschrijving!: string | null;
  @Field({ description: 'The department that owns the plan.' })
  afdeling!: string;
  @Field(() => DatumScalar)
  startdatum!: string;
  @Field(() => DatumScalar, { nullable: true })
  einddatum!: string | null;
  dbId!: string;
}

export function toPlanModel(e: PlanEntity): PlanModel {
  return Object.assign(new PlanModel(), {
    id: toGlobalId('Plan', e.id),
    dbId: e.id,
    titel: e.titel,
    omschrijving: e.omschrijving,
    afdeling: e.afdeling,
    startdatum: e.startdatum,
    einddatum: e.einddatum,
  });
}
