import { GebeurtenisPublisher } from '@buurtwerk/webhooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { fout, fromGlobalId, type Gebruiker, klok, toGlobalId } from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import type { BelangenconflictModel } from '@buurtwerk/conflict-of-interest';
import { type GelijkgesteldeDagen, SubsidieregelsService } from '@buurtwerk/subsidieregels';
import { InitiatiefEntity, InitiatiefStatus, StatusWijzigingEntity } from './initiatief.entity';
import { toInitiatiefModel } from './initiatief.model';
import { PUBLIEKE_STATUSSEN } from './initiatief.rules';
import { InitiatiefGewijzigdService } from './initiatief-gewijzigd.service';
import { InitiatievenService } from './initiatieven.service';
import { GrootboekService } from './grootboek.service';
import { alleenIndiener, zelfdeAanvrager } from './dossier.rules';
import { InitiatiefHaken } from './initiatief.haken';

const GEEN_DAGEN: GelijkgesteldeDagen = new Set<string>();

/**
 * The file of one initiative, as every use case acts on it: the row lock, the conflict check before
 * a staff act, and the status change with its history, webhook event and live update. The use cases
 * (IndieningService, BehandelingService, AanvraagbesluitService, VaststellingService, and the term
 * acts AanvullingService, VerdagingService, DwangsomService) all go through here, so an initiative's
 * status changes in exactly one way.
 */
