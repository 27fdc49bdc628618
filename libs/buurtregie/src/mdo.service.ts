import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  amsterdamseDatum,
  DomainError,
  fout,
  FoutCode,
  fromGlobalId,
  type Gebruiker,
  heeftRol,
  NodeRegistry,
  toGlobalId,
  klok,
} from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { PlanService, type SignaalModel, SignaalStatus, SignalenService } from '@buurtwerk/signalen';
import { BuurtagendaService } from './buurtagenda.service';
import type {
  MdoActieAfrondenArgs,
  MdoActieInput,
  MdoActieOpvolgenArgs,
  MdoActiesArgs,
  MdoInput,
  MdosArgs,
} from './dto/mdo.input';
import { MdoActieEntity, MdoActieStatus, MdoEntity, MdoStatus } from './mdo.entity';
import { type MdoActieModel, MdoAgendaModel, type MdoModel, toMdoActieModel, toMdoModel } from './mdo.model';
import { ACTIE_STATUS_TEKST, actieMagOvergaan, deadlineGeldig, MDO_ALLE_BUURTEN, volgtOp } from './mdo.rules';

/**
 * Multidisciplinary consultations (issue 20): staff of several departments meet about one or more
 * buurten; the agenda is drawn from the record of those buurten, decisions become actions for the
 * responsible department (de lijn), followed up in the next MDO. Signals change only through
 * SignalenService, in this module's transaction.
 */
