import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AangemaaktOp, centenTransformer, GewijzigdOp } from '@buurtwerk/core';

/**
 * CONCEPT: being drawn up. VASTGESTELD: the year's programme. EVALUATIE: the year is ending; the
 * figures are gathered. GEEVALUEERD: evaluated and published for the council.
 */
export enum ProgrammaStatus {
  CONCEPT = 'CONCEPT',
  VASTGESTELD = 'VASTGESTELD',
  EVALUATIE = 'EVALUATIE',
  GEEVALUEERD = 'GEEVALUEERD',
}

/** An action of a goal with its owner (a department or partner organisation). */
export interface ProgrammaActie {
  omschrijving: string;
  eigenaar: string;
}

/**
 * The yearly uitvoeringsprogramma (policy: "jaarlijkse uitvoeringsprogramma's", "jaarlijks …
 * geëvalueerd"), per stadsdeel or city-wide (stadsdeel null); one per year and area.
 */
@Entity('uitvoeringsprogramma')
@Index(['jaar'], { unique: true, where: 'stadsdeel_id IS NULL' })
@Index(['jaar', 'stadsdeelId'], { unique: true, where: 'stadsdeel_id IS NOT NULL' })
@Check('CHK_uitvoeringsprogramma_status', `"status" IN ('CONCEPT','VASTGESTELD','EVALUATIE','GEEVALUEERD')`)
@Check('CHK_uitvoeringsprogramma_venster', '"inbreng_tot" IS NULL OR "inbreng_tot" >= "inbreng_van"')
@Check('CHK_uitvoeringsprogramma_evaluatie', `"status" <> 'GEEVALUEERD' OR ("conclusie" IS NOT NULL AND "cijfers" IS NOT NULL)`)
export class UitvoeringsprogrammaEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'integer' })
  jaar!: number;

  /** The stadsdeel (buurten's id); null for the city-wide programme. */
  @Column({ type: 'uuid', nullable: true })
  stadsdeelId!: string | null;

  @Column({ type: 'text' })
  titel!: string;

  /** The programme's introduction: what the year is about. */
  @Column({ type: 'text' })
  inleiding!: string;

  @Column({ type: 'text' })
  status!: ProgrammaStatus;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  vastgesteldOp!: Date | null;

  /** The partners' consultation window on the draft (Europe/Amsterdam days); null: not opened. */
  @Column({ type: 'date', nullable: true })
  inbrengVan!: string | null;

  @Column({ type: 'date', nullable: true })
  inbrengTot!: string | null;

  /** The municipality's conclusion of the evaluation. */
  @Column({ type: 'text', nullable: true })
  conclusie!: string | null;

  /** The year report's figures at the moment of evaluating (so the published evaluation stays as it was sent). */
  @Column({ type: 'jsonb', nullable: true })
  cijfers!: Record<string, unknown> | null;

  /** Published: the council is informed (public from then on). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  geevalueerdOp!: Date | null;

  /** `sub` of the policy officer who drew it up. */
  @Column({ type: 'text' })
  opgesteldDoor!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/** A goal of the programme, linked to needs of the buurtagenda, with its actions and owner. */
@Entity('programma_doel')
export class ProgrammaDoelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  programmaId!: string;

  @ManyToOne(() => UitvoeringsprogrammaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programma_id' })
  programma?: UitvoeringsprogrammaEntity;

  @Column({ type: 'text' })
  titel!: string;

  /** The department or partner responsible for the goal. */
  @Column({ type: 'text' })
  eigenaar!: string;

  /** Needs of the buurtagenda the goal answers (this library's `behoefte` ids). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  behoefteIds!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  acties!: ProgrammaActie[];

  @AangemaaktOp()
  aangemaaktOp!: Date;
}

/** The budget of the programme per instrument of the menukaart (cents). */
@Entity('programma_budget')
@Unique('UQ_programma_budget_instrument', ['programmaId', 'instrumentId'])
@Check('CHK_programma_budget_bedrag', '"bedrag" >= 0')
export class ProgrammaBudgetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  programmaId!: string;

  @ManyToOne(() => UitvoeringsprogrammaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programma_id' })
  programma?: UitvoeringsprogrammaEntity;

  /** Instrument of subsidieregels (checked through SubsidieregelsService). */
  @Column({ type: 'uuid' })
  instrumentId!: string;

  @Column({ type: 'bigint', transformer: centenTransformer })
  bedrag!: number;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/** INBRENG: a partner's input on the draft in the window. EVALUATIE: a partner's evaluation at year end. */
export enum InbrengSoort {
  INBRENG = 'INBRENG',
  EVALUATIE = 'EVALUATIE',
}

/** What a partner organisation contributes to the programme ("samen met diverse partners in de buurt"). */
@Entity('programma_inbreng')
@Index(['programmaId', 'ingediendOp'])
@Check('CHK_programma_inbreng_soort', `"soort" IN ('INBRENG','EVALUATIE')`)
export class ProgrammaInbrengEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  programmaId!: string;

  @ManyToOne(() => UitvoeringsprogrammaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programma_id' })
  programma?: UitvoeringsprogrammaEntity;

  @Column({ type: 'text' })
  soort!: InbrengSoort;

  /** The partner organisation it comes from (partners' id; checked through PartnersService). */
  @Column({ type: 'uuid' })
  organisatieId!: string;

  @Column({ type: 'text' })
  tekst!: string;

  /** `sub` of the partner who wrote it. */
  @Index()
  @Column({ type: 'text' })
  ingediendDoor!: string;

  @AangemaaktOp()
  ingediendOp!: Date;
}
