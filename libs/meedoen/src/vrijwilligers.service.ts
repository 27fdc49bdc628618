import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import {
  BUURTWERK_CONFIG,
  type BuurtwerkConfig,
  fout,
  fromGlobalId,
  type Gebruiker,
  geverifieerdeEmail,
  Lidmaatschappen,
  mailInWachtrij,
  type NieuweMail,
  NodeRegistry,
  PersoonsgegevensRegister,
  toGlobalId,
} from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { InitiatiefStatus, InitiatievenService } from '@buurtwerk/initiatives';
import { PartnersService } from '@buurtwerk/partners';
import type {
  VrijwilligerAanmeldenInput,
  VrijwilligersprofielInput,
  VrijwilligersverzoekenArgs,
  VrijwilligersverzoekInput,
} from './dto/vrijwilligers.input';
import {
  VerzoekStatus,
  VrijwilligersaanmeldingEntity,
  VrijwilligersprofielEntity,
  VrijwilligerStatus,
  type VrijwilligersThema,
  VrijwilligersverzoekEntity,
} from './vrijwilligers.entity';
import { vrijwilligersFout } from './vrijwilligers.errors';
import { verzoekLink, vrijwilligersMails } from './vrijwilligers.mails';
import {
  toVrijwilligersaanmeldingModel,
  toVrijwilligerModel,
  toVrijwilligersprofielModel,
  toVrijwilligersverzoekModel,
  type VrijwilligersverzoekModel,
} from './vrijwilligers.model';
import { vrijwilligersPersoonsgegevens } from './vrijwilligers.persoonsgegevens';
import {
  aantalDoorschuiven,
  staatOpen,
  statusVoorNieuweAanmelding,
  TOESTEMMING,
  wachtlijstPosities,
} from './vrijwilligers.rules';

/** A request as the open REST feed publishes it: never who signed up. */
export interface OpenbaarVerzoek {
  model: VrijwilligersverzoekModel;
  buurtcode: string;
  buurtnaam: string;
}

function isUniekSchending(e: unknown, constraint: string): boolean {
  const driver = e instanceof QueryFailedError ? (e.driverError as { code?: string; constraint?: string }) : null;
  return driver?.code === '23505' && driver.constraint === constraint;
}

