import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GqlContext, lijstPerSleutel, perVerzoek } from '@buurtwerk/core';
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
