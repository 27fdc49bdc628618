import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { API_VERSIE } from './api-versie';

/**
 * Requests Fastify refuses before routing, so before Nest and its ProbleemFilter: a path that is
 * no valid percent-encoding (`%ED%A0%80`, a lone surrogate; `%zz`), a path parameter longer than
 * the router allows, and on the socket a header section over Node's limit or a request that is no
 * HTTP. Fastify answers those with its own JSON; these answer them as problem+json with
 * API-Version, like every other REST error (NLGov ADR; issue 9, REST fuzzing).
 */
const MELDINGEN: Record<number, { titel: string; detail: string }> = {
  400: { titel: 'Ongeldig verzoek', detail: 'Het verzoek kon niet worden gelezen: het adres bevat een ongeldige codering.' },
  408: { titel: 'Verzoek verlopen', detail: 'Het verzoek kwam niet op tijd binnen.' },
  414: { titel: 'Adres te lang', detail: 'Het adres van het verzoek is te lang.' },
  431: { titel: 'Headers te groot', detail: 'De headers van het verzoek zijn te groot.' },
  500: { titel: 'Interne fout', detail: 'Er ging intern iets mis. Probeer het later opnieuw; de fout is gelogd.' },
};

function probleemTekst(status: number, instance: string): string {
  const m = MELDINGEN[status] ?? MELDINGEN[400];
  const code = `HTTP_${status}`;
  return JSON.stringify({
    type: `https://buurtwerk.nl/problemen/${code.toLowerCase().replace(/_/g, '-')}`,
    title: m.titel,
    status,
    detail: m.detail,
    instance,
    code,
  });
}

/** Fastify's `frameworkErrors`: FST_ERR_BAD_URL and FST_ERR_MAX_PARAM_LENGTH (and async route constraints). */
export function frameworkFoutAlsProbleem(fout: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = fout.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : fout.code === 'FST_ERR_BAD_URL' ? 400 : 500;
  if (status === 500) {
    request.log.error(fout);
  }
  // The raw path, cut at the query; it could not be decoded, so it is returned as received.
  const instance = (request.raw.url ?? '/').split('?')[0].slice(0, 2000);
  void reply
    .code(status)
    .header('content-type', 'application/problem+json')
    .header('API-Version', API_VERSIE)
    .send(probleemTekst(status, instance));
}

/** Fastify's `clientErrorHandler`: errors on the socket before a request exists (as Fastify's default, as problem+json). */
export function clientFoutAlsProbleem(fout: Error & { code?: string }, socket: Socket): void {
  if (fout.code === 'ECONNRESET' || socket.destroyed) {
    return;
  }
  const status = fout.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : fout.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  // No request could be read, so the occurrence gets its own identifier instead of a path.
  const body = probleemTekst(status, `urn:uuid:${randomUUID()}`);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\nAPI-Version: ${API_VERSIE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(fout);
}
