import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AangemaaktOp } from '@buurtwerk/core';
import type { Kenmerk, PanelKans } from './sortitie.types';

/** Where an assembly is: taking volunteers, distribution published, panel drawn. */
export enum BeraadStatus {
  AANMELDEN = 'AANMELDEN',
  VERDELING_BEREKEND = 'VERDELING_BEREKEND',
  GELOOT = 'GELOOT',
}

/** A citizens' assembly (burgerberaad): topic, size, features with quotas, and its audited draw. */
@Entity('burgerberaad')
@Index(['aanmeldenTot', 'id'])
@Check(`"status" IN ('AANMELDEN','VERDELING_BEREKEND','GELOOT')`)
@Check(`"grootte" BETWEEN 1 AND 150`)
export class BurgerberaadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  onderwerp!: string;

  /** What the assembly is about and what is asked of members (staff text, no personal data). */
  @Column({ type: 'text' })
  beschrijving!: string;

  @Column({ type: 'int' })
  grootte!: number;

  @Column({ type: 'jsonb' })
  kenmerken!: Kenmerk[];

  @Column({ type: 'timestamptz', precision: 3 })
  aanmeldenTot!: Date;

  /** How the seed will be obtained, announced before the distribution (e.g. "drand quicknet, ronde 12345678"). */
  @Column({ type: 'text' })
  zaadBron!: string;

  /** Optional SHA-256 (hex) of the seed, committed in advance; the draw refuses any other seed. */
  @Column({ type: 'text', nullable: true })
  zaadToezegging!: string | null;

  @Column({ type: 'text', default: BeraadStatus.AANMELDEN })
  status!: BeraadStatus;

  // The audit of the draw: inputs hash, distribution, seed, lot number and the panel drawn.
  @Column({ type: 'text', nullable: true })
  invoerHash!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  verdeling!: PanelKans[] | null;

  @Column({ type: 'jsonb', nullable: true })
  statistiek!: Record<string, number> | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  verdelingBerekendOp!: Date | null;

  @Column({ type: 'text', nullable: true })
  zaad!: string | null;

  @Column({ type: 'double precision', nullable: true })
  lotgetal!: number | null;

  @Column({ type: 'int', nullable: true })
  gekozenPanel!: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  gelootOp!: Date | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}

/** A volunteer's registration for an assembly (personal data: see beraad.persoonsgegevens.ts). */
@Entity('beraad_aanmelding')
@Unique(['beraadId', 'aangemeldDoor'])
// Export and pseudonymisation find a person's registrations by sub.
@Index(['aangemeldDoor'])
@Check(`"toestemming" = true`)
export class BeraadAanmeldingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  beraadId!: string;

  @ManyToOne(() => BurgerberaadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'beraad_id' })
  beraad?: BurgerberaadEntity;

  /** The resident's sign-in id (`sub`). */
  @Column({ type: 'text' })
  aangemeldDoor!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** One value per feature of the assembly (age band, stadsdeel …). */
  @Column({ type: 'jsonb' })
  kenmerken!: Record<string, string>;

  /** Consent to the processing for the draw (AVG art. 6(1)(a)); a registration without it is not stored. */
  @Column({ type: 'boolean' })
  toestemming!: boolean;

  /** LEXIMIN selection probability, once the distribution is computed. */
  @Column({ type: 'double precision', nullable: true })
  selectiekans!: number | null;

  @Column({ type: 'boolean', default: false })
  geselecteerd!: boolean;

  @AangemaaktOp()
  aangemeldOp!: Date;
}
