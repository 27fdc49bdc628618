import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull, QueryFailedError, Repository } from 'typeorm';
import {
  BUURTWERK_CONFIG,
  type BuurtwerkConfig,
  type Connection,
  fout,
  fromGlobalId,
  fromGlobalIds,
  type Gebruiker,
  heeftRol,
  icalendar,
  leesQuery,
  mailInWachtrij,
  recenteMailOver,
  type NieuweMail,
  NodeRegistry,
  PersoonsgegevensRegister,
  pagineerPerOuder,
  Rol,
  toGlobalId,
  geverifieerdeEmail,
  klok,
} from '@buurtwerk/core';
import { GebeurtenisPublisher } from '@buurtwerk/webhooks';
import { BuurtEntity, BuurtenService } from '@buurtwerk/buurten';
import { InitiatievenService } from '@buurtwerk/initiatives';
import { PartnersService } from '@buurtwerk/partners';
import type {
  AanmeldingInput,
  DeelnemersArgs,
  NetwerkbijeenkomstInput,
  NetwerkbijeenkomstWijzigenInput,
} from './dto/netwerkbijeenkomst.input';
import {
  AanmeldingEntity,
  AanmeldingStatus,
  BijeenkomstStatus,
  GASTBUURT_INDEX,
  NetwerkbijeenkomstEntity,
} from './netwerkbijeenkomst.entity';
import { bijeenkomstFout } from './netwerkbijeenkomst.errors';
import { aanmeldingLinks, mails } from './netwerkbijeenkomst.mails';
import {
  type DeelnemerModel,
  toAanmeldingModel,
  toDeelnemerModel,
  toJaarModel,
  toMijnBijeenkomstaanmeldingModel,
  toNetwerkbijeenkomstModel,
  toOntvangenModel,
} from './netwerkbijeenkomst.model';
import {
  aantalDoorschuiven,
  bevestigenVoor,
  deelnemerslijstCsv,
  emailSleutel,
  gastbuurtSuggesties,
  HERINNERING_PAUZE_MINUTEN,
  jaarInAmsterdam,
  jaaroverzicht,
  openbareTelling,
  statusVoorNieuweAanmelding,
  zichtbareStatus,
} from './netwerkbijeenkomst.rules';
import { netwerkbijeenkomstenPersoonsgegevens } from './netwerkbijeenkomst.persoonsgegevens';

/** Who organises network meetings: they plan, change and cancel them and see the attendee list. */
export const ORGANISATOREN = [Rol.BUURTREGISSEUR, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER] as const;

/** A meeting as the open REST feed publishes it (no attendee data, only the sign-up counter). */
export interface OpenbareBijeenkomst {
  id: string;
  titel: string;
  thema: string | null;
  begin: Date;
  eind: Date;
  buurtcode: string;
  buurtnaam: string;
  locatie: string;
  capaciteit: number;
  aangemeld: number;
  status: BijeenkomstStatus;
}

export interface BijeenkomstTelling {
  bijeenkomstId: string;
  aangemeld: number;
  wachtlijst: number;
}

function hashCode(code: string): Buffer {
  return createHash('sha256').update(code, 'utf8').digest();
}

/** Letters and digits a person reads and types without doubt: no 0/O, 1/I/L. */
const CODETEKENS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 8 of 31 signs: about 40 bits, and attempts are limited per IP address (AanmeldLimietGuard). */
const CODELENGTE = 8;

/**
 * A new secret for a sign-up (issue 19, point 4): short enough to type from the mail
 * ("K7QX-3MPD"), in the links too. Only its hash is stored.
 */
export function nieuweAfmeldcode(): string {
  return Array.from({ length: CODELENGTE }, () => CODETEKENS[randomInt(CODETEKENS.length)]).join('');
}

/**
 * The sign-up's secret (mailed in the links and as a short code), compared in constant time
 * with its stored hash. A typed short code may come in lower case, with spaces or a dash; the
 * long codes of older sign-ups are compared as given (they are case-sensitive).
 */
function codeKlopt(a: AanmeldingEntity, code: string): boolean {
  const verwacht = Buffer.from(a.afmeldcodeHash, 'hex');
  const genormaliseerd = code.replace(/[\s-]/g, '').toUpperCase();
  return [code, genormaliseerd].some((c) => {
    const gegeven = hashCode(c);
    return verwacht.length === gegeven.length && timingSafeEqual(verwacht, gegeven);
  });
}

function isUniekSchending(e: unknown, constraint: string): boolean {
  const driver = e instanceof QueryFailedError ? (e.driverError as { code?: string; constraint?: string }) : null;
  return driver?.code === '23505' && driver.constraint === constraint;
}

