import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Tekst } from '@buurtwerk/core';

@ArgsType()
export class AuditLogArgs {
  @Field({ description: 'GraphQL type, e.g. Initiatief.' })
  @Tekst(100)
  entiteit!: string;

  @Field(() => ID, { description: 'Global id of the entity.' })
  @Tekst(200)
  entiteitId!: string;
}
