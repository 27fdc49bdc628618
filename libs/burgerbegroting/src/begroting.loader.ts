import { eenPerSleutel, type GqlContext, lijstPerSleutel, perVerzoek } from '@buurtwerk/core';
import type { BegrotingsprojectEntity, BegrotingsrondeEntity, BegrotingsuitslagEntity } from './begroting.entity';
import type { BegrotingService } from './begroting.service';

/** Per-request DataLoaders of the citizen budget (no N+1 over rounds and projects). */
export const begrotingLoaders = (ctx: GqlContext, service: BegrotingService) => ({
  ronde: perVerzoek<string, BegrotingsrondeEntity | null>(ctx, 'begrotingsronde', async (ids) =>
    eenPerSleutel(ids, await service.rondesBijIds(ids), (r) => r.id),
  ),
  projecten: perVerzoek<string, BegrotingsprojectEntity[]>(ctx, 'begrotingsprojecten', async (ids) =>
    lijstPerSleutel(ids, await service.projectenBijRondes(ids), (p) => p.rondeId),
  ),
  buurtIds: perVerzoek<string, string[]>(ctx, 'begrotingsrondeBuurtIds', async (ids) =>
    lijstPerSleutel(ids, await service.buurtIdsBijRondes(ids), (r) => r.rondeId).map((l) => l.map((r) => r.buurtId)),
  ),
  aantalStemmers: perVerzoek<string, number>(ctx, 'begrotingAantalStemmers', async (ids) =>
    eenPerSleutel(ids, await service.aantalStemmersBijRondes(ids), (r) => r.rondeId).map((r) => r?.aantal ?? 0),
  ),
  /** Per round: project id → number of ballots that chose it. */
  stemmen: perVerzoek<string, Map<string, number>>(ctx, 'begrotingStemmen', async (ids) =>
    lijstPerSleutel(ids, await service.stemmenBijRondes(ids), (r) => r.rondeId).map(
      (l) => new Map(l.map((r) => [r.projectId, r.aantal])),
    ),
  ),
  uitslag: perVerzoek<string, BegrotingsuitslagEntity | null>(ctx, 'begrotingsuitslag', async (ids) =>
    eenPerSleutel(ids, await service.uitslagenBijRondes(ids), (u) => u.rondeId),
  ),
});
