import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, centenTransformer, GewijzigdOp } from '@buurtwerk/core';

/** How the advances of a year are spread (Awb 4:95: advances on the grant, paid on a schedule). */
export enum Voorschotschema {
  KWARTAAL = 'KWARTAAL',
  MAAND = 'MAAND',
}

/** Where a yearly subsidy stands (docs/domein.md, "Yearly subsidies for buurtorganisaties"). */
export enum JaarsubsidieStatus {
  /** Received; the ceiling of the book year holds the amount asked (Awb 4:25). */
  INGEDIEND = 'INGEDIEND',
  /** Granted for the year (Awb 4:29), advances planned (Awb 4:95). */
  VERLEEND = 'VERLEEND',
  /** Refused (Awb 4:35, 4:25), or refused because it came after the application deadline. */
  AFGEWEZEN = 'AFGEWEZEN',
  /** The organisation has rendered account (Awb 4:44: the application for settlement). */
  VERANTWOORD = 'VERANTWOORD',
  /** Settled (Awb 4:42, 4:46); recovery or extra payment recorded. */
  VASTGESTELD = 'VASTGESTELD',
}

/** A budget line: a cost, the organisation's own income, or a subsidy from someone else. */
export enum BegrotingSoort {
  KOSTEN = 'KOSTEN',
  EIGEN_INKOMSTEN = 'EIGEN_INKOMSTEN',
  ANDERE_SUBSIDIE = 'ANDERE_SUBSIDIE',
}

/** One activity of the plan: where, for whom, and the output it promises (and, at account, realised). */
export interface Activiteitregel {
  code: string;
  omschrijving: string;
  buurtcodes: string[];
  doelgroepen: string[];
  eenheid: string;
  gepland: number;
  gerealiseerd?: number | null;
  toelichting?: string | null;
}

/** One line of the budget in cents; `gerealiseerd` is filled in with the account. */
export interface Begrotingsregel {
  code: string;
  omschrijving: string;
  soort: BegrotingSoort;
  bedrag: number;
  gerealiseerd?: number | null;
}

/** The previous year's figures as the organisation states them. */
export interface VorigJaar {
  kosten: number;
  inkomsten: number;
  subsidie: number;
  bereik: number | null;
}

/**
 * The yearly subsidy rule: which subsidieregeling (its ceiling per book year, Awb 4:22–4:25) and
 * the cycle of the year. Conditions are JSON Logic over the facts of an application
 * (`JAARFEITNAMEN`, jaarsubsidie.rules.ts), checked when the rule is saved.
 */