@Injectable()
export class DossierService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(InitiatiefEntity) private readonly rijen: Repository<InitiatiefEntity>,
    private readonly initiatieven: InitiatievenService,
    private readonly regels: SubsidieregelsService,
    private readonly buurten: BuurtenService,
    private readonly gebeurtenissen: GebeurtenisPublisher,
    private readonly live: InitiatiefGewijzigdService,
    private readonly grootboek: GrootboekService,
    private readonly haken: InitiatiefHaken,
  ) {}

  /**
   * A staff act on one initiative: the conflict check (geenBelangBijBehandeling), then the act in
   * a transaction on the locked row. When the applicant or the applying organisation changed
   * between the check and the lock (the initiator completed the request meanwhile), the check no
   * longer holds for the file as it now is: the act is refused and can simply be tried again.
   */
  async behandelen<T>(
    initiatiefId: string,
    gebruiker: Gebruiker,
    handeling: (
      tx: EntityManager,
      e: InitiatiefEntity,
      verschoningen: BelangenconflictModel[],
      vrij: GelijkgesteldeDagen,
    ) => Promise<T>,
  ): Promise<T> {
    // Read from the primary (not a replica): the check must see the file as it is now.
    const vooraf = await this.rijen.findOneBy({ id: initiatiefId });
    if (!vooraf) {
      throw fout.nietGevonden('Het initiatief');
    }
    const verschoningen = await this.initiatieven.geenBelangBijBehandeling(vooraf, gebruiker);
    return this.dataSource.transaction(async (tx) => {
      // The equated days before the row lock: adding one takes their lock first, then the rows.
      const vrij = await this.regels.dagenVoorTermijnen(tx);
      const e = await this.vergrendelOpId(tx, initiatiefId);
      zelfdeAanvrager(vooraf, e);
      return handeling(tx, e, verschoningen, vrij);
    });
  }

  /**
   * An act of the initiator on their own initiative, in a transaction on the locked row; anyone
   * else is refused (alleenIndiener). Acts that compute a term (`termijnen: true`) read the equated
   * days first, before the row lock, as `behandelen` does; the others get an empty set.
   */
  async alsIndiener<T>(
    globalId: string,
    gebruiker: Gebruiker,
    handeling: (tx: EntityManager, e: InitiatiefEntity, vrij: GelijkgesteldeDagen) => Promise<T>,
    { termijnen = false }: { termijnen?: boolean } = {},
  ): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      const vrij = termijnen ? await this.regels.dagenVoorTermijnen(tx) : GEEN_DAGEN;
      const e = await this.vergrendel(tx, globalId);
      alleenIndiener(e, gebruiker);
      return handeling(tx, e, vrij);
    });
  }

  async vergrendel(tx: EntityManager, globalId: string): Promise<InitiatiefEntity> {
    return this.vergrendelOpId(tx, fromGlobalId(globalId, 'Initiatief', 'id'));
  }

  async vergrendelOpId(tx: EntityManager, id: string): Promise<InitiatiefEntity> {
    const e = await tx.findOne(InitiatiefEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!e) {
      throw fout.nietGevonden('Het initiatief');
    }
    return e;
  }

  /** Releases the reservations and offers the money to the line, in this transaction (Awb 4:25). */
  async geefReserveringenVrij(tx: EntityManager, initiatiefId: string): Promise<void> {
    await this.grootboek.geefVrij(tx, initiatiefId);
  }

  async wijzigStatus(
    tx: EntityManager,
    e: InitiatiefEntity,
    naar: InitiatiefStatus,
    gebruiker: Gebruiker,
    doorIndiener: boolean,
    toelichting: string | null,
  ) {
    const van = e.status;
    const op = klok.nu();
    e.status = naar;
    // Real time, not the domain clock: gewijzigdOp is the cursor of delta sync and retention.
    e.gewijzigdOp = new Date();
    const saved = await tx.save(e);
    await this.schrijfHistorie(tx, saved, van, naar, gebruiker, doorIndiener, toelichting, op);
    // The buurt codes, in the initiative's order, for the webhook event and the live update (one query).
    const buurtcodes = await this.buurten.buurtcodes(saved.buurtIds, tx);
    await this.publiceerStatus(tx, saved, van, naar, buurtcodes);
    // Libraries above this one (e.g. case registration) queue their work in this transaction.
    await this.haken.statusGewijzigd(tx, {
      initiatiefId: saved.id,
      referentie: saved.referentie,
      titel: saved.titel,
      ingediendDatum: saved.ingediendDatum,
      van,
      naar,
      op,
      toelichting,
    });
    // Subscription initiatiefGewijzigd, on every instance, once the transaction has committed.
    this.live.melden(tx, saved, van, naar, buurtcodes);
    return toInitiatiefModel(saved, 'volledig');
  }

  /**
   * Webhook event (channel `initiatieven`) in the transaction of the change. Events follow the
   * public view: only transitions into a public status (granted and later) are published, with
   * no personal data; kenmerk `buurtcode` lists all its buurten (a filter on any of them matches).
   */
  private async publiceerStatus(
    tx: EntityManager,
    e: InitiatiefEntity,
    van: InitiatiefStatus,
    naar: InitiatiefStatus,
    buurtcodes: string[],
  ) {
    if (!PUBLIEKE_STATUSSEN.includes(naar)) {
      return;
    }
    const onderwerp = toGlobalId('Initiatief', e.id);
    await this.gebeurtenissen.publiceer(tx, {
      kanaal: 'initiatieven',
      type: `nl.heerlen.buurtwerk.initiatief.${naar.toLowerCase()}`,
      onderwerp,
      kenmerken: { buurtcode: buurtcodes, status: naar },
      data: {
        id: onderwerp,
        referentie: e.referentie,
        titel: e.titel,
        van,
        status: naar,
        buurtcodes,
      },
    });
  }

  /** One row of the file's history (also the creation of a draft, from null). */
  async schrijfHistorie(
    tx: EntityManager,
    e: InitiatiefEntity,
    van: InitiatiefStatus | null,
    naar: InitiatiefStatus,
    gebruiker: Gebruiker,
    doorIndiener: boolean,
    toelichting: string | null,
    op: Date = klok.nu(),
  ): Promise<void> {
    await tx.save(
      tx.create(StatusWijzigingEntity, {
        initiatiefId: e.id,
        van,
        naar,
        op,
        door: gebruiker.naam,
        doorSub: gebruiker.sub,
        doorIndiener,
        toelichting,
      }),
    );
  }
}