@Injectable()
export class MdoService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly buurten: BuurtenService,
    private readonly nodes: NodeRegistry,
    private readonly signalen: SignalenService,
    private readonly planService: PlanService,
    private readonly buurtagenda: BuurtagendaService,
  ) {}

  onModuleInit(): void {
    this.nodes.registreer('Mdo', async (id, gebruiker) => {
      const e = await this.dataSource.manager.findOneBy(MdoEntity, { id });
      if (!e || !gebruiker || !(await this.magZien(e, gebruiker))) {
        return null;
      }
      return (await this.modellen([e]))[0];
    });
  }

  // ---------------------------------------------------------------- meetings

  async inplannen(input: MdoInput, gebruiker: Gebruiker): Promise<MdoModel> {
    const buurtIds = await this.buurten.bestaandeBuurtIds([...new Set(input.buurtIds)], 'input.buurtIds');
    await this.controleerDeelname(buurtIds, gebruiker);
    const afdelingen = await this.afdelingsnamen();
    const deelnemers = input.deelnemers.map((d, i) => ({
      naam: d.naam.trim(),
      afdeling: this.afdeling(d.afdeling, afdelingen, `input.deelnemers.${i}.afdeling`),
    }));
    const saved = await this.dataSource.manager.save(
      this.dataSource.manager.create(MdoEntity, {
        titel: input.titel.trim(),
        datum: input.datum,
        buurtIds,
        deelnemers,
        status: MdoStatus.GEPLAND,
        notulen: null,
        gehoudenOp: null,
        geplandDoor: gebruiker.sub,
      }),
    );
    return (await this.modellen([saved]))[0];
  }

  /** MDOs the caller takes part in (a buurtregisseur: about their own buurten), newest first. */
  async zoek(args: MdosArgs, gebruiker: Gebruiker): Promise<MdoModel[]> {
    const qb = this.dataSource.manager.createQueryBuilder(MdoEntity, 'm');
    const eigen = await this.eigenBuurten(gebruiker);
    if (eigen) {
      qb.where('m.buurt_ids && :eigen::uuid[]', { eigen });
    }
    if (args.buurtId) {
      qb.andWhere(':buurt = ANY(m.buurt_ids)', { buurt: fromGlobalId(args.buurtId, 'Buurt', 'buurtId') });
    }
    const rijen = await qb.orderBy('m.datum', 'DESC').addOrderBy('m.id', 'ASC').limit(200).getMany();
    return this.modellen(rijen);
  }

  /** The agenda, drawn from the record at the moment of asking. */
  async agenda(globalId: string, gebruiker: Gebruiker): Promise<MdoAgendaModel> {
    const mdo = await this.mdo(this.dataSource.manager, globalId, 'mdoId', gebruiker);
    const vandaag = amsterdamseDatum(klok.nu());
    // One after the other: the pool is shared with everyone, and each is one statement.
    const behoeften = await this.buurtagenda.openInBuurten(mdo.buurtIds, gebruiker);
    const signalen = await this.signalen.overTijdInBuurten(mdo.buurtIds);
    const plannen = await this.planService.lopendInBuurten(mdo.buurtIds, vandaag);
    const open = await this.dataSource.manager
      .createQueryBuilder(MdoActieEntity, 'a')
      .innerJoinAndSelect('a.mdo', 'm')
      .where('a.status = :open', { open: MdoActieStatus.OPEN })
      .andWhere('m.buurt_ids && :buurten::uuid[]', { buurten: mdo.buurtIds })
      .andWhere('m.datum < :datum', { datum: mdo.datum })
      .orderBy('a.deadline', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    return Object.assign(new MdoAgendaModel(), {
      behoeften,
      signalen,
      plannen,
      opvolging: open.filter((a) => volgtOp(mdo, a.mdo!)).map((a) => toMdoActieModel(a, vandaag)),
    });
  }

  /** The minutes: the meeting was held (on or after its day). */
  async notulenVastleggen(globalId: string, notulen: string, gebruiker: Gebruiker): Promise<MdoModel> {
    return this.dataSource.transaction(async (tx) => {
      const mdo = await this.mdo(tx, globalId, 'id', gebruiker, true);
      if (mdo.datum > amsterdamseDatum(klok.nu())) {
        throw fout.veld('notulen', `kunnen pas worden vastgelegd op of na de dag van het overleg (${mdo.datum}).`);
      }
      mdo.notulen = notulen.trim();
      if (mdo.status === MdoStatus.GEPLAND) {
        mdo.status = MdoStatus.GEHOUDEN;
        mdo.gehoudenOp = klok.nu();
      }
      return (await this.modellen([await tx.save(mdo)], tx))[0];
    });
  }

  // ---------------------------------------------------------------- actions

  async actieToevoegen(mdoGlobalId: string, input: MdoActieInput, gebruiker: Gebruiker): Promise<MdoActieModel> {
    const afdeling = this.afdeling(input.afdeling, await this.afdelingsnamen(), 'input.afdeling');
    const signaal = input.signaalId ? await this.signaal(input.signaalId, gebruiker) : null;
    const behoefteId = input.behoefteId ? fromGlobalId(input.behoefteId, 'Behoefte', 'input.behoefteId') : null;
    return this.dataSource.transaction(async (tx) => {
      const mdo = await this.mdo(tx, mdoGlobalId, 'mdoId', gebruiker, true);
      if (!deadlineGeldig(mdo.datum, input.deadline)) {
        throw fout.veld('input.deadline', `ligt vóór de dag van het overleg (${mdo.datum}); kies een latere dag.`);
      }
      if (signaal) {
        if (!mdo.buurtIds.includes(signaal.buurtDbId)) {
          throw fout.veld('input.signaalId', 'hoort niet bij een van de buurten van dit overleg.');
        }
        if (signaal.status === SignaalStatus.AFGEHANDELD) {
          throw fout.veld('input.signaalId', `is al afgehandeld (${signaal.referentie}); er valt niets meer door te zetten.`);
        }
        // The signal's handling follows the decision: passed on to the responsible department, in
        // this transaction, through the signals library (its own access rules apply).
        await this.signalen.doorzetten(signaal.id, afdeling, gebruiker, tx);
      }
      if (behoefteId) {
        const behoefte = await this.buurtagenda.oppakkenInOverleg(
          tx,
          behoefteId,
          `Opgepakt in het overleg "${mdo.titel}" van ${mdo.datum}: ${afdeling} werkt eraan.`,
        );
        if (!behoefte || !mdo.buurtIds.includes(behoefte.buurtId)) {
          throw fout.veld('input.behoefteId', 'is geen behoefte van een van de buurten van dit overleg.');
        }
      }
      const saved = await tx.save(
        tx.create(MdoActieEntity, {
          mdoId: mdo.id,
          besluit: input.besluit.trim(),
          afdeling,
          deadline: input.deadline,
          signaalId: signaal?.dbId ?? null,
          behoefteId,
          status: MdoActieStatus.OPEN,
          resultaat: null,
          voortgang: null,
          opgevolgdInMdoId: null,
          afgerondOp: null,
        }),
      );
      return toMdoActieModel(saved, amsterdamseDatum(klok.nu()));
    });
  }

  /** Follow-up in a later MDO of (one of) the same buurten: the department's progress. */
  async actieOpvolgen(args: MdoActieOpvolgenArgs, gebruiker: Gebruiker): Promise<MdoActieModel> {
    return this.dataSource.transaction(async (tx) => {
      const actie = await this.actie(tx, args.id, gebruiker);
      const mdo = await this.mdo(tx, args.mdoId, 'mdoId', gebruiker);
      if (!volgtOp(mdo, actie.mdo!)) {
        throw fout.veld('mdoId', 'is geen later overleg over een van de buurten van deze actie.');
      }
      this.controleerOpen(actie);
      actie.voortgang = args.voortgang.trim();
      actie.opgevolgdInMdoId = mdo.id;
      return toMdoActieModel(await tx.save(actie), amsterdamseDatum(klok.nu()));
    });
  }

  /** Done or lapsed; on a signal, optionally its feedback (the signal is then handled). */
  async actieAfronden(args: MdoActieAfrondenArgs, gebruiker: Gebruiker): Promise<MdoActieModel> {
    return this.dataSource.transaction(async (tx) => {
      const actie = await this.actie(tx, args.id, gebruiker);
      this.controleerOpen(actie, args.status);
      const terugkoppeling = args.signaalTerugkoppeling?.trim() || null;
      if (terugkoppeling) {
        if (!actie.signaalId) {
          throw fout.veld('signaalTerugkoppeling', 'kan alleen bij een actie over een signaal.');
        }
        // Invariant 10: the reporter gets feedback; the signals library sends it and closes the signal.
        await this.signalen.afhandelen(toGlobalId('Signaal', actie.signaalId), terugkoppeling, gebruiker, tx);
      }
      actie.status = args.status;
      actie.resultaat = args.resultaat.trim();
      actie.afgerondOp = klok.nu();
      return toMdoActieModel(await tx.save(actie), amsterdamseDatum(klok.nu()));
    });
  }

  /** Actions of the MDOs the caller takes part in: what the line does in the buurtregisseur's buurten. */
  async acties(args: MdoActiesArgs, gebruiker: Gebruiker): Promise<MdoActieModel[]> {
    const vandaag = amsterdamseDatum(klok.nu());
    const qb = this.dataSource.manager.createQueryBuilder(MdoActieEntity, 'a').innerJoin('a.mdo', 'm');
    const eigen = await this.eigenBuurten(gebruiker);
    if (eigen) {
      qb.where('m.buurt_ids && :eigen::uuid[]', { eigen });
    }
    if (args.buurtId) {
      qb.andWhere(':buurt = ANY(m.buurt_ids)', { buurt: fromGlobalId(args.buurtId, 'Buurt', 'buurtId') });
    }
    if (args.afdeling?.trim()) {
      qb.andWhere('lower(a.afdeling) = :afdeling', { afdeling: args.afdeling.trim().toLowerCase() });
    }
    if (args.status && args.status.length > 0) {
      qb.andWhere('a.status IN (:...status)', { status: args.status });
    }
    if (args.overTijd === true) {
      qb.andWhere(`a.status = 'OPEN' AND a.deadline < :vandaag`, { vandaag });
    }
    const rijen = await qb.orderBy('a.deadline', 'ASC').addOrderBy('a.id', 'ASC').limit(500).getMany();
    return rijen.map((a) => toMdoActieModel(a, vandaag));
  }

  // ---------------------------------------------------------------- helpers

  private controleerOpen(actie: MdoActieEntity, naar: MdoActieStatus = MdoActieStatus.AFGEROND): void {
    if (!actieMagOvergaan(actie.status, naar)) {
      throw new DomainError(
        FoutCode.ONGELDIGE_STATUSOVERGANG,
        `Deze actie is al ${ACTIE_STATUS_TEKST[actie.status]}; alleen een open actie kan worden bijgewerkt.`,
      );
    }
  }

  private async signaal(globalId: string, gebruiker: Gebruiker): Promise<SignaalModel> {
    fromGlobalId(globalId, 'Signaal', 'input.signaalId');
    const s = (await this.nodes.laad(globalId, gebruiker)) as SignaalModel | null;
    if (!s) {
      throw fout.veld('input.signaalId', 'bestaat niet of u kunt het niet zien.');
    }
    return s;
  }

  private async afdelingsnamen(): Promise<string[]> {
    return (await this.signalen.afdelingen()).map((a) => a.naam);
  }

  /** A department as the signals library knows it (its spelling). */
  private afdeling(naam: string, afdelingen: readonly string[], veld: string): string {
    const gezocht = naam.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
    const gevonden = afdelingen.find((a) => a.toLocaleLowerCase('nl') === gezocht);
    if (!gevonden) {
      throw fout.veld(veld, `is geen bekende afdeling. Kies uit: ${afdelingen.join(', ')}.`);
    }
    return gevonden;
  }

  /** null: every buurt (policy staff, admins); otherwise the buurten of the buurtregisseur. */
  private async eigenBuurten(gebruiker: Gebruiker): Promise<string[] | null> {
    if (heeftRol(gebruiker, ...MDO_ALLE_BUURTEN)) {
      return null;
    }
    return this.buurten.buurtIdsVanMedewerker(gebruiker.sub);
  }

  private async magZien(e: MdoEntity, gebruiker: Gebruiker): Promise<boolean> {
    const eigen = await this.eigenBuurten(gebruiker);
    return eigen === null || e.buurtIds.some((b) => eigen.includes(b));
  }

  private async controleerDeelname(buurtIds: readonly string[], gebruiker: Gebruiker): Promise<void> {
    const eigen = await this.eigenBuurten(gebruiker);
    if (eigen !== null && !buurtIds.some((b) => eigen.includes(b))) {
      throw fout.geenToegang('U kunt alleen een overleg plannen over (ook) een buurt waarvoor u buurtregisseur bent.');
    }
  }

  private async mdo(m: EntityManager, globalId: string, veld: string, gebruiker: Gebruiker, lock = false): Promise<MdoEntity> {
    const id = fromGlobalId(globalId, 'Mdo', veld);
    const e = await m.findOne(MdoEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!e || !(await this.magZien(e, gebruiker))) {
      throw fout.nietGevonden('Het overleg');
    }
    return e;
  }

  private async actie(tx: EntityManager, globalId: string, gebruiker: Gebruiker): Promise<MdoActieEntity> {
    const id = fromGlobalId(globalId, 'MdoActie', 'id');
    const actie = await tx.findOne(MdoActieEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!actie) {
      throw fout.nietGevonden('De actie');
    }
    actie.mdo = (await tx.findOneBy(MdoEntity, { id: actie.mdoId }))!;
    if (!(await this.magZien(actie.mdo, gebruiker))) {
      throw fout.nietGevonden('De actie');
    }
    return actie;
  }

  private async modellen(rijen: MdoEntity[], m: EntityManager = this.dataSource.manager): Promise<MdoModel[]> {
    if (rijen.length === 0) {
      return [];
    }
    const vandaag = amsterdamseDatum(klok.nu());
    const acties = await m
      .createQueryBuilder(MdoActieEntity, 'a')
      .where('a.mdo_id IN (:...ids)', { ids: rijen.map((r) => r.id) })
      .orderBy('a.aangemaakt_op', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    return rijen.map((e) =>
      toMdoModel(
        e,
        acties.filter((a) => a.mdoId === e.id).map((a) => toMdoActieModel(a, vandaag)),
      ),
    );
  }
}
