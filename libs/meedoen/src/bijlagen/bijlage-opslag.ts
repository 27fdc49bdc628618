import { createReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { BijlagenConfig } from './bijlage.config';

/** Where attachment bytes live. Keys are the attachment's uuid, never a name from the client. */
export interface BijlageOpslag {
  bewaar(sleutel: string, inhoud: Buffer, inhoudstype: string): Promise<void>;
  lees(sleutel: string): Promise<Readable>;
  verwijder(sleutel: string): Promise<void>;
}

export const BIJLAGE_OPSLAG = Symbol('BijlageOpslag');

const SLEUTEL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function controleerSleutel(sleutel: string): string {
  // Defence in depth: a key is a uuid, so no path can be built from it.
  if (!SLEUTEL.test(sleutel)) {
    throw new Error(`Ongeldige opslagsleutel: ${sleutel}`);
  }
  return sleutel;
}

/** The local filesystem: one file per attachment in one directory (created if missing). */
export class LokaleOpslag implements BijlageOpslag {
  private klaar: Promise<unknown> | null = null;

  constructor(private readonly map: string) {}

  private pad(sleutel: string): string {
    return path.join(this.map, controleerSleutel(sleutel));
  }

  async bewaar(sleutel: string, inhoud: Buffer, _inhoudstype?: string): Promise<void> {
    this.klaar ??= mkdir(this.map, { recursive: true, mode: 0o700 });
    await this.klaar;
    await writeFile(this.pad(sleutel), inhoud, { mode: 0o600, flag: 'wx' });
  }

  async lees(sleutel: string): Promise<Readable> {
    const stroom = createReadStream(this.pad(sleutel));
    return new Promise<Readable>((klaar, mis) => {
      stroom.once('open', () => klaar(stroom));
      stroom.once('error', mis);
    });
  }

  async verwijder(sleutel: string): Promise<void> {
    await rm(this.pad(sleutel), { force: true });
  }
}

/** S3-compatible object storage (AWS S3, MinIO, Ceph, …) through the official client. */
export class S3Opslag implements BijlageOpslag {
  private readonly client: S3Client;

  constructor(private readonly config: NonNullable<BijlagenConfig['s3']>) {
    this.client = new S3Client({
      region: config.regio,
      endpoint: config.endpoint ?? undefined,
      forcePathStyle: config.padStijl,
      credentials:
        config.sleutelId && config.geheim ? { accessKeyId: config.sleutelId, secretAccessKey: config.geheim } : undefined,
    });
  }

  async bewaar(sleutel: string, inhoud: Buffer, inhoudstype: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: controleerSleutel(sleutel),
        Body: inhoud,
        ContentType: inhoudstype,
      }),
    );
  }

  async lees(sleutel: string): Promise<Readable> {
    const r = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: controleerSleutel(sleutel) }));
    return r.Body as Readable;
  }

  async verwijder(sleutel: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: controleerSleutel(sleutel) }));
  }

  sluit(): void {
    this.client.destroy();
  }
}

export function maakBijlageOpslag(config: BijlagenConfig): BijlageOpslag {
  return config.opslag === 's3' && config.s3 ? new S3Opslag(config.s3) : new LokaleOpslag(config.map);
}
