import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import {
  DomainError,
  FoutCode,
  ApiSleutelService,
  fout,
  Lidmaatschappen,
  fromGlobalId,
  type Gebruiker,
  heeftRol,
  isGeldigeDatum,
  isMedewerker,
  leesQuery,
  likePatroon,
  NodeRegistry,
  pagineer,
  pagineerPerOuder,
  type PaginaArgs,
  Rol,
  type Sorteersleutel,
  toGlobalId,
  zoekvorm,
  klok,
} from '@buurtwerk/core';
import { BuurtenService, BuurtEntity } from '@buurtwerk/buurten';
import { GebeurtenisPublisher, WebhooksService } from '@buurtwerk/webhooks';
import type {
  ActiviteitenArgs,
  ActiviteitInput,
  BestuursfunctieInput,
  OrganisatieInput,
  OrganisatiesArgs,
} from './dto/organisatie.input';
import { ActiviteitEntity, BestuursfunctieEntity, OrganisatieEntity } from './organisatie.entity';
import { type OrganisatieModel, toActiviteitModel, toOrganisatieModel } from './organisatie.model';
import { OrganisatieVerwijzingen } from './organisatie-verwijzingen';

@Injectable()
export class PartnersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(OrganisatieEntity) private readonly organisaties: Repository<OrganisatieEntity>,
    @InjectRepository(BestuursfunctieEntity) private readonly bestuursfuncties: Repository<BestuursfunctieEntity>,
    @InjectRepository(ActiviteitEntity) private readonly activiteiten: Repository<ActiviteitEntity>,
    private readonly buurten: BuurtenService,
    private readonly nodes: NodeRegistry,
    private readonly gebeurtenissen: GebeurtenisPublisher,
    private readonly apiSleutels: ApiSleutelService,
    private readonly lidmaatschappen: Lidmaatschappen,
    private readonly webhooks: WebhooksService,
    private readonly verwijzingen: OrganisatieVerwijzingen,
  ) {}

  onModuleInit(): void {
    this.nodes.registreer('Organisatie', async (id) => {
      const o = await this.organisaties.findOneBy({ id });
      return o ? toOrganisatieModel(o) : null;
    });
    this.nodes.registreer('Activiteit', async (id) => {
      const a = await this.activiteiten.findOneBy({ id });
      return a ? toActiviteitModel(a) : null;
    });
  }

  // ---------------------------------------------------------------- organisaties

  async organisatieRegistreren(input: OrganisatieInput) {
    const buurtIds = await this.buurten.bestaandeBuurtIds(input.buurtIds, 'input.buurtIds');
    const naam = input.naam.trim();
    // The webhook event is written in the same transaction (outbox).
    const saved = await this.dataSource.transaction(async (tx) => {
      const org = await tx.save(
        tx.create(OrganisatieEntity, {
          naam,
          zoeknaam: zoekvorm(naam),
          soort: input.soort,
          kvkNummer: input.kvkNummer ?? null,
          beschrijving: input.beschrijving ?? null,
          website: input.website ?? null,
          buurten: buurtIds.map((id) => ({ id }) as BuurtEntity),
        }),
      );
      await this.organisatieGebeurtenis(tx, org, 'geregistreerd');
      return org;
    });
    return toOrganisatieModel(saved);
  }

  async bestuursfunctieToevoegen(input: BestuursfunctieInput) {
    const organisatieId = fromGlobalId(input.organisatieId, 'Organisatie', 'input.organisatieId');
    controleerPeriode(input.vanaf, input.tot ?? null);
    return this.dataSource.transaction(async (tx) => {
      const org = await tx.findOne(OrganisatieEntity, { where: { id: organisatieId }, lock: { mode: 'pessimistic_write' } });
      if (!org) {
        throw fout.nietGevonden('De organisatie');
      }
      await tx.save(
        tx.create(BestuursfunctieEntity, {
          organisatieId,
          persoon: input.persoon.trim(),
          functie: input.functie.trim(),
          vanaf: input.vanaf,
          tot: input.tot ?? null,
          gebruikerId: input.gebruikerId ?? null,
        }),
      );
      // The organisation changed for partners that mirror it (delta sync).
      org.gewijzigdOp = klok.nu();
      await tx.save(org);
      await this.organisatieGebeurtenis(tx, org, 'gewijzigd');
      return toOrganisatieModel(org);
    });
  }

  /**
   * Removes an organisation registered by mistake or twice. Refused while something that must
   * stay refers to it: initiatives (decisions are archived), active API keys and webhook
   * subscriptions (revoke or end those first). Its activities stay, without organiser, and are
   * marked changed so mirrors see that; board seats and partner links go with it; the register of
   * side positions keeps the organisation's name. The database writes the tombstone for delta
   * sync in this transaction (trigger `verwijdering_vastleggen`).
   */
  async organisatieVerwijderen(globalId: string) {
    const id = fromGlobalId(globalId, 'Organisatie', 'id');
    return this.dataSource.transaction(async (tx) => {
      const org = await tx.findOne(OrganisatieEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!org) {
        throw fout.nietGevonden('De organisatie');
      }
      // Each owner counts its own references: initiatives (above this library) through the port,
      // API keys (core) and webhook subscriptions (webhooks) through their services.
      const sleutels = await this.apiSleutels.actieveSleutelsVanOrganisatie(id, tx);
      const abonnementen = await this.webhooks.lopendeAbonnementenVanOrganisatie(id, tx);
      const bezwaren = [
        ...(await this.verwijzingen.bezwarenTegenVerwijderen(tx, id)),
        sleutels > 0 ? `trek eerst ${sleutels === 1 ? 'de API-sleutel' : `de ${sleutels} API-sleutels`} in` : null,
        abonnementen > 0
          ? `beëindig eerst ${abonnementen === 1 ? 'het webhookabonnement' : `de ${abonnementen} webhookabonnementen`}`
          : null,
      ].filter((b): b is string => b !== null);
      if (bezwaren.length > 0) {
        throw new DomainError(FoutCode.CONFLICT, `${org.naam} kan niet worden verwijderd: ${bezwaren.join('; ')}.`);
      }
      await tx.query('UPDATE activiteit SET organisator_id = NULL, gewijzigd_op = now() WHERE organisator_id = $1', [id]);
      await this.organisatieGebeurtenis(tx, org, 'verwijderd');
      await tx.delete(OrganisatieEntity, { id });
      return true;
    });
  }

  async partnerKoppelen(organisatieGlobalId: string, gebruikerId: string) {
    const organisatieId = fromGlobalId(organisatieGlobalId, 'Organisatie', 'organisatieId');
    const org = await this.organisaties.findOneBy({ id: organisatieId });
    if (!org) {
      throw fout.nietGevonden('De organisatie');
    }
    await this.lidmaatschappen.koppel(organisatieId, gebruikerId);
    return toOrganisatieModel(org);
  }

  /** A key that acts for an organisation is linked to it like a PARTNER user. */
  async apiSleutelAanmaken(
    invoer: { naam: string; scopes: string[]; organisatieId: string | null; door: string },
    sleutels: ApiSleutelService,
  ) {
    if (invoer.organisatieId && !(await this.organisaties.existsBy({ id: invoer.organisatieId }))) {
      throw fout.veld('input.organisatieId', 'is geen bestaande organisatie.');
    }
    const resultaat = await sleutels.maak(invoer);
    if (invoer.organisatieId) {
      await this.lidmaatschappen.koppel(invoer.organisatieId, `apisleutel:${resultaat.entiteit.id}`);
    }
    return resultaat;
  }

  /** Membership is core's (Lidmaatschappen): a user's or API key's linked organisations. */
  async organisatieIdsVanPartner(gebruikerId: string): Promise<string[]> {
    return this.lidmaatschappen.organisatieIdsVan(gebruikerId);
  }

  /** The organisations a PARTNER user (or API key) is linked to, as models, by name. */
  async organisatiesVanPartner(gebruikerId: string): Promise<OrganisatieModel[]> {
    const ids = await this.lidmaatschappen.organisatieIdsVan(gebruikerId);
    if (ids.length === 0) {
      return [];
    }
    const rows = await this.organisaties
      .createQueryBuilder('o')
      .where('o.id IN (:...ids)', { ids })
      .orderBy('o.naam', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany();
    return rows.map(toOrganisatieModel);
  }

  async zoekOrganisaties(args: OrganisatiesArgs) {
    const qb = this.organisaties.createQueryBuilder('o');
    if (args.buurtId) {
      const buurtId = fromGlobalId(args.buurtId, 'Buurt', 'buurtId');
      qb.andWhere('EXISTS (SELECT 1 FROM organisatie_buurt ob WHERE ob.organisatie_id = o.id AND ob.buurt_id = :buurtId)', {
        buurtId,
      });
    }
    if (args.soort) {
      qb.andWhere('o.soort = :soort', { soort: args.soort });
    }
    if (args.zoek && args.zoek.trim() !== '') {
      qb.andWhere('o.zoeknaam LIKE :zoek', { zoek: likePatroon(zoekvorm(args.zoek)) });
    }
    return pagineer(qb, this.organisatieSortering(args.gewijzigdSinds, qb), args, toOrganisatieModel);
  }

  /** The partners of many buurten at once (Buurt.partners through a DataLoader). */
  async partnersVanBuurten(buurtIds: readonly string[], args: PaginaArgs) {
    return pagineerPerOuder({
      basis: () => this.organisaties.createQueryBuilder('o').innerJoin('organisatie_buurt', 'ob', 'ob.organisatie_id = o.id'),
      alias: 'o',
      ouderExpr: 'ob.buurt_id',
      ouderIds: buurtIds,
      sleutels: [
        { expr: 'o.naam', waarde: (o) => o.naam },
        { expr: 'o.id', waarde: (o) => o.id },
      ],
      args,
      rijen: { selectie: ORGANISATIE_SELECTIE, uitRij: (r) => Object.assign(new OrganisatieEntity(), r) },
      toNode: toOrganisatieModel,
    });
  }

  /** The activities of many buurten at once (Buurt.activiteiten through a DataLoader). */
  async activiteitenVanBuurten(buurtIds: readonly string[], args: { vanaf?: Date; tot?: Date } & PaginaArgs) {
    return pagineerPerOuder({
      basis: () => {
        const qb = this.activiteiten.createQueryBuilder('a');
        if (args.vanaf) {
          qb.andWhere(nogBezigOfLater('a'), { vanaf: args.vanaf });
        }
        if (args.tot) {
          qb.andWhere('a.begin < :tot', { tot: args.tot });
        }
        return qb;
      },
      alias: 'a',
      ouderExpr: 'a.buurt_id',
      ouderIds: buurtIds,
      sleutels: [
        { expr: 'a.begin', waarde: (a) => a.begin },
        { expr: 'a.id', waarde: (a) => a.id },
      ],
      args,
      rijen: {
        selectie: ACTIVITEIT_KOLOMMEN.map((k) => `a.${k}`).join(', '),
        uitRij: (r) => activiteitUitRij(r as unknown as ActiviteitRij),
      },
      toNode: toActiviteitModel,
    });
  }

  private organisatieSortering(
    gewijzigdSinds: Date | undefined,
    qb: ReturnType<Repository<OrganisatieEntity>['createQueryBuilder']>,
  ): Sorteersleutel<OrganisatieEntity>[] {
    if (gewijzigdSinds) {
      // Delta sync: stable order by (gewijzigdOp, id), so a partner can resume where it stopped.
      qb.andWhere('o.gewijzigd_op >= :sinds', { sinds: gewijzigdSinds });
      return [
        { expr: 'o.gewijzigd_op', waarde: (o) => o.gewijzigdOp },
        { expr: 'o.id', waarde: (o) => o.id },
      ];
    }
    return [
      { expr: 'o.naam', waarde: (o) => o.naam },
      { expr: 'o.id', waarde: (o) => o.id },
    ];
  }

  /** Activities starting in a calendar year (Europe/Amsterdam), per buurt, for the year report. */
  async activiteitcijfers(jaar: number): Promise<Array<{ buurtId: string; geannuleerd: boolean }>> {
    const rijen = await this.dataSource.query<Array<{ buurt_id: string; geannuleerd: boolean }>>(
      `SELECT buurt_id, geannuleerd FROM activiteit
        WHERE extract(year FROM begin AT TIME ZONE 'Europe/Amsterdam') = $1 ORDER BY id`,
      [jaar],
    );
    return rijen.map((r) => ({ buurtId: r.buurt_id, geannuleerd: r.geannuleerd }));
  }

  async organisatiesBijIds(ids: readonly string[]): Promise<OrganisatieEntity[]> {
    // Raw with explicit columns and a plain mapper: every activity's `organisator` comes through here.
    const rijen = await leesQuery<OrganisatieEntity[]>(
      this.dataSource,
      `SELECT ${ORGANISATIE_SELECTIE} FROM organisatie o WHERE o.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return rijen.map((r) => Object.assign(new OrganisatieEntity(), r));
  }

  async bestuursfunctiesBijOrganisaties(ids: readonly string[]) {
    return this.bestuursfuncties.find({
      where: { organisatieId: In([...ids]) },
      order: { vanaf: 'ASC', persoon: 'ASC', id: 'ASC' },
    });
  }

  async buurtIdsBijOrganisaties(ids: readonly string[]): Promise<Array<{ organisatieId: string; buurtId: string }>> {
    const rows: Array<{ organisatie_id: string; buurt_id: string }> = await this.dataSource.query(
      'SELECT organisatie_id, buurt_id FROM organisatie_buurt WHERE organisatie_id = ANY($1::uuid[])',
      [ids],
    );
    return rows.map((r) => ({ organisatieId: r.organisatie_id, buurtId: r.buurt_id }));
  }

  // ---------------------------------------------------------------- activiteiten

  async activiteitPubliceren(input: ActiviteitInput, gebruiker: Gebruiker) {
    const [buurtId] = await this.buurten.bestaandeBuurtIds([input.buurtId], 'input.buurtId');
    const organisatorId = input.organisatorId ? fromGlobalId(input.organisatorId, 'Organisatie', 'input.organisatorId') : null;
    const initiatiefId = input.initiatiefId ? fromGlobalId(input.initiatiefId, 'Initiatief', 'input.initiatiefId') : null;
    if (input.eind && input.eind.getTime() < input.begin.getTime()) {
      throw fout.veld('input.eind', 'ligt voor het begin van de activiteit.');
    }
    if (organisatorId && !(await this.organisaties.existsBy({ id: organisatorId }))) {
      throw fout.veld('input.organisatorId', 'is geen bestaande organisatie.');
    }
    // The agenda is public, so an activity may only point at an initiative everyone may see
    // (the initiatives module's rule for an anonymous caller). A non-public and a nonexistent
    // id get the same answer, so this is no way to find out which ids exist.
    if (input.initiatiefId && (await this.nodes.laad(input.initiatiefId, null)) === null) {
      throw fout.veld(
        'input.initiatiefId',
        'is geen openbaar initiatief. U kunt een activiteit alleen koppelen aan een initiatief dat is toegekend en voor iedereen zichtbaar is.',
      );
    }
    if (!isMedewerker(gebruiker)) {
      // Partners publish for their own organisations only (docs/domein.md, "Identity and access").
      const eigen = await this.organisatieIdsVanPartner(gebruiker.sub);
      if (!organisatorId) {
        throw fout.veld('input.organisatorId', 'is verplicht: kies de organisatie waarvoor u publiceert.');
      }
      if (!eigen.includes(organisatorId)) {
        throw fout.geenToegang('U kunt alleen activiteiten publiceren voor organisaties waaraan u bent gekoppeld.');
      }
    }
    const saved = await this.dataSource.transaction(async (tx) => {
      const activiteit = await tx.save(
        tx.create(ActiviteitEntity, {
          titel: input.titel.trim(),
          beschrijving: input.beschrijving ?? null,
          begin: input.begin,
          eind: input.eind ?? null,
          locatie: input.locatie ?? null,
          buurtId,
          organisatorId,
          initiatiefId,
          vrijwilligersGezocht: input.vrijwilligersGezocht ?? false,
          geannuleerd: false,
          gepubliceerdDoor: gebruiker.sub,
        }),
      );
      await this.activiteitGebeurtenis(tx, activiteit, 'gepubliceerd');
      return activiteit;
    });
    return toActiviteitModel(saved);
  }

  async activiteitAnnuleren(globalId: string, gebruiker: Gebruiker) {
    const id = fromGlobalId(globalId, 'Activiteit', 'id');
    const activiteit = await this.activiteiten.findOneBy({ id });
    if (!activiteit) {
      throw fout.nietGevonden('De activiteit');
    }
    if (!(await this.magActiviteitBeheren(activiteit, gebruiker))) {
      throw fout.geenToegang('U kunt alleen activiteiten van uw eigen organisatie annuleren.');
    }
    if (!activiteit.geannuleerd) {
      activiteit.geannuleerd = true;
      await this.dataSource.transaction(async (tx) => {
        await tx.save(activiteit);
        await this.activiteitGebeurtenis(tx, activiteit, 'geannuleerd');
      });
    }
    return toActiviteitModel(activiteit);
  }

  /**
   * Removes an activity that should never have been published (a mistake, a duplicate). Its
   * tombstone and webhook event commit with the deletion, so mirrors drop it too. Cancelling
   * (`activiteitAnnuleren`) is the normal way to call something off.
   */
  async activiteitVerwijderen(globalId: string, gebruiker: Gebruiker) {
    const id = fromGlobalId(globalId, 'Activiteit', 'id');
    return this.dataSource.transaction(async (tx) => {
      const activiteit = await tx.findOne(ActiviteitEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!activiteit) {
        throw fout.nietGevonden('De activiteit');
      }
      if (!(await this.magActiviteitBeheren(activiteit, gebruiker))) {
        throw fout.geenToegang('U kunt alleen activiteiten van uw eigen organisatie verwijderen.');
      }
      await this.activiteitGebeurtenis(tx, activiteit, 'verwijderd');
      // The tombstone for delta sync is written by the database in this transaction (trigger).
      await tx.delete(ActiviteitEntity, { id });
      return true;
    });
  }

  /** Staff may manage any activity; a partner only what they published or their organisation organises. */
  private async magActiviteitBeheren(activiteit: ActiviteitEntity, gebruiker: Gebruiker): Promise<boolean> {
    if (isMedewerker(gebruiker)) {
      return true;
    }
    return (
      heeftRol(gebruiker, Rol.PARTNER) &&
      (activiteit.gepubliceerdDoor === gebruiker.sub ||
        (activiteit.organisatorId !== null &&
          (await this.organisatieIdsVanPartner(gebruiker.sub)).includes(activiteit.organisatorId)))
    );
  }

  async zoekActiviteiten(args: ActiviteitenArgs, buurtDbId?: string) {
    const qb = this.activiteiten.createQueryBuilder('a');
    const buurtId = buurtDbId ?? (args.buurtId ? fromGlobalId(args.buurtId, 'Buurt', 'buurtId') : undefined);
    if (buurtId) {
      qb.andWhere('a.buurt_id = :buurtId', { buurtId });
    }
    if (args.stadsdeelId) {
      const stadsdeelId = fromGlobalId(args.stadsdeelId, 'Stadsdeel', 'stadsdeelId');
      qb.andWhere('a.buurt_id = ANY(:buurtenInStadsdeel)', {
        buurtenInStadsdeel: await this.buurten.buurtIdsInStadsdeel(stadsdeelId),
      });
    }
    if (args.vanaf) {
      qb.andWhere(nogBezigOfLater('a'), { vanaf: args.vanaf });
    }
    if (args.tot) {
      qb.andWhere('a.begin < :tot', { tot: args.tot });
    }
    let sleutels: Sorteersleutel<ActiviteitEntity>[];
    if (args.gewijzigdSinds) {
      qb.andWhere('a.gewijzigd_op >= :sinds', { sinds: args.gewijzigdSinds });
      sleutels = [
        { expr: 'a.gewijzigd_op', waarde: (a) => a.gewijzigdOp },
        { expr: 'a.id', waarde: (a) => a.id },
      ];
    } else {
      sleutels = [
        { expr: 'a.begin', waarde: (a) => a.begin },
        { expr: 'a.id', waarde: (a) => a.id },
      ];
    }
    return pagineer(qb, sleutels, args, toActiviteitModel, async (q) => {
      for (const [i, k] of ACTIVITEIT_KOLOMMEN.entries()) {
        if (i === 0) {
          q.select(`a.${k}`, k);
        } else {
          q.addSelect(`a.${k}`, k);
        }
      }
      return (await q.getRawMany<ActiviteitRij>()).map(activiteitUitRij);
    });
  }

  // ---------------------------------------------------------------- webhook events (outbox)

  /** Public data only: no board members, no `sub` of who published. */
  private async organisatieGebeurtenis(
    tx: EntityManager,
    org: OrganisatieEntity,
    wat: 'geregistreerd' | 'gewijzigd' | 'verwijderd',
  ) {
    const onderwerp = toGlobalId('Organisatie', org.id);
    await this.gebeurtenissen.publiceer(tx, {
      kanaal: 'organisaties',
      type: `nl.heerlen.buurtwerk.organisatie.${wat}`,
      onderwerp,
      kenmerken: { soort: org.soort },
      data: { id: onderwerp, naam: org.naam, soort: org.soort, website: org.website },
    });
  }

  private async activiteitGebeurtenis(
    tx: EntityManager,
    a: ActiviteitEntity,
    wat: 'gepubliceerd' | 'geannuleerd' | 'verwijderd',
  ) {
    const { code: buurtcode } = await tx.findOneByOrFail(BuurtEntity, { id: a.buurtId });
    const onderwerp = toGlobalId('Activiteit', a.id);
    await this.gebeurtenissen.publiceer(tx, {
      kanaal: 'activiteiten',
      type: `nl.heerlen.buurtwerk.activiteit.${wat}`,
      onderwerp,
      kenmerken: { buurtcode },
      data: {
        id: onderwerp,
        titel: a.titel,
        begin: a.begin.toISOString(),
        eind: a.eind?.toISOString() ?? null,
        buurtcode,
        organisatorId: a.organisatorId ? toGlobalId('Organisatie', a.organisatorId) : null,
        geannuleerd: a.geannuleerd,
      },
    });
  }
}

/** Every column of an organisation, named after the entity's properties (alias `o`). */
const ORGANISATIE_SELECTIE = `o.id, o.naam, o.zoeknaam, o.soort, o.kvk_nummer AS "kvkNummer", o.beschrijving, o.website,
  o.aangemaakt_op AS "aangemaaktOp", o.gewijzigd_op AS "gewijzigdOp"`;

/**
 * Activity lists (delta sync pages, the REST feed, a buurt's activities) read these columns raw
 * and map them here: TypeORM's entity hydration was the largest single share of their CPU.
 */
const ACTIVITEIT_KOLOMMEN = [
  'id',
  'titel',
  'beschrijving',
  'begin',
  'eind',
  'locatie',
  'buurt_id',
  'organisator_id',
  'initiatief_id',
  'vrijwilligers_gezocht',
  'geannuleerd',
  'gepubliceerd_door',
  'aangemaakt_op',
  'gewijzigd_op',
] as const;

interface ActiviteitRij {
  id: string;
  titel: string;
  beschrijving: string | null;
  begin: Date;
  eind: Date | null;
  locatie: string | null;
  buurt_id: string;
  organisator_id: string | null;
  initiatief_id: string | null;
  vrijwilligers_gezocht: boolean;
  geannuleerd: boolean;
  gepubliceerd_door: string;
  aangemaakt_op: Date;
  gewijzigd_op: Date;
}

function activiteitUitRij(r: ActiviteitRij): ActiviteitEntity {
  return Object.assign(new ActiviteitEntity(), {
    id: r.id,
    titel: r.titel,
    beschrijving: r.beschrijving,
    begin: r.begin,
    eind: r.eind,
    locatie: r.locatie,
    buurtId: r.buurt_id,
    organisatorId: r.organisator_id,
    initiatiefId: r.initiatief_id,
    vrijwilligersGezocht: r.vrijwilligers_gezocht,
    geannuleerd: r.geannuleerd,
    gepubliceerdDoor: r.gepubliceerd_door,
    aangemaaktOp: r.aangemaakt_op,
    gewijzigdOp: r.gewijzigd_op,
  });
}

/** The expression of `IDX_activiteit_looptijd` (GREATEST: a range must not end before it begins). */
const LOOPTIJD = (alias: string): string => `tstzrange(${alias}.begin, GREATEST(${alias}.eind, ${alias}.begin), '[]')`;

/**
 * Activities still going on at `:vanaf` or starting after it: `COALESCE(eind, begin) >= :vanaf`.
 * That filter alone cannot bound an index range, so every page read a buurt's activities from
 * the oldest and discarded the past ones (33,000 rows for a busy buurt, docs/benchmarks.md). The
 * extra lower bound on `begin` changes no result: it is the earliest start of anything running at
 * `:vanaf` (found through the GiST index `IDX_activiteit_looptijd`, a few dozen rows city-wide),
 * so the (buurt_id, begin) index range starts at most one activity's length before `:vanaf`.
 * `lower(...)` rather than `begin` keeps PostgreSQL from answering the min() by walking the begin index.
 */
function nogBezigOfLater(alias: string): string {
  return `COALESCE(${alias}.eind, ${alias}.begin) >= :vanaf AND ${alias}.begin >= LEAST(CAST(:vanaf AS timestamptz),
    (SELECT min(lower(${LOOPTIJD('lopend')})) FROM activiteit lopend
      WHERE lopend.eind IS NOT NULL AND ${LOOPTIJD('lopend')} @> CAST(:vanaf AS timestamptz)))`;
}

function controleerPeriode(vanaf: string, tot: string | null): void {
  if (!isGeldigeDatum(vanaf)) {
    throw fout.veld('input.vanaf', 'is geen geldige datum.');
  }
  if (tot !== null && (!isGeldigeDatum(tot) || tot < vanaf)) {
    throw fout.veld('input.tot', 'moet een datum op of na de begindatum zijn.');
  }
}
