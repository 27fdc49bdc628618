import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CentenScalar, toGlobalId } from '@buurtwerk/core';
import { BevindingModel, Besluitvorming, type Bevinding } from '@buurtwerk/subsidieregels';
import type { Afwijking } from './initiatief.entity';

@ObjectType('Afwijking', { description: 'A condition of the rule that a decision departs from (only with a reasoned override).' })
export class AfwijkingModel {
  @Field()
  voorwaarde!: string;

  @Field()
  toelichting!: string;
}

@ObjectType('BeschikbaarPerAanvraag')
export class BeschikbaarPerAanvraagModel {
  @Field(() => ID, { description: 'Ondersteuningsaanvraag.id' })
  aanvraagId!: string;

  @Field(() => CentenScalar, { nullable: true })
  gevraagdBedrag!: number | null;

  @Field(() => CentenScalar, { nullable: true, description: "The rule's maximum; above it only with a reasoned override." })
  maximumBedrag!: number | null;

  @Field(() => CentenScalar)
  gereserveerdBedrag!: number;

  @Field(() => CentenScalar, {
    description:
      'Available for this request now: its reservation plus the free room of the ceiling, up to the amount asked and the maximum (Awb 4:25).',
  })
  beschikbaarBedrag!: number;

  @Field(() => CentenScalar, {
    description: 'The same without the maximum (with a reasoned override); never beyond the ceiling.',
  })
  beschikbaarMetAfwijking!: number;

  @Field({ description: 'Under a tender (Awb 4:26): decided by tenderVerdelen, not one by one.' })
  tender!: boolean;
}

@ObjectType('BesluitVoorbereiding', {
  description: 'What the decision form shows: who decides, what is not met, what is available now.',
})
export class BesluitVoorbereidingModel {
  @Field(() => Besluitvorming, { description: 'The deciding body under the rule: staff (AMBTELIJK) or a buurtpanel.' })
  beslisser!: Besluitvorming;

  @Field(() => [BevindingModel], { description: 'Every condition of the check at receipt that is not met.' })
  onvervuldeVoorwaarden!: BevindingModel[];

  @Field(() => [AfwijkingModel], {
    description: 'What a staff grant of the available amounts departs from; non-empty means afwijken with a reason.',
  })
  afwijkingenBijToekenning!: AfwijkingModel[];

  @Field(() => [BeschikbaarPerAanvraagModel])
  aanvragen!: BeschikbaarPerAanvraagModel[];
}

export function toBesluitVoorbereidingModel(v: {
  beslisser: Besluitvorming;
  onvervuld: Bevinding[];
  afwijkingen: Afwijking[];
  aanvragen: Array<{
    id: string;
    gevraagdBedrag: number | null;
    maximumBedrag: number | null;
    gereserveerdBedrag: number;
    beschikbaarBedrag: number;
    beschikbaarMetAfwijking: number;
    tender: boolean;
  }>;
}): BesluitVoorbereidingModel {
  return Object.assign(new BesluitVoorbereidingModel(), {
    beslisser: v.beslisser,
    onvervuldeVoorwaarden: v.onvervuld.map((b) => Object.assign(new BevindingModel(), b)),
    afwijkingenBijToekenning: v.afwijkingen.map((a) => Object.assign(new AfwijkingModel(), a)),
    aanvragen: v.aanvragen.map(({ id, ...rest }) =>
      Object.assign(new BeschikbaarPerAanvraagModel(), { aanvraagId: toGlobalId('Ondersteuningsaanvraag', id), ...rest }),
    ),
  });
}

export function toAfwijkingModellen(a: readonly Afwijking[]): AfwijkingModel[] {
  return a.map((x) => Object.assign(new AfwijkingModel(), x));
}
