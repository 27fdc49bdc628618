import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CentenScalar, DatumTijdScalar, Node, toGlobalId } from '@buurtwerk/core';
import { type BegrotingsprojectEntity, type BegrotingsrondeEntity, Stemregel, Stemwijze } from './begroting.entity';

registerEnumType(Stemregel, {
  name: 'Stemregel',
  valuesMap: {
    EQUAL_SHARES: {
      description: 'Method of Equal Shares (Peters & Skowron) with cost utilities, completed by increasing the virtual budget.',
    },
    GREEDY: { description: 'Greedy by approval count, skipping projects that no longer fit.' },
  },
});

registerEnumType(Stemwijze, {
  name: 'Stemwijze',
  description: 'The ballot of a citizen-budget round and its constraint.',
  valuesMap: {
    APPROVAL: { description: 'Choose projects, optionally at least minProjecten and at most maxProjecten.' },
    KNAPSACK: { description: 'Choose projects that together cost at most the budget.' },
    PUNTEN: { description: 'Distribute at most puntenTotaal points over projects (cumulative ballot).' },
  },
});

@ObjectType('Begrotingsronde', { implements: () => [Node] })
export class BegrotingsrondeModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field()
  naam!: string;
  @Field(() => CentenScalar)
  budget!: number;
  @Field(() => DatumTijdScalar)
  stemmenVanaf!: Date;
  @Field(() => DatumTijdScalar)
  stemmenTot!: Date;
  @Field(() => Stemregel)
  regel!: Stemregel;
  @Field(() => Stemwijze)
  stemwijze!: Stemwijze;
  @Field(() => Int, { nullable: true })
  minProjecten!: number | null;
  @Field(() => Int, { nullable: true })
  maxProjecten!: number | null;
  @Field(() => Int, { nullable: true, description: 'PUNTEN: the points each voter may distribute.' })
  puntenTotaal!: number | null;
  @Field({ description: 'Made from an imported pabulib .pb file (closed, for re-counting).' })
  geimporteerd!: boolean;
  dbId!: string;
}

@ObjectType('Begrotingsproject')
export class BegrotingsprojectModel {
  @Field(() => ID)
  id!: string;
  @Field()
  titel!: string;
  @Field(() => CentenScalar)
  kosten!: number;
  @Field({ description: 'The project id in the count and in the .pb export; ties are broken by it.' })
  code!: string;
  dbId!: string;
  rondeDbId!: string;
  initiatiefDbId!: string | null;
}

@ObjectType('BegrotingBijdrageProject')
export class BijdrageProjectModel {
  @Field(() => BegrotingsprojectModel)
  project!: BegrotingsprojectModel;
  @Field({ description: 'What this voter paid towards the project, e.g. "€ 12,50" ("≈" when rounded).' })
  bedrag!: string;
}

@ObjectType('BegrotingBijdrage', { description: 'Equal Shares: what the signed-in voter paid from their share.' })
export class BijdrageModel {
  @Field({ description: 'The share every voter had to spend.' })
  budget!: string;
  @Field()
  totaal!: string;
  @Field(() => [BijdrageProjectModel])
  perProject!: BijdrageProjectModel[];
}

export function toBegrotingsrondeModel(e: BegrotingsrondeEntity): BegrotingsrondeModel {
  return Object.assign(new BegrotingsrondeModel(), {
    id: toGlobalId('Begrotingsronde', e.id),
    dbId: e.id,
    naam: e.naam,
    budget: e.budget,
    stemmenVanaf: e.stemmenVanaf,
    stemmenTot: e.stemmenTot,
    regel: e.regel,
    stemwijze: e.stemwijze,
    minProjecten: e.minProjecten,
    maxProjecten: e.maxProjecten,
    puntenTotaal: e.puntenTotaal,
    geimporteerd: e.geimporteerd,
  });
}

export function toBegrotingsprojectModel(e: BegrotingsprojectEntity): BegrotingsprojectModel {
  return Object.assign(new BegrotingsprojectModel(), {
    id: toGlobalId('Begrotingsproject', e.id),
    dbId: e.id,
    rondeDbId: e.rondeId,
    code: e.code,
    titel: e.titel,
    kosten: e.kosten,
    initiatiefDbId: e.initiatiefId,
  });
}
