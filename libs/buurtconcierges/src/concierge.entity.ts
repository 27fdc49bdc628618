import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp } from '@buurtwerk/core';

/** A buurtconciërge: a known face in the street, assigned to buurten with their availability. */
@Entity('buurtconcierge')
export class BuurtconciergeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The concierge's sign-in id: the requests of their buurten and their logbook are theirs. */
  @Column({ type: 'text', unique: true })
  gebruikerId!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'uuid', array: true })
  buurtIds!: string[];

  /** When they can be found, in words ("ma–do 9.00–13.00, spreekuur in het buurthuis"). */
  @Column({ type: 'text' })
  beschikbaarheid!: string;

  @AangemaaktOp()
  aangesteldOp!: Date;
}

export enum VerzoekSoort {
  HULP = 'HULP',
  MELDING = 'MELDING',
}

export enum VerzoekStatus {
  NIEUW = 'NIEUW',
  OPGEPAKT = 'OPGEPAKT',
  /** The concierge passed it to a department as a signal; the signal's feedback follows there. */
  DOORGEZET = 'DOORGEZET',
  AFGEROND = 'AFGEROND',
}

/** A resident's request to the concierge: small help, or a report (routed as a signal when a department owns it). */
@Entity('concierge_verzoek')
@Index(['buurtId', 'status'])
@Index(['gevraagdDoor'])
@Check(`"soort" IN ('HULP','MELDING')`)
@Check(`"status" IN ('NIEUW','OPGEPAKT','DOORGEZET','AFGEROND')`)
export class ConciergeVerzoekEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  buurtId!: string;

  /** The resident's `sub`. */
  @Column({ type: 'text' })
  gevraagdDoor!: string;

  @Column({ type: 'text' })
  soort!: VerzoekSoort;

  @Column({ type: 'text' })
  omschrijving!: string;

  /** The signal this report became (signalen library), when it belongs to a department. */
  @Column({ type: 'uuid', nullable: true })
  signaalId!: string | null;

  @Column({ type: 'text', nullable: true })
  signaalReferentie!: string | null;

  @Column({ type: 'text', default: VerzoekStatus.NIEUW })
  status!: VerzoekStatus;

  @Column({ type: 'uuid', nullable: true })
  conciergeId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  opgepaktOp!: Date | null;

  /** The resident's name, stored only when they consented that the concierge may use it (AVG art. 6(1)(a)). */
  @Column({ type: 'text', nullable: true })
  naamMetToestemming!: string | null;

  /** What the concierge did or answers, for the resident's "my requests". */
  @Column({ type: 'text', nullable: true })
  reactie!: string | null;

  /** Completed or passed on: the end of the concierge's part. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  afgerondOp!: Date | null;

  @AangemaaktOp()
  gevraagdOp!: Date;
}

/** One line of the concierge's light logbook: no residents' names unless they consented. */
@Entity('concierge_logregel')
@Index(['buurtId', 'datum'])
@Check(`"minuten" BETWEEN 1 AND 720`)
@Check(`"soort" IN ('CONTACT','TAAK')`)
export class ConciergeLogregelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  conciergeId!: string;

  @ManyToOne(() => BuurtconciergeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'concierge_id' })
  concierge?: BuurtconciergeEntity;

  @Column({ type: 'uuid' })
  buurtId!: string;

  @Column({ type: 'date' })
  datum!: string;

  @Column({ type: 'text' })
  soort!: 'CONTACT' | 'TAAK';

  @Column({ type: 'text' })
  categorie!: string;

  @Column({ type: 'int' })
  minuten!: number;

  /** What happened, in a few words; a resident's name only with their consent (`naamMetToestemming`). */
  @Column({ type: 'text' })
  notitie!: string;

  @Column({ type: 'text', nullable: true })
  naamMetToestemming!: string | null;

  /** Passed on to a department (a follow-up in the pilot figures). */
  @Column({ type: 'boolean', default: false })
  doorverwezen!: boolean;

  @Column({ type: 'uuid', nullable: true })
  verzoekId!: string | null;
}
