import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AangemaaktOp, centenTransformer, GewijzigdOp } from '@buurtwerk/core';
import { BuurtEntity } from '@buurtwerk/buurten';

/** The API's counting rules (GraphQL enum `Stemregel`). */
export enum Stemregel {
  EQUAL_SHARES = 'EQUAL_SHARES',
  GREEDY = 'GREEDY',
}

/** What a ballot looks like and which constraint it must meet. */
export enum Stemwijze {
  /** Approve projects; optionally at least `minProjecten` and at most `maxProjecten`. */
  APPROVAL = 'APPROVAL',
  /** Approve projects whose total cost is at most the budget (knapsack ballot). */
  KNAPSACK = 'KNAPSACK',
  /** Distribute at most `puntenTotaal` points over projects (cumulative ballot). */
  PUNTEN = 'PUNTEN',
}

export enum StemKanaal {
  ONLINE = 'ONLINE',
  /** Entered by staff from a paper ballot; deduplicated by the code printed on it. */
  PAPIER = 'PAPIER',
  /** From an imported pabulib .pb file (a closed round, re-counted). */
  IMPORT = 'IMPORT',
}

@Entity('begrotingsronde')
@Index(['stemmenTot', 'id'])
@Check(`"regel" IN ('EQUAL_SHARES','GREEDY')`)
@Check(`"stemwijze" IN ('APPROVAL','KNAPSACK','PUNTEN')`)
@Check(`"stemmen_tot" > "stemmen_vanaf"`)
@Check(`"budget" >= 0`)
export class BegrotingsrondeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'bigint', transformer: centenTransformer })
  budget!: number;

  @Column({ type: 'timestamptz', precision: 3 })
  stemmenVanaf!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  stemmenTot!: Date;

  @Column({ type: 'text' })
  regel!: Stemregel;

  @Column({ type: 'text' })
  stemwijze!: Stemwijze;

  @Column({ type: 'int', nullable: true })
  minProjecten!: number | null;

  @Column({ type: 'int', nullable: true })
  maxProjecten!: number | null;

  @Column({ type: 'int', nullable: true })
  puntenTotaal!: number | null;

  /** A round made from an imported .pb file: closed from the start, no buurten. */
  @Column({ type: 'boolean', default: false })
  geimporteerd!: boolean;

  @ManyToMany(() => BuurtEntity)
  @JoinTable({
    name: 'begrotingsronde_buurt',
    joinColumn: { name: 'ronde_id' },
    inverseJoinColumn: { name: 'buurt_id' },
  })
  buurten?: BuurtEntity[];

  /** `sub` of the staff member who created it. */
  @Column({ type: 'text' })
  aangemaaktDoor!: string;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

@Entity('begrotingsproject')
@Unique(['rondeId', 'code'])
@Check(`"kosten" >= 0`)
export class BegrotingsprojectEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  rondeId!: string;

  @ManyToOne(() => BegrotingsrondeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ronde_id' })
  ronde?: BegrotingsrondeEntity;

  /**
   * The project's id in the count and in the .pb file. Ties are broken by this id (pabutools'
   * code-point order), so for rounds made here it is the order of addition (`0001`, `0002`, …);
   * imported projects keep their pabulib id.
   */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  titel!: string;

  @Column({ type: 'bigint', transformer: centenTransformer })
  kosten!: number;

  /** The initiative this project came from (the initiatives module owns that table). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  initiatiefId!: string | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}

/**
 * One ballot per voter per round (docs/domein.md, invariant 11). `stemmer` is never a readable identity: online it
 * is a hash of round and `sub`, on paper `papier:<code>`, imported `import:<voter_id>`. The choice
 * maps project ids to points (1 for approval ballots). No API returns a ballot (votes are secret).
 */
@Entity('begrotingsstembiljet')
@Unique(['rondeId', 'stemmer'])
@Check(`"kanaal" IN ('ONLINE','PAPIER','IMPORT')`)
export class BegrotingsstembiljetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  rondeId!: string;

  @ManyToOne(() => BegrotingsrondeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ronde_id' })
  ronde?: BegrotingsrondeEntity;

  @Column({ type: 'text' })
  stemmer!: string;

  @Column({ type: 'text' })
  kanaal!: StemKanaal;

  /** The voter's buurt at the time of voting (participation per buurt); null on paper. */
  @Column({ type: 'text', nullable: true })
  buurtcode!: string | null;

  @Column({ type: 'jsonb' })
  keuze!: Record<string, number>;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/**
 * The result, computed once when voting closes and then only read (docs/domein.md, invariant 11). Either
 * `telling` (the engine's Telling, amounts as exact strings) or `geweigerd` (why it could not be
 * counted) is set.
 */
@Entity('begrotingsuitslag')
@Check(`("telling" IS NULL) <> ("geweigerd" IS NULL)`)
export class BegrotingsuitslagEntity {
  @PrimaryColumn({ type: 'uuid' })
  rondeId!: string;

  @ManyToOne(() => BegrotingsrondeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ronde_id' })
  ronde?: BegrotingsrondeEntity;

  /** Engine rule key, e.g. `mes_cost_add1_greedy`. */
  @Column({ type: 'text' })
  regelSleutel!: string;

  /** Version of the counting (see TELLING_VERSIE); a later change of the engine is visible. */
  @Column({ type: 'text' })
  regelVersie!: string;

  /** add1 increment in cents (100 = whole euros). */
  @Column({ type: 'bigint', transformer: centenTransformer })
  add1Ophoging!: number;

  @Column({ type: 'int' })
  aantalStembiljetten!: number;

  @Column({ type: 'jsonb', nullable: true })
  telling!: GeserialiseerdeTelling | null;

  @Column({ type: 'text', nullable: true })
  geweigerd!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  berekendOp!: Date;
}

/** {@link Telling} as stored: every exact amount (Breuk) as its exact text. */
export interface GeserialiseerdeTelling {
  regel: string;
  budget: string;
  aantalStembiljetten: number;
  gekozen: string[];
  volgorde: string[];
  totaleKosten: string;
  uitleg: Array<{
    projectId: string;
    kosten: string;
    gekozen: boolean;
    ronde: number | null;
    reden: string;
    tekst: string;
    stemmen: number;
    punten: string | null;
    [veld: string]: unknown;
  }>;
  betalingen: Array<{
    stemmerId: string;
    budget: string;
    totaal: string;
    perProject: Array<{ projectId: string; bedrag: string }>;
  }>;
  add1: Record<string, unknown> | null;
}