@Entity('jaarsubsidieregeling')
@Check('CHK_jaarsubsidieregeling_procent', '"voorschot_procent" BETWEEN 0 AND 100')
export class JaarsubsidieregelingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  naam!: string;

  /** The subsidieregeling whose ceiling for the book year (periode = book year) holds the money. */
  @Column({ type: 'text' })
  regelingCode!: string;

  /** Last day to apply, as MM-DD in the year before the book year (e.g. 10-01: 1 October). */
  @Column({ type: 'text' })
  aanvraagUiterlijk!: string;

  /** Last day to render account, as MM-DD in the year after the book year (Awb 4:44 lid 2). */
  @Column({ type: 'text' })
  verantwoordingUiterlijk!: string;

  /** Awb 4:44: the new term given when no account came in time, in days, before settling ex officio. */
  @Column({ type: 'int', default: 28 })
  nieuweTermijnDagen!: number;

  @Column({ type: 'text' })
  voorschotschema!: Voorschotschema;

  /** Share of the grant paid as advances (Awb 4:95), the rest after settlement. */
  @Column({ type: 'int' })
  voorschotProcent!: number;

  /** From this granted amount an accountant's statement goes with the account (cents). */
  @Column({ type: 'bigint', transformer: centenTransformer })
  accountantsverklaringVanaf!: number;

  /** Awb 4:38: a shift between cost lines above this percentage of the line must be reported. */
  @Column({ type: 'int', default: 10 })
  meldingsdrempelProcent!: number;

  @Column({ type: 'bigint', nullable: true, transformer: centenTransformer })
  maximumBedrag!: number | null;

  /** Days before the account deadline on which a reminder goes out (job runner). */
  @Column({ type: 'int', array: true, default: () => "'{28,7}'" })
  herinneringDagen!: number[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  voorwaarden!: Array<{ code: string; omschrijving: string; regel: unknown }>;

  /** Awb 4:37–4:38: the obligations attached to every grant under this rule. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  verplichtingen!: string[];

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/** One application of one organisation for one book year under one rule, and its whole cycle. */
@Entity('jaarsubsidie')
@Index(['regelingId', 'organisatieId', 'boekjaar'], { unique: true })
export class JaarsubsidieEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  referentie!: string;

  @Column({ type: 'uuid' })
  regelingId!: string;

  @Index()
  @Column({ type: 'uuid' })
  organisatieId!: string;

  @Column({ type: 'int' })
  boekjaar!: number;

  @Index()
  @Column({ type: 'text' })
  status!: JaarsubsidieStatus;

  @Column({ type: 'text' })
  ingediendDoorSub!: string;

  @Column({ type: 'text' })
  ingediendDoor!: string;

  /** Where letters go (the organisation's address as the applicant gives it). */
  @Column({ type: 'text' })
  contactEmail!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  ingediendOp!: Date;

  @Column({ type: 'date' })
  ontvangenDatum!: string;

  @Column({ type: 'bigint', transformer: centenTransformer })
  gevraagdBedrag!: number;

  @Column({ type: 'jsonb' })
  activiteiten!: Activiteitregel[];

  @Column({ type: 'jsonb' })
  begroting!: Begrotingsregel[];

  @Column({ type: 'jsonb', nullable: true })
  vorigJaar!: VorigJaar | null;

  /** The check at receipt (the same function as the live check). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  bevindingen!: Array<{ voorwaarde: string; voldaan: boolean; toelichting: string }>;

  @Column({ type: 'uuid', nullable: true })
  plafondId!: string | null;

  /** Held in the ceiling until the decision (Awb 4:25). */
  @Column({ type: 'bigint', default: 0, transformer: centenTransformer })
  gereserveerdBedrag!: number;

  @Column({ type: 'bigint', nullable: true, transformer: centenTransformer })
  verleendBedrag!: number | null;

  /** Awb 4:34: a multi-year grant runs through this book year, each later year under the budget proviso. */
  @Column({ type: 'int', nullable: true })
  meerjarigTot!: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  verplichtingen!: string[];

  @Column({ type: 'date', nullable: true })
  verantwoordingUiterlijk!: string | null;

  /** Awb 4:44: the new term after the deadline passed unused; settlement ex officio after it. */
  @Column({ type: 'date', nullable: true })
  nieuweTermijnTot!: string | null;

  /** The reminders sent (days before the deadline, and 0 for the new term), so each goes once. */
  @Column({ type: 'int', array: true, default: () => "'{}'" })
  herinneringenVerstuurd!: number[];

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  verantwoordOp!: Date | null;

  @Column({ type: 'text', nullable: true })
  activiteitenverslag!: string | null;

  /** The accountant's statement (kenmerk of the statement) when the grant is at or above the rule's amount. */
  @Column({ type: 'text', nullable: true })
  accountantsverklaring!: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: centenTransformer })
  vastgesteldBedrag!: number | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

export enum BetalingSoort {
  /** Awb 4:95. */
  VOORSCHOT = 'VOORSCHOT',
  /** Awb 4:87: the rest after settlement, within four weeks. */
  NABETALING = 'NABETALING',
  /** Awb 4:57: unspent advances reclaimed; the organisation pays the municipality. */
  TERUGVORDERING = 'TERUGVORDERING',
}

export enum BetalingStatus {
  GEPLAND = 'GEPLAND',
  BETAALD = 'BETAALD',
  VERVALLEN = 'VERVALLEN',
}

/** A payment to (or, for a recovery, from) the organisation, with its due date, for the financial system. */
@Entity('jaarsubsidie_betaling')
@Index(['status', 'vervaldatum'])
export class JaarsubsidieBetalingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  jaarsubsidieId!: string;

  @Column({ type: 'text' })
  soort!: BetalingSoort;

  @Column({ type: 'int' })
  volgnummer!: number;

  @Column({ type: 'bigint', transformer: centenTransformer })
  bedrag!: number;

  @Column({ type: 'date' })
  vervaldatum!: string;

  @Column({ type: 'text' })
  status!: BetalingStatus;

  @Column({ type: 'date', nullable: true })
  betaaldOp!: string | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}

