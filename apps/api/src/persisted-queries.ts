/**
 * Automatic persisted queries (APQ) for the web apps, as mercurius implements Apollo's protocol:
 * the client first sends only `extensions.persistedQuery { version: 1, sha256Hash }`; when the
 * server does not know the hash it answers PERSISTED_QUERY_NOT_FOUND and the client sends the
 * query together with the hash once, which the server checks and remembers (per process, in a
 * bounded LRU, so a flood of distinct queries cannot grow memory).
 */
import mercurius from 'mercurius';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { formatteerGraphqlAntwoord } from '@buurtwerk/core';

/** How many distinct queries each API process remembers. */
export const PERSISTED_QUERY_CACHE = 1000;

/** One cache per app instance (a process normally has one). */
export function maakPersistedQueryProvider(): ReturnType<typeof mercurius.persistedQueryDefaults.automatic> {
  return mercurius.persistedQueryDefaults.automatic(PERSISTED_QUERY_CACHE);
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
