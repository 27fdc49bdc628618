import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AangemaaktOp } from '@buurtwerk/core';

/**
 * The ledger of 't Heerlens Heitje (docs/domein.md, invariant 14): double entry in whole heitjes.
 * UITGIFTE is the municipality's issuing account (its negative balance is every heitje issued);
 * KLUSBUDGET holds a job's reward × places; PORTEMONNEE is a resident's wallet; WINKEL what a shop
 * accepted (settled in euros monthly). Only UITGIFTE may be negative.
 */
export enum RekeningSoort {
  UITGIFTE = 'UITGIFTE',
  KLUSBUDGET = 'KLUSBUDGET',
  PORTEMONNEE = 'PORTEMONNEE',
  WINKEL = 'WINKEL',
}

@Entity('heitje_rekening')
@Unique(['soort', 'eigenaar'])
@Check(`"soort" IN ('UITGIFTE','KLUSBUDGET','PORTEMONNEE','WINKEL')`)
// Balances can never go negative (except the issuing account): the database refuses it.
@Check(`"saldo" >= 0 OR "soort" = 'UITGIFTE'`)
export class HeitjeRekeningEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  soort!: RekeningSoort;

  /** Job id, shop id, the resident's `sub` (wallet), or 'gemeente' (issuing). */
  @Column({ type: 'text' })
  eigenaar!: string;

  @Column({ type: 'bigint', default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  saldo!: number;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}

export enum TransactieSoort {
  KLUS_BEGROTEN = 'KLUS_BEGROTEN',
  BELONEN = 'BELONEN',
  BESTEDEN = 'BESTEDEN',
  KLUS_SLUITEN = 'KLUS_SLUITEN',
}

@Entity('heitje_transactie')
@Index(['op', 'id'])
@Check(`"soort" IN ('KLUS_BEGROTEN','BELONEN','BESTEDEN','KLUS_SLUITEN')`)
export class HeitjeTransactieEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  soort!: TransactieSoort;

  @Column({ type: 'text' })
  omschrijving!: string;

  @Column({ type: 'uuid', nullable: true })
  klusId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  winkelId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  op!: Date;
}

/** One line of a transaction; the lines of a transaction sum to zero (a deferred trigger checks it). */
@Entity('heitje_boeking')
@Index(['rekeningId', 'transactieId'])
@Index(['transactieId'])
@Check(`"bedrag" <> 0`)
export class HeitjeBoekingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  transactieId!: string;

  @ManyToOne(() => HeitjeTransactieEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'transactie_id' })
  transactie?: HeitjeTransactieEntity;

  @Column({ type: 'uuid' })
  rekeningId!: string;

  @ManyToOne(() => HeitjeRekeningEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rekening_id' })
  rekening?: HeitjeRekeningEntity;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  bedrag!: number;
}

export enum KlusStatus {
  OPEN = 'OPEN',
  GESLOTEN = 'GESLOTEN',
}

/** A buurtklus on the job board: materials from the municipality, guided by a buurt organisation. */
@Entity('heitje_klus')
@Index(['buurtId', 'status'])
@Check(`"status" IN ('OPEN','GESLOTEN')`)
@Check(`"beloning" BETWEEN 1 AND 10000`)
@Check(`"plaatsen" BETWEEN 1 AND 100`)
export class HeitjeKlusEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  titel!: string;

  @Column({ type: 'text' })
  beschrijving!: string;

  @Column({ type: 'uuid' })
  buurtId!: string;

  @Column({ type: 'text' })
  materialen!: string;

  /** Heitjes per participant. */
  @Column({ type: 'int' })
  beloning!: number;

  @Column({ type: 'int' })
  plaatsen!: number;

  /** The guiding buurt organisation; its members (core's Lidmaatschappen) confirm completion. */
  @Column({ type: 'uuid' })
  organisatieId!: string;

  @Column({ type: 'text', default: KlusStatus.OPEN })
  status!: KlusStatus;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}

export enum DeelnameStatus {
  GECLAIMD = 'GECLAIMD',
  VOLTOOID = 'VOLTOOID',
}

@Entity('heitje_deelname')
@Unique(['klusId', 'bewoner'])
@Index(['bewoner'])
@Check(`"status" IN ('GECLAIMD','VOLTOOID')`)
export class HeitjeDeelnameEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  klusId!: string;

  @ManyToOne(() => HeitjeKlusEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'klus_id' })
  klus?: HeitjeKlusEntity;

  /** The resident's sign-in id (`sub`). */
  @Column({ type: 'text' })
  bewoner!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'text', default: DeelnameStatus.GECLAIMD })
  status!: DeelnameStatus;

  /** The guiding organisation's note on completion. */
  @Column({ type: 'text', nullable: true })
  notitie!: string | null;

  /** Sub of the organisation member who confirmed (a partner acting in a public role). */
  @Column({ type: 'text', nullable: true })
  bevestigdDoor!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  voltooidOp!: Date | null;

  @AangemaaktOp()
  geclaimdOp!: Date;
}

/** A shop that accepts heitjes; its staff are the members of its organisation. */
@Entity('heitje_winkel')
export class HeitjeWinkelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'uuid' })
  organisatieId!: string;

  @Column({ type: 'boolean', default: true })
  actief!: boolean;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}

/** A short-lived code the resident shows; the shop confirms it to receive the amount. */
@Entity('heitje_betaalcode')
@Index(['bewoner'])
@Check(`"bedrag" > 0`)
export class HeitjeBetaalcodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  bewoner!: string;

  @Column({ type: 'int' })
  bedrag!: number;

  @Column({ type: 'timestamptz', precision: 3 })
  geldigTot!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  gebruiktOp!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  winkelId!: string | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}

/** Exchange rate as data: euro cents per heitje from a date on (used for the shops' settlement). */
@Entity('heitje_wisselkoers')
@Check(`"centen_per_heitje" > 0`)
export class HeitjeWisselkoersEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'date', unique: true })
  geldigVanaf!: string;

  @Column({ type: 'int' })
  centenPerHeitje!: number;
}

/** The yearly cap per resident, set by the municipality (so earnings stay within benefit rules). */
@Entity('heitje_jaarplafond')
@Check(`"max_heitjes" >= 0`)
export class HeitjeJaarplafondEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'int', unique: true })
  jaar!: number;

  @Column({ type: 'int' })
  maxHeitjes!: number;
}
