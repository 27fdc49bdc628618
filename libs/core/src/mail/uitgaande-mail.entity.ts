import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '../database/columns';

export enum MailStatus {
  WACHTEND = 'WACHTEND',
  VERZONDEN = 'VERZONDEN',
  MISLUKT = 'MISLUKT',
}

/**
 * Transactional outbox: a mail is written in the same transaction as the change it reports,
 * so it is sent if and only if that change was committed. `UitgaandeMailVerzender` delivers it.
 */
@Entity('uitgaande_mail')
@Index(['status', 'volgendePogingOp'])
@Check('CHK_uitgaande_mail_status', `"status" IN ('WACHTEND','VERZONDEN','MISLUKT')`)
export class UitgaandeMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** What the mail is about, e.g. AANMELDING_BEVESTIGD; for logs and tests. */
  @Column({ type: 'text' })
  soort!: string;

  /** Id of the row the mail is about (an aanmelding, a meeting). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  referentieId!: string | null;

  @Column({ type: 'text' })
  aan!: string;

  @Column({ type: 'text' })
  onderwerp!: string;

  @Column({ type: 'text' })
  tekst!: string;

  /** Optional HTML alternative of `tekst` (the plain text stays the accessible fallback). */
  @Column({ type: 'text', nullable: true })
  html!: string | null;

  /** Extra `List-*` header fields (one-click unsubscribe, RFC 8058), or null. */
  @Column({ type: 'jsonb', nullable: true })
  headers!: Record<string, string> | null;

  @Column({ type: 'text', default: MailStatus.WACHTEND })
  status!: MailStatus;

  @Column({ type: 'integer', default: 0 })
  pogingen!: number;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  volgendePogingOp!: Date;

  @Column({ type: 'text', nullable: true })
  laatsteFout!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  verzondenOp!: Date | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/** A file sent with a mail (e.g. a decision letter as PDF), stored with it so delivery needs nothing else. */
@Entity('uitgaande_mail_bijlage')
export class UitgaandeMailBijlageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  mailId!: string;

  @ManyToOne(() => UitgaandeMailEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mail_id' })
  mail?: UitgaandeMailEntity;

  @Column({ type: 'text' })
  bestandsnaam!: string;

  @Column({ type: 'text' })
  mediatype!: string;

  @Column({ type: 'bytea' })
  inhoud!: Buffer;
}
