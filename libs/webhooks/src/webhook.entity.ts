import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '@buurtwerk/core';
import { type Doelgroep, type Kenmerkwaarde, WebhookBerichtvorm } from './webhook.rules';

/**
 * The transactional outbox: one row per event, written in the same transaction as the change
 * it reports. The row is the event: its id is the CloudEvents id, its creation time `time`.
 */
@Entity('webhook_gebeurtenis')
@Index(['uitgewaaierdOp', 'aangemaaktOp'])
export class GebeurtenisEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  kanaal!: string;

  /** CloudEvents type, e.g. `nl.heerlen.buurtwerk.activiteit.gepubliceerd`. */
  @Column({ type: 'text' })
  type!: string;

  /** Global id of what the event is about (CloudEvents `subject`). */
  @Column({ type: 'text' })
  onderwerp!: string;

  /**
   * Attributes subscriptions filter on, e.g. `{ "buurtcode": "BU09171000" }`, or a list for
   * several values (`{ "buurtcode": ["BU09171000", "BU09171001"] }`; see KENMERKEN_PASSEN).
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  kenmerken!: Record<string, Kenmerkwaarde>;

  /** Public data only: never personal data (docs/domein.md, invariant 12). */
  @Column({ type: 'jsonb' })
  data!: object;

  /**
   * Null: a public event, for every matching subscription. Otherwise who may receive it
   * (`Doelgroep`, checked per subscription at fan-out); required on the closed channels.
   */
  @Column({ type: 'jsonb', nullable: true })
  doelgroep!: Doelgroep | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  /** Set once deliveries for the matching subscriptions exist. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  uitgewaaierdOp!: Date | null;
}

@Entity('webhook_abonnement')
@Index(['kanaal'])
@Check('CHK_webhook_abonnement_berichtvorm', `"berichtvorm" IN ('CLOUDEVENTS','NOTIFICATIES')`)
@Index(['organisatieId'])
export class AbonnementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  callbackUrl!: string;

  @Column({ type: 'text' })
  kanaal!: string;

  /** All must match the event's kenmerken: `{ kenmerk: waarde }` (equal, or one of a list; KENMERKEN_PASSEN). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  filters!: Record<string, string>;

  /**
   * Signing secret (`whsec_…`). Kept readable because every delivery is signed with it; shown
   * to the subscriber once.
   */
  @Column({ type: 'text' })
  geheim!: string;

  /** CloudEvents (NL GOV profile) or the VNG Notificaties API message. */
  @Column({ type: 'text', default: WebhookBerichtvorm.CLOUDEVENTS })
  berichtvorm!: WebhookBerichtvorm;

  /**
   * The `Authorization` header value the receiver asked for (the Notificaties API's `auth`, e.g.
   * `Bearer …`), sent with every delivery; write-only through the API.
   */
  @Column({ type: 'text', nullable: true })
  autorisatie!: string | null;

  /** The partner organisation that owns it (null: municipal, made by a BEHEERDER). */
  @Column({ type: 'uuid', nullable: true })
  organisatieId!: string | null;

  /** `sub` of who created it (user or `apisleutel:<id>`). */
  @Column({ type: 'text' })
  aangemaaktDoor!: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  beeindigdOp!: Date | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

export enum AfleveringStatus {
  WACHTEND = 'WACHTEND',
  AFGELEVERD = 'AFGELEVERD',
  MISLUKT = 'MISLUKT',
  GEANNULEERD = 'GEANNULEERD',
}

/** One event for one subscription: delivered at least once, retried with backoff. */
@Entity('webhook_aflevering')
@Index(['abonnementId', 'gebeurtenisId'], { unique: true })
@Index(['status', 'volgendePogingOp'])
@Index(['abonnementId', 'aangemaaktOp', 'id'])
@Index(['gebeurtenisId'])
@Check(`"status" IN ('WACHTEND','AFGELEVERD','MISLUKT','GEANNULEERD')`)
export class AfleveringEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  abonnementId!: string;

  @ManyToOne(() => AbonnementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'abonnement_id' })
  abonnement?: AbonnementEntity;

  @Column({ type: 'uuid' })
  gebeurtenisId!: string;

  @ManyToOne(() => GebeurtenisEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gebeurtenis_id' })
  gebeurtenis?: GebeurtenisEntity;

  @Column({ type: 'text', default: AfleveringStatus.WACHTEND })
  status!: AfleveringStatus;

  /** Attempts in the current round (a manual replay starts a new round). */
  @Column({ type: 'integer', default: 0 })
  pogingen!: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  volgendePogingOp!: Date | null;

  /** Lease of the worker that claimed it; after it expires another worker may take over. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  geclaimdTot!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  claim!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  afgeleverdOp!: Date | null;

  @Column({ type: 'integer', nullable: true })
  laatsteStatuscode!: number | null;

  @Column({ type: 'integer', nullable: true })
  laatsteDuurMs!: number | null;

  @Column({ type: 'text', nullable: true })
  laatsteFout!: string | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/** The delivery log: one row per attempt, append-only. */
@Entity('webhook_poging')
@Index(['afleveringId', 'op'])
export class PogingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  afleveringId!: string;

  @ManyToOne(() => AfleveringEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'aflevering_id' })
  aflevering?: AfleveringEntity;

  /** Attempt number within its round. */
  @Column({ type: 'integer' })
  nummer!: number;

  @Column({ type: 'timestamptz', precision: 3 })
  op!: Date;

  @Column({ type: 'integer', nullable: true })
  statuscode!: number | null;

  @Column({ type: 'integer' })
  duurMs!: number;

  @Column({ type: 'boolean' })
  geslaagd!: boolean;

  /** Error text, truncated (no response bodies are stored). */
  @Column({ type: 'text', nullable: true })
  fout!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  volgendePogingOp!: Date | null;
}
