import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CentenScalar, DatumScalar, DatumTijdScalar, toGlobalId } from '@buurtwerk/core';
import { type PlafondStand, type SubsidieregelingEntity, TenderCriteriumModel } from '@buurtwerk/subsidieregels';
import type { Rangregel, TenderBeoordelingEntity, TenderVerdelingEntity } from './tender.entity';

@ObjectType('TenderBeoordeling', { description: 'One score with reasons of one staff member on one criterion (Awb 4:26).' })
export class TenderBeoordelingModel {
  @Field(() => ID)
  initiatiefId!: string;

  @Field()
  criterium!: string;

  @Field(() => Int)
  score!: number;

  @Field()
  toelichting!: string;

  @Field({ description: 'The staff member who scored (in their public role).' })
  beoordelaar!: string;
}

@ObjectType('TenderRangregel', { description: 'One request in the ranking of a tender and what it gets (or would get).' })
export class TenderRangregelModel {
  @Field(() => ID)
  initiatiefId!: string;

  @Field()
  referentie!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Place in the ranking; null when not ranked (outside the window, not eligible, not fully scored).',
  })
  plaats!: number | null;

  @Field(() => String, { nullable: true, description: 'Weighted total score (two decimals).' })
  totaal!: string | null;

  @Field(() => String, { nullable: true, description: 'How its place was decided: SCORE, DATUM (earlier completion) or LOT.' })
  beslecht!: string | null;

  @Field(() => CentenScalar)
  toegekendBedrag!: number;

  @Field()
  reden!: string;
}

@ObjectType('TenderOverzicht', {
  description: 'A tender (Awb 4:26): its criteria, window and ceiling, the ranking and the (proposed) allocation.',
})
export class TenderOverzichtModel {
  @Field()
  regelingCode!: string;

  @Field()
  regelingNaam!: string;

  @Field(() => [TenderCriteriumModel])
  criteria!: TenderCriteriumModel[];

  @Field(() => DatumScalar, { nullable: true })
  aanvraagperiodeVan!: string | null;

  @Field(() => DatumScalar, { nullable: true })
  aanvraagperiodeTot!: string | null;

  @Field()
  gedeeltelijkToekennen!: boolean;

  @Field(() => CentenScalar)
  plafondBedrag!: number;

  @Field(() => CentenScalar, { description: 'Free room of the ceiling now.' })
  vrij!: number;

  @Field({ description: 'True while not allocated: the lines are a proposal staff confirm with tenderVerdelen.' })
  voorstel!: boolean;

  @Field(() => DatumTijdScalar, { nullable: true })
  verdeeldOp!: Date | null;

  @Field(() => String, { nullable: true })
  verdeeldDoor!: string | null;

  @Field(() => String, { nullable: true, description: 'The seed of the lot of the tie rule, recorded at allocation.' })
  seed!: string | null;

  @Field(() => [TenderRangregelModel])
  regels!: TenderRangregelModel[];

  @Field(() => [TenderBeoordelingModel], { description: 'Every score with reasons (before allocation).' })
  beoordelingen!: TenderBeoordelingModel[];
}

export function toTenderOverzichtModel(o: {
  regeling: SubsidieregelingEntity;
  stand: PlafondStand;
  verdeling: TenderVerdelingEntity | null;
  regels: Rangregel[];
  voorstel: boolean;
  rijen?: TenderBeoordelingEntity[];
}): TenderOverzichtModel {
  return Object.assign(new TenderOverzichtModel(), {
    regelingCode: o.regeling.code,
    regelingNaam: o.regeling.naam,
    criteria: o.regeling.criteria.map((c) => Object.assign(new TenderCriteriumModel(), c)),
    aanvraagperiodeVan: o.regeling.aanvraagperiodeVan,
    aanvraagperiodeTot: o.regeling.aanvraagperiodeTot,
    gedeeltelijkToekennen: o.regeling.gedeeltelijkToekennen,
    plafondBedrag: o.stand.bedrag,
    vrij: Math.max(0, o.stand.bedrag - o.stand.verleend - o.stand.gereserveerd),
    voorstel: o.voorstel,
    verdeeldOp: o.verdeling?.verdeeldOp ?? null,
    verdeeldDoor: o.verdeling?.verdeeldDoor ?? null,
    seed: o.verdeling?.seed ?? null,
    regels: o.regels.map((r) =>
      Object.assign(new TenderRangregelModel(), {
        initiatiefId: toGlobalId('Initiatief', r.initiatiefId),
        referentie: r.referentie,
        plaats: r.plaats,
        totaal: r.totaal,
        beslecht: r.beslecht,
        toegekendBedrag: r.toegekend,
        reden: r.reden,
      }),
    ),
    beoordelingen: (o.rijen ?? []).map((b) =>
      Object.assign(new TenderBeoordelingModel(), {
        initiatiefId: toGlobalId('Initiatief', b.initiatiefId),
        criterium: b.criterium,
        score: b.score,
        toelichting: b.toelichting,
        beoordelaar: b.beoordelaarNaam,
      }),
    ),
  });
}
