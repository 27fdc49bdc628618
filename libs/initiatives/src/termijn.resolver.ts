import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { amsterdamseDatum } from '@buurtwerk/core';
import { InitiatiefModel } from './initiatief.model';
import { TermijnStatus, termijnStatus } from './termijn.rules';

const BESLOTEN = new Set(['TOEGEKEND', 'AFGEWEZEN', 'INGETROKKEN', 'UITGEVOERD', 'VASTGESTELD']);

@Resolver(() => InitiatiefModel)
export class InitiatiefTermijnResolver {
  @ResolveField(() => TermijnStatus, {
    nullable: true,
    description:
      'For the work queue: on time, close to (7 days) or past the decision deadline; null when no decision is pending.',
  })
  termijnStatus(@Parent() i: InitiatiefModel): TermijnStatus | null {
    return termijnStatus(i.beslissenUiterlijk, BESLOTEN.has(i.status), amsterdamseDatum(new Date()));
  }
}
