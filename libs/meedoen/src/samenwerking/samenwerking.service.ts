import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import {
  BUURTWERK_CONFIG,
  type BuurtwerkConfig,
  DomainError,
  fout,
  FoutCode,
  fromGlobalId,
  type Gebruiker,
  mailInWachtrij,
  toGlobalId,
} from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { InitiatiefStatus, InitiatievenService, PUBLIEKE_STATUSSEN } from '@buurtwerk/initiatives';
import { SamenwerkingStatus, SamenwerkingsverzoekEntity } from './samenwerkingsverzoek.entity';
import { toSamenwerkingsverzoekModel, toVergelijkbaarInitiatiefModel } from './samenwerking.model';

/** Initiatives that can still ask: a draft up to a granted one (an initiative that ended does not start something new). */
const MAG_VRAGEN: ReadonlySet<InitiatiefStatus> = new Set([
  InitiatiefStatus.CONCEPT,
  InitiatiefStatus.INGEDIEND,
  InitiatiefStatus.IN_BEHANDELING,
  InitiatiefStatus.AANVULLING_GEVRAAGD,
  InitiatiefStatus.BIJ_BUURTPANEL,
  InitiatiefStatus.TOEGEKEND,
]);

/**
 * Cooperation between initiatives ("op elkaar afgestemd", "samenwerking tussen buurten"): while
 * drafting, similar public initiatives in the same or nearby buurten (the same stadsdeel) are
 * suggested; an initiator asks another to cooperate through the platform, and the other accepts
 * or declines. Neither sees the other's address: both get mail from the platform.
 */
