import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { laadPanelConfig } from './buurtpanel.rules';
import { BuurtpanelService } from './buurtpanel.service';

/**
 * Closes votes whose `sluitOp` passed, on every API instance every PANEL_INTERVAL_MS (0: off;
 * tests call `BuurtpanelService.sluitVerlopenStemmingen()` themselves). The state lives in
 * PostgreSQL, so a vote that expired while the API was down is closed after the restart, and
 * several instances running side by side close each vote exactly once.
 */
@Injectable()
export class PanelstemmingSluiter implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Buurtpanel');
  private readonly config = laadPanelConfig();
  private timer: NodeJS.Timeout | null = null;
  private bezig: Promise<unknown> | null = null;
  private gestopt = false;

  constructor(private readonly service: BuurtpanelService) {}

  onApplicationBootstrap(): void {
    if (this.config.intervalMs === 0) {
      return;
    }
    this.timer = setInterval(() => {
      if (this.bezig !== null || this.gestopt) {
        return;
      }
      this.bezig = this.service
        .sluitVerlopenStemmingen()
        .catch((e: unknown) => this.logger.error(`Stemmingen sluiten mislukt: ${e instanceof Error ? e.message : String(e)}`))
        .finally(() => {
          this.bezig = null;
        });
    }, this.config.intervalMs);
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
