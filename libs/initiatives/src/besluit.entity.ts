import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, centenTransformer } from '@buurtwerk/core';
import { InitiatiefEntity } from './initiatief.entity';

/**
 * What kind of decision (Awb 1:3) was taken on an initiative's request. Other parts of the file add
 * their own kinds here (not handling the request, postponing the decision, the penalty for deciding
 * late, the decision on an objection); `besluit.rules.ts` says for each what the contract's
 * two-way `uitkomst` is.
 */
export enum BesluitSoort {
  /** Awb 4:29: the subsidy is granted as requested. */
  TOEKENNING = 'TOEKENNING',
  /** Granted, but less than requested (partly refused: the refused part needs its own reasons). */
  GEDEELTELIJKE_TOEKENNING = 'GEDEELTELIJKE_TOEKENNING',
  /** Awb 4:35 / 4:25: the request is refused. */
  AFWIJZING = 'AFWIJZING',
  /** Awb 4:42-4:47: the subsidy is settled after the activity. */
  VASTSTELLING = 'VASTSTELLING',
}

/** One amount in a decision: what was asked and what was granted or settled, per request. */
export interface BesluitRegel {
  aanvraagId: string;
  instrumentId: string;
  regelingId: string | null;
  gevraagd: number | null;
  bedrag: number | null;
}

/**
 * Every decision taken on an initiative, one row each (docs/domein.md, "Besluiten"): written in the
 * decision's own transaction by `BesluitenService.vastleggen`. A decision is never changed; only
 * its making known (Awb 3:41) is recorded later, once, in `bekendgemaakt_op` with the objection
 * term that follows from it (Awb 6:7-6:8).
 */
@Entity('besluit')
@Index(['initiatiefId', 'genomenOp'])
export class BesluitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  initiatiefId!: string;

  @ManyToOne(() => InitiatiefEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiatief_id' })
  initiatief?: InitiatiefEntity;

  @Column({ type: 'text' })
  soort!: BesluitSoort;

  /** The decision this one concerns (e.g. the decision objected to); null for a first decision. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  betreftBesluitId!: string | null;

  /** Total granted or settled amount in cents; null where a decision is not about an amount. */
  @Column({ type: 'bigint', nullable: true, transformer: centenTransformer })
  bedrag!: number | null;

  /** The amounts per request, as they were at the decision. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  regels!: BesluitRegel[];

  /** Awb 3:46: the reasons. */
  @Column({ type: 'text' })
  motivering!: string;

  /** Kind-specific facts (e.g. the ground of a lower settlement, Awb 4:46). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  gegevens!: Record<string, unknown>;

  @Column({ type: 'timestamptz', precision: 3 })
  genomenOp!: Date;

  /** Who signed: the official acting under mandate (or, until issue 18's panel advice, the panel). */
  @Column({ type: 'text' })
  genomenDoor!: string;

  @Column({ type: 'text' })
  genomenDoorSub!: string;

  /** The administrative body whose decision it is (Awb 1:1): the college van B&W. */
  @Column({ type: 'text' })
  orgaan!: string;

  /** Awb 10:1-10:10: on whose behalf and under which mandate the official signed; null when the body itself signed. */
  @Column({ type: 'text', nullable: true })
  mandaat!: string | null;

  /** Awb 3:41: when the decision was sent or handed to the applicant; null until then. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  bekendgemaaktOp!: Date | null;

  /** Awb 6:7-6:8: last day to object, counted from the day after making known; null until made known. */
  @Column({ type: 'date', nullable: true })
  bezwaarMogelijkTot!: string | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}
