import { eenPerSleutel, type GqlContext, lijstPerSleutel, perVerzoek } from '@buurtwerk/core';
import type { BuurtEntity, MedewerkerEntity, StadsdeelEntity, WijkEntity } from './buurt.entity';
import type { BuurtenService } from './buurten.service';

/** Per-request DataLoaders of the buurten module (no N+1 in nested queries). */
export const buurtLoaders = (ctx: GqlContext, service: BuurtenService) => ({
  buurt: perVerzoek<string, BuurtEntity | null>(ctx, 'buurt', async (ids) =>
    eenPerSleutel(ids, await service.buurtenBijIds(ids), (b) => b.id),
  ),
  wijk: perVerzoek<string, WijkEntity | null>(ctx, 'wijk', async (ids) =>
    eenPerSleutel(ids, await service.wijkenBijIds(ids), (w) => w.id),
  ),
  stadsdeel: perVerzoek<string, StadsdeelEntity | null>(ctx, 'stadsdeel', async (ids) =>
    eenPerSleutel(ids, await service.stadsdelenBijIds(ids), (s) => s.id),
  ),
  buurtenVanWijk: perVerzoek<string, BuurtEntity[]>(ctx, 'buurtenVanWijk', async (ids) =>
    lijstPerSleutel(ids, await service.buurtenBijWijken(ids), (b) => b.wijkId),
  ),
  wijkenVanStadsdeel: perVerzoek<string, WijkEntity[]>(ctx, 'wijkenVanStadsdeel', async (ids) =>
    lijstPerSleutel(ids, await service.wijkenBijStadsdelen(ids), (w) => w.stadsdeelId ?? ''),
  ),
  buurtenVanStadsdeel: perVerzoek<string, BuurtEntity[]>(ctx, 'buurtenVanStadsdeel', async (ids) =>
    lijstPerSleutel(ids, await service.buurtenBijStadsdelen(ids), (b) => b.stadsdeelId),
  ),
  regisseur: perVerzoek<string, MedewerkerEntity | null>(ctx, 'regisseur', async (ids) =>
    eenPerSleutel(ids, await service.regisseursBijBuurten(ids), (r) => r.buurtId).map((r) => r?.medewerker ?? null),
  ),
  buurtenVanMedewerker: perVerzoek<string, BuurtEntity[]>(ctx, 'buurtenVanMedewerker', async (ids) =>
    lijstPerSleutel(ids, await service.buurtenBijMedewerkers(ids), (r) => r.medewerkerId).map((l) => l.map((r) => r.buurt)),
  ),
});
