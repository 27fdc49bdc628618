import { randomInt } from 'node:crypto';
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
  isMedewerker,
  Lidmaatschappen,
  PersoonsgegevensRegister,
  toGlobalId,
} from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { PartnersService } from '@buurtwerk/partners';
import { boek, rekening, saldoVan } from './grootboek';
import {
  DeelnameStatus,
  HeitjeDeelnameEntity,
  HeitjeKlusEntity,
  HeitjeWinkelEntity,
  KlusStatus,
  RekeningSoort,
  TransactieSoort,
} from './heitje.entity';
import type {
  HeitjeAfrekeningsregelModel,
  HeitjeBetaalcodeModel,
  HeitjeBetalingModel,
  HeitjeDeelnameModel,
  HeitjeKlusModel,
  HeitjePortemonneeModel,
  HeitjeWinkelModel,
} from './heitje.model';
import { toHeitjeKlusModel } from './heitje.model';
import { heitjePersoonsgegevens } from './heitje.persoonsgegevens';
import { CODE_TEKENS, isMaand, laadHeitjeConfig, pastBinnenPlafond, type HeitjeConfig } from './heitje.rules';
import type { HeitjeKlusInput, HeitjeWinkelInput, HeitjeWisselkoersInput } from './dto/heitje.input';

const GEMEENTE = 'gemeente';

