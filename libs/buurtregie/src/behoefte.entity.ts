import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '@buurtwerk/core';
import { BuurtEntity } from '@buurtwerk/buurten';

/** What kind of item of the buurtagenda (policy: "wensen, behoeften en knelpunten"). */
export enum BehoefteSoort {
  WENS = 'WENS',
  BEHOEFTE = 'BEHOEFTE',
  KNELPUNT = 'KNELPUNT',
}

/** Where the item came from. */
export enum BehoefteBron {
  BUURTREGISSEUR = 'BUURTREGISSEUR',
  BEWONER = 'BEWONER',
  PARTNER = 'PARTNER',
  ENQUETE = 'ENQUETE',
  SIGNAAL = 'SIGNAAL',
}

/**
 * INGEDIEND: added by a resident or partner, not yet seen by the buurtregisseur (not public: their
 * text may hold personal data until it is curated). OPEN, OPGEPAKT and BEANTWOORD are public.
 */
export enum BehoefteStatus {
  INGEDIEND = 'INGEDIEND',
  OPEN = 'OPEN',
  OPGEPAKT = 'OPGEPAKT',
  BEANTWOORD = 'BEANTWOORD',
  VERVALLEN = 'VERVALLEN',
  AFGEWEZEN = 'AFGEWEZEN',
}

/** What a need can be linked to: records of other libraries, referenced by id. */
export enum KoppelingSoort {
  INITIATIEF = 'INITIATIEF',
  SIGNAAL = 'SIGNAAL',
  PLAN = 'PLAN',
  ACTIVITEIT = 'ACTIVITEIT',
}

/** One item of a buurt's agenda: a wish, need or bottleneck. */
@Entity('behoefte')
@Index(['buurtId', 'aangemaaktOp'])
@Check('CHK_behoefte_soort', `"soort" IN ('WENS','BEHOEFTE','KNELPUNT')`)
@Check('CHK_behoefte_bron', `"bron" IN ('BUURTREGISSEUR','BEWONER','PARTNER','ENQUETE','SIGNAAL')`)
@Check('CHK_behoefte_status', `"status" IN ('INGEDIEND','OPEN','OPGEPAKT','BEANTWOORD','VERVALLEN','AFGEWEZEN')`)
@Check('CHK_behoefte_partner', `"bron" <> 'PARTNER' OR "organisatie_id" IS NOT NULL`)
export class BehoefteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  buurtId!: string;

  @ManyToOne(() => BuurtEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buurt_id' })
  buurt?: BuurtEntity;

  @Column({ type: 'text' })
  soort!: BehoefteSoort;

  /** Free theme (e.g. "groen", "ontmoeting", "verkeer"); compared case-insensitively. */
  @Column({ type: 'text' })
  thema!: string;

  @Column({ type: 'text' })
  titel!: string;

  @Column({ type: 'text' })
  omschrijving!: string;

  @Column({ type: 'text' })
  bron!: BehoefteBron;

  @Column({ type: 'text' })
  status!: BehoefteStatus;

  /** Evidence (enquête result, numbers, a visit): what shows the need is real. */
  @Column({ type: 'text', nullable: true })
  onderbouwing!: string | null;

  /** The buurtregisseur's word on the current status (why answered, refused, lapsed). */
  @Column({ type: 'text', nullable: true })
  statusToelichting!: string | null;

  /** The partner organisation that added it (bron PARTNER). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisatieId!: string | null;

  /** `sub` of who added it. */
  @Index()
  @Column({ type: 'text' })
  ingediendDoor!: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  beantwoordOp!: Date | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/** A resident's support of a need: one per person (the unique constraint holds under concurrency). */
@Entity('behoefte_steun')
@Unique('UQ_behoefte_steun_persoon', ['behoefteId', 'gesteundDoor'])
export class BehoefteSteunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  behoefteId!: string;

  @ManyToOne(() => BehoefteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'behoefte_id' })
  behoefte?: BehoefteEntity;

  @Index()
  @Column({ type: 'text' })
  gesteundDoor!: string;

  @AangemaaktOp()
  gesteundOp!: Date;
}

/**
 * A need linked to what answers or concerns it. The other library's record is referenced by its
 * id only (no foreign key across libraries); it is checked through that library's service.
 */
@Entity('behoefte_koppeling')
@Unique('UQ_behoefte_koppeling', ['behoefteId', 'soort', 'objectId'])
@Index(['soort', 'objectId'])
@Check('CHK_behoefte_koppeling_soort', `"soort" IN ('INITIATIEF','SIGNAAL','PLAN','ACTIVITEIT')`)
export class BehoefteKoppelingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  behoefteId!: string;

  @ManyToOne(() => BehoefteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'behoefte_id' })
  behoefte?: BehoefteEntity;

  @Column({ type: 'text' })
  soort!: KoppelingSoort;

  @Column({ type: 'uuid' })
  objectId!: string;

  /** `sub` of who linked it (staff, or the initiator linking their own initiative). */
  @Column({ type: 'text' })
  gekoppeldDoor!: string;

  @AangemaaktOp()
  gekoppeldOp!: Date;
}
