import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InitiatiefStatus } from './initiatief.entity';
import type { BesluitSoort } from './besluit.entity';

/** One status change of an initiative, as a hook sees it (no personal data). */
export interface StatusWijzigingGebeurtenis {
  initiatiefId: string;
  /** The initiative's reference (INI-2027-0042); set from submission on. */
  referentie: string | null;
  titel: string;
  /** Day of receipt (Europe/Amsterdam), YYYY-MM-DD; set from submission on. */
  ingediendDatum: string | null;
  van: InitiatiefStatus | null;
  naar: InitiatiefStatus;
  op: Date;
  toelichting: string | null;
}

/** One decision on an initiative with its letter, as a hook sees it. */
export interface BesluitGebeurtenis {
  besluitId: string;
  initiatiefId: string;
  /** The initiative's reference, title and day of receipt (as in StatusWijzigingGebeurtenis). */
  referentie: string | null;
  titel: string;
  ingediendDatum: string | null;
  soort: BesluitSoort;
  genomenOp: Date;
  /** The letter (brief) of the decision; its PDF is read through BrievenService.pdf. */
  briefId: string;
  briefKenmerk: string;
  briefOnderwerp: string;
}

/**
 * What a library above this one wants to do in the transaction of a change: every method runs
 * inside the caller's transaction (`tx`), so work queued there (an outbox row) commits with the
 * change or not at all. Hooks must not call out of the process.
 */
export interface InitiatiefHaak {
  statusGewijzigd?(tx: EntityManager, w: StatusWijzigingGebeurtenis): Promise<void>;
  besluitVastgelegd?(tx: EntityManager, b: BesluitGebeurtenis): Promise<void>;
}

/**
 * The initiatives library's events for libraries above it (CONTRIBUTING.md, "Shape"): they
 * register a hook at start-up instead of reading this library's tables.
 */
@Injectable()
export class InitiatiefHaken {
  private readonly haken: InitiatiefHaak[] = [];

  registreer(haak: InitiatiefHaak): void {
    this.haken.push(haak);
  }

  /** Whether anyone listens (callers skip reading what only a hook needs). */
  get actief(): boolean {
    return this.haken.length > 0;
  }

  async statusGewijzigd(tx: EntityManager, w: StatusWijzigingGebeurtenis): Promise<void> {
    for (const h of this.haken) {
      await h.statusGewijzigd?.(tx, w);
    }
  }

  async besluitVastgelegd(tx: EntityManager, b: BesluitGebeurtenis): Promise<void> {
    for (const h of this.haken) {
      await h.besluitVastgelegd?.(tx, b);
    }
  }
}
