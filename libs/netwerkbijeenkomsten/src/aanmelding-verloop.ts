import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ConfigError } from '@buurtwerk/core';
import { NetwerkbijeenkomstenService } from './netwerkbijeenkomsten.service';

export function laadVerloopInterval(env: Record<string, string | undefined> = process.env): number {
  const ruw = env.AANMELDING_VERLOOP_INTERVAL_MS ?? '';
  if (ruw === '') {
    return 60_000;
  }
  if (!/^\d+$/.test(ruw) || (Number(ruw) !== 0 && Number(ruw) < 50) || Number(ruw) > 3_600_000) {
    throw new ConfigError(
      'AANMELDING_VERLOOP_INTERVAL_MS',
      `moet 0 (uit) of een geheel getal van 50 tot 3600000 zijn (gekregen: "${ruw}")`,
    );
  }
  return Number(ruw);
}

/**
 * Expires held sign-ups that were not confirmed in time, on every API instance every
 * AANMELDING_VERLOOP_INTERVAL_MS (0: off), so the next in line gets the place even when nobody
 * else signs up or cancels. Every change of a meeting's sign-ups expires its overdue holds first
 * anyway (under the meeting's row lock), so this job only decides how soon, never the order;
 * several instances running it side by side take turns on that lock.
 */
@Injectable()
export class AanmeldingVerloop implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Aanmeldingen');
  private readonly intervalMs = laadVerloopInterval();
  private timer: NodeJS.Timeout | null = null;
  private bezig: Promise<number> | null = null;
  private gestopt = false;

  constructor(private readonly service: NetwerkbijeenkomstenService) {}

  onApplicationBootstrap(): void {
    if (this.intervalMs === 0) {
      return;
    }
    this.timer = setInterval(() => {
      this.verwerk().catch((e: unknown) =>
        this.logger.error(`Verlopen aanmeldingen vrijgeven mislukt: ${e instanceof Error ? e.message : String(e)}`),
      );
    }, this.intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.gestopt = true;
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
    await this.bezig?.catch(() => undefined);
  }

  /** Expires what is overdue now; returns how many held places were released. Concurrent calls share one run. */
  verwerk(): Promise<number> {
    if (this.gestopt) {
      return Promise.resolve(0);
    }
    this.bezig ??= this.ronde().finally(() => {
      this.bezig = null;
    });
    return this.bezig;
  }

  private async ronde(): Promise<number> {
    let totaal = 0;
    for (const id of await this.service.bijeenkomstenMetVerlopenAanmeldingen()) {
      totaal += await this.service.vervalVerlopenVan(id);
    }
    return totaal;
  }
}
