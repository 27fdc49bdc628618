/**
 * The storage contract, for both adapters: the local directory (a temporary one) and S3-compatible
 * object storage, here a real S3 API server (s3rver) started by the test and spoken to with the
 * official AWS client.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { CreateBucketCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type BijlageOpslag, LokaleOpslag, S3Opslag } from './bijlage-opslag';

interface S3rverInstantie {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
// s3rver ships no type declarations; the little used here is declared above.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as new (opties: Record<string, unknown>) => S3rverInstantie;

async function leesAlles(stroom: Readable): Promise<Buffer> {
  const delen: Buffer[] = [];
  for await (const d of stroom) {
    delen.push(d as Buffer);
  }
  return Buffer.concat(delen);
}

const SLEUTEL = '0b6f7e0e-8c1d-4a55-9a0e-3f1f6d2b9c11';

function contract(naam: string, maak: () => BijlageOpslag) {
  describe(naam, () => {
    it('bewaart, leest en verwijdert onder een uuid', async () => {
      const opslag = maak();
      const inhoud = Buffer.from('%PDF-1.4 inhoud');
      await opslag.bewaar(SLEUTEL, inhoud, 'application/pdf');
      expect(await leesAlles(await opslag.lees(SLEUTEL))).toEqual(inhoud);
      await opslag.verwijder(SLEUTEL);
      await expect(opslag.lees(SLEUTEL).then(leesAlles)).rejects.toThrow();
    });

    it('weigert een sleutel die geen uuid is (geen pad uit een sleutel)', async () => {
      const opslag = maak();
      await expect(opslag.bewaar('../../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toThrow('Ongeldige opslagsleutel');
      await expect(opslag.lees('../geheim')).rejects.toThrow('Ongeldige opslagsleutel');
    });
  });
}

describe('Opslag van bijlagen', () => {
  const werk = mkdtempSync(path.join(tmpdir(), 'buurtwerk-opslag-'));
  let s3rver: S3rverInstantie;
  let poort: number;
  const s3 = () => ({
    endpoint: `http://127.0.0.1:${poort}`,
    regio: 'us-east-1',
    bucket: 'buurtwerk-bijlagen',
    sleutelId: 'S3RVER',
    geheim: 'S3RVER',
    padStijl: true,
  });

  beforeAll(async () => {
    s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: path.join(werk, 's3') });
    ({ port: poort } = await s3rver.run());
    const client = new S3Client({
      endpoint: s3().endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    await client.send(new CreateBucketCommand({ Bucket: s3().bucket }));
    client.destroy();
  });
  afterAll(async () => {
    await s3rver.close();
    rmSync(werk, { recursive: true, force: true });
  });

  contract('lokaal', () => new LokaleOpslag(path.join(werk, 'lokaal', 'nieuw')));
  contract('S3 (s3rver)', () => new S3Opslag(s3()));

  it('maakt de lokale map aan als die er niet is, alleen leesbaar voor het proces', async () => {
    const map = path.join(werk, 'nog', 'niet', 'daar');
    await new LokaleOpslag(map).bewaar(SLEUTEL, Buffer.from('x'), 'text/plain');
    expect(readdirSync(map)).toEqual([SLEUTEL]);
    expect(statSync(path.join(map, SLEUTEL)).mode & 0o777).toBe(0o600);
  });

  it('zet het inhoudstype bij het object in S3', async () => {
    const opslag = new S3Opslag(s3());
    await opslag.bewaar(SLEUTEL, Buffer.from([0xff, 0xd8, 0xff]), 'image/jpeg');
    const client = new S3Client({
      endpoint: s3().endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    const kop = await client.send(new HeadObjectCommand({ Bucket: s3().bucket, Key: SLEUTEL }));
    expect(kop.ContentType).toBe('image/jpeg');
    client.destroy();
    opslag.sluit();
  });
});
