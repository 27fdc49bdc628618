import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DatumTijdScalar, JsonScalar } from '@buurtwerk/core';
import type { AuditRegel } from './mijn-gegevens.service';

@ObjectType('AuditRegel', {
  description: 'One record of the append-only audit trail: who, what, when, which entity, which client.',
})
export class AuditRegelModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DatumTijdScalar)
  op!: Date;

  @Field({ description: 'Sign-in id (`sub`) of who did it, `anoniem`, or `systeem:…` for scheduled jobs.' })
  door!: string;

  @Field(() => [String])
  rollen!: string[];

  @Field({ description: 'The mutation, `lezen:<Type>.<veld>` for a read of personal data, or `pseudonimiseren:<grond>`.' })
  operatie!: string;

  @Field(() => String, { nullable: true })
  entiteit!: string | null;

  @Field(() => ID, { nullable: true })
  entiteitId!: string | null;

  @Field(() => String, { nullable: true, description: 'User agent or API key of the client.' })
  client!: string | null;

  @Field(() => JsonScalar, { description: 'Argument names and ids only; never personal values.' })
  details!: Record<string, unknown>;
}

export function toAuditRegelModel(r: AuditRegel): AuditRegelModel {
  return Object.assign(new AuditRegelModel(), r);
}