@Injectable()
export class NetwerkbijeenkomstenService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(NetwerkbijeenkomstEntity) private readonly bijeenkomsten: Repository<NetwerkbijeenkomstEntity>,
    @InjectRepository(AanmeldingEntity) private readonly aanmeldingen: Repository<AanmeldingEntity>,
    private readonly buurten: BuurtenService,
    private readonly partners: PartnersService,
    private readonly initiatieven: InitiatievenService,
    private readonly nodes: NodeRegistry,
    private readonly gebeurtenissen: GebeurtenisPublisher,
    @Inject(BUURTWERK_CONFIG) private readonly config: BuurtwerkConfig,
    private readonly persoonsgegevens: PersoonsgegevensRegister,
  ) {}

  onModuleInit(): void {
    // Export, pseudonymisation and retention of this library's personal data (sign-ups and the mail outbox; privacy orchestrates).
    this.persoonsgegevens.registreer(netwerkbijeenkomstenPersoonsgegevens);
    // Meetings are public (docs/domein.md, "Actors and roles": anyone may see meetings).
    this.nodes.registreer('Netwerkbijeenkomst', async (id) => {
      const b = await this.bijeenkomsten.findOneBy({ id });
      return b ? toNetwerkbijeenkomstModel(b) : null;
    });
  }

  // ---------------------------------------------------------------- plannen en beheren

  async plannen(input: NetwerkbijeenkomstInput, gebruiker: Gebruiker) {
    const [buurtId] = await this.buurten.bestaandeBuurtIds([input.buurtId], 'input.buurtId');
    if (input.eind.getTime() <= input.begin.getTime()) {
      throw fout.veld('input.eind', 'moet na het begin van de bijeenkomst liggen.');
    }
    const buurtNaam = (await this.buurten.buurtOpDbId(buurtId))?.naam ?? 'Deze buurt';
    // Invariant 9: a buurt hosts at most one (non-cancelled) meeting. The check gives a clear
    // message; the partial unique index makes it hold when two people plan at the same time.
    const eerder = await this.bijeenkomsten
      .createQueryBuilder('b')
      .where('b.buurt_id = :buurtId AND b.status <> :geannuleerd', { buurtId, geannuleerd: BijeenkomstStatus.GEANNULEERD })
      .getExists();
    if (eerder) {
      throw bijeenkomstFout.gastbuurtAlGeweest(buurtNaam);
    }
    try {
      const saved = await this.dataSource.transaction(async (tx) => {
        const nieuw = await tx.save(
          tx.create(NetwerkbijeenkomstEntity, {
            titel: input.titel.trim(),
            thema: input.thema?.trim() || null,
            begin: input.begin,
            eind: input.eind,
            buurtId,
            locatie: input.locatie.trim(),
            capaciteit: input.capaciteit,
            status: BijeenkomstStatus.GEPLAND,
            verslag: null,
            geplandDoor: gebruiker.sub,
          }),
        );
        await this.publiceer(tx, nieuw, 'gepland');
        return nieuw;
      });
      return toNetwerkbijeenkomstModel(saved);
    } catch (e) {
      if (isUniekSchending(e, GASTBUURT_INDEX)) {
        throw bijeenkomstFout.gastbuurtAlGeweest(buurtNaam);
      }
      throw e;
    }
  }

  /**
   * Changes a planned meeting, under its row lock so that sign-ups wait for it (invariant 9).
   * Another buurt must never have hosted; more places move the waiting list up in order of
   * receipt (with the same mail as a freed place); fewer places than people admitted is refused,
   * nobody is demoted. Those signed up hear of a new time or place; integrators via the webhook.
   */
  async wijzigen(globalId: string, input: NetwerkbijeenkomstWijzigenInput) {
    const id = fromGlobalId(globalId, 'Netwerkbijeenkomst', 'id');
    const nieuweBuurtId =
      input.buurtId !== undefined && input.buurtId !== null
        ? (await this.buurten.bestaandeBuurtIds([input.buurtId], 'input.buurtId'))[0]
        : null;
    try {
      return await this.dataSource.transaction(async (tx) => {
        const b = await this.vergrendel(tx, id);
        if (b.status === BijeenkomstStatus.GEANNULEERD) {
          throw bijeenkomstFout.nietMeerOpen('is geannuleerd; plan een nieuwe bijeenkomst');
        }
        // Expired holds first: the capacity check below must see the line as it really is.
        await this.vervalVerlopen(tx, b, klok.nu());
        if (b.status === BijeenkomstStatus.AFGEROND || b.eind.getTime() <= klok.ms()) {
          throw bijeenkomstFout.nietMeerOpen('is al geweest');
        }
        const begin = input.begin ?? b.begin;
        const eind = input.eind ?? b.eind;
        if (eind.getTime() <= begin.getTime()) {
          throw fout.veld(input.eind ? 'input.eind' : 'input.begin', 'moet na het begin van de bijeenkomst liggen.');
        }
        if (input.begin && begin.getTime() !== b.begin.getTime() && begin.getTime() <= klok.ms()) {
          throw fout.veld('input.begin', 'ligt in het verleden; een bijeenkomst kan alleen naar een later moment.');
        }
        const capaciteit = input.capaciteit ?? b.capaciteit;
        if (capaciteit < b.aangemeld) {
          throw bijeenkomstFout.capaciteitTeLaag(capaciteit, b.aangemeld);
        }
        if (nieuweBuurtId && nieuweBuurtId !== b.buurtId) {
          // Invariant 9, as in plannen; the partial unique index decides a race.
          const eerder = await tx
            .createQueryBuilder(NetwerkbijeenkomstEntity, 'b')
            .where('b.buurt_id = :buurtId AND b.status <> :geannuleerd AND b.id <> :id', {
              buurtId: nieuweBuurtId,
              geannuleerd: BijeenkomstStatus.GEANNULEERD,
              id,
            })
            .getExists();
          if (eerder) {
            throw bijeenkomstFout.gastbuurtAlGeweest(await this.buurtNaam(nieuweBuurtId));
          }
        }
        const thema = input.thema === undefined ? b.thema : input.thema?.trim() || null;
        const ongewijzigd =
          (input.titel?.trim() ?? b.titel) === b.titel &&
          thema === b.thema &&
          begin.getTime() === b.begin.getTime() &&
          eind.getTime() === b.eind.getTime() &&
          (input.locatie?.trim() ?? b.locatie) === b.locatie &&
          (nieuweBuurtId ?? b.buurtId) === b.buurtId &&
          capaciteit === b.capaciteit;
        if (ongewijzigd) {
          return toNetwerkbijeenkomstModel(b);
        }
        const tijdOfPlaatsAnders =
          begin.getTime() !== b.begin.getTime() ||
          (input.locatie !== undefined && input.locatie !== null && input.locatie.trim() !== b.locatie) ||
          (nieuweBuurtId !== null && nieuweBuurtId !== b.buurtId);
        b.titel = input.titel?.trim() ?? b.titel;
        b.thema = thema;
        b.begin = begin;
        b.eind = eind;
        b.locatie = input.locatie?.trim() ?? b.locatie;
        b.buurtId = nieuweBuurtId ?? b.buurtId;
        b.capaciteit = capaciteit;
        await tx.save(b);

        const uit: NieuweMail[] = await this.schuifDoor(tx, b);
        const doorgeschoven = new Set(uit.map((m) => m.referentieId));
        if (tijdOfPlaatsAnders) {
          // Definite sign-ups only: a held one reads the time and place when confirming.
          const overig = await tx.find(AanmeldingEntity, {
            where: {
              bijeenkomstId: b.id,
              status: In([AanmeldingStatus.AANGEMELD, AanmeldingStatus.WACHTLIJST]),
              bevestigenVoor: IsNull(),
            },
            order: { volgnummer: 'ASC' },
          });
          // Who just got a place reads the new time and place in that mail already.
          uit.push(
            ...overig
              .filter((a) => !doorgeschoven.has(a.id))
              .map((a) => mails.gewijzigd(b, a, a.status === AanmeldingStatus.WACHTLIJST)),
          );
        }
        await mailInWachtrij(tx, uit);
        await this.publiceer(tx, b, 'gewijzigd');
        return toNetwerkbijeenkomstModel(b);
      });
    } catch (e) {
      if (isUniekSchending(e, GASTBUURT_INDEX) && nieuweBuurtId) {
        throw bijeenkomstFout.gastbuurtAlGeweest(await this.buurtNaam(nieuweBuurtId));
      }
      throw e;
    }
  }

  private async buurtNaam(buurtId: string): Promise<string> {
    return (await this.buurten.buurtOpDbId(buurtId))?.naam ?? 'Deze buurt';
  }

  /** Webhook event (channel `netwerkbijeenkomsten`) in the change's transaction; public data only. */
  private async publiceer(
    tx: EntityManager,
    b: NetwerkbijeenkomstEntity,
    wat: 'gepland' | 'gewijzigd' | 'geannuleerd',
  ): Promise<void> {
    const { code: buurtcode } = await tx.findOneByOrFail(BuurtEntity, { id: b.buurtId });
    const onderwerp = toGlobalId('Netwerkbijeenkomst', b.id);
    await this.gebeurtenissen.publiceer(tx, {
      kanaal: 'netwerkbijeenkomsten',
      type: `nl.heerlen.buurtwerk.netwerkbijeenkomst.${wat}`,
      onderwerp,
      kenmerken: { buurtcode },
      data: {
        id: onderwerp,
        titel: b.titel,
        begin: b.begin.toISOString(),
        eind: b.eind.toISOString(),
        locatie: b.locatie,
        capaciteit: b.capaciteit,
        buurtcode,
        status: b.status,
      },
    });
  }

  /** Cancels a planned meeting and tells everyone who signed up, in the same transaction. */
  async annuleren(globalId: string) {
    const id = fromGlobalId(globalId, 'Netwerkbijeenkomst', 'id');
    return this.dataSource.transaction(async (tx) => {
      const b = await this.vergrendel(tx, id);
      if (b.status === BijeenkomstStatus.GEANNULEERD) {
        throw bijeenkomstFout.nietMeerOpen('is al geannuleerd');
      }
      if (b.status === BijeenkomstStatus.AFGEROND || b.eind.getTime() <= klok.ms()) {
        throw bijeenkomstFout.nietMeerOpen('is al geweest');
      }
      b.status = BijeenkomstStatus.GEANNULEERD;
      await tx.save(b);
      await this.publiceer(tx, b, 'geannuleerd');
      // Definite sign-ups hear it; a held one is refused when confirming (the meeting is cancelled).
      const betrokken = await tx.find(AanmeldingEntity, {
        where: {
          bijeenkomstId: id,
          status: In([AanmeldingStatus.AANGEMELD, AanmeldingStatus.WACHTLIJST]),
          bevestigenVoor: IsNull(),
        },
        order: { volgnummer: 'ASC' },
      });
      await mailInWachtrij(
        tx,
        betrokken.map((a) => mails.geannuleerd(b, a)),
      );
      return toNetwerkbijeenkomstModel(b);
    });
  }

  async verslagVastleggen(globalId: string, verslag: string, initiatiefIds?: string[] | null) {
    const id = fromGlobalId(globalId, 'Netwerkbijeenkomst', 'id');
    const besproken = [...new Set(fromGlobalIds(initiatiefIds ?? [], 'Initiatief', 'initiatiefIds'))];
    return this.dataSource.transaction(async (tx) => {
      const b = await this.vergrendel(tx, id);
      if (b.status === BijeenkomstStatus.GEANNULEERD) {
        throw bijeenkomstFout.nietMeerOpen('is geannuleerd; van een geannuleerde bijeenkomst is geen verslag');
      }
      if (besproken.length > 0) {
        const gevonden = await this.initiatieven.bestaandeInitiatiefIds(besproken, tx);
        if (gevonden.length !== besproken.length) {
          throw fout.veld('initiatiefIds', 'bevat een initiatief dat niet bestaat.');
        }
      }
      b.verslag = verslag.trim();
      if (initiatiefIds !== undefined && initiatiefIds !== null) {
        b.besprokenInitiatiefIds = besproken;
      }
      await tx.save(b);
      return toNetwerkbijeenkomstModel(b);
    });
  }

  // ---------------------------------------------------------------- openbaar overzicht

  async lijst(jaar?: number | null) {
    const qb = this.bijeenkomsten.createQueryBuilder('b');
    if (jaar !== undefined && jaar !== null) {
      qb.where(`extract(year from b.begin AT TIME ZONE 'Europe/Amsterdam') = :jaar`, { jaar });
    }
    const rows = await qb.orderBy('b.begin', 'ASC').addOrderBy('b.id', 'ASC').getMany();
    const nu = klok.nu();
    return rows.map((r) => toNetwerkbijeenkomstModel(r, nu));
  }

  /**
   * The open REST feed (`GET /api/v1/netwerkbijeenkomsten`): explicit columns with the sign-up
   * counter of the meeting row, mapped with a plain function, and the host buurten in one batch
   * from the buurten library. Same rows, order and values as `lijst` + `buurtenBijIds` +
   * `tellingen`, for a fraction of the CPU (no TypeORM hydration, one round trip less).
   */
  async openbareFeed(jaar?: number | null): Promise<OpenbareBijeenkomst[]> {
    const rows = await leesQuery<
      Array<{
        id: string;
        titel: string;
        thema: string | null;
        begin: Date;
        eind: Date;
        locatie: string;
        capaciteit: number;
        aangemeld: number;
        status: BijeenkomstStatus;
        buurt_id: string | null;
      }>
    >(
      this.dataSource,
      `SELECT n.id, n.titel, n.thema, n.begin, n.eind, n.locatie, n.capaciteit, n.aangemeld - n.voorlopig_aangemeld AS aangemeld, n.status, n.buurt_id
         FROM netwerkbijeenkomst n
        WHERE $1::int IS NULL OR extract(year from n.begin AT TIME ZONE 'Europe/Amsterdam') = $1
        ORDER BY n.begin ASC, n.id ASC`,
      [jaar ?? null],
    );
    const buurtIds = [...new Set(rows.flatMap((r) => (r.buurt_id ? [r.buurt_id] : [])))];
    const buurten = new Map((await this.buurten.buurtKenmerken(buurtIds)).map((b) => [b.id, b]));
    const nu = klok.nu();
    return rows.map((r) => ({
      id: toGlobalId('Netwerkbijeenkomst', r.id),
      titel: r.titel,
      thema: r.thema,
      begin: r.begin,
      eind: r.eind,
      buurtcode: (r.buurt_id && buurten.get(r.buurt_id)?.code) || '',
      buurtnaam: (r.buurt_id && buurten.get(r.buurt_id)?.naam) || '',
      locatie: r.locatie,
      capaciteit: r.capaciteit,
      aangemeld: r.aangemeld,
      status: zichtbareStatus(r.status, r.eind, nu),
    }));
  }

  async gastbuurtSuggesties(aantal: number) {
    const [alle, stadsdelen, gehouden] = await Promise.all([
      this.buurten.zoekBuurten(),
      this.buurten.alleStadsdelen(),
      this.bijeenkomsten.find({
        select: { buurtId: true, begin: true },
        where: { status: In([BijeenkomstStatus.GEPLAND, BijeenkomstStatus.AFGEROND]) },
      }),
    ]);
    const metStadsdeel = await this.buurten.buurtenBijStadsdelen(stadsdelen.map((s) => s.dbId));
    const stadsdeelVan = new Map(metStadsdeel.map((b) => [b.id, b.stadsdeelId]));
    const stadsdeelNaam = new Map(stadsdelen.map((s) => [s.dbId, s.naam]));
    const perId = new Map(alle.map((b) => [b.dbId, b]));
    const gekozen = gastbuurtSuggesties(
      alle.map((b) => {
        const sd = stadsdeelVan.get(b.dbId) ?? null;
        return { id: b.dbId, naam: b.naam, stadsdeelId: sd, stadsdeelNaam: sd ? (stadsdeelNaam.get(sd) ?? null) : null };
      }),
      gehouden,
      aantal,
    );
    return gekozen.map((k) => perId.get(k.id)!);
  }

  async perJaar() {
    const gehouden = await this.bijeenkomsten.find({
      select: { begin: true },
      where: { status: In([BijeenkomstStatus.GEPLAND, BijeenkomstStatus.AFGEROND]) },
    });
    return jaaroverzicht(
      gehouden.map((b) => b.begin),
      jaarInAmsterdam(klok.nu()),
    ).map(toJaarModel);
  }

  /** iCalendar text for the public feed (the REST route passes the current time). */
  async icalendarFeed(nu: Date, jaar?: number | null): Promise<string> {
    const rows = await this.lijst(jaar);
    return icalendar(
      rows.map((b) => ({
        uid: `${b.id}@buurtwerk.heerlen.nl`,
        titel: b.titel,
        begin: b.begin,
        eind: b.eind,
        locatie: b.locatie,
        beschrijving: b.thema,
        geannuleerd: b.status === BijeenkomstStatus.GEANNULEERD,
        // A moved meeting must move in subscribed calendars too.
        gewijzigdOp: b.gewijzigdOp,
      })),
      { nu, naam: 'Netwerkbijeenkomsten Buurtgericht Werken Heerlen' },
    );
  }

  // ---------------------------------------------------------------- aanmelden, bevestigen en afmelden

  /**
   * Invariant 9: no account needed; beyond capacity onto the waiting list; exactly `capaciteit`
   * places under concurrent sign-ups (the meeting row is locked for the whole transaction, so
   * sign-ups are counted one after the other, in order of receipt).
   *
   * A sign-up holds its place in line for AANMELDING_BEVESTIGEN_MINUTEN and becomes definite when
   * the link in the mail is followed (`bevestigen`); unconfirmed, it expires and its place goes to
   * the next in line. So sign-ups with other people's addresses fill nothing for good, and those
   * people only get one mail they can ignore. Signed-in callers confirm the same way: the mail
   * proves the address, which a token does not (the provider's e-mail claim may be unverified).
   *
   * The answer is the same for every address (issue 15): a repeated sign-up changes nothing,
   * reveals nothing, and is handled by mail to the address itself.
   */
  async aanmelden(input: AanmeldingInput, gebruiker: Gebruiker | null) {
    const bijeenkomstId = fromGlobalId(input.bijeenkomstId, 'Netwerkbijeenkomst', 'input.bijeenkomstId');
    const organisatieId = input.organisatieId ? fromGlobalId(input.organisatieId, 'Organisatie', 'input.organisatieId') : null;
    if (organisatieId && (await this.partners.organisatiesBijIds([organisatieId])).length === 0) {
      throw fout.veld('input.organisatieId', 'is geen bestaande organisatie.');
    }
    const sleutel = emailSleutel(input.email);
    const eigenAdres = geverifieerdeEmail(gebruiker);
    return this.dataSource.transaction(async (tx) => {
      const b = await this.vergrendel(tx, bijeenkomstId);
      if (b.status === BijeenkomstStatus.GEANNULEERD) {
        throw bijeenkomstFout.nietMeerOpen('is geannuleerd');
      }
      if (b.status === BijeenkomstStatus.AFGEROND || b.eind.getTime() <= klok.ms()) {
        throw bijeenkomstFout.nietMeerOpen('is al geweest');
      }
      const nu = klok.nu();
      await this.vervalVerlopen(tx, b, nu);
      const bestaand = await tx.findOneBy(AanmeldingEntity, { bijeenkomstId, emailSleutel: sleutel });
      if (bestaand && bestaand.status !== AanmeldingStatus.AFGEMELD) {
        await this.herhaaldeAanmelding(tx, b, bestaand, nu);
        return toOntvangenModel(randomUUID());
      }
      // The counters on the locked meeting row, not a count over all its sign-ups: O(1) under the lock.
      const status = statusVoorNieuweAanmelding(b.aangemeld, b.capaciteit);
      const code = nieuweAfmeldcode();
      const tot = bevestigenVoor(nu, this.config.aanmelding.bevestigenMinuten);
      const gegevens = {
        bijeenkomstId,
        naam: input.naam.trim(),
        email: input.email.trim(),
        emailSleutel: sleutel,
        organisatieId,
        rol: input.rol?.trim() || null,
        wensen: input.wensen?.trim() || null,
        status,
        volgnummer: b.hoogsteVolgnummer + 1,
        afmeldcodeHash: hashCode(code).toString('hex'),
        // Linked to the account only when it is the account's own, verified address (else anyone
        // could tie someone else's sign-up, and later its confirmation, to their own account).
        gebruikerId: gebruiker && eigenAdres !== null && emailSleutel(eigenAdres) === sleutel ? gebruiker.sub : null,
        afgemeldOp: null,
        bevestigenVoor: tot,
        bevestigdOp: null,
      };
      // Signing up again after cancelling (or letting a hold expire) reuses the row: new place in the order of receipt.
      const aanmelding = await tx.save(
        bestaand ? tx.merge(AanmeldingEntity, bestaand, gegevens) : tx.create(AanmeldingEntity, gegevens),
      );
      const plaats = status === AanmeldingStatus.AANGEMELD ? 1 : 0;
      await this.werkTellersBij(tx, b, {
        aangemeld: plaats,
        wachtlijst: 1 - plaats,
        voorlopigAangemeld: plaats,
        voorlopigWachtlijst: 1 - plaats,
        hoogsteVolgnummer: aanmelding.volgnummer,
      });
      // The newest sign-up is last in the order of receipt: its place is the length of the waiting list.
      const positie = status === AanmeldingStatus.WACHTLIJST ? b.wachtlijst : null;
      await mailInWachtrij(tx, [mails.bevestigen(b, aanmelding, positie, tot, this.links(aanmelding.id, code))]);
      return toOntvangenModel(aanmelding.id);
    });
  }

  /**
   * The address already has a sign-up: nothing about it changes (the place, the deadline of a
   * held place, the data), and its owner hears of it by mail, at most once per pause. A held
   * place gets a new confirmation link (the old code is not stored, only its hash); a definite
   * sign-up a note that it stands.
   */
  private async herhaaldeAanmelding(
    tx: EntityManager,
    b: NetwerkbijeenkomstEntity,
    a: AanmeldingEntity,
    nu: Date,
  ): Promise<void> {
    const soort = a.bevestigenVoor !== null ? 'AANMELDING_BEVESTIGEN' : 'AANMELDING_HERHAALD';
    if (await recenteMailOver(tx, a.id, soort, nu, HERINNERING_PAUZE_MINUTEN)) {
      return;
    }
    if (a.bevestigenVoor !== null) {
      const code = nieuweAfmeldcode();
      a.afmeldcodeHash = hashCode(code).toString('hex');
      await tx.save(a);
      const positie = await this.wachtlijstPositie(tx, a);
      await mailInWachtrij(tx, [mails.bevestigen(b, a, positie, a.bevestigenVoor, this.links(a.id, code))]);
      return;
    }
    await mailInWachtrij(tx, [mails.alAangemeld(b, a, a.status === AanmeldingStatus.WACHTLIJST)]);
  }

  /**
   * Makes a held sign-up definite with the code from the mail. Its place in line is the one it got
   * at sign-up (order of receipt), not the moment of confirming. A hold whose time has passed is
   * expired (and its place given on) before the code is looked at: confirming comes too late then.
   */
  async bevestigen(aanmeldingGlobalId: string, code: string) {
    const id = fromGlobalId(aanmeldingGlobalId, 'Aanmelding', 'aanmeldingId');
    const eerst = await this.aanmeldingen.findOne({ select: { id: true, bijeenkomstId: true }, where: { id } });
    if (!eerst) {
      throw bijeenkomstFout.linkKloptNiet();
    }
    return this.dataSource.transaction(async (tx) => {
      const b = await this.vergrendel(tx, eerst.bijeenkomstId);
      const nu = klok.nu();
      await this.vervalVerlopen(tx, b, nu);
      const aanmelding = (await tx.findOneBy(AanmeldingEntity, { id }))!;
      if (!codeKlopt(aanmelding, code)) {
        throw bijeenkomstFout.linkKloptNiet();
      }
      if (aanmelding.status === AanmeldingStatus.AFGEMELD) {
        if (aanmelding.bevestigdOp === null) {
          throw bijeenkomstFout.bevestigingTeLaat();
        }
        return toAanmeldingModel(aanmelding, null, null);
      }
      if (aanmelding.bevestigenVoor === null) {
        // Already confirmed: following the link again changes nothing.
        return toAanmeldingModel(aanmelding, await this.wachtlijstPositie(tx, aanmelding), null);
      }
      if (b.status !== BijeenkomstStatus.GEPLAND || b.eind.getTime() <= nu.getTime()) {
        throw bijeenkomstFout.nietMeerOpen(b.status === BijeenkomstStatus.GEANNULEERD ? 'is geannuleerd' : 'is al geweest');
      }
      const plaats = aanmelding.status === AanmeldingStatus.AANGEMELD ? 1 : 0;
      aanmelding.bevestigenVoor = null;
      aanmelding.bevestigdOp = nu;
      await tx.save(aanmelding);
      await this.werkTellersBij(tx, b, {
        aangemeld: 0,
        wachtlijst: 0,
        voorlopigAangemeld: -plaats,
        voorlopigWachtlijst: plaats - 1,
      });
      const positie = await this.wachtlijstPositie(tx, aanmelding);
      const links = this.links(aanmelding.id, code);
      await mailInWachtrij(tx, [
        positie === null ? mails.aangemeld(b, aanmelding, links) : mails.wachtlijst(b, aanmelding, positie, links),
      ]);
      return toAanmeldingModel(aanmelding, positie, null);
    });
  }

  /**
   * Cancels with the secret code (from the mail's link, or for older sign-ups from the answer);
   * a freed place goes to the first in line. An unknown id and a wrong code get the same answer,
   * so answers to sign-ups cannot be told apart by trying their ids here.
   */
  async afmelden(aanmeldingGlobalId: string, afmeldcode: string) {
    const id = fromGlobalId(aanmeldingGlobalId, 'Aanmelding', 'aanmeldingId');
    return this.meldAf(id, (a) => codeKlopt(a, afmeldcode), bijeenkomstFout.afmeldcodeKloptNiet);
  }

  /**
   * Cancels with the address and the short code from the mail, for whoever cannot open the link
   * (issue 19, point 4). An unknown address and a wrong code get the same answer. The code is
   * compared with each sign-up of that address that is not cancelled yet (a person signs up
   * for a few meetings at most).
   */
  async afmeldenMetCode(email: string, afmeldcode: string) {
    const kandidaten = await this.aanmeldingen.find({
      select: { id: true, afmeldcodeHash: true },
      where: { emailSleutel: emailSleutel(email) },
    });
    const gevonden = kandidaten.find((a) => codeKlopt(a as AanmeldingEntity, afmeldcode));
    if (!gevonden) {
      throw bijeenkomstFout.emailOfCodeKloptNiet();
    }
    return this.meldAf(gevonden.id, (a) => codeKlopt(a, afmeldcode), bijeenkomstFout.emailOfCodeKloptNiet);
  }

  /**
   * Your own sign-ups (made while signed in with your verified address), newest meeting first,
   * with their meetings: for "Mijn aanmeldingen" in the Buurtportaal.
   */
  async mijnAanmeldingen(gebruiker: Gebruiker) {
    const rijen = await this.aanmeldingen.find({ where: { gebruikerId: gebruiker.sub } });
    if (rijen.length === 0) {
      return [];
    }
    const bijeenkomsten = new Map(
      (await this.bijeenkomsten.findBy({ id: In([...new Set(rijen.map((r) => r.bijeenkomstId))]) })).map((b) => [b.id, b]),
    );
    const uit = [];
    for (const r of rijen) {
      uit.push(
        toMijnBijeenkomstaanmeldingModel(
          r,
          bijeenkomsten.get(r.bijeenkomstId)!,
          await this.wachtlijstPositie(this.dataSource.manager, r),
        ),
      );
    }
    return uit.sort((a, b) => b.bijeenkomst.begin.getTime() - a.bijeenkomst.begin.getTime() || a.id.localeCompare(b.id));
  }

  /**
   * Cancels your own sign-up while signed in (issue 19, point 4): no code needed, the account
   * proves it is yours. Someone else's sign-up answers "not found", as an unknown id does.
   */
  async mijnAanmeldingAfmelden(aanmeldingGlobalId: string, gebruiker: Gebruiker) {
    const id = fromGlobalId(aanmeldingGlobalId, 'Aanmelding', 'aanmeldingId');
    return this.meldAf(id, (a) => a.gebruikerId === gebruiker.sub, bijeenkomstFout.nietJouwAanmelding);
  }

  private async meldAf(id: string, magAfmelden: (a: AanmeldingEntity) => boolean, weiger: () => Error) {
    const eerst = await this.aanmeldingen.findOne({ select: { id: true, bijeenkomstId: true }, where: { id } });
    if (!eerst) {
      throw weiger();
    }
    return this.dataSource.transaction(async (tx) => {
      const b = await this.vergrendel(tx, eerst.bijeenkomstId);
      await this.vervalVerlopen(tx, b, klok.nu());
      const aanmelding = (await tx.findOneBy(AanmeldingEntity, { id }))!;
      if (!magAfmelden(aanmelding)) {
        throw weiger();
      }
      if (aanmelding.status === AanmeldingStatus.AFGEMELD) {
        return toAanmeldingModel(aanmelding, null, null);
      }
      const hadPlaats = aanmelding.status === AanmeldingStatus.AANGEMELD;
      const vastgehouden = aanmelding.bevestigenVoor !== null;
      aanmelding.status = AanmeldingStatus.AFGEMELD;
      aanmelding.afgemeldOp = klok.nu();
      aanmelding.bevestigenVoor = null;
      await tx.save(aanmelding);
      await this.werkTellersBij(tx, b, {
        aangemeld: hadPlaats ? -1 : 0,
        wachtlijst: hadPlaats ? 0 : -1,
        voorlopigAangemeld: vastgehouden && hadPlaats ? -1 : 0,
        voorlopigWachtlijst: vastgehouden && !hadPlaats ? -1 : 0,
      });
      const uit: NieuweMail[] = [mails.afgemeld(b, aanmelding), ...(await this.schuifDoor(tx, b))];
      await mailInWachtrij(tx, uit);
      return toAanmeldingModel(aanmelding, null, null);
    });
  }

  /**
   * Expires the held places of this meeting whose time passed (the caller holds the row lock), in
   * order of receipt, and gives the freed places to the next in line. Run at the start of every
   * change of the meeting's sign-ups, so each decision sees the line as it really is, and by the
   * AanmeldingVerloop job for meetings nobody touches.
   */
  async vervalVerlopen(tx: EntityManager, b: NetwerkbijeenkomstEntity, nu: Date): Promise<number> {
    const verlopen = await tx
      .createQueryBuilder(AanmeldingEntity, 'a')
      .where('a.bijeenkomst_id = :id AND a.bevestigen_voor <= :nu AND a.status <> :af', {
        id: b.id,
        nu,
        af: AanmeldingStatus.AFGEMELD,
      })
      .orderBy('a.volgnummer', 'ASC')
      .getMany();
    if (verlopen.length === 0) {
      return 0;
    }
    const metPlaats = verlopen.filter((a) => a.status === AanmeldingStatus.AANGEMELD).length;
    const wachtend = verlopen.length - metPlaats;
    await tx.query(
      `UPDATE aanmelding SET status = 'AFGEMELD', afgemeld_op = bevestigen_voor, bevestigen_voor = NULL, gewijzigd_op = now()
        WHERE id = ANY($1::uuid[])`,
      [verlopen.map((a) => a.id)],
    );
    await this.werkTellersBij(tx, b, {
      aangemeld: -metPlaats,
      wachtlijst: -wachtend,
      voorlopigAangemeld: -metPlaats,
      voorlopigWachtlijst: -wachtend,
    });
    await mailInWachtrij(tx, await this.schuifDoor(tx, b));
    return verlopen.length;
  }

  /** Expires the held places of one meeting in its own transaction (AanmeldingVerloop). */
  async vervalVerlopenVan(bijeenkomstId: string): Promise<number> {
    return this.dataSource.transaction(async (tx) =>
      this.vervalVerlopen(tx, await this.vergrendel(tx, bijeenkomstId), klok.nu()),
    );
  }

  /** Meetings with a held place whose time has passed (uses the partial index on `bevestigen_voor`). */
  async bijeenkomstenMetVerlopenAanmeldingen(): Promise<string[]> {
    const rijen = await this.dataSource.query<Array<{ bijeenkomst_id: string }>>(
      `SELECT DISTINCT bijeenkomst_id FROM aanmelding WHERE bevestigen_voor IS NOT NULL AND bevestigen_voor <= now()`,
    );
    return rijen.map((r) => r.bijeenkomst_id);
  }

  /**
   * Gives free places to the first in line, in order of receipt, while the meeting is open (the
   * caller holds the row lock): afterwards AANGEMELD = min(capaciteit, everyone in line). A held
   * sign-up that moves up keeps its deadline and hears it when confirming; a definite one by mail.
   */
  private async schuifDoor(tx: EntityManager, b: NetwerkbijeenkomstEntity): Promise<NieuweMail[]> {
    if (b.status !== BijeenkomstStatus.GEPLAND || b.eind.getTime() <= klok.ms()) {
      return [];
    }
    const aantal = aantalDoorschuiven(b.aangemeld, b.wachtlijst, b.capaciteit);
    if (aantal === 0) {
      return [];
    }
    const door = await tx.find(AanmeldingEntity, {
      where: { bijeenkomstId: b.id, status: AanmeldingStatus.WACHTLIJST },
      order: { volgnummer: 'ASC' },
      take: aantal,
    });
    if (door.length === 0) {
      return [];
    }
    await tx.update(AanmeldingEntity, { id: In(door.map((a) => a.id)) }, { status: AanmeldingStatus.AANGEMELD });
    const vastgehouden = door.filter((a) => a.bevestigenVoor !== null).length;
    await this.werkTellersBij(tx, b, {
      aangemeld: door.length,
      wachtlijst: -door.length,
      voorlopigAangemeld: vastgehouden,
      voorlopigWachtlijst: -vastgehouden,
    });
    return door.filter((a) => a.bevestigenVoor === null).map((a) => mails.plaatsVrijgekomen(b, a));
  }

  private links(aanmeldingId: string, code: string) {
    return aanmeldingLinks(this.config.aanmelding.buurtportaalUrl, toGlobalId('Aanmelding', aanmeldingId), code);
  }

  /** Attendee list for organisers (staff only: it holds personal data, invariant 12). */
  async deelnemerslijst(globalId: string): Promise<string> {
    const id = fromGlobalId(globalId, 'Netwerkbijeenkomst', 'id');
    if (!(await this.bijeenkomsten.existsBy({ id }))) {
      throw fout.nietGevonden('De netwerkbijeenkomst');
    }
    // Attendees are the confirmed sign-ups; held places of unconfirmed ones are no attendees (yet).
    const rijen = await this.aanmeldingen.find({
      where: {
        bijeenkomstId: id,
        status: In([AanmeldingStatus.AANGEMELD, AanmeldingStatus.WACHTLIJST]),
        bevestigenVoor: IsNull(),
      },
      order: { volgnummer: 'ASC' },
    });
    const orgIds = [...new Set(rijen.map((r) => r.organisatieId).filter((o): o is string => o !== null))];
    const organisaties = new Map((await this.partners.organisatiesBijIds(orgIds)).map((o) => [o.id, o.naam]));
    let positie = 0;
    const deelnemers = rijen.map((r) => ({
      naam: r.naam,
      email: r.email,
      organisatie: r.organisatieId ? (organisaties.get(r.organisatieId) ?? null) : null,
      rol: r.rol,
      wensen: r.wensen,
      status: r.status,
      wachtlijstPositie: r.status === AanmeldingStatus.WACHTLIJST ? ++positie : null,
      aangemeldOp: r.aangemaaktOp,
    }));
    deelnemers.sort(
      (a, b) => Number(a.status === AanmeldingStatus.WACHTLIJST) - Number(b.status === AanmeldingStatus.WACHTLIJST),
    );
    return deelnemerslijstCsv(deelnemers);
  }

  /**
   * The sign-ups of many meetings at once (Netwerkbijeenkomst.deelnemers through a DataLoader):
   * admitted first, then the waiting list, each in order of receipt. Staff who organise only.
   */
  async deelnemersVan(
    bijeenkomstIds: readonly string[],
    args: DeelnemersArgs,
    gebruiker: Gebruiker | null,
  ): Promise<Connection<DeelnemerModel>[]> {
    if (!heeftRol(gebruiker, ...ORGANISATOREN)) {
      throw fout.geenToegang(
        'U heeft geen toegang tot de deelnemerslijst: die is alleen voor de organisatoren van de bijeenkomst.',
      );
    }
    const statussen = args.status ? [args.status] : [AanmeldingStatus.AANGEMELD, AanmeldingStatus.WACHTLIJST];
    const posities = new Map<string, number>();
    return pagineerPerOuder({
      basis: () =>
        this.aanmeldingen
          .createQueryBuilder('a')
          .where('a.status IN (:...statussen) AND a.bevestigen_voor IS NULL', { statussen }),
      alias: 'a',
      ouderExpr: 'a.bijeenkomst_id',
      ouderIds: bijeenkomstIds,
      sleutels: [
        {
          expr: `(CASE WHEN a.status = 'AANGEMELD' THEN 0 ELSE 1 END)`,
          waarde: (a) => (a.status === AanmeldingStatus.AANGEMELD ? 0 : 1),
        },
        { expr: 'a.volgnummer', waarde: (a) => a.volgnummer },
        { expr: 'a.id', waarde: (a) => a.id },
      ],
      args,
      laad: async (ids) => {
        const [rijen, wachtend] = await Promise.all([
          this.aanmeldingen.findBy({ id: In(ids) }),
          // Waiting-list position: how many still waiting signed up no later (one query per page).
          this.dataSource.query<Array<{ id: string; positie: number }>>(
            `SELECT a.id, (SELECT count(*)::int FROM aanmelding w
                            WHERE w.bijeenkomst_id = a.bijeenkomst_id AND w.status = 'WACHTLIJST'
                              AND w.volgnummer <= a.volgnummer) AS positie
               FROM aanmelding a WHERE a.id = ANY($1::uuid[]) AND a.status = 'WACHTLIJST'`,
            [ids],
          ),
        ]);
        for (const w of wachtend) {
          posities.set(w.id, w.positie);
        }
        return rijen;
      },
      toNode: (a) => toDeelnemerModel(a, posities.get(a.id) ?? null),
    });
  }

  // ---------------------------------------------------------------- helpers and batch loads

  private async vergrendel(tx: EntityManager, id: string): Promise<NetwerkbijeenkomstEntity> {
    const b = await tx.findOne(NetwerkbijeenkomstEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!b) {
      throw fout.nietGevonden('De netwerkbijeenkomst');
    }
    return b;
  }

  /**
   * Keeps the counters on the meeting row equal to its sign-ups (the caller holds the row lock).
   * A plain UPDATE: a sign-up is no change of the meeting itself, so `gewijzigd_op` stays.
   */
  private async werkTellersBij(
    tx: EntityManager,
    b: NetwerkbijeenkomstEntity,
    delta: {
      aangemeld: number;
      wachtlijst: number;
      voorlopigAangemeld?: number;
      voorlopigWachtlijst?: number;
      hoogsteVolgnummer?: number;
    },
  ): Promise<void> {
    b.aangemeld += delta.aangemeld;
    b.wachtlijst += delta.wachtlijst;
    b.voorlopigAangemeld += delta.voorlopigAangemeld ?? 0;
    b.voorlopigWachtlijst += delta.voorlopigWachtlijst ?? 0;
    b.hoogsteVolgnummer = Math.max(b.hoogsteVolgnummer, delta.hoogsteVolgnummer ?? 0);
    await tx.query(
      `UPDATE netwerkbijeenkomst SET aangemeld = $2, wachtlijst = $3, hoogste_volgnummer = $4,
              voorlopig_aangemeld = $5, voorlopig_wachtlijst = $6 WHERE id = $1`,
      [b.id, b.aangemeld, b.wachtlijst, b.hoogsteVolgnummer, b.voorlopigAangemeld, b.voorlopigWachtlijst],
    );
  }

  /** 1-based: how many still waiting signed up no later than this one. */
  private async wachtlijstPositie(tx: EntityManager, a: AanmeldingEntity): Promise<number | null> {
    if (a.status !== AanmeldingStatus.WACHTLIJST) {
      return null;
    }
    const [{ positie }] = await tx.query<Array<{ positie: number }>>(
      `SELECT count(*)::int AS positie FROM aanmelding
        WHERE bijeenkomst_id = $1 AND status = 'WACHTLIJST' AND volgnummer <= $2`,
      [a.bijeenkomstId, a.volgnummer],
    );
    return positie;
  }

  async tellingen(ids: readonly string[]): Promise<BijeenkomstTelling[]> {
    // The counters kept on the meeting row (werkTellersBij), not a count over all sign-ups;
    // public, so confirmed sign-ups only (openbareTelling).
    const rows = await this.dataSource.query<
      Array<{
        bijeenkomst_id: string;
        aangemeld: number;
        wachtlijst: number;
        voorlopig_aangemeld: number;
        voorlopig_wachtlijst: number;
      }>
    >(
      `SELECT id AS bijeenkomst_id, aangemeld, wachtlijst, voorlopig_aangemeld, voorlopig_wachtlijst
         FROM netwerkbijeenkomst WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((r) => ({
      bijeenkomstId: r.bijeenkomst_id,
      ...openbareTelling({
        aangemeld: r.aangemeld,
        wachtlijst: r.wachtlijst,
        voorlopigAangemeld: r.voorlopig_aangemeld,
        voorlopigWachtlijst: r.voorlopig_wachtlijst,
      }),
    }));
  }
}
