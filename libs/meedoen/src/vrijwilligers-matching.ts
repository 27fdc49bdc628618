import { Injectable } from '@nestjs/common';
import { ConfigError, type Taak, Taakloper } from '@buurtwerk/core';
import { VrijwilligersService } from './vrijwilligers.service';

export function laadMatchInterval(env: Record<string, string | undefined> = process.env): number {
  const ruw = env.VRIJWILLIGERS_MATCH_INTERVAL_MS ?? '';
  if (ruw === '') {
    return 300_000;
  }
  if (!/^\d+$/.test(ruw) || (Number(ruw) !== 0 && Number(ruw) < 1000) || Number(ruw) > 86_400_000) {
    throw new ConfigError(
      'VRIJWILLIGERS_MATCH_INTERVAL_MS',
      `moet 0 (uit) of een geheel getal van 1000 tot 86400000 zijn (gekregen: "${ruw}")`,
    );
  }
  return Number(ruw);
}

/**
 * The opt-in mail of new volunteer requests to matching profiles: a job on the one job runner
 * (docs/jobs.md). Each round claims new requests in PostgreSQL (SKIP LOCKED) and queues the mails
 * in the outbox in the same transaction, so every instance may run it and nobody gets one twice.
 */
@Injectable()
export class VrijwilligersMatching {
  private readonly taak: Taak<number>;

  constructor(
    private readonly service: VrijwilligersService,
    loper: Taakloper,
  ) {
    this.taak = loper.registreer({
      naam: 'vrijwilligers-matching',
      intervalMs: laadMatchInterval(),
      ronde: () => this.ronde(),
      niets: 0,
      verslag: (n) => (n > 0 ? `${n} mail(s) over nieuwe vrijwilligersvragen in de wachtrij` : null),
    });
  }

  /** Handles what is new now; returns how many mails were queued. */
  verwerk(): Promise<number> {
    return this.taak.nu();
  }

  private async ronde(): Promise<number> {
    let totaal = 0;
    for (;;) {
      const { verzoeken, mails } = await this.service.matchRonde();
      totaal += mails;
      if (verzoeken === 0) {
        return totaal;
      }
    }
  }
}
