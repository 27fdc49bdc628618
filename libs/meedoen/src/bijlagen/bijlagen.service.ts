import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import sharp from 'sharp';
import { DomainError, fout, FoutCode, fromGlobalId, type Gebruiker, isMedewerker } from '@buurtwerk/core';
import { InitiatiefStatus, InitiatievenService } from '@buurtwerk/initiatives';
import { SignalenService } from '@buurtwerk/signalen';
import { IdeeverhaalEntity } from '../ideeenbank/ideeverhaal.entity';
import { VrijwilligersService } from '../vrijwilligers.service';
import type { BijlagenConfig } from './bijlage.config';
import { BijlageEntity, BijlageRecord } from './bijlage.entity';
import { toBijlageModel } from './bijlage.model';
import { BIJLAGE_OPSLAG, type BijlageOpslag, S3Opslag } from './bijlage-opslag';
import { snuffel, veiligeBestandsnaam } from './bijlage.rules';
import { scanMetClamav } from './clamav';

export const BIJLAGEN_CONFIG = Symbol('BijlagenConfig');

/** The path segment of the upload URL per record kind, and the GraphQL type of its id. */
export const RECORDPADEN: Readonly<Record<string, { soort: BijlageRecord; type: string }>> = {
  vrijwilligersverzoeken: { soort: BijlageRecord.VRIJWILLIGERSVERZOEK, type: 'Vrijwilligersverzoek' },
  initiatieven: { soort: BijlageRecord.INITIATIEF, type: 'Initiatief' },
  uitvoeringsverslagen: { soort: BijlageRecord.UITVOERINGSVERSLAG, type: 'Initiatief' },
  signalen: { soort: BijlageRecord.SIGNAAL, type: 'Signaal' },
  ideeverhalen: { soort: BijlageRecord.IDEEVERHAAL, type: 'Ideeverhaal' },
};

/** Records whose attachments anyone may see (and caches may keep): the record itself is public. */
const OPENBAAR: ReadonlySet<BijlageRecord> = new Set([BijlageRecord.VRIJWILLIGERSVERZOEK, BijlageRecord.IDEEVERHAAL]);

/** Records that take photos only (a public story shows pictures; a signal shows the problem). */
const ALLEEN_FOTOS: ReadonlySet<BijlageRecord> = new Set([BijlageRecord.IDEEVERHAAL, BijlageRecord.SIGNAAL]);

/** The widths a public photo is served at besides its original (the web pages' srcset). */
export const FOTO_BREEDTES: readonly number[] = [320, 640, 1280];

/** An execution report belongs to a granted initiative: during and after the execution. */
const MET_VERSLAG: ReadonlySet<InitiatiefStatus> = new Set([
  InitiatiefStatus.TOEGEKEND,
  InitiatiefStatus.UITGEVOERD,
  InitiatiefStatus.VASTGESTELD,
]);

const MB = 1024 * 1024;

@Injectable()
export class BijlagenService implements OnModuleDestroy {
  constructor(
    @InjectRepository(BijlageEntity) private readonly bijlagen: Repository<BijlageEntity>,
    @InjectRepository(IdeeverhaalEntity) private readonly verhalen: Repository<IdeeverhaalEntity>,
    @Inject(BIJLAGE_OPSLAG) private readonly opslag: BijlageOpslag,
    @Inject(BIJLAGEN_CONFIG) readonly config: BijlagenConfig,
    private readonly vrijwilligers: VrijwilligersService,
    private readonly initiatieven: InitiatievenService,
    private readonly signalen: SignalenService,
  ) {}

  onModuleDestroy(): void {
    if (this.opslag instanceof S3Opslag) {
      this.opslag.sluit();
    }
  }

  /** The largest upload of any kind: the limit of the multipart stream (the per-kind one follows). */
  get maxUpload(): number {
    return Math.max(this.config.maxAfbeelding, this.config.maxDocument);
  }

  teGroot(): DomainError {
    return fout.veld(
      'bestand',
      `is te groot. Een foto mag maximaal ${this.config.maxAfbeelding / MB} MB zijn, een document ${this.config.maxDocument / MB} MB.`,
    );
  }

