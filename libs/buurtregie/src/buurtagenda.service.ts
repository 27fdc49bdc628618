import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DomainError,
  fout,
  FoutCode,
  fromGlobalId,
  type Gebruiker,
  heeftRol,
  Lidmaatschappen,
  mailInWachtrij,
  NodeRegistry,
  parseGlobalId,
  PersoonsgegevensRegister,
  Rol,
} from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { BehoeftenPoort, InitiatievenService } from '@buurtwerk/initiatives';
import { PartnersService } from '@buurtwerk/partners';
import type { BehoefteInput, BehoefteWijzigingInput, BuurtagendaArgs } from './dto/behoefte.input';
import { BehoefteEntity, BehoefteKoppelingEntity, BehoefteStatus, BehoefteSteunEntity, KoppelingSoort } from './behoefte.entity';
import { type BehoefteModel, toBehoefteKoppelingModel, toBehoefteModel } from './behoefte.model';
import { buurtagendaPersoonsgegevens } from './behoefte.persoonsgegevens';
import {
  ALLE_BUURTEN,
  beginstatus,
  bronVoor,
  CURATOREN,
  ERKENDE_STATUSSEN,
  inbrengerVan,
  magOvergaan,
  PUBLIEKE_BEHOEFTE_STATUSSEN,
  STATUS_TEKST,
  STEUNBARE_STATUSSEN,
  toelichtingVerplicht,
} from './behoefte.rules';

const SOORT_BIJ_TYPE: Readonly<Record<string, KoppelingSoort>> = {
  Initiatief: KoppelingSoort.INITIATIEF,
  Signaal: KoppelingSoort.SIGNAAL,
  Plan: KoppelingSoort.PLAN,
  Activiteit: KoppelingSoort.ACTIVITEIT,
};

/** What the caller may see of a buurt's agenda. */
interface Zicht {
  /** Every status (a curator of this buurt). */
  alles: boolean;
  /** The caller's own submissions in any status. */
  sub: string | null;
}

/**
 * The buurtagenda (issue 20): per buurt the wishes, needs and bottlenecks, curated by the
 * buurtregisseur, brought in and supported by residents and partners, linked to what answers them.
 */
