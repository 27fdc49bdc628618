import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CentenScalar, DatumScalar, DatumTijdScalar, JsonScalar, toGlobalId } from '@buurtwerk/core';
import {
  BegrotingSoort,
  BetalingSoort,
  BetalingStatus,
  JaarbesluitSoort,
  type JaarsubsidieBesluitEntity,
  type JaarsubsidieBetalingEntity,
  type JaarsubsidieEntity,
  type JaarsubsidieregelingEntity,
  JaarsubsidieStatus,
  type JaarsubsidieWijzigingEntity,
  LagereVaststellingGrond,
  Voorschotschema,
  WijzigingSoort,
} from './jaarsubsidie.entity';

registerEnumType(JaarsubsidieStatus, { name: 'JaarsubsidieStatus' });
registerEnumType(BetalingSoort, {
  name: 'JaarsubsidieBetalingSoort',
  description: 'Advance (Awb 4:95), rest (Awb 4:87) or recovery (Awb 4:57).',
});
registerEnumType(BetalingStatus, { name: 'JaarsubsidieBetalingStatus' });
registerEnumType(JaarbesluitSoort, { name: 'JaarbesluitSoort' });

@ObjectType('Jaarvoorwaarde')
export class JaarvoorwaardeModel {
  @Field() code!: string;
  @Field() omschrijving!: string;
  @Field(() => JsonScalar) regel!: unknown;
}

@ObjectType('Jaarsubsidieregeling', { description: 'The yearly cycle of a subsidy rule for buurtorganisaties.' })
export class JaarsubsidieregelingModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() naam!: string;
  @Field() regelingCode!: string;
  @Field({ description: 'MM-DD in the year before the book year.' }) aanvraagUiterlijk!: string;
  @Field({ description: 'MM-DD in the year after the book year.' }) verantwoordingUiterlijk!: string;
  @Field(() => Int) nieuweTermijnDagen!: number;
  @Field(() => Voorschotschema) voorschotschema!: Voorschotschema;
  @Field(() => Int) voorschotProcent!: number;
  @Field(() => CentenScalar) accountantsverklaringVanaf!: number;
  @Field(() => Int) meldingsdrempelProcent!: number;
  @Field(() => CentenScalar, { nullable: true }) maximumBedrag!: number | null;
  @Field(() => [Int]) herinneringDagen!: number[];
  @Field(() => [JaarvoorwaardeModel]) voorwaarden!: JaarvoorwaardeModel[];
  @Field(() => [String]) verplichtingen!: string[];
}

export function toJaarsubsidieregelingModel(e: JaarsubsidieregelingEntity): JaarsubsidieregelingModel {
  return {
    id: toGlobalId('Jaarsubsidieregeling', e.id),
    code: e.code,
    naam: e.naam,
    regelingCode: e.regelingCode,
    aanvraagUiterlijk: e.aanvraagUiterlijk,
    verantwoordingUiterlijk: e.verantwoordingUiterlijk,
    nieuweTermijnDagen: e.nieuweTermijnDagen,
    voorschotschema: e.voorschotschema,
    voorschotProcent: e.voorschotProcent,
    accountantsverklaringVanaf: e.accountantsverklaringVanaf,
    meldingsdrempelProcent: e.meldingsdrempelProcent,
    maximumBedrag: e.maximumBedrag,
    herinneringDagen: e.herinneringDagen,
    voorwaarden: e.voorwaarden,
    verplichtingen: e.verplichtingen,
  };
}

@ObjectType('Jaaractiviteit')
export class JaaractiviteitModel {
  @Field() code!: string;
  @Field() omschrijving!: string;
  @Field(() => [String]) buurtcodes!: string[];
  @Field(() => [String]) doelgroepen!: string[];
  @Field() eenheid!: string;
  @Field(() => Int) gepland!: number;
  @Field(() => Int, { nullable: true }) gerealiseerd!: number | null;
  @Field(() => String, { nullable: true }) toelichting!: string | null;
}

