import { toAfwijkingModellen } from './besluitvoorbereiding.model';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { aantalRijen, amsterdamseDatum, type Gebruiker, isMedewerker, NodeRegistry, klok } from '@buurtwerk/core';
import { bezwaarMogelijkTot, type GelijkgesteldeDagen, SubsidieregelsService } from '@buurtwerk/subsidieregels';
import { type BesluitRegel, BesluitEntity, type BesluitSoort } from './besluit.entity';
import { InitiatiefEntity, OndersteuningsaanvraagEntity } from './initiatief.entity';
import { type BesluitModel, toBesluitModel } from './besluit.model';
import { BrievenService } from './brieven/brieven.service';
import { InitiatiefHaken } from './initiatief.haken';
import { AANVRAAGBESLUITEN, BESTUURSORGAAN, mandaatTekst, totaalBedrag } from './besluit.rules';

/** What a decision records; the caller has locked the initiative and checked the decision. */
export interface BesluitInvoer {
  initiatiefId: string;
  soort: BesluitSoort;
  /** Awb 3:46: the reasons, as they go into the letter. */
  motivering: string;
  /** The official who signs (under mandate); a panel until the panel only advises. */
  door: Pick<Gebruiker, 'sub' | 'naam'>;
  /** The amounts per request; the total becomes `bedrag` unless given. */
  regels?: BesluitRegel[];
  bedrag?: number | null;
  gegevens?: Record<string, unknown>;
  /** The decision this one concerns (an objection's decision, a penalty for a late decision). */
  betreftBesluitId?: string | null;
  /** Defaults to `mandaatTekst(door.naam)`: the official signs for the college. */
  mandaat?: string | null;
  genomenOp?: Date;
}

/**
 * The record of decisions (docs/domein.md, "Besluiten"): every decision on an initiative is one
 * `besluit` row, written in the decision's own transaction through `vastleggen`. Other libraries
 * and modules that take decisions on an initiative call it the same way.
 */
