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
import { BuurtenService } from '@buurtwerk/buurten';
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
  constructor(
    private readonly service: NetwerkbijeenkomstenService,
    private readonly buurten: BuurtenService,
  ) {}

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
    const bijeenkomsten = await this.service.lijst(query.jaar);
    const [buurten, tellingen] = await Promise.all([
      this.buurten.buurtenBijIds([...new Set(bijeenkomsten.map((b) => b.buurtDbId))]),
      this.service.tellingen(bijeenkomsten.map((b) => b.dbId)),
    ]);
    const buurtBijId = new Map(buurten.map((b) => [b.id, b]));
    const aangemeldBijId = new Map(tellingen.map((t) => [t.bijeenkomstId, t.aangemeld]));
    const netwerkbijeenkomsten = bijeenkomsten.map((b): NetwerkbijeenkomstDto => ({
      id: b.id,
      titel: b.titel,
      thema: b.thema,
      begin: b.begin.toISOString(),
      eind: b.eind.toISOString(),
      buurtcode: buurtBijId.get(b.buurtDbId)?.code ?? '',
      buurtnaam: buurtBijId.get(b.buurtDbId)?.naam ?? '',
      locatie: b.locatie,
      capaciteit: b.capaciteit,
      plaatsenBeschikbaar: Math.max(0, b.capaciteit - (aangemeldBijId.get(b.dbId) ?? 0)),
      status: b.status,
    }));
    return { netwerkbijeenkomsten };
  }
}