@ObjectType('Begrotingsregel')
export class BegrotingsregelModel {
  @Field() code!: string;
  @Field() omschrijving!: string;
  @Field(() => BegrotingSoort) soort!: BegrotingSoort;
  @Field(() => CentenScalar) bedrag!: number;
  @Field(() => CentenScalar, { nullable: true }) gerealiseerd!: number | null;
}

@ObjectType('VorigJaar')
export class VorigJaarModel {
  @Field(() => CentenScalar) kosten!: number;
  @Field(() => CentenScalar) inkomsten!: number;
  @Field(() => CentenScalar) subsidie!: number;
  @Field(() => Int, { nullable: true }) bereik!: number | null;
}

@ObjectType('JaarBevinding')
export class JaarBevindingModel {
  @Field() voorwaarde!: string;
  @Field() voldaan!: boolean;
  @Field() toelichting!: string;
}

@ObjectType('JaarsubsidieBetaling', { description: 'A payment with its due date, as the financial system gets it.' })
export class JaarsubsidieBetalingModel {
  @Field(() => ID) id!: string;
  @Field(() => BetalingSoort) soort!: BetalingSoort;
  @Field(() => Int) volgnummer!: number;
  @Field(() => CentenScalar) bedrag!: number;
  @Field(() => DatumScalar) vervaldatum!: string;
  @Field(() => BetalingStatus) status!: BetalingStatus;
  @Field(() => DatumScalar, { nullable: true }) betaaldOp!: string | null;
}

export function toBetalingModel(b: JaarsubsidieBetalingEntity): JaarsubsidieBetalingModel {
  return {
    id: toGlobalId('JaarsubsidieBetaling', b.id),
    soort: b.soort,
    volgnummer: b.volgnummer,
    bedrag: b.bedrag,
    vervaldatum: b.vervaldatum,
    status: b.status,
    betaaldOp: b.betaaldOp,
  };
}

@ObjectType('VaststellingRegel')
export class VaststellingRegelModel {
  @Field() code!: string;
  @Field(() => CentenScalar) begroot!: number;
  @Field(() => CentenScalar, { nullable: true }) gerealiseerd!: number | null;
  @Field(() => CentenScalar, { description: 'The part of the grant withheld on this line (0: none).' }) aanvaard!: number;
  @Field(() => LagereVaststellingGrond, { nullable: true }) grond!: LagereVaststellingGrond | null;
  @Field(() => String, { nullable: true }) motivering!: string | null;
}

@ObjectType('Jaarbesluit', { description: 'A decision on a yearly subsidy with its reasons and letter.' })
export class JaarbesluitModel {
  @Field(() => ID) id!: string;
  @Field(() => JaarbesluitSoort) soort!: JaarbesluitSoort;
  @Field(() => CentenScalar, { nullable: true }) bedrag!: number | null;
  @Field() motivering!: string;
  @Field(() => [VaststellingRegelModel]) regels!: VaststellingRegelModel[];
  @Field(() => DatumScalar) datum!: string;
  @Field() genomenDoor!: string;
  @Field(() => String, { nullable: true }) mandaat!: string | null;
  @Field({ description: 'The letter as sent.' }) brief!: string;
  @Field(() => DatumTijdScalar, { nullable: true }) bekendgemaaktOp!: Date | null;
  @Field(() => DatumScalar, { nullable: true, description: 'Awb 6:7–6:8, from the day after the letter was sent.' })
  bezwaarMogelijkTot!: string | null;
}

export function toJaarbesluitModel(b: JaarsubsidieBesluitEntity): JaarbesluitModel {
  return {
    id: toGlobalId('Jaarbesluit', b.id),
    soort: b.soort,
    bedrag: b.bedrag,
    motivering: b.motivering,
    regels: b.regels,
    datum: b.datum,
    genomenDoor: b.genomenDoor,
    mandaat: b.mandaat,
    brief: b.brief,
    bekendgemaaktOp: b.bekendgemaaktOp,
    bezwaarMogelijkTot: b.bezwaarMogelijkTot,
  };
}

