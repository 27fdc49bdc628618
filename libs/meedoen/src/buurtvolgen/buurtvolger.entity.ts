import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '@buurtwerk/core';

/**
 * A resident who follows one or more buurten and gets a weekly digest of what is new there. One
 * row per e-mail address; by e-mail it counts only once confirmed (`bevestigdOp`); signed in with a
 * verified address it is confirmed at once. Unsubscribing deletes the row.
 */
@Entity('buurtvolger')
@Index(['bevestigdOp', 'laatsteOverzichtOp'])
export class BuurtvolgerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-case address the digest goes to. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  email!: string;

  /** `sub` when the follower signed in; null when they came by e-mail only. */
  @Index()
  @Column({ type: 'text', nullable: true })
  gebruikerId!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  buurtIds!: string[];

  /** Buurten asked for by e-mail, added once the link in the confirmation mail is followed. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  voorgesteldeBuurtIds!: string[];

  /** Secret of the confirmation link; null when nothing waits for confirmation. */
  @Column({ type: 'text', nullable: true })
  bevestigcode!: string | null;

  /** Secret of the one-click unsubscribe link (RFC 8058) in every digest. */
  @Column({ type: 'text' })
  afmeldcode!: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  bevestigdOp!: Date | null;

  /** When the last digest was made (sent or, with nothing new, skipped). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  laatsteOverzichtOp!: Date | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}
