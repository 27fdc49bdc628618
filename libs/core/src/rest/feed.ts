import { applyDecorators, Get, type Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiExtraModels,
  ApiNotAcceptableResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { csv, type CsvWaarde } from '../common/csv';

/** The media types an open feed can offer; JSON always, the others by content negotiation (NLGov ADR). */
export type FeedFormaat = 'application/json' | 'text/csv' | 'text/calendar';

/** How the OpenAPI document describes a non-JSON body. */
const ANDERE_FORMATEN: Record<Exclude<FeedFormaat, 'application/json'>, { type: 'string'; description: string }> = {
  'text/csv': { type: 'string', description: 'CSV (RFC 4180) met kopregel, kolommen als de JSON-velden' },
  'text/calendar': { type: 'string', description: 'iCalendar (RFC 5545)' },
};

/**
 * One public `GET` of an open feed with its OpenAPI description: anonymous, JSON (`json`, the
 * DTO of the body) or the other `formaten` by `Accept`, 400 for invalid query parameters and 406
 * for a format it cannot deliver. The handler negotiates with `kiesFormaat(accept, formaten)`.
 */
export function FeedEndpoint(opties: {
  operationId: string;
  summary: string;
  description: string;
  formaten: readonly ['application/json', ...FeedFormaat[]];
  json: Type<unknown>;
  /** Description of the 200 response. */
  antwoord: string;
}): MethodDecorator {
  const content: Record<string, { schema: object }> = {};
  for (const formaat of opties.formaten) {
    content[formaat] = {
      schema: formaat === 'application/json' ? { $ref: getSchemaPath(opties.json) } : ANDERE_FORMATEN[formaat],
    };
    if (formaat === 'text/csv') {
      content[CSV_EXCEL] = {
        schema: {
          type: 'string',
          description:
            'CSV voor Excel met Nederlandse instellingen: als text/csv, met UTF-8-BOM en puntkomma als scheidingsteken ' +
            '(`Accept: text/csv; excel=true`)',
        },
      };
    }
  }
  // Applied in this order, like the same decorators stacked bottom-up on the method, so the
  // generated OpenAPI document (docs/openapi.json) keeps its order.
  return applyDecorators(
    ApiNotAcceptableResponse({ description: 'Gevraagd formaat niet beschikbaar' }),
    ApiBadRequestResponse({ description: 'Ongeldige zoekparameters' }),
    ApiOkResponse({ description: opties.antwoord, content }),
    ApiExtraModels(opties.json),
    ApiProduces(...opties.formaten),
    ApiOperation({ operationId: opties.operationId, summary: opties.summary, description: opties.description }),
    Get(),
    Public(),
  );
}

/** Sets the media type of a feed response (UTF-8). */
export function zetFeedFormaat(reply: FastifyReply, formaat: FeedFormaat): void {
  void reply.header('content-type', `${formaat}; charset=utf-8`);
}

/**
 * A CSV feed response (RFC 4180): the document, with a media type that says it has a header row
 * (RFC 4180 `header=present`) and the file name a browser saves it under.
 */
export function csvFeed<K extends string>(
  reply: FastifyReply,
  bestandsnaam: string,
  kolommen: readonly K[],
  rijen: ReadonlyArray<Record<K, CsvWaarde>>,
  accept: string | undefined,
): string {
  const excel = wiltExcel(accept);
  void reply
    .header('content-type', `text/csv; charset=utf-8; header=present${excel ? '; excel=true' : ''}`)
    .header('content-disposition', `inline; filename="${bestandsnaam}"`);
  return csv(kolommen, rijen, { excel });
}

/**
 * `Accept: text/csv; excel=true` asks for the Excel variant of a CSV feed (see `csv`): a
 * media-type parameter, as the NLGov ADR chooses formats by media type, never by extension.
 */
export const CSV_EXCEL = 'text/csv; excel=true';

export function wiltExcel(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((deel) => {
    const [type, ...params] = deel.split(';').map((p) => p.trim().toLowerCase());
    return (
      type === 'text/csv' && params.includes('excel=true') && !params.some((p) => p.startsWith('q=') && !(Number(p.slice(2)) > 0))
    );
  });
}
