import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '@buurtwerk/core';
import { InitiatiefEntity } from '../initiatief.entity';

/** The letters the file holds. A decision letter belongs to a `besluit`; the others are not decisions. */
export enum BriefSoort {
  /** Awb 4:3a: the request was received. */
  ONTVANGSTBEVESTIGING = 'ONTVANGSTBEVESTIGING',
  /** Awb 4:5, 4:15: information is missing; the decision term is suspended. */
  AANVULLINGSVERZOEK = 'AANVULLINGSVERZOEK',
  /** Awb 3:41, 3:45-3:47: a decision with its reasons and the objection notice. */
  BESLUIT = 'BESLUIT',
  /** Awb 4:14: the decision will take longer; the new term and why. Not a decision (Awb 1:3). */
  VERDAGING = 'VERDAGING',
  /** Awb 6:14: the objection was received (libs/bezwaar). */
  BEZWAAR_ONTVANGST = 'BEZWAAR_ONTVANGST',
  /** Awb 7:11-7:12: the decision on an objection, with the notice of appeal (Awb 3:45, 8:1). */
  BESLISSING_OP_BEZWAAR = 'BESLISSING_OP_BEZWAAR',
}

/** Awb 2:14: how the applicant wants to receive letters. */
export enum Berichtkanaal {
  /** E-mail to the address the applicant gave, with the letter as PDF. */
  EMAIL = 'EMAIL',
  /** A notification in the Buurtportaal (the letter is placed in the applicant's file). */
  PORTAAL = 'PORTAAL',
}

/**
 * A letter as sent: its HTML and PDF, with the sha256 of the PDF. The content is never changed
 * (trigger `brief_onveranderlijk`); only its sending is recorded once (`verzonden_op`).
 */
@Entity('brief')
@Index(['initiatiefId', 'aangemaaktOp'])
export class BriefEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  initiatiefId!: string;

  @ManyToOne(() => InitiatiefEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiatief_id' })
  initiatief?: InitiatiefEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  besluitId!: string | null;

  /**
   * The objection (libs/bezwaar) a letter is about. Such a letter is addressed to the objector,
   * who may be someone other than the applicant: it is shown and downloadable only for them and
   * staff, not in the applicant's file.
   */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  bezwaarId!: string | null;

  @Column({ type: 'text' })
  soort!: BriefSoort;

  /** Ons kenmerk, e.g. INI-2027-0042/3. */
  @Column({ type: 'text' })
  kenmerk!: string;

  @Column({ type: 'text' })
  onderwerp!: string;

  /** Dagtekening (Europe/Amsterdam). */
  @Column({ type: 'date' })
  datum!: string;

  /** The accessible HTML page of the letter. */
  @Column({ type: 'text' })
  html!: string;

  /** The PDF (PDF/A-2a, tagged). Not selected unless asked for. */
  @Column({ type: 'bytea', select: false })
  pdf!: Buffer;

  /** sha256 of `pdf`, hex. */
  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'text' })
  kanaal!: Berichtkanaal;

  /** When the mail was delivered or the notification placed; null until then. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  verzondenOp!: Date | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}

/** The parts of a letter the municipality words itself (per regeling, or the default when `regelingCode` is empty). */
export enum BriefBlok {
  INLEIDING = 'INLEIDING',
  VERPLICHTINGEN = 'VERPLICHTINGEN',
  VERANTWOORDING = 'VERANTWOORDING',
  SLOT = 'SLOT',
}

/**
 * The wording of one block of one kind of letter (a kind of decision for decision letters), for one
 * regeling ('' = the default). The legally required parts (the decision, the amounts, the reasons,
 * the objection notice, the signature) are not blocks: they cannot be worded away.
 */
@Entity('brieftekst')
export class BrieftekstEntity {
  @PrimaryColumn({ type: 'text' })
  regelingCode!: string;

  /** A BriefSoort, or for decision letters the BesluitSoort (TOEKENNING, AFWIJZING, ...). */
  @PrimaryColumn({ type: 'text' })
  briefsoort!: string;

  @PrimaryColumn({ type: 'text' })
  blok!: BriefBlok;

  @Column({ type: 'text' })
  tekst!: string;

  @Column({ type: 'text', nullable: true })
  gewijzigdDoorSub!: string | null;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/** Awb 2:14: the channel the applicant chose for this initiative's letters. */
@Entity('berichtkanaalkeuze')
export class BerichtkanaalkeuzeEntity {
  @PrimaryColumn({ type: 'uuid' })
  initiatiefId!: string;

  @ManyToOne(() => InitiatiefEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiatief_id' })
  initiatief?: InitiatiefEntity;

  @Column({ type: 'text' })
  kanaal!: Berichtkanaal;

  @Column({ type: 'timestamptz', precision: 3 })
  gekozenOp!: Date;
}
