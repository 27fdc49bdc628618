import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Gebruiker, type GqlContext, HuidigeGebruiker } from '@buurtwerk/core';
import { initiatiefLoaders, InitiatiefModel, InitiatievenService } from '@buurtwerk/initiatives';
import { NetwerkbijeenkomstModel } from './netwerkbijeenkomst.model';

/** Initiatives discussed at a meeting, as linked from its minutes; each as visible to the caller. */
@Resolver(() => NetwerkbijeenkomstModel)
export class BesprokenInitiatievenResolver {
  constructor(private readonly initiatieven: InitiatievenService) {}

  @ResolveField(() => [InitiatiefModel], { description: 'Initiatives discussed at the meeting (linked from the minutes).' })
  async besprokenInitiatieven(
    @Parent() b: NetwerkbijeenkomstModel,
    @Context() ctx: GqlContext,
    @HuidigeGebruiker() gebruiker: Gebruiker | null,
  ): Promise<InitiatiefModel[]> {
    const rijen = await initiatiefLoaders(ctx, this.initiatieven).initiatief.loadMany(b.besprokenInitiatiefDbIds);
    const zichtbaar = await Promise.all(
      rijen.map((e) => (e && !(e instanceof Error) ? this.initiatieven.initiatief(e, gebruiker) : Promise.resolve(null))),
    );
    return zichtbaar.filter((i): i is InitiatiefModel => i !== null);
  }
}
