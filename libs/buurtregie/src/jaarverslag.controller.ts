import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { csvFeed, fout, FeedEndpoint, kiesFormaat, Public, toGlobalId, zetFeedFormaat } from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { OpenDataJaarverslagDto, OpenDataJaarverslagQuery } from './dto/jaarverslag.rest';
import { jaarverslagPdf } from './jaarverslag.pdf';
import { JaarverslagService } from './jaarverslag.service';
import { jaarverslagRijen } from './jaarverslag.tabellen';

const FORMATEN = ['application/json', 'text/csv'] as const;
const KOLOMMEN = ['jaar', 'schaal', 'gebied', 'onderdeel', 'kenmerk', 'waarde'] as const;

/** Open data: the year report of buurtregie, without personal data (docs/domein.md, invariant 12). */
@ApiTags('open-data')
@Controller('api/v1/open-data/jaarverslag')
export class OpenDataJaarverslagController {
  constructor(
    private readonly service: JaarverslagService,
    private readonly buurten: BuurtenService,
  ) {}

  @FeedEndpoint({
    operationId: 'openDataJaarverslagOphalen',
    summary: 'Het jaarverslag van buurtregie per buurt, stadsdeel of de hele stad als open data',
    description:
      'JSON, of CSV (RFC 4180, met kopregel) bij `Accept: text/csv`: één cijfer per regel. Zonder buurtcode en stadsdeelId ' +
      'het verslag van de hele stad. Berekend uit de registratie op het moment van vragen; zonder persoonsgegevens. ' +
      'Bedragen in centen. Als PDF: `/api/v1/open-data/jaarverslag/pdf` met dezelfde parameters.',
    formaten: FORMATEN,
    json: OpenDataJaarverslagDto,
    antwoord: 'De cijfers van het jaarverslag',
  })
  async cijfers(
    @Query() query: OpenDataJaarverslagQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const formaat = kiesFormaat(accept, FORMATEN);
    const verslag = await this.verslag(query);
    const rijen = jaarverslagRijen(verslag);
    if (formaat === 'text/csv') {
      return csvFeed(reply, `jaarverslag-${verslag.jaar}.csv`, KOLOMMEN, rijen, accept);
    }
    zetFeedFormaat(reply, formaat);
    return { cijfers: rijen };
  }

  /** The same report as an accessible PDF (tagged PDF/A-2a); a document, not a feed. */
  @Public()
  @ApiExcludeEndpoint()
  @Get('pdf')
  async pdf(@Query() query: OpenDataJaarverslagQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    const verslag = await this.verslag(query);
    const naam = `jaarverslag-${verslag.jaar}-${verslag.gebied}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
    void reply.header('content-type', 'application/pdf');
    void reply.header('content-disposition', `inline; filename="${naam}.pdf"`);
    return jaarverslagPdf(verslag, new Date());
  }

  private async verslag(query: OpenDataJaarverslagQuery) {
    this.service.controleerJaar(query.jaar);
    let buurtId: string | null = null;
    if (query.buurtcode) {
      const buurt = await this.buurten.buurt(undefined, query.buurtcode);
      if (!buurt) {
        throw fout.veld('buurtcode', 'is geen buurt van Heerlen.');
      }
      buurtId = toGlobalId('Buurt', buurt.dbId);
    }
    return this.service.jaarverslag(query.jaar, buurtId, query.stadsdeelId ?? null);
  }
}
