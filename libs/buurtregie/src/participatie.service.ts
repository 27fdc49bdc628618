import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  amsterdamseDatum,
  DomainError,
  fout,
  FoutCode,
  fromGlobalId,
  type Gebruiker,
  heeftRol,
  Lidmaatschappen,
  mailInWachtrij,
  Rol,
} from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { PartnersService } from '@buurtwerk/partners';
import { PlanService } from '@buurtwerk/signalen';
import type { ParticipatieInput, PlanReactieInput } from './dto/participatie.input';
import { ParticipatieStatus, PlanParticipatieEntity, PlanReactieEntity } from './participatie.entity';
import {
  ParticipatieverslagAntwoordModel,
  ParticipatieverslagModel,
  type PlanGegevens,
  type PlanParticipatieModel,
  toPlanParticipatieModel,
  toPlanReactieModel,
} from './participatie.model';
import { isOpen, nietGeinformeerd, telReacties, vensterFout } from './participatie.rules';

/**
 * Plans with early participation (issue 20; Omgevingswet): staff prepare a plan of signalen for
 * residents (its buurtregisseurs are informed first), publish it with a window, residents and
 * partners react, staff answer, and the participation report is computed from the record.
 */
@Injectable()
export class ParticipatieService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plannen: PlanService,
    private readonly buurten: BuurtenService,
    private readonly partners: PartnersService,
    private readonly lidmaatschappen: Lidmaatschappen,
  ) {}

  // ---------------------------------------------------------------- staff

  /**
   * Prepares (or re-prepares) the participation and informs every current buurtregisseur of the
   * touched buurten in the same transaction: they hear of it before residents do (bridge function).
   */
  async voorbereiden(planGlobalId: string, input: ParticipatieInput, gebruiker: Gebruiker): Promise<PlanParticipatieModel> {
    const planId = fromGlobalId(planGlobalId, 'Plan', 'planId');
    const [plan] = await this.plannen.plannenBijIds([planId]);
    if (!plan) {
      throw fout.nietGevonden('Het plan');
    }
    const vandaag = amsterdamseDatum(new Date());
    const venster = vensterFout(input.openVan, input.openTot, vandaag);
    if (venster) {
      throw fout.veld(venster.veld, venster.melding);
    }
    const buurtIds = await this.buurtIds(planId);
    await this.controleerBehandelaar(buurtIds, gebruiker);
    const regisseurs = await this.buurten.regisseursBijBuurten(buurtIds);
    const ontvangers = new Map(regisseurs.map((r) => [r.medewerker.id, r.medewerker]));
    return this.dataSource.transaction(async (tx) => {
      let e = await tx.findOne(PlanParticipatieEntity, { where: { planId }, lock: { mode: 'pessimistic_write' } });
      if (e?.status === ParticipatieStatus.GEPUBLICEERD) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          'Dit plan is al gepubliceerd voor bewoners; het venster ligt vast.',
        );
      }
      e = tx.create(PlanParticipatieEntity, {
        ...(e ?? {}),
        planId,
        status: ParticipatieStatus.VOORBEREID,
        vraag: input.vraag.trim(),
        openVan: input.openVan,
        openTot: input.openTot,
        geinformeerdeRegisseurs: [...ontvangers.keys()].sort(),
        voorbereidOp: new Date(),
        gepubliceerdOp: null,
        voorbereidDoor: gebruiker.sub,
      });
      const saved = await tx.save(e);
      await mailInWachtrij(
        tx,
        [...ontvangers.values()]
          .filter((m) => m.email)
          .map((m) => ({
            soort: 'PLAN_PARTICIPATIE_VOORBEREID',
            referentieId: saved.id,
            aan: m.email!,
            onderwerp: `Plan gaat naar bewoners: ${plan.titel}`,
            tekst: [
              `Beste ${m.naam},`,
              '',
              `Het plan "${plan.titel}" van ${plan.afdeling} raakt een of meer van uw buurten en gaat binnenkort naar de bewoners.`,
              `Bewoners en partners kunnen reageren van ${saved.openVan} tot en met ${saved.openTot}.`,
              `De vraag aan de buurt: ${saved.vraag}`,
              'U hoort het als eerste, zodat u de buurt kunt voorbereiden en kunt aangeven wat er speelt.',
            ].join('\n'),
          })),
      );
      return this.model(tx, saved, plan);
    });
  }

  /** Publishes to residents; refused while a current buurtregisseur of the buurten was not informed. */
  async publiceren(globalId: string, gebruiker: Gebruiker): Promise<PlanParticipatieModel> {
    const id = fromGlobalId(globalId, 'PlanParticipatie', 'id');
    return this.dataSource.transaction(async (tx) => {
      const e = await tx.findOne(PlanParticipatieEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!e) {
        throw fout.nietGevonden('De participatie');
      }
      const buurtIds = await this.buurtIds(e.planId);
      await this.controleerBehandelaar(buurtIds, gebruiker);
      if (e.status !== ParticipatieStatus.VOORBEREID) {
        throw new DomainError(FoutCode.ONGELDIGE_STATUSOVERGANG, 'Dit plan is al gepubliceerd voor bewoners.');
      }
      const regisseurs = await this.buurten.regisseursBijBuurten(buurtIds);
      const ontbrekend = nietGeinformeerd(
        regisseurs.map((r) => r.medewerker.id),
        e.geinformeerdeRegisseurs,
      );
      if (ontbrekend.length > 0) {
        const namen = regisseurs.filter((r) => ontbrekend.includes(r.medewerker.id)).map((r) => r.medewerker.naam);
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          `Buurtregisseur ${[...new Set(namen)].join(', ')} is nog niet over dit plan geïnformeerd. Bereid de participatie opnieuw voor; dan krijgen zij eerst bericht.`,
        );
      }
      if (e.openTot < amsterdamseDatum(new Date())) {
        throw fout.veld('openTot', 'ligt al in het verleden; bereid de participatie opnieuw voor met een nieuw venster.');
      }
      e.status = ParticipatieStatus.GEPUBLICEERD;
      e.gepubliceerdOp = new Date();
      const saved = await tx.save(e);
      const [plan] = await this.plannen.plannenBijIds([e.planId]);
      return this.model(tx, saved, plan);
    });
  }

  async reacties(globalId: string, gebruiker: Gebruiker) {
    const id = fromGlobalId(globalId, 'PlanParticipatie', 'participatieId');
    const e = await this.dataSource.manager.findOneBy(PlanParticipatieEntity, { id });
    if (!e) {
      throw fout.nietGevonden('De participatie');
    }
    await this.controleerBehandelaar(await this.buurtIds(e.planId), gebruiker);
    const rijen = await this.dataSource.manager.find(PlanReactieEntity, {
      where: { participatieId: id },
      order: { ingediendOp: 'ASC', id: 'ASC' },
    });
    return rijen.map(toPlanReactieModel);
  }

  async beantwoorden(globalId: string, antwoord: string, gebruiker: Gebruiker) {
    const id = fromGlobalId(globalId, 'PlanReactie', 'id');
    return this.dataSource.transaction(async (tx) => {
      const r = await tx.findOne(PlanReactieEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!r) {
        throw fout.nietGevonden('De reactie');
      }
      const p = await tx.findOneByOrFail(PlanParticipatieEntity, { id: r.participatieId });
      await this.controleerBehandelaar(await this.buurtIds(p.planId), gebruiker);
      r.antwoord = antwoord.trim();
      r.beantwoordDoor = gebruiker.sub;
      r.beantwoordOp = new Date();
      return toPlanReactieModel(await tx.save(r));
    });
  }

  /** Staff: the participations of the plans touching their buurten (policy staff: all), newest first. */
  async alle(gebruiker: Gebruiker): Promise<PlanParticipatieModel[]> {
    let rijen = await this.dataSource.manager.find(PlanParticipatieEntity, { order: { voorbereidOp: 'DESC', id: 'ASC' } });
    if (!heeftRol(gebruiker, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER)) {
      // One look-up for the caller's buurten and one for the plans' buurten, whatever the number of plans.
      const eigen = new Set(await this.buurten.buurtIdsVanMedewerker(gebruiker.sub));
      const bijPlan = await this.plannen.buurtIdsBijPlannen(rijen.map((r) => r.planId));
      const raakt = new Set(bijPlan.filter((b) => eigen.has(b.buurtId)).map((b) => b.planId));
      rijen = rijen.filter((r) => raakt.has(r.planId));
    }
    return this.modellen(rijen);
  }

  // ---------------------------------------------------------------- residents and partners

  /** Published plans (public), optionally those touching one buurt; open windows first. */
  async gepubliceerd(buurtGlobalId: string | null | undefined): Promise<PlanParticipatieModel[]> {
    let rijen = await this.dataSource.manager.find(PlanParticipatieEntity, {
      where: { status: ParticipatieStatus.GEPUBLICEERD },
      order: { openTot: 'DESC', id: 'ASC' },
    });
    if (buurtGlobalId) {
      const [buurtId] = await this.buurten.bestaandeBuurtIds([buurtGlobalId], 'buurtId');
      const bijPlan = await this.plannen.buurtIdsBijPlannen(rijen.map((r) => r.planId));
      const plannen = new Set(bijPlan.filter((b) => b.buurtId === buurtId).map((b) => b.planId));
      rijen = rijen.filter((r) => plannen.has(r.planId));
    }
    // Open windows first; within each group the latest closing date first (the query's order, kept by the stable sort).
    return (await this.modellen(rijen)).sort((a, b) => Number(b.open) - Number(a.open));
  }

  async participatie(globalId: string, gebruiker: Gebruiker | null): Promise<PlanParticipatieModel | null> {
    const id = fromGlobalId(globalId, 'PlanParticipatie', 'id');
    const e = await this.dataSource.manager.findOneBy(PlanParticipatieEntity, { id });
    if (!e) {
      return null;
    }
    if (
      e.status !== ParticipatieStatus.GEPUBLICEERD &&
      !(gebruiker && (await this.isBehandelaar(await this.buurtIds(e.planId), gebruiker)))
    ) {
      return null;
    }
    return (await this.modellen([e]))[0];
  }

  async reageren(globalId: string, input: PlanReactieInput, gebruiker: Gebruiker) {
    const id = fromGlobalId(globalId, 'PlanParticipatie', 'participatieId');
    const organisatieId = input.organisatieId ? fromGlobalId(input.organisatieId, 'Organisatie', 'input.organisatieId') : null;
    if (organisatieId) {
      if ((await this.partners.organisatiesBijIds([organisatieId])).length === 0) {
        throw fout.veld('input.organisatieId', 'is geen bestaande organisatie.');
      }
      if (!heeftRol(gebruiker, Rol.PARTNER) || !(await this.lidmaatschappen.isLidVan(gebruiker, organisatieId))) {
        throw fout.geenToegang('U kunt alleen reageren namens een organisatie waaraan u bent gekoppeld.');
      }
    }
    return this.dataSource.transaction(async (tx) => {
      // A shared lock: reactions may come in together, but not while the window is being changed.
      const p = await tx.findOne(PlanParticipatieEntity, { where: { id }, lock: { mode: 'pessimistic_read' } });
      if (!p || p.status !== ParticipatieStatus.GEPUBLICEERD) {
        throw fout.nietGevonden('Het plan');
      }
      if (!isOpen(p, amsterdamseDatum(new Date()))) {
        throw new DomainError(
          FoutCode.STEMMING_GESLOTEN,
          `U kunt op dit plan reageren van ${p.openVan} tot en met ${p.openTot}; nu kan dat niet.`,
        );
      }
      const saved = await tx.save(
        tx.create(PlanReactieEntity, {
          participatieId: id,
          tekst: input.tekst.trim(),
          standpunt: input.standpunt ?? null,
          organisatieId,
          ingediendDoor: gebruiker.sub,
          antwoord: null,
          beantwoordDoor: null,
          beantwoordOp: null,
        }),
      );
      return toPlanReactieModel(saved);
    });
  }

  async mijnReacties(gebruiker: Gebruiker) {
    const rijen = await this.dataSource.manager.find(PlanReactieEntity, {
      where: { ingediendDoor: gebruiker.sub },
      order: { ingediendOp: 'DESC', id: 'ASC' },
    });
    return rijen.map(toPlanReactieModel);
  }

  /** The participation report, computed from the record each time (never stored, so never stale). */
  async verslag(globalId: string, gebruiker: Gebruiker | null): Promise<ParticipatieverslagModel | null> {
    const id = fromGlobalId(globalId, 'PlanParticipatie', 'participatieId');
    const e = await this.dataSource.manager.findOneBy(PlanParticipatieEntity, { id });
    if (!e) {
      return null;
    }
    const buurtIds = await this.buurtIds(e.planId);
    if (e.status !== ParticipatieStatus.GEPUBLICEERD && !(gebruiker && (await this.isBehandelaar(buurtIds, gebruiker)))) {
      return null;
    }
    const [[plan], buurten, reacties] = await Promise.all([
      this.plannen.plannenBijIds([e.planId]),
      this.buurten.buurtenBijIds(buurtIds),
      this.dataSource.manager.find(PlanReactieEntity, {
        where: { participatieId: id },
        order: { ingediendOp: 'ASC', id: 'ASC' },
      }),
    ]);
    const organisaties = await this.partners.organisatiesBijIds([
      ...new Set(reacties.map((r) => r.organisatieId).filter((o): o is string => o !== null)),
    ]);
    const naam = new Map(organisaties.map((o) => [o.id, o.naam]));
    const telling = telReacties(
      reacties.map((r) => ({ standpunt: r.standpunt, vanPartner: r.organisatieId !== null, antwoord: r.antwoord })),
    );
    return Object.assign(new ParticipatieverslagModel(), {
      participatieId: globalId,
      titel: plan.titel,
      afdeling: plan.afdeling,
      vraag: e.vraag,
      buurten: buurten.map((b) => b.naam).sort((a, b) => a.localeCompare(b)),
      regisseursGeinformeerdOp: e.voorbereidOp,
      aantalGeinformeerdeRegisseurs: e.geinformeerdeRegisseurs.length,
      gepubliceerdOp: e.gepubliceerdOp,
      openVan: e.openVan,
      openTot: e.openTot,
      ...telling,
      // The resident's own words stay out (they may name people); the report says what was done.
      antwoorden: reacties.map((r) =>
        Object.assign(new ParticipatieverslagAntwoordModel(), {
          standpunt: r.standpunt,
          van: r.organisatieId ? (naam.get(r.organisatieId) ?? 'partner') : 'bewoner',
          ontvangenOp: amsterdamseDatum(r.ingediendOp),
          antwoord: r.antwoord,
        }),
      ),
    });
  }

  // ---------------------------------------------------------------- helpers

  private async buurtIds(planId: string): Promise<string[]> {
    return (await this.plannen.buurtIdsBijPlannen([planId])).map((b) => b.buurtId);
  }

  /** Policy staff and admins every plan; a buurtregisseur the plans touching their buurten. */
  private async isBehandelaar(buurtIds: readonly string[], gebruiker: Gebruiker): Promise<boolean> {
    if (heeftRol(gebruiker, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER)) {
      return true;
    }
    if (!heeftRol(gebruiker, Rol.BUURTREGISSEUR)) {
      return false;
    }
    const eigen = await this.buurten.buurtIdsVanMedewerker(gebruiker.sub);
    return buurtIds.some((b) => eigen.includes(b));
  }

  private async controleerBehandelaar(buurtIds: readonly string[], gebruiker: Gebruiker): Promise<void> {
    if (!(await this.isBehandelaar(buurtIds, gebruiker))) {
      throw fout.geenToegang('U kunt alleen plannen behandelen die uw buurten raken.');
    }
  }

  private async model(m: EntityManager, e: PlanParticipatieEntity, plan: PlanGegevens): Promise<PlanParticipatieModel> {
    const aantal = await m.count(PlanReactieEntity, { where: { participatieId: e.id } });
    return toPlanParticipatieModel(e, plan, { open: isOpen(e, amsterdamseDatum(new Date())), aantalReacties: aantal });
  }

  private async modellen(rijen: PlanParticipatieEntity[]): Promise<PlanParticipatieModel[]> {
    if (rijen.length === 0) {
      return [];
    }
    const plannen = new Map((await this.plannen.plannenBijIds(rijen.map((r) => r.planId))).map((p) => [p.dbId, p]));
    const tellingen = await this.dataSource.manager
      .createQueryBuilder(PlanReactieEntity, 'r')
      .select('r.participatie_id', 'id')
      .addSelect('count(*)::int', 'n')
      .where({ participatieId: In(rijen.map((r) => r.id)) })
      .groupBy('r.participatie_id')
      .getRawMany<{ id: string; n: number }>();
    const aantal = new Map(tellingen.map((t) => [t.id, t.n]));
    const vandaag = amsterdamseDatum(new Date());
    return rijen.flatMap((e) => {
      const plan = plannen.get(e.planId);
      return plan ? [toPlanParticipatieModel(e, plan, { open: isOpen(e, vandaag), aantalReacties: aantal.get(e.id) ?? 0 })] : [];
    });
  }
}
