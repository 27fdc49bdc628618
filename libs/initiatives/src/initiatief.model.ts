import { AfwijkingModel, toAfwijkingModellen } from './besluitvoorbereiding.model';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CentenScalar, DatumScalar, DatumTijdScalar, Node, Paginated, toGlobalId } from '@buurtwerk/core';
import { AanvragerSoort, Schaal, ToetsresultaatModel, toToetsresultaatModel } from '@buurtwerk/subsidieregels';
import { PersoonsgegevenVeld } from '@buurtwerk/privacy';
import {
  BesluitUitkomst,
  type InitiatiefEntity,
  InitiatiefStatus,
  type OndersteuningsaanvraagEntity,
  type StatusWijzigingEntity,
  type Verschoning,
  VaststellingsGrond,
} from './initiatief.entity';
import { VASTSTELLINGSGROND_TEKST } from './motivering.rules';

registerEnumType(InitiatiefStatus, { name: 'InitiatiefStatus' });
registerEnumType(BesluitUitkomst, { name: 'BesluitUitkomst' });
registerEnumType(VaststellingsGrond, {
  name: 'VaststellingsGrond',
  description: 'Why a subsidy is settled lower than granted (Awb 4:46).',
  valuesMap: Object.fromEntries(
    Object.entries(VASTSTELLINGSGROND_TEKST).map(([grond, tekst]) => [grond, { description: tekst }]),
  ) as Partial<Record<VaststellingsGrond, { description: string }>>,
});

@ObjectType('Vaststelling', { description: 'The settlement of the subsidy after the activity (Awb 4:42-4:47).' })
export class VaststellingModel {
  @Field(() => String, {
    nullable: true,
    description: 'Why the amount was settled as it was (Awb 3:46); null only for settlements recorded before it was required.',
  })
  motivering!: string | null;

  @Field(() => VaststellingsGrond, {
    nullable: true,
    description: 'Awb 4:46: the ground of a settlement below the granted amount; null when settled at the granted amount.',
  })
  grond!: VaststellingsGrond | null;
}

@ObjectType('Verdaging', {
  description: 'Awb 4:14 lid 3: the decision term was extended before it ended; the file keeps both terms.',
})
export class VerdagingModel {
  @Field(() => DatumScalar, { description: 'The decision term before the (first) delay notice.' })
  oorspronkelijkeTermijn!: string;

  @Field(() => DatumScalar, {
    description: 'The new term of the last delay notice, as given (beslissenUiterlijk adds later suspensions).',
  })
  nieuweTermijn!: string;

  @Field({ description: 'Why the decision could not be taken in time.' })
  motivering!: string;

  @Field(() => DatumTijdScalar)
  verdaagdOp!: Date;
}

/** The parts of the initiative the term and penalty fields need (not exposed as such). */
export type TermijnBron = Pick<
  InitiatiefEntity,
  | 'status'
  | 'beslissenUiterlijk'
  | 'aanvullenUiterlijk'
  | 'ingebrekestellingOntvangen'
  | 'dwangsomGestoptOp'
  | 'dwangsomBeslotenOp'
  | 'dwangsomBedrag'
  | 'dwangsomMotivering'
  | 'dwangsomBeslotenDoor'
  | 'indienerSub'
>;

/** What the caller may see: everything (the initiator, staff) or the public view without personal data. */
export type Zicht = 'volledig' | 'publiek';