export enum JaarbesluitSoort {
  VERLENING = 'VERLENING',
  AFWIJZING = 'AFWIJZING',
  /** Awb 4:48–4:50 as far as staff change the grant during the year, or the organisation reported a change. */
  WIJZIGING = 'WIJZIGING',
  VASTSTELLING = 'VASTSTELLING',
  /** Awb 4:44: settled ex officio after the account did not come, also not in the new term. */
  AMBTSHALVE_VASTSTELLING = 'AMBTSHALVE_VASTSTELLING',
}

/** Awb 4:46 lid 2: the only grounds for settling below the grant, per line. */
export enum LagereVaststellingGrond {
  /** Sub a: the activities did not (fully) take place. */
  NIET_UITGEVOERD = 'NIET_UITGEVOERD',
  /** Sub b: the obligations attached to the subsidy were not met. */
  VERPLICHTINGEN_NIET_NAGEKOMEN = 'VERPLICHTINGEN_NIET_NAGEKOMEN',
  /** Sub c: incorrect or incomplete information was given. */
  ONJUISTE_GEGEVENS = 'ONJUISTE_GEGEVENS',
  /** Sub d: the grant was otherwise incorrect and the recipient knew or should have known. */
  ONJUISTE_VERLENING = 'ONJUISTE_VERLENING',
}

export interface VaststellingRegel {
  code: string;
  begroot: number;
  gerealiseerd: number | null;
  aanvaard: number;
  grond: LagereVaststellingGrond | null;
  motivering: string | null;
}

/** A decision on a yearly subsidy, with its reasons and its letter; never changed, only made known once. */
@Entity('jaarsubsidie_besluit')
export class JaarsubsidieBesluitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  jaarsubsidieId!: string;

  @Column({ type: 'text' })
  soort!: JaarbesluitSoort;

  @Column({ type: 'bigint', nullable: true, transformer: centenTransformer })
  bedrag!: number | null;

  @Column({ type: 'text' })
  motivering!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  regels!: VaststellingRegel[];

  @Column({ type: 'timestamptz', precision: 3 })
  genomenOp!: Date;

  @Column({ type: 'date' })
  datum!: string;

  @Column({ type: 'text' })
  genomenDoor!: string;

  @Column({ type: 'text' })
  genomenDoorSub!: string;

  @Column({ type: 'text' })
  orgaan!: string;

  @Column({ type: 'text', nullable: true })
  mandaat!: string | null;

  /** The letter as sent (plain text; the same text goes in the mail). */
  @Column({ type: 'text' })
  brief!: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  bekendgemaaktOp!: Date | null;

  @Column({ type: 'date', nullable: true })
  bezwaarMogelijkTot!: string | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;
}

export enum WijzigingSoort {
  ACTIVITEIT_VERVALT = 'ACTIVITEIT_VERVALT',
  BEGROTINGSVERSCHUIVING = 'BEGROTINGSVERSCHUIVING',
  OVERIG = 'OVERIG',
}

/** Awb 4:38 (duty to report): a material change the organisation reports during the year. */
@Entity('jaarsubsidie_wijziging')
export class JaarsubsidieWijzigingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  jaarsubsidieId!: string;

  @Column({ type: 'text' })
  soort!: WijzigingSoort;

  @Column({ type: 'text' })
  omschrijving!: string;

  /** For a cancelled activity: its code; for a shift: the cost line it moves from. */
  @Column({ type: 'text', nullable: true })
  betreft!: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: centenTransformer })
  bedrag!: number | null;

  @Column({ type: 'text' })
  gemeldDoorSub!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  gemeldOp!: Date;

  /** The decision that dealt with it (a WIJZIGING), null while open. */
  @Column({ type: 'uuid', nullable: true })
  besluitId!: string | null;
}

/** The year's next reference per book year (JS-2027-0001), as initiatives number theirs. */
@Entity('jaarsubsidie_referentieteller')
export class JaarsubsidieReferentietellerEntity {
  @PrimaryColumn({ type: 'int' })
  jaar!: number;

  @Column({ type: 'int' })
  laatste!: number;
}
