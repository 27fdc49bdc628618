import { Controller, Headers, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { csvFeed, FeedEndpoint, kiesFormaat, toGlobalId, zetFeedFormaat } from '@buurtwerk/core';
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

  @FeedEndpoint({
    operationId: 'nevenfunctieregisterOphalen',
    summary: 'Het openbare register van nevenfuncties van ambtsdragers (Gemeentewet art. 12, 41b)',
    description:
      'JSON, of CSV (RFC 4180, met kopregel) bij `Accept: text/csv`. Beëindigde nevenfuncties blijven erin met een ' +
      'einddatum (`tot`); met `peildatum` alleen wat op die datum liep.',
    formaten: FORMATEN,
    json: NevenfunctieregisterDto,
    antwoord: 'Het register',
  })
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
      return csvFeed(reply, 'nevenfunctieregister.csv', KOLOMMEN, rijen, accept);
    }
    zetFeedFormaat(reply, formaat);
    return { nevenfuncties: rijen };
  }
}
