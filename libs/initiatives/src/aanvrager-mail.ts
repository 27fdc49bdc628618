import type { EntityManager } from 'typeorm';
import { mailInWachtrij } from '@buurtwerk/core';
import type { InitiatiefEntity } from './initiatief.entity';

/**
 * Queues a letter to the applicant in the caller's transaction (sent only when it commits). An
 * applicant who gave no e-mail address reads it in the Buurtportaal only.
 */
export async function mailAanvrager(
  tx: EntityManager,
  e: InitiatiefEntity,
  soort: string,
  onderwerp: string,
  alineas: readonly string[],
): Promise<void> {
  if (!e.indienerEmail) {
    return;
  }
  await mailInWachtrij(tx, [
    {
      soort,
      referentieId: e.id,
      aan: e.indienerEmail,
      onderwerp: `${onderwerp} (${e.referentie})`,
      tekst: [
        `Beste ${e.indienerNaam},`,
        '',
        ...alineas.flatMap((a) => [a, '']),
        'Met vriendelijke groet,',
        'Gemeente Heerlen, Buurtgericht Werken',
      ].join('\n'),
    },
  ]);
}
