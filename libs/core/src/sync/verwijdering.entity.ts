import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A tombstone: something a partner may have mirrored no longer exists. Delta sync reads these
 * with `verwijderd(sinds)` next to the `gewijzigdSinds` lists, so a mirror never keeps rows
 * that were deleted at the source. Written by the database itself (trigger
 * `verwijdering_vastleggen`, migration VerwijderingenVastleggen) on every DELETE of an
 * activiteit, initiatief or organisatie, in the deleting transaction: no code path can forget it.
 */
@Entity('verwijdering')
@Index(['verwijderdOp', 'id'])
export class VerwijderingEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** GraphQL type name, e.g. 'Activiteit'. */
  @Column({ type: 'text' })
  entiteit!: string;

  /** Global id of what was deleted. */
  @Column({ type: 'text' })
  entiteitId!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  verwijderdOp!: Date;
}