@Injectable()
export class VrijwilligersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(VrijwilligersverzoekEntity) private readonly verzoeken: Repository<VrijwilligersverzoekEntity>,
    @InjectRepository(VrijwilligersaanmeldingEntity) private readonly aanmeldingen: Repository<VrijwilligersaanmeldingEntity>,
    @InjectRepository(VrijwilligersprofielEntity) private readonly profielen: Repository<VrijwilligersprofielEntity>,
    private readonly buurten: BuurtenService,
    private readonly partners: PartnersService,
    private readonly initiatieven: InitiatievenService,
    private readonly lidmaatschappen: Lidmaatschappen,
    private readonly nodes: NodeRegistry,
    private readonly persoonsgegevens: PersoonsgegevensRegister,
    @Inject(BUURTWERK_CONFIG) private readonly config: BuurtwerkConfig,
  ) {}

  onModuleInit(): void {
    // Export, pseudonymisation and retention of sign-ups and profiles (privacy orchestrates).
    this.persoonsgegevens.registreer(vrijwilligersPersoonsgegevens);
    // Requests are public; who signed up is not part of the node.
    this.nodes.registreer('Vrijwilligersverzoek', async (id) => {
      const v = await this.verzoeken.findOneBy({ id });
      return v ? toVrijwilligersverzoekModel(v) : null;
    });
  }

  // ---------------------------------------------------------------- plaatsen en intrekken

  /**
   * Posts a request for an organisation the caller is a member of (core's Lidmaatschappen), or for
   * a granted initiative the caller is the initiator of. Public from then on.
   */
  async plaatsen(input: VrijwilligersverzoekInput, gebruiker: Gebruiker): Promise<VrijwilligersverzoekModel> {
    const heeftOrg = !!input.organisatieId;
    const heeftInitiatief = !!input.initiatiefId;
    if (heeftOrg === heeftInitiatief) {
      throw fout.veld('input.organisatieId', 'geef precies één van organisatieId of initiatiefId op.');
    }
    const [buurtId] = await this.buurten.bestaandeBuurtIds([input.buurtId], 'input.buurtId');
    if (input.eind && input.eind.getTime() <= input.begin.getTime()) {
      throw fout.veld('input.eind', 'moet na het begin liggen.');
    }
    const einde = input.eind ?? input.begin;
    if (einde.getTime() <= Date.now()) {
      throw fout.veld('input.begin', 'ligt in het verleden; een vraag om vrijwilligers is voor iets dat nog komt.');
    }
    let organisatieId: string | null = null;
    let initiatiefId: string | null = null;
    let organisatorNaam: string;
    if (input.organisatieId) {
      organisatieId = fromGlobalId(input.organisatieId, 'Organisatie', 'input.organisatieId');
      const [org] = await this.partners.organisatiesBijIds([organisatieId]);
      if (!org) {
        throw fout.veld('input.organisatieId', 'is geen bestaande organisatie.');
      }
      if (!(await this.lidmaatschappen.isLidVan(gebruiker, organisatieId))) {
        throw fout.geenToegang('U bent geen lid van deze organisatie, dus u kunt niet namens haar vrijwilligers zoeken.');
      }
      organisatorNaam = org.naam;
    } else {
      initiatiefId = fromGlobalId(input.initiatiefId!, 'Initiatief', 'input.initiatiefId');
      const [initiatief] = await this.initiatieven.initiatievenBijIds([initiatiefId]);
      if (!initiatief) {
        throw fout.veld('input.initiatiefId', 'is geen bestaand initiatief.');
      }
      if (initiatief.indienerSub !== gebruiker.sub) {
        throw fout.geenToegang('Alleen de initiatiefnemer kan voor dit initiatief vrijwilligers zoeken.');
      }
      // Only a granted initiative is public; a draft or a pending request must not show through a volunteer request.
      if (initiatief.status !== InitiatiefStatus.TOEGEKEND) {
        throw fout.veld(
          'input.initiatiefId',
          'is nog niet toegekend (of al afgerond); vrijwilligers zoeken kan voor een toegekend initiatief.',
        );
      }
      organisatorNaam = initiatief.titel;
    }
    const saved = await this.verzoeken.save(
      this.verzoeken.create({
        titel: input.titel.trim(),
        beschrijving: input.beschrijving.trim(),
        thema: input.thema,
        begin: input.begin,
        eind: input.eind ?? null,
        locatie: input.locatie.trim(),
        buurtId,
        aantal: input.aantal,
        vaardigheden: [...new Set((input.vaardigheden ?? []).map((v) => v.trim()).filter((v) => v !== ''))],
        minimumLeeftijd: input.minimumLeeftijd ?? null,
        vogNodig: input.vogNodig ?? false,
        organisatieId,
        initiatiefId,
        organisatorNaam,
        status: VerzoekStatus.OPEN,
        matchesGemaildOp: null,
        geplaatstDoor: gebruiker.sub,
      }),
    );
    return toVrijwilligersverzoekModel(saved);
  }

  /** Withdraws a request; everyone signed up (with a verified address) hears it in the same transaction. */
  async annuleren(globalId: string, gebruiker: Gebruiker): Promise<VrijwilligersverzoekModel> {
    const id = fromGlobalId(globalId, 'Vrijwilligersverzoek', 'id');
    return this.dataSource.transaction(async (tx) => {
      const v = await this.vergrendel(tx, id);
      await this.controleerOrganisator(gebruiker, v);
      if (v.status === VerzoekStatus.GEANNULEERD) {
        throw vrijwilligersFout.nietOpen('is al ingetrokken');
      }
      v.status = VerzoekStatus.GEANNULEERD;
      await tx.save(v);
      const betrokken = await tx.find(VrijwilligersaanmeldingEntity, {
        where: { verzoekId: id, status: In([VrijwilligerStatus.AANGEMELD, VrijwilligerStatus.WACHTLIJST]) },
        order: { volgnummer: 'ASC' },
      });
      await mailInWachtrij(
        tx,
        betrokken.filter((a) => a.emailGeverifieerd).map((a) => vrijwilligersMails.geannuleerd(v, a)),
      );
      return toVrijwilligersverzoekModel(v);
    });
  }

  // ---------------------------------------------------------------- vinden

  /** Open requests, soonest first, by buurt, stadsdeel and theme (public). */
  async lijst(args: VrijwilligersverzoekenArgs): Promise<VrijwilligersverzoekModel[]> {
    const qb = this.verzoeken
      .createQueryBuilder('v')
      .where('v.status = :open AND COALESCE(v.eind, v.begin) > now()', { open: VerzoekStatus.OPEN });
    if (args.buurtId) {
      const [buurtId] = await this.buurten.bestaandeBuurtIds([args.buurtId], 'buurtId');
      qb.andWhere('v.buurt_id = :buurtId', { buurtId });
    }
    if (args.stadsdeelId) {
      const buurtIds = await this.buurten.buurtIdsInStadsdeel(fromGlobalId(args.stadsdeelId, 'Stadsdeel', 'stadsdeelId'));
      qb.andWhere('v.buurt_id = ANY(:buurtIds)', { buurtIds });
    }
    if (args.thema) {
      qb.andWhere('v.thema = :thema', { thema: args.thema });
    }
    const rijen = await qb
      .orderBy('v.begin', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .take(args.eerste ?? 50)
      .getMany();
    const nu = new Date();
    return rijen.map((r) => toVrijwilligersverzoekModel(r, nu));
  }

  async verzoek(globalId: string): Promise<VrijwilligersverzoekModel | null> {
    const id = fromGlobalId(globalId, 'Vrijwilligersverzoek', 'id');
    const v = await this.verzoeken.findOneBy({ id });
    return v ? toVrijwilligersverzoekModel(v) : null;
  }

  /** The open REST feed: open requests with their buurt code and name. */
  async openbareFeed(buurtcode?: string, thema?: VrijwilligersThema): Promise<OpenbaarVerzoek[]> {
    let buurtId: string | undefined;
    if (buurtcode) {
      const buurt = await this.buurten.buurt(null, buurtcode);
      if (!buurt) {
        return [];
      }
      buurtId = buurt.dbId;
    }
    const modellen = await this.lijst({ thema, eerste: 100 }).then((l) =>
      buurtId ? l.filter((m) => m.buurtDbId === buurtId) : l,
    );
    const kenmerken = new Map(
      (await this.buurten.buurtKenmerken([...new Set(modellen.map((m) => m.buurtDbId))])).map((b) => [b.id, b]),
    );
    return modellen.map((model) => ({
      model,
      buurtcode: kenmerken.get(model.buurtDbId)?.code ?? '',
      buurtnaam: kenmerken.get(model.buurtDbId)?.naam ?? '',
    }));
  }

  /** The requests this caller organises: of their organisations and of their own initiatives. */
  async mijnVerzoeken(gebruiker: Gebruiker): Promise<VrijwilligersverzoekModel[]> {
    const [organisatieIds, initiatieven] = await Promise.all([
      this.lidmaatschappen.organisatieIds(gebruiker),
      this.initiatieven.mijnInitiatieven(gebruiker),
    ]);
    const initiatiefIds = initiatieven.map((i) => i.dbId);
    if (organisatieIds.length === 0 && initiatiefIds.length === 0) {
      return [];
    }
    const rijen = await this.verzoeken
      .createQueryBuilder('v')
      .where('v.organisatie_id = ANY(:organisatieIds) OR v.initiatief_id = ANY(:initiatiefIds)', {
        organisatieIds,
        initiatiefIds,
      })
      .orderBy('v.begin', 'DESC')
      .addOrderBy('v.id', 'ASC')
      .getMany();
    return rijen.map((r) => toVrijwilligersverzoekModel(r));
  }

  async verzoekenBijIds(ids: readonly string[]): Promise<VrijwilligersverzoekEntity[]> {
    return ids.length === 0 ? [] : this.verzoeken.findBy({ id: In([...ids]) });
  }

  // ---------------------------------------------------------------- aanmelden en afmelden

  /**
   * Signs the caller up. Exactly `aantal` places under concurrent sign-ups: the request row is
   * locked for the whole transaction, so sign-ups are counted one after the other, in order of
   * receipt (as for network meetings, docs/domein.md invariant 9); beyond the places, the waiting list.
   */
  async aanmelden(input: VrijwilligerAanmeldenInput, gebruiker: Gebruiker) {
    const verzoekId = fromGlobalId(input.verzoekId, 'Vrijwilligersverzoek', 'input.verzoekId');
    const eigenAdres = geverifieerdeEmail(gebruiker);
    const email = input.email.trim();
    try {
      return await this.dataSource.transaction(async (tx) => {
        const v = await this.vergrendel(tx, verzoekId);
        const nu = new Date();
        if (!staatOpen(v, nu)) {
          throw vrijwilligersFout.nietOpen(v.status === VerzoekStatus.GEANNULEERD ? 'is ingetrokken' : 'is al voorbij');
        }
        if (v.minimumLeeftijd !== null && v.minimumLeeftijd > 0 && input.minimumLeeftijdBevestigd !== true) {
          throw fout.veld(
            'input.minimumLeeftijdBevestigd',
            `moet aangevinkt zijn: voor dit vrijwilligerswerk moet u minstens ${v.minimumLeeftijd} jaar zijn.`,
          );
        }
        const bestaand = await tx.findOneBy(VrijwilligersaanmeldingEntity, { verzoekId, gebruikerId: gebruiker.sub });
        if (bestaand && bestaand.status !== VrijwilligerStatus.AFGEMELD) {
          throw vrijwilligersFout.alAangemeld();
        }
        const status = statusVoorNieuweAanmelding(v.aangemeld, v.aantal);
        const gegevens = {
          verzoekId,
          gebruikerId: gebruiker.sub,
          naam: input.naam.trim(),
          email,
          emailGeverifieerd: eigenAdres !== null && eigenAdres === email.toLowerCase(),
          telefoon: input.telefoon?.trim() || null,
          toelichting: input.toelichting?.trim() || null,
          status,
          volgnummer: v.hoogsteVolgnummer + 1,
          toestemmingVersie: TOESTEMMING.versie,
          toestemmingOp: nu,
          bevestigdOp: null,
          afgemeldOp: null,
        };
        // Signing up again after withdrawing reuses the row: a new place in the order of receipt.
        const a = await tx.save(
          bestaand
            ? tx.merge(VrijwilligersaanmeldingEntity, bestaand, gegevens)
            : tx.create(VrijwilligersaanmeldingEntity, gegevens),
        );
        const plaats = status === VrijwilligerStatus.AANGEMELD ? 1 : 0;
        await this.werkTellersBij(tx, v, { aangemeld: plaats, wachtlijst: 1 - plaats, hoogsteVolgnummer: a.volgnummer });
        // The newest is last in line: its position is the length of the waiting list.
        const positie = status === VrijwilligerStatus.WACHTLIJST ? v.wachtlijst : null;
        if (a.emailGeverifieerd) {
          await mailInWachtrij(tx, [vrijwilligersMails.aangemeld(v, a, positie, this.link(v.id))]);
        }
        return toVrijwilligersaanmeldingModel(a, positie);
      });
    } catch (e) {
      // Two sign-ups of the same account at the same moment: the unique constraint decides.
      if (isUniekSchending(e, 'UQ_vrijwilligersaanmelding_gebruiker')) {
        throw vrijwilligersFout.alAangemeld();
      }
      throw e;
    }
  }

  /** Withdraws the caller's own sign-up; a freed place goes to the first in line. */
  async afmelden(aanmeldingGlobalId: string, gebruiker: Gebruiker) {
    const id = fromGlobalId(aanmeldingGlobalId, 'Vrijwilligersaanmelding', 'aanmeldingId');
    const eerst = await this.aanmeldingen.findOne({ select: { id: true, verzoekId: true, gebruikerId: true }, where: { id } });
    // Someone else's sign-up gets the same answer as an unknown one: ids tell nothing.
    if (!eerst || eerst.gebruikerId !== gebruiker.sub) {
      throw fout.nietGevonden('De aanmelding');
    }
    return this.dataSource.transaction(async (tx) => {
      const v = await this.vergrendel(tx, eerst.verzoekId);
      const a = (await tx.findOneBy(VrijwilligersaanmeldingEntity, { id }))!;
      if (a.status === VrijwilligerStatus.AFGEMELD) {
        return toVrijwilligersaanmeldingModel(a, null);
      }
      const hadPlaats = a.status === VrijwilligerStatus.AANGEMELD;
      a.status = VrijwilligerStatus.AFGEMELD;
      a.afgemeldOp = new Date();
      a.bevestigdOp = null;
      await tx.save(a);
      await this.werkTellersBij(tx, v, { aangemeld: hadPlaats ? -1 : 0, wachtlijst: hadPlaats ? 0 : -1 });
      const uit: NieuweMail[] = a.emailGeverifieerd ? [vrijwilligersMails.afgemeld(v, a)] : [];
      uit.push(...(await this.schuifDoor(tx, v)));
      await mailInWachtrij(tx, uit);
      return toVrijwilligersaanmeldingModel(a, null);
    });
  }

  async mijnAanmeldingen(gebruiker: Gebruiker) {
    const rijen = await this.aanmeldingen.find({
      where: { gebruikerId: gebruiker.sub },
      order: { aangemaaktOp: 'DESC', id: 'ASC' },
    });
    const posities = await this.posities(rijen.filter((r) => r.status === VrijwilligerStatus.WACHTLIJST));
    return rijen.map((r) => toVrijwilligersaanmeldingModel(r, posities.get(r.id) ?? null));
  }

  // ---------------------------------------------------------------- de organisator

  /** Who signed up (admitted first, then the waiting list): only the organiser of this request. */
  async vrijwilligers(verzoekGlobalId: string, gebruiker: Gebruiker) {
    const id = fromGlobalId(verzoekGlobalId, 'Vrijwilligersverzoek', 'verzoekId');
    const v = await this.verzoeken.findOneBy({ id });
    if (!v) {
      throw fout.nietGevonden('De vraag om vrijwilligers');
    }
    await this.controleerOrganisator(gebruiker, v);
    const rijen = await this.aanmeldingen.find({
      where: { verzoekId: id, status: In([VrijwilligerStatus.AANGEMELD, VrijwilligerStatus.WACHTLIJST]) },
      order: { volgnummer: 'ASC' },
    });
    const posities = wachtlijstPosities(rijen);
    return rijen
      .sort((a, b) => Number(a.status === VrijwilligerStatus.WACHTLIJST) - Number(b.status === VrijwilligerStatus.WACHTLIJST))
      .map((r) => toVrijwilligerModel(r, posities.get(r.id) ?? null));
  }

  /** The organiser confirms a volunteer who has a place; the volunteer hears it by mail. */
  async bevestigen(aanmeldingGlobalId: string, gebruiker: Gebruiker) {
    const id = fromGlobalId(aanmeldingGlobalId, 'Vrijwilligersaanmelding', 'aanmeldingId');
    const eerst = await this.aanmeldingen.findOne({ select: { id: true, verzoekId: true }, where: { id } });
    if (!eerst) {
      throw fout.nietGevonden('De aanmelding');
    }
    return this.dataSource.transaction(async (tx) => {
      const v = await this.vergrendel(tx, eerst.verzoekId);
      await this.controleerOrganisator(gebruiker, v);
      const a = (await tx.findOneBy(VrijwilligersaanmeldingEntity, { id }))!;
      if (a.status !== VrijwilligerStatus.AANGEMELD) {
        throw vrijwilligersFout.nietTeBevestigen(a.status === VrijwilligerStatus.WACHTLIJST);
      }
      if (a.bevestigdOp === null) {
        a.bevestigdOp = new Date();
        await tx.save(a);
        if (a.emailGeverifieerd) {
          await mailInWachtrij(tx, [vrijwilligersMails.bevestigd(v, a, this.link(v.id))]);
        }
      }
      return toVrijwilligerModel(a, null);
    });
  }

  // ---------------------------------------------------------------- profiel

  async profiel(gebruiker: Gebruiker) {
    const p = await this.profielen.findOneBy({ gebruikerId: gebruiker.sub });
    return p ? toVrijwilligersprofielModel(p) : null;
  }

  /**
   * Saves the caller's profile. Mail of matching requests is opt-in and goes only to the address
   * the identity provider verified (never one typed here: nobody can sign someone else up for mail).
   */
  async profielOpslaan(input: VrijwilligersprofielInput, gebruiker: Gebruiker) {
    const buurtIds = input.buurtIds.length > 0 ? await this.buurten.bestaandeBuurtIds(input.buurtIds, 'input.buurtIds') : [];
    const adres = geverifieerdeEmail(gebruiker);
    if (input.mailBijNieuweVerzoeken && adres === null) {
      throw fout.veld(
        'input.mailBijNieuweVerzoeken',
        'kan niet aan: bij uw account is geen bevestigd e-mailadres bekend. Voeg dat toe bij het inloggen, of kijk zelf op de pagina Vrijwilligerswerk.',
      );
    }
    const p = await this.profielen.save(
      this.profielen.create({
        gebruikerId: gebruiker.sub,
        interesses: [...new Set(input.interesses)],
        beschikbaarheid: input.beschikbaarheid?.trim() || null,
        buurtIds: [...new Set(buurtIds)],
        mailBijNieuweVerzoeken: input.mailBijNieuweVerzoeken,
        email: input.mailBijNieuweVerzoeken ? adres : null,
      }),
    );
    return toVrijwilligersprofielModel(p);
  }

  async profielVerwijderen(gebruiker: Gebruiker): Promise<boolean> {
    const r = await this.profielen.delete({ gebruikerId: gebruiker.sub });
    return (r.affected ?? 0) > 0;
  }

  // ---------------------------------------------------------------- opt-in mail (VrijwilligersMatching)

  /**
   * One round of the matching mail: claims up to `max` new requests (SKIP LOCKED, so instances
   * side by side never mail one twice), queues a mail to every opted-in profile that matches,
   * and marks them done, in one transaction with the outbox. Returns how many requests were
   * handled and how many mails were queued.
   */
  async matchRonde(max = 20): Promise<{ verzoeken: number; mails: number }> {
    return this.dataSource.transaction(async (tx) => {
      const nieuw = await tx.query<Array<{ id: string }>>(
        `SELECT id FROM vrijwilligersverzoek WHERE matches_gemaild_op IS NULL
          ORDER BY aangemaakt_op, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [max],
      );
      if (nieuw.length === 0) {
        return { verzoeken: 0, mails: 0 };
      }
      const verzoeken = await tx.findBy(VrijwilligersverzoekEntity, { id: In(nieuw.map((r) => r.id)) });
      const buurtnamen = new Map(
        (await this.buurten.buurtKenmerken([...new Set(verzoeken.map((v) => v.buurtId))])).map((b) => [b.id, b.naam]),
      );
      const nu = new Date();
      const uit: NieuweMail[] = [];
      for (const v of verzoeken.filter((x) => staatOpen(x, nu))) {
        // The same rule as profielPast, in SQL: buurt and theme, or none chosen; never the poster themselves.
        const profielen = await tx.query<Array<{ gebruiker_id: string; email: string }>>(
          `SELECT gebruiker_id, email FROM vrijwilligersprofiel
            WHERE mail_bij_nieuwe_verzoeken AND email IS NOT NULL AND gebruiker_id <> $3
              AND (cardinality(buurt_ids) = 0 OR $1::uuid = ANY(buurt_ids))
              AND (cardinality(interesses) = 0 OR $2::text = ANY(interesses))
            ORDER BY gebruiker_id`,
          [v.buurtId, v.thema, v.geplaatstDoor],
        );
        const buurtnaam = buurtnamen.get(v.buurtId) ?? 'uw buurt';
        uit.push(...profielen.map((p) => vrijwilligersMails.nieuwVerzoek({ ...v, buurtnaam }, v.id, p.email, this.link(v.id))));
      }
      await tx.query('UPDATE vrijwilligersverzoek SET matches_gemaild_op = now() WHERE id = ANY($1::uuid[])', [
        nieuw.map((r) => r.id),
      ]);
      await mailInWachtrij(tx, uit);
      return { verzoeken: nieuw.length, mails: uit.length };
    });
  }

  // ---------------------------------------------------------------- helpers

  private link(verzoekId: string): string {
    return verzoekLink(this.config.aanmelding.buurtportaalUrl, toGlobalId('Vrijwilligersverzoek', verzoekId));
  }

  private async isOrganisator(gebruiker: Gebruiker, v: VrijwilligersverzoekEntity): Promise<boolean> {
    if (v.organisatieId) {
      return this.lidmaatschappen.isLidVan(gebruiker, v.organisatieId);
    }
    if (v.initiatiefId) {
      const [initiatief] = await this.initiatieven.initiatievenBijIds([v.initiatiefId]);
      return initiatief?.indienerSub === gebruiker.sub;
    }
    return false;
  }

  private async controleerOrganisator(gebruiker: Gebruiker, v: VrijwilligersverzoekEntity): Promise<void> {
    if (!(await this.isOrganisator(gebruiker, v))) {
      throw vrijwilligersFout.geenOrganisator();
    }
  }

  async magBeheren(gebruiker: Gebruiker | null, verzoekDbId: string): Promise<boolean> {
    if (!gebruiker) {
      return false;
    }
    const v = await this.verzoeken.findOneBy({ id: verzoekDbId });
    return v !== null && (await this.isOrganisator(gebruiker, v));
  }

  private async vergrendel(tx: EntityManager, id: string): Promise<VrijwilligersverzoekEntity> {
    const v = await tx.findOne(VrijwilligersverzoekEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!v) {
      throw fout.nietGevonden('De vraag om vrijwilligers');
    }
    return v;
  }

  /** Gives free places to the first in line, in order of receipt (the caller holds the row lock). */
  private async schuifDoor(tx: EntityManager, v: VrijwilligersverzoekEntity): Promise<NieuweMail[]> {
    if (!staatOpen(v, new Date())) {
      return [];
    }
    const aantal = aantalDoorschuiven(v.aangemeld, v.wachtlijst, v.aantal);
    if (aantal === 0) {
      return [];
    }
    const door = await tx.find(VrijwilligersaanmeldingEntity, {
      where: { verzoekId: v.id, status: VrijwilligerStatus.WACHTLIJST },
      order: { volgnummer: 'ASC' },
      take: aantal,
    });
    if (door.length === 0) {
      return [];
    }
    await tx.update(VrijwilligersaanmeldingEntity, { id: In(door.map((a) => a.id)) }, { status: VrijwilligerStatus.AANGEMELD });
    await this.werkTellersBij(tx, v, { aangemeld: door.length, wachtlijst: -door.length });
    return door.filter((a) => a.emailGeverifieerd).map((a) => vrijwilligersMails.plaatsVrijgekomen(v, a, this.link(v.id)));
  }

  /** Keeps the counters on the request row equal to its sign-ups (the caller holds the row lock). */
  private async werkTellersBij(
    tx: EntityManager,
    v: VrijwilligersverzoekEntity,
    delta: { aangemeld: number; wachtlijst: number; hoogsteVolgnummer?: number },
  ): Promise<void> {
    v.aangemeld += delta.aangemeld;
    v.wachtlijst += delta.wachtlijst;
    v.hoogsteVolgnummer = Math.max(v.hoogsteVolgnummer, delta.hoogsteVolgnummer ?? 0);
    await tx.query('UPDATE vrijwilligersverzoek SET aangemeld = $2, wachtlijst = $3, hoogste_volgnummer = $4 WHERE id = $1', [
      v.id,
      v.aangemeld,
      v.wachtlijst,
      v.hoogsteVolgnummer,
    ]);
  }

  /** Waiting-list positions of these sign-ups: how many still waiting signed up no later. */
  private async posities(rijen: readonly VrijwilligersaanmeldingEntity[]): Promise<Map<string, number>> {
    if (rijen.length === 0) {
      return new Map();
    }
    const uit = await this.dataSource.query<Array<{ id: string; positie: number }>>(
      `SELECT a.id, (SELECT count(*)::int FROM vrijwilligersaanmelding w
                      WHERE w.verzoek_id = a.verzoek_id AND w.status = 'WACHTLIJST' AND w.volgnummer <= a.volgnummer) AS positie
         FROM vrijwilligersaanmelding a WHERE a.id = ANY($1::uuid[])`,
      [rijen.map((r) => r.id)],
    );
    return new Map(uit.map((r) => [r.id, r.positie]));
  }
}
