import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '@buurtwerk/core';
import { BuurtEntity, MedewerkerEntity } from '@buurtwerk/buurten';

export enum SignaalStatus {
  NIEUW = 'NIEUW',
  DOORGEZET = 'DOORGEZET',
  IN_BEHANDELING = 'IN_BEHANDELING',
  AFGEHANDELD = 'AFGEHANDELD',
}

/** Categories are data: which department (de lijn) handles them and how fast it answers. */
@Entity('signaalcategorie')
@Check('CHK_signaalcategorie_termijn', '"reactietermijn_dagen" > 0')
export class SignaalcategorieEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  naam!: string;

  /** Default department for signals of this category. */
  @Column({ type: 'text' })
  afdeling!: string;

  /** Response term in calendar days from the day of reporting. */
  @Column({ type: 'integer' })
  reactietermijnDagen!: number;

  @Column({ type: 'boolean', default: true })
  actief!: boolean;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/** Last reference number per year, for SIG-YYYY-NNNN (incremented atomically). */
@Entity('signaal_teller')
export class SignaalTellerEntity {
  @PrimaryColumn({ type: 'integer' })
  jaar!: number;

  @Column({ type: 'integer' })
  laatste!: number;
}

@Entity('signaal')
@Unique('UQ_signaal_referentie', ['referentie'])
@Index(['buurtId', 'gemeldOp'])
@Index(['gemeldOp', 'id'])
@Index(['reactieUiterlijk', 'id'])
@Check('CHK_signaal_status', `"status" IN ('NIEUW','DOORGEZET','IN_BEHANDELING','AFGEHANDELD')`)
export class SignaalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** SIG-YYYY-NNNN: what the reporter quotes when calling the municipality. */
  @Column({ type: 'text' })
  referentie!: string;

  @Column({ type: 'uuid' })
  buurtId!: string;

  @ManyToOne(() => BuurtEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buurt_id' })
  buurt?: BuurtEntity;

  @Index()
  @Column({ type: 'uuid' })
  categorieId!: string;

  @ManyToOne(() => SignaalcategorieEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'categorie_id' })
  categorieRij?: SignaalcategorieEntity;

  /** Category name as reported (stays readable if the category is renamed later). */
  @Column({ type: 'text' })
  categorie!: string;

  @Column({ type: 'text' })
  omschrijving!: string;

  @Column({ type: 'text' })
  status!: SignaalStatus;

  /** The department responsible (de lijn): the category's default until it is passed on. */
  @Column({ type: 'text', nullable: true })
  afdeling!: string | null;

  /** Feedback to the reporter when handled. */
  @Column({ type: 'text', nullable: true })
  terugkoppeling!: string | null;

  /** Invariant 10: the buurtregisseur of the buurt, linked when the signal is reported. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  buurtregisseurId!: string | null;

  @ManyToOne(() => MedewerkerEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'buurtregisseur_id' })
  buurtregisseur?: MedewerkerEntity | null;

  /** `sub` of the reporter: they see their own signals and the feedback. */
  @Index()
  @Column({ type: 'text' })
  gemeldDoor!: string;

  /** E-mail of the reporter from their sign-in, for the feedback mail. Personal data: never shown. */
  @Column({ type: 'text', nullable: true })
  melderEmail!: string | null;

  /** Date (Europe/Amsterdam) by which the department should have responded. */
  @Column({ type: 'date' })
  reactieUiterlijk!: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  afgehandeldOp!: Date | null;

  @AangemaaktOp()
  gemeldOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}
