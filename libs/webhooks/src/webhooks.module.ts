import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Doelgroepen } from './doelgroepen';
import { ObjectenController } from './objecten.controller';
import { GebeurtenisPublisher } from './gebeurtenis.publisher';
import { WebhookDoelen } from './webhook.doelen';
import { AbonnementEntity, AfleveringEntity, GebeurtenisEntity, PogingEntity } from './webhook.entity';
import { WebhookKlok, WebhookWorker } from './webhook.worker';
import { WebhookAbonnementResolver, WebhookAfleveringResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/** Global so that every domain library can inject the GebeurtenisPublisher. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([GebeurtenisEntity, AbonnementEntity, AfleveringEntity, PogingEntity])],
  controllers: [ObjectenController],
  providers: [
    Doelgroepen,
    GebeurtenisPublisher,
    WebhookKlok,
    WebhookDoelen,
    WebhookWorker,
    WebhooksService,
    WebhookAbonnementResolver,
    WebhookAfleveringResolver,
  ],
  exports: [Doelgroepen, GebeurtenisPublisher, WebhookWorker, WebhookKlok, WebhookDoelen, WebhooksService],
})
export class WebhooksModule {}