@Injectable()
export class HeitjeService implements OnModuleInit {
  readonly config: HeitjeConfig = laadHeitjeConfig();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly buurten: BuurtenService,
    private readonly partners: PartnersService,
    private readonly lidmaatschappen: Lidmaatschappen,
    private readonly persoonsgegevens: PersoonsgegevensRegister,
  ) {}

  onModuleInit(): void {
    this.persoonsgegevens.registreer(heitjePersoonsgegevens);
  }

  private async klusModellen(
    klussen: HeitjeKlusEntity[],
    m: EntityManager = this.dataSource.manager,
  ): Promise<HeitjeKlusModel[]> {
    if (klussen.length === 0) {
      return [];
    }
    const ids = klussen.map((k) => k.id);
    // One after another: `m` may be a transaction's single connection.
    const buurten = await this.buurten.buurtenBijIds([...new Set(klussen.map((k) => k.buurtId))]);
    const organisaties = await this.partners.organisatiesBijIds([...new Set(klussen.map((k) => k.organisatieId))]);
    const bezet = await m.query<Array<{ klus_id: string; n: string }>>(
      'SELECT klus_id, count(*) AS n FROM heitje_deelname WHERE klus_id = ANY($1::uuid[]) GROUP BY klus_id',
      [ids],
    );
    const budgetten = await m.query<Array<{ eigenaar: string; saldo: string }>>(
      `SELECT eigenaar, saldo FROM heitje_rekening WHERE soort = 'KLUSBUDGET' AND eigenaar = ANY($1::text[])`,
      [ids],
    );
    return klussen.map((k) =>
      toHeitjeKlusModel(k, {
        buurtnaam: buurten.find((b) => b.id === k.buurtId)?.naam ?? '',
        organisatienaam: organisaties.find((o) => o.id === k.organisatieId)?.naam ?? '',
        bezet: Number(bezet.find((b) => b.klus_id === k.id)?.n ?? 0),
        budget: Number(budgetten.find((b) => b.eigenaar === k.id)?.saldo ?? 0),
      }),
    );
  }

  /** The job board: open jobs (optionally of one buurt), newest first. */
  async klussen(buurtId?: string | null): Promise<HeitjeKlusModel[]> {
    const buurt = buurtId ? fromGlobalId(buurtId, 'Buurt', 'buurtId') : null;
    const rijen = await this.dataSource.getRepository(HeitjeKlusEntity).find({
      where: { status: KlusStatus.OPEN, ...(buurt ? { buurtId: buurt } : {}) },
      order: { aangemaaktOp: 'DESC', id: 'ASC' },
      take: 200,
    });
    return this.klusModellen(rijen);
  }

  /** Puts a job on the board and mints its budget (reward × places) from the issuing account. */
  async klusAanmaken(input: HeitjeKlusInput): Promise<HeitjeKlusModel> {
    const [buurtId] = await this.buurten.bestaandeBuurtIds([input.buurtId], 'input.buurtId');
    const organisatieId = fromGlobalId(input.organisatieId, 'Organisatie', 'input.organisatieId');
    if ((await this.partners.organisatiesBijIds([organisatieId])).length === 0) {
      throw fout.veld('input.organisatieId', 'Deze organisatie bestaat niet.');
    }
    return this.dataSource.transaction(async (tx) => {
      const klus = await tx.getRepository(HeitjeKlusEntity).save(
        tx.getRepository(HeitjeKlusEntity).create({
          titel: input.titel,
          beschrijving: input.beschrijving,
          buurtId,
          materialen: input.materialen,
          beloning: input.beloning,
          plaatsen: input.plaatsen,
          organisatieId,
        }),
      );
      const budget = input.beloning * input.plaatsen;
      await boek(
        tx,
        TransactieSoort.KLUS_BEGROTEN,
        `Budget voor “${input.titel}”`,
        [
          { rekeningId: await rekening(tx, RekeningSoort.UITGIFTE, GEMEENTE), bedrag: -budget },
          { rekeningId: await rekening(tx, RekeningSoort.KLUSBUDGET, klus.id), bedrag: budget },
        ],
        { klusId: klus.id },
      );
      return (await this.klusModellen([klus], tx))[0];
    });
  }

  /** A resident takes a place; the job row is locked so two claims cannot take the last place. */
  async claimen(klusId: string, gebruiker: Gebruiker): Promise<HeitjeDeelnameModel> {
    const id = fromGlobalId(klusId, 'HeitjeKlus', 'klusId');
    return this.dataSource.transaction(async (tx) => {
      const klus = await tx.getRepository(HeitjeKlusEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!klus) {
        throw fout.nietGevonden('De klus');
      }
      if (klus.status !== KlusStatus.OPEN) {
        throw new DomainError(FoutCode.ONGELDIGE_STATUSOVERGANG, 'Deze klus is gesloten.');
      }
      const deelnames = tx.getRepository(HeitjeDeelnameEntity);
      if (await deelnames.existsBy({ klusId: id, bewoner: gebruiker.sub })) {
        throw new DomainError(FoutCode.CONFLICT, 'Je doet al mee aan deze klus.');
      }
      if ((await deelnames.countBy({ klusId: id })) >= klus.plaatsen) {
        throw new DomainError(FoutCode.CONFLICT, 'Alle plaatsen van deze klus zijn al bezet.');
      }
      const d = await deelnames.save(deelnames.create({ klusId: id, bewoner: gebruiker.sub, naam: gebruiker.naam }));
      return this.deelnameModel(d, klus);
    });
  }

  private deelnameModel(d: HeitjeDeelnameEntity, klus: HeitjeKlusEntity): HeitjeDeelnameModel {
    return {
      id: toGlobalId('HeitjeDeelname', d.id),
      klusId: toGlobalId('HeitjeKlus', klus.id),
      klustitel: klus.titel,
      naam: d.naam,
      status: d.status,
      notitie: d.notitie,
      geclaimdOp: d.geclaimdOp,
      voltooidOp: d.voltooidOp,
    };
  }

  private async jaarplafond(tx: EntityManager, jaar: number): Promise<number> {
    const [r] = await tx.query<Array<{ max_heitjes: number }>>('SELECT max_heitjes FROM heitje_jaarplafond WHERE jaar = $1', [
      jaar,
    ]);
    return r ? Number(r.max_heitjes) : this.config.standaardJaarplafond;
  }

  private async verdiendIn(tx: EntityManager, portemonnee: string, jaar: number): Promise<number> {
    const [r] = await tx.query<Array<{ som: string | null }>>(
      `SELECT sum(b.bedrag) AS som FROM heitje_boeking b JOIN heitje_transactie t ON t.id = b.transactie_id
        WHERE b.rekening_id = $1 AND t.soort = 'BELONEN'
          AND extract(year FROM t.op AT TIME ZONE 'Europe/Amsterdam') = $2`,
      [portemonnee, jaar],
    );
    return Number(r.som ?? 0);
  }

  /**
   * The guiding organisation confirms a participant's work: the reward moves from the job budget
   * to the resident's wallet, within the yearly cap (the wallet row is locked first, so two
   * confirmations for one resident cannot both slip under the cap).
   */
  async voltooien(deelnameId: string, notitie: string, gebruiker: Gebruiker): Promise<HeitjeDeelnameModel> {
    const id = fromGlobalId(deelnameId, 'HeitjeDeelname', 'deelnameId');
    return this.dataSource.transaction(async (tx) => {
      const d = await tx.getRepository(HeitjeDeelnameEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!d) {
        throw fout.nietGevonden('De deelname');
      }
      const klus = (await tx.getRepository(HeitjeKlusEntity).findOneBy({ id: d.klusId }))!;
      if (!(await this.lidmaatschappen.isLidVan(gebruiker, klus.organisatieId))) {
        throw fout.geenToegang('Alleen de begeleidende organisatie van deze klus kan het werk bevestigen.');
      }
      if (d.status !== DeelnameStatus.GECLAIMD) {
        throw new DomainError(FoutCode.ONGELDIGE_STATUSOVERGANG, 'Dit werk is al bevestigd.');
      }
      const portemonnee = await rekening(tx, RekeningSoort.PORTEMONNEE, d.bewoner);
      await saldoVan(tx, portemonnee, true);
      const jaar = Number(amsterdamseDatum(new Date()).slice(0, 4));
      const plafond = await this.jaarplafond(tx, jaar);
      const verdiend = await this.verdiendIn(tx, portemonnee, jaar);
      if (!pastBinnenPlafond(verdiend, klus.beloning, plafond)) {
        throw new DomainError(
          FoutCode.PLAFOND_BEREIKT,
          `Deze bewoner heeft in ${jaar} al ${verdiend} heitjes verdiend; met ${klus.beloning} erbij gaat dat boven het jaarplafond van ${plafond}.`,
        );
      }
      await boek(
        tx,
        TransactieSoort.BELONEN,
        `Beloning voor “${klus.titel}”`,
        [
          { rekeningId: await rekening(tx, RekeningSoort.KLUSBUDGET, klus.id), bedrag: -klus.beloning },
          { rekeningId: portemonnee, bedrag: klus.beloning },
        ],
        { klusId: klus.id },
        'Het budget van deze klus is op.',
      );
      d.status = DeelnameStatus.VOLTOOID;
      d.notitie = notitie;
      d.bevestigdDoor = gebruiker.sub;
      d.voltooidOp = new Date();
      await tx.getRepository(HeitjeDeelnameEntity).save(d);
      return this.deelnameModel(d, klus);
    });
  }

  /** Participants of a job: for the members of its guiding organisation and municipal staff. */
  async deelnamesVan(klusId: string, gebruiker: Gebruiker): Promise<HeitjeDeelnameModel[]> {
    const id = fromGlobalId(klusId, 'HeitjeKlus', 'klusId');
    const klus = await this.dataSource.getRepository(HeitjeKlusEntity).findOneBy({ id });
    if (!klus) {
      throw fout.nietGevonden('De klus');
    }
    if (!isMedewerker(gebruiker) && !(await this.lidmaatschappen.isLidVan(gebruiker, klus.organisatieId))) {
      throw fout.geenToegang('Alleen de begeleidende organisatie en de gemeente zien wie meedoet.');
    }
    const rijen = await this.dataSource
      .getRepository(HeitjeDeelnameEntity)
      .find({ where: { klusId: id }, order: { geclaimdOp: 'ASC', id: 'ASC' } });
    return rijen.map((d) => this.deelnameModel(d, klus));
  }

  /** Jobs guided by the caller's organisations (for their members to confirm work). */
  async begeleideKlussen(gebruiker: Gebruiker): Promise<HeitjeKlusModel[]> {
    const orgs = await this.lidmaatschappen.organisatieIds(gebruiker);
    if (orgs.length === 0) {
      return [];
    }
    const rijen = await this.dataSource
      .getRepository(HeitjeKlusEntity)
      .createQueryBuilder('k')
      .where('k.organisatieId IN (:...orgs)', { orgs })
      .orderBy('k.aangemaaktOp', 'DESC')
      .addOrderBy('k.id')
      .take(200)
      .getMany();
    return this.klusModellen(rijen);
  }

  async portemonnee(gebruiker: Gebruiker): Promise<HeitjePortemonneeModel> {
    const m = this.dataSource.manager;
    const [r] = await m.query<Array<{ id: string; saldo: string }>>(
      `SELECT id, saldo FROM heitje_rekening WHERE soort = 'PORTEMONNEE' AND eigenaar = $1`,
      [gebruiker.sub],
    );
    const jaar = Number(amsterdamseDatum(new Date()).slice(0, 4));
    const deelnames = await m.getRepository(HeitjeDeelnameEntity).find({
      where: { bewoner: gebruiker.sub },
      order: { geclaimdOp: 'DESC', id: 'ASC' },
      take: 50,
    });
    const klussen = deelnames.length
      ? await m.getRepository(HeitjeKlusEntity).findBy(deelnames.map((d) => ({ id: d.klusId })))
      : [];
    const mutaties = r
      ? await m.query<Array<{ op: Date; soort: TransactieSoort; omschrijving: string; bedrag: string }>>(
          `SELECT t.op, t.soort, t.omschrijving, b.bedrag FROM heitje_boeking b JOIN heitje_transactie t ON t.id = b.transactie_id
            WHERE b.rekening_id = $1 ORDER BY t.op DESC, t.id LIMIT 20`,
          [r.id],
        )
      : [];
    return {
      saldo: r ? Number(r.saldo) : 0,
      verdiendDitJaar: r ? await this.verdiendIn(m, r.id, jaar) : 0,
      jaarplafond: await this.jaarplafond(m, jaar),
      deelnames: deelnames.map((d) =>
        this.deelnameModel(
          d,
          klussen.find((k) => k.id === d.klusId)!,
        ),
      ),
      mutaties: mutaties.map((x) => ({ op: x.op, soort: x.soort, omschrijving: x.omschrijving, bedrag: Number(x.bedrag) })),
    };
  }

  /** A short-lived code for an amount; the balance is checked now and again when the shop confirms. */
  async betaalcodeMaken(bedrag: number, gebruiker: Gebruiker): Promise<HeitjeBetaalcodeModel> {
    if (!Number.isInteger(bedrag) || bedrag < 1) {
      throw fout.veld('bedrag', 'Kies een bedrag van minstens 1 heitje.');
    }
    return this.dataSource.transaction(async (tx) => {
      const portemonnee = await rekening(tx, RekeningSoort.PORTEMONNEE, gebruiker.sub);
      const saldo = await saldoVan(tx, portemonnee);
      if (saldo < bedrag) {
        throw fout.veld('bedrag', `Je hebt ${saldo} heitjes; kies een bedrag van hoogstens ${saldo}.`);
      }
      const code = Array.from({ length: 8 }, () => CODE_TEKENS[randomInt(CODE_TEKENS.length)]).join('');
      const [r] = await tx.query<Array<{ geldig_tot: Date }>>(
        `INSERT INTO heitje_betaalcode (code, bewoner, bedrag, geldig_tot)
         VALUES ($1, $2, $3, now() + make_interval(mins => $4)) RETURNING geldig_tot`,
        [code, gebruiker.sub, bedrag, this.config.betaalcodeMinuten],
      );
      return { code, bedrag, geldigTot: r.geldig_tot };
    });
  }

  /**
   * The shop confirms a code: used once (guarded UPDATE), within its time, and only if the
   * wallet still holds the amount (the booking locks the wallet; a shortfall undoes everything).
   */
  async betalingBevestigen(winkelId: string, code: string, gebruiker: Gebruiker): Promise<HeitjeBetalingModel> {
    const id = fromGlobalId(winkelId, 'HeitjeWinkel', 'winkelId');
    const winkel = await this.dataSource.getRepository(HeitjeWinkelEntity).findOneBy({ id });
    if (!winkel || !winkel.actief) {
      throw fout.nietGevonden('De winkel');
    }
    if (!(await this.lidmaatschappen.isLidVan(gebruiker, winkel.organisatieId))) {
      throw fout.geenToegang('Alleen medewerkers van deze winkel kunnen hier betalingen bevestigen.');
    }
    return this.dataSource.transaction(async (tx) => {
      const [c] = await tx
        .query<Array<{ bewoner: string; bedrag: number; gebruikt_op: Date }>>(
          `UPDATE heitje_betaalcode SET gebruikt_op = now(), winkel_id = $2
          WHERE code = $1 AND gebruikt_op IS NULL AND geldig_tot > now() RETURNING bewoner, bedrag, gebruikt_op`,
          [code.trim().toUpperCase(), id],
        )
        .then((r) => (Array.isArray(r[0]) ? (r[0] as Array<{ bewoner: string; bedrag: number; gebruikt_op: Date }>) : r));
      if (!c) {
        throw fout.veld('code', 'Deze code is onbekend, verlopen of al gebruikt. Vraag de klant om een nieuwe code.');
      }
      await boek(
        tx,
        TransactieSoort.BESTEDEN,
        `Besteed bij ${winkel.naam}`,
        [
          { rekeningId: await rekening(tx, RekeningSoort.PORTEMONNEE, c.bewoner), bedrag: -c.bedrag },
          { rekeningId: await rekening(tx, RekeningSoort.WINKEL, winkel.id), bedrag: c.bedrag },
        ],
        { winkelId: winkel.id },
        'Er staan niet genoeg heitjes in de portemonnee van de klant.',
      );
      return { bedrag: c.bedrag, winkel: winkel.naam, op: c.gebruikt_op };
    });
  }

  async winkels(): Promise<HeitjeWinkelModel[]> {
    const rijen = await this.dataSource.getRepository(HeitjeWinkelEntity).find({ order: { naam: 'ASC', id: 'ASC' } });
    return rijen.map((w) => ({
      id: toGlobalId('HeitjeWinkel', w.id),
      naam: w.naam,
      organisatieId: toGlobalId('Organisatie', w.organisatieId),
      actief: w.actief,
    }));
  }

  async winkelRegistreren(input: HeitjeWinkelInput): Promise<HeitjeWinkelModel> {
    const organisatieId = fromGlobalId(input.organisatieId, 'Organisatie', 'input.organisatieId');
    if ((await this.partners.organisatiesBijIds([organisatieId])).length === 0) {
      throw fout.veld('input.organisatieId', 'Deze organisatie bestaat niet.');
    }
    const w = await this.dataSource
      .getRepository(HeitjeWinkelEntity)
      .save(this.dataSource.getRepository(HeitjeWinkelEntity).create({ naam: input.naam, organisatieId }));
    return { id: toGlobalId('HeitjeWinkel', w.id), naam: w.naam, organisatieId: input.organisatieId, actief: w.actief };
  }

  async wisselkoersVaststellen(input: HeitjeWisselkoersInput): Promise<boolean> {
    await this.dataSource.query(
      `INSERT INTO heitje_wisselkoers (geldig_vanaf, centen_per_heitje) VALUES ($1, $2)
       ON CONFLICT (geldig_vanaf) DO UPDATE SET centen_per_heitje = EXCLUDED.centen_per_heitje`,
      [input.geldigVanaf, input.centenPerHeitje],
    );
    return true;
  }

  async jaarplafondVaststellen(jaar: number, maxHeitjes: number): Promise<boolean> {
    await this.dataSource.query(
      `INSERT INTO heitje_jaarplafond (jaar, max_heitjes) VALUES ($1, $2)
       ON CONFLICT (jaar) DO UPDATE SET max_heitjes = EXCLUDED.max_heitjes`,
      [jaar, maxHeitjes],
    );
    return true;
  }

  /**
   * The monthly settlement per shop: heitjes accepted in the month (Europe/Amsterdam) × the
   * exchange rate valid on each payment's day, in euro cents.
   */
  async afrekening(maand: string): Promise<HeitjeAfrekeningsregelModel[]> {
    if (!isMaand(maand)) {
      throw fout.veld('maand', 'Geef de maand als JJJJ-MM, bijvoorbeeld 2026-05.');
    }
    const rijen = await this.dataSource.query<
      Array<{ winkel_id: string; naam: string; betalingen: string; heitjes: string; centen: string | null; zonder_koers: string }>
    >(
      `WITH betaald AS (
         SELECT t.winkel_id, b.bedrag, (t.op AT TIME ZONE 'Europe/Amsterdam')::date AS dag
           FROM heitje_transactie t
           JOIN heitje_boeking b ON b.transactie_id = t.id
           JOIN heitje_rekening r ON r.id = b.rekening_id AND r.soort = 'WINKEL'
          WHERE t.soort = 'BESTEDEN' AND to_char(t.op AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') = $1)
       SELECT w.id AS winkel_id, w.naam, count(p.*) AS betalingen, COALESCE(sum(p.bedrag), 0) AS heitjes,
              sum(p.bedrag * k.centen_per_heitje) AS centen, count(p.*) FILTER (WHERE k.centen_per_heitje IS NULL) AS zonder_koers
         FROM heitje_winkel w
         JOIN betaald p ON p.winkel_id = w.id
         LEFT JOIN LATERAL (SELECT centen_per_heitje FROM heitje_wisselkoers WHERE geldig_vanaf <= p.dag
                             ORDER BY geldig_vanaf DESC LIMIT 1) k ON true
        GROUP BY w.id, w.naam ORDER BY w.naam, w.id`,
      [maand],
    );
    if (rijen.some((r) => Number(r.zonder_koers) > 0)) {
      throw new DomainError(
        FoutCode.CONFLICT,
        `Voor ${maand} ontbreekt een wisselkoers: stel eerst vast hoeveel een heitje waard is vanaf het begin van die maand.`,
      );
    }
    return rijen.map((r) => ({
      winkelId: toGlobalId('HeitjeWinkel', r.winkel_id),
      winkel: r.naam,
      betalingen: Number(r.betalingen),
      heitjes: Number(r.heitjes),
      bedrag: Number(r.centen ?? 0),
    }));
  }
}
