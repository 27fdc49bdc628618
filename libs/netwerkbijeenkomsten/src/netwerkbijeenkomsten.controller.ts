import { Controller, Headers, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { FeedEndpoint, kiesFormaat, zetFeedFormaat, klok } from '@buurtwerk/core';
import {
  type NetwerkbijeenkomstDto,
  NetwerkbijeenkomstenLijstDto,
  NetwerkbijeenkomstenQuery,
} from './dto/netwerkbijeenkomst.rest';
import { NetwerkbijeenkomstenService } from './netwerkbijeenkomsten.service';

const FORMATEN = ['application/json', 'text/calendar'] as const;

/** Open feed of the network meetings (NLGov REST API Design Rules). Never attendee data. */
@ApiTags('netwerkbijeenkomsten')
@Controller('api/v1/netwerkbijeenkomsten')
export class NetwerkbijeenkomstenController {
  constructor(private readonly service: NetwerkbijeenkomstenService) {}

  @FeedEndpoint({
    operationId: 'netwerkbijeenkomstenOphalen',
    summary: 'Netwerkbijeenkomsten buurtgericht werken, op begintijd',
    description:
      'JSON, of iCalendar (RFC 5545) bij `Accept: text/calendar`, om op te abonneren in een agenda. ' +
      'Geannuleerde bijeenkomsten blijven erin (status GEANNULEERD, in iCalendar STATUS:CANCELLED).',
    formaten: FORMATEN,
    json: NetwerkbijeenkomstenLijstDto,
    antwoord: 'Netwerkbijeenkomsten',
  })
  async lijst(
    @Query() query: NetwerkbijeenkomstenQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const formaat = kiesFormaat(accept, FORMATEN);
    zetFeedFormaat(reply, formaat);
    if (formaat === 'text/calendar') {
      return this.service.icalendarFeed(klok.nu(), query.jaar);
    }
    const netwerkbijeenkomsten = (await this.service.openbareFeed(query.jaar)).map((b): NetwerkbijeenkomstDto => ({
      id: b.id,
      titel: b.titel,
      thema: b.thema,
      begin: b.begin.toISOString(),
      eind: b.eind.toISOString(),
      buurtcode: b.buurtcode,
      buurtnaam: b.buurtnaam,
      locatie: b.locatie,
      capaciteit: b.capaciteit,
      plaatsenBeschikbaar: Math.max(0, b.capaciteit - b.aangemeld),
      status: b.status,
    }));
    return { netwerkbijeenkomsten };
  }
}
