import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '@buurtwerk/core';
import { BuurtEntity } from '@buurtwerk/buurten';
import { OrganisatieEntity } from '@buurtwerk/partners';

export enum BijeenkomstStatus {
  GEPLAND = 'GEPLAND',
  GEANNULEERD = 'GEANNULEERD',
  AFGEROND = 'AFGEROND',
}

export enum AanmeldingStatus {
  AANGEMELD = 'AANGEMELD',
  WACHTLIJST = 'WACHTLIJST',
  AFGEMELD = 'AFGEMELD',
}

/** Name of the partial unique index that enforces the rotation rule (docs/domein.md, invariant 9). */
export const GASTBUURT_INDEX = 'UQ_netwerkbijeenkomst_gastbuurt';

@Entity('netwerkbijeenkomst')
// Invariant 9: each meeting in another buurt. Enforced by the database too, so two staff
// members planning at the same moment cannot both pick the same buurt.
@Index(GASTBUURT_INDEX, ['buurtId'], { unique: true, where: `status <> 'GEANNULEERD'` })
@Index(['begin', 'id'])
@Check('CHK_netwerkbijeenkomst_capaciteit', '"capaciteit" > 0')
@Check('CHK_netwerkbijeenkomst_periode', '"eind" > "begin"')
@Check('CHK_netwerkbijeenkomst_status', `"status" IN ('GEPLAND','GEANNULEERD','AFGEROND')`)
export class NetwerkbijeenkomstEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  titel!: string;

  @Column({ type: 'text', nullable: true })
  thema!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  begin!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  eind!: Date;

  /** Host buurt. */
  @Column({ type: 'uuid' })
  buurtId!: string;

  @ManyToOne(() => BuurtEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buurt_id' })
  buurt?: BuurtEntity;

  @Column({ type: 'text' })
  locatie!: string;

  @Column({ type: 'integer' })
  capaciteit!: number;

  @Column({ type: 'text', default: BijeenkomstStatus.GEPLAND })
  status!: BijeenkomstStatus;

  /**
   * Counters of the sign-ups, kept in the same transaction as every change of a sign-up while the
   * meeting row is locked, so a sign-up needs no count over all sign-ups inside the lock:
   * AANGEMELD, WACHTLIJST, and the highest `volgnummer` given (order of receipt).
   */
  @Column({ type: 'integer', default: 0 })
  aangemeld!: number;

  @Column({ type: 'integer', default: 0 })
  wachtlijst!: number;

  @Column({ type: 'integer', default: 0 })
  hoogsteVolgnummer!: number;

  /**
   * Of `aangemeld` and `wachtlijst`: how many are held places of sign-ups not yet confirmed
   * (`bevestigenVoor` set). They keep their place in line but are not shown in the public counts
   * until confirmed, so those counts tell nobody whether a given address had signed up already.
   */
  @Column({ type: 'integer', default: 0 })
  voorlopigAangemeld!: number;

  @Column({ type: 'integer', default: 0 })
  voorlopigWachtlijst!: number;

  /** Minutes, attached by staff afterwards. */
  @Column({ type: 'text', nullable: true })
  verslag!: string | null;

  /** Initiatives discussed at the meeting (linked from the minutes). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  besprokenInitiatiefIds!: string[];

  /** `sub` of the staff member who planned it. */
  @Column({ type: 'text' })
  geplandDoor!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/**
 * A sign-up. Needs no account (invariant 9). `volgnummer` is the order of receipt within the
 * meeting; the waiting-list position is derived from it, so it only ever moves forward.
 */
@Entity('aanmelding')
@Unique('UQ_aanmelding_email', ['bijeenkomstId', 'emailSleutel'])
@Unique('UQ_aanmelding_volgnummer', ['bijeenkomstId', 'volgnummer'])
@Index(['bijeenkomstId', 'status', 'volgnummer'])
@Check('CHK_aanmelding_status', `"status" IN ('AANGEMELD','WACHTLIJST','AFGEMELD')`)
export class AanmeldingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  bijeenkomstId!: string;

  @ManyToOne(() => NetwerkbijeenkomstEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bijeenkomst_id' })
  bijeenkomst?: NetwerkbijeenkomstEntity;

  @Column({ type: 'text' })
  naam!: string;

  /** As given (shown to organisers). */
  @Column({ type: 'text' })
  email!: string;

  /** Trimmed, lower case: one sign-up per address per meeting. */
  @Column({ type: 'text' })
  emailSleutel!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisatieId!: string | null;

  @ManyToOne(() => OrganisatieEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisatie_id' })
  organisatie?: OrganisatieEntity | null;

  /** e.g. bewoner, initiatiefnemer, buurtorganisatie, ambtenaar, wethouder. */
  @Column({ type: 'text', nullable: true })
  rol!: string | null;

  /** Accessibility or dietary needs, free text. Personal data: staff only. */
  @Column({ type: 'text', nullable: true })
  wensen!: string | null;

  @Column({ type: 'text' })
  status!: AanmeldingStatus;

  @Column({ type: 'integer' })
  volgnummer!: number;

  /** SHA-256 of the cancellation code; the code itself is shown once and never stored. */
  @Column({ type: 'text' })
  afmeldcodeHash!: string;

  /** `sub` of the signed-in user, when the sign-up was made with an account. */
  @Column({ type: 'text', nullable: true })
  gebruikerId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  afgemeldOp!: Date | null;

  /**
   * Until when an unconfirmed sign-up holds its place in line (invariant 9): set at sign-up,
   * null once the person followed the link in the mail. A hold that is not confirmed in time
   * expires like a cancellation and its place goes to the next in line.
   */
  @Index('IDX_aanmelding_bevestigen_voor', { where: 'bevestigen_voor IS NOT NULL' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  bevestigenVoor!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  bevestigdOp!: Date | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}
