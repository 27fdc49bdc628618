import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '../database/columns';

/**
 * An API key of a partner system. Only a SHA-256 hash of the secret is stored (the key has
 * 256 bits of entropy, so a slow hash adds nothing); the key itself is shown once.
 */
@Entity('api_sleutel')
export class ApiSleutelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  naam!: string;

  /** Public part of the key, for lookup: `bgw_<kenmerk>_<geheim>`. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  kenmerk!: string;

  @Column({ type: 'text' })
  hash!: string;

  @Column({ type: 'text', array: true })
  scopes!: string[];

  /** The organisation the key acts for (as a PARTNER). */
  @Column({ type: 'uuid', nullable: true })
  organisatieId!: string | null;

  @Column({ type: 'text' })
  aangemaaktDoor!: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  laatstGebruiktOp!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  ingetrokkenOp!: Date | null;

  /** Requests per minute allowed for this key. */
  @Column({ type: 'integer', default: 600 })
  limietPerMinuut!: number;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}
