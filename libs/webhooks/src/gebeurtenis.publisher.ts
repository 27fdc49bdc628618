import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GebeurtenisEntity } from './webhook.entity';
import { BESLOTEN_KANALEN, type Doelgroep, isGeldigKenmerk, isKanaal, type Kenmerkwaarde } from './webhook.rules';

export interface NieuweGebeurtenis {
  /** One of WEBHOOK_KANALEN, e.g. `activiteiten`. */
  kanaal: string;
  /** CloudEvents type, e.g. `nl.heerlen.buurtwerk.activiteit.gepubliceerd`. */
  type: string;
  /** Global id of what changed. */
  onderwerp: string;
  /**
   * Attributes subscribers filter on, e.g. `{ buurtcode }`. A list (`{ buurtcode: ['BU…', 'BU…'] }`)
   * when the object has several values, e.g. an initiative in more buurten: a filter matches any.
   */
  kenmerken: Record<string, Kenmerkwaarde>;
  /** Public data only, never personal data. */
  data: object;
  /** Who may receive it; omit for a public event. Required on BESLOTEN_KANALEN (e.g. signalen). */
  doelgroep?: Doelgroep;
}

/**
 * Writes events into the outbox with the caller's EntityManager, so the event is committed
 * together with the change, or not at all. The delivery worker takes it from there.
 */
@Injectable()
export class GebeurtenisPublisher {
  async publiceer(manager: EntityManager, gebeurtenis: NieuweGebeurtenis): Promise<string> {
    // Programming errors, not user input: fail loudly in development and tests.
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('GebeurtenisPublisher.publiceer moet binnen de transactie van de wijziging worden aangeroepen.');
    }
    if (!isKanaal(gebeurtenis.kanaal)) {
      throw new Error(`Onbekend webhookkanaal: ${gebeurtenis.kanaal}`);
    }
    if (!/^nl\.heerlen\.buurtwerk\.[a-z0-9.-]+$/.test(gebeurtenis.type)) {
      throw new Error(`Ongeldig gebeurtenistype: ${gebeurtenis.type}`);
    }
    // By construction: an event of a closed channel without an audience would reach everyone.
    if (BESLOTEN_KANALEN.includes(gebeurtenis.kanaal) && !gebeurtenis.doelgroep) {
      throw new Error(`Gebeurtenissen op het kanaal ${gebeurtenis.kanaal} zijn niet openbaar en hebben een doelgroep nodig.`);
    }
    const fout = Object.keys(gebeurtenis.kenmerken).find((k) => !isGeldigKenmerk(k));
    if (fout !== undefined) {
      throw new Error(`Ongeldig kenmerk: ${fout}`);
    }
    const id = randomUUID();
    await manager.insert(GebeurtenisEntity, {
      id,
      kanaal: gebeurtenis.kanaal,
      type: gebeurtenis.type,
      onderwerp: gebeurtenis.onderwerp,
      kenmerken: gebeurtenis.kenmerken,
      data: gebeurtenis.data,
      doelgroep: gebeurtenis.doelgroep ?? null,
    });
    return id;
  }
}
