import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CentenScalar, DatumScalar, DatumTijdScalar } from '@buurtwerk/core';
import type { DwangsomFase, DwangsomStand } from './dwangsom.rules';
import type { TermijnBron } from './initiatief.model';

export enum DwangsomFaseEnum {
  WACHTTIJD = 'WACHTTIJD',
  LOOPT = 'LOOPT',
  GESTOPT = 'GESTOPT',
}

registerEnumType(DwangsomFaseEnum, {
  name: 'DwangsomFase',
  description:
    'Awb 4:17: WACHTTIJD in the two weeks after the notice of default, LOOPT while a penalty accrues, GESTOPT once the decision was taken (or the request withdrawn) or 42 days were reached.',
});

@ObjectType('DwangsomBesluit', { description: 'Awb 4:18: the decision on the penalty.' })
export class DwangsomBesluitModel {
  @Field({ description: 'False when the body decided no penalty is owed (Awb 4:17 lid 3).' })
  verschuldigd!: boolean;

  @Field(() => CentenScalar)
  bedrag!: number;

  @Field()
  motivering!: string;

  @Field(() => DatumTijdScalar)
  genomenOp!: Date;

  @Field()
  genomenDoor!: string;
}

@ObjectType('Dwangsom', {
  description:
    'Awb 4:17-4:18: the penalty for not deciding in time, after the applicant gave notice of default: €23 a day for the first 14 days, €35 for the next 14, €45 after that, for at most 42 days.',
})
export class DwangsomModel {
  @Field(() => DatumScalar, { description: 'The day the notice of default was received.' })
  ingebrekestellingOntvangen!: string;

  @Field(() => DatumScalar, {
    description: 'The first day a penalty is owed: after the two weeks following receipt (Awb 4:17 lid 1).',
  })
  verschuldigdVanaf!: string;

  @Field(() => DwangsomFaseEnum)
  fase!: DwangsomFase;

  @Field(() => Int, { description: 'Days owed so far (today included while it accrues), at most 42.' })
  dagen!: number;

  @Field(() => CentenScalar, { description: 'The penalty accrued so far (Awb 4:17 lid 2).' })
  bedrag!: number;

  @Field(() => DatumScalar, { nullable: true, description: 'The last day owed, once it stopped.' })
  laatsteDag!: string | null;

  @Field(() => DatumScalar, { nullable: true, description: 'Awb 4:18: the decision on the penalty is due by this day.' })
  vaststellenUiterlijk!: string | null;

  @Field(() => DwangsomBesluitModel, { nullable: true, description: 'Awb 4:18: the decision on the penalty, once taken.' })
  besluit!: DwangsomBesluitModel | null;
}

export function toDwangsomModel(stand: DwangsomStand, bron: TermijnBron): DwangsomModel {
  return Object.assign(new DwangsomModel(), {
    ...stand,
    besluit:
      bron.dwangsomBeslotenOp && bron.dwangsomBedrag !== null
        ? Object.assign(new DwangsomBesluitModel(), {
            verschuldigd: bron.dwangsomBedrag > 0,
            bedrag: bron.dwangsomBedrag,
            motivering: bron.dwangsomMotivering ?? '',
            genomenOp: bron.dwangsomBeslotenOp,
            genomenDoor: bron.dwangsomBeslotenDoor ?? '',
          })
        : null,
  });
}
