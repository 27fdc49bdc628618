import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GqlContext, lijstPerSleutel, perVerzoek } from '@buurtwerk/core';
import { IdeeverhaalModel } from '../ideeenbank/ideeenbank.model';
import { VrijwilligersverzoekModel } from '../vrijwilligers.model';
import { BijlageRecord } from './bijlage.entity';
import { BijlageModel, toBijlageModel } from './bijlage.model';
import { BijlagenService } from './bijlagen.service';

/** Photos and documents of a volunteer request (public, like the request). */
@Resolver(() => VrijwilligersverzoekModel)
export class VrijwilligersverzoekBijlagenResolver {
  constructor(private readonly service: BijlagenService) {}

  @ResolveField(() => [BijlageModel])
  async bijlagen(@Parent() v: VrijwilligersverzoekModel, @Context() ctx: GqlContext) {
    const loader = perVerzoek<string, BijlageModel[]>(ctx, 'vrijwilligersverzoekBijlagen', async (ids) =>
      lijstPerSleutel(ids, await this.service.vanRecords(BijlageRecord.VRIJWILLIGERSVERZOEK, ids), (b) => b.recordId).map((l) =>
        l.map(toBijlageModel),
      ),
    );
    return loader.load(v.dbId);
  }
}

/** Photos of a public idea-bank story, with resized versions for the story page. */
@Resolver(() => IdeeverhaalModel)
export class IdeeverhaalBijlagenResolver {
  constructor(private readonly service: BijlagenService) {}

  @ResolveField(() => [BijlageModel], {
    description: 'The photos of the story; each also at `url?breedte=320|640|1280` (resized, cacheable).',
  })
  async fotos(@Parent() v: IdeeverhaalModel, @Context() ctx: GqlContext) {
    const loader = perVerzoek<string, BijlageModel[]>(ctx, 'ideeverhaalFotos', async (ids) =>
      lijstPerSleutel(ids, await this.service.vanRecords(BijlageRecord.IDEEVERHAAL, ids), (b) => b.recordId).map((l) =>
        l.map(toBijlageModel),
      ),
    );
    return loader.load(v.dbId);
  }
}
