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
  Rol,
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
import type {
  BuurtconciergeModel,
  ConciergeLogregelModel,
  ConciergePilotcijfersModel,
  ConciergeVerzoekModel,
} from './concierge.model';
import { conciergePersoonsgegevens } from './concierge.persoonsgegevens';
import type {
  BuurtconciergeInput,
  ConciergeAfrondenInput,
  ConciergeDoorzettenInput,
  ConciergeLogregelInput,
  ConciergeVraagInput,
} from './dto/concierge.input';

/**
 * The concierge pilot's evaluation figures for one buurt, for the year report of the buurtregie
 * work and the Regiepaneel (`ConciergeService.evaluatiecijfers`). Ids are database uuids.
 */
export interface ConciergeEvaluatie {
  buurtId: string;
  buurtcode: string;
  buurtnaam: string;
  /** Requests residents made (help and reports). */
  verzoeken: number;
  /** Requests the concierge picked up (any status after NIEUW). */
  opgepakt: number;
  /** Requests completed by the concierge or passed on to a department. */
  afgerond: number;
  /** Average hours from request to pick-up, one decimal; null when none was picked up. */
  gemiddeldeReactietijdUren: number | null;
  /** Follow-ups to departments: requests that became a signal plus logbook lines passed on. */
  doorverwijzingen: number;
  /** Logbook lines of kind CONTACT and TAAK. */
  contacten: number;
  taken: number;
  /** Logbook hours, one decimal. */
  uren: number;
}

/** Which figures: one calendar year (Europe/Amsterdam) or all, for all pilot buurten or some. */
export interface ConciergeEvaluatiePeriode {
  jaar?: number | null;
  /** Database uuids of buurten; default the buurten any concierge is assigned to. */
  buurtIds?: readonly string[];
}

/** Requests the concierge may still act on (pick up, complete, pass on). */
const OPEN: readonly VerzoekStatus[] = [VerzoekStatus.NIEUW, VerzoekStatus.OPGEPAKT];

