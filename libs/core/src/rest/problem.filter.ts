import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GqlArgumentsHost } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DomainError, FoutCode, HTTP_STATUS } from '../errors/domain-error';
import { formatteerGraphqlFout, isDatabaseOnbereikbaar } from '../errors/graphql-errors';

const TITELS: Record<number, string> = {
  400: 'Ongeldig verzoek',
  401: 'Niet ingelogd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  406: 'Gevraagd formaat niet beschikbaar',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Formaat van de invoer niet ondersteund',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Dienst niet beschikbaar',
};

/** Dutch details for the client errors Fastify raises itself (see the HttpException branch below). */
const FASTIFY_MELDINGEN: Record<number, string> = {
  400: 'Het verzoek kon niet worden gelezen.',
  413: 'Het verzoek is te groot.',
  415: 'Dit formaat van de invoer wordt niet ondersteund.',
};

export interface Probleem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  invalidParams?: Array<{ name: string; reason: string }>;
}

/**
 * REST errors as RFC 9457 problem details (`application/problem+json`), per the NLGov API
 * Design Rules. GraphQL errors pass through untouched: they have their own single mapping.
 */
@Catch()
export class ProbleemFilter implements ExceptionFilter {
  private readonly logger = new Logger('REST');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') {
      if (isAbonnementStart(host)) {
        // A subscription that cannot start is answered on the WebSocket without Mercurius'
        // errorFormatter: give it the same mapping (code, Dutch message) as any GraphQL error.
        throw formatteerGraphqlFout(
          new GraphQLError(exception instanceof Error ? exception.message : String(exception), {
            originalError: exception instanceof Error ? exception : undefined,
          }),
        );
      }
      // Rethrow, as Nest's own filter does: a returned value would become the resolver's result,
      // and graphql-jit treats an error from another realm (Node's socket errors under jest's VM,
      // for one) as data, answering "Cannot return null for non-nullable field" instead of the
      // error. Thrown, every error reaches formatteerGraphqlFout (issue 9, faults).
      throw exception;
    }
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    let status = 500;
    let detail = 'Er ging intern iets mis. Probeer het later opnieuw; de fout is gelogd.';
    let code: string = FoutCode.INTERNAL_SERVER_ERROR;
    let invalidParams: Probleem['invalidParams'];
    if (exception instanceof DomainError) {
      status = HTTP_STATUS[exception.code];
      detail = exception.message;
      code = exception.code;
      if (exception.velden.length > 0) {
        invalidParams = exception.velden.map((v) => ({ name: v.veld, reason: v.melding }));
      }
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      code =
        status === 404
          ? FoutCode.NOT_FOUND
          : status === 401
            ? FoutCode.UNAUTHENTICATED
            : status === 403
              ? FoutCode.FORBIDDEN
              : `HTTP_${status}`;
      detail =
        status === 404
          ? `Er is geen bron op ${request.url.split('?')[0]}. Let op: paden eindigen niet op een schuine streep.`
          : status < 500
            ? // Nest wraps Fastify's own refusals (malformed JSON body, unsupported media type) in a
              // plain HttpException with Fastify's English message: give those a Dutch one.
              ((exception.constructor === HttpException ? FASTIFY_MELDINGEN[status] : undefined) ?? exception.message)
            : detail;
      if (status >= 500) {
        this.logger.error(exception.stack ?? exception.message);
      }
    } else if (isKlantfoutVanFastify(exception)) {
      // Fastify refuses a request before any handler (body too large, malformed JSON, ...).
      status = exception.statusCode;
      code = `HTTP_${status}`;
      detail = status === 413 ? 'Het verzoek is te groot.' : 'Het verzoek kon niet worden gelezen.';
    } else if (isDatabaseOnbereikbaar(exception)) {
      // A temporary outage, not a bug: 503 with Retry-After, as GraphQL answers DIENST_NIET_BESCHIKBAAR.
      status = 503;
      code = FoutCode.DIENST_NIET_BESCHIKBAAR;
      detail = 'De dienst is tijdelijk niet beschikbaar. Probeer het over enkele ogenblikken opnieuw.';
      void reply.header('Retry-After', '5');
      this.logger.warn(`Database onbereikbaar: ${exception instanceof Error ? exception.message : String(exception)}`);
    } else {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    const probleem: Probleem = {
      type: `https://buurtwerk.nl/problemen/${code.toLowerCase().replace(/_/g, '-')}`,
      title: TITELS[status] ?? 'Fout',
      status,
      detail,
      instance: request.url.split('?')[0],
      code,
      ...(invalidParams ? { invalidParams } : {}),
    };
    void reply.status(status).header('content-type', 'application/problem+json').send(probleem);
    return undefined;
  }
}

function isKlantfoutVanFastify(e: unknown): e is { statusCode: number; code: string } {
  const f = e as { statusCode?: unknown; code?: unknown } | null;
  return (
    typeof f?.statusCode === 'number' &&
    f.statusCode >= 400 &&
    f.statusCode < 500 &&
    typeof f.code === 'string' &&
    f.code.startsWith('FST_')
  );
}

/** The root field of a GraphQL subscription, i.e. the moment it starts (guards, arguments). */
function isAbonnementStart(host: ArgumentsHost): boolean {
  if (host.getType<string>() !== 'graphql') {
    return false;
  }
  const info = GqlArgumentsHost.create(host).getInfo<
    { operation?: { operation?: string }; parentType?: { name?: string } } | undefined
  >();
  return info?.operation?.operation === 'subscription' && info.parentType?.name === 'Subscription';
}
