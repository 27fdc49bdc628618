import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '@buurtwerk/core';

export enum SamenwerkingStatus {
  GEVRAAGD = 'GEVRAAGD',
  AANGENOMEN = 'AANGENOMEN',
  AFGESLAGEN = 'AFGESLAGEN',
}

/**
 * An initiator asks another initiative to cooperate ("op elkaar afgestemd"). It goes through the
 * platform: neither side sees the other's address; the other initiator accepts or declines.
 */
@Entity('samenwerkingsverzoek')
@Check('CHK_samenwerkingsverzoek_status', `"status" IN ('GEVRAAGD','AANGENOMEN','AFGESLAGEN')`)
@Check('CHK_samenwerkingsverzoek_twee', `"van_initiatief_id" <> "naar_initiatief_id"`)
// One open request per pair: a second click (or a race) does not mail the other twice.
@Index('UQ_samenwerkingsverzoek_open', ['vanInitiatiefId', 'naarInitiatiefId'], { unique: true, where: `"status" = 'GEVRAAGD'` })
export class SamenwerkingsverzoekEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  vanInitiatiefId!: string;

  @Index()
  @Column({ type: 'uuid' })
  naarInitiatiefId!: string;

  /** `sub` of the initiator who asked. */
  @Index()
  @Column({ type: 'text' })
  gevraagdDoor!: string;

  @Column({ type: 'text' })
  bericht!: string;

  @Column({ type: 'text', default: SamenwerkingStatus.GEVRAAGD })
  status!: SamenwerkingStatus;

  /** `sub` of the initiator who answered. */
  @Column({ type: 'text', nullable: true })
  beantwoordDoor!: string | null;

  @Column({ type: 'text', nullable: true })
  antwoord!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  beantwoordOp!: Date | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}
