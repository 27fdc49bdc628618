import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { OptioneleTekst, PaginaArgs, Tekst } from '@buurtwerk/core';
import { WebhookBerichtvorm } from '../webhook.rules';

@InputType()
export class WebhookFilterInput {
  @Field({ description: 'Name of the kenmerk, e.g. `buurtcode` (lower-case letters and digits).' })
  @Matches(/^[a-z0-9]{1,20}$/, { message: 'bestaat uit kleine letters en cijfers (hoogstens 20), bijvoorbeeld buurtcode' })
  kenmerk!: string;

  @Field()
  @Tekst(200)
  waarde!: string;
}

@InputType()
export class WebhookAbonnementInput {
  @Field({ description: 'Where events are POSTed. https only in production; never an internal address.' })
  @Tekst(2000)
  callbackUrl!: string;

  @Field({ description: 'activiteiten, organisaties, initiatieven, signalen, netwerkbijeenkomsten, burgerbegroting' })
  @Tekst(50)
  kanaal!: string;

  @Field(() => [WebhookFilterInput], { defaultValue: [] })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => WebhookFilterInput)
  filters!: WebhookFilterInput[];

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation it is for (BEHEERDER: any; PARTNER user: one of theirs). API keys use their own.',
  })
  @IsOptional()
  @IsString()
  organisatieId?: string | null;

  @Field(() => WebhookBerichtvorm, {
    defaultValue: WebhookBerichtvorm.CLOUDEVENTS,
    description:
      'CLOUDEVENTS (default): CloudEvents 1.0 after the NL GOV profile. NOTIFICATIES: the message of the VNG ' +
      'Notificaties API (kanaal, hoofdObject, resource, resourceUrl, actie, aanmaakdatum, kenmerken).',
  })
  @IsEnum(WebhookBerichtvorm, { message: 'kies CLOUDEVENTS of NOTIFICATIES.' })
  berichtvorm!: WebhookBerichtvorm;

  @Field(() => String, {
    nullable: true,
    description:
      "Value of the Authorization header sent with every delivery (the Notificaties API's `auth`, e.g. `Bearer …`). " +
      'Write-only: never returned.',
  })
  @OptioneleTekst(1000)
  autorisatie?: string | null;
}

@ArgsType()
export class WebhookAfleveringenArgs extends PaginaArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  abonnementId!: string;
}

@ArgsType()
export class WebhookOpnieuwAfleverenArgs {
  @Field(() => ID, { nullable: true, description: 'One delivery.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  afleveringId?: string | null;

  @Field(() => String, { nullable: true, description: 'An event id (CloudEvents id): its deliveries to your subscriptions.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  gebeurtenisId?: string | null;
}
