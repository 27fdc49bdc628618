import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '@buurtwerk/core';

/**
 * VOORBEREID: the buurtregisseurs of the touched buurten have been informed, residents not yet.
 * GEPUBLICEERD: residents and partners see the plan and can react within the window.
 */
export enum ParticipatieStatus {
  VOORBEREID = 'VOORBEREID',
  GEPUBLICEERD = 'GEPUBLICEERD',
}

export enum Standpunt {
  VOOR = 'VOOR',
  TEGEN = 'TEGEN',
  NEUTRAAL = 'NEUTRAAL',
}

/**
 * Early participation on a municipal plan (Omgevingswet: residents, organisations and businesses
 * are involved early in a plan for their surroundings). One per plan; the plan itself is signalen's
 * and is referenced by id.
 */
@Entity('plan_participatie')
@Check('CHK_plan_participatie_status', `"status" IN ('VOORBEREID','GEPUBLICEERD')`)
@Check('CHK_plan_participatie_venster', '"open_tot" >= "open_van"')
export class PlanParticipatieEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'text' })
  status!: ParticipatieStatus;

  /** What residents are asked (the question of the participation). */
  @Column({ type: 'text' })
  vraag!: string;

  /** First and last day (Europe/Amsterdam) on which reactions are accepted. */
  @Column({ type: 'date' })
  openVan!: string;

  @Column({ type: 'date' })
  openTot!: string;

  /** The medewerker ids of the buurtregisseurs informed before publication (bridge function). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  geinformeerdeRegisseurs!: string[];

  @Column({ type: 'timestamptz', precision: 3 })
  voorbereidOp!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  gepubliceerdOp!: Date | null;

  /** `sub` of the staff member who prepared it. */
  @Column({ type: 'text' })
  voorbereidDoor!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/** A resident's or partner's reaction to a published plan, and the municipality's answer. */
@Entity('plan_reactie')
@Index(['participatieId', 'ingediendOp'])
@Check('CHK_plan_reactie_standpunt', `"standpunt" IS NULL OR "standpunt" IN ('VOOR','TEGEN','NEUTRAAL')`)
export class PlanReactieEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  participatieId!: string;

  @ManyToOne(() => PlanParticipatieEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participatie_id' })
  participatie?: PlanParticipatieEntity;

  @Column({ type: 'text' })
  tekst!: string;

  @Column({ type: 'text', nullable: true })
  standpunt!: Standpunt | null;

  /** The partner organisation it was given for, if any. */
  @Column({ type: 'uuid', nullable: true })
  organisatieId!: string | null;

  @Index()
  @Column({ type: 'text' })
  ingediendDoor!: string;

  @AangemaaktOp()
  ingediendOp!: Date;

  /** The municipality's answer: what was done with the reaction (in the participation report). */
  @Column({ type: 'text', nullable: true })
  antwoord!: string | null;

  @Column({ type: 'text', nullable: true })
  beantwoordDoor!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  beantwoordOp!: Date | null;
}
