/**
 * Automatic persisted queries (APQ) for the web apps, as mercurius implements Apollo's protocol:
 * the client first sends only `extensions.persistedQuery { version: 1, sha256Hash }`; when the
 * server does not know the hash it answers PERSISTED_QUERY_NOT_FOUND and the client sends the
 * query together with the hash once, which the server checks and remembers (per process, in a
 * bounded LRU, so a flood of distinct queries cannot grow memory).
 *
 * The web apps' own operations are registered at build time (issue 19, point 8): `npm run
 * web:build` writes dist/web/<app>/persisted-queries.json (SHA-256 → text, apps/web-gedeeld/
 * vite.mts) and the API knows those hashes from its start, so an app's first request of an
 * operation succeeds without the PERSISTED_QUERY_NOT_FOUND round trip. Other clients keep APQ.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import mercurius from 'mercurius';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { formatteerGraphqlAntwoord, projectPad } from '@buurtwerk/core';

/** How many distinct queries each API process remembers. */
export const PERSISTED_QUERY_CACHE = 1000;

/** The manifest each web build writes (apps/web-gedeeld/vite.mts, PERSISTED_QUERIES_BESTAND). */
export const PERSISTED_QUERIES_BESTAND = 'persisted-queries.json';

/**
 * The operations of the built web apps under `webMap` (one folder per app), by SHA-256 of their
 * text. An entry whose hash does not fit its text is skipped: the manifest cannot make the API
 * run a query under another query's hash.
 */
export function leesGeregistreerdeQueries(webMap: string = projectPad('dist', 'web')): Map<string, string> {
  const bekend = new Map<string, string>();
  if (!existsSync(webMap)) {
    return bekend;
  }
  for (const app of readdirSync(webMap)) {
    const bestand = path.join(webMap, app, PERSISTED_QUERIES_BESTAND);
    if (!existsSync(bestand)) {
      continue;
    }
    const manifest = JSON.parse(readFileSync(bestand, 'utf8')) as Record<string, unknown>;
    for (const [hash, tekst] of Object.entries(manifest)) {
      if (typeof tekst === 'string' && createHash('sha256').update(tekst, 'utf8').digest('hex') === hash) {
        bekend.set(hash, tekst);
      } else {
        new Logger('PersistedQueries').warn(`${bestand}: ${hash.slice(0, 16)}… hoort niet bij zijn query; overgeslagen.`);
      }
    }
  }
  return bekend;
}

/**
 * One cache per app instance (a process normally has one), with the web apps' operations known
 * from the start. The manifests are read at the first persisted request, so a build made after
 * the provider was created (as the browser tests do) is seen too.
 */
export function maakPersistedQueryProvider(webMap?: string): ReturnType<typeof mercurius.persistedQueryDefaults.automatic> {
  const automatisch = mercurius.persistedQueryDefaults.automatic(PERSISTED_QUERY_CACHE);
  let geregistreerd: Map<string, string> | null = null;
  return {
    ...automatisch,
    getQueryFromHash: async (hash: string) => {
      geregistreerd ??= leesGeregistreerdeQueries(webMap);
      return geregistreerd.get(hash) ?? automatisch.getQueryFromHash(hash);
    },
  };
}

/**
 * Mercurius' persisted-query refusals, as APQ clients expect them. The message of the first two
 * is a protocol token that clients (Apollo, ours) match on, so it stays English.
 */
const APQ_FOUTEN: Record<string, { message: string; code: string }> = {
  MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND: { message: 'PersistedQueryNotFound', code: 'PERSISTED_QUERY_NOT_FOUND' },
  MER_ERR_GQL_PERSISTED_QUERY_NOT_SUPPORTED: { message: 'PersistedQueryNotSupported', code: 'PERSISTED_QUERY_NOT_SUPPORTED' },
  MER_ERR_GQL_PERSISTED_QUERY_MISMATCH: {
    message: 'De sha256Hash in extensions.persistedQuery hoort niet bij de meegestuurde query.',
    code: 'BAD_USER_INPUT',
  },
};

/** The one GraphQL error mapping of core, plus the persisted-query answers (HTTP 400, no data). */
export function formatteerMetPersistedQueries(execution: ExecutionResult): ReturnType<typeof formatteerGraphqlAntwoord> {
  for (const fout of execution.errors ?? []) {
    const code = (fout.originalError as { code?: unknown } | undefined)?.code;
    const apq = typeof code === 'string' ? APQ_FOUTEN[code] : undefined;
    if (apq) {
      return {
        statusCode: 400,
        response: { data: null, errors: [new GraphQLError(apq.message, { extensions: { code: apq.code } })] },
      };
    }
  }
  return formatteerGraphqlAntwoord(execution);
}

/** A hash-only request has no `query`; app.factory's check for a textual query lets it through. */
export function isPersistedQueryVerzoek(verzoek: unknown): boolean {
  const v = verzoek as { query?: unknown; extensions?: { persistedQuery?: unknown } } | null | undefined;
  const pq = v?.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  return v?.query === undefined && typeof pq === 'object' && pq !== null && typeof pq.sha256Hash === 'string';
}
