import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PseudonimiseringService } from './pseudonimisering.service';

/**
 * Applies the retention terms (BEWAARTERMIJNEN) every BEWAARTERMIJNEN_INTERVAL_MS on every
 * instance; the advisory lock in `pasBewaartermijnenToe` makes one instance do the work. Off in
 * tests unless BEWAARTERMIJNEN_UIT=false; tests call `pasBewaartermijnenToe(nu)` with a fixed now.
 */
@Injectable()
export class BewaartermijnWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Bewaartermijnen');
  private timer: NodeJS.Timeout | null = null;
  private bezig: Promise<unknown> | null = null;
  private gestopt = false;

  constructor(private readonly service: PseudonimiseringService) {}

  onApplicationBootstrap(): void {
    if (this.service.config.uit) {
      return;
    }
    this.timer = setInterval(() => {
      if (this.bezig !== null || this.gestopt) {
        return;
      }
      this.bezig = this.service
        .pasBewaartermijnenToe(new Date())
        .then((telling) => {
          if (telling && Object.values(telling).some((n) => n > 0)) {
            this.logger.log(`Bewaartermijnen toegepast: ${JSON.stringify(telling)}`);
          }
        })
        .catch((e: unknown) =>
          this.logger.error(`Bewaartermijnen toepassen mislukt: ${e instanceof Error ? e.message : String(e)}`),
        )
        .finally(() => {
          this.bezig = null;
        });
    }, this.service.config.intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a running round, before the database pool closes. */
  async onModuleDestroy(): Promise<void> {
    this.gestopt = true;
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
    await this.bezig;
  }
}
