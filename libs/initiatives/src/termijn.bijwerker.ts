import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GelijkgesteldeDagenService, type GelijkgesteldeDagen, termijnEinde } from '@buurtwerk/subsidieregels';
import { InitiatiefStatus } from './initiatief.entity';

/** Statuses in which the decision term still runs. */
const BESLISTERMIJN_LOOPT = [
  InitiatiefStatus.INGEDIEND,
  InitiatiefStatus.IN_BEHANDELING,
  InitiatiefStatus.AANVULLING_GEVRAAGD,
  InitiatiefStatus.BIJ_BUURTPANEL,
];

/**
 * When staff record a day equated with a holiday by decree (Atw art. 3 lid 3), the terms the
 * initiatives already carry that end on that day end on the next working day (Atw art. 1): the
 * decision term of open requests, the aanvulling term and the objection term. Stored terms are
 * always working days under the previous list, so only terms on the added day itself change. Runs
 * in the transaction that adds the day; `gewijzigd_op` moves so delta sync picks the change up.
 */
@Injectable()
export class TermijnBijwerker implements OnModuleInit {
  constructor(private readonly gelijkgesteldeDagen: GelijkgesteldeDagenService) {}

  onModuleInit(): void {
    this.gelijkgesteldeDagen.bijToevoeging((tx, datum, dagen) => this.schuifTermijnen(tx, datum, dagen));
  }

  async schuifTermijnen(tx: EntityManager, datum: string, dagen: GelijkgesteldeDagen): Promise<void> {
    const nieuw = termijnEinde(datum, dagen);
    await tx.query(
      `UPDATE initiatief SET beslissen_uiterlijk = $2, gewijzigd_op = now()
        WHERE beslissen_uiterlijk = $1 AND status = ANY($3::text[])`,
      [datum, nieuw, BESLISTERMIJN_LOOPT],
    );
    await tx.query(
      `UPDATE initiatief SET aanvullen_uiterlijk = $2, gewijzigd_op = now()
        WHERE aanvullen_uiterlijk = $1 AND status = $3`,
      [datum, nieuw, InitiatiefStatus.AANVULLING_GEVRAAGD],
    );
    // The objection term of a decision made known (the trigger lets it move later, never earlier).
    await tx.query('UPDATE besluit SET bezwaar_mogelijk_tot = $2 WHERE bezwaar_mogelijk_tot = $1', [datum, nieuw]);
    await tx.query(`UPDATE initiatief SET bezwaar_mogelijk_tot = $2, gewijzigd_op = now() WHERE bezwaar_mogelijk_tot = $1`, [
      datum,
      nieuw,
    ]);
  }
}
