/**
 * Broken database connections must never end the process (issue 15).
 *
 * When PostgreSQL cuts a connection (restart, failover, `pg_terminate_backend`: SQLSTATE 57P01)
 * its pg client emits 'error', and Node ends the process on an 'error' event nobody listens
 * to. pg-pool leaves such a gap: it removes its own listener when it hands a new client out, and
 * TypeORM attaches its listener a microtask later. When the server's last start-up message and
 * its termination arrive in one TCP packet, pg emits the error inside that gap and the process
 * dies (reproduced by apps/api/test/verbindingsstorm.e2e-spec.ts). So every client gets a
 * listener of its own from the moment it exists. pg-pool and TypeORM still see the error as
 * before and discard the connection; the request that used it answers DIENST_NIET_BESCHIKBAAR
 * (see isDatabaseOnbereikbaar) and the next one gets a new connection.
 */
import { Logger } from '@nestjs/common';
import { Client, type ClientConfig, type Pool } from 'pg';

const logger = new Logger('Database');

/** Logs a broken connection once, without connection details (the URL can hold a password). */
export function meldVerbindingsfout(e: unknown): void {
  const code = (e as { code?: unknown } | null)?.code;
  const bericht = e instanceof Error ? e.message : String(e);
  logger.warn(`Databaseverbinding verbroken${typeof code === 'string' ? ` (${code})` : ''}: ${bericht}`);
}

/** One line per broken connection: pg often reports the cut twice (the server's message, then the socket's end). */
function eenmaalPerVerbinding(): (e: unknown) => void {
  let gemeld = false;
  return (e) => {
    if (!gemeld) {
      gemeld = true;
      meldVerbindingsfout(e);
    }
  };
}

/**
 * A pg Client with an 'error' listener from its constructor on. Pools create their connections
 * with it (`extra.Client` in dataSourceOptions, `Client` in a pg Pool's options).
 */
export class BewaakteClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', eenmaalPerVerbinding());
  }
}

/**
 * For a pg Client or Pool made elsewhere (a one-off administrative connection, a library's own
 * pool): a listener on the object itself and, for a pool, on every client it creates. Prefer
 * `Client: BewaakteClient` in a pool's options: a pool's 'connect' event comes when the client is
 * handed out, which covers the same gap, but only for clients created after this call.
 */
export function bewaakVerbinding<T extends Client | Pool>(verbinding: T): T {
  if (verbinding instanceof Client) {
    verbinding.on('error', eenmaalPerVerbinding());
    return verbinding;
  }
  // A pool re-emits its idle clients' errors, already logged by the client's own listener.
  verbinding.on('error', () => undefined);
  verbinding.on('connect', (client) => {
    if (!(client instanceof BewaakteClient)) {
      client.on('error', eenmaalPerVerbinding());
    }
  });
  return verbinding;
}
