import { type GqlContext, lijstPerSleutel, type MailStatus, perVerzoek } from '@buurtwerk/core';
import type { BriefEntity } from './brief.entity';
import type { BrievenService } from './brieven.service';

/** Per-request DataLoaders of the letters. */
export const briefLoaders = (ctx: GqlContext, service: BrievenService) => ({
  perInitiatief: perVerzoek<string, BriefEntity[]>(ctx, 'brievenPerInitiatief', async (ids) =>
    lijstPerSleutel(ids, await service.brievenBijInitiatieven(ids), (b) => b.initiatiefId),
  ),
  perBesluit: perVerzoek<string, BriefEntity[]>(ctx, 'brievenPerBesluit', async (ids) =>
    lijstPerSleutel(ids, await service.brievenBijBesluiten(ids), (b) => b.besluitId!),
  ),
  perBezwaar: perVerzoek<string, BriefEntity[]>(ctx, 'brievenPerBezwaar', async (ids) =>
    lijstPerSleutel(ids, await service.brievenBijBezwaren(ids), (b) => b.bezwaarId!),
  ),
  verzendstand: perVerzoek<string, { wachtend: number; mislukt: number }>(ctx, 'briefVerzendstand', async (ids) => {
    const stand = await service.verzendstandBijInitiatieven(ids);
    return ids.map((id) => stand.get(id) ?? { wachtend: 0, mislukt: 0 });
  }),
  mailstatus: perVerzoek<string, { status: MailStatus } | undefined>(ctx, 'briefMailstatus', async (ids) => {
    const statussen = await service.mailstatussen(ids);
    return ids.map((id) => statussen.get(id));
  }),
});
