import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, centenTransformer, GewijzigdOp } from '@buurtwerk/core';
import type { AanvragerSoort, Bevinding, Schaal } from '@buurtwerk/subsidieregels';

export enum InitiatiefStatus {
  CONCEPT = 'CONCEPT',
  INGEDIEND = 'INGEDIEND',
  IN_BEHANDELING = 'IN_BEHANDELING',
  AANVULLING_GEVRAAGD = 'AANVULLING_GEVRAAGD',
  BIJ_BUURTPANEL = 'BIJ_BUURTPANEL',
  TOEGEKEND = 'TOEGEKEND',
  AFGEWEZEN = 'AFGEWEZEN',
  INGETROKKEN = 'INGETROKKEN',
  UITGEVOERD = 'UITGEVOERD',
  VASTGESTELD = 'VASTGESTELD',
  /**
   * Awb 4:5: the aanvulling term passed unused and the body decided not to handle the request. An
   * end status of its own, not AFGEWEZEN: nothing was decided on the merits, and the applicant may
   * simply apply again with the missing information.
   */
  BUITEN_BEHANDELING = 'BUITEN_BEHANDELING',
}

export enum BesluitUitkomst {
  TOEGEKEND = 'TOEGEKEND',
  AFGEWEZEN = 'AFGEWEZEN',
  /** Awb 4:5: the request is not handled (a decision with reasons, open to objection). */
  BUITEN_BEHANDELING = 'BUITEN_BEHANDELING',
}

/**
 * Why a settlement is lower than the grant. Awb 4:46 lid 2: the subsidy may be settled lower when
 * (a) the activities did not (fully) take place, (b) the obligations were not met, (c) incorrect or
 * incomplete information was given, or (d) the grant was wrong and the recipient knew or should
 * have known. Awb 4:46 lid 1: a grant "up to" a budgeted amount is settled on the actual costs,
 * which may be lower than budgeted without any shortcoming.
 */
export enum VaststellingsGrond {
  ACTIVITEITEN_NIET_VERRICHT = 'ACTIVITEITEN_NIET_VERRICHT',
  VERPLICHTINGEN_NIET_NAGEKOMEN = 'VERPLICHTINGEN_NIET_NAGEKOMEN',
  ONJUISTE_GEGEVENS = 'ONJUISTE_GEGEVENS',
  VERLENING_ONJUIST = 'VERLENING_ONJUIST',
  WERKELIJKE_KOSTEN_LAGER = 'WERKELIJKE_KOSTEN_LAGER',
}

/** Who stepped aside for a decision (kept as data, so the decision shows it forever). */
export interface Verschoning {
  persoon: string;
  grond: string;
  organisatieId: string | null;
  toelichting: string | null;
}

/** One condition of the rule a decision departed from (with a reasoned override). */
export interface Afwijking {
  voorwaarde: string;
  toelichting: string;
}

