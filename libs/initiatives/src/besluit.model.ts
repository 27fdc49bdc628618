import { AfwijkingModel } from './besluitvoorbereiding.model';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CentenScalar, DatumScalar, DatumTijdScalar, Node, toGlobalId } from '@buurtwerk/core';
import { BesluitUitkomst, type Verschoning } from './initiatief.entity';
import { type BesluitEntity, BesluitSoort } from './besluit.entity';
import { uitkomstVan } from './besluit.rules';

registerEnumType(BesluitSoort, {
  name: 'BesluitSoort',
  description: 'What kind of decision was taken on the request (more kinds follow; treat an unknown one as "other").',
  valuesMap: {
    TOEKENNING: { description: 'Awb 4:29: the subsidy is granted as requested.' },
    GEDEELTELIJKE_TOEKENNING: { description: 'Granted, but less than requested; the rest is refused.' },
    AFWIJZING: { description: 'The request is refused (Awb 4:35, 4:25).' },
    VASTSTELLING: { description: 'Awb 4:42-4:47: the subsidy is settled after the activity.' },
    BUITEN_BEHANDELING: { description: 'Awb 4:5: the request is not handled, because the aanvulling term passed unused.' },
    DWANGSOM: { description: 'Awb 4:18: the decision on the penalty for deciding late (Awb 4:17); bedrag is what is owed.' },
  },
});

@ObjectType('Besluit', {
  implements: () => [Node],
  description:
    'A decision of the college van burgemeester en wethouders on an initiative (Awb 1:3), taken by an official under mandate.',
})
export class BesluitModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field(() => BesluitSoort)
  soort!: BesluitSoort;

  @Field(() => BesluitUitkomst, { description: 'Two-way summary of `soort` (a settlement counts as TOEGEKEND).' })
  uitkomst!: BesluitUitkomst;

  @Field()
  motivering!: string;

  @Field(() => DatumTijdScalar)
  genomenOp!: Date;

  @Field({ description: "Who decided: a staff member's name, or the panel's name." })
  genomenDoor!: string;

  @Field({ description: 'The administrative body whose decision this is (Awb 1:1).' })
  orgaan!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who signed on behalf of the body, under which mandate (Awb 10:10); null when the body signed itself.',
  })
  mandaat!: string | null;

  @Field(() => CentenScalar, {
    description: 'For the request decision: the total granted now (after any settlement: as granted). Kept for the contract.',
  })
  verleendBedrag!: number;

  @Field(() => CentenScalar, {
    nullable: true,
    description: 'The amount this decision grants or settles; null when it is not about an amount.',
  })
  bedrag!: number | null;

  @Field(() => DatumTijdScalar, {
    nullable: true,
    description: 'Awb 3:41: when the decision was sent or handed to the applicant; null until then.',
  })
  bekendgemaaktOp!: Date | null;

  @Field(() => DatumScalar, {
    nullable: true,
    description:
      'Awb 6:7-6:8: last day to object (six weeks from the day after making known, moved per the Atw); null until made known.',
  })
  bezwaartermijnEinde!: string | null;

  @Field(() => DatumScalar, {
    description:
      'Contract field (never null): `bezwaartermijnEinde` once made known; before that the end as if made known on the day of the decision. Prefer bezwaartermijnEinde.',
  })
  bezwaarMogelijkTot!: string;

  @Field(() => [AfwijkingModel], {
    description: 'The conditions of the rule this decision departs from, with a reasoned override (empty when none).',
  })
  afwijkingen!: AfwijkingModel[];

  @Field(() => String, { nullable: true, description: 'Why the decision departs from the rule (with afwijkingen).' })
  afwijkingMotivering!: string | null;

  dbId!: string;
  initiatiefDbId!: string;
  verschoningen!: Verschoning[];
  /** Whether the caller may see the file (the applicant, staff): then the letter too. */
  volledig!: boolean;
}

/** `verleendBedrag` and `verschoningen` come from the initiative (the caller knows what it may show). */
export function toBesluitModel(
  e: BesluitEntity,
  extra: {
    verleendBedrag: number;
    verschoningen: Verschoning[];
    voorlopigBezwaarTot: string;
    volledig: boolean;
    /** The reasoned override recorded with the request decision (afwijking.rules.ts). */
    afwijking?: { afwijkingen: AfwijkingModel[]; motivering: string | null };
  },
): BesluitModel {
  return Object.assign(new BesluitModel(), {
    id: toGlobalId('Besluit', e.id),
    dbId: e.id,
    initiatiefDbId: e.initiatiefId,
    soort: e.soort,
    uitkomst: uitkomstVan(e.soort, e.bedrag),
    motivering: e.motivering,
    genomenOp: e.genomenOp,
    genomenDoor: e.genomenDoor,
    orgaan: e.orgaan,
    mandaat: e.mandaat,
    bedrag: e.bedrag,
    verleendBedrag: extra.verleendBedrag,
    bekendgemaaktOp: e.bekendgemaaktOp,
    bezwaartermijnEinde: e.bezwaarMogelijkTot,
    bezwaarMogelijkTot: e.bezwaarMogelijkTot ?? extra.voorlopigBezwaarTot,
    verschoningen: extra.verschoningen,
    volledig: extra.volledig,
    afwijkingen: extra.afwijking?.afwijkingen ?? [],
    afwijkingMotivering: extra.afwijking?.motivering ?? null,
  });
}
