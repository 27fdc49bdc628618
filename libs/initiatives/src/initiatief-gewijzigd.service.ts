import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AbonnementenBus, fromGlobalId, type Gebruiker, isMedewerker, naCommit } from '@buurtwerk/core';
import type { InitiatiefEntity, InitiatiefStatus } from './initiatief.entity';
import { InitiatiefModel, toInitiatiefModel } from './initiatief.model';
import { PUBLIEKE_STATUSSEN } from './initiatief.rules';

const ONDERWERP = 'initiatiefGewijzigd';

/**
 * One status change of an initiative, as it travels between API instances (JSON). It carries
 * the public view only — no name, e-mail, findings, report or recusals — plus what the filter
 * needs: the buurten and the initiator's user id (never sent to clients).
 */
export interface InitiatiefGewijzigdBericht {
  initiatiefId: string;
  van: InitiatiefStatus | null;
  status: InitiatiefStatus;
  buurtcodes: string[];
  indienerSub: string;
  publiek: Record<string, unknown>;
}

/**
 * Who receives a change (docs/domein.md, invariant 12 and "Identity and access"): a change into a public status (granted and
 * later) is public, like the initiative itself; any other change only reaches the initiator and
 * staff, the people who may see the initiative in that status.
 */
export function magWijzigingZien(
  b: Pick<InitiatiefGewijzigdBericht, 'status' | 'indienerSub'>,
  gebruiker: Gebruiker | null,
): boolean {
  if (PUBLIEKE_STATUSSEN.includes(b.status)) {
    return true;
  }
  return gebruiker !== null && (b.indienerSub === gebruiker.sub || isMedewerker(gebruiker));
}

/** Live updates of initiatives (subscription initiatiefGewijzigd), across API instances. */
@Injectable()
export class InitiatiefGewijzigdService {
  constructor(private readonly bus: AbonnementenBus) {}

  /**
   * Announces a status change made in `tx`, once it has committed: subscribers (on any
   * instance) never hear of a change that was rolled back or that they cannot read yet.
   */
  melden(
    tx: EntityManager,
    e: InitiatiefEntity,
    van: InitiatiefStatus | null,
    naar: InitiatiefStatus,
    buurtcodes: string[],
  ): void {
    const model = toInitiatiefModel(e, 'publiek');
    const bericht: InitiatiefGewijzigdBericht = {
      initiatiefId: e.id,
      van,
      status: naar,
      buurtcodes,
      indienerSub: e.indienerSub,
      // The public view as JSON; recusals name people and are only for the initiator and staff.
      publiek: JSON.parse(
        JSON.stringify({ ...model, besluit: model.besluit ? { ...model.besluit, verschoningen: [] } : null }),
      ) as Record<string, unknown>,
    };
    naCommit(tx, () => this.bus.publiceer(ONDERWERP, bericht));
  }

  /** The changes `gebruiker` may see, optionally of one initiative (global id) or one buurt (CBS code). */
  abonneer(filter: { id?: string | null; buurtcode?: string | null }, gebruiker: Gebruiker | null) {
    const dbId = filter.id ? fromGlobalId(filter.id, 'Initiatief', 'id') : null;
    const buurtcode = filter.buurtcode?.trim() || null;
    return this.bus.abonneer<InitiatiefGewijzigdBericht>(
      ONDERWERP,
      (b) =>
        (dbId === null || b.initiatiefId === dbId) &&
        (buurtcode === null || b.buurtcodes.includes(buurtcode)) &&
        magWijzigingZien(b, gebruiker),
    );
  }
}

/** The public view of a change, as GraphQL type Initiatief (dates revived from JSON). */
export function naarInitiatiefModel(b: InitiatiefGewijzigdBericht): InitiatiefModel {
  const p = b.publiek as unknown as InitiatiefModel & { besluit: (InitiatiefModel['besluit'] & object) | null };
  const datum = (d: unknown): Date | null => (d === null || d === undefined ? null : new Date(d as string));
  return Object.assign(new InitiatiefModel(), {
    ...p,
    zicht: 'publiek',
    gewijzigdOp: datum(p.gewijzigdOp),
    ingediendOp: datum(p.ingediendOp),
    besluit: p.besluit ? { ...p.besluit, genomenOp: datum(p.besluit.genomenOp), verschoningen: [] } : null,
  });
}