@Entity('initiatief')
@Index(['beslissenUiterlijk', 'id'])
@Index(['gewijzigdOp', 'id'])
// Expression indexes for the order of the lists (COALESCE(beslissen_uiterlijk, ...), id): TypeORM cannot
// declare them, so migration Indexen creates them and synchronize: false keeps the schema diff quiet.
@Index('IDX_initiatief_termijn', { synchronize: false })
@Index('IDX_initiatief_werkvoorraad', { synchronize: false })
// GIN on buurt_ids for `buurt_ids @> ARRAY[:buurtId]` (a buurt's initiatives); created by migration Prestaties.
@Index('IDX_initiatief_buurten', { synchronize: false })
export class InitiatiefEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** INI-YYYY-NNNN, given at submission; null while a draft. */
  @Index({ unique: true, where: 'referentie IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  referentie!: string | null;

  @Column({ type: 'text' })
  titel!: string;

  @Column({ type: 'text' })
  beschrijving!: string;

  @Column({ type: 'text' })
  schaal!: Schaal;

  @Column({ type: 'uuid', array: true })
  buurtIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  stadsdeelId!: string | null;

  @Column({ type: 'text' })
  aanvragerSoort!: AanvragerSoort;

  @Column({ type: 'uuid', nullable: true })
  organisatieId!: string | null;

  @Column({ type: 'integer', nullable: true })
  aantalBetrokkenBewoners!: number | null;

  @Column({ type: 'date', nullable: true })
  startdatum!: string | null;

  @Column({ type: 'date', nullable: true })
  einddatum!: string | null;

  @Index()
  @Column({ type: 'text' })
  status!: InitiatiefStatus;

  /** `sub` of the initiator (personal data: only they and staff see it). */
  @Index()
  @Column({ type: 'text' })
  indienerSub!: string;

  @Column({ type: 'text' })
  indienerNaam!: string;

  @Column({ type: 'text', nullable: true })
  indienerEmail!: string | null;

  /** Moment of (complete) receipt: the acknowledgement of receipt (Awb 4:3a). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  ingediendOp!: Date | null;

  @Column({ type: 'date', nullable: true })
  ingediendDatum!: string | null;

  /**
   * When the request became complete: its place in line for the ceiling (docs/domein.md,
   * invariant 3). The moment of submission, or of the aanvulling that completed it.
   */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  volledigOntvangenOp!: Date | null;

  @Column({ type: 'integer', nullable: true })
  beslistermijnWeken!: number | null;

  @Column({ type: 'date', nullable: true })
  beslissenUiterlijk!: string | null;

  /** Awb 4:15: the decision term is suspended from this date until the information arrives. */
  @Column({ type: 'date', nullable: true })
  opgeschortSinds!: string | null;

  @Column({ type: 'integer', default: 0 })
  dagenOpgeschort!: number;

  @Column({ type: 'date', nullable: true })
  aanvullenUiterlijk!: string | null;

  /** Awb 4:14: the decision term as it stood before the first delay notice; null without one. */
  @Column({ type: 'date', nullable: true })
  oorspronkelijkBeslissenUiterlijk!: string | null;

  /** Awb 4:14 lid 3: the new term of the last delay notice (before later aanvulling days). */
  @Column({ type: 'date', nullable: true })
  verdaagdTot!: string | null;

  /** `dagenOpgeschort` when the last delay notice was given: later suspensions extend the new term. */
  @Column({ type: 'integer', default: 0 })
  dagenOpgeschortBijVerdaging!: number;

  @Column({ type: 'text', nullable: true })
  verdagingMotivering!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  verdaagdOp!: Date | null;

  /** Awb 4:17: the day the applicant's notice of default was received; null without one. */
  @Column({ type: 'date', nullable: true })
  ingebrekestellingOntvangen!: string | null;

  /** Awb 4:17 lid 1: the day the penalty stopped (the decision, or withdrawal); null while it may still run. */
  @Column({ type: 'date', nullable: true })
  dwangsomGestoptOp!: string | null;

  /** Awb 4:18: the decision on the penalty (amount in cents, reasons, when and by whom). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  dwangsomBeslotenOp!: Date | null;

  @Column({ type: 'bigint', nullable: true, transformer: centenTransformer })
  dwangsomBedrag!: number | null;

  @Column({ type: 'text', nullable: true })
  dwangsomMotivering!: string | null;

  @Column({ type: 'text', nullable: true })
  dwangsomBeslotenDoor!: string | null;

  @Column({ type: 'text', nullable: true })
  aanvullingVerzoek!: string | null;

  /** Findings of the check at submission (the same check toetsInitiatief runs) plus the ceiling. */
  @Column({ type: 'jsonb', nullable: true })
  toetsresultaat!: Bevinding[] | null;

  @Column({ type: 'text', nullable: true })
  besluitUitkomst!: BesluitUitkomst | null;

  @Column({ type: 'text', nullable: true })
  besluitMotivering!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  besluitGenomenOp!: Date | null;

  @Column({ type: 'text', nullable: true })
  besluitGenomenDoor!: string | null;

  @Column({ type: 'text', nullable: true })
  besluitGenomenDoorSub!: string | null;

  @Column({ type: 'date', nullable: true })
  bezwaarMogelijkTot!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  verschoningen!: Verschoning[];

  /**
   * A decision that departs from the rule (a grant above its maximum, an unmet condition, staff
   * deciding where the rule names a buurtpanel) is only taken with an explicit, reasoned override:
   * the conditions departed from and the reason, kept with the decision.
   */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  afwijkingen!: Afwijking[];

  @Column({ type: 'text', nullable: true })
  afwijkingMotivering!: string | null;

  @Column({ type: 'text', nullable: true })
  verslag!: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: centenTransformer })
  werkelijkeKosten!: number | null;

  @Column({ type: 'text', nullable: true })
  vaststellingToelichting!: string | null;

  /** Awb 4:46: the ground of a settlement below the grant; null when settled at the granted amount. */
  @Column({ type: 'text', nullable: true })
  vaststellingGrond!: VaststellingsGrond | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/** One form of support asked for, and the ledger of its money (reserved, granted, settled). */
