import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import {
  amsterdamseDatum,
  DomainError,
  fout,
  FoutCode,
  fromGlobalId,
  type Gebruiker,
  toGlobalId,
  heeftRol,
  Lidmaatschappen,
  NodeRegistry,
  PersoonsgegevensRegister,
  Rol,
  type Sorteersleutel,
  pagineer,
  mailInWachtrij,
  klok,
} from '@buurtwerk/core';
import { BuurtenService, MedewerkerEntity } from '@buurtwerk/buurten';
import { Doelgroepen, GebeurtenisPublisher } from '@buurtwerk/webhooks';
import type { SignaalInput, SignalenArgs } from './dto/signaal.input';
import { SignaalcategorieEntity, SignaalEntity, SignaalStatus } from './signaal.entity';
import { AfdelingModel, SignaalOrdening, toSignaalcategorieModel, toSignaalModel } from './signaal.model';
import {
  afdelingenLijst,
  magOvergaan,
  reactieUiterlijk,
  signaalReferentie,
  signaalZicht,
  ZIEN_ALLE_SIGNALEN,
} from './signaal.rules';
import { signalenPersoonsgegevens } from './signaal.persoonsgegevens';
import { signaalDoelgroep } from './signaal.doelgroep';

/** One reported signal as a figure (no personal data). */
export interface Signaalcijfer {
  buurtId: string;
  afdeling: string | null;
  afgehandeld: boolean;
  gemeldOp: Date;
  afgehandeldOp: Date | null;
  /** Last day of the response term (YYYY-MM-DD, Europe/Amsterdam). */
  reactieUiterlijk: string;
}

const OVERGANG_NAAM: Record<SignaalStatus, string> = {
  [SignaalStatus.NIEUW]: 'nieuw gemeld',
  [SignaalStatus.DOORGEZET]: 'doorgezet',
  [SignaalStatus.IN_BEHANDELING]: 'in behandeling genomen',
  [SignaalStatus.AFGEHANDELD]: 'afgehandeld',
};