@Injectable()
export class BuurtagendaService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly buurten: BuurtenService,
    private readonly nodes: NodeRegistry,
    private readonly persoonsgegevens: PersoonsgegevensRegister,
    private readonly lidmaatschappen: Lidmaatschappen,
    private readonly initiatieven: InitiatievenService,
    private readonly partners: PartnersService,
    private readonly behoeftenPoort: BehoeftenPoort,
  ) {}

  onModuleInit(): void {
    this.persoonsgegevens.registreer(buurtagendaPersoonsgegevens);
    // The menukaart check asks whether an initiative answers a recorded (curated) need.
    this.behoeftenPoort.registreer(async (m, initiatiefId) => {
      const [r] = await m.query<Array<{ ja: boolean }>>(
        `SELECT EXISTS (SELECT 1 FROM behoefte_koppeling k JOIN behoefte b ON b.id = k.behoefte_id
                         WHERE k.soort = 'INITIATIEF' AND k.object_id = $1 AND b.status = ANY($2::text[])) AS ja`,
        [initiatiefId, ERKENDE_STATUSSEN],
      );
      return r.ja;
    });
    this.nodes.registreer('Behoefte', async (id, gebruiker) => {
      const e = await this.dataSource.manager.findOneBy(BehoefteEntity, { id });
      if (!e || !(await this.magZien(e, gebruiker))) {
        return null;
      }
      return (await this.modellen([e], gebruiker))[0];
    });
  }

  // ---------------------------------------------------------------- reading

  async agenda(args: BuurtagendaArgs, gebruiker: Gebruiker | null): Promise<BehoefteModel[]> {
    const [buurtId] = await this.buurten.bestaandeBuurtIds([args.buurtId], 'buurtId');
    const zicht = await this.zichtOp(buurtId, gebruiker);
    const qb = this.dataSource.manager.createQueryBuilder(BehoefteEntity, 'b').where('b.buurt_id = :buurtId', { buurtId });
    if (!zicht.alles) {
      qb.andWhere(`(b.status IN (:...publiek)${zicht.sub ? ' OR b.ingediend_door = :sub' : ''})`, {
        publiek: PUBLIEKE_BEHOEFTE_STATUSSEN,
        sub: zicht.sub,
      });
    }
    if (args.status && args.status.length > 0) {
      qb.andWhere('b.status IN (:...status)', { status: args.status });
    }
    if (args.soort) {
      qb.andWhere('b.soort = :soort', { soort: args.soort });
    }
    if (args.thema?.trim()) {
      qb.andWhere('lower(b.thema) = :thema', { thema: args.thema.trim().toLowerCase() });
    }
    const rijen = await qb.orderBy('b.aangemaakt_op', 'DESC').addOrderBy('b.id', 'ASC').limit(500).getMany();
    return this.modellen(rijen, gebruiker);
  }

  /** Public needs of all buurten (open data); no personal data. */
  async publiek(buurtId: string | null): Promise<BehoefteModel[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(BehoefteEntity, 'b')
      .where('b.status IN (:...publiek)', { publiek: PUBLIEKE_BEHOEFTE_STATUSSEN });
    if (buurtId) {
      qb.andWhere('b.buurt_id = :buurtId', { buurtId });
    }
    const rijen = await qb.orderBy('b.aangemaakt_op', 'ASC').addOrderBy('b.id', 'ASC').getMany();
    return this.modellen(rijen, null);
  }

  /** Open and taken-up needs of these buurten, most supported first (the agenda of an MDO). */
  async openInBuurten(buurtIds: readonly string[], gebruiker: Gebruiker): Promise<BehoefteModel[]> {
    if (buurtIds.length === 0) {
      return [];
    }
    const rijen = await this.dataSource.manager
      .createQueryBuilder(BehoefteEntity, 'b')
      .where('b.buurt_id IN (:...buurtIds)', { buurtIds })
      .andWhere('b.status IN (:...statussen)', { statussen: STEUNBARE_STATUSSEN })
      .orderBy('b.aangemaakt_op', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .limit(200)
      .getMany();
    const modellen = await this.modellen(rijen, gebruiker);
    return modellen.sort((x, y) => y.steun - x.steun);
  }

  /**
   * An MDO decided an action on a need: an open need is taken up (OPGEPAKT), in the MDO's
   * transaction. Returns the need's buurt, or null when it does not exist.
   */
  async oppakkenInOverleg(tx: EntityManager, id: string, toelichting: string): Promise<{ buurtId: string } | null> {
    const e = await tx.findOne(BehoefteEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!e) {
      return null;
    }
    if (e.status === BehoefteStatus.OPEN) {
      e.status = BehoefteStatus.OPGEPAKT;
      e.statusToelichting = toelichting;
      await tx.save(e);
    }
    return { buurtId: e.buurtId };
  }

  // ---------------------------------------------------------------- bringing in and curating

  async toevoegen(input: BehoefteInput, gebruiker: Gebruiker): Promise<BehoefteModel> {
    const [buurtId] = await this.buurten.bestaandeBuurtIds([input.buurtId], 'input.buurtId');
    const organisatieId = input.organisatieId ? fromGlobalId(input.organisatieId, 'Organisatie', 'input.organisatieId') : null;
    const inbrenger = inbrengerVan(gebruiker);
    const bron = bronVoor(inbrenger, input.bron);
    if (!bron) {
      throw fout.veld(
        'input.bron',
        inbrenger === 'staf'
          ? 'kies BUURTREGISSEUR, ENQUETE of SIGNAAL.'
          : 'kunt u niet kiezen: uw inbreng staat op naam van uw rol (bewoner of partner).',
      );
    }
    if (inbrenger === 'partner') {
      if (!organisatieId) {
        throw fout.veld('input.organisatieId', 'is verplicht: kies de organisatie namens wie u dit inbrengt.');
      }
      if ((await this.partners.organisatiesBijIds([organisatieId])).length === 0) {
        throw fout.veld('input.organisatieId', 'is geen bestaande organisatie.');
      }
      if (!(await this.lidmaatschappen.isLidVan(gebruiker, organisatieId))) {
        throw fout.geenToegang('U kunt alleen iets inbrengen namens een organisatie waaraan u bent gekoppeld.');
      }
    }
    if (inbrenger === 'staf') {
      await this.controleerCurator(buurtId, gebruiker);
    }
    const regisseurs = inbrenger === 'staf' ? [] : await this.buurten.regisseursBijBuurten([buurtId]);
    return this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(
        tx.create(BehoefteEntity, {
          buurtId,
          soort: input.soort,
          thema: input.thema.trim().replace(/\s+/g, ' '),
          titel: input.titel.trim(),
          omschrijving: input.omschrijving.trim(),
          onderbouwing: input.onderbouwing?.trim() || null,
          bron,
          status: beginstatus(inbrenger),
          statusToelichting: null,
          organisatieId: inbrenger === 'partner' ? organisatieId : null,
          ingediendDoor: gebruiker.sub,
          beantwoordOp: null,
        }),
      );
      // Bridge function: the buurtregisseur hears of a resident's or partner's submission at once
      // (without its text, which may hold personal data; they read it in the regiepaneel).
      await mailInWachtrij(
        tx,
        regisseurs
          .filter((r) => r.medewerker.email)
          .map((r) => ({
            soort: 'BEHOEFTE_INGEDIEND',
            referentieId: saved.id,
            aan: r.medewerker.email!,
            onderwerp: `Nieuwe inbreng voor de buurtagenda: ${saved.titel}`,
            tekst: [
              `Beste ${r.medewerker.naam},`,
              '',
              `Er is een ${saved.soort.toLowerCase()} ingebracht voor de buurtagenda van een van uw buurten: "${saved.titel}".`,
              'Bekijk het in het regiepaneel en zet het op de agenda (open) of wijs het af met een toelichting.',
            ].join('\n'),
          })),
      );
      return (await this.modellen([saved], gebruiker, tx))[0];
    });
  }

  async wijzigen(globalId: string, input: BehoefteWijzigingInput, gebruiker: Gebruiker): Promise<BehoefteModel> {
    const id = fromGlobalId(globalId, 'Behoefte', 'id');
    return this.dataSource.transaction(async (tx) => {
      const e = await this.vergrendel(tx, id);
      await this.controleerCurator(e.buurtId, gebruiker);
      if (input.soort) {
        e.soort = input.soort;
      }
      if (input.thema?.trim()) {
        e.thema = input.thema.trim().replace(/\s+/g, ' ');
      }
      if (input.titel?.trim()) {
        e.titel = input.titel.trim();
      }
      if (input.omschrijving?.trim()) {
        e.omschrijving = input.omschrijving.trim();
      }
      if (input.onderbouwing !== undefined) {
        e.onderbouwing = input.onderbouwing?.trim() || null;
      }
      return (await this.modellen([await tx.save(e)], gebruiker, tx))[0];
    });
  }

  async statusWijzigen(
    globalId: string,
    status: BehoefteStatus,
    toelichting: string | null | undefined,
    gebruiker: Gebruiker,
  ): Promise<BehoefteModel> {
    const id = fromGlobalId(globalId, 'Behoefte', 'id');
    return this.dataSource.transaction(async (tx) => {
      const e = await this.vergrendel(tx, id);
      await this.controleerCurator(e.buurtId, gebruiker);
      if (!magOvergaan(e.status, status)) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          `Een behoefte die ${STATUS_TEKST[e.status]} is, kan niet ${STATUS_TEKST[status]} worden.`,
        );
      }
      const tekst = toelichting?.trim() || null;
      if (toelichtingVerplicht(status) && !tekst) {
        throw fout.veld('toelichting', `is verplicht als de behoefte ${STATUS_TEKST[status]} wordt: leg uit waarom.`);
      }
      e.status = status;
      e.statusToelichting = tekst;
      e.beantwoordOp = status === BehoefteStatus.BEANTWOORD ? new Date() : null;
      return (await this.modellen([await tx.save(e)], gebruiker, tx))[0];
    });
  }

  // ---------------------------------------------------------------- support (one per person)

  async steunen(globalId: string, gebruiker: Gebruiker): Promise<BehoefteModel> {
    const id = fromGlobalId(globalId, 'Behoefte', 'id');
    return this.dataSource.transaction(async (tx) => {
      const e = await tx.findOneBy(BehoefteEntity, { id });
      if (!e || !(await this.magZien(e, gebruiker))) {
        throw fout.nietGevonden('De behoefte');
      }
      if (!STEUNBARE_STATUSSEN.includes(e.status)) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          `Deze behoefte is ${STATUS_TEKST[e.status]}; u kunt alleen open of opgepakte behoeften steunen.`,
        );
      }
      // One support per person: the unique constraint decides, also for two requests at once.
      const nieuw = await tx.query<Array<{ id: string }>>(
        `INSERT INTO behoefte_steun (behoefte_id, gesteund_door) VALUES ($1, $2)
         ON CONFLICT ON CONSTRAINT "UQ_behoefte_steun_persoon" DO NOTHING RETURNING id`,
        [id, gebruiker.sub],
      );
      if (nieuw.length === 0) {
        throw new DomainError(FoutCode.CONFLICT, 'U steunt deze behoefte al; u kunt een behoefte één keer steunen.');
      }
      return (await this.modellen([e], gebruiker, tx))[0];
    });
  }

  async steunIntrekken(globalId: string, gebruiker: Gebruiker): Promise<BehoefteModel> {
    const id = fromGlobalId(globalId, 'Behoefte', 'id');
    return this.dataSource.transaction(async (tx) => {
      const e = await tx.findOneBy(BehoefteEntity, { id });
      if (!e || !(await this.magZien(e, gebruiker))) {
        throw fout.nietGevonden('De behoefte');
      }
      await tx.delete(BehoefteSteunEntity, { behoefteId: id, gesteundDoor: gebruiker.sub });
      return (await this.modellen([e], gebruiker, tx))[0];
    });
  }

  // ---------------------------------------------------------------- links

  async koppelen(behoefteGlobalId: string, objectGlobalId: string, gebruiker: Gebruiker): Promise<BehoefteModel> {
    const id = fromGlobalId(behoefteGlobalId, 'Behoefte', 'behoefteId');
    const { soort, objectId } = await this.object(objectGlobalId, gebruiker);
    return this.dataSource.transaction(async (tx) => {
      const e = await this.vergrendel(tx, id);
      if (heeftRol(gebruiker, ...CURATOREN) && (await this.isCurator(e.buurtId, gebruiker))) {
        // A curator links anything they can see.
      } else if (soort === KoppelingSoort.INITIATIEF && (await this.isIndiener(objectId, gebruiker))) {
        // The initiator says which need of the agenda their initiative answers: only a curated one.
        if (!ERKENDE_STATUSSEN.includes(e.status)) {
          throw fout.veld('behoefteId', 'staat niet (meer) open op de buurtagenda; kies een open behoefte.');
        }
      } else {
        throw fout.geenToegang(
          'U kunt alleen uw eigen initiatief aan een behoefte koppelen; de buurtregisseur koppelt de rest in de eigen buurten.',
        );
      }
      await tx.query(
        `INSERT INTO behoefte_koppeling (behoefte_id, soort, object_id, gekoppeld_door) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT "UQ_behoefte_koppeling" DO NOTHING`,
        [id, soort, objectId, gebruiker.sub],
      );
      return (await this.modellen([e], gebruiker, tx))[0];
    });
  }

  async ontkoppelen(behoefteGlobalId: string, objectGlobalId: string, gebruiker: Gebruiker): Promise<BehoefteModel> {
    const id = fromGlobalId(behoefteGlobalId, 'Behoefte', 'behoefteId');
    const { soort, objectId } = this.objectId(objectGlobalId);
    return this.dataSource.transaction(async (tx) => {
      const e = await this.vergrendel(tx, id);
      const koppeling = await tx.findOneBy(BehoefteKoppelingEntity, { behoefteId: id, soort, objectId });
      if (!koppeling) {
        throw fout.nietGevonden('De koppeling');
      }
      const curator = heeftRol(gebruiker, ...CURATOREN) && (await this.isCurator(e.buurtId, gebruiker));
      if (!curator && koppeling.gekoppeldDoor !== gebruiker.sub) {
        throw fout.geenToegang(
          'U kunt alleen een koppeling die u zelf maakte weghalen; de buurtregisseur kan ze allemaal weghalen.',
        );
      }
      await tx.delete(BehoefteKoppelingEntity, { id: koppeling.id });
      return (await this.modellen([e], gebruiker, tx))[0];
    });
  }

  // ---------------------------------------------------------------- helpers

  private objectId(globalId: string): { soort: KoppelingSoort; objectId: string } {
    const parsed = parseGlobalId(globalId);
    const soort = parsed ? SOORT_BIJ_TYPE[parsed.type] : undefined;
    if (!parsed || !soort) {
      throw fout.veld('objectId', 'is geen id van een initiatief, signaal, plan of activiteit.');
    }
    return { soort, objectId: parsed.id };
  }

  /** The linked record must exist and be visible to the caller (through its own library's access rules). */
  private async object(globalId: string, gebruiker: Gebruiker) {
    const o = this.objectId(globalId);
    if (!(await this.nodes.laad(globalId, gebruiker))) {
      throw fout.veld('objectId', 'bestaat niet of u kunt het niet zien.');
    }
    return o;
  }

  private async isIndiener(initiatiefId: string, gebruiker: Gebruiker): Promise<boolean> {
    const [i] = await this.initiatieven.initiatievenBijIds([initiatiefId]);
    return i !== undefined && i.indienerSub === gebruiker.sub;
  }

  private async vergrendel(tx: EntityManager, id: string): Promise<BehoefteEntity> {
    const e = await tx.findOne(BehoefteEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!e) {
      throw fout.nietGevonden('De behoefte');
    }
    return e;
  }

  /** Curators: policy staff and admins every buurt, a buurtregisseur their own buurten. */
  private async isCurator(buurtId: string, gebruiker: Gebruiker | null): Promise<boolean> {
    if (!gebruiker) {
      return false;
    }
    if (heeftRol(gebruiker, ...ALLE_BUURTEN)) {
      return true;
    }
    return heeftRol(gebruiker, Rol.BUURTREGISSEUR) && (await this.buurten.buurtIdsVanMedewerker(gebruiker.sub)).includes(buurtId);
  }

  private async controleerCurator(buurtId: string, gebruiker: Gebruiker): Promise<void> {
    if (!(await this.isCurator(buurtId, gebruiker))) {
      throw fout.geenToegang('U kunt alleen de buurtagenda bijhouden van de buurten waarvoor u buurtregisseur bent.');
    }
  }

  private async zichtOp(buurtId: string, gebruiker: Gebruiker | null): Promise<Zicht> {
    return { alles: await this.isCurator(buurtId, gebruiker), sub: gebruiker?.sub ?? null };
  }

  private async magZien(e: BehoefteEntity, gebruiker: Gebruiker | null): Promise<boolean> {
    return (
      PUBLIEKE_BEHOEFTE_STATUSSEN.includes(e.status) ||
      (gebruiker !== null && e.ingediendDoor === gebruiker.sub) ||
      (await this.isCurator(e.buurtId, gebruiker))
    );
  }

  /** Models with support counts, the caller's own support and the links: three queries for any number. */
  private async modellen(rijen: BehoefteEntity[], gebruiker: Gebruiker | null, m: EntityManager = this.dataSource.manager) {
    if (rijen.length === 0) {
      return [];
    }
    const ids = rijen.map((r) => r.id);
    // One after the other: `m` may be a transaction, which runs one statement at a time.
    const steun = await m.query<Array<{ behoefte_id: string; n: number; mij: boolean }>>(
      `SELECT behoefte_id, count(*)::int AS n, bool_or(gesteund_door = $2) AS mij
         FROM behoefte_steun WHERE behoefte_id = ANY($1::uuid[]) GROUP BY behoefte_id`,
      [ids, gebruiker?.sub ?? ''],
    );
    const koppelingen = await m
      .createQueryBuilder(BehoefteKoppelingEntity, 'k')
      .where('k.behoefte_id IN (:...ids)', { ids })
      .orderBy('k.gekoppeld_op', 'ASC')
      .addOrderBy('k.id', 'ASC')
      .getMany();
    const steunBij = new Map(steun.map((s) => [s.behoefte_id, s]));
    return rijen.map((e) =>
      toBehoefteModel(e, {
        steun: steunBij.get(e.id)?.n ?? 0,
        gesteundDoorMij: gebruiker !== null && steunBij.get(e.id)?.mij === true,
        koppelingen: koppelingen.filter((k) => k.behoefteId === e.id).map(toBehoefteKoppelingModel),
      }),
    );
  }
}
