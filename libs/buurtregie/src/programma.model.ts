import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CentenScalar, DatumScalar, DatumTijdScalar, Node, toGlobalId } from '@buurtwerk/core';
import { JaarverslagModel } from './jaarverslag.model';
import {
  InbrengSoort,
  ProgrammaStatus,
  type ProgrammaBudgetEntity,
  type ProgrammaDoelEntity,
  type UitvoeringsprogrammaEntity,
} from './programma.entity';

registerEnumType(ProgrammaStatus, {
  name: 'ProgrammaStatus',
  valuesMap: {
    CONCEPT: { description: 'Being drawn up (staff only).' },
    VASTGESTELD: { description: "The year's programme." },
    EVALUATIE: { description: 'The year is ending; the evaluation is being prepared.' },
    GEEVALUEERD: { description: 'Evaluated and published for the council.' },
  },
});

@ObjectType('ProgrammaActie')
export class ProgrammaActieModel {
  @Field()
  omschrijving!: string;
  @Field()
  eigenaar!: string;
}

@ObjectType('ProgrammaDoel')
export class ProgrammaDoelModel {
  @Field(() => ID)
  id!: string;
  @Field()
  titel!: string;
  @Field()
  eigenaar!: string;
  @Field(() => [ID], { description: 'The Behoefte ids it answers (load them with node).' })
  behoefteIds!: string[];
  @Field(() => [ProgrammaActieModel])
  acties!: ProgrammaActieModel[];
}

registerEnumType(InbrengSoort, {
  name: 'ProgrammaInbrengSoort',
  valuesMap: {
    INBRENG: { description: "A partner's input on the draft, in the consultation window." },
    EVALUATIE: { description: "A partner's evaluation of the year." },
  },
});

@ObjectType('ProgrammaInbreng', { description: "A partner organisation's contribution; never who wrote it." })
export class ProgrammaInbrengModel {
  @Field(() => ID)
  id!: string;
  @Field(() => InbrengSoort)
  soort!: InbrengSoort;
  @Field({ description: 'The organisation it comes from.' })
  organisatie!: string;
  @Field()
  tekst!: string;
  @Field(() => DatumTijdScalar)
  ingediendOp!: Date;
}

@ObjectType('ProgrammaBudget')
export class ProgrammaBudgetModel {
  @Field()
  instrument!: string;
  @Field(() => ID)
  instrumentId!: string;
  @Field(() => CentenScalar)
  bedrag!: number;
  /** Database id of the instrument. */
  instrumentDbId!: string;
}

@ObjectType('Uitvoeringsprogramma', {
  implements: () => [Node],
  description:
    'The yearly uitvoeringsprogramma of a stadsdeel or the city: goals linked to needs, actions and owners, budget per instrument; evaluated at year end with the figures of the year report.',
})
export class UitvoeringsprogrammaModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field(() => Int)
  jaar!: number;
  @Field({ description: 'The stadsdeel, or "Heerlen" for the city-wide programme.' })
  gebied!: string;
  @Field()
  titel!: string;
  @Field()
  inleiding!: string;
  @Field(() => ProgrammaStatus)
  status!: ProgrammaStatus;
  @Field(() => [ProgrammaDoelModel])
  doelen!: ProgrammaDoelModel[];
  @Field(() => [ProgrammaBudgetModel])
  budget!: ProgrammaBudgetModel[];
  @Field(() => CentenScalar, { description: 'Sum of the budget lines.' })
  totaalBudget!: number;
  @Field(() => DatumTijdScalar, { nullable: true })
  vastgesteldOp!: Date | null;
  @Field(() => DatumScalar, { nullable: true, description: "First day of the partners' consultation window." })
  inbrengVan!: string | null;
  @Field(() => DatumScalar, { nullable: true })
  inbrengTot!: string | null;
  @Field(() => [ProgrammaInbrengModel], {
    description: "Partners' contributions: staff see all; everyone the evaluations once the evaluation is published.",
  })
  inbreng!: ProgrammaInbrengModel[];
  @Field(() => String, { nullable: true, description: "The municipality's conclusion of the evaluation." })
  conclusie!: string | null;
  @Field(() => DatumTijdScalar, { nullable: true, description: 'When the evaluation was published for the council.' })
  geevalueerdOp!: Date | null;
  @Field(() => JaarverslagModel, {
    nullable: true,
    description: "The year's figures: as recorded at the evaluation once evaluated; live while in evaluation; null before.",
  })
  cijfers!: JaarverslagModel | null;
  dbId!: string;
  stadsdeelDbId!: string | null;
}

export function toUitvoeringsprogrammaModel(
  e: UitvoeringsprogrammaEntity,
  extra: {
    gebied: string;
    doelen: ProgrammaDoelEntity[];
    budget: Array<ProgrammaBudgetEntity & { instrument: string }>;
    cijfers: JaarverslagModel | null;
    inbreng: ProgrammaInbrengModel[];
  },
): UitvoeringsprogrammaModel {
  return Object.assign(new UitvoeringsprogrammaModel(), {
    id: toGlobalId('Uitvoeringsprogramma', e.id),
    dbId: e.id,
    stadsdeelDbId: e.stadsdeelId,
    jaar: e.jaar,
    gebied: extra.gebied,
    titel: e.titel,
    inleiding: e.inleiding,
    status: e.status,
    vastgesteldOp: e.vastgesteldOp,
    inbrengVan: e.inbrengVan,
    inbrengTot: e.inbrengTot,
    inbreng: extra.inbreng,
    conclusie: e.conclusie,
    geevalueerdOp: e.geevalueerdOp,
    cijfers: extra.cijfers,
    doelen: extra.doelen.map((d) =>
      Object.assign(new ProgrammaDoelModel(), {
        id: toGlobalId('ProgrammaDoel', d.id),
        titel: d.titel,
        eigenaar: d.eigenaar,
        behoefteIds: d.behoefteIds.map((b) => toGlobalId('Behoefte', b)),
        acties: d.acties.map((a) => Object.assign(new ProgrammaActieModel(), a)),
      }),
    ),
    budget: extra.budget.map((b) =>
      Object.assign(new ProgrammaBudgetModel(), {
        instrument: b.instrument,
        instrumentId: toGlobalId('Instrument', b.instrumentId),
        instrumentDbId: b.instrumentId,
        bedrag: b.bedrag,
      }),
    ),
    totaalBudget: extra.budget.reduce((s, b) => s + b.bedrag, 0),
  });
}
