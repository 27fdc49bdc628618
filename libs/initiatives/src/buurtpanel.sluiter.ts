import { Injectable } from '@nestjs/common';
import { type Taak, Taakloper } from '@buurtwerk/core';
import { laadPanelConfig } from './buurtpanel.rules';
import { BuurtpanelService } from './buurtpanel.service';

/**
 * Closes votes whose `sluitOp` passed, on every API instance every PANEL_INTERVAL_MS (0: off;
 * tests call `BuurtpanelService.sluitVerlopenStemmingen()` themselves), on the one job runner.
 * The state lives in PostgreSQL, so a vote that expired while the API was down is closed after
 * the restart, and several instances running side by side close each vote exactly once.
 */
@Injectable()
export class PanelstemmingSluiter {
  readonly taak: Taak<{ gesloten: number }>;

  constructor(service: BuurtpanelService, loper: Taakloper) {
    this.taak = loper.registreer({
      naam: 'buurtpanel-stemmingen',
      intervalMs: laadPanelConfig().intervalMs,
      ronde: () => service.sluitVerlopenStemmingen(),
      niets: { gesloten: 0 },
    });
  }
}