@Injectable()
export class SamenwerkingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(BUURTWERK_CONFIG) private readonly config: BuurtwerkConfig,
    private readonly initiatieven: InitiatievenService,
    private readonly buurten: BuurtenService,
  ) {}

  /** Public initiatives like the draft, in its buurt first, then elsewhere in the same stadsdeel (at most 5). */
  async vergelijkbaar(tekst: string, buurtGlobalId: string) {
    const [buurtId] = await this.buurten.bestaandeBuurtIds([buurtGlobalId], 'buurtId');
    const stadsdeel = await this.buurten.gemeenschappelijkStadsdeel([buurtId]);
    const dichtbij = stadsdeel ? await this.buurten.buurtIdsInStadsdeel(stadsdeel) : [buurtId];
    const gevonden = await this.initiatieven.vergelijkbareInitiatieven(tekst, dichtbij, buurtId, 5);
    const namen = new Map(
      (await this.buurten.buurtKenmerken([...new Set(gevonden.flatMap((g) => g.buurtIds))])).map((b) => [b.id, b.naam]),
    );
    return gevonden.map((g) =>
      toVergelijkbaarInitiatiefModel(
        g,
        g.buurtIds.flatMap((b) => (namen.has(b) ? [namen.get(b)!] : [])),
        g.buurtIds.includes(buurtId),
      ),
    );
  }

  /** Asks another initiative to cooperate; its initiator gets a mail (never the asker's address). */
  async vragen(vanGlobalId: string, naarGlobalId: string, bericht: string, gebruiker: Gebruiker) {
    const vanId = fromGlobalId(vanGlobalId, 'Initiatief', 'input.vanInitiatiefId');
    const naarId = fromGlobalId(naarGlobalId, 'Initiatief', 'input.naarInitiatiefId');
    if (vanId === naarId) {
      throw fout.veld('input.naarInitiatiefId', 'is je eigen initiatief. Kies een ander initiatief.');
    }
    const perId = new Map((await this.initiatieven.initiatievenBijIds([vanId, naarId])).map((i) => [i.id, i]));
    const van = perId.get(vanId);
    const naar = perId.get(naarId);
    if (!van || van.indienerSub !== gebruiker.sub) {
      throw fout.geenToegang('Alleen de initiatiefnemer kan namens dit initiatief om samenwerking vragen.');
    }
    if (!MAG_VRAGEN.has(van.status)) {
      throw fout.veld(
        'input.vanInitiatiefId',
        'is afgerond, afgewezen of ingetrokken; daarmee kun je geen samenwerking meer vragen.',
      );
    }
    // Only public initiatives can be found and asked (a draft or a pending request of someone else stays private).
    if (!naar || !PUBLIEKE_STATUSSEN.includes(naar.status)) {
      throw fout.veld('input.naarInitiatiefId', 'is geen openbaar initiatief.');
    }
    if (naar.indienerSub === gebruiker.sub) {
      throw fout.veld('input.naarInitiatiefId', 'is ook van jou. Samenwerken met jezelf hoeft niet via het platform.');
    }
    try {
      return await this.dataSource.transaction(async (tx) => {
        const e = await tx.save(
          tx.create(SamenwerkingsverzoekEntity, {
            vanInitiatiefId: vanId,
            naarInitiatiefId: naarId,
            gevraagdDoor: gebruiker.sub,
            bericht: bericht.trim(),
          }),
        );
        if (naar.indienerEmail) {
          await mailInWachtrij(tx, [
            {
              soort: 'SAMENWERKING_GEVRAAGD',
              referentieId: e.id,
              aan: naar.indienerEmail,
              onderwerp: `Samenwerken? Een vraag over "${naar.titel}"`,
              tekst: [
                `Hallo ${naar.indienerNaam},`,
                '',
                `De initiatiefnemer van "${van.titel}" wil graag samenwerken met jouw initiatief "${naar.titel}". Het bericht:`,
                '',
                bericht.trim(),
                '',
                `Je kunt ja of nee zeggen in het Buurtportaal: ${this.config.aanmelding.buurtportaalUrl}/mijn-initiatieven`,
                'Je e-mailadres wordt niet gedeeld. Pas als je ja zegt, krijgt de ander je antwoord via ons.',
              ].join('\n'),
            },
          ]);
        }
        return toSamenwerkingsverzoekModel(e, van.titel, naar.titel);
      });
    } catch (e) {
      if (e instanceof QueryFailedError && (e as QueryFailedError & { code?: string }).code === '23505') {
        throw fout.veld('input.naarInitiatiefId', 'je hebt dit initiatief al om samenwerking gevraagd; wacht op het antwoord.');
      }
      throw e;
    }
  }

  /** The asked initiator accepts or declines, once (row lock: two answers at once give one result). */
  async beantwoorden(globalId: string, aannemen: boolean, antwoord: string | null | undefined, gebruiker: Gebruiker) {
    const id = fromGlobalId(globalId, 'Samenwerkingsverzoek', 'id');
    return this.dataSource.transaction(async (tx) => {
      const e = await tx.findOne(SamenwerkingsverzoekEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!e) {
        throw fout.nietGevonden('Het samenwerkingsverzoek');
      }
      const perId = new Map(
        (await this.initiatieven.initiatievenBijIds([e.vanInitiatiefId, e.naarInitiatiefId])).map((i) => [i.id, i]),
      );
      const van = perId.get(e.vanInitiatiefId);
      const naar = perId.get(e.naarInitiatiefId);
      if (!naar || naar.indienerSub !== gebruiker.sub) {
        throw fout.nietGevonden('Het samenwerkingsverzoek');
      }
      if (e.status !== SamenwerkingStatus.GEVRAAGD) {
        throw new DomainError(FoutCode.ONGELDIGE_STATUSOVERGANG, 'Je hebt dit verzoek al beantwoord.');
      }
      e.status = aannemen ? SamenwerkingStatus.AANGENOMEN : SamenwerkingStatus.AFGESLAGEN;
      e.antwoord = antwoord?.trim() || null;
      e.beantwoordDoor = gebruiker.sub;
      e.beantwoordOp = new Date();
      await tx.save(e);
      if (van?.indienerEmail) {
        await mailInWachtrij(tx, [
          {
            soort: aannemen ? 'SAMENWERKING_AANGENOMEN' : 'SAMENWERKING_AFGESLAGEN',
            referentieId: e.id,
            aan: van.indienerEmail,
            onderwerp: aannemen ? `"${naar.titel}" wil samenwerken` : `"${naar.titel}" gaat niet samenwerken`,
            tekst: [
              `Hallo ${van.indienerNaam},`,
              '',
              aannemen
                ? `De initiatiefnemer van "${naar.titel}" zegt ja tegen samenwerken met "${van.titel}".`
                : `De initiatiefnemer van "${naar.titel}" zegt nee tegen samenwerken met "${van.titel}".`,
              ...(e.antwoord ? ['', 'Het antwoord:', '', e.antwoord] : []),
              '',
              aannemen
                ? 'Wil je samen één initiatief indienen, voor meer buurten of het hele stadsdeel? Dat kan: kies bij je idee alle buurten, of het stadsdeel.'
                : 'Misschien past een ander initiatief wel. Kijk in de ideeënbank in het Buurtportaal.',
            ].join('\n'),
          },
        ]);
      }
      return toSamenwerkingsverzoekModel(e, van?.titel ?? '', naar.titel);
    });
  }

  /** The requests about the caller's initiatives, asked and received, newest first. */
  async mijnVerzoeken(gebruiker: Gebruiker) {
    const eigen = (await this.initiatieven.mijnInitiatieven(gebruiker)).map((i) => fromGlobalId(i.id, 'Initiatief', 'id'));
    const rijen = await this.dataSource
      .getRepository(SamenwerkingsverzoekEntity)
      .createQueryBuilder('s')
      .where('s.van_initiatief_id = ANY(:eigen) OR s.naar_initiatief_id = ANY(:eigen)', { eigen })
      .orderBy('s.aangemaakt_op', 'DESC')
      .addOrderBy('s.id')
      .limit(200)
      .getMany();
    const titels = new Map(
      (
        await this.initiatieven.initiatievenBijIds([...new Set(rijen.flatMap((r) => [r.vanInitiatiefId, r.naarInitiatiefId]))])
      ).map((i) => [i.id, i.titel]),
    );
    return rijen.map((r) =>
      toSamenwerkingsverzoekModel(
        r,
        titels.get(r.vanInitiatiefId) ?? '',
        titels.get(r.naarInitiatiefId) ?? '',
        eigen.includes(r.naarInitiatiefId),
      ),
    );
  }

  static globalId(id: string): string {
    return toGlobalId('Samenwerkingsverzoek', id);
  }
}
