import { Inject, Injectable, Logger } from '@nestjs/common';
import { BUURTWERK_CONFIG, type BuurtwerkConfig, DomainError, FoutCode, fout } from '@buurtwerk/core';

/** What we need from a PDOK Locatieserver `free` search document of type `adres`. */
export interface PdokAdres {
  buurtcode: string | null;
  /** WGS84 point, from `centroide_ll` ("POINT(lon lat)"). */
  punt: { lat: number; lon: number } | null;
}

interface PdokAntwoord {
  response?: { numFound?: number; docs?: Array<{ buurtcode?: unknown; centroide_ll?: unknown }> };
}

/** "6411 AB", "6411ab", "6411AB 12": PC6 and an optional house number. */
const POSTCODE = /^\s*([1-9]\d{3})\s?([A-Za-z]{2})(?:\s+(\d{1,5}))?\s*$/;

export function parsePostcode(invoer: string, huisnummer?: number | null): { postcode: string; huisnummer: number | null } {
  const m = POSTCODE.exec(invoer);
  if (!m || /^(SA|SD|SS)$/i.test(m[2])) {
    throw fout.veld('postcode', 'is geen geldige postcode. Gebruik vier cijfers en twee letters, bijvoorbeeld 6411 AB.');
  }
  const nummer = huisnummer ?? (m[3] ? Number(m[3]) : null);
  if (nummer !== null && (!Number.isInteger(nummer) || nummer < 1 || nummer > 99999)) {
    throw fout.veld('huisnummer', 'moet een getal van 1 tot en met 99999 zijn.');
  }
  return { postcode: `${m[1]}${m[2].toUpperCase()}`, huisnummer: nummer };
}

function parsePunt(waarde: unknown): { lat: number; lon: number } | null {
  if (typeof waarde !== 'string') {
    return null;
  }
  const m = /^POINT\((-?[\d.]+) (-?[\d.]+)\)$/.exec(waarde.trim());
  return m ? { lon: Number(m[1]), lat: Number(m[2]) } : null;
}

/**
 * Adapter for the national address service (PDOK Locatieserver v3.1, `free` endpoint).
 * Answers are cached: addresses hardly change and the service asks for fair use.
 */
@Injectable()
export class PdokLocatieserverClient {
  private readonly logger = new Logger(PdokLocatieserverClient.name);
  private readonly cache = new Map<string, { tot: number; adres: PdokAdres | null }>();
  private static readonly CACHE_MS = 24 * 3600 * 1000;
  private static readonly CACHE_MAX = 10_000;

  constructor(@Inject(BUURTWERK_CONFIG) private readonly config: BuurtwerkConfig) {}

  async zoekAdres(postcode: string, huisnummer: number | null): Promise<PdokAdres | null> {
    const sleutel = `${postcode}|${huisnummer ?? ''}`;
    const hit = this.cache.get(sleutel);
    if (hit && hit.tot > Date.now()) {
      return hit.adres;
    }
    const q = huisnummer === null ? `postcode:${postcode}` : `postcode:${postcode} AND huisnummer:${huisnummer}`;
    const url = new URL(`${this.config.pdokLocatieserverUrl.replace(/\/$/, '')}/free`);
    url.searchParams.set('q', q);
    url.searchParams.set('fq', 'type:adres');
    url.searchParams.set('fl', 'id,weergavenaam,postcode,huisnummer,buurtcode,centroide_ll');
    url.searchParams.set('rows', '1');

    let body: PdokAntwoord;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(this.config.pdokTimeoutMs) });
      if (!res.ok) {
        throw new Error(`HTTP ${res.status}`);
      }
      body = (await res.json()) as PdokAntwoord;
    } catch (e) {
      this.logger.warn(`PDOK Locatieserver niet bereikbaar: ${e instanceof Error ? e.message : String(e)}`);
      throw new DomainError(
        FoutCode.DIENST_NIET_BESCHIKBAAR,
        'De landelijke adresservice is nu niet bereikbaar. Probeer het later opnieuw, of zoek uw buurt op naam of op de kaart.',
      );
    }
    const doc = body.response?.docs?.[0];
    const adres: PdokAdres | null = doc
      ? { buurtcode: typeof doc.buurtcode === 'string' ? doc.buurtcode : null, punt: parsePunt(doc.centroide_ll) }
      : null;
    if (this.cache.size >= PdokLocatieserverClient.CACHE_MAX) {
      this.cache.delete(this.cache.keys().next().value as string);
    }
    this.cache.set(sleutel, { tot: Date.now() + PdokLocatieserverClient.CACHE_MS, adres });
    return adres;
  }
}
