import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp } from '@buurtwerk/core';
import { BesluitUitkomst, InitiatiefEntity, type Verschoning } from './initiatief.entity';

export enum Stemkeuze {
  VOOR = 'VOOR',
  TEGEN = 'TEGEN',
  ONTHOUDING = 'ONTHOUDING',
}

/** A group of residents that assesses small initiatives of its buurten (buurtaktie-regeling). */
@Entity('buurtpanel')
@Check('"quorum" >= 1')
export class BuurtpanelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'uuid', array: true })
  buurtIds!: string[];

  /** Minimum number of votes cast by non-recused members for a valid outcome. */
  @Column({ type: 'integer' })
  quorum!: number;

  /** When the panel was ended (opgeheven): it keeps its votes and results, but gets no new initiatives. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  opgehevenOp!: Date | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}

/** A member of a panel, by sign-in `sub` (the identity that conflicts are matched on). */
@Entity('buurtpanel_lid')
export class BuurtpanelLidEntity {
  @PrimaryColumn({ type: 'uuid' })
  panelId!: string;

  @ManyToOne(() => BuurtpanelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'panel_id' })
  panel?: BuurtpanelEntity;

  @Index()
  @PrimaryColumn({ type: 'text' })
  gebruikerId!: string;
}

/**
 * One vote of a panel on an initiative. Open while `geslotenOp` is null and the database clock is
 * before `sluitOp`; closed exactly once (guarded UPDATE), after which the counts are frozen here.
 * An initiative that returns to staff (no quorum) can be put to a panel again: one open vote per
 * initiative at a time.
 */
@Entity('panelstemming')
@Index(['initiatiefId'], { unique: true, where: 'gesloten_op IS NULL' })
@Index(['sluitOp'], { where: 'gesloten_op IS NULL' })
export class PanelstemmingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  initiatiefId!: string;

  @ManyToOne(() => InitiatiefEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiatief_id' })
  initiatief?: InitiatiefEntity;

  @Index()
  @Column({ type: 'uuid' })
  panelId!: string;

  @ManyToOne(() => BuurtpanelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'panel_id' })
  panel?: BuurtpanelEntity;

  @Column({ type: 'timestamptz', precision: 3 })
  sluitOp!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  geslotenOp!: Date | null;

  @Column({ type: 'integer', nullable: true })
  aantalVoor!: number | null;

  @Column({ type: 'integer', nullable: true })
  aantalTegen!: number | null;

  @Column({ type: 'integer', nullable: true })
  aantalOnthouding!: number | null;

  /** Null while open, and when the quorum was not reached. */
  @Column({ type: 'text', nullable: true })
  uitkomst!: BesluitUitkomst | null;

  /** Members who had to step aside, fixed at closing. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  verschoningen!: Array<Verschoning & { gebruikerId: string | null }>;

  /**
   * The considerations of the counted votes, fixed at closing without who gave them: the substance
   * of the panel's advice (the panel advises; the official with the mandate decides).
   */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  overwegingen!: Array<{ keuze: Stemkeuze; toelichting: string }>;

  /** Set when the official decided on this advice: whether the decision follows it. */
  @Column({ type: 'boolean', nullable: true })
  adviesGevolgd!: boolean | null;

  /** Why the decision deviates from the advice (required then), or the official's added remark. */
  @Column({ type: 'text', nullable: true })
  afwijkingsreden!: string | null;

  @Column({ type: 'text' })
  voorgelegdDoorSub!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}

/** A member's vote: secret to everyone but the voter. One per member; a new vote replaces it while open. */
@Entity('panelstem')
export class PanelstemEntity {
  @PrimaryColumn({ type: 'uuid' })
  stemmingId!: string;

  @ManyToOne(() => PanelstemmingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stemming_id' })
  stemming?: PanelstemmingEntity;

  @PrimaryColumn({ type: 'text' })
  gebruikerId!: string;

  @Column({ type: 'text' })
  keuze!: Stemkeuze;

  @Column({ type: 'text', nullable: true })
  toelichting!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  uitgebrachtOp!: Date;
}
