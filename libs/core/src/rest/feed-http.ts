import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_VERSIE } from './api-versie';

/**
 * HTTP caching of the open REST feeds (RFC 9110, RFC 9111): every 200 answer of a GET on
 * /api/v1/ gets a validator (`ETag`, `Last-Modified`), `Cache-Control` and `Vary: Accept` (the
 * format follows `Accept`), and a conditional GET is answered 304 without a body.
 *
 * The answer is still built, then compared: a 304 saves the transfer, not the queries. The
 * ETag is a hash of the body (weak, because gzip and br variants of one body differ in bytes).
 * Last-Modified is when this instance first sent the current body of this URL and format: the
 * feeds mix rows, counts and deletions, so no column tells reliably when an answer last
 * changed, and a date that is too early would answer 304 to a changed feed. A new body always
 * gets a later date than the one before it (at least a second later, the resolution of HTTP
 * dates), so If-Modified-Since never hides a change; another instance or a restart only makes
 * the date later, which costs a full answer, never a wrong 304.
 */
export const FEED_CACHE_SECONDEN = 60;

/** URLs (with format) remembered for Last-Modified; beyond this the oldest is forgotten. */
const MAX_ONTHOUDEN = 2000;

interface Versie {
  etag: string;
  /** Last-Modified in whole seconds (ms since 1970, a multiple of 1000). */
  sinds: number;
}

export function registreerFeedCaching(fastify: FastifyInstance, nu: () => number = Date.now): void {
  const versies = new Map<string, Versie>();
  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      !request.url.startsWith('/api/v1/') ||
      reply.statusCode !== 200 ||
      // Personal answers (the download of one's own data) say no-store themselves.
      reply.hasHeader('cache-control') ||
      (typeof payload !== 'string' && !Buffer.isBuffer(payload))
    ) {
      return payload;
    }
    const etag = `W/"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
    const sleutel = `${request.url} ${String(reply.getHeader('content-type') ?? '')}`;
    let versie = versies.get(sleutel);
    if (versie?.etag !== etag) {
      // Whole seconds (HTTP dates); a second body within the same second gets the next one.
      const seconde = Math.floor(nu() / 1000) * 1000;
      versie = { etag, sinds: versie ? Math.max(seconde, versie.sinds + 1000) : seconde };
    }
    versies.delete(sleutel);
    versies.set(sleutel, versie);
    if (versies.size > MAX_ONTHOUDEN) {
      versies.delete(versies.keys().next().value!);
    }
    void reply
      .header('etag', etag)
      .header('last-modified', new Date(versie.sinds).toUTCString())
      .header('cache-control', `public, max-age=${FEED_CACHE_SECONDEN}`)
      .header('vary', metVary(reply.getHeader('vary'), 'Accept'));
    if (!ongewijzigd(request, etag, versie.sinds)) {
      return payload;
    }
    void reply.code(304).removeHeader('content-type').removeHeader('content-length').removeHeader('content-disposition');
    return null;
  });
}

/** Adds a field to Vary without dropping what is there (CORS varies on Origin). */
function metVary(bestaand: unknown, veld: string): string {
  const velden = (Array.isArray(bestaand) ? bestaand.join(',') : typeof bestaand === 'string' ? bestaand : '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return velden.some((v) => v.toLowerCase() === veld.toLowerCase() || v === '*')
    ? velden.join(', ')
    : [...velden, veld].join(', ');
}

/** RFC 9110 13.2.2: If-None-Match first (weak comparison); If-Modified-Since only without it. */
function ongewijzigd(request: FastifyRequest, etag: string, sinds: number): boolean {
  const inm = request.headers['if-none-match'];
  if (inm !== undefined) {
    const zonderW = (e: string) => e.trim().replace(/^W\//, '');
    return inm.trim() === '*' || inm.split(',').some((e) => zonderW(e) === zonderW(etag));
  }
  const ims = request.headers['if-modified-since'];
  const datum = ims === undefined ? NaN : Date.parse(ims);
  return !Number.isNaN(datum) && sinds <= datum;
}

/** The methods of a read-only feed (HEAD with every GET, OPTIONS for CORS preflight). */
export const FEED_METHODEN = 'GET, HEAD, OPTIONS';

/**
 * RFC 9110 15.5.6: a method the resource does not support is 405 with `Allow`, not 404 (the
 * resource exists). For the given paths (Fastify syntax, `:param`), as problem+json. Answered
 * on arrival, before any body is read: whatever a POST carries, the answer is the same.
 */
export function registreerAlleenLezen(fastify: FastifyInstance, paden: readonly string[]): void {
  const patronen = paden.map((pad) => {
    const delen = pad.split('/').map((deel) => (deel.startsWith(':') ? '[^/]+' : deel.replace(/[^A-Za-z0-9_-]/g, '\\$&')));
    return new RegExp(`^${delen.join('/')}$`);
  });
  fastify.addHook('onRequest', async (request, reply) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
      return;
    }
    const pad = request.url.split('?')[0];
    if (!patronen.some((p) => p.test(pad))) {
      return;
    }
    await reply
      .code(405)
      .header('allow', FEED_METHODEN)
      .header('content-type', 'application/problem+json')
      .header('API-Version', API_VERSIE)
      .send({
        type: 'https://buurtwerk.nl/problemen/http-405',
        title: 'Methode niet toegestaan',
        status: 405,
        detail: `Deze bron kan alleen worden gelezen (${FEED_METHODEN}), niet gewijzigd met ${request.method}.`,
        instance: pad,
        code: 'HTTP_405',
      });
  });
}
