import { createRequire } from 'node:module';
import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import rateLimit, { type FastifyRateLimitStore, normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type Redis from 'ioredis';
import { BUURTWERK_CONFIG, type BuurtwerkConfig } from '../config/config';
import { DomainError, FoutCode } from '../errors/domain-error';
import { maakRedisVerbinding, sluitRedis, wachtOpRedis } from '../redis/redis';
import { API_VERSIE } from '../rest/api-versie';
import type { RequestMetGebruiker } from './auth.decorators';
import { ApiSleutelService } from './api-sleutel.service';

/** The outcome of one count: allowed or not, and for how long to wait (Retry-After). */
export interface LimietUitkomst {
  toegestaan: boolean;
  wachtSeconden: number;
}

type Limiter = (
  req: FastifyRequest,
) => Promise<
  | { isAllowed: true; key: string }
  | { isAllowed: false; key: string; isExceeded: boolean; ttlInSeconds: number; max: number; remaining: number }
>;

interface Winkel {
  incr(key: string, cb: (e: Error | null, r?: { current: number; ttl: number }) => void, tijd: number, max: number): void;
}
type WinkelMaker<A extends unknown[]> = new (...args: A) => Winkel;

// The plugin's own Redis and in-memory stores (not in its type declarations, but its public files).
const laad = createRequire(__filename);
const RedisWinkel = laad('@fastify/rate-limit/store/RedisStore') as WinkelMaker<[boolean, boolean, Redis, string]>;
const GeheugenWinkel = laad('@fastify/rate-limit/store/LocalStore') as WinkelMaker<[boolean, boolean, number]>;

/**
 * The plugin's Redis store, with its in-memory store as a reserve while Redis is unreachable (as
 * the API-key limit does): the shared limit then holds per instance instead of not at all, and
 * requests never wait for Redis. Keys carry their limiter's name, so one store serves all limiters.
 */
class RedisMetReserve implements Winkel {
  private storing = false;
  constructor(
    private readonly redis: Winkel,
    private readonly reserve: Winkel,
    private readonly logger: Logger,
  ) {}

  incr(key: string, cb: (e: Error | null, r?: { current: number; ttl: number }) => void, tijd: number, max: number): void {
    this.redis.incr(
      key,
      (fout, r) => {
        if (fout) {
          if (!this.storing) {
            this.storing = true;
            this.logger.warn(`Redis is onbereikbaar (${fout.message}): de limiet per IP-adres telt tijdelijk per instantie.`);
          }
          this.reserve.incr(key, cb, tijd, max);
          return;
        }
        if (this.storing) {
          this.storing = false;
          this.logger.log('De limiet per IP-adres telt weer gedeeld via Redis.');
        }
        cb(null, r);
      },
      tijd,
      max,
    );
  }

  child(): this {
    return this;
  }
}

function eersteHeader(h: string | string[] | undefined): string | undefined {
  return Array.isArray(h) ? h[0] : h;
}

/** An API key in the request (X-API-Key, or a Bearer token that is a key), unverified. */
function apiSleutelUit(req: FastifyRequest): string | null {
  const x = eersteHeader(req.headers['x-api-key'])?.trim();
  if (x) {
    return x;
  }
  const m = /^Bearer\s+(bgw_\S+)$/i.exec(eersteHeader(req.headers.authorization) ?? '');
  return m ? m[1] : null;
}

/** Requests the per-IP limit applies to: the API itself (not the web apps' files, health or CORS preflight). */
function isApiVerzoek(req: FastifyRequest): boolean {
  return req.method !== 'OPTIONS' && (req.url.startsWith('/graphql') || req.url.startsWith('/api/'));
}

/**
 * Per-IP limits for callers without a (valid) API key, through the maintained @fastify/rate-limit
 * plugin: its Redis store when REDIS_URL is set (one count for all instances), its in-memory
 * store otherwise. The client's IP is Fastify's `request.ip`, which believes X-Forwarded-For only
 * when TRUST_PROXY names the proxies; IPv6 addresses count per /64 (one household or server).
 *
 * - every request to /graphql and /api/: LIMIET_ANONIEM_PER_MINUUT per minute; above it 429
 *   with Retry-After (GraphQL: an error with code TE_VEEL_VERZOEKEN; REST: problem+json);
 * - every `aanmelden` operation (each aliased root field counts): LIMIET_AANMELDEN_PER_UUR per
 *   hour, checked by the SnelheidslimietGuard of that mutation.
 * Partner systems with a valid API key have their own limit per key (ApiSleutelService).
 */
@Injectable()
export class Snelheidslimieten implements OnApplicationShutdown {
  private readonly logger = new Logger('Snelheidslimiet');
  private readonly redis: Redis | null;
  private anoniem: Limiter | null = null;
  private aanmelden: Limiter | null = null;

  constructor(
    @Inject(BUURTWERK_CONFIG) private readonly config: BuurtwerkConfig,
    private readonly apiSleutels: ApiSleutelService,
  ) {
    this.redis = config.redisUrl ? maakRedisVerbinding(config.redisUrl, 'snelheidslimiet-ip') : null;
  }

  onApplicationShutdown(): void {
    if (this.redis) {
      sluitRedis(this.redis);
    }
  }

  /** Registers the plugin and the per-IP hook; call after CORS, so a 429 still carries CORS headers. */
  async registreer(fastify: FastifyInstance): Promise<void> {
    if (this.redis) {
      await wachtOpRedis(this.redis, 2000);
    }
    const winkel: Winkel = this.redis
      ? new RedisMetReserve(
          new RedisWinkel(false, false, this.redis, `${this.config.redisVoorvoegsel}snelheidslimiet:`),
          new GeheugenWinkel(false, false, 10_000),
          this.logger,
        )
      : Object.assign(new GeheugenWinkel(false, false, 10_000), {
          child: function (this: Winkel) {
            return this;
          },
        });
    await fastify.register(rateLimit, {
      global: false,
      // A constructor the plugin calls once; every limiter below shares this one store.
      store: function () {
        return winkel;
      } as unknown as new () => FastifyRateLimitStore,
    });
    const { anoniemPerMinuut, aanmeldenPerUur } = this.config.snelheidslimiet;
    this.anoniem = fastify.createRateLimit({
      max: anoniemPerMinuut,
      timeWindow: 60_000,
      keyGenerator: (req) => `anoniem:${normalizeIP(req.ip)}`,
      // A valid API key has its own limit per key; an invalid one counts as anonymous.
      allowList: (req) => this.heeftGeldigeApiSleutel(req),
    }) as Limiter;
    this.aanmelden = fastify.createRateLimit({
      max: aanmeldenPerUur,
      timeWindow: 3_600_000,
      keyGenerator: (req) => `aanmelden:${normalizeIP(req.ip)}`,
    }) as Limiter;
    fastify.addHook('onRequest', async (req, reply) => {
      if (!isApiVerzoek(req)) {
        return;
      }
      const uitkomst = await this.tel(this.anoniem!, req);
      if (!uitkomst.toegestaan) {
        await weigerMet429(req, reply, uitkomst.wachtSeconden);
      }
    });
  }

  /** Counts one `aanmelden` of this request's client. */
  telAanmelding(req: FastifyRequest): Promise<LimietUitkomst> {
    if (!this.aanmelden) {
      return Promise.resolve({ toegestaan: true, wachtSeconden: 0 });
    }
    return this.tel(this.aanmelden, req);
  }

  private async tel(limiter: Limiter, req: FastifyRequest): Promise<LimietUitkomst> {
    const r = await limiter(req);
    if (r.isAllowed || !r.isExceeded) {
      return { toegestaan: true, wachtSeconden: 0 };
    }
    return { toegestaan: false, wachtSeconden: Math.max(1, r.ttlInSeconds) };
  }

  /**
   * Verifies the API key once (the AuthGuard then reuses the caller set here); an invalid,
   * revoked or malformed key is not refused here but counted by IP, and refused by the guard.
   */
  private async heeftGeldigeApiSleutel(req: FastifyRequest): Promise<boolean> {
    const sleutel = apiSleutelUit(req);
    if (sleutel === null) {
      return false;
    }
    try {
      const { gebruiker } = await this.apiSleutels.verifieer(sleutel);
      (req as FastifyRequest & RequestMetGebruiker).gebruiker = gebruiker;
      return true;
    } catch {
      return false;
    }
  }
}

const MELDING = 'Te veel verzoeken vanaf dit adres. Probeer het over {s} seconden opnieuw.';

/** 429 with Retry-After: a GraphQL error with a code on /graphql, problem+json elsewhere. */
async function weigerMet429(req: FastifyRequest, reply: FastifyReply, wachtSeconden: number): Promise<void> {
  const melding = MELDING.replace('{s}', String(wachtSeconden));
  void reply.code(429).header('Retry-After', String(wachtSeconden)).header('API-Version', API_VERSIE);
  if (req.url.startsWith('/graphql')) {
    await reply
      .header('content-type', 'application/json; charset=utf-8')
      .send({ data: null, errors: [{ message: melding, extensions: { code: 'TE_VEEL_VERZOEKEN' } }] });
    return;
  }
  await reply.header('content-type', 'application/problem+json').send(
    JSON.stringify({
      type: 'https://buurtwerk.nl/problemen/te-veel-verzoeken',
      title: 'Te veel verzoeken',
      status: 429,
      detail: melding,
      instance: req.url.split('?')[0],
      code: 'TE_VEEL_VERZOEKEN',
    }),
  );
}

/**
 * Counts each `aanmelden` (every aliased root field is one call of this guard) against the
 * per-IP sign-up limit, so that one request or one address cannot flood a meeting with holds
 * or people's mailboxes with confirmation mails (issue 14). Above the limit the operation is
 * refused with TE_VEEL_VERZOEKEN (HTTP 429 with Retry-After).
 */
@Injectable()
export class AanmeldLimietGuard implements CanActivate {
  constructor(private readonly limieten: Snelheidslimieten) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const ctx = GqlExecutionContext.create(context).getContext<{
      req: FastifyRequest;
      reply?: { header: (n: string, w: string) => unknown };
    }>();
    const { toegestaan, wachtSeconden } = await this.limieten.telAanmelding(ctx.req);
    if (!toegestaan) {
      ctx.reply?.header('Retry-After', String(wachtSeconden));
      throw new DomainError(
        FoutCode.TE_VEEL_VERZOEKEN,
        `Er zijn vanaf dit adres te veel aanmeldingen gedaan. Probeer het over ${Math.ceil(wachtSeconden / 60)} minuten opnieuw.`,
      );
    }
    return true;
  }
}
