import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp } from '@buurtwerk/core';

/**
 * A day equated with a general holiday by decree (Atw art. 3 lid 3), with the decree that does so.
 * Kept as data: the government publishes a new decree every few years.
 */
@Entity('gelijkgestelde_dag')
export class GelijkgesteldeDagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'date' })
  datum!: string;

  /** Citation of the decree, e.g. "Besluit gelijkstelling van 2 januari 2026, … (Stcrt. …)". */
  @Column({ type: 'text' })
  besluit!: string;

  /** Who recorded it (a staff member's name; "migratie" for the seeded decree). */
  @Column({ type: 'text' })
  vastgelegdDoor!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}
