import { Check, Column, Entity, Generated, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp } from '@buurtwerk/core';

export enum ZaakopdrachtSoort {
  /** Create the zaak of a submitted initiative (Zaken API). */
  ZAAK = 'ZAAK',
  /** Add a status to the zaak (Zaken API). */
  STATUS = 'STATUS',
  /** Register a decision with its letter (Besluiten API, Documenten API, both link tables). */
  BESLUIT = 'BESLUIT',
}

export enum ZaakopdrachtStatus {
  WACHTEND = 'WACHTEND',
  KLAAR = 'KLAAR',
  /** Given up after MAX_POGINGEN; later work on the same zaak waits behind it for a person to look. */
  MISLUKT = 'MISLUKT',
}

/**
 * The outbox of the case registration: one row per piece of work for the ZGW APIs, written in the
 * transaction of the change (submission, status change, decision) through the initiatives
 * library's hooks. Carried out in `volgnummer` order per initiative. No personal data: what a
 * row carries is the reference, title and dates of the initiative and ids of its decision.
 */
@Entity('zaakopdracht')
@Index(['status', 'volgendePogingOp'])
@Index(['initiatiefId', 'volgnummer'])
@Check(`"status" IN ('WACHTEND','KLAAR','MISLUKT')`)
@Check(`"soort" IN ('ZAAK','STATUS','BESLUIT')`)
export class ZaakopdrachtEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Order of writing (the order of the changes, as they committed their rows). */
  @Column({ type: 'bigint' })
  @Generated('increment')
  volgnummer!: string;

  @Column({ type: 'uuid' })
  initiatiefId!: string;

  @Column({ type: 'text' })
  soort!: ZaakopdrachtSoort;

  @Column({ type: 'jsonb' })
  gegevens!: Record<string, unknown>;

  /** URLs of what was created so far (besluit, document, links): a retry continues from there. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  resultaat!: Record<string, string>;

  @Column({ type: 'text', default: ZaakopdrachtStatus.WACHTEND })
  status!: ZaakopdrachtStatus;

  @Column({ type: 'integer', default: 0 })
  pogingen!: number;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  volgendePogingOp!: Date;

  /** The claim of the instance working on it, valid until `geclaimdTot` (docs/jobs.md). */
  @Column({ type: 'uuid', nullable: true })
  claim!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  geclaimdTot!: Date | null;

  @Column({ type: 'text', nullable: true })
  laatsteFout!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  uitgevoerdOp!: Date | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}

/** The zaak of an initiative: its identificatie (the initiative's reference) and, once known, its URL. */
@Entity('zaakregistratie')
export class ZaakregistratieEntity {
  @PrimaryColumn({ type: 'uuid' })
  initiatiefId!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  identificatie!: string;

  /** Stored as soon as the zaak is created or found: a zaak is never created twice. */
  @Column({ type: 'text', nullable: true })
  zaakUrl!: string | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}
