/**
 * Per request: may its reads be served by a read replica (DATABASE_READ_URLS)? See
 * libs/core/src/database/leesreplica.ts for the rule; this file attaches it to the requests.
 */
import type { FastifyInstance } from 'fastify';
import { type DocumentNode, Kind } from 'graphql';
import { binnenLeesroute, huidigeLeesroute } from '@buurtwerk/core';

/**
 * Gives every request its own read route. preValidation runs after the body is read, so the
 * route's guards, handler and resolvers all run inside it (a request body is read in another
 * async context, which an earlier hook would not reach). A REST GET only reads; whether a
 * GraphQL request only reads is known once its document is parsed (markeerGraphqlLeesroute).
 */
export function registreerLeesroute(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', (request, _reply, klaar) => {
    const alleenLezen = request.routeOptions.url !== '/graphql' && (request.method === 'GET' || request.method === 'HEAD');
    binnenLeesroute({ replicaToegestaan: alleenLezen, schrijft: false }, () => klaar());
  });
}

/**
 * Mercurius preExecution hook: a document of queries only may read from a replica; a mutation
 * (or a subscription) reads from the primary, so it sees what it has just written.
 */
export function markeerGraphqlLeesroute(_schema: unknown, document: DocumentNode): void {
  const route = huidigeLeesroute();
  if (route === undefined) {
    return;
  }
  const alleenQueries = document.definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || d.operation === 'query');
  if (alleenQueries) {
    route.replicaToegestaan = true;
  } else {
    route.schrijft = true;
  }
}