@ObjectType('Initiatief', { implements: () => [Node] })
export class InitiatiefModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Human reference, e.g. INI-2027-0042.' })
  referentie!: string;

  @Field()
  titel!: string;

  @Field()
  beschrijving!: string;

  @Field(() => Schaal)
  schaal!: Schaal;

  @Field(() => AanvragerSoort)
  aanvragerSoort!: AanvragerSoort;

  @Field(() => Int, { nullable: true })
  aantalBetrokkenBewoners!: number | null;

  @Field(() => DatumScalar, { nullable: true })
  startdatum!: string | null;

  @Field(() => DatumScalar, { nullable: true })
  einddatum!: string | null;

  @Field(() => InitiatiefStatus)
  status!: InitiatiefStatus;

  @Field(() => DatumTijdScalar, { nullable: true, description: 'Moment of receipt (acknowledgement of receipt).' })
  ingediendOp!: Date | null;

  @Field(() => DatumScalar, {
    nullable: true,
    description:
      'Legal decision deadline: submission + beslistermijn, plus any time suspended while waiting for more information.',
  })
  beslissenUiterlijk!: string | null;

  @PersoonsgegevenVeld()
  @Field(() => String, { nullable: true, description: 'Name of the initiator: only for the initiator and staff.' })
  indiener!: string | null;

  @Field(() => String, { nullable: true, description: 'What staff asked to add (while AANVULLING_GEVRAAGD).' })
  aanvullingVerzoek!: string | null;

  @Field(() => DatumScalar, { nullable: true, description: 'Date by which the requested information is expected.' })
  aanvullenUiterlijk!: string | null;

  @Field(() => ToetsresultaatModel, {
    nullable: true,
    description:
      'Findings of the check at submission (the same check as toetsInitiatief, plus the ceiling). Only for the initiator and staff.',
  })
  toetsresultaat!: ToetsresultaatModel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Report of the execution (after UITGEVOERD). Only for the initiator and staff.',
  })
  verslag!: string | null;

  @Field(() => CentenScalar, {
    nullable: true,
    description: 'Actual costs reported with the execution. Only for the initiator and staff.',
  })
  werkelijkeKosten!: number | null;

  @Field(() => VaststellingModel, {
    nullable: true,
    description: 'The settlement, once VASTGESTELD. Only for the initiator and staff.',
  })
  vaststelling!: VaststellingModel | null;

  @Field(() => VerdagingModel, {
    nullable: true,
    description:
      'Awb 4:14: the delay notice, with the original and the new term; null without one. Only for the initiator and staff.',
  })
  verdaging!: VerdagingModel | null;

  @Field(() => DatumTijdScalar)
  gewijzigdOp!: Date;

  termijnBron!: TermijnBron;
  dbId!: string;
  zicht!: Zicht;
  buurtDbIds!: string[];
  stadsdeelDbId!: string | null;
  organisatieDbId!: string | null;
  indienerSub!: string;
  indienerEmail!: string | null;
  besluit!: {
    uitkomst: BesluitUitkomst;
    motivering: string;
    genomenOp: Date;
    genomenDoor: string;
    /** Decisions before issue 18 only; the term of a decision is in its `besluit` row. */
    bezwaarMogelijkTot: string | null;
    verschoningen: Verschoning[];
    afwijkingen: AfwijkingModel[];
    afwijkingMotivering: string | null;
  } | null;
}

@ObjectType('InitiatiefConnection')
export class InitiatiefConnection extends Paginated(InitiatiefModel, 'Initiatief') {}

@ObjectType('Ondersteuningsaanvraag')
export class OndersteuningsaanvraagModel {
  @Field(() => ID)
  id!: string;

  @Field(() => CentenScalar, { nullable: true })
  gevraagdBedrag!: number | null;

  @Field(() => CentenScalar, { nullable: true })
  eigenBijdrage!: number | null;

  @Field(() => String, { nullable: true })
  toelichting!: string | null;

  @Field(() => CentenScalar, { nullable: true, description: 'Reserved in the ceiling (order of receipt) while undecided.' })
  gereserveerdBedrag!: number | null;

  @Field(() => CentenScalar, { nullable: true })
  toegekendBedrag!: number | null;

  @Field(() => CentenScalar, { nullable: true })
  vastgesteldBedrag!: number | null;

  instrumentDbId!: string;
  regelingDbId!: string | null;
}

@ObjectType('StatusWijziging')
export class StatusWijzigingModel {
  @Field(() => InitiatiefStatus, { nullable: true })
  van!: InitiatiefStatus | null;

  @Field(() => InitiatiefStatus)
  naar!: InitiatiefStatus;

  @Field(() => DatumTijdScalar)
  op!: Date;

  @PersoonsgegevenVeld()
  @Field()
  door!: string;

  @PersoonsgegevenVeld()
  @Field(() => String, { nullable: true })
  toelichting!: string | null;
}

