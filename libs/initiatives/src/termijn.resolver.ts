import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { amsterdamseDatum, DatumScalar, klok } from '@buurtwerk/core';
import { InitiatiefStatus } from './initiatief.entity';
import { InitiatiefModel } from './initiatief.model';
import { TermijnStatus, termijnStand } from './termijn.rules';

const BESLOTEN = new Set(['TOEGEKEND', 'AFGEWEZEN', 'INGETROKKEN', 'UITGEVOERD', 'VASTGESTELD', 'BUITEN_BEHANDELING']);

function stand(i: InitiatiefModel) {
  const b = i.termijnBron;
  return termijnStand(
    {
      beslissenUiterlijk: b.beslissenUiterlijk,
      besluitGenomen: BESLOTEN.has(b.status),
      aanvullenUiterlijk: b.status === InitiatiefStatus.AANVULLING_GEVRAAGD ? b.aanvullenUiterlijk : null,
      ingebrekeGesteld: b.ingebrekestellingOntvangen !== null,
    },
    amsterdamseDatum(klok.nu()),
  );
}

@Resolver(() => InitiatiefModel)
export class InitiatiefTermijnResolver {
  @ResolveField(() => TermijnStatus, {
    nullable: true,
    description:
      'For the work queue: on time, close to (7 days) or past the decision deadline, suspended for an aanvulling (Awb 4:15) or in default after a notice (Awb 4:17); null when no decision is pending.',
  })
  termijnStatus(@Parent() i: InitiatiefModel): TermijnStatus | null {
    return stand(i).status;
  }

  @ResolveField(() => DatumScalar, {
    nullable: true,
    description:
      'Awb 4:15: while the applicant may still supply the information asked for, the decision term is suspended until at most this day (the end of the aanvulling term); null when it runs.',
  })
  opgeschortTot(@Parent() i: InitiatiefModel): string | null {
    return stand(i).opgeschortTot;
  }
}
