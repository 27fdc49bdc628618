import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, centenTransformer, GewijzigdOp } from '@buurtwerk/core';
import type { AanvragerSoort, RegelVoorwaarde, Schaal } from './toetsing.rules';

export enum InstrumentSoort {
  FINANCIELE_BIJDRAGE = 'FINANCIELE_BIJDRAGE',
  MATERIAAL = 'MATERIAAL',
  PROMOTIE = 'PROMOTIE',
  LOCATIE = 'LOCATIE',
  ADVIES = 'ADVIES',
  VERZEKERING = 'VERZEKERING',
  ANDERS = 'ANDERS',
}

export enum Besluitvorming {
  AMBTELIJK = 'AMBTELIJK',
  BUURTPANEL = 'BUURTPANEL',
}

/** A published criterion of a tender (Awb 4:26): scored 0 to 10, weighed with `gewicht`. */
export interface TenderCriterium {
  code: string;
  omschrijving: string;
  gewicht: number;
}

export enum Verdeelmethode {
  VOLGORDE_VAN_BINNENKOMST = 'VOLGORDE_VAN_BINNENKOMST',
  VERGELIJKENDE_BEOORDELING = 'VERGELIJKENDE_BEOORDELING',
}

/**
 * One version of a subsidy rule. Publishing a rule with an existing code adds a new version;
 * versions are never changed, so a decision can always show the rule it applied.
 */
@Entity('subsidieregeling')
@Index(['code', 'versie'], { unique: true })
export class SubsidieregelingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'integer' })
  versie!: number;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'text' })
  beschrijving!: string;

  @Column({ type: 'date' })
  geldigVan!: string;

  @Column({ type: 'date', nullable: true })
  geldigTot!: string | null;

  @Column({ type: 'text', array: true })
  schalen!: Schaal[];

  @Column({ type: 'text', array: true })
  aanvragers!: AanvragerSoort[];

  @Column({ type: 'bigint', nullable: true, transformer: centenTransformer })
  maximumBedrag!: number | null;

  @Column({ type: 'integer' })
  beslistermijnWeken!: number;

  @Column({ type: 'text' })
  besluitvorming!: Besluitvorming;

  @Column({ type: 'text' })
  verdeelmethode!: Verdeelmethode;

  @Column({ type: 'jsonb' })
  voorwaarden!: RegelVoorwaarde[];

  /** A tender's application window (Awb 4:26), both days inclusive; null for order of receipt. */
  @Column({ type: 'date', nullable: true })
  aanvraagperiodeVan!: string | null;

  @Column({ type: 'date', nullable: true })
  aanvraagperiodeTot!: string | null;

  /** A tender's published ranking criteria with their weights (empty for order of receipt). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  criteria!: TenderCriterium[];

  /** In a tender: whether the last request that partly fits gets the rest (else all or nothing). */
  @Column({ type: 'boolean', default: false })
  gedeeltelijkToekennen!: boolean;

  /** `sub` of who published this version. */
  @Column({ type: 'text' })
  vastgesteldDoor!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}

/** An entry of the menukaart. Instruments are data: new forms of support need no code. */
@Entity('instrument')
export class InstrumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'text' })
  soort!: InstrumentSoort;

  @Column({ type: 'text' })
  beschrijving!: string;

  @Column({ type: 'text', nullable: true })
  voorwaarden!: string | null;

  /** The rule by code: requests always use its current version. */
  @Index()
  @Column({ type: 'text', nullable: true })
  regelingCode!: string | null;

  @Column({ type: 'boolean', default: true })
  actief!: boolean;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/**
 * Awb 4:22 ceiling of one rule (all its versions) for one calendar year, optionally one stadsdeel.
 * The CHECK is the database's last line of defence for invariant 2; the services keep it with
 * row locks and never rely on it for normal flow.
 */
@Entity('subsidieplafond')
@Index(['regelingCode', 'periode'], { unique: true, where: 'stadsdeel_id IS NULL' })
@Index(['regelingCode', 'periode', 'stadsdeelId'], { unique: true, where: 'stadsdeel_id IS NOT NULL' })
@Check('"verleend" >= 0 AND "gereserveerd" >= 0 AND "verleend" + "gereserveerd" <= "bedrag"')
export class SubsidieplafondEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  regelingCode!: string;

  /** Calendar year, e.g. "2027". */
  @Column({ type: 'text' })
  periode!: string;

  @Column({ type: 'uuid', nullable: true })
  stadsdeelId!: string | null;

  @Column({ type: 'bigint', transformer: centenTransformer })
  bedrag!: number;

  @Column({ type: 'bigint', default: 0, transformer: centenTransformer })
  verleend!: number;

  @Column({ type: 'bigint', default: 0, transformer: centenTransformer })
  gereserveerd!: number;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}
