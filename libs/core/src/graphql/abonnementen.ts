import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import mqemitter from 'mqemitter';
import mqemitterRedis from 'mqemitter-redis';
import type { BuurtwerkConfig } from '../config/config';
import { maakRedisVerbinding, sluitRedis } from '../redis/redis';
import type { GqlContext } from './loaders';

type Emitter = ReturnType<typeof mqemitter>;
type Bericht = Parameters<Emitter['emit']>[0];
type Luisteraar = (bericht: Bericht, klaar: () => void) => void;

/** How many undelivered messages one subscriber may have before the oldest are dropped. */
const MAX_WACHTRIJ = 1000;

/**
 * Checks the credentials of a WebSocket connection_init payload (headers as the AuthGuard reads
 * them); throws when they are invalid. `verlooptOp`: when the sign-in stops being valid (ms).
 */
export type Verbindingscontrole = (koppen: Record<string, string>) => Promise<{ verlooptOp: number | null }>;

/** graphql-transport-ws close code for a connection whose sign-in is (no longer) valid. */
export const SLUITCODE_NIET_INGELOGD = 4401;

interface Sluitbaar {
  close(code?: number, reden?: string): void;
  once(gebeurtenis: 'close', f: () => void): unknown;
}

/** The header-like fields of a connection_init payload (`{ authorization }` or `{ headers: { ... } }`), keys in lower case. */
function koppenVan(payload: unknown): Record<string, string> {
  const p = (payload ?? {}) as Record<string, unknown>;
  const bron = typeof p.headers === 'object' && p.headers !== null ? (p.headers as Record<string, unknown>) : p;
  const koppen: Record<string, string> = {};
  for (const [sleutel, waarde] of Object.entries(bron)) {
    if (typeof waarde === 'string') {
      koppen[sleutel.toLowerCase()] = waarde;
    }
  }
  return koppen;
}

/**
 * Pub/sub of GraphQL subscriptions. With REDIS_URL it goes through Redis (mqemitter-redis), so a
 * change made through one API instance reaches subscribers on every instance; without it, it
 * stays in this process. Channels carry the configured prefix, so deployments and test runs
 * sharing one Redis never see each other's messages.
 *
 * Created once in AppModule.register: Mercurius gets the same emitter for its WebSocket route.
 */
export class AbonnementenBus implements OnApplicationShutdown {
  private readonly logger = new Logger('Abonnementen');
  readonly emitter: Emitter;
  private readonly verbindingen: Redis[] = [];
  private readonly voorvoegsel: string;
  private actief = 0;
  private controle: Verbindingscontrole | null = null;
  private readonly bewaakt = new WeakSet<object>();

  constructor(config: Pick<BuurtwerkConfig, 'redisUrl' | 'redisVoorvoegsel'>) {
    this.voorvoegsel = config.redisVoorvoegsel;
    if (config.redisUrl) {
      // Publishing never waits for Redis (an outage loses live updates, not requests);
      // subscribing waits until Redis is back, so no subscription silently misses messages.
      const pub = maakRedisVerbinding(config.redisUrl, 'pubsub-uit');
      const sub = maakRedisVerbinding(config.redisUrl, 'pubsub-in', {
        enableOfflineQueue: true,
        maxRetriesPerRequest: null,
        commandTimeout: undefined,
      });
      this.verbindingen.push(pub, sub);
      const emitter = mqemitterRedis({ pubConn: pub, subConn: sub });
      // The connections log their own outages; without a listener this EventEmitter would throw.
      (emitter as unknown as { state: { on: (e: string, f: (err: Error) => void) => void } }).state.on('error', () => undefined);
      this.emitter = emitter;
    } else {
      this.emitter = mqemitter();
    }
  }

  /** Number of subscriptions of this instance that are listening (for tests and monitoring). */
  get aantalActief(): number {
    return this.actief;
  }

  /** Set once at start-up (app.factory): how connection_init credentials are checked. */
  gebruikVerbindingscontrole(controle: Verbindingscontrole): void {
    this.controle = controle;
  }

