import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GebeurtenisPublisher } from './gebeurtenis.publisher';
import { AbonnementEntity, AfleveringEntity, GebeurtenisEntity, PogingEntity } from './webhook.entity';
import { WebhookKlok, WebhookWorker } from './webhook.worker';
import { WebhookAbonnementResolver, WebhookAfleveringResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/** Global so that every domain library can inject the GebeurtenisPublisher. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([GebeurtenisEntity, AbonnementEntity, AfleveringEntity, PogingEntity])],
  providers: [
    GebeurtenisPublisher,
    WebhookKlok,
    WebhookWorker,
    WebhooksService,
    WebhookAbonnementResolver,
    WebhookAfleveringResolver,
  ],
  exports: [GebeurtenisPublisher, WebhookWorker, WebhookKlok, WebhooksService],
})
export class WebhooksModule {}
