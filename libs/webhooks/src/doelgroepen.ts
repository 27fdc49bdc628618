import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Doelgroep } from './webhook.rules';

/** A subscription that matches a closed event's channel and filters, before the doelgroep check. */
export interface Ontvanger {
  gebeurtenisId: string;
  abonnementId: string;
  /** The subscription's organisation; null for a municipal subscription (made by a BEHEERDER). */
  organisatieId: string | null;
  /** Who made the subscription (a PARTNER user's sub or `apisleutel:<id>`). */
  aangemaaktDoor: string;
  doelgroep: Doelgroep;
}

/**
 * Which of these subscriptions may receive their event, in the fan-out's transaction. Implemented
 * by the library that owns the records the doelgroep names (signalen for `signaal`).
 */
export type DoelgroepToets = (tx: EntityManager, ontvangers: readonly Ontvanger[]) => Promise<readonly Ontvanger[]>;

/**
 * Port for closed events (docs/domein.md, invariants 10 and 12): the library that publishes them registers who may
 * receive them, so this library decides without naming that library's tables (and without an
 * import that would point upward). A doelgroep nobody registered reaches nobody (fail closed).
 */
@Injectable()
export class Doelgroepen {
  private readonly toetsen = new Map<string, DoelgroepToets>();

  registreer(soort: Doelgroep['soort'], toets: DoelgroepToets): void {
    this.toetsen.set(soort, toets);
  }

  async toegestaan(tx: EntityManager, ontvangers: readonly Ontvanger[]): Promise<Ontvanger[]> {
    const perSoort = new Map<string, Ontvanger[]>();
    for (const o of ontvangers) {
      perSoort.set(o.doelgroep.soort, [...(perSoort.get(o.doelgroep.soort) ?? []), o]);
    }
    const uit: Ontvanger[] = [];
    for (const [soort, lijst] of perSoort) {
      const toets = this.toetsen.get(soort);
      if (toets) {
        uit.push(...(await toets(tx, lijst)));
      }
    }
    return uit;
  }
}
