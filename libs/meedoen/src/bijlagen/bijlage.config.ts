import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '@buurtwerk/core';

export interface BijlagenConfig {
  opslag: 'lokaal' | 's3';
  /** Local storage: the directory (created if missing). */
  map: string;
  s3: {
    endpoint: string | null;
    regio: string;
    bucket: string;
    sleutelId: string | null;
    geheim: string | null;
    padStijl: boolean;
  } | null;
  /** Largest upload per kind, in bytes. */
  maxAfbeelding: number;
  maxDocument: number;
  /** clamd over TCP; null: no virus scan. */
  clamav: { host: string; poort: number; timeoutMs: number } | null;
}

function megabytes(env: Record<string, string | undefined>, naam: string, standaard: number): number {
  const ruw = env[naam] ?? '';
  if (ruw === '') {
    return standaard * 1024 * 1024;
  }
  if (!/^\d+$/.test(ruw) || Number(ruw) < 1 || Number(ruw) > 200) {
    throw new ConfigError(naam, `moet een geheel aantal megabytes van 1 tot 200 zijn (gekregen: "${ruw}")`);
  }
  return Number(ruw) * 1024 * 1024;
}

/**
 * Storage of attachments from the environment: the local filesystem by default (embedded, nothing
 * to install; in tests a temporary directory, never inside the repository), S3-compatible object
 * storage with BIJLAGEN_OPSLAG=s3.
 */
export function laadBijlagenConfig(env: Record<string, string | undefined> = process.env): BijlagenConfig {
  const opslag = (env.BIJLAGEN_OPSLAG ?? 'lokaal').trim() || 'lokaal';
  if (opslag !== 'lokaal' && opslag !== 's3') {
    throw new ConfigError('BIJLAGEN_OPSLAG', `moet lokaal of s3 zijn (gekregen: "${opslag}")`);
  }
  const map = env.BIJLAGEN_MAP?.trim()
    ? path.resolve(env.BIJLAGEN_MAP.trim())
    : env.NODE_ENV === 'test'
      ? path.join(tmpdir(), `buurtwerk-bijlagen-${process.pid}`)
      : path.resolve('.data', 'bijlagen');
  let s3: BijlagenConfig['s3'] = null;
  if (opslag === 's3') {
    const bucket = env.BIJLAGEN_S3_BUCKET?.trim() ?? '';
    if (bucket === '') {
      throw new ConfigError('BIJLAGEN_S3_BUCKET', 'is verplicht bij BIJLAGEN_OPSLAG=s3');
    }
    s3 = {
      endpoint: env.BIJLAGEN_S3_ENDPOINT?.trim() || null,
      regio: env.BIJLAGEN_S3_REGIO?.trim() || 'us-east-1',
      bucket,
      sleutelId: env.BIJLAGEN_S3_SLEUTEL_ID?.trim() || null,
      geheim: env.BIJLAGEN_S3_GEHEIM?.trim() || null,
      padStijl: (env.BIJLAGEN_S3_PAD_STIJL ?? 'true').trim() !== 'false',
    };
  }
  const clamHost = env.CLAMAV_HOST?.trim() ?? '';
  const clamPoort = Number(env.CLAMAV_PORT?.trim() || '3310');
  if (!Number.isInteger(clamPoort) || clamPoort < 1 || clamPoort > 65535) {
    throw new ConfigError('CLAMAV_PORT', `moet een poortnummer zijn (gekregen: "${env.CLAMAV_PORT}")`);
  }
  return {
    opslag,
    map,
    s3,
    maxAfbeelding: megabytes(env, 'BIJLAGEN_MAX_AFBEELDING_MB', 10),
    maxDocument: megabytes(env, 'BIJLAGEN_MAX_DOCUMENT_MB', 20),
    clamav: clamHost ? { host: clamHost, poort: clamPoort, timeoutMs: Number(env.CLAMAV_TIMEOUT_MS?.trim() || '10000') } : null,
  };
}
