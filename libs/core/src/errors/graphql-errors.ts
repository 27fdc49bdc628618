import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { DomainError, FoutCode, HTTP_STATUS } from './domain-error';

const logger = new Logger('GraphQL');

function codeVoorHttpStatus(status: number): FoutCode {
  switch (status) {
    case 400:
      return FoutCode.BAD_USER_INPUT;
    case 401:
      return FoutCode.UNAUTHENTICATED;
    case 403:
      return FoutCode.FORBIDDEN;
    case 404:
      return FoutCode.NOT_FOUND;
    case 429:
      return FoutCode.TE_VEEL_VERZOEKEN;
    default:
      return FoutCode.INTERNAL_SERVER_ERROR;
  }
}

/**
 * The database is unreachable or restarting: the connection was refused or cut, or the server
 * is shutting down or starting up (SQLSTATE class 08, 57P01-57P03). That is not a bug in the
 * request but a temporary outage: clients get DIENST_NIET_BESCHIKBAAR (retry later) instead of
 * an internal error, while /health/ready reports not-ready (issue 9, faults).
 */
export function isDatabaseOnbereikbaar(e: unknown): boolean {
  for (let fout = e as Record<string, unknown> | null | undefined, i = 0; fout && i < 4; i++) {
    const code = typeof fout.code === 'string' ? fout.code : '';
    const bericht = typeof fout.message === 'string' ? fout.message : '';
    if (
      // Class 08 is connection exceptions, except 08P01 (protocol violation: a bug, not an outage).
      (/^08/.test(code) && code !== '08P01') ||
      ['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code) ||
      // The connection broke and TypeORM released its runner (also the one a mutation's transaction runs on).
      fout.name === 'QueryRunnerAlreadyReleasedError' ||
      fout.name === 'QueryRunnerProviderAlreadyReleasedError' ||
      /^Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect/i.test(bericht)
    ) {
      return true;
    }
    fout = (fout.driverError ?? fout.cause) as Record<string, unknown> | null | undefined;
  }
  return false;
}

/** Walk the wrappers (graphql-js, mercurius, graphql-jit) to the error a resolver threw. */
function oorsprong(error: GraphQLError): unknown {
  let current: unknown = error.originalError;
  for (let i = 0; i < 5 && current instanceof GraphQLError && current.originalError; i++) {
    current = current.originalError;
  }
  return current;
}

/**
 * The one mapping from errors to what a GraphQL client sees: domain errors keep their Dutch
 * message and code; request errors (syntax, unknown fields, wrong variable types) become
 * BAD_USER_INPUT; anything else is logged and answered with a neutral message, so no stack
 * trace, SQL or internal detail ever reaches a client.
 */
export function formatteerGraphqlFout(error: GraphQLError): GraphQLError {
  const origineel = oorsprong(error);
  const basis = { locations: error.locations, path: error.path };
  if (origineel instanceof DomainError) {
    return new GraphQLError(origineel.message, {
      ...basis,
      extensions: {
        code: origineel.code,
        ...(origineel.velden.length > 0 ? { velden: origineel.velden } : {}),
      },
    });
  }
  const fastify = fastifyKlantfout(origineel);
  if (fastify) {
    return new GraphQLError(fastify.statusCode === 413 ? 'Het verzoek is te groot.' : 'Het verzoek kon niet worden gelezen.', {
      ...basis,
      extensions: { code: FoutCode.BAD_USER_INPUT },
    });
  }
  if (origineel instanceof HttpException) {
    const code = codeVoorHttpStatus(origineel.getStatus());
    if (code !== FoutCode.INTERNAL_SERVER_ERROR) {
      return new GraphQLError(origineel.message, { ...basis, extensions: { code } });
    }
  }
  if (
    (origineel === undefined || origineel === null) &&
    error.path &&
    /^Cannot return null for non-nullable field/.test(error.message)
  ) {
    // Found during execution, not in the request: a resolver gave no value where the schema
    // promises one. The server's fault, so never BAD_USER_INPUT.
    logger.error(`${error.message} (pad ${error.path.join('.')})`);
    return new GraphQLError('Er ging intern iets mis. Probeer het later opnieuw; de fout is gelogd.', {
      ...basis,
      extensions: { code: FoutCode.INTERNAL_SERVER_ERROR },
    });
  }
  if (origineel === undefined || origineel === null) {
    // No thrown error behind it: a request error found by graphql-js itself (parse,
    // validation, variable coercion, our scalars). Its message describes the request only.
    const code = typeof error.extensions?.code === 'string' ? error.extensions.code : FoutCode.BAD_USER_INPUT;
    const bekend = Object.values(FoutCode).includes(code as FoutCode) ? code : FoutCode.BAD_USER_INPUT;
    return new GraphQLError(error.message, { ...basis, extensions: { code: bekend } });
  }
  if (origineel instanceof GraphQLError && error.path === undefined) {
    // Thrown by graphql-js while coercing variables (enums, our scalars): a request error.
    // The outer message names the variable and path, e.g. 'Variable "$input" ... at "input.bedrag"'.
    const pad = /at "([^"]+)"/.exec(error.message)?.[1] ?? /Variable "\$([^"]+)"/.exec(error.message)?.[1];
    return new GraphQLError(error.message, {
      ...basis,
      extensions: {
        code: FoutCode.BAD_USER_INPUT,
        ...(pad ? { velden: [{ veld: pad, melding: origineel.message }] } : {}),
      },
    });
  }
  if (isDatabaseOnbereikbaar(origineel)) {
    // A query runner used after its release is also what a programming error looks like: keep
    // its stack in the log at error level, so such a bug stays as visible as before.
    if ((origineel as { name?: unknown }).name === 'QueryRunnerAlreadyReleasedError') {
      logger.error((origineel as Error).stack ?? String(origineel));
    } else {
      logger.warn(`Database onbereikbaar: ${origineel instanceof Error ? origineel.message : String(origineel)}`);
    }
    return new GraphQLError('De dienst is tijdelijk niet beschikbaar. Probeer het over enkele ogenblikken opnieuw.', {
      ...basis,
      extensions: { code: FoutCode.DIENST_NIET_BESCHIKBAAR },
    });
  }
  logger.error(origineel instanceof Error ? (origineel.stack ?? origineel.message) : String(origineel));
  return new GraphQLError('Er ging intern iets mis. Probeer het later opnieuw; de fout is gelogd.', {
    ...basis,
    extensions: { code: FoutCode.INTERNAL_SERVER_ERROR },
  });
}

/**
 * Fastify or mercurius refused the request before GraphQL ran (body too large, malformed JSON,
 * no query): a 4xx. Mercurius errors that carry their own list of GraphQL errors (validation,
 * depth) are unpacked by formatteerGraphqlAntwoord instead, so their messages stay specific.
 */
function fastifyKlantfout(e: unknown): { statusCode: number } | null {
  const f = e as { statusCode?: unknown; code?: unknown; errors?: unknown } | null | undefined;
  return typeof f?.statusCode === 'number' &&
    f.statusCode >= 400 &&
    f.statusCode < 500 &&
    typeof f.code === 'string' &&
    (f.code.startsWith('FST_') || (f.code.startsWith('MER_ERR_') && !Array.isArray(f.errors)))
    ? { statusCode: f.statusCode }
    : null;
}

export function formatteerGraphqlAntwoord(execution: ExecutionResult): {
  statusCode: number;
  response: ExecutionResult;
} {
  const klantfout = (execution.errors ?? []).map((e) => fastifyKlantfout(e.originalError)).find((f) => f !== null);
  if (klantfout) {
    return {
      statusCode: klantfout.statusCode,
      response: { data: null, errors: (execution.errors ?? []).map(formatteerGraphqlFout) },
    };
  }
  const errors = (execution.errors ?? [])
    .flatMap((e) => {
      // mercurius wraps request validation errors (MER_ERR_GQL_VALIDATION) in one error.
      const binnen = (e.originalError as { errors?: unknown } | undefined)?.errors;
      if (Array.isArray(binnen)) {
        return binnen.map((b: { message?: unknown; locations?: GraphQLError['locations'] }) =>
          b instanceof GraphQLError ? b : new GraphQLError(String(b.message ?? 'Ongeldig verzoek')),
        );
      }
      return [e];
    })
    .map(formatteerGraphqlFout);
  // Request errors (no data at all) get an HTTP status; execution errors keep 200 (GraphQL over HTTP).
  let statusCode = 200;
  if (execution.data === undefined || execution.data === null) {
    const codes = errors.map((e) => e.extensions.code as FoutCode);
    statusCode = codes.length > 0 && codes.every((c) => c === codes[0]) ? (HTTP_STATUS[codes[0]] ?? 500) : 400;
    if (execution.data === null) {
      statusCode = 200;
    }
  }
  if (errors.some((e) => e.extensions.code === FoutCode.TE_VEEL_VERZOEKEN)) {
    statusCode = 429;
  }
  return { statusCode, response: { data: execution.data, errors } };
}
