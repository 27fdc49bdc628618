import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { type Gebruiker, type GqlContext, HuidigeGebruiker, Public } from '@buurtwerk/core';
import { InitiatiefModel } from './initiatief.model';
import { type InitiatiefGewijzigdBericht, InitiatiefGewijzigdService, naarInitiatiefModel } from './initiatief-gewijzigd.service';

@Resolver()
export class InitiatiefGewijzigdResolver {
  constructor(private readonly service: InitiatiefGewijzigdService) {}

  @Public()
  @Subscription(() => InitiatiefModel, {
    name: 'initiatiefGewijzigd',
    description:
      'Status changes of initiatives, live over WebSocket (graphql-transport-ws; sign in with connection_init payload ' +
      '{ authorization: "Bearer <token>" }). Anyone receives changes into a public status (granted and later); the ' +
      'initiator and staff also the other changes of the initiatives they may see. Always the public view, without ' +
      'personal data. Optionally only one initiative (id) or one buurt (buurtcode).',
    resolve(this: InitiatiefGewijzigdResolver, bericht: InitiatiefGewijzigdBericht, _args: unknown, ctx: GqlContext) {
      // One subscription runs for hours: every change gets fresh DataLoaders, never cached data of an earlier one.
      ctx.loaders = new Map();
      return naarInitiatiefModel(bericht);
    },
  })
  initiatiefGewijzigd(
    @HuidigeGebruiker() gebruiker: Gebruiker | null,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('buurtcode', { type: () => String, nullable: true, description: 'CBS buurtcode, e.g. BU09171000.' })
    buurtcode?: string,
  ) {
    return this.service.abonneer({ id, buurtcode }, gebruiker);
  }
}
