import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import sharp from 'sharp';
import { DomainError, fout, FoutCode, fromGlobalId, type Gebruiker, isMedewerker } from '@buurtwerk/core';
import { InitiatievenService } from '@buurtwerk/initiatives';
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
};

const MB = 1024 * 1024;

@Injectable()
export class BijlagenService implements OnModuleDestroy {
  constructor(
    @InjectRepository(BijlageEntity) private readonly bijlagen: Repository<BijlageEntity>,
    @Inject(BIJLAGE_OPSLAG) private readonly opslag: BijlageOpslag,
    @Inject(BIJLAGEN_CONFIG) readonly config: BijlagenConfig,
    private readonly vrijwilligers: VrijwilligersService,
    private readonly initiatieven: InitiatievenService,
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
      throw fout.geenToegang('Alleen de organisator van de vraag of de initiatiefnemer kan hier bestanden toevoegen.');
    }
    const soort = snuffel(inhoud);
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
  private async herschrijf(inhoud: Buffer, inhoudstype: string): Promise<Buffer> {
    try {
      const beeld = sharp(inhoud, { limitInputPixels: 50_000_000, failOn: 'error' })
        .rotate()
        .resize({ width: 2560, height: 2560, fit: 'inside', withoutEnlargement: true });
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

  /** An attachment to download: its bytes, and whether anyone may cache it (a public record). */
  async lees(id: string, gebruiker: Gebruiker | null): Promise<{ bijlage: BijlageEntity; inhoud: Readable; openbaar: boolean }> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
      throw fout.nietGevonden('De bijlage');
    }
    const bijlage = await this.bijlagen.findOneBy({ id });
    if (!bijlage) {
      throw fout.nietGevonden('De bijlage');
    }
    const openbaar = bijlage.recordSoort === BijlageRecord.VRIJWILLIGERSVERZOEK;
    // Someone else's private attachment answers as if it did not exist.
    if (!openbaar && !(await this.magLezen(bijlage.recordSoort, bijlage.recordId, gebruiker))) {
      throw fout.nietGevonden('De bijlage');
    }
    return { bijlage, inhoud: await this.opslag.lees(bijlage.id), openbaar };
  }

  /** The attachments of records of one kind (public kinds only through GraphQL). */
  async vanRecords(soort: BijlageRecord, ids: readonly string[]): Promise<BijlageEntity[]> {
    return ids.length === 0
      ? []
      : this.bijlagen.find({ where: { recordSoort: soort, recordId: In([...ids]) }, order: { aangemaaktOp: 'ASC', id: 'ASC' } });
  }

  async lijst(recordPad: string, recordGlobalId: string, gebruiker: Gebruiker | null) {
    const record = this.record(recordPad, recordGlobalId);
    if (record.soort !== BijlageRecord.VRIJWILLIGERSVERZOEK && !(await this.magLezen(record.soort, record.id, gebruiker))) {
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
    }
  }

  /** Initiatives' attachments: the initiator and staff (like the initiative's own personal fields). */
  private async magLezen(soort: BijlageRecord, id: string, gebruiker: Gebruiker | null): Promise<boolean> {
    switch (soort) {
      case BijlageRecord.VRIJWILLIGERSVERZOEK:
        return true;
      case BijlageRecord.INITIATIEF: {
        if (!gebruiker) {
          return false;
        }
        const [i] = await this.initiatieven.initiatievenBijIds([id]);
        return i !== undefined && (i.indienerSub === gebruiker.sub || isMedewerker(gebruiker));
      }
    }
  }
}
