import { Injectable } from '@nestjs/common';
import { type Taak, Taakloper } from '@buurtwerk/core';
import { PseudonimiseringService } from './pseudonimisering.service';

type Telling = Awaited<ReturnType<PseudonimiseringService['pasBewaartermijnenToe']>>;

/**
 * Applies the retention terms (BEWAARTERMIJNEN) every BEWAARTERMIJNEN_INTERVAL_MS on every
 * instance, on the one job runner; the advisory lock in `pasBewaartermijnenToe` makes one
 * instance do the work. Off in tests unless BEWAARTERMIJNEN_UIT=false; tests call
 * `pasBewaartermijnenToe(nu)` with a fixed now.
 */
@Injectable()
export class BewaartermijnWorker {
  readonly taak: Taak<Telling>;

  constructor(service: PseudonimiseringService, loper: Taakloper) {
    this.taak = loper.registreer({
      naam: 'bewaartermijnen',
      intervalMs: service.config.intervalMs,
      uit: service.config.uit,
      ronde: () => service.pasBewaartermijnenToe(new Date()),
      niets: null,
      verslag: (telling) =>
        telling && Object.values(telling).some((n) => n > 0) ? `bewaartermijnen toegepast: ${JSON.stringify(telling)}` : null,
    });
  }
}