export function toInitiatiefModel(e: InitiatiefEntity, zicht: Zicht): InitiatiefModel {
  const volledig = zicht === 'volledig';
  return Object.assign(new InitiatiefModel(), {
    id: toGlobalId('Initiatief', e.id),
    dbId: e.id,
    zicht,
    referentie: e.referentie ?? `CONCEPT-${e.id.slice(0, 8).toUpperCase()}`,
    titel: e.titel,
    beschrijving: e.beschrijving,
    schaal: e.schaal,
    aanvragerSoort: e.aanvragerSoort,
    aantalBetrokkenBewoners: e.aantalBetrokkenBewoners,
    startdatum: e.startdatum,
    einddatum: e.einddatum,
    status: e.status,
    ingediendOp: e.ingediendOp,
    beslissenUiterlijk: e.beslissenUiterlijk,
    indiener: volledig ? e.indienerNaam : null,
    aanvullingVerzoek: volledig ? e.aanvullingVerzoek : null,
    aanvullenUiterlijk: volledig ? e.aanvullenUiterlijk : null,
    toetsresultaat: volledig && e.toetsresultaat ? toToetsresultaatModel(e.toetsresultaat) : null,
    verslag: volledig ? e.verslag : null,
    werkelijkeKosten: volledig ? e.werkelijkeKosten : null,
    vaststelling:
      volledig && e.status === InitiatiefStatus.VASTGESTELD
        ? Object.assign(new VaststellingModel(), { motivering: e.vaststellingToelichting, grond: e.vaststellingGrond })
        : null,
    verdaging:
      volledig && e.oorspronkelijkBeslissenUiterlijk && e.verdaagdTot && e.verdaagdOp
        ? Object.assign(new VerdagingModel(), {
            oorspronkelijkeTermijn: e.oorspronkelijkBeslissenUiterlijk,
            nieuweTermijn: e.verdaagdTot,
            motivering: e.verdagingMotivering ?? '',
            verdaagdOp: e.verdaagdOp,
          })
        : null,
    gewijzigdOp: e.gewijzigdOp,
    termijnBron: {
      status: e.status,
      beslissenUiterlijk: e.beslissenUiterlijk,
      aanvullenUiterlijk: e.aanvullenUiterlijk,
      ingebrekestellingOntvangen: e.ingebrekestellingOntvangen,
      dwangsomGestoptOp: e.dwangsomGestoptOp,
      dwangsomBeslotenOp: e.dwangsomBeslotenOp,
      dwangsomBedrag: e.dwangsomBedrag,
      dwangsomMotivering: e.dwangsomMotivering,
      dwangsomBeslotenDoor: e.dwangsomBeslotenDoor,
      indienerSub: e.indienerSub,
    },
    buurtDbIds: e.buurtIds,
    stadsdeelDbId: e.stadsdeelId,
    organisatieDbId: e.organisatieId,
    indienerSub: e.indienerSub,
    indienerEmail: volledig ? e.indienerEmail : null,
    besluit:
      e.besluitUitkomst && e.besluitGenomenOp
        ? {
            uitkomst: e.besluitUitkomst,
            motivering: e.besluitMotivering ?? '',
            genomenOp: e.besluitGenomenOp,
            genomenDoor: e.besluitGenomenDoor ?? '',
            bezwaarMogelijkTot: e.bezwaarMogelijkTot,
            verschoningen: e.verschoningen,
            afwijkingen: toAfwijkingModellen(e.afwijkingen ?? []),
            afwijkingMotivering: e.afwijkingMotivering ?? null,
          }
        : null,
  });
}

export function toOndersteuningsaanvraagModel(e: OndersteuningsaanvraagEntity, zicht: Zicht): OndersteuningsaanvraagModel {
  return Object.assign(new OndersteuningsaanvraagModel(), {
    id: toGlobalId('Ondersteuningsaanvraag', e.id),
    gevraagdBedrag: e.gevraagdBedrag,
    eigenBijdrage: e.eigenBijdrage,
    toelichting: zicht === 'volledig' ? e.toelichting : null,
    gereserveerdBedrag: zicht === 'volledig' ? e.gereserveerdBedrag : null,
    toegekendBedrag: e.toegekendBedrag,
    vastgesteldBedrag: e.vastgesteldBedrag,
    instrumentDbId: e.instrumentId,
    regelingDbId: e.regelingId,
  });
}

export function toStatusWijzigingModel(e: StatusWijzigingEntity, zicht: Zicht): StatusWijzigingModel {
  return Object.assign(new StatusWijzigingModel(), {
    van: e.van,
    naar: e.naar,
    op: e.op,
    // The initiator's name is personal data; staff act in their public role.
    door: zicht === 'publiek' && e.doorIndiener ? 'Initiatiefnemer' : e.door,
    toelichting: zicht === 'volledig' ? e.toelichting : null,
  });
}
