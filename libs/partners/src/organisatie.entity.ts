import { Check, Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '@buurtwerk/core';
import { BuurtEntity } from '@buurtwerk/buurten';

export enum OrganisatieSoort {
  BUURTORGANISATIE = 'BUURTORGANISATIE',
  STICHTING = 'STICHTING',
  VERENIGING = 'VERENIGING',
  MAATSCHAPPELIJKE_PARTNER = 'MAATSCHAPPELIJKE_PARTNER',
  ONDERNEMER = 'ONDERNEMER',
  OVERIG = 'OVERIG',
}

@Entity('organisatie')
@Index(['gewijzigdOp', 'id'])
@Check(`"soort" IN ('BUURTORGANISATIE','STICHTING','VERENIGING','MAATSCHAPPELIJKE_PARTNER','ONDERNEMER','OVERIG')`)
export class OrganisatieEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'text' })
  zoeknaam!: string;

  @Column({ type: 'text' })
  soort!: OrganisatieSoort;

  @Column({ type: 'text', nullable: true })
  kvkNummer!: string | null;

  @Column({ type: 'text', nullable: true })
  beschrijving!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @ManyToMany(() => BuurtEntity)
  @JoinTable({ name: 'organisatie_buurt', joinColumn: { name: 'organisatie_id' }, inverseJoinColumn: { name: 'buurt_id' } })
  buurten?: BuurtEntity[];

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/** A board seat or other position at an organisation (public, as in the trade register). */
@Entity('bestuursfunctie')
export class BestuursfunctieEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  organisatieId!: string;

  @ManyToOne(() => OrganisatieEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisatie_id' })
  organisatie?: OrganisatieEntity;

  @Column({ type: 'text' })
  persoon!: string;

  @Column({ type: 'text' })
  functie!: string;

  @Column({ type: 'date' })
  vanaf!: string;

  @Column({ type: 'date', nullable: true })
  tot!: string | null;

  /** `sub` of the person's sign-in token; used to match conflicts of interest by identity. */
  @Index()
  @Column({ type: 'text', nullable: true })
  gebruikerId!: string | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

@Entity('activiteit')
@Index(['gewijzigdOp', 'id'])
@Index(['begin', 'id'])
// eind too, so counting a buurt's current activities is an index-only scan (PartnersService.nogBezigOfLater).
@Index(['buurtId', 'begin', 'eind'])
// GiST on tstzrange(begin, eind): what is running at a moment; TypeORM cannot declare it, migration
// Prestaties creates it and synchronize: false keeps the schema diff quiet.
@Index('IDX_activiteit_looptijd', { synchronize: false })
export class ActiviteitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  titel!: string;

  @Column({ type: 'text', nullable: true })
  beschrijving!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  begin!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  eind!: Date | null;

  @Column({ type: 'text', nullable: true })
  locatie!: string | null;

  @Column({ type: 'uuid' })
  buurtId!: string;

  @ManyToOne(() => BuurtEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buurt_id' })
  buurt?: BuurtEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisatorId!: string | null;

  @ManyToOne(() => OrganisatieEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisator_id' })
  organisator?: OrganisatieEntity | null;

  /** Link to an initiative (added as a foreign key by the initiatives module's migration). */
  @Column({ type: 'uuid', nullable: true })
  initiatiefId!: string | null;

  @Column({ type: 'boolean', default: false })
  vrijwilligersGezocht!: boolean;

  @Column({ type: 'boolean', default: false })
  geannuleerd!: boolean;

  /** `sub` of who published it. */
  @Column({ type: 'text' })
  gepubliceerdDoor!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}
