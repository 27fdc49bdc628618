import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CentenScalar, DatumScalar, JsonScalar, Node, toGlobalId } from '@buurtwerk/core';
import {
  Besluitvorming,
  type InstrumentEntity,
  InstrumentSoort,
  type SubsidieplafondEntity,
  type SubsidieregelingEntity,
  Verdeelmethode,
} from './subsidieregeling.entity';
import { AanvragerSoort, type Bevinding, Schaal } from './toetsing.rules';

registerEnumType(InstrumentSoort, { name: 'InstrumentSoort' });
registerEnumType(Schaal, { name: 'Schaal' });
registerEnumType(AanvragerSoort, { name: 'AanvragerSoort' });
registerEnumType(Besluitvorming, {
  name: 'Besluitvorming',
  valuesMap: {
    AMBTELIJK: { description: 'Decided by municipal staff.' },
    BUURTPANEL: { description: 'Decided by a panel of residents (buurtaktie-regeling).' },
  },
});
registerEnumType(Verdeelmethode, {
  name: 'Verdeelmethode',
  valuesMap: {
    VOLGORDE_VAN_BINNENKOMST: { description: 'Awb 4:26: complete requests in order of receipt until the ceiling is reached.' },
    VERGELIJKENDE_BEOORDELING: { description: 'Requests of one period are ranked and decided together.' },
  },
});

@ObjectType('TenderCriterium', { description: 'A published ranking criterion of a tender (Awb 4:26), scored 0 to 10.' })
export class TenderCriteriumModel {
  @Field()
  code!: string;

  @Field()
  omschrijving!: string;

  @Field(() => Int)
  gewicht!: number;
}

@ObjectType('Voorwaarde', { description: 'A condition of a rule, readable by people and checkable by the machine.' })
export class VoorwaardeModel {
  @Field()
  code!: string;

  @Field()
  omschrijving!: string;

  @Field(() => JsonScalar, {
    description: 'JSON Logic expression over the facts of a request (see docs/domein.md, invariant 4).',
  })
  regel!: unknown;
}

@ObjectType('Subsidieregeling', { implements: () => [Node] })
export class SubsidieregelingModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field(() => Int, { description: 'Version of the rule with this code; a changed rule is a new version.' })
  versie!: number;

  @Field()
  naam!: string;

  @Field()
  beschrijving!: string;

  @Field(() => DatumScalar)
  geldigVan!: string;

  @Field(() => DatumScalar, { nullable: true })
  geldigTot!: string | null;

  @Field(() => [Schaal])
  schalen!: Schaal[];

  @Field(() => [AanvragerSoort])
  aanvragers!: AanvragerSoort[];

  @Field(() => CentenScalar, { nullable: true })
  maximumBedrag!: number | null;

  @Field(() => Int)
  beslistermijnWeken!: number;

  @Field(() => Besluitvorming)
  besluitvorming!: Besluitvorming;

  @Field(() => Verdeelmethode)
  verdeelmethode!: Verdeelmethode;

  @Field(() => [VoorwaardeModel])
  voorwaarden!: VoorwaardeModel[];

  @Field(() => DatumScalar, { nullable: true, description: 'Tender (Awb 4:26): first day of the application window.' })
  aanvraagperiodeVan!: string | null;

  @Field(() => DatumScalar, { nullable: true, description: 'Tender: last day of the application window.' })
  aanvraagperiodeTot!: string | null;

  @Field(() => [TenderCriteriumModel], { description: 'Tender: the published ranking criteria with their weights.' })
  criteria!: TenderCriteriumModel[];

  @Field({ description: 'Tender: whether the last request that partly fits gets the rest (else all or nothing).' })
  gedeeltelijkToekennen!: boolean;

  dbId!: string;
}