@Injectable()
export class SignalenService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SignaalEntity) private readonly signalen: Repository<SignaalEntity>,
    @InjectRepository(SignaalcategorieEntity) private readonly categorieen: Repository<SignaalcategorieEntity>,
    @InjectRepository(MedewerkerEntity) private readonly medewerkers: Repository<MedewerkerEntity>,
    private readonly buurten: BuurtenService,
    private readonly nodes: NodeRegistry,
    private readonly gebeurtenissen: GebeurtenisPublisher,
    private readonly persoonsgegevens: PersoonsgegevensRegister,
    private readonly doelgroepen: Doelgroepen,
    private readonly lidmaatschappen: Lidmaatschappen,
  ) {}

  onModuleInit(): void {
    // Export, pseudonymisation and retention of this library's personal data (signals; privacy orchestrates).
    this.persoonsgegevens.registreer(signalenPersoonsgegevens);
    // Webhook events about signals are closed: this library says who may receive them.
    this.doelgroepen.registreer('signaal', signaalDoelgroep(this.lidmaatschappen));
    this.nodes.registreer('Signaal', async (id, gebruiker) => {
      const s = gebruiker ? await this.zichtbaarSignaal(id, gebruiker) : null;
      return s ? toSignaalModel(s) : null;
    });
  }

  /** One signal by database id if the caller may see it (invariant 12), else null; for libraries above this one. */
  async zichtbaarSignaal(id: string, gebruiker: Gebruiker): Promise<SignaalEntity | null> {
    const qb = this.signalen.createQueryBuilder('s').where('s.id = :id', { id });
    await this.beperkTotZichtbaar(qb, gebruiker);
    return qb.getOne();
  }

  async actieveCategorieen() {
    const rows = await this.categorieen.find({ where: { actief: true }, order: { naam: 'ASC' } });
    return rows.map(toSignaalcategorieModel);
  }

  /** Departments to pass a signal on to (invariant 10): of the active categories, and earlier passed on to. */
  async afdelingen(): Promise<AfdelingModel[]> {
    const [categorieen, eerder] = await Promise.all([
      this.categorieen.find({ select: { naam: true, afdeling: true }, where: { actief: true } }),
      this.dataSource.query<Array<{ afdeling: string }>>('SELECT DISTINCT afdeling FROM signaal WHERE afdeling IS NOT NULL'),
    ]);
    return afdelingenLijst(
      categorieen,
      eerder.map((r) => r.afdeling),
    ).map((a) => Object.assign(new AfdelingModel(), a));
  }

  /** Invariant 10: to the category's department, and always linked to the buurt's buurtregisseur. */
  async melden(input: SignaalInput, gebruiker: Gebruiker) {
    const [buurtId] = await this.buurten.bestaandeBuurtIds([input.buurtId], 'input.buurtId');
    const categorieen = await this.categorieen.find({ where: { actief: true }, order: { naam: 'ASC' } });
    const gezocht = input.categorie.trim().toLowerCase();
    const categorie = categorieen.find((c) => c.naam.toLowerCase() === gezocht);
    if (!categorie) {
      throw fout.veld('input.categorie', `is geen bekende categorie. Kies uit: ${categorieen.map((c) => c.naam).join(', ')}.`);
    }
    const [regisseur] = await this.buurten.regisseursBijBuurten([buurtId]);
    const nu = klok.nu();
    const jaar = Number(amsterdamseDatum(nu).slice(0, 4));
    return this.dataSource.transaction(async (tx) => {
      // Atomic per-year counter: concurrent reports never share a reference.
      const [{ laatste }] = await tx.query<Array<{ laatste: number }>>(
        `INSERT INTO signaal_teller (jaar, laatste) VALUES ($1, 1)
         ON CONFLICT (jaar) DO UPDATE SET laatste = signaal_teller.laatste + 1 RETURNING laatste`,
        [jaar],
      );
      const saved = await tx.save(
        tx.create(SignaalEntity, {
          referentie: signaalReferentie(jaar, laatste),
          buurtId,
          categorieId: categorie.id,
          categorie: categorie.naam,
          omschrijving: input.omschrijving.trim(),
          status: SignaalStatus.NIEUW,
          afdeling: categorie.afdeling,
          terugkoppeling: null,
          buurtregisseurId: regisseur?.medewerker.id ?? null,
          gemeldDoor: gebruiker.sub,
          melderEmail: gebruiker.email,
          reactieUiterlijk: reactieUiterlijk(nu, categorie.reactietermijnDagen),
          afgehandeldOp: null,
          gemeldOp: nu,
        }),
      );
      await this.publiceer(tx, saved, null);
      // Bridge function: the buurtregisseur hears of it at once (without the description, which
      // may hold personal data; they read it in the regiepaneel).
      if (regisseur?.medewerker.email) {
        await mailInWachtrij(tx, [
          {
            soort: 'SIGNAAL_GEMELD',
            referentieId: saved.id,
            aan: regisseur.medewerker.email,
            onderwerp: `Nieuw signaal ${saved.referentie} in uw buurt`,
            tekst: [
              `Beste ${regisseur.medewerker.naam},`,
              '',
              `In een van uw buurten is signaal ${saved.referentie} gemeld (${saved.categorie}).`,
              `Het staat bij ${saved.afdeling ?? 'nog geen afdeling'}; reactie uiterlijk ${saved.reactieUiterlijk}.`,
              'U vindt het in het regiepaneel onder Signalen.',
            ].join('\n'),
          },
        ]);
      }
      return toSignaalModel(saved);
    });
  }

  /**
   * Pass a signal on to a department (de lijn). `m`: a transaction of the caller (e.g. an MDO action
   * of buurtregie that assigns the signal), so both change together or not at all.
   */
  async doorzetten(globalId: string, afdeling: string, gebruiker: Gebruiker, m?: EntityManager) {
    return this.overgang(
      globalId,
      SignaalStatus.DOORGEZET,
      gebruiker,
      async (s) => {
        s.afdeling = afdeling.trim();
      },
      m,
    );
  }

  async inBehandelingNemen(globalId: string, gebruiker: Gebruiker) {
    return this.overgang(globalId, SignaalStatus.IN_BEHANDELING, gebruiker, async () => undefined);
  }

  /** Invariant 10: the reporter gets feedback (in the API, and by mail when we know their address). */
  async afhandelen(globalId: string, terugkoppeling: string, gebruiker: Gebruiker, m?: EntityManager) {
    return this.overgang(
      globalId,
      SignaalStatus.AFGEHANDELD,
      gebruiker,
      async (s, tx) => {
        s.terugkoppeling = terugkoppeling.trim();
        s.afgehandeldOp = klok.nu();
        if (s.melderEmail) {
          await mailInWachtrij(tx, [
            {
              soort: 'SIGNAAL_AFGEHANDELD',
              referentieId: s.id,
              aan: s.melderEmail,
              onderwerp: `Uw melding ${s.referentie} is afgehandeld`,
              tekst: [
                'Beste melder,',
                '',
                `Uw melding ${s.referentie} (${s.categorie}) is afgehandeld. Dit is onze terugkoppeling:`,
                '',
                s.terugkoppeling,
                '',
                'Met vriendelijke groet,',
                'Gemeente Heerlen, Buurtgericht Werken',
              ].join('\n'),
            },
          ]);
        }
      },
      m,
    );
  }

  private async overgang(
    globalId: string,
    naar: SignaalStatus,
    gebruiker: Gebruiker,
    wijzig: (s: SignaalEntity, tx: EntityManager) => Promise<void>,
    m?: EntityManager,
  ) {
    const id = fromGlobalId(globalId, 'Signaal', 'id');
    const inTransactie = <T>(werk: (tx: EntityManager) => Promise<T>): Promise<T> =>
      m ? werk(m) : this.dataSource.transaction(werk);
    return inTransactie(async (tx) => {
      const s = await tx.findOne(SignaalEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!s) {
        throw fout.nietGevonden('Het signaal');
      }
      await this.controleerBehandelaar(s, gebruiker);
      if (!magOvergaan(s.status, naar)) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          `Signaal ${s.referentie} is ${OVERGANG_NAAM[s.status]} en kan niet meer worden ${OVERGANG_NAAM[naar]}.`,
        );
      }
      const van = s.status;
      s.status = naar;
      await wijzig(s, tx);
      const saved = await tx.save(s);
      await this.publiceer(tx, saved, van);
      return toSignaalModel(saved);
    });
  }

  /**
   * Webhook event (channel `signalen`) in the change's transaction. Signals are not public: the
   * doelgroep limits it to subscriptions that may see this signal (see the webhook worker). The
   * payload names what happened and where, never who reported it: no reporter, e-mail,
   * description or feedback text (both are free text that may hold personal data).
   */
  private async publiceer(tx: EntityManager, s: SignaalEntity, van: SignaalStatus | null): Promise<void> {
    const [buurtcode] = await this.buurten.buurtcodes([s.buurtId], tx);
    const onderwerp = toGlobalId('Signaal', s.id);
    await this.gebeurtenissen.publiceer(tx, {
      kanaal: 'signalen',
      type: `nl.heerlen.buurtwerk.signaal.${van === null ? 'gemeld' : s.status.toLowerCase().replace('_', '-')}`,
      onderwerp,
      kenmerken: {
        buurtcode: buurtcode ?? '',
        status: s.status,
        ...(s.afdeling ? { afdeling: s.afdeling } : {}),
      },
      data: {
        id: onderwerp,
        referentie: s.referentie,
        categorie: s.categorie,
        van,
        status: s.status,
        afdeling: s.afdeling,
        buurtcode: buurtcode ?? null,
        gemeldOp: s.gemeldOp.toISOString(),
        reactieUiterlijk: s.reactieUiterlijk,
        afgehandeldOp: s.afgehandeldOp?.toISOString() ?? null,
      },
      doelgroep: { soort: 'signaal', signaalId: s.id },
    });
  }

  /** A buurtregisseur handles the signals of their own buurten; policy staff and admins all. */
  private async controleerBehandelaar(s: SignaalEntity, gebruiker: Gebruiker): Promise<void> {
    if (heeftRol(gebruiker, ...ZIEN_ALLE_SIGNALEN)) {
      return;
    }
    if (
      heeftRol(gebruiker, Rol.BUURTREGISSEUR) &&
      (await this.buurten.buurtIdsVanMedewerker(gebruiker.sub)).includes(s.buurtId)
    ) {
      return;
    }
    throw fout.geenToegang('U kunt alleen signalen behandelen uit de buurten waarvoor u buurtregisseur bent.');
  }

  async zoek(args: SignalenArgs, gebruiker: Gebruiker) {
    const qb = this.signalen.createQueryBuilder('s');
    await this.beperkTotZichtbaar(qb, gebruiker);
    if (args.buurtId) {
      qb.andWhere('s.buurt_id = :buurtId', { buurtId: fromGlobalId(args.buurtId, 'Buurt', 'buurtId') });
    }
    if (args.status && args.status.length > 0) {
      qb.andWhere('s.status IN (:...statussen)', { statussen: args.status });
    }
    const nu = klok.nu();
    const vandaag = amsterdamseDatum(nu);
    if (args.overTijd === true) {
      qb.andWhere(`s.status <> 'AFGEHANDELD' AND s.reactie_uiterlijk < :vandaag`, { vandaag });
    } else if (args.overTijd === false) {
      qb.andWhere(`NOT (s.status <> 'AFGEHANDELD' AND s.reactie_uiterlijk < :vandaag)`, { vandaag });
    }
    const sleutels: Sorteersleutel<SignaalEntity>[] =
      args.ordening === SignaalOrdening.TERMIJN
        ? [
            {
              expr: `(CASE WHEN s.status = 'AFGEHANDELD' THEN 1 ELSE 0 END)`,
              waarde: (s) => (s.status === SignaalStatus.AFGEHANDELD ? 1 : 0),
            },
            { expr: 's.reactie_uiterlijk', waarde: (s) => s.reactieUiterlijk },
            { expr: 's.id', waarde: (s) => s.id },
          ]
        : [
            { expr: 's.gemeld_op', waarde: (s) => s.gemeldOp },
            { expr: 's.id', waarde: (s) => s.id },
          ];
    return pagineer(qb, sleutels, args, (s) => toSignaalModel(s, nu));
  }

  /** Invariant 12: residents and partners see what they reported; a buurtregisseur their buurten. */
  private async beperkTotZichtbaar(qb: ReturnType<Repository<SignaalEntity>['createQueryBuilder']>, gebruiker: Gebruiker) {
    const zicht = signaalZicht(gebruiker);
    if (zicht.alles) {
      return;
    }
    const voorwaarden = ['s.gemeld_door = :zichtSub'];
    const params: Record<string, unknown> = { zichtSub: gebruiker.sub };
    if (zicht.eigenBuurten) {
      const buurtIds = await this.buurten.buurtIdsVanMedewerker(gebruiker.sub);
      if (buurtIds.length > 0) {
        voorwaarden.push('s.buurt_id IN (:...zichtBuurten)');
        params.zichtBuurten = buurtIds;
      }
      // Looked up first (not a subquery), so that every branch of the OR can use an index.
      const medewerker = await this.medewerkers.findOne({ select: { id: true }, where: { gebruikerId: gebruiker.sub } });
      if (medewerker) {
        voorwaarden.push('s.buurtregisseur_id = :zichtMedewerker');
        params.zichtMedewerker = medewerker.id;
      }
    }
    qb.andWhere(`(${voorwaarden.join(' OR ')})`, params);
  }

  /**
   * Open signals in these buurten whose response term has passed (for libraries above this one,
   * e.g. the agenda of an MDO; access is theirs to check). Oldest term first.
   */
  async overTijdInBuurten(buurtIds: readonly string[], nu: Date = klok.nu()) {
    if (buurtIds.length === 0) {
      return [];
    }
    const rows = await this.signalen
      .createQueryBuilder('s')
      .where('s.buurt_id IN (:...buurtIds)', { buurtIds })
      .andWhere(`s.status <> 'AFGEHANDELD' AND s.reactie_uiterlijk < :vandaag`, { vandaag: amsterdamseDatum(nu) })
      .orderBy('s.reactie_uiterlijk', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(200)
      .getMany();
    return rows.map((s) => toSignaalModel(s, nu));
  }

  /**
   * Signals reported in a period, one row per signal without personal data (no reporter, text or
   * feedback), for the year report of buurtregie. `van` inclusive, `tot` exclusive.
   */
  async signaalcijfers(van: Date, tot: Date): Promise<Signaalcijfer[]> {
    const rows = await this.dataSource.query<
      Array<{
        buurt_id: string;
        afdeling: string | null;
        status: SignaalStatus;
        gemeld_op: Date;
        afgehandeld_op: Date | null;
        reactie_uiterlijk: string;
      }>
    >(
      `SELECT buurt_id, afdeling, status, gemeld_op, afgehandeld_op, reactie_uiterlijk::text AS reactie_uiterlijk
         FROM signaal WHERE gemeld_op >= $1 AND gemeld_op < $2`,
      [van, tot],
    );
    return rows.map((r) => ({
      buurtId: r.buurt_id,
      afdeling: r.afdeling,
      afgehandeld: r.status === SignaalStatus.AFGEHANDELD,
      gemeldOp: r.gemeld_op,
      afgehandeldOp: r.afgehandeld_op,
      reactieUiterlijk: r.reactie_uiterlijk,
    }));
  }

  async medewerkersBijIds(ids: readonly string[]) {
    return this.medewerkers.findBy({ id: In([...ids]) });
  }
}
