import type { FastifyInstance } from 'fastify';

/** Full semantic version of the REST API (NLGov ADR API-57); the major version is in the path. */
export const API_VERSIE = '1.0.0';

/**
 * Adds `API-Version` to every response, and open CORS on the public REST feeds and the OpenAPI
 * document (anyone may read them; they hold no personal data).
 */
export function registreerApiHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('API-Version', API_VERSIE);
    if (request.url.startsWith('/api/')) {
      void reply.header('Access-Control-Allow-Origin', '*');
      void reply.header('Access-Control-Expose-Headers', 'API-Version, Link, ETag');
    }
  });
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method === 'OPTIONS' && request.url.startsWith('/api/')) {
      await reply
        .header('Access-Control-Allow-Origin', '*')
        .header('Access-Control-Allow-Methods', 'GET, OPTIONS')
        .header(
          'Access-Control-Allow-Headers',
          'Accept, Authorization, X-API-Key, Content-Type, If-None-Match, If-Modified-Since',
        )
        // Browsers may reuse the preflight for ten minutes (as /graphql's), not ask before every GET.
        .header('Access-Control-Max-Age', '600')
        .header('API-Version', API_VERSIE)
        .status(204)
        .send();
    }
  });
}
