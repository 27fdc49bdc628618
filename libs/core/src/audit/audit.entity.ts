import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only audit trail (docs/domein.md, invariant 12, BIO): who did what, when, to which entity,
 * from which client. A database trigger refuses UPDATE and DELETE, so not even a bug in the
 * application can rewrite history.
 */
@Entity('audit_log')
@Index(['entiteit', 'entiteitId'])
@Index(['op'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  op!: Date;

  /** `sub` of the caller, or 'anoniem'. */
  @Column({ type: 'text' })
  door!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  rollen!: string[];

  /** The GraphQL mutation or REST operation. */
  @Column({ type: 'text' })
  operatie!: string;

  /** GraphQL type of what was changed, e.g. 'Organisatie'. */
  @Column({ type: 'text', nullable: true })
  entiteit!: string | null;

  /** Global id of what was changed. */
  @Column({ type: 'text', nullable: true })
  entiteitId!: string | null;

  /** The client: user agent or API key name. */
  @Column({ type: 'text', nullable: true })
  client!: string | null;

  /** Argument names and ids only: personal data stays out of the audit trail. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;
}
