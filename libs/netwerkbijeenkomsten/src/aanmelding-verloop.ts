import { Injectable } from '@nestjs/common';
import { ConfigError, type Taak, Taakloper } from '@buurtwerk/core';
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
 * Expires held sign-ups that were not confirmed in time, a job on the one job runner every
 * AANMELDING_VERLOOP_INTERVAL_MS (0: off), so the next in line gets the place even when nobody
 * else signs up or cancels. Every change of a meeting's sign-ups expires its overdue holds first
 * anyway (under the meeting's row lock), so this job only decides how soon, never the order;
 * several instances running it side by side take turns on that lock.
 */
@Injectable()
export class AanmeldingVerloop {
  private readonly taak: Taak<number>;

  constructor(
    private readonly service: NetwerkbijeenkomstenService,
    loper: Taakloper,
  ) {
    this.taak = loper.registreer({
      naam: 'aanmelding-verloop',
      intervalMs: laadVerloopInterval(),
      ronde: () => this.ronde(),
      niets: 0,
      verslag: (n) => (n > 0 ? `${n} verlopen aanmelding(en) vrijgegeven` : null),
    });
  }

  /** Expires what is overdue now; returns how many held places were released. */
  verwerk(): Promise<number> {
    return this.taak.nu();
  }

  private async ronde(): Promise<number> {
    let totaal = 0;
    for (const id of await this.service.bijeenkomstenMetVerlopenAanmeldingen()) {
      totaal += await this.service.vervalVerlopenVan(id);
    }
    return totaal;
  }
}
