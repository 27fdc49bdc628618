/**
 * Automatic persisted queries (APQ), the protocol of Apollo as the API (mercurius) implements it:
 *
 * 1. send only the query's SHA-256 as `extensions.persistedQuery { version: 1, sha256Hash }`;
 * 2. if the API does not know it yet (error code PERSISTED_QUERY_NOT_FOUND), send the query
 *    with the same hash once: the API checks that the hash fits and remembers the query;
 * 3. if the API does not do persisted queries (PERSISTED_QUERY_NOT_SUPPORTED), send full
 *    queries from then on.
 *
 * After the first round a request carries a 64-character hash instead of a query of kilobytes.
 * Browsers compute SHA-256 only on https or localhost (crypto.subtle); elsewhere the full query
 * is sent, as before. No DOM types here, so the API's tests can run this code against the server.
 */

/** Sends one GraphQL request body (JSON) to the API. */
export type Verstuur = (body: Record<string, unknown>) => Promise<Response>;

export interface ApqStaat {
  /** False once the API said it does not support persisted queries. */
  ondersteund: boolean;
  /** The hash of every query text seen (a web app has a fixed, small set of documents). */
  hashes: Map<string, Promise<string | null>>;
}

export function nieuweApqStaat(): ApqStaat {
  return { ondersteund: true, hashes: new Map() };
}

/** Lower-case hex SHA-256 of the UTF-8 text, or null where the browser offers no crypto.subtle. */
export async function sha256Hex(tekst: string): Promise<string | null> {
  const subtle = (globalThis as { crypto?: { subtle?: { digest(alg: string, data: Uint8Array): Promise<ArrayBuffer> } } }).crypto
    ?.subtle;
  if (!subtle) {
    return null;
  }
  try {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(tekst));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

/** The APQ error code of an answer, if it is one (the API answers those with HTTP 400). */
async function apqFoutcode(res: Response): Promise<string | null> {
  if (res.ok) {
    return null;
  }
  try {
    const body = (await res.clone().json()) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    const code = body.errors?.[0]?.extensions?.code;
    return code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'PERSISTED_QUERY_NOT_SUPPORTED' ? code : null;
  } catch {
    return null;
  }
}

/** Sends a query (or mutation) hash-first; returns the API's final answer. */
export async function verstuurMetApq(staat: ApqStaat, verstuur: Verstuur, query: string, variables: unknown): Promise<Response> {
  let hash: Promise<string | null> | undefined = staat.hashes.get(query);
  if (hash === undefined) {
    hash = sha256Hex(query);
    staat.hashes.set(query, hash);
  }
  const sha256Hash = staat.ondersteund ? await hash : null;
  if (sha256Hash === null) {
    return verstuur({ query, variables });
  }
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  const eerst = await verstuur({ variables, extensions });
  const code = await apqFoutcode(eerst);
  if (code === null) {
    return eerst;
  }
  if (code === 'PERSISTED_QUERY_NOT_SUPPORTED') {
    staat.ondersteund = false;
    return verstuur({ query, variables });
  }
  return verstuur({ query, variables, extensions });
}
