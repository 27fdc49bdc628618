import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What stands in the way of removing an organisation, asked in the removal's transaction: the
 * reason in plain Dutch ("er hoort 1 initiatief bij …"), or null when nothing does.
 */
export type OrganisatieBezwaar = (tx: EntityManager, organisatieId: string) => Promise<string | null>;

/**
 * Port for the libraries above partners that keep references to an organisation (initiatives):
 * each registers its objection at start-up, so this library asks them without naming their
 * tables (and without an import that would point upward).
 */
@Injectable()
export class OrganisatieVerwijzingen {
  private readonly bezwaren: OrganisatieBezwaar[] = [];

  registreer(bezwaar: OrganisatieBezwaar): void {
    this.bezwaren.push(bezwaar);
  }

  /** Every registered objection that applies, in the order of registration. */
  async bezwarenTegenVerwijderen(tx: EntityManager, organisatieId: string): Promise<string[]> {
    const uit: string[] = [];
    for (const b of this.bezwaren) {
      const reden = await b(tx, organisatieId);
      if (reden !== null) {
        uit.push(reden);
      }
    }
    return uit;
  }
}
