import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Gebruiker, type GqlContext, HuidigeGebruiker, Rol, Rollen, Scopes } from '@buurtwerk/core';
import { WebhookAbonnementInput, WebhookAfleveringenArgs, WebhookOpnieuwAfleverenArgs } from './dto/abonnement.input';
import {
  WebhookAbonnementAangemaaktModel,
  WebhookAbonnementModel,
  WebhookAfleveringConnection,
  WebhookAfleveringModel,
  WebhookPogingModel,
  toWebhookPogingModel,
} from './webhook.model';
import { webhookLoaders } from './webhooks.loader';
import { WebhooksService } from './webhooks.service';

/**
 * Webhook subscriptions. Events carry public data only, so a partner API key needs only the
 * `lezen` scope to subscribe: a subscription is reading by push. Closed channels (signalen)
 * deliver each event only to subscriptions that may see it (see `Doelgroepen`).
 */
@Resolver(() => WebhookAbonnementModel)
export class WebhookAbonnementResolver {
  constructor(private readonly service: WebhooksService) {}

  @Rollen(Rol.BEHEERDER, Rol.PARTNER)
  @Query(() => [WebhookAbonnementModel], { description: 'BEHEERDER: all; partner: those of its organisations.' })
  webhookAbonnementen(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.lijst(gebruiker);
  }

  @Rollen(Rol.BEHEERDER, Rol.PARTNER)
  @Scopes('lezen')
  @Mutation(() => WebhookAbonnementAangemaaktModel)
  async webhookAbonnementAanmaken(@Args('input') input: WebhookAbonnementInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return Object.assign(new WebhookAbonnementAangemaaktModel(), await this.service.aanmaken(input, gebruiker));
  }

  @Rollen(Rol.BEHEERDER, Rol.PARTNER)
  @Scopes('lezen')
  @Mutation(() => WebhookAbonnementModel)
  webhookAbonnementBeeindigen(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.beeindigen(id, gebruiker);
  }
}

@Resolver(() => WebhookAfleveringModel)
export class WebhookAfleveringResolver {
  constructor(private readonly service: WebhooksService) {}

  @Rollen(Rol.BEHEERDER, Rol.PARTNER)
  @Query(() => WebhookAfleveringConnection, { description: 'The delivery log of one subscription, oldest first.' })
  webhookAfleveringen(@Args() args: WebhookAfleveringenArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.afleveringenVan(args, gebruiker);
  }

  @Rollen(Rol.BEHEERDER, Rol.PARTNER)
  @Scopes('lezen')
  @Mutation(() => [WebhookAfleveringModel], {
    description: 'Deliver again (manual replay): one delivery, or every delivery of an event to your subscriptions.',
  })
  webhookOpnieuwAfleveren(@Args() args: WebhookOpnieuwAfleverenArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.opnieuwAfleveren(args, gebruiker);
  }

  @ResolveField(() => [WebhookPogingModel], { description: 'Every attempt, oldest first.' })
  async pogingLog(@Parent() a: WebhookAfleveringModel, @Context() ctx: GqlContext) {
    return (await webhookLoaders(ctx, this.service).pogingen.load(a.dbId)).map(toWebhookPogingModel);
  }
}
