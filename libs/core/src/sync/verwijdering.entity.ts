import { Column, CreateDateColumn, Entity, type EntityManager, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A tombstone: something a partner may have mirrored no longer exists. Delta sync reads these
 * with `verwijderd(sinds)` next to the `gewijzigdSinds` lists, so a mirror never keeps rows
 * that were deleted at the source.
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

/** Records a tombstone in the caller's transaction (the deletion and its tombstone commit together). */
export async function legVerwijderingVast(tx: EntityManager, entiteit: string, globalId: string): Promise<void> {
  await tx.insert(VerwijderingEntity, { entiteit, entiteitId: globalId });
}
