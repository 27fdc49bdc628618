import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PaginaArgs, Tekst } from '@buurtwerk/core';

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
