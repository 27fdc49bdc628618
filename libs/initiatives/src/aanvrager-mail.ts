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

/** Awb 3:45: the notice of how to object, in every decision on the request. */
export function bezwaarclausule(bezwaarMogelijkTot: string): string {
  return (
    `Bent u het niet eens met dit besluit? Dan kunt u tot en met ${bezwaarMogelijkTot} schriftelijk bezwaar maken ` +
    'bij het college van burgemeester en wethouders van Heerlen (Awb 6:7). Zet in uw brief uw naam en adres, de datum, ' +
    'het kenmerk van dit besluit en waarom u het er niet mee eens bent, en onderteken hem.'
  );
}