@ObjectType('JaarsubsidieWijziging', { description: 'Awb 4:38: a change the organisation reported.' })
export class JaarsubsidieWijzigingModel {
  @Field(() => ID) id!: string;
  @Field(() => WijzigingSoort) soort!: WijzigingSoort;
  @Field() omschrijving!: string;
  @Field(() => String, { nullable: true }) betreft!: string | null;
  @Field(() => CentenScalar, { nullable: true }) bedrag!: number | null;
  @Field(() => DatumTijdScalar) gemeldOp!: Date;
  @Field({ description: 'Dealt with by a decision.' }) afgehandeld!: boolean;
  @Field({ description: 'Awb 4:38: the change is above the threshold of the rule (it had to be reported).' })
  meldingsplichtig!: boolean;
}

export function toWijzigingModel(w: JaarsubsidieWijzigingEntity, meldingsplichtig: boolean): JaarsubsidieWijzigingModel {
  return {
    id: toGlobalId('JaarsubsidieWijziging', w.id),
    soort: w.soort,
    omschrijving: w.omschrijving,
    betreft: w.betreft,
    bedrag: w.bedrag,
    gemeldOp: w.gemeldOp,
    afgehandeld: w.besluitId !== null,
    meldingsplichtig,
  };
}

@ObjectType('JaarAfwijking', { description: 'Where the account departs from the plan or budget.' })
export class JaarAfwijkingModel {
  @Field() code!: string;
  @Field() omschrijving!: string;
}

@ObjectType('Jaarsubsidie', { description: 'An organisation’s yearly subsidy for one book year and its whole cycle.' })
export class JaarsubsidieModel {
  @Field(() => ID) id!: string;
  @Field() referentie!: string;
  @Field(() => ID) organisatieId!: string;
  @Field() organisatieNaam!: string;
  @Field(() => JaarsubsidieregelingModel) regeling!: JaarsubsidieregelingModel;
  @Field(() => Int) boekjaar!: number;
  @Field(() => JaarsubsidieStatus) status!: JaarsubsidieStatus;
  @Field(() => DatumScalar) ontvangenDatum!: string;
  @Field() ingediendDoor!: string;
  @Field(() => CentenScalar) gevraagdBedrag!: number;
  @Field(() => CentenScalar) gereserveerdBedrag!: number;
  @Field(() => CentenScalar, { nullable: true }) verleendBedrag!: number | null;
  @Field(() => CentenScalar, { nullable: true }) vastgesteldBedrag!: number | null;
  @Field(() => Int, { nullable: true }) meerjarigTot!: number | null;
  @Field(() => [JaaractiviteitModel]) activiteiten!: JaaractiviteitModel[];
  @Field(() => [BegrotingsregelModel]) begroting!: BegrotingsregelModel[];
  @Field(() => VorigJaarModel, { nullable: true }) vorigJaar!: VorigJaarModel | null;
  @Field(() => [JaarBevindingModel]) bevindingen!: JaarBevindingModel[];
  @Field(() => [String]) verplichtingen!: string[];
  @Field(() => DatumScalar, { nullable: true, description: 'Awb 4:44: last day of the account (moved per the Atw).' })
  verantwoordingUiterlijk!: string | null;
  @Field(() => DatumScalar, { nullable: true, description: 'Awb 4:44: the new term after the deadline passed unused.' })
  nieuweTermijnTot!: string | null;
  @Field({ description: "An accountant's statement goes with the account (grant at or above the rule's amount)." })
  accountantsverklaringNodig!: boolean;
  @Field(() => DatumTijdScalar, { nullable: true }) verantwoordOp!: Date | null;
  @Field(() => String, { nullable: true }) activiteitenverslag!: string | null;
  @Field(() => String, { nullable: true }) accountantsverklaring!: string | null;
  @Field(() => [JaarsubsidieBetalingModel]) betalingen!: JaarsubsidieBetalingModel[];
  @Field(() => [JaarbesluitModel]) besluiten!: JaarbesluitModel[];
  @Field(() => [JaarsubsidieWijzigingModel]) wijzigingen!: JaarsubsidieWijzigingModel[];
  @Field(() => [JaarAfwijkingModel]) afwijkingen!: JaarAfwijkingModel[];
  @Field(() => CentenScalar, { description: 'Advances paid so far.' }) betaald!: number;
}