  /**
   * Stores an upload for a record: only its organiser (volunteer request) or initiator
   * (initiative) may. The type comes from the bytes; images are re-encoded by sharp, which drops
   * every metadata block (EXIF with GPS, XMP, IPTC) after applying the orientation; documents
   * only PDF and the Office Open XML and OpenDocument formats. With CLAMAV_HOST set, every file
   * is scanned by clamd first, and refused when it cannot be scanned.
   */
  async toevoegen(
    recordPad: string,
    recordGlobalId: string,
    bestandsnaam: string | undefined,
    inhoud: Buffer,
    gebruiker: Gebruiker,
  ) {
    const record = this.record(recordPad, recordGlobalId);
    if (!(await this.magToevoegen(record.soort, record.id, gebruiker))) {
      throw fout.geenToegang(GEEN_TOEVOEGRECHT[record.soort]);
    }
    const soort = snuffel(inhoud);
    if (ALLEEN_FOTOS.has(record.soort) && soort?.soort !== 'afbeelding') {
      throw fout.veld('bestand', 'is geen foto. Hier kun je alleen een foto toevoegen (JPEG, PNG of WebP).');
    }
    if (!soort) {
      throw fout.veld(
        'bestand',
        'is geen foto (JPEG, PNG of WebP) of document (PDF, Word, Excel, PowerPoint of OpenDocument). Andere bestanden kunnen niet.',
      );
    }
    const max = soort.soort === 'afbeelding' ? this.config.maxAfbeelding : this.config.maxDocument;
    if (inhoud.length > max) {
      throw this.teGroot();
    }
    if (this.config.clamav) {
      let virus: string | null;
      try {
        virus = await scanMetClamav(inhoud, this.config.clamav.host, this.config.clamav.poort, this.config.clamav.timeoutMs);
      } catch {
        throw new DomainError(
          FoutCode.DIENST_NIET_BESCHIKBAAR,
          'Het bestand kon niet op virussen worden gecontroleerd. Probeer het later opnieuw.',
        );
      }
      if (virus) {
        throw fout.veld('bestand', 'bevat een virus en is niet opgeslagen.');
      }
    }
    const opgeslagen = soort.soort === 'afbeelding' ? await this.herschrijf(inhoud, soort.inhoudstype) : inhoud;
    const id = randomUUID();
    await this.opslag.bewaar(id, opgeslagen, soort.inhoudstype);
    try {
      const e = await this.bijlagen.save(
        this.bijlagen.create({
          id,
          recordSoort: record.soort,
          recordId: record.id,
          bestandsnaam: veiligeBestandsnaam(bestandsnaam, soort.extensie),
          inhoudstype: soort.inhoudstype,
          grootte: opgeslagen.length,
          geuploadDoor: gebruiker.sub,
        }),
      );
      return toBijlageModel(e);
    } catch (e) {
      await this.opslag.verwijder(id);
      throw e;
    }
  }

  /** Re-encodes an image in its own format, without any metadata, at most 2560 px on a side. */
  private async herschrijf(inhoud: Buffer, inhoudstype: string, breedte = 2560): Promise<Buffer> {
    try {
      const beeld = sharp(inhoud, { limitInputPixels: 50_000_000, failOn: 'error' })
        .rotate()
        .resize({ width: breedte, height: 2560, fit: 'inside', withoutEnlargement: true });
      switch (inhoudstype) {
        case 'image/png':
          return await beeld.png().toBuffer();
        case 'image/webp':
          return await beeld.webp({ quality: 85 }).toBuffer();
        default:
          return await beeld.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
      }
    } catch {
      throw fout.veld('bestand', 'is geen geldige afbeelding (het bestand is beschadigd of te groot in pixels).');
    }
  }