@ObjectType('Instrument', {
  implements: () => [Node],
  description: 'One entry of the menukaart: a form of support an initiator can choose.',
})
export class InstrumentModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  naam!: string;

  @Field(() => InstrumentSoort)
  soort!: InstrumentSoort;

  @Field()
  beschrijving!: string;

  @Field(() => String, { nullable: true })
  voorwaarden!: string | null;

  @Field()
  actief!: boolean;

  dbId!: string;
  regelingCode!: string | null;
}

@ObjectType('Subsidieplafond', { description: 'Awb 4:22 subsidy ceiling for one period (and optionally one stadsdeel).' })
export class SubsidieplafondModel {
  @Field()
  periode!: string;

  @Field(() => CentenScalar)
  bedrag!: number;

  @Field(() => CentenScalar)
  verleend!: number;

  @Field(() => CentenScalar, { description: 'Reserved for complete requests in order of receipt, not yet decided.' })
  gereserveerd!: number;

  @Field(() => CentenScalar, { description: 'bedrag - verleend - gereserveerd.' })
  beschikbaar!: number;

  stadsdeelDbId!: string | null;
}

@ObjectType('Bevinding')
export class BevindingModel {
  @Field()
  voorwaarde!: string;

  @Field()
  voldaan!: boolean;

  @Field()
  toelichting!: string;
}

@ObjectType('Toetsresultaat', {
  description: 'The outcome of checking a (draft) request against the rules, before or at submission.',
})
export class ToetsresultaatModel {
  @Field()
  ontvankelijk!: boolean;

  @Field(() => [BevindingModel])
  bevindingen!: BevindingModel[];
}

export function toSubsidieregelingModel(e: SubsidieregelingEntity): SubsidieregelingModel {
  return Object.assign(new SubsidieregelingModel(), {
    id: toGlobalId('Subsidieregeling', e.id),
    dbId: e.id,
    code: e.code,
    versie: e.versie,
    naam: e.naam,
    beschrijving: e.beschrijving,
    geldigVan: e.geldigVan,
    geldigTot: e.geldigTot,
    schalen: e.schalen,
    aanvragers: e.aanvragers,
    maximumBedrag: e.maximumBedrag,
    beslistermijnWeken: e.beslistermijnWeken,
    besluitvorming: e.besluitvorming,
    verdeelmethode: e.verdeelmethode,
    voorwaarden: e.voorwaarden.map((v) => Object.assign(new VoorwaardeModel(), v)),
    aanvraagperiodeVan: e.aanvraagperiodeVan ?? null,
    aanvraagperiodeTot: e.aanvraagperiodeTot ?? null,
    criteria: (e.criteria ?? []).map((c) => Object.assign(new TenderCriteriumModel(), c)),
    gedeeltelijkToekennen: e.gedeeltelijkToekennen ?? false,
  });
}

export function toInstrumentModel(e: InstrumentEntity): InstrumentModel {
  return Object.assign(new InstrumentModel(), {
    id: toGlobalId('Instrument', e.id),
    dbId: e.id,
    naam: e.naam,
    soort: e.soort,
    beschrijving: e.beschrijving,
    voorwaarden: e.voorwaarden,
    actief: e.actief,
    regelingCode: e.regelingCode,
  });
}

export function toSubsidieplafondModel(e: SubsidieplafondEntity): SubsidieplafondModel {
  return Object.assign(new SubsidieplafondModel(), {
    periode: e.periode,
    bedrag: e.bedrag,
    verleend: e.verleend,
    gereserveerd: e.gereserveerd,
    beschikbaar: e.bedrag - e.verleend - e.gereserveerd,
    stadsdeelDbId: e.stadsdeelId,
  });
}

export function toToetsresultaatModel(bevindingen: Bevinding[]): ToetsresultaatModel {
  return Object.assign(new ToetsresultaatModel(), {
    ontvankelijk: bevindingen.every((b) => b.voldaan),
    bevindingen: bevindingen.map((b) => Object.assign(new BevindingModel(), b)),
  });
}
