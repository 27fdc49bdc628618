import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AangemaaktOp, GewijzigdOp } from '@buurtwerk/core';

/** Where an objection stands (docs/domein.md, "Objections (bezwaar)"). */
export enum BezwaarStatus {
  ONTVANGEN = 'ONTVANGEN',
  IN_BEHANDELING = 'IN_BEHANDELING',
  HOORZITTING_GEPLAND = 'HOORZITTING_GEPLAND',
  BESLOTEN = 'BESLOTEN',
  INGETROKKEN = 'INGETROKKEN',
}

/** In what capacity the objector objects (Awb 1:2, 6:4): the applicant, or another interested party. */
export enum BezwaarHoedanigheid {
  AANVRAGER = 'AANVRAGER',
  BELANGHEBBENDE = 'BELANGHEBBENDE',
}

/** The decision on the objection (Awb 7:11). */
export enum BezwaarBeslissing {
  /** Well-founded: the decision is revoked and, where needed, a new one takes its place. */
  GEGROND = 'GEGROND',
  /** Unfounded: the decision stands (its reasons may be improved). */
  ONGEGROND = 'ONGEGROND',
  /** Inadmissible: too late without excuse (Awb 6:11), no interested party, or the defects not remedied (Awb 6:6). */
  NIET_ONTVANKELIJK = 'NIET_ONTVANKELIJK',
}

/** Awb 7:3: the only grounds on which the hearing may be waived. */
export enum HoorzittingAfzienGrond {
  /** 7:3 sub a: the objection is manifestly inadmissible. */
  KENNELIJK_NIET_ONTVANKELIJK = 'KENNELIJK_NIET_ONTVANKELIJK',
  /** 7:3 sub b: the objection is manifestly unfounded. */
  KENNELIJK_ONGEGROND = 'KENNELIJK_ONGEGROND',
  /** 7:3 sub c: the interested parties said they do not wish to be heard. */
  AFSTAND_VAN_HOREN = 'AFSTAND_VAN_HOREN',
  /** 7:3 sub d: they did not say within the term set that they wish to be heard. */
  NIET_TIJDIG_VERZOCHT = 'NIET_TIJDIG_VERZOCHT',
  /** 7:3 sub e: the objection is met in full and no other interested party can be harmed by that. */
  VOLLEDIG_TEGEMOETGEKOMEN = 'VOLLEDIG_TEGEMOETGEKOMEN',
}

/** One request's amount before and after a revision on objection (kept on the objection forever). */
export interface Herziening {
  aanvraagId: string;
  van: number;
  naar: number;
}

/**
 * An objection against one decision on an initiative (Awb chapters 6 and 7). The objector's name,
 * address and grounds are personal data (bezwaar.persoonsgegevens.ts); the decision on the
 * objection, its reasons and its letter are archival records (Archiefwet).
 */