  /**
   * An attachment to download: its bytes, and whether anyone may cache it (a public record). With
   * `breedte` (one of FOTO_BREEDTES) a public photo comes resized to at most that width, for the
   * story pages; the original is never enlarged.
   */
  async lees(
    id: string,
    gebruiker: Gebruiker | null,
    breedte?: number,
  ): Promise<{ bijlage: BijlageEntity; inhoud: Readable | Buffer; grootte: number; openbaar: boolean }> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
      throw fout.nietGevonden('De bijlage');
    }
    const bijlage = await this.bijlagen.findOneBy({ id });
    if (!bijlage) {
      throw fout.nietGevonden('De bijlage');
    }
    const openbaar = OPENBAAR.has(bijlage.recordSoort);
    // Someone else's private attachment answers as if it did not exist.
    if (!openbaar && !(await this.magLezen(bijlage.recordSoort, bijlage.recordId, gebruiker))) {
      throw fout.nietGevonden('De bijlage');
    }
    if (breedte === undefined) {
      return { bijlage, inhoud: await this.opslag.lees(bijlage.id), grootte: bijlage.grootte, openbaar };
    }
    if (!FOTO_BREEDTES.includes(breedte) || !openbaar || !bijlage.inhoudstype.startsWith('image/')) {
      throw fout.veld('breedte', `kan alleen bij een openbare foto, en is dan ${FOTO_BREEDTES.join(', ')} pixels.`);
    }
    const delen: Buffer[] = [];
    for await (const deel of await this.opslag.lees(bijlage.id)) {
      delen.push(deel as Buffer);
    }
    const kleiner = await this.herschrijf(Buffer.concat(delen), bijlage.inhoudstype, breedte);
    return { bijlage, inhoud: kleiner, grootte: kleiner.length, openbaar };
  }

  /** The attachments of records of one kind (public kinds only through GraphQL). */
  async vanRecords(soort: BijlageRecord, ids: readonly string[]): Promise<BijlageEntity[]> {
    return ids.length === 0
      ? []
      : this.bijlagen.find({ where: { recordSoort: soort, recordId: In([...ids]) }, order: { aangemaaktOp: 'ASC', id: 'ASC' } });
  }

  async lijst(recordPad: string, recordGlobalId: string, gebruiker: Gebruiker | null) {
    const record = this.record(recordPad, recordGlobalId);
    if (!OPENBAAR.has(record.soort) && !(await this.magLezen(record.soort, record.id, gebruiker))) {
      throw fout.nietGevonden('Het record');
    }
    return (await this.vanRecords(record.soort, [record.id])).map(toBijlageModel);
  }

  private record(pad: string, globalId: string): { soort: BijlageRecord; id: string } {
    const r = RECORDPADEN[pad];
    if (!r) {
      throw fout.nietGevonden('Deze soort record');
    }
    return { soort: r.soort, id: fromGlobalId(globalId, r.type, 'recordId') };
  }

  private async magToevoegen(soort: BijlageRecord, id: string, gebruiker: Gebruiker): Promise<boolean> {
    switch (soort) {
      case BijlageRecord.VRIJWILLIGERSVERZOEK:
        return this.vrijwilligers.magBeheren(gebruiker, id);
      case BijlageRecord.INITIATIEF: {
        const [i] = await this.initiatieven.initiatievenBijIds([id]);
        return i?.indienerSub === gebruiker.sub;
      }
      case BijlageRecord.UITVOERINGSVERSLAG: {
        const [i] = await this.initiatieven.initiatievenBijIds([id]);
        return i?.indienerSub === gebruiker.sub && MET_VERSLAG.has(i.status);
      }
      case BijlageRecord.SIGNAAL: {
        const s = await this.signalen.zichtbaarSignaal(id, gebruiker);
        return s?.gemeldDoor === gebruiker.sub;
      }
      case BijlageRecord.IDEEVERHAAL: {
        const v = await this.verhalen.findOneBy({ id });
        return v?.gepubliceerdDoor === gebruiker.sub;
      }
    }
  }

  /**
   * Who sees the attachments of a record that is not public: an initiative's and its execution
   * report's the initiator and staff (like the initiative's own personal fields); a signal's
   * whoever may see the signal (invariant 12: the reporter, the buurtregisseur, staff).
   */
  private async magLezen(soort: BijlageRecord, id: string, gebruiker: Gebruiker | null): Promise<boolean> {
    switch (soort) {
      case BijlageRecord.VRIJWILLIGERSVERZOEK:
      case BijlageRecord.IDEEVERHAAL:
        return true;
      case BijlageRecord.SIGNAAL:
        return gebruiker !== null && (await this.signalen.zichtbaarSignaal(id, gebruiker)) !== null;
      case BijlageRecord.INITIATIEF:
      case BijlageRecord.UITVOERINGSVERSLAG: {
        if (!gebruiker) {
          return false;
        }
        const [i] = await this.initiatieven.initiatievenBijIds([id]);
        return i !== undefined && (i.indienerSub === gebruiker.sub || isMedewerker(gebruiker));
      }
    }
  }
}

const GEEN_TOEVOEGRECHT: Readonly<Record<BijlageRecord, string>> = {
  [BijlageRecord.VRIJWILLIGERSVERZOEK]: 'Alleen de organisator van de vraag kan hier bestanden toevoegen.',
  [BijlageRecord.INITIATIEF]: 'Alleen de initiatiefnemer kan hier bestanden toevoegen.',
  [BijlageRecord.UITVOERINGSVERSLAG]:
    'Alleen de initiatiefnemer kan hier bestanden toevoegen, en pas als het initiatief is toegekend.',
  [BijlageRecord.SIGNAAL]: 'Alleen wie het signaal meldde kan er een foto bij zetten.',
  [BijlageRecord.IDEEVERHAAL]: "Alleen wie het verhaal in de ideeënbank zette kan er foto's bij zetten.",
};
