export { WebhooksModule } from './webhooks.module';
export { WebhooksService } from './webhooks.service';
export { Doelgroepen, type DoelgroepToets, type Ontvanger } from './doelgroepen';
export { GebeurtenisPublisher, type NieuweGebeurtenis } from './gebeurtenis.publisher';
export { WebhookKlok, WebhookWorker, type WebhookTransport, type WebhookVerzoek, type VerwerkResultaat } from './webhook.worker';
export { AbonnementEntity, AfleveringEntity, AfleveringStatus, GebeurtenisEntity, PogingEntity } from './webhook.entity';
export {
  AFLEVERFOUT,
  type Adres,
  bezorg,
  type Bezorgopties,
  type Resolver,
  systeemResolver,
  vastgepindeLookup,
  WebhookDoelen,
} from './webhook.doelen';
export { GEHEIM_PREFIX, onderteken, verifieerHandtekening, type Verificatie } from './handtekening';
export {
  actieVan,
  BESLOTEN_KANALEN,
  BRON,
  bronVoorOin,
  notificatie,
  resourceVan,
  RESOURCES,
  WebhookBerichtvorm,
  type Doelgroep,
  cloudEvent,
  controleerCallbackUrl,
  isPriveAdres,
  laadWebhookConfig,
  MAX_POGINGEN,
  PRODUCTIE_POORT,
  WEBHOOK_KANALEN,
  wachttijdNaPoging,
} from './webhook.rules';
