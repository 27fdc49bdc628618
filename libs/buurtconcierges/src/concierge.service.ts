import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DomainError,
  fout,
  FoutCode,
  fromGlobalId,
  type Gebruiker,
  isMedewerker,
  PersoonsgegevensRegister,
  toGlobalId,
} from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { SignalenService } from '@buurtwerk/signalen';
import {
  BuurtconciergeEntity,
  ConciergeLogregelEntity,
  ConciergeVerzoekEntity,
  VerzoekSoort,
  VerzoekStatus,
} from './concierge.entity';
import type { BuurtconciergeModel, ConciergePilotcijfersModel, ConciergeVerzoekModel } from './concierge.model';
import { conciergePersoonsgegevens } from './concierge.persoonsgegevens';
import type { BuurtconciergeInput, ConciergeLogregelInput, ConciergeVraagInput } from './dto/concierge.input';

@Injectable()
export class ConciergeService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly buurten: BuurtenService,
    private readonly signalen: SignalenService,
    private readonly persoonsgegevens: PersoonsgegevensRegister,
  ) {}

  onModuleInit(): void {
    this.persoonsgegevens.registreer(conciergePersoonsgegevens);
  }

  private async buurtnamen(ids: readonly string[]): Promise<Map<string, string>> {
    const rijen = await this.buurten.buurtenBijIds([...new Set(ids)]);
    return new Map(rijen.map((b) => [b.id, b.naam]));
  }

  async concierges(): Promise<BuurtconciergeModel[]> {
    const rijen = await this.dataSource.getRepository(BuurtconciergeEntity).find({ order: { naam: 'ASC', id: 'ASC' } });
    const namen = await this.buurtnamen(rijen.flatMap((c) => c.buurtIds));
    return rijen.map((c) => ({
      id: toGlobalId('Buurtconcierge', c.id),
      naam: c.naam,
      buurten: c.buurtIds.map((b) => namen.get(b) ?? ''),
      beschikbaarheid: c.beschikbaarheid,
    }));
  }

  async aanstellen(input: BuurtconciergeInput): Promise<BuurtconciergeModel> {
    const buurtIds = await this.buurten.bestaandeBuurtIds(input.buurtIds, 'input.buurtIds');
    const repo = this.dataSource.getRepository(BuurtconciergeEntity);
    const bestaand = await repo.findOneBy({ gebruikerId: input.gebruikerId });
    const c = await repo.save(
      Object.assign(bestaand ?? repo.create(), {
        gebruikerId: input.gebruikerId,
        naam: input.naam,
        buurtIds,
        beschikbaarheid: input.beschikbaarheid,
      }),
    );
    const namen = await this.buurtnamen(c.buurtIds);
    return {
      id: toGlobalId('Buurtconcierge', c.id),
      naam: c.naam,
      buurten: c.buurtIds.map((b) => namen.get(b) ?? ''),
      beschikbaarheid: c.beschikbaarheid,
    };
  }

  private async conciergeVan(gebruiker: Gebruiker): Promise<BuurtconciergeEntity | null> {
    return this.dataSource.getRepository(BuurtconciergeEntity).findOneBy({ gebruikerId: gebruiker.sub });
  }

  private verzoekModel(v: ConciergeVerzoekEntity, namen: Map<string, string>): ConciergeVerzoekModel {
    return {
      id: toGlobalId('ConciergeVerzoek', v.id),
      buurt: namen.get(v.buurtId) ?? '',
      soort: v.soort,
      omschrijving: v.omschrijving,
      status: v.status,
      signaalReferentie: v.signaalReferentie,
      gevraagdOp: v.gevraagdOp,
      opgepaktOp: v.opgepaktOp,
    };
  }

  /**
   * A resident asks the concierge. A report that belongs to a department (a signal category)
   * goes through the signals library, like any signal; the concierge sees it too.
   */
  async vragen(input: ConciergeVraagInput, gebruiker: Gebruiker): Promise<ConciergeVerzoekModel> {
    const [buurtId] = await this.buurten.bestaandeBuurtIds([input.buurtId], 'input.buurtId');
    const heeftConcierge = await this.dataSource
      .getRepository(BuurtconciergeEntity)
      .createQueryBuilder('c')
      .where(':buurt = ANY(c.buurtIds)', { buurt: buurtId })
      .getExists();
    if (!heeftConcierge) {
      throw fout.veld('input.buurtId', 'In deze buurt is (nog) geen buurtconciërge.');
    }
    if (input.categorie && input.soort !== VerzoekSoort.MELDING) {
      throw fout.veld('input.categorie', 'Een onderwerp voor een afdeling hoort bij een melding.');
    }
    let signaal: { id: string; referentie: string } | null = null;
    if (input.categorie) {
      const s = await this.signalen.melden(
        { buurtId: input.buurtId, categorie: input.categorie, omschrijving: input.omschrijving },
        gebruiker,
      );
      signaal = { id: fromGlobalId(s.id, 'Signaal', 'id'), referentie: s.referentie };
    }
    const repo = this.dataSource.getRepository(ConciergeVerzoekEntity);
    const v = await repo.save(
      repo.create({
        buurtId,
        gevraagdDoor: gebruiker.sub,
        soort: input.soort,
        omschrijving: input.omschrijving,
        signaalId: signaal?.id ?? null,
        signaalReferentie: signaal?.referentie ?? null,
      }),
    );
    return this.verzoekModel(v, await this.buurtnamen([buurtId]));
  }

  /** Requests of the caller's buurten (a concierge), all (staff), or none; open ones first. */
  async verzoeken(gebruiker: Gebruiker): Promise<ConciergeVerzoekModel[]> {
    const c = await this.conciergeVan(gebruiker);
    // Anyone else signed in sees none (requests name residents' concerns).
    if (!c && !isMedewerker(gebruiker)) {
      return [];
    }
    const qb = this.dataSource.getRepository(ConciergeVerzoekEntity).createQueryBuilder('v');
    if (c && !isMedewerker(gebruiker)) {
      qb.where('v.buurtId = ANY(:buurten)', { buurten: c.buurtIds });
    }
    const rijen = await qb
      .orderBy(`CASE v.status WHEN 'NIEUW' THEN 0 WHEN 'OPGEPAKT' THEN 1 ELSE 2 END`)
      .addOrderBy('v.gevraagdOp', 'ASC')
      .addOrderBy('v.id')
      .take(200)
      .getMany();
    const namen = await this.buurtnamen(rijen.map((v) => v.buurtId));
    return rijen.map((v) => this.verzoekModel(v, namen));
  }

  async oppakken(id: string, afronden: boolean, gebruiker: Gebruiker): Promise<ConciergeVerzoekModel> {
    const verzoekId = fromGlobalId(id, 'ConciergeVerzoek', 'id');
    const c = await this.conciergeVan(gebruiker);
    return this.dataSource.transaction(async (tx) => {
      const v = await tx
        .getRepository(ConciergeVerzoekEntity)
        .findOne({ where: { id: verzoekId }, lock: { mode: 'pessimistic_write' } });
      if (!v) {
        throw fout.nietGevonden('Het verzoek');
      }
      if (!c || !c.buurtIds.includes(v.buurtId)) {
        throw fout.geenToegang('Alleen de buurtconciërge van deze buurt pakt dit verzoek op.');
      }
      const naar = afronden ? VerzoekStatus.AFGEROND : VerzoekStatus.OPGEPAKT;
      const mag = afronden ? v.status !== VerzoekStatus.AFGEROND : v.status === VerzoekStatus.NIEUW;
      if (!mag) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          afronden ? 'Dit verzoek is al afgerond.' : 'Dit verzoek is al opgepakt.',
        );
      }
      v.status = naar;
      v.conciergeId = c.id;
      v.opgepaktOp ??= new Date();
      await tx.getRepository(ConciergeVerzoekEntity).save(v);
      return this.verzoekModel(v, await this.buurtnamen([v.buurtId]));
    });
  }

  async logboekSchrijven(input: ConciergeLogregelInput, gebruiker: Gebruiker): Promise<boolean> {
    const c = await this.conciergeVan(gebruiker);
    if (!c) {
      throw fout.geenToegang('Alleen buurtconciërges houden een logboek bij.');
    }
    const buurtId = fromGlobalId(input.buurtId, 'Buurt', 'input.buurtId');
    if (!c.buurtIds.includes(buurtId)) {
      throw fout.veld('input.buurtId', 'Dit is niet een van je buurten.');
    }
    await this.dataSource.getRepository(ConciergeLogregelEntity).save({
      conciergeId: c.id,
      buurtId,
      datum: input.datum,
      soort: input.soort,
      categorie: input.categorie,
      minuten: input.minuten,
      notitie: input.notitie,
      naamMetToestemming: input.naamMetToestemming ?? null,
      doorverwezen: input.doorverwezen ?? false,
      verzoekId: input.verzoekId ? fromGlobalId(input.verzoekId, 'ConciergeVerzoek', 'input.verzoekId') : null,
    });
    return true;
  }

  /** The pilot's evaluation figures per buurt with a concierge (optionally within one year). */
  async pilotcijfers(jaar?: number | null): Promise<ConciergePilotcijfersModel[]> {
    const concierges = await this.dataSource.getRepository(BuurtconciergeEntity).find();
    const buurtIds = [...new Set(concierges.flatMap((c) => c.buurtIds))];
    if (buurtIds.length === 0) {
      return [];
    }
    const jaarFilter = (kolom: string) => (jaar ? `AND extract(year FROM ${kolom}) = ${Number(jaar)}` : '');
    const verzoeken = await this.dataSource.query<
      Array<{ buurt_id: string; n: string; opgepakt: string; uren: string | null; signalen: string }>
    >(
      `SELECT buurt_id, count(*) AS n, count(opgepakt_op) AS opgepakt,
              avg(extract(epoch FROM opgepakt_op - gevraagd_op) / 3600) AS uren, count(signaal_id) AS signalen
         FROM concierge_verzoek WHERE buurt_id = ANY($1::uuid[]) ${jaarFilter("gevraagd_op AT TIME ZONE 'Europe/Amsterdam'")}
        GROUP BY buurt_id`,
      [buurtIds],
    );
    const log = await this.dataSource.query<Array<{ buurt_id: string; contacten: string; minuten: string; door: string }>>(
      `SELECT buurt_id, count(*) FILTER (WHERE soort = 'CONTACT') AS contacten, sum(minuten) AS minuten,
              count(*) FILTER (WHERE doorverwezen) AS door
         FROM concierge_logregel WHERE buurt_id = ANY($1::uuid[]) ${jaarFilter('datum')}
        GROUP BY buurt_id`,
      [buurtIds],
    );
    const namen = await this.buurtnamen(buurtIds);
    return buurtIds
      .map((b) => {
        const v = verzoeken.find((x) => x.buurt_id === b);
        const l = log.find((x) => x.buurt_id === b);
        return {
          buurt: namen.get(b) ?? '',
          verzoeken: Number(v?.n ?? 0),
          opgepakt: Number(v?.opgepakt ?? 0),
          gemiddeldeReactietijdUren: v?.uren === null || v?.uren === undefined ? null : Math.round(Number(v.uren) * 10) / 10,
          doorverwijzingen: Number(v?.signalen ?? 0) + Number(l?.door ?? 0),
          contacten: Number(l?.contacten ?? 0),
          uren: Math.round((Number(l?.minuten ?? 0) / 60) * 10) / 10,
        };
      })
      .sort((a, b) => a.buurt.localeCompare(b.buurt));
  }
}