@Entity('bezwaar')
@Index(['beslissenUiterlijk', 'id'])
@Check('CHK_bezwaar_verdaging', '"verdaging_weken" BETWEEN 0 AND 6')
export class BezwaarEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** BZW-YYYY-NNNN, given at receipt. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  referentie!: string;

  @Index()
  @Column({ type: 'uuid' })
  initiatiefId!: string;

  /** The decision objected to: a row of the initiatives' decision record (`besluit`). */
  @Index()
  @Column({ type: 'uuid' })
  besluitId!: string;

  /** Its kind (BesluitSoort): only a decision on the request itself can be revised into a new grant. */
  @Column({ type: 'text' })
  besluitSoort!: string;

  /** When the decision objected to was taken (a later decision on the same initiative is another one). */
  @Column({ type: 'timestamptz', precision: 3 })
  besluitGenomenOp!: Date;

  /**
   * Awb 3:41, 6:8: the day the decision was made known; the objection term starts the day after.
   * Null when it was not made known yet (Awb 6:10: an objection before the term is not late).
   */
  @Column({ type: 'date', nullable: true })
  besluitBekendgemaaktOp!: string | null;

  /** Who took the decision objected to (Awb 7:5: they may not decide on the objection). */
  @Column({ type: 'text', nullable: true })
  besluitGenomenDoorSub!: string | null;

  @Column({ type: 'text' })
  hoedanigheid!: BezwaarHoedanigheid;

  @Index()
  @Column({ type: 'text' })
  indienerSub!: string;

  /** Awb 6:5 lid 1 sub a: name, from the signed-in identity. */
  @Column({ type: 'text' })
  indienerNaam!: string;

  /** Awb 6:5 lid 1 sub a: address. */
  @Column({ type: 'text' })
  indienerAdres!: string;

  @Column({ type: 'text', nullable: true })
  indienerEmail!: string | null;

  /** An interested party other than the applicant says what their own interest is (Awb 1:2). */
  @Column({ type: 'text', nullable: true })
  belang!: string | null;

  /** Awb 6:5 lid 1 sub d: the grounds of the objection. */
  @Column({ type: 'text' })
  gronden!: string;

  /** Awb 6:5 lid 1 sub b and 6:9: the moment of receipt. */
  @Column({ type: 'timestamptz', precision: 3 })
  ingediendOp!: Date;

  @Column({ type: 'date' })
  ingediendDatum!: string;

  /** Awb 6:7-6:8 with the Atw: the last day of the objection term (provisional, from the day of the decision, while not made known). */
  @Column({ type: 'date' })
  bezwaartermijnEinde!: string;

  /** Awb 6:9: received within the term. */
  @Column({ type: 'boolean' })
  tijdig!: boolean;

  /** Awb 6:11: staff judge whether a late objection is excusable (null: not judged, or on time). */
  @Column({ type: 'boolean', nullable: true })
  termijnoverschrijdingVerschoonbaar!: boolean | null;

  @Column({ type: 'text', nullable: true })
  termijnoverschrijdingMotivering!: string | null;

  @Index()
  @Column({ type: 'text' })
  status!: BezwaarStatus;

  /** The staff member who took it in handling (in their public role). */
  @Column({ type: 'text', nullable: true })
  behandeldDoor!: string | null;

  @Column({ type: 'text', nullable: true })
  behandeldDoorSub!: string | null;

  /** Awb 7:2: the hearing. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  hoorzittingOp!: Date | null;

  @Column({ type: 'text', nullable: true })
  hoorzittingPlaats!: string | null;

  /** Awb 7:3: waived, on one of its grounds and with reasons. */
  @Column({ type: 'text', nullable: true })
  hoorzittingAfgezienGrond!: HoorzittingAfzienGrond | null;

  @Column({ type: 'text', nullable: true })
  hoorzittingAfgezienMotivering!: string | null;

  /** Awb 7:13: an advisory committee hears and advises (the decision term is then 12 weeks). */
  @Column({ type: 'boolean', default: false })
  adviescommissie!: boolean;

  /** Awb 7:10 with the Atw: the decision on the objection is due on this day. */
  @Column({ type: 'date' })
  beslissenUiterlijk!: string;

  /** Awb 7:10 lid 3: deferred once, by at most six weeks, with notice to the objector. */
  @Column({ type: 'integer', default: 0 })
  verdagingWeken!: number;

  @Column({ type: 'text', nullable: true })
  verdagingMotivering!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  verdaagdOp!: Date | null;

  /**
   * Awb 7:10 lid 4: further deferral beyond the one of lid 3, only insofar as the objector agreed
   * (and no other interested party is harmed); weeks in total, with the reasons and how consent was given.
   */
  @Column({ type: 'integer', default: 0 })
  verderUitstelWeken!: number;

  @Column({ type: 'text', nullable: true })
  verderUitstelMotivering!: string | null;

  @Column({ type: 'text', nullable: true })
  beslissing!: BezwaarBeslissing | null;

  @Column({ type: 'text', nullable: true })
  beslissingMotivering!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  beslistOp!: Date | null;

  @Column({ type: 'text', nullable: true })
  beslistDoor!: string | null;

  @Column({ type: 'text', nullable: true })
  beslistDoorSub!: string | null;

  /** GEGROND with new amounts: per request, the amount before and after (the ledger followed). */
  @Column({ type: 'jsonb', nullable: true })
  herziening!: Herziening[] | null;

  /** Awb 6:7, 6:8, 8:1: appeal to the court until six weeks after the letter was sent. */
  @Column({ type: 'date', nullable: true })
  beroepMogelijkTot!: string | null;

  /** The letter on the objection as sent (plain text, with the notice of appeal). */
  @Column({ type: 'text', nullable: true })
  brief!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  ingetrokkenOp!: Date | null;

  @Column({ type: 'text', nullable: true })
  intrekkingToelichting!: string | null;

  @AangemaaktOp()
  aangemaaktOp!: Date;

  @GewijzigdOp()
  gewijzigdOp!: Date;
}

/** One counter per year for BZW-YYYY-NNNN without gaps, updated in the receipt's transaction. */
@Entity('bezwaar_referentieteller')
export class BezwaarReferentietellerEntity {
  @PrimaryColumn({ type: 'integer' })
  jaar!: number;

  @Column({ type: 'integer' })
  laatste!: number;
}
