import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DatumScalar, DatumTijdScalar, toGlobalId } from '@buurtwerk/core';
import { ParticipatieStatus, type PlanParticipatieEntity, type PlanReactieEntity, Standpunt } from './participatie.entity';

registerEnumType(ParticipatieStatus, {
  name: 'ParticipatieStatus',
  valuesMap: {
    VOORBEREID: { description: 'The buurtregisseurs have been informed; residents do not see it yet.' },
    GEPUBLICEERD: { description: 'Residents and partners see the plan and can react within the window.' },
  },
});
registerEnumType(Standpunt, { name: 'Standpunt', description: 'Position of a reaction to a plan.' });

/** The plan's own data, as signalen's PlanService gives it. */
export interface PlanGegevens {
  titel: string;
  omschrijving: string | null;
  afdeling: string;
  startdatum: string;
  einddatum: string | null;
}

@ObjectType('PlanParticipatie', {
  description: 'A municipal plan put before residents early (Omgevingswet), with its window for reactions.',
})
export class PlanParticipatieModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID, { description: 'The Plan (staff can load it with node).' })
  planId!: string;
  @Field()
  titel!: string;
  @Field(() => String, { nullable: true })
  omschrijving!: string | null;
  @Field({ description: 'The department that owns the plan.' })
  afdeling!: string;
  @Field(() => DatumScalar)
  startdatum!: string;
  @Field(() => DatumScalar, { nullable: true })
  einddatum!: string | null;
  @Field({ description: 'What residents are asked.' })
  vraag!: string;
  @Field(() => DatumScalar)
  openVan!: string;
  @Field(() => DatumScalar)
  openTot!: string;
  @Field(() => ParticipatieStatus)
  status!: ParticipatieStatus;
  @Field({ description: 'Whether reactions are accepted today.' })
  open!: boolean;
  @Field(() => DatumTijdScalar, { nullable: true })
  gepubliceerdOp!: Date | null;
  @Field(() => Int)
  aantalReacties!: number;
  dbId!: string;
  planDbId!: string;
}

export function toPlanParticipatieModel(
  e: PlanParticipatieEntity,
  plan: PlanGegevens,
  extra: { open: boolean; aantalReacties: number },
): PlanParticipatieModel {
  return Object.assign(new PlanParticipatieModel(), {
    id: toGlobalId('PlanParticipatie', e.id),
    dbId: e.id,
    planId: toGlobalId('Plan', e.planId),
    planDbId: e.planId,
    // Field by field: the plan's model has its own id and dbId.
    titel: plan.titel,
    omschrijving: plan.omschrijving,
    afdeling: plan.afdeling,
    startdatum: plan.startdatum,
    einddatum: plan.einddatum,
    vraag: e.vraag,
    openVan: e.openVan,
    openTot: e.openTot,
    status: e.status,
    gepubliceerdOp: e.gepubliceerdOp,
    ...extra,
  });
}

@ObjectType('PlanReactie', { description: 'A reaction to a plan and the municipality’s answer.' })
export class PlanReactieModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  participatieId!: string;
  @Field()
  tekst!: string;
  @Field(() => Standpunt, { nullable: true })
  standpunt!: Standpunt | null;
  @Field(() => DatumTijdScalar)
  ingediendOp!: Date;
  @Field(() => String, { nullable: true, description: 'What the municipality did with it.' })
  antwoord!: string | null;
  @Field(() => DatumTijdScalar, { nullable: true })
  beantwoordOp!: Date | null;
  organisatieDbId!: string | null;
}

export function toPlanReactieModel(e: PlanReactieEntity): PlanReactieModel {
  return Object.assign(new PlanReactieModel(), {
    id: toGlobalId('PlanReactie', e.id),
    participatieId: toGlobalId('PlanParticipatie', e.participatieId),
    tekst: e.tekst,
    standpunt: e.standpunt,
    ingediendOp: e.ingediendOp,
    antwoord: e.antwoord,
    beantwoordOp: e.beantwoordOp,
    organisatieDbId: e.organisatieId,
  });
}

@ObjectType('ParticipatieverslagAntwoord', {
  description: 'One reaction in the report: its position, who (kind) and the answer.',
})
export class ParticipatieverslagAntwoordModel {
  @Field(() => Standpunt, { nullable: true })
  standpunt!: Standpunt | null;
  @Field({ description: '"bewoner", or the partner organisation' })
  van!: string;
  @Field(() => DatumScalar)
  ontvangenOp!: string;
  @Field(() => String, { nullable: true, description: 'What was done with it; null while unanswered.' })
  antwoord!: string | null;
}

@ObjectType('Participatieverslag', {
  description:
    'The participation report (Omgevingswet): how residents were involved in a plan and what was done with their reactions, computed from the record. Without personal data.',
})
export class ParticipatieverslagModel {
  @Field(() => ID)
  participatieId!: string;
  @Field()
  titel!: string;
  @Field()
  afdeling!: string;
  @Field()
  vraag!: string;
  @Field(() => [String], { description: 'Names of the touched buurten.' })
  buurten!: string[];
  @Field(() => DatumTijdScalar, { description: 'When the buurtregisseurs were informed.' })
  regisseursGeinformeerdOp!: Date;
  @Field(() => Int)
  aantalGeinformeerdeRegisseurs!: number;
  @Field(() => DatumTijdScalar, { nullable: true })
  gepubliceerdOp!: Date | null;
  @Field(() => DatumScalar)
  openVan!: string;
  @Field(() => DatumScalar)
  openTot!: string;
  @Field(() => Int)
  reacties!: number;
  @Field(() => Int)
  voor!: number;
  @Field(() => Int)
  tegen!: number;
  @Field(() => Int)
  neutraal!: number;
  @Field(() => Int)
  zonderStandpunt!: number;
  @Field(() => Int)
  vanBewoners!: number;
  @Field(() => Int)
  vanPartners!: number;
  @Field(() => Int)
  beantwoord!: number;
  @Field(() => Int)
  onbeantwoord!: number;
  @Field(() => [ParticipatieverslagAntwoordModel])
  antwoorden!: ParticipatieverslagAntwoordModel[];
}
