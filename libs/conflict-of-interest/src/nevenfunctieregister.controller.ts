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
import { csv, kiesFormaat, Public, toGlobalId } from '@buurtwerk/core';
import { BelangenconflictService } from './belangenconflict.service';
import { type NevenfunctieDto, NevenfunctieregisterDto, NevenfunctieregisterQuery } from './dto/nevenfunctie.rest';

const FORMATEN = ['application/json', 'text/csv'] as const;

const KOLOMMEN = [
  'id',
  'ambtsdragerId',
  'ambtsdragerNaam',
  'ambtsdragerFunctie',
  'partij',
  'organisatieId',
  'organisatieNaam',
  'functie',
  'bezoldigd',
  'vanaf',
  'tot',
  'gemeldOp',
] as const satisfies ReadonlyArray<keyof NevenfunctieDto>;

/** The public register of side positions of office holders (Gemeentewet art. 12, 41b). */
@ApiTags('nevenfunctieregister')
@Controller('api/v1/nevenfunctieregister')
export class NevenfunctieregisterController {
  constructor(private readonly service: BelangenconflictService) {}

  @Public()
  @Get()
  @ApiOperation({
    operationId: 'nevenfunctieregisterOphalen',
    summary: 'Het openbare register van nevenfuncties van ambtsdragers (Gemeentewet art. 12, 41b)',
    description:
      'JSON, of CSV (RFC 4180, met kopregel) bij `Accept: text/csv`. Beëindigde nevenfuncties blijven erin met een ' +
      'einddatum (`tot`); met `peildatum` alleen wat op die datum liep.',
  })
  @ApiProduces(...FORMATEN)
  @ApiExtraModels(NevenfunctieregisterDto)
  @ApiOkResponse({
    description: 'Het register',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(NevenfunctieregisterDto) } },
      'text/csv': { schema: { type: 'string', description: 'CSV (RFC 4180) met kopregel, kolommen als de JSON-velden' } },
    },
  })
  @ApiBadRequestResponse({ description: 'Ongeldige zoekparameters' })
  @ApiNotAcceptableResponse({ description: 'Gevraagd formaat niet beschikbaar' })
  async lijst(
    @Query() query: NevenfunctieregisterQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const formaat = kiesFormaat(accept, FORMATEN);
    const nevenfuncties = await this.service.nevenfunctieregister(query);
    const ambtsdragers = new Map(
      (await this.service.ambtsdragersBijIds([...new Set(nevenfuncties.map((n) => n.ambtsdragerDbId))])).map((a) => [a.id, a]),
    );
    const rijen = nevenfuncties.map((n): NevenfunctieDto => {
      const a = ambtsdragers.get(n.ambtsdragerDbId)!;
      return {
        id: n.id,
        ambtsdragerId: toGlobalId('Ambtsdrager', a.id),
        ambtsdragerNaam: a.naam,
        ambtsdragerFunctie: a.functie,
        partij: a.partij,
        organisatieId: n.organisatieDbId ? toGlobalId('Organisatie', n.organisatieDbId) : null,
        organisatieNaam: n.organisatieNaam,
        functie: n.functie,
        bezoldigd: n.bezoldigd,
        vanaf: n.vanaf,
        tot: n.tot,
        gemeldOp: n.gemeldOp.toISOString(),
      };
    });
    if (formaat === 'text/csv') {
      void reply
        .header('content-type', 'text/csv; charset=utf-8; header=present')
        .header('content-disposition', 'inline; filename="nevenfunctieregister.csv"');
      return csv(KOLOMMEN, rijen);
    }
    void reply.header('content-type', `${formaat}; charset=utf-8`);
    return { nevenfuncties: rijen };
  }
}
