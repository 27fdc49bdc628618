import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DatumTijdScalar, Paginated, toGlobalId } from '@buurtwerk/core';
import { type AbonnementEntity, type AfleveringEntity, AfleveringStatus, type PogingEntity } from './webhook.entity';
import { WebhookBerichtvorm } from './webhook.rules';

registerEnumType(WebhookBerichtvorm, {
  name: 'WebhookBerichtvorm',
  description: 'The shape of the messages a subscription receives.',
  valuesMap: {
    CLOUDEVENTS: { description: 'CloudEvents 1.0, structured JSON, after the NL GOV profile for CloudEvents.' },
    NOTIFICATIES: { description: 'The Kennisgeving of the VNG Notificaties API, with resourceUrl pointing to /api/v1.' },
  },
});

registerEnumType(AfleveringStatus, {
  name: 'WebhookAfleveringStatus',
  valuesMap: {
    WACHTEND: { description: 'Not yet delivered; the next attempt is planned.' },
    AFGELEVERD: { description: 'The subscriber answered 2xx.' },
    MISLUKT: { description: 'Every attempt failed; only a manual replay sends it again.' },
    GEANNULEERD: { description: 'The subscription ended before it was delivered.' },
  },
});

@ObjectType('WebhookFilter')
export class WebhookFilterModel {
  @Field()
  kenmerk!: string;
  @Field()
  waarde!: string;
}

@ObjectType('WebhookAbonnement', { description: 'A subscription to events of one channel (VNG Notificaties API style).' })
export class WebhookAbonnementModel {
  @Field(() => ID)
  id!: string;
  @Field()
  callbackUrl!: string;
  @Field()
  kanaal!: string;
  @Field(() => [WebhookFilterModel], { description: 'Every filter must equal the kenmerk of an event.' })
  filters!: WebhookFilterModel[];
  @Field(() => ID, { nullable: true, description: 'The partner organisation that owns it.' })
  organisatieId!: string | null;
  @Field(() => DatumTijdScalar)
  aangemaaktOp!: Date;
  @Field(() => DatumTijdScalar, { nullable: true })
  beeindigdOp!: Date | null;
  @Field(() => WebhookBerichtvorm)
  berichtvorm!: WebhookBerichtvorm;
  @Field({ description: 'Whether an Authorization header value is set (the value itself is never returned).' })
  heeftAutorisatie!: boolean;
}

@ObjectType('WebhookAbonnementAangemaakt')
export class WebhookAbonnementAangemaaktModel {
  @Field({
    description: 'Signing secret (Standard Webhooks, `whsec_…`). Shown only now: store it safely, it cannot be retrieved again.',
  })
  geheim!: string;
  @Field(() => WebhookAbonnementModel)
  abonnement!: WebhookAbonnementModel;
}

@ObjectType('WebhookPoging', { description: 'One delivery attempt.' })
export class WebhookPogingModel {
  @Field(() => Int, { description: 'Attempt number within its round (a manual replay starts a new round).' })
  nummer!: number;
  @Field(() => DatumTijdScalar)
  op!: Date;
  @Field(() => Int, { nullable: true })
  statuscode!: number | null;
  @Field(() => Int)
  duurMs!: number;
  @Field()
  geslaagd!: boolean;
  @Field(() => String, { nullable: true, description: 'Error text, truncated to 500 characters.' })
  fout!: string | null;
  @Field(() => DatumTijdScalar, { nullable: true })
  volgendePogingOp!: Date | null;
}

@ObjectType('WebhookAflevering', { description: 'One event for one subscription, with its latest attempt.' })
export class WebhookAfleveringModel {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'The CloudEvents id (uuid): receivers dedupe by it.' })
  gebeurtenisId!: string;
  @Field(() => AfleveringStatus)
  status!: AfleveringStatus;
  @Field(() => Int)
  pogingen!: number;
  @Field(() => DatumTijdScalar, { nullable: true })
  volgendePogingOp!: Date | null;
  @Field(() => DatumTijdScalar, { nullable: true })
  afgeleverdOp!: Date | null;
  @Field(() => Int, { nullable: true })
  laatsteStatuscode!: number | null;
  @Field(() => Int, { nullable: true })
  laatsteDuurMs!: number | null;
  @Field(() => String, { nullable: true })
  laatsteFout!: string | null;
  @Field(() => DatumTijdScalar)
  aangemaaktOp!: Date;
  dbId!: string;
}

@ObjectType('WebhookAfleveringConnection')
export class WebhookAfleveringConnection extends Paginated(WebhookAfleveringModel, 'WebhookAflevering') {}

export function toWebhookAbonnementModel(e: AbonnementEntity): WebhookAbonnementModel {
  return Object.assign(new WebhookAbonnementModel(), {
    id: toGlobalId('WebhookAbonnement', e.id),
    callbackUrl: e.callbackUrl,
    kanaal: e.kanaal,
    filters: Object.entries(e.filters).map(([kenmerk, waarde]) => ({ kenmerk, waarde })),
    organisatieId: e.organisatieId ? toGlobalId('Organisatie', e.organisatieId) : null,
    aangemaaktOp: e.aangemaaktOp,
    beeindigdOp: e.beeindigdOp,
    berichtvorm: e.berichtvorm,
    heeftAutorisatie: e.autorisatie !== null,
  });
}

export function toWebhookAfleveringModel(e: AfleveringEntity): WebhookAfleveringModel {
  return Object.assign(new WebhookAfleveringModel(), {
    id: toGlobalId('WebhookAflevering', e.id),
    dbId: e.id,
    gebeurtenisId: e.gebeurtenisId,
    status: e.status,
    pogingen: e.pogingen,
    volgendePogingOp: e.volgendePogingOp,
    afgeleverdOp: e.afgeleverdOp,
    laatsteStatuscode: e.laatsteStatuscode,
    laatsteDuurMs: e.laatsteDuurMs,
    laatsteFout: e.laatsteFout,
    aangemaaktOp: e.aangemaaktOp,
  });
}

export function toWebhookPogingModel(e: PogingEntity): WebhookPogingModel {
  return Object.assign(new WebhookPogingModel(), {
    nummer: e.nummer,
    op: e.op,
    statuscode: e.statuscode,
    duurMs: e.duurMs,
    geslaagd: e.geslaagd,
    fout: e.fout,
    volgendePogingOp: e.volgendePogingOp,
  });
}
