import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { fout, fromGlobalId, type Gebruiker, isMedewerker, mailInWachtrij, NodeRegistry } from '@buurtwerk/core';
import { type BuurtEntity, BuurtenService, type MedewerkerEntity } from '@buurtwerk/buurten';
import type { PlanInput } from './dto/plan.input';
import { PlanEntity } from './plan.entity';
import { toPlanModel } from './plan.model';

@Injectable()
export class PlanService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(PlanEntity) private readonly plannen: Repository<PlanEntity>,
    private readonly buurten: BuurtenService,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    // Plans are visible to staff only (they may be internal until published).
    this.nodes.registreer('Plan', async (id, gebruiker) => {
      if (!isMedewerker(gebruiker)) {
        return null;
      }
      const p = await this.plannen.findOneBy({ id });
      return p ? toPlanModel(p) : null;
    });
  }

  /** Registers a plan and links the buurtregisseur of every buurt it touches (bridge function). */
  async registreren(input: PlanInput, gebruiker: Gebruiker) {
    const buurtIds = await this.buurten.bestaandeBuurtIds(input.buurtIds, 'input.buurtIds');
    if (input.einddatum && input.einddatum < input.startdatum) {
      throw fout.veld('input.einddatum', 'moet op of na de startdatum liggen.');
    }
    const regisseurs = await this.buurten.regisseursBijBuurten(buurtIds);
    const medewerkerIds = [...new Set(regisseurs.map((r) => r.medewerker.id))];
    return this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(
        tx.create(PlanEntity, {
          titel: input.titel.trim(),
          omschrijving: input.omschrijving?.trim() || null,
          afdeling: input.afdeling.trim(),
          startdatum: input.startdatum,
          einddatum: input.einddatum ?? null,
          geregistreerdDoor: gebruiker.sub,
          buurten: buurtIds.map((id) => ({ id }) as BuurtEntity),
          buurtregisseurs: medewerkerIds.map((id) => ({ id }) as MedewerkerEntity),
        }),
      );
      // The buurtregisseurs hear of it in the same transaction (outbox): the bridge function.
      const ontvangers = new Map(regisseurs.filter((r) => r.medewerker.email).map((r) => [r.medewerker.id, r.medewerker]));
      await mailInWachtrij(
        tx,
        [...ontvangers.values()].map((m) => ({
          soort: 'PLAN_GEREGISTREERD',
          referentieId: saved.id,
          aan: m.email!,
          onderwerp: `Nieuw plan in uw buurt: ${saved.titel}`,
          tekst: [
            `Beste ${m.naam},`,
            '',
            `De afdeling ${saved.afdeling} heeft een plan geregistreerd dat een of meer van uw buurten raakt: "${saved.titel}".`,
            `Start: ${saved.startdatum}${saved.einddatum ? `, einde: ${saved.einddatum}` : ''}.`,
            'U bent als buurtregisseur aan het plan gekoppeld; u vindt het in het regiepaneel.',
          ].join('\n'),
        })),
      );
      return toPlanModel(saved);
    });
  }

  async zoek(buurtGlobalId?: string | null) {
    const qb = this.plannen.createQueryBuilder('p');
    if (buurtGlobalId) {
      const buurtId = fromGlobalId(buurtGlobalId, 'Buurt', 'buurtId');
      qb.where('EXISTS (SELECT 1 FROM plan_buurt pb WHERE pb.plan_id = p.id AND pb.buurt_id = :buurtId)', { buurtId });
    }
    const rows = await qb.orderBy('p.startdatum', 'ASC').addOrderBy('p.id', 'ASC').getMany();
    return rows.map(toPlanModel);
  }

  /**
   * Plans touching any of these buurten that have not ended by `vandaag` (for libraries above this
   * one, e.g. the agenda of an MDO), by start date.
   */
  async lopendInBuurten(buurtIds: readonly string[], vandaag: string) {
    if (buurtIds.length === 0) {
      return [];
    }
    const rows = await this.plannen
      .createQueryBuilder('p')
      .where('EXISTS (SELECT 1 FROM plan_buurt pb WHERE pb.plan_id = p.id AND pb.buurt_id IN (:...buurtIds))', { buurtIds })
      .andWhere('(p.einddatum IS NULL OR p.einddatum >= :vandaag)', { vandaag })
      .orderBy('p.startdatum', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(100)
      .getMany();
    return rows.map(toPlanModel);
  }

  /** Plans by database id (for libraries above this one; access is theirs to check). */
  async plannenBijIds(ids: readonly string[]) {
    if (ids.length === 0) {
      return [];
    }
    return (await this.plannen.findBy({ id: In([...ids]) })).map(toPlanModel);
  }

  async buurtIdsBijPlannen(ids: readonly string[]): Promise<Array<{ planId: string; buurtId: string }>> {
    const rows = await this.dataSource.query<Array<{ plan_id: string; buurt_id: string }>>(
      'SELECT plan_id, buurt_id FROM plan_buurt WHERE plan_id = ANY($1::uuid[])',
      [ids],
    );
    return rows.map((r) => ({ planId: r.plan_id, buurtId: r.buurt_id }));
  }

  async regisseurIdsBijPlannen(ids: readonly string[]): Promise<Array<{ planId: string; medewerkerId: string }>> {
    const rows = await this.dataSource.query<Array<{ plan_id: string; medewerker_id: string }>>(
      'SELECT plan_id, medewerker_id FROM plan_buurtregisseur WHERE plan_id = ANY($1::uuid[])',
      [ids],
    );
    return rows.map((r) => ({ planId: r.plan_id, medewerkerId: r.medewerker_id }));
  }
}
