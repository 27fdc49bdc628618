/**
 * The one way the web apps talk to Buurtwerk: POST to the public GraphQL API with a typed
 * document (each app generates its documents' types with graphql-codegen from
 * apps/api/schema.graphql). Errors come back as ApiFout with the API's own Dutch message and its
 * per-field details, so the apps never invent rules of their own. What a person sees of an error
 * is made in fouten.ts (plain Dutch at the field, never the raw API text).
 */
import { ApiFout, type VeldFout } from './apifout';
import { nieuweApqStaat, verstuurMetApq } from './apq';
import { huidigToken } from './sessie';

export const API_URL: string = (import.meta.env.VITE_BUURTWERK_API as string | undefined) ?? '/graphql';

/**
 * A query text that carries its result and variable types: what graphql-codegen's client preset
 * (string mode) generates as TypedDocumentString, described structurally so this folder does
 * not depend on one app's generated code.
 */
export interface GetypeerdDocument<T, V> {
  __apiType?: (variables: V) => T;
  toString(): string;
}

/** A hand-typed document, for the few operations this shared folder needs itself. */
export function document<T, V = Record<string, never>>(tekst: string): GetypeerdDocument<T, V> {
  return { toString: () => tekst };
}

export { ApiFout, type VeldFout } from './apifout';

interface Antwoord<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; velden?: VeldFout[] } }>;
}

/** Automatic persisted queries: queries go as a hash once the API knows them (see apq.ts). */
const apq = nieuweApqStaat();

export async function vraag<T, V>(document: GetypeerdDocument<T, V>, variabelen?: V): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = huidigToken();
  if (token) {
    headers.authorization = `Bearer ${token}`;
  }
  let res: Response;
  try {
    res = await verstuurMetApq(
      apq,
      (body) => fetch(API_URL, { method: 'POST', headers, body: JSON.stringify(body) }),
      document.toString(),
      variabelen,
    );
  } catch {
    throw new ApiFout('Buurtwerk is nu niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.', 'NETWERK');
  }
  let body: Antwoord<T>;
  try {
    body = (await res.json()) as Antwoord<T>;
  } catch {
    throw new ApiFout(`Buurtwerk gaf een onverwacht antwoord (status ${res.status}). Probeer het later opnieuw.`, null);
  }
  const fout = body.errors?.[0];
  if (fout) {
    throw new ApiFout(fout.message, fout.extensions?.code ?? null, fout.extensions?.velden ?? []);
  }
  if (!body.data) {
    throw new ApiFout('Buurtwerk gaf geen gegevens terug. Probeer het later opnieuw.', null);
  }
  return body.data;
}