const eenDecimaal = (n: number): number => Math.round(n * 10) / 10;

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

  private async buurtnamen(ids: readonly string[]): Promise<Map<string, { naam: string; code: string }>> {
    const rijen = await this.buurten.buurtenBijIds([...new Set(ids)]);
    return new Map(rijen.map((b) => [b.id, { naam: b.naam, code: b.code }]));
  }

  private conciergeModel(c: BuurtconciergeEntity, namen: Map<string, { naam: string }>): BuurtconciergeModel {
    return {
      id: toGlobalId('Buurtconcierge', c.id),
      naam: c.naam,
      buurten: c.buurtIds.map((b) => namen.get(b)?.naam ?? ''),
      buurtIds: c.buurtIds.map((b) => toGlobalId('Buurt', b)),
      beschikbaarheid: c.beschikbaarheid,
    };
  }

  async concierges(): Promise<BuurtconciergeModel[]> {
    const rijen = await this.dataSource.getRepository(BuurtconciergeEntity).find({ order: { naam: 'ASC', id: 'ASC' } });
    const namen = await this.buurtnamen(rijen.flatMap((c) => c.buurtIds));
    return rijen.map((c) => this.conciergeModel(c, namen));
  }

  /** The caller's own assignment as a concierge, or null (the Regiepaneel shows the concierge's view by it). */
  async mijnConciergeschap(gebruiker: Gebruiker): Promise<BuurtconciergeModel | null> {
    const c = await this.conciergeVan(gebruiker);
    return c ? this.conciergeModel(c, await this.buurtnamen(c.buurtIds)) : null;
  }

  async aanstellen(input: BuurtconciergeInput): Promise<BuurtconciergeModel> {
    const buurtIds = await this.buurten.bestaandeBuurtIds(input.buurtIds, 'input.buurtIds');
    const repo = this.dataSource.getRepository(BuurtconciergeEntity);
    const bestaand = await repo.findOneBy({ gebruikerId: input.gebruikerId.trim() });
    const c = await repo.save(
      Object.assign(bestaand ?? repo.create(), {
        gebruikerId: input.gebruikerId.trim(),
        naam: input.naam.trim(),
        buurtIds,
        beschikbaarheid: input.beschikbaarheid.trim(),
      }),
    );
    return this.conciergeModel(c, await this.buurtnamen(c.buurtIds));
  }

  private async conciergeVan(gebruiker: Gebruiker): Promise<BuurtconciergeEntity | null> {
    return this.dataSource.getRepository(BuurtconciergeEntity).findOneBy({ gebruikerId: gebruiker.sub });
  }

  private verzoekModel(v: ConciergeVerzoekEntity, namen: Map<string, { naam: string }>): ConciergeVerzoekModel {
    return {
      id: toGlobalId('ConciergeVerzoek', v.id),
      buurt: namen.get(v.buurtId)?.naam ?? '',
      buurtId: toGlobalId('Buurt', v.buurtId),
      soort: v.soort,
      omschrijving: v.omschrijving,
      naam: v.naamMetToestemming,
      status: v.status,
      signaalReferentie: v.signaalReferentie,
      reactie: v.reactie,
      gevraagdOp: v.gevraagdOp,
      opgepaktOp: v.opgepaktOp,
      afgerondOp: v.afgerondOp,
    };
  }

  /**
   * A resident asks the concierge. A report that belongs to a department (a signal category)
   * goes through the signals library, like any signal; the concierge sees it too. The name is
   * kept only with the resident's consent (AVG art. 6(1)(a)).
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
        omschrijving: input.omschrijving.trim(),
        naamMetToestemming: input.naamToestemming === true ? gebruiker.naam.trim() || null : null,
        signaalId: signaal?.id ?? null,
        signaalReferentie: signaal?.referentie ?? null,
      }),
    );
    return this.verzoekModel(v, await this.buurtnamen([buurtId]));
  }

  /** The resident's own requests, newest first: status, the concierge's answer, the signal it became. */
  async mijnVerzoeken(gebruiker: Gebruiker): Promise<ConciergeVerzoekModel[]> {
    const rijen = await this.dataSource
      .getRepository(ConciergeVerzoekEntity)
      .find({ where: { gevraagdDoor: gebruiker.sub }, order: { gevraagdOp: 'DESC', id: 'ASC' }, take: 100 });
    const namen = await this.buurtnamen(rijen.map((v) => v.buurtId));
    return rijen.map((v) => this.verzoekModel(v, namen));
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

  /**
   * Locks a request of the concierge's own buurten and hands it to `wijzig` in one transaction,
   * so two concierges (or two tabs) cannot act on it at once.
   */
  private async metVerzoek(
    id: string,
    gebruiker: Gebruiker,
    wijzig: (v: ConciergeVerzoekEntity, c: BuurtconciergeEntity) => Promise<void>,
  ): Promise<ConciergeVerzoekModel> {
    const verzoekId = fromGlobalId(id, 'ConciergeVerzoek', 'id');
    const c = await this.conciergeVan(gebruiker);
    const v = await this.dataSource.transaction(async (tx) => {
      const rij = await tx
        .getRepository(ConciergeVerzoekEntity)
        .findOne({ where: { id: verzoekId }, lock: { mode: 'pessimistic_write' } });
      if (!rij) {
        throw fout.nietGevonden('Het verzoek');
      }
      if (!c || !c.buurtIds.includes(rij.buurtId)) {
        throw fout.geenToegang('Alleen de buurtconciërge van deze buurt handelt dit verzoek af.');
      }
      await wijzig(rij, c);
      rij.conciergeId = c.id;
      rij.opgepaktOp ??= new Date();
      return tx.getRepository(ConciergeVerzoekEntity).save(rij);
    });
    return this.verzoekModel(v, await this.buurtnamen([v.buurtId]));
  }

  private static nietMeerOpen(v: ConciergeVerzoekEntity): DomainError {
    return new DomainError(
      FoutCode.ONGELDIGE_STATUSOVERGANG,
      v.status === VerzoekStatus.DOORGEZET ? 'Dit verzoek is al doorgezet naar een afdeling.' : 'Dit verzoek is al afgerond.',
    );
  }

  async oppakken(id: string, afronden: boolean, gebruiker: Gebruiker): Promise<ConciergeVerzoekModel> {
    return this.metVerzoek(id, gebruiker, (v) => {
      if (!OPEN.includes(v.status) || (!afronden && v.status !== VerzoekStatus.NIEUW)) {
        throw v.status === VerzoekStatus.OPGEPAKT
          ? new DomainError(FoutCode.ONGELDIGE_STATUSOVERGANG, 'Dit verzoek is al opgepakt.')
          : ConciergeService.nietMeerOpen(v);
      }
      v.status = afronden ? VerzoekStatus.AFGEROND : VerzoekStatus.OPGEPAKT;
      if (afronden) {
        v.afgerondOp = new Date();
      }
      return Promise.resolve();
    });
  }

  /** The concierge completes a request with an answer the resident reads under "my requests". */
  async afronden(input: ConciergeAfrondenInput, gebruiker: Gebruiker): Promise<ConciergeVerzoekModel> {
    return this.metVerzoek(input.id, gebruiker, (v) => {
      if (!OPEN.includes(v.status)) {
        throw ConciergeService.nietMeerOpen(v);
      }
      v.status = VerzoekStatus.AFGEROND;
      v.reactie = input.reactie.trim();
      v.afgerondOp = new Date();
      return Promise.resolve();
    });
  }

  /**
   * The concierge passes a request to the department that owns it: it becomes a signal like any
   * other (reporter: the resident, so the signal's deadline and feedback reach them under "my
   * signals"); it counts as a follow-up in the pilot figures.
   */
  async doorzetten(input: ConciergeDoorzettenInput, gebruiker: Gebruiker): Promise<ConciergeVerzoekModel> {
    return this.metVerzoek(input.id, gebruiker, async (v, c) => {
      if (!OPEN.includes(v.status)) {
        throw ConciergeService.nietMeerOpen(v);
      }
      if (v.signaalReferentie) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          `Deze melding ging al als signaal ${v.signaalReferentie} naar de afdeling.`,
        );
      }
      const toelichting = input.toelichting?.trim();
      const melder: Gebruiker = {
        sub: v.gevraagdDoor,
        naam: v.naamMetToestemming ?? 'Bewoner',
        email: null,
        rollen: [Rol.BEWONER],
        buurtcode: null,
      };
      // The signal is committed by the signals library; this request stays locked meanwhile, so a
      // second concierge waits and then finds it passed on.
      const s = await this.signalen.melden(
        {
          buurtId: toGlobalId('Buurt', v.buurtId),
          categorie: input.categorie,
          omschrijving: toelichting
            ? `${v.omschrijving}\n\nToelichting van buurtconciërge ${c.naam}: ${toelichting}`
            : v.omschrijving,
        },
        melder,
      );
      v.signaalId = fromGlobalId(s.id, 'Signaal', 'id');
      v.signaalReferentie = s.referentie;
      v.status = VerzoekStatus.DOORGEZET;
      v.reactie = `Doorgezet naar ${s.afdeling ?? 'de gemeente'} als signaal ${s.referentie}.`;
      v.afgerondOp = new Date();
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
    const naam = input.naamMetToestemming?.trim() || null;
    const verzoekId = input.verzoekId ? fromGlobalId(input.verzoekId, 'ConciergeVerzoek', 'input.verzoekId') : null;
    if (verzoekId) {
      const v = await this.dataSource.getRepository(ConciergeVerzoekEntity).findOneBy({ id: verzoekId });
      if (!v || v.buurtId !== buurtId) {
        throw fout.veld('input.verzoekId', 'Dit verzoek hoort niet bij deze buurt.');
      }
      // The resident said no to their name being used (AVG art. 6(1)(a)): the logbook respects that.
      if (naam && !v.naamMetToestemming) {
        throw fout.veld('input.naamMetToestemming', 'Deze bewoner gaf geen toestemming om de naam te noteren.');
      }
    }
    await this.dataSource.getRepository(ConciergeLogregelEntity).save({
      conciergeId: c.id,
      buurtId,
      datum: input.datum,
      soort: input.soort,
      categorie: input.categorie.trim(),
      minuten: input.minuten,
      notitie: input.notitie.trim(),
      naamMetToestemming: naam,
      doorverwezen: input.doorverwezen ?? false,
      verzoekId,
    });
    return true;
  }

  /** The concierge's own logbook, newest first (the last 200 lines). */
  async logboek(gebruiker: Gebruiker): Promise<ConciergeLogregelModel[]> {
    const c = await this.conciergeVan(gebruiker);
    if (!c) {
      return [];
    }
    const rijen = await this.dataSource
      .getRepository(ConciergeLogregelEntity)
      .find({ where: { conciergeId: c.id }, order: { datum: 'DESC', id: 'ASC' }, take: 200 });
    const namen = await this.buurtnamen(rijen.map((r) => r.buurtId));
    return rijen.map((r) => ({
      id: toGlobalId('ConciergeLogregel', r.id),
      buurt: namen.get(r.buurtId)?.naam ?? '',
      datum: r.datum,
      soort: r.soort,
      categorie: r.categorie,
      minuten: r.minuten,
      notitie: r.notitie,
      naamMetToestemming: r.naamMetToestemming,
      doorverwezen: r.doorverwezen,
    }));
  }

  /**
   * The pilot's evaluation figures per buurt (docs/domein.md, "Buurtconciërges"): requests,
   * response time, follow-ups to departments, contacts, tasks and hours, optionally within one
   * calendar year in Europe/Amsterdam. Exported for the year report of the buurtregie work.
   */
  async evaluatiecijfers(periode: ConciergeEvaluatiePeriode = {}): Promise<ConciergeEvaluatie[]> {
    const buurtIds = periode.buurtIds
      ? [...new Set(periode.buurtIds)]
      : [...new Set((await this.dataSource.getRepository(BuurtconciergeEntity).find()).flatMap((c) => c.buurtIds))];
    if (buurtIds.length === 0) {
      return [];
    }
    const jaar = periode.jaar ?? null;
    const verzoeken = await this.dataSource.query<
      Array<{ buurt_id: string; n: string; opgepakt: string; afgerond: string; uren: string | null; signalen: string }>
    >(
      `SELECT buurt_id, count(*) AS n, count(opgepakt_op) AS opgepakt, count(afgerond_op) AS afgerond,
              avg(extract(epoch FROM opgepakt_op - gevraagd_op) / 3600) AS uren, count(signaal_id) AS signalen
         FROM concierge_verzoek
        WHERE buurt_id = ANY($1::uuid[])
          AND ($2::int IS NULL OR extract(year FROM gevraagd_op AT TIME ZONE 'Europe/Amsterdam') = $2::int)
        GROUP BY buurt_id`,
      [buurtIds, jaar],
    );
    const log = await this.dataSource.query<
      Array<{ buurt_id: string; contacten: string; taken: string; minuten: string; door: string }>
    >(
      `SELECT buurt_id, count(*) FILTER (WHERE soort = 'CONTACT') AS contacten, count(*) FILTER (WHERE soort = 'TAAK') AS taken,
              sum(minuten) AS minuten, count(*) FILTER (WHERE doorverwezen) AS door
         FROM concierge_logregel
        WHERE buurt_id = ANY($1::uuid[]) AND ($2::int IS NULL OR extract(year FROM datum) = $2::int)
        GROUP BY buurt_id`,
      [buurtIds, jaar],
    );
    const namen = await this.buurtnamen(buurtIds);
    const perVerzoek = new Map(verzoeken.map((r) => [r.buurt_id, r]));
    const perLog = new Map(log.map((r) => [r.buurt_id, r]));
    return buurtIds
      .map((b): ConciergeEvaluatie => {
        const v = perVerzoek.get(b);
        const l = perLog.get(b);
        return {
          buurtId: b,
          buurtcode: namen.get(b)?.code ?? '',
          buurtnaam: namen.get(b)?.naam ?? '',
          verzoeken: Number(v?.n ?? 0),
          opgepakt: Number(v?.opgepakt ?? 0),
          afgerond: Number(v?.afgerond ?? 0),
          gemiddeldeReactietijdUren: v?.uren === null || v?.uren === undefined ? null : eenDecimaal(Number(v.uren)),
          doorverwijzingen: Number(v?.signalen ?? 0) + Number(l?.door ?? 0),
          contacten: Number(l?.contacten ?? 0),
          taken: Number(l?.taken ?? 0),
          uren: eenDecimaal(Number(l?.minuten ?? 0) / 60),
        };
      })
      .sort((a, b) => a.buurtnaam.localeCompare(b.buurtnaam, 'nl') || a.buurtcode.localeCompare(b.buurtcode));
  }

  async pilotcijfers(jaar?: number | null): Promise<ConciergePilotcijfersModel[]> {
    const cijfers = await this.evaluatiecijfers({ jaar });
    return cijfers.map(({ buurtId: _id, buurtnaam, ...rest }) => ({ buurt: buurtnaam, ...rest }));
  }
}
