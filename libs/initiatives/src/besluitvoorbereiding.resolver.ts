import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { MEDEWERKER_ROLLEN, Rollen } from '@buurtwerk/core';
import { BesluitVoorbereidingModel } from './besluitvoorbereiding.model';
import { BesluitvoorbereidingService } from './besluitvoorbereiding.service';
import { InitiatievenService } from './initiatieven.service';

@Resolver(() => BesluitVoorbereidingModel)
export class BesluitvoorbereidingResolver {
  constructor(
    private readonly service: BesluitvoorbereidingService,
    private readonly initiatieven: InitiatievenService,
  ) {}

  @Rollen(...MEDEWERKER_ROLLEN)
  @Query(() => BesluitVoorbereidingModel, {
    description:
      'For the decision form: the deciding body under the rule, every unmet condition, what a grant departs from, and what is available per request now (Awb 4:25).',
  })
  async besluitVoorbereiding(@Args('initiatiefId', { type: () => ID }) initiatiefId: string) {
    return this.service.voorbereidingVoor(
      initiatiefId,
      async (id) => (await this.initiatieven.initiatievenBijIds([id]))[0] ?? null,
    );
  }
}
