import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp } from '@buurtwerk/core';
import { InitiatiefEntity } from './initiatief.entity';

/**
 * One score with reasons of one staff member on one criterion of a tender request (Awb 4:26). A new
 * score of the same person on the same criterion replaces the old one until the tender is allocated.
 */
@Entity('tender_beoordeling')
@Index(['initiatiefId', 'criterium', 'beoordelaarSub'], { unique: true })
export class TenderBeoordelingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  initiatiefId!: string;

  @ManyToOne(() => InitiatiefEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiatief_id' })
  initiatief?: InitiatiefEntity;

  @Column({ type: 'text' })
  criterium!: string;

  @Column({ type: 'integer' })
  score!: number;

  /** Why this score (about the plan, Awb 3:46). */
  @Column({ type: 'text' })
  toelichting!: string;

  @Column({ type: 'text' })
  beoordelaarSub!: string;

  @Column({ type: 'text' })
  beoordelaarNaam!: string;

  @AangemaaktOp()
  gegevenOp!: Date;
}

/** One line of an allocation, kept as it was decided (docs/domein.md, "Tenders"). */
export interface Rangregel {
  initiatiefId: string;
  referentie: string;
  plaats: number | null;
  totaal: string | null;
  beslecht: string | null;
  toegekend: number;
  reden: string;
}

/**
 * The allocation of a tender's ceiling after its window closed: once per ceiling, with the seed
 * of the lot of the tie rule, so anyone can recompute the ranking.
 */
@Entity('tender_verdeling')
export class TenderVerdelingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  plafondId!: string;

  @Column({ type: 'text' })
  regelingCode!: string;

  @Column({ type: 'text' })
  periode!: string;

  @Column({ type: 'text' })
  seed!: string;

  @Column({ type: 'jsonb' })
  rangschikking!: Rangregel[];

  @Column({ type: 'text' })
  verdeeldDoor!: string;

  @Column({ type: 'text' })
  verdeeldDoorSub!: string;

  @AangemaaktOp()
  verdeeldOp!: Date;
}
