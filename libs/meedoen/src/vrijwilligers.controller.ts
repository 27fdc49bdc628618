import { Controller, Headers, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { FeedEndpoint, kiesFormaat, zetFeedFormaat } from '@buurtwerk/core';
import {
  type VrijwilligersverzoekDto,
  VrijwilligersverzoekenLijstDto,
  VrijwilligersverzoekenQuery,
} from './dto/vrijwilligers.rest';
import { VrijwilligersService } from './vrijwilligers.service';

const FORMATEN = ['application/json'] as const;

/** Open feed of open volunteer requests (NLGov REST API Design Rules). Never who signed up. */
@ApiTags('vrijwilligersverzoeken')
@Controller('api/v1/vrijwilligersverzoeken')
export class VrijwilligersController {
  constructor(private readonly service: VrijwilligersService) {}

  @FeedEndpoint({
    operationId: 'vrijwilligersverzoekenOphalen',
    summary: 'Open vragen om vrijwilligers, eerstvolgende eerst',
    description: 'Per buurt (CBS-buurtcode) en thema; ingetrokken en voorbije vragen staan er niet in.',
    formaten: FORMATEN,
    json: VrijwilligersverzoekenLijstDto,
    antwoord: 'Vrijwilligersverzoeken',
  })
  async lijst(
    @Query() query: VrijwilligersverzoekenQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    zetFeedFormaat(reply, kiesFormaat(accept, FORMATEN));
    const vrijwilligersverzoeken = (await this.service.openbareFeed(query.buurtcode, query.thema)).map(
      ({ model: v, buurtcode, buurtnaam }): VrijwilligersverzoekDto => ({
        id: v.id,
        titel: v.titel,
        beschrijving: v.beschrijving,
        thema: v.thema,
        begin: v.begin.toISOString(),
        eind: v.eind ? v.eind.toISOString() : null,
        buurtcode,
        buurtnaam,
        locatie: v.locatie,
        aantal: v.aantal,
        plaatsenBeschikbaar: v.plaatsenBeschikbaar,
        vaardigheden: v.vaardigheden,
        minimumLeeftijd: v.minimumLeeftijd,
        vogNodig: v.vogNodig,
        organisator: v.organisatorNaam,
      }),
    );
    return { vrijwilligersverzoeken };
  }
}
