import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DatumScalar, DatumTijdScalar, toGlobalId } from '@buurtwerk/core';
import type { GelijkgesteldeDagEntity } from './gelijkgestelde-dag.entity';

@ObjectType('GelijkgesteldeDag', {
  description:
    'A day equated with a general holiday by decree (Algemene termijnenwet art. 3 lid 3): a term that would end on it ends on the next working day.',
})
export class GelijkgesteldeDagModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DatumScalar)
  datum!: string;

  @Field({ description: 'Citation of the decree that equates the day.' })
  besluit!: string;

  @Field(() => DatumTijdScalar)
  vastgelegdOp!: Date;
}

export function toGelijkgesteldeDagModel(e: GelijkgesteldeDagEntity): GelijkgesteldeDagModel {
  return Object.assign(new GelijkgesteldeDagModel(), {
    id: toGlobalId('GelijkgesteldeDag', e.id),
    datum: e.datum,
    besluit: e.besluit,
    vastgelegdOp: e.aangemaaktOp,
  });
}