@Entity('ondersteuningsaanvraag')
@Check('"gereserveerd_bedrag" >= 0')
export class OndersteuningsaanvraagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  initiatiefId!: string;

  @ManyToOne(() => InitiatiefEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiatief_id' })
  initiatief?: InitiatiefEntity;

  @Column({ type: 'integer' })
  volgnummer!: number;

  @Column({ type: 'uuid' })
  instrumentId!: string;

  /** The version of the rule applied, fixed at submission (decisions record their rule version). */
  @Column({ type: 'uuid', nullable: true })
  regelingId!: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: centenTransformer })
  gevraagdBedrag!: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: centenTransformer })
  eigenBijdrage!: number | null;

  @Column({ type: 'text', nullable: true })
  toelichting!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  plafondId!: string | null;

  @Column({ type: 'bigint', default: 0, transformer: centenTransformer })
  gereserveerdBedrag!: number;

  /**
   * What this request can get in order of receipt: the amount asked, capped at the rule's maximum
   * (plafond.rules.ts, aanspraak). Null when it is not in line: no ceiling, or a tender (Awb 4:26),
   * where the ceiling is allocated by ranking after the application window closes.
   */
  @Column({ type: 'bigint', nullable: true, transformer: centenTransformer })
  aanspraakBedrag!: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: centenTransformer })
  toegekendBedrag!: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: centenTransformer })
  vastgesteldBedrag!: number | null;
}

/** Every status transition, with who and when (docs/domein.md, invariant 6). Append-only. */
@Entity('initiatief_statuswijziging')
export class StatusWijzigingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  initiatiefId!: string;

  @ManyToOne(() => InitiatiefEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiatief_id' })
  initiatief?: InitiatiefEntity;

  @Column({ type: 'text', nullable: true })
  van!: InitiatiefStatus | null;

  @Column({ type: 'text' })
  naar!: InitiatiefStatus;

  @Column({ type: 'timestamptz', precision: 3 })
  op!: Date;

  @Column({ type: 'text' })
  door!: string;

  @Column({ type: 'text' })
  doorSub!: string;

  /** True when the initiator made this change (their name is personal data). */
  @Column({ type: 'boolean' })
  doorIndiener!: boolean;

  @Column({ type: 'text', nullable: true })
  toelichting!: string | null;
}

/** One counter per year for INI-YYYY-NNNN without gaps: updated in the submission transaction. */
@Entity('initiatief_referentieteller')
export class ReferentietellerEntity {
  @PrimaryColumn({ type: 'integer' })
  jaar!: number;

  @Column({ type: 'integer' })
  laatste!: number;
}
