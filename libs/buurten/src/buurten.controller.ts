import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiNotAcceptableResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { fout, kiesFormaat, Public } from '@buurtwerk/core';
import { BuurtenService } from './buurten.service';
import { BuurtDto, buurtFeatureCollectionSchema, buurtFeatureSchema, BuurtenLijstDto } from './dto/buurt.rest';

const FORMATEN = ['application/json', 'application/geo+json'] as const;

/** Open data feed of Heerlen's buurten (NLGov REST API Design Rules). */
@ApiTags('buurten')
@Controller('api/v1/buurten')
export class BuurtenController {
  constructor(private readonly service: BuurtenService) {}

  @Public()
  @Get()
  @ApiOperation({
    operationId: 'buurtenOphalen',
    summary: 'Alle buurten van Heerlen (CBS 2024)',
    description: 'JSON, of GeoJSON met de (gegeneraliseerde) buurtgrenzen bij `Accept: application/geo+json`.',
  })
  @ApiProduces(...FORMATEN)
  @ApiOkResponse({
    description: 'De buurten',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(BuurtenLijstDto) } },
      'application/geo+json': { schema: buurtFeatureCollectionSchema(getSchemaPath(BuurtDto)) },
    },
  })
  @ApiExtraModels(BuurtenLijstDto, BuurtDto)
  @ApiNotAcceptableResponse({ description: 'Gevraagd formaat niet beschikbaar' })
  async lijst(@Headers('accept') accept: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const formaat = kiesFormaat(accept, FORMATEN);
    const buurten = await this.service.buurtenVoorFeed();
    void reply.header('content-type', `${formaat}; charset=utf-8`);
    if (formaat === 'application/geo+json') {
      return {
        type: 'FeatureCollection',
        features: buurten.map(({ geometrie, ...b }) => ({ type: 'Feature', id: b.code, geometry: geometrie, properties: b })),
      };
    }
    // Outlines only in GeoJSON: the JSON list stays small for clients that need names and codes.
    return { buurten: buurten.map(({ geometrie: _g, ...b }) => b) };
  }

  @Public()
  @Get(':buurtcode')
  @ApiOperation({ operationId: 'buurtOphalen', summary: 'Eén buurt op CBS-buurtcode' })
  @ApiParam({ name: 'buurtcode', example: 'BU09171000' })
  @ApiProduces(...FORMATEN)
  @ApiOkResponse({
    description: 'De buurt',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(BuurtDto) } },
      'application/geo+json': { schema: buurtFeatureSchema(getSchemaPath(BuurtDto)) },
    },
  })
  @ApiNotFoundResponse({ description: 'Geen buurt met deze code' })
  async een(
    @Param('buurtcode') code: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const formaat = kiesFormaat(accept, FORMATEN);
    const buurt = (await this.service.buurtenVoorFeed(code.toUpperCase()))[0];
    if (!buurt) {
      throw fout.nietGevonden(`Buurt ${code.slice(0, 20)}`);
    }
    void reply.header('content-type', `${formaat}; charset=utf-8`);
    const { geometrie, ...rest } = buurt;
    return formaat === 'application/geo+json' ? { type: 'Feature', id: rest.code, geometry: geometrie, properties: rest } : rest;
  }
}
