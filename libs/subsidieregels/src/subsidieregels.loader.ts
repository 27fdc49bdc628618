import { eenPerSleutel, type GqlContext, lijstPerSleutel, perVerzoek } from '@buurtwerk/core';
import type { InstrumentEntity, SubsidieplafondEntity, SubsidieregelingEntity } from './subsidieregeling.entity';
import type { SubsidieregelsService } from './subsidieregels.service';

/** Per-request DataLoaders of the subsidieregels module. */
export const subsidieLoaders = (ctx: GqlContext, service: SubsidieregelsService) => ({
  instrument: perVerzoek<string, InstrumentEntity | null>(ctx, 'instrument', async (ids) =>
    eenPerSleutel(ids, await service.instrumentenBijIds(ids), (i) => i.id),
  ),
  regeling: perVerzoek<string, SubsidieregelingEntity | null>(ctx, 'subsidieregeling', async (ids) =>
    eenPerSleutel(ids, await service.regelingenBijIds(ids), (r) => r.id),
  ),
  huidigeRegeling: perVerzoek<string, SubsidieregelingEntity | null>(ctx, 'huidigeSubsidieregeling', async (codes) =>
    eenPerSleutel(codes, await service.huidigeRegelingenBijCodes(codes), (r) => r.code),
  ),
  plafonds: perVerzoek<string, SubsidieplafondEntity[]>(ctx, 'subsidieplafonds', async (codes) =>
    lijstPerSleutel(codes, await service.plafondsBijCodes(codes), (p) => p.regelingCode),
  ),
});
