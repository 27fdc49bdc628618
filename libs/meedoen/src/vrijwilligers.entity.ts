import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '@buurtwerk/core';
import { BuurtEntity } from '@buurtwerk/buurten';
import { InitiatiefEntity } from '@buurtwerk/initiatives';
import { OrganisatieEntity } from '@buurtwerk/partners';

export enum VerzoekStatus {
  OPEN = 'OPEN',
  GEANNULEERD = 'GEANNULEERD',
}

export enum VrijwilligerStatus {
  AANGEMELD = 'AANGEMELD',
  WACHTLIJST = 'WACHTLIJST',
  AFGEMELD = 'AFGEMELD',
}

/** Themes of volunteer work, for finding requests and matching them with profiles. */
export enum VrijwilligersThema {
  GROEN_EN_BUITEN = 'GROEN_EN_BUITEN',
  SPORT_EN_SPEL = 'SPORT_EN_SPEL',
  ZORG_EN_WELZIJN = 'ZORG_EN_WELZIJN',
  JEUGD = 'JEUGD',
  OUDEREN = 'OUDEREN',
  CULTUUR = 'CULTUUR',
  TAAL_EN_LEREN = 'TAAL_EN_LEREN',
  SCHOON_EN_VEILIG = 'SCHOON_EN_VEILIG',
  EVENEMENTEN = 'EVENEMENTEN',
  OVERIG = 'OVERIG',
}

/**
 * A request for volunteers, posted by an organisation (its members, core's Lidmaatschappen) or by
 * a granted initiative (its initiator). Exactly one of the two organises it.
 */
@Entity('vrijwilligersverzoek')
@Index(['buurtId', 'begin'])
@Index(['thema', 'begin'])
@Index('IDX_vrijwilligersverzoek_te_matchen', ['aangemaaktOp'], { where: 'matches_gemaild_op IS NULL' })
@Check('CHK_vrijwilligersverzoek_aantal', '"aantal" > 0')
@Check('CHK_vrijwilligersverzoek_periode', '"eind" IS NULL OR "eind" > "begin"')
@Check('CHK_vrijwilligersverzoek_status', `"status" IN ('OPEN','GEANNULEERD')`)
@Check('CHK_vrijwilligersverzoek_organisator', '("organisatie_id" IS NULL) <> ("initiatief_id" IS NULL)')
export class VrijwilligersverzoekEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** What the volunteers will do. */
  @Column({ type: 'text' })
  titel!: string;

  @Column({ type: 'text' })
  beschrijving!: string;

  @Column({ type: 'text' })
  thema!: VrijwilligersThema;

  @Column({ type: 'timestamptz', precision: 3 })
  begin!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  eind!: Date | null;

  @Column({ type: 'text' })
  locatie!: string;

  @Column({ type: 'uuid' })
  buurtId!: string;

  @ManyToOne(() => BuurtEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buurt_id' })
  buurt?: BuurtEntity;

  /** How many volunteers are needed: the places; more sign-ups go onto the waiting list. */
  @Column({ type: 'integer' })
  aantal!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  vaardigheden!: string[];

  @Column({ type: 'integer', nullable: true })
  minimumLeeftijd!: number | null;

  /** A certificate of conduct (Verklaring Omtrent het Gedrag) is needed, e.g. for work with children. */
  @Column({ type: 'boolean', default: false })
  vogNodig!: boolean;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisatieId!: string | null;

  @ManyToOne(() => OrganisatieEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisatie_id' })
  organisatie?: OrganisatieEntity | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  initiatiefId!: string | null;

  @ManyToOne(() => InitiatiefEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiatief_id' })
  initiatief?: InitiatiefEntity | null;

  /** Shown as the organiser: the organisation's name or the initiative's title at posting (public data). */
  @Column({ type: 'text' })
  organisatorNaam!: string;

  @Column({ type: 'text', default: VerzoekStatus.OPEN })
  status!: VerzoekStatus;

  /**
   * Counters of the sign-ups, changed only while the request row is locked (as for network
   * meetings), so a sign-up needs no count inside the lock: AANGEMELD, WACHTLIJST, and the highest
   * `volgnummer` given (order of receipt).
   */
  @Column({ type: 'integer', default: 0 })
  aangemeld!: number;

  @Column({ type: 'integer', default: 0 })
  wachtlijst!: number;

  @Column({ type: 'integer', default: 0 })
  hoogsteVolgnummer!: number;

  /** When the opt-in mail to matching volunteer profiles was queued (VrijwilligersMatching); null: not yet. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  matchesGemaildOp!: Date | null;

  /** `sub` of who posted it. */
  @Column({ type: 'text' })
  geplaatstDoor!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/**
 * A resident's sign-up for a volunteer request (signed in; one per account per request).
 * `volgnummer` is the order of receipt; the waiting-list position is derived from it.
 */
@Entity('vrijwilligersaanmelding')
@Unique('UQ_vrijwilligersaanmelding_gebruiker', ['verzoekId', 'gebruikerId'])
@Unique('UQ_vrijwilligersaanmelding_volgnummer', ['verzoekId', 'volgnummer'])
@Index(['verzoekId', 'status', 'volgnummer'])
@Check('CHK_vrijwilligersaanmelding_status', `"status" IN ('AANGEMELD','WACHTLIJST','AFGEMELD')`)
export class VrijwilligersaanmeldingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  verzoekId!: string;

  @ManyToOne(() => VrijwilligersverzoekEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'verzoek_id' })
  verzoek?: VrijwilligersverzoekEntity;

  /** `sub` of the volunteer. */
  @Index()
  @Column({ type: 'text' })
  gebruikerId!: string;

  @Column({ type: 'text' })
  naam!: string;

  /** Contact address for the organiser. */
  @Column({ type: 'text' })
  email!: string;

  /** The address is the one the identity provider verified: only then do mails go to it. */
  @Column({ type: 'boolean', default: false })
  emailGeverifieerd!: boolean;

  @Column({ type: 'text', nullable: true })
  telefoon!: string | null;

  /** A note for the organiser (why, experience), free text. */
  @Column({ type: 'text', nullable: true })
  toelichting!: string | null;

  @Column({ type: 'text' })
  status!: VrijwilligerStatus;

  @Column({ type: 'integer' })
  volgnummer!: number;

  /** Version of the consent text the volunteer agreed to (AVG art. 7: the controller can show it). */
  @Column({ type: 'text' })
  toestemmingVersie!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  toestemmingOp!: Date;

  /** The organiser confirmed this volunteer. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  bevestigdOp!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  afgemeldOp!: Date | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/** A resident's light volunteer profile: what they like to do, when, where; opt-in mail of matching requests. */
@Entity('vrijwilligersprofiel')
export class VrijwilligersprofielEntity {
  /** `sub` of the resident: one profile per account. */
  @PrimaryColumn({ type: 'text' })
  gebruikerId!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interesses!: VrijwilligersThema[];

  /** Free text: e.g. "zaterdagochtend", "doordeweeks na 18 uur". */
  @Column({ type: 'text', nullable: true })
  beschikbaarheid!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  buurtIds!: string[];

  /** Opt-in: mail new requests that match (AVG art. 6(1)(a), withdrawn by turning it off). */
  @Column({ type: 'boolean', default: false })
  mailBijNieuweVerzoeken!: boolean;

  /** The verified address the matching requests go to; null without opt-in. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}
