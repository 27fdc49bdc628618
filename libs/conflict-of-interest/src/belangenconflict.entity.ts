import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '@buurtwerk/core';
import { OrganisatieEntity } from '@buurtwerk/partners';

export enum AmbtsdragerFunctie {
  RAADSLID = 'RAADSLID',
  WETHOUDER = 'WETHOUDER',
  BURGEMEESTER = 'BURGEMEESTER',
  COMMISSIELID = 'COMMISSIELID',
}

/** A political office holder (council member, alderman, mayor, committee member). */
@Entity('ambtsdrager')
@Check(`"functie" IN ('RAADSLID','WETHOUDER','BURGEMEESTER','COMMISSIELID')`)
@Check(`"tot" IS NULL OR "tot" >= "vanaf"`)
export class AmbtsdragerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'text' })
  functie!: AmbtsdragerFunctie;

  @Column({ type: 'text', nullable: true })
  partij!: string | null;

  @Column({ type: 'date' })
  vanaf!: string;

  @Column({ type: 'date', nullable: true })
  tot!: string | null;

  /**
   * `sub` of the office holder's sign-in token: the identity link that makes a conflict of
   * interest detectable (docs/domein.md, invariant 7). Not unique: one person may hold successive offices.
   */
  @Index()
  @Column({ type: 'text', nullable: true })
  gebruikerId!: string | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/**
 * Gemeentewet art. 12 / 41b: a public register entry of another position of an office holder.
 * Ended positions get a `tot` date; rows are never deleted (the register keeps its history).
 */
@Entity('nevenfunctie')
@Check(`"tot" IS NULL OR "tot" >= "vanaf"`)
export class NevenfunctieEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  ambtsdragerId!: string;

  @ManyToOne(() => AmbtsdragerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ambtsdrager_id' })
  ambtsdrager?: AmbtsdragerEntity;

  /** The organisation in the system, when known: the identity link used for conflicts. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisatieId!: string | null;

  @ManyToOne(() => OrganisatieEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisatie_id' })
  organisatie?: OrganisatieEntity | null;

  /** As reported; free text when the organisation is not in the system. */
  @Column({ type: 'text' })
  organisatieNaam!: string;

  @Column({ type: 'text' })
  functie!: string;

  @Column({ type: 'boolean' })
  bezoldigd!: boolean;

  @Column({ type: 'date' })
  vanaf!: string;

  @Column({ type: 'date', nullable: true })
  tot!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  gemeldOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/**
 * Someone declared an interest in an initiative themselves (ground VERKLARING). One row per
 * (initiative, user). No foreign key to `initiatief` here: the initiatives module owns that table.
 */
@Entity('belang_verklaring')
@Index(['initiatiefId', 'gebruikerId'], { unique: true })
export class BelangVerklaringEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  initiatiefId!: string;

  /** `sub` of who declared. */
  @Column({ type: 'text' })
  gebruikerId!: string;

  /** Name from the sign-in token at the moment of declaring. */
  @Column({ type: 'text' })
  persoon!: string;

  @Column({ type: 'text' })
  toelichting!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/**
 * Append-only audit trail of the register and the declarations (docs/domein.md, invariant 12). A database
 * trigger (see the migration) refuses UPDATE, DELETE and TRUNCATE, also for the application.
 */
@Entity('register_audit')
@Index(['entiteit', 'entiteitId'])
export class RegisterAuditEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `sub` of who did it. */
  @Column({ type: 'text' })
  door!: string;

  @Column({ type: 'text' })
  actie!: string;

  @Column({ type: 'text' })
  entiteit!: string;

  @Column({ type: 'uuid' })
  entiteitId!: string;

  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;

  @AangemaaktOp()
  op!: Date;
}