export interface JaarsubsidieDelen {
  regeling: JaarsubsidieregelingEntity;
  organisatieNaam: string;
  betalingen: JaarsubsidieBetalingEntity[];
  besluiten: JaarsubsidieBesluitEntity[];
  wijzigingen: JaarsubsidieWijzigingEntity[];
  afwijkingen: JaarAfwijkingModel[];
  meldingsplichtig: (w: JaarsubsidieWijzigingEntity) => boolean;
}

export function toJaarsubsidieModel(e: JaarsubsidieEntity, d: JaarsubsidieDelen): JaarsubsidieModel {
  return {
    id: toGlobalId('Jaarsubsidie', e.id),
    referentie: e.referentie,
    organisatieId: toGlobalId('Organisatie', e.organisatieId),
    organisatieNaam: d.organisatieNaam,
    regeling: toJaarsubsidieregelingModel(d.regeling),
    boekjaar: e.boekjaar,
    status: e.status,
    ontvangenDatum: e.ontvangenDatum,
    ingediendDoor: e.ingediendDoor,
    gevraagdBedrag: e.gevraagdBedrag,
    gereserveerdBedrag: e.gereserveerdBedrag,
    verleendBedrag: e.verleendBedrag,
    vastgesteldBedrag: e.vastgesteldBedrag,
    meerjarigTot: e.meerjarigTot,
    activiteiten: e.activiteiten.map((a) => ({ ...a, gerealiseerd: a.gerealiseerd ?? null, toelichting: a.toelichting ?? null })),
    begroting: e.begroting.map((b) => ({ ...b, gerealiseerd: b.gerealiseerd ?? null })),
    vorigJaar: e.vorigJaar,
    bevindingen: e.bevindingen,
    verplichtingen: e.verplichtingen,
    verantwoordingUiterlijk: e.verantwoordingUiterlijk,
    nieuweTermijnTot: e.nieuweTermijnTot,
    accountantsverklaringNodig: (e.verleendBedrag ?? e.gevraagdBedrag) >= d.regeling.accountantsverklaringVanaf,
    verantwoordOp: e.verantwoordOp,
    activiteitenverslag: e.activiteitenverslag,
    accountantsverklaring: e.accountantsverklaring,
    betalingen: d.betalingen.map(toBetalingModel),
    besluiten: d.besluiten.map(toJaarbesluitModel),
    wijzigingen: d.wijzigingen.map((w) => toWijzigingModel(w, d.meldingsplichtig(w))),
    afwijkingen: d.afwijkingen,
    betaald: d.betalingen
      .filter((b) => b.soort === BetalingSoort.VOORSCHOT && b.status === BetalingStatus.BETAALD)
      .reduce((t, b) => t + b.bedrag, 0),
  };
}

@ObjectType('TeBetalenVoorschot', { description: 'One due payment for the financial system (also the JSON of the REST export).' })
export class TeBetalenModel {
  @Field(() => ID) betalingId!: string;
  @Field() referentie!: string;
  @Field() organisatie!: string;
  @Field(() => BetalingSoort) soort!: BetalingSoort;
  @Field(() => Int) volgnummer!: number;
  @Field(() => CentenScalar) bedrag!: number;
  @Field(() => DatumScalar) vervaldatum!: string;
}
