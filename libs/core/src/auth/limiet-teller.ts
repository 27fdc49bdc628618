import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';

export interface Telling {
  toegestaan: boolean;
  /** Seconds until the current window ends (for Retry-After). */
  wachtSeconden: number;
}

/** Counts requests per key in fixed windows of one minute. */
export interface LimietTeller {
  tel(sleutel: string, limiet: number, nu?: number): Promise<Telling>;
}

const VENSTER_MS = 60_000;

function wachtSeconden(venster: number, nu: number): number {
  return Math.max(1, Math.ceil(((venster + 1) * VENSTER_MS - nu) / 1000));
}

/** The window count in this process: right for one instance, per instance with several. */
export class GeheugenTeller implements LimietTeller {
  private venster = 0;
  private readonly tellers = new Map<string, number>();

  tel(sleutel: string, limiet: number, nu = Date.now()): Promise<Telling> {
    const venster = Math.floor(nu / VENSTER_MS);
    if (venster !== this.venster) {
      this.venster = venster;
      this.tellers.clear();
    }
    const n = (this.tellers.get(sleutel) ?? 0) + 1;
    this.tellers.set(sleutel, n);
    return Promise.resolve({ toegestaan: n <= limiet, wachtSeconden: wachtSeconden(venster, nu) });
  }
}

/**
 * The window count in Redis, shared by every API instance: one key per API key and window
 * (windows are aligned to the minute, so instances agree on them), INCR and PEXPIRE in one
 * MULTI so a key never lives without its expiry.
 *
 * When Redis fails (down, or slower than the connection's command timeout) the request is not
 * blocked: this instance counts in memory instead and logs a warning once per outage. That is
 * fail-open for the shared limit (with N instances a key may do up to N times its limit while
 * Redis is away) but never for the instance's own limit, and the API stays available.
 */
export class RedisTeller implements LimietTeller {
  private readonly logger = new Logger('Snelheidslimiet');
  private readonly reserve = new GeheugenTeller();
  private storing = false;

  constructor(
    private readonly redis: Redis,
    private readonly voorvoegsel: string,
  ) {}

  async tel(sleutel: string, limiet: number, nu = Date.now()): Promise<Telling> {
    const venster = Math.floor(nu / VENSTER_MS);
    const key = `${this.voorvoegsel}limiet:${sleutel}:${venster}`;
    try {
      const antwoorden = await this.redis
        .multi()
        .incr(key)
        // Until the window is over, plus a margin for clocks that differ a little between instances.
        .pexpire(key, (venster + 1) * VENSTER_MS - nu + 5_000)
        .exec();
      const [fout, n] = antwoorden?.[0] ?? [new Error('MULTI zonder antwoord'), null];
      if (fout || typeof n !== 'number') {
        throw fout ?? new Error(`onverwacht antwoord op INCR: ${String(n)}`);
      }
      if (this.storing) {
        this.storing = false;
        this.logger.log('De gedeelde snelheidslimiet werkt weer via Redis.');
      }
      return { toegestaan: n <= limiet, wachtSeconden: wachtSeconden(venster, nu) };
    } catch (e) {
      if (!this.storing) {
        this.storing = true;
        this.logger.warn(
          `Redis is onbereikbaar (${e instanceof Error ? e.message : String(e)}): de snelheidslimiet van API-sleutels telt tijdelijk per instantie.`,
        );
      }
      return this.reserve.tel(sleutel, limiet, nu);
    }
  }
}