@Injectable()
export class BesluitenService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly nodes: NodeRegistry,
    private readonly regels: SubsidieregelsService,
    private readonly brieven: BrievenService,
    private readonly haken: InitiatiefHaken,
  ) {}

  onModuleInit(): void {
    // Awb 3:41: when the letter is sent (or placed in the portal) the decision is made known.
    this.brieven.registreerBekendmaking(async (tx, besluitId, op) => {
      await this.bekendgemaakt(tx, besluitId, op, await this.regels.dagenVoorTermijnen(tx));
    });
    this.nodes.registreer('Besluit', async (id, gebruiker) => {
      const b = await this.dataSource.manager.findOneBy(BesluitEntity, { id });
      if (!b || !(await this.magLezen(b.initiatiefId, gebruiker))) {
        return null;
      }
      return this.naarModel([b], gebruiker).then(([m]) => m);
    });
  }

  /**
   * Writes the decision in the caller's transaction, with its letter (queued for sending, or placed
   * in the portal), and returns the row. A decision kind without wording of its own still gets the
   * legally required parts of the letter (brieven/brief.inhoud.ts).
   */
  async vastleggen(tx: EntityManager, invoer: BesluitInvoer): Promise<BesluitEntity> {
    const besluit = await this.bewaar(tx, invoer);
    // A decision that replaces one on objection (Awb 7:11) is part of the decision on the objection:
    // the letter on the objection (libs/bezwaar) states it, with the notice of appeal. A letter of
    // its own would wrongly offer objection against it (Awb 7:1), and without a letter of its own
    // it is not registered as a besluit of its own either (the case system has the objection's).
    if (invoer.gegevens?.bezwaarId !== undefined) {
      return besluit;
    }
    const brief = await this.brieven.besluitbrief(tx, besluit);
    if (!this.haken.actief) {
      return besluit;
    }
    const e = await tx.findOneOrFail(InitiatiefEntity, {
      where: { id: besluit.initiatiefId },
      select: { id: true, referentie: true, titel: true, ingediendDatum: true },
    });
    // Libraries above this one (e.g. case registration) queue their work in this transaction.
    await this.haken.besluitVastgelegd(tx, {
      besluitId: besluit.id,
      initiatiefId: besluit.initiatiefId,
      referentie: e.referentie,
      titel: e.titel,
      ingediendDatum: e.ingediendDatum,
      soort: besluit.soort,
      genomenOp: besluit.genomenOp,
      briefId: brief.id,
      briefKenmerk: brief.kenmerk,
      briefOnderwerp: brief.onderwerp,
    });
    return besluit;
  }

  private bewaar(tx: EntityManager, invoer: BesluitInvoer): Promise<BesluitEntity> {
    const regels = invoer.regels ?? [];
    return tx.save(
      tx.create(BesluitEntity, {
        initiatiefId: invoer.initiatiefId,
        soort: invoer.soort,
        betreftBesluitId: invoer.betreftBesluitId ?? null,
        bedrag: invoer.bedrag !== undefined ? invoer.bedrag : totaalBedrag(regels),
        regels,
        motivering: invoer.motivering,
        gegevens: invoer.gegevens ?? {},
        genomenOp: invoer.genomenOp ?? klok.nu(),
        genomenDoor: invoer.door.naam,
        genomenDoorSub: invoer.door.sub,
        orgaan: BESTUURSORGAAN,
        mandaat: invoer.mandaat !== undefined ? invoer.mandaat : mandaatTekst(invoer.door.naam),
        bekendgemaaktOp: null,
        bezwaarMogelijkTot: null,
      }),
    );
  }

  /**
   * Awb 3:41: the decision was sent (or placed in the portal) at `op`. Recorded once: the objection
   * term runs from the day after that day (Awb 6:8), six weeks (Awb 6:7), moved per the Atw.
   * Returns the row, or null when it was already made known earlier (the first sending counts).
   */
  async bekendgemaakt(
    tx: EntityManager,
    besluitId: string,
    op: Date,
    gelijkgesteld: GelijkgesteldeDagen,
  ): Promise<BesluitEntity | null> {
    const tot = bezwaarMogelijkTot(amsterdamseDatum(op), gelijkgesteld);
    const resultaat: unknown = await tx.query(
      `UPDATE besluit SET bekendgemaakt_op = $2, bezwaar_mogelijk_tot = $3
        WHERE id = $1 AND bekendgemaakt_op IS NULL RETURNING id`,
      [besluitId, op, tot],
    );
    return aantalRijen(resultaat) > 0 ? tx.findOneBy(BesluitEntity, { id: besluitId }) : null;
  }

  async besluitenBijInitiatieven(ids: readonly string[]): Promise<BesluitEntity[]> {
    if (ids.length === 0) {
      return [];
    }
    return this.dataSource.manager.find(BesluitEntity, {
      where: { initiatiefId: In([...ids]) },
      order: { genomenOp: 'ASC', id: 'ASC' },
    });
  }

  async besluitenBijIds(ids: readonly string[], m: EntityManager = this.dataSource.manager): Promise<BesluitEntity[]> {
    return ids.length === 0 ? [] : m.findBy(BesluitEntity, { id: In([...ids]) });
  }

  /** The applicant and staff only: a decision is about the applicant (Awb 3:41), not for the public list. */
  async magLezen(initiatiefId: string, gebruiker: Gebruiker | null): Promise<boolean> {
    if (!gebruiker) {
      return false;
    }
    const i = await this.dataSource.manager.findOne(InitiatiefEntity, {
      where: { id: initiatiefId },
      select: { id: true, indienerSub: true },
    });
    return !!i && (i.indienerSub === gebruiker.sub || isMedewerker(gebruiker));
  }

  /** Days equated with holidays, for the provisional objection term of a decision not yet made known. */
  gelijkgesteldeDagen(): Promise<GelijkgesteldeDagen> {
    return this.regels.dagenVoorTermijnen(this.dataSource.manager);
  }

  /** Models for rows the caller may read in full (the node and the file's list). */
  async naarModel(rijen: BesluitEntity[], gebruiker: Gebruiker | null): Promise<BesluitModel[]> {
    const initiatiefIds = [...new Set(rijen.map((r) => r.initiatiefId))];
    const [initiatieven, aanvragen, vrij] = await Promise.all([
      this.dataSource.manager.findBy(InitiatiefEntity, { id: In(initiatiefIds) }),
      this.dataSource.manager.findBy(OndersteuningsaanvraagEntity, { initiatiefId: In(initiatiefIds) }),
      rijen.some((r) => r.bezwaarMogelijkTot === null) ? this.gelijkgesteldeDagen() : Promise.resolve(new Set<string>()),
    ]);
    return rijen.map((r) => {
      const i = initiatieven.find((x) => x.id === r.initiatiefId);
      return toBesluitModel(r, {
        verleendBedrag: aanvragen
          .filter((a) => a.initiatiefId === r.initiatiefId)
          .reduce((s, a) => s + (a.toegekendBedrag ?? 0), 0),
        // Who stepped aside is recorded with the request decision (the initiative's list).
        verschoningen:
          i && AANVRAAGBESLUITEN.includes(r.soort) && (isMedewerker(gebruiker) || i.indienerSub === gebruiker?.sub)
            ? i.verschoningen
            : [],
        voorlopigBezwaarTot: bezwaarMogelijkTot(amsterdamseDatum(r.genomenOp), vrij),
        volledig: !!i && (isMedewerker(gebruiker) || i.indienerSub === gebruiker?.sub),
        afwijking:
          i && AANVRAAGBESLUITEN.includes(r.soort) && (isMedewerker(gebruiker) || i.indienerSub === gebruiker?.sub)
            ? { afwijkingen: toAfwijkingModellen(i.afwijkingen ?? []), motivering: i.afwijkingMotivering ?? null }
            : undefined,
      });
    });
  }
}
