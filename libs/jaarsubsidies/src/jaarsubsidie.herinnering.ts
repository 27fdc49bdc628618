import { Injectable } from '@nestjs/common';
import { type Taak, Taakloper } from '@buurtwerk/core';
import { JaarsubsidiesService } from './jaarsubsidies.service';

/** JAARSUBSIDIE_HERINNERING_INTERVAL_MS: how often the reminder round runs (default hourly; 0: off). */
export function herinneringInterval(env: Record<string, string | undefined> = process.env): number {
  const waarde = env.JAARSUBSIDIE_HERINNERING_INTERVAL_MS;
  if (waarde === undefined || waarde === '') {
    return env.NODE_ENV === 'test' ? 0 : 3_600_000;
  }
  const n = Number(waarde);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error('JAARSUBSIDIE_HERINNERING_INTERVAL_MS moet een geheel aantal milliseconden (0 of meer) zijn.');
  }
  return n;
}

/**
 * Reminders before the account deadline and the new term after it (Awb 4:44), on the one job
 * runner; the round claims its rows in PostgreSQL (JaarsubsidiesService.herinneringenVersturen).
 */
@Injectable()
export class JaarsubsidieHerinnering {
  readonly taak: Taak<{ herinneringen: number; nieuweTermijnen: number }>;

  constructor(service: JaarsubsidiesService, loper: Taakloper) {
    this.taak = loper.registreer({
      naam: 'jaarsubsidie-herinneringen',
      intervalMs: herinneringInterval(),
      uit: herinneringInterval() === 0,
      ronde: () => service.herinneringenVersturen(),
      niets: { herinneringen: 0, nieuweTermijnen: 0 },
      verslag: (r) =>
        r.herinneringen + r.nieuweTermijnen > 0
          ? `${r.herinneringen} herinneringen, ${r.nieuweTermijnen} nieuwe termijnen`
          : null,
    });
  }
}
