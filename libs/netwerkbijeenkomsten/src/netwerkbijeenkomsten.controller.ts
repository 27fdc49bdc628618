import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiExtraModels,
  ApiNotAcceptableResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { kiesFormaat, Public } from '@buurtwerk/core';
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

  @Public()
  @Get()
  @ApiOperation({
    operationId: 'netwerkbijeenkomstenOphalen',
    summary: 'Netwerkbijeenkomsten buurtgericht werken, op begintijd',
    description:
      'JSON, of iCalendar (RFC 5545) bij `Accept: text/calendar`, om op te abonneren in een agenda. ' +
      'Geannuleerde bijeenkomsten blijven erin (status GEANNULEERD, in iCalendar STATUS:CANCELLED).',
  })
  @ApiProduces(...FORMATEN)
  @ApiExtraModels(NetwerkbijeenkomstenLijstDto)
  @ApiOkResponse({
    description: 'Netwerkbijeenkomsten',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(NetwerkbijeenkomstenLijstDto) } },
      'text/calendar': { schema: { type: 'string', description: 'iCalendar (RFC 5545)' } },
    },
  })
  @ApiBadRequestResponse({ description: 'Ongeldige zoekparameters' })
  @ApiNotAcceptableResponse({ description: 'Gevraagd formaat niet beschikbaar' })
  async lijst(
    @Query() query: NetwerkbijeenkomstenQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const formaat = kiesFormaat(accept, FORMATEN);
    void reply.header('content-type', `${formaat}; charset=utf-8`);
    if (formaat === 'text/calendar') {
      return this.service.icalendarFeed(new Date(), query.jaar);
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