  /** Options for Mercurius: WebSocket subscriptions on this bus, a fresh context per connection. */
  mercuriusOpties() {
    return {
      emitter: this.emitter,
      // The WebSocket upgrade request is the `req` of every operation on the connection; the
      // global AuthGuard identifies the caller from its headers, to which Mercurius adds the
      // fields of the connection_init payload ({ authorization: 'Bearer ...' }) — a browser
      // cannot set headers on a WebSocket. The socket is kept to close it when the sign-in expires.
      context: (socket: unknown, request: GqlContext['req']): GqlContext & { verbinding: unknown } => ({
        req: request,
        loaders: new Map(),
        verbinding: socket,
      }),
      // Credentials are checked at connection_init, not only at the first subscribe: an invalid
      // or expired token is refused before the connection is acknowledged (issue 14).
      onConnect: async (bericht: { payload?: unknown }): Promise<boolean | { tokenVerlooptOp: number }> => {
        const p = bericht.payload;
        if (p === undefined || p === null) {
          return true;
        }
        if (typeof p !== 'object' || Array.isArray(p)) {
          return false;
        }
        if (!Object.values(p as Record<string, unknown>).every((v) => typeof v === 'string' || typeof v === 'object')) {
          return false;
        }
        const koppen = koppenVan(p);
        if (!this.controle || (koppen.authorization === undefined && koppen['x-api-key'] === undefined)) {
          return true;
        }
        try {
          const { verlooptOp } = await this.controle(koppen);
          return verlooptOp === null ? true : { tokenVerlooptOp: verlooptOp };
        } catch (e) {
          this.logger.debug(`WebSocket-verbinding geweigerd: ${e instanceof Error ? e.message : String(e)}`);
          return false;
        }
      },
      keepAlive: 30_000,
    };
  }

  /**
   * Closes the connection of a subscription when the token it signed in with expires (close
   * code 4401, as graphql-transport-ws uses for unauthorised), so a long-running subscription
   * never outlives its sign-in. `context` is the subscription's Mercurius context.
   */
  bewaakVerloop(context: { verbinding?: unknown; tokenVerlooptOp?: unknown }): void {
    const socket = context.verbinding as Sluitbaar | undefined;
    const verlooptOp = context.tokenVerlooptOp;
    if (!socket || typeof verlooptOp !== 'number' || this.bewaakt.has(socket)) {
      return;
    }
    this.bewaakt.add(socket);
    const sluit = (): void => socket.close(SLUITCODE_NIET_INGELOGD, 'Het token is verlopen. Log opnieuw in.');
    const wacht = verlooptOp - Date.now();
    if (wacht <= 0) {
      sluit();
      return;
    }
    // setTimeout holds at most about 24.8 days; a token never lives that long, but stay safe.
    const timer = setTimeout(sluit, Math.min(wacht, 2 ** 31 - 1));
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  }

  /** Publishes a JSON-serialisable message; failures (Redis down) are logged, never thrown. */
  publiceer(onderwerp: string, payload: unknown): void {
    this.emitter.emit({ topic: this.voorvoegsel + onderwerp, payload }, (e) => {
      if (e) {
        this.logger.warn(`Live-bericht ${onderwerp} niet verstuurd: ${e.message}`);
      }
    });
  }

  /**
   * The messages on `onderwerp` for which `past` holds, as an async iterator for a GraphQL
   * subscription. Resolves once the subscription listens (with Redis: once Redis confirmed it),
   * so nothing published after that is missed. `return()` (client stops, socket closes) unsubscribes.
   */
  async abonneer<T>(onderwerp: string, past: (bericht: T) => boolean): Promise<AsyncIterableIterator<T>> {
    const topic = this.voorvoegsel + onderwerp;
    const wachtrij: T[] = [];
    let wachtend: ((r: IteratorResult<T>) => void) | null = null;
    let gesloten = false;
    const luisteraar: Luisteraar = (bericht, klaar) => {
      klaar();
      const waarde = bericht.payload as T;
      if (gesloten || !past(waarde)) {
        return;
      }
      if (wachtend) {
        const w = wachtend;
        wachtend = null;
        w({ value: waarde, done: false });
      } else {
        wachtrij.push(waarde);
        if (wachtrij.length > MAX_WACHTRIJ) {
          wachtrij.shift();
        }
      }
    };
    await new Promise<void>((klaar) => this.emitter.on(topic, luisteraar, klaar));
    this.actief += 1;
    const sluit = (): IteratorResult<T> => {
      if (!gesloten) {
        gesloten = true;
        this.actief -= 1;
        this.emitter.removeListener(topic, luisteraar);
        wachtrij.length = 0;
        wachtend?.({ value: undefined, done: true });
        wachtend = null;
      }
      return { value: undefined, done: true };
    };
    const iterator: AsyncIterableIterator<T> = {
      next: () => {
        if (wachtrij.length > 0) {
          return Promise.resolve({ value: wachtrij.shift()!, done: false });
        }
        if (gesloten) {
          return Promise.resolve({ value: undefined, done: true });
        }
        return new Promise((r) => {
          wachtend = r;
        });
      },
      return: () => Promise.resolve(sluit()),
      throw: (e: unknown) => {
        sluit();
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  onApplicationShutdown(): void {
    if (this.verbindingen.length > 0) {
      // mqemitter-redis' close() waits for QUIT, which never comes while Redis is down.
      this.verbindingen.forEach(sluitRedis);
    } else {
      this.emitter.close(() => undefined);
    }
  }
}
