import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, centenTransformer, GewijzigdOp } from '@buurtwerk/core';
import { VrijwilligersThema } from '../vrijwilligers.entity';

/**
 * The Dutch full-text search vector of a story (Snowball stemming: "speeltuinen" and "speeltuin"
 * share a lexeme), title weighted highest. An expression with a GIN index on exactly this
 * expression (created in the migration: TypeORM cannot declare one); queries must use it verbatim.
 */
export const ZOEKVECTOR =
  "(setweight(to_tsvector('dutch'::regconfig, titel), 'A') || setweight(to_tsvector('dutch'::regconfig, wat_gedaan || ' ' || voor_wie), 'B') || setweight(to_tsvector('dutch'::regconfig, wat_werkte || ' ' || wat_niet), 'C'))";
export const ZOEK_INDEX = 'IDX_ideeverhaal_zoekvector';

/**
 * A story in the idea bank ("leren van elkaar"): what an executed or settled initiative did, for
 * whom, what it cost, what worked and what did not. Public; never the initiator's name or address.
 */
@Entity('ideeverhaal')
@Index(ZOEK_INDEX, { synchronize: false })
export class IdeeverhaalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  initiatiefId!: string;

  @Column({ type: 'text' })
  titel!: string;

  @Column({ type: 'text' })
  watGedaan!: string;

  @Column({ type: 'text' })
  voorWie!: string;

  @Column({ type: 'text' })
  watWerkte!: string;

  @Column({ type: 'text' })
  watNiet!: string;

  @Column({ type: 'text' })
  thema!: VrijwilligersThema;

  /** Real cost in cents (the initiative's reported cost), or null when unknown. */
  @Column({ type: 'bigint', nullable: true, transformer: centenTransformer })
  kosten!: number | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  buurtIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  stadsdeelId!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  instrumentIds!: string[];

  /** `sub` of who published it (the initiator); never shown. */
  @Column({ type: 'text' })
  gepubliceerdDoor!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}
