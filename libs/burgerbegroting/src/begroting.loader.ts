import { eenPerSleutel, type Gebruiker, type GqlContext, lijstPerSleutel, perVerzoek } from '@buurtwerk/core';
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
  /** Ballots per round: all channels, and of these on paper. */
  deelname: perVerzoek<string, { aantal: number; papier: number }>(ctx, 'begrotingDeelname', async (ids) =>
    eenPerSleutel(ids, await service.aantalStemmersBijRondes(ids), (r) => r.rondeId).map((r) => r ?? { aantal: 0, papier: 0 }),
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

/** Per request and caller: the rounds in which the caller voted. */
export const gestemdLoader = (ctx: GqlContext, service: BegrotingService, gebruiker: Gebruiker) =>
  perVerzoek<string, boolean>(ctx, `begrotingGestemd:${gebruiker.sub}`, async (ids) => {
    const gestemd = new Set(await service.gestemdIn(ids, gebruiker));
    return ids.map((id) => gestemd.has(id));
  });
