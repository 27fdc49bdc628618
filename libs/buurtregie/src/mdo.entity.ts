import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '@buurtwerk/core';

/** GEPLAND: agenda in preparation. GEHOUDEN: the meeting took place and its minutes are on record. */
export enum MdoStatus {
  GEPLAND = 'GEPLAND',
  GEHOUDEN = 'GEHOUDEN',
}

/** An action's state; VERVALLEN needs a reason (the next MDO decided it is no longer needed). */
export enum MdoActieStatus {
  OPEN = 'OPEN',
  AFGEROND = 'AFGEROND',
  VERVALLEN = 'VERVALLEN',
}

/** A participant of an MDO: a staff member of a department (no residents: the meeting is internal). */
export interface MdoDeelnemer {
  naam: string;
  afdeling: string;
}

/**
 * A multidisciplinary consultation (policy: "multidisciplinaire overleggen … die over onze buurten
 * gaan", the buurtregisseur "als schakel tussen de gemeentelijke organisatie en de buurten"). Internal:
 * staff only, minutes included.
 */
@Entity('mdo')
@Index(['datum', 'id'])
@Check('CHK_mdo_status', `"status" IN ('GEPLAND','GEHOUDEN')`)
@Check('CHK_mdo_buurten', 'cardinality("buurt_ids") > 0')
export class MdoEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  titel!: string;

  /** Day of the meeting (Europe/Amsterdam). */
  @Column({ type: 'date' })
  datum!: string;

  /** The buurten the meeting is about (buurten's ids; checked through BuurtenService). A few hundred meetings a year: no index. */
  @Column({ type: 'uuid', array: true })
  buurtIds!: string[];

  /** Participants with their department (see `afdelingen` of libs/signalen). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  deelnemers!: MdoDeelnemer[];

  @Column({ type: 'text' })
  status!: MdoStatus;

  /** The minutes; staff only. */
  @Column({ type: 'text', nullable: true })
  notulen!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  gehoudenOp!: Date | null;

  /** `sub` of the staff member who planned it. */
  @Column({ type: 'text' })
  geplandDoor!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/**
 * A decision of an MDO that the responsible department (de lijn) carries out by a deadline
 * (policy: "knelpunten in een buurt voortvarend worden opgepakt door de lijn die daarvoor
 * verantwoordelijk is"). Followed up in the next MDO of (one of) the same buurten.
 */
@Entity('mdo_actie')
@Index(['status', 'deadline'])
@Check('CHK_mdo_actie_status', `"status" IN ('OPEN','AFGEROND','VERVALLEN')`)
@Check('CHK_mdo_actie_afgerond', `"status" = 'OPEN' OR "resultaat" IS NOT NULL`)
export class MdoActieEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  mdoId!: string;

  @ManyToOne(() => MdoEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mdo_id' })
  mdo?: MdoEntity;

  /** What was decided and is to be done. */
  @Column({ type: 'text' })
  besluit!: string;

  /** The responsible department. */
  @Index()
  @Column({ type: 'text' })
  afdeling!: string;

  /** Last day (Europe/Amsterdam). */
  @Column({ type: 'date' })
  deadline!: string;

  /** The signal it concerns (signalen's id; the signal's handling follows the action). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  signaalId!: string | null;

  /** The need of the buurtagenda it concerns. */
  @Column({ type: 'uuid', nullable: true })
  behoefteId!: string | null;

  @Column({ type: 'text' })
  status!: MdoActieStatus;

  /** What was done (AFGEROND) or why it lapsed (VERVALLEN). */
  @Column({ type: 'text', nullable: true })
  resultaat!: string | null;

  /** Progress noted at the latest follow-up. */
  @Column({ type: 'text', nullable: true })
  voortgang!: string | null;

  /** The later MDO where it was last followed up. */
  @Column({ type: 'uuid', nullable: true })
  opgevolgdInMdoId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  afgerondOp!: Date | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}
