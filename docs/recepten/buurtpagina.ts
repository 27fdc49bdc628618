/**
 * Recipe: a frontend team builds a buurt page on the API with graphql-codegen typed documents
 * and persisted queries. The query below is typed by `graphql-codegen` (client preset, config
 * in buurtpagina.codegen.yml, output in buurtpagina-gql/); it is sent as an automatic persisted
 * query: first only its SHA-256, the full text only when the server does not know it yet.
 * Only public HTTP: POST /graphql. See buurtpagina.md.
 *
 *   BUURTWERK_API=https://api.buurtwerk.heerlen.nl BUURTCODE=BU09171000 npx ts-node docs/recepten/buurtpagina.ts
 */
import { createHash } from 'node:crypto';
import { graphql } from './buurtpagina-gql';
import type { BuurtpaginaQuery, BuurtpaginaQueryVariables } from './buurtpagina-gql/graphql';

export const BuurtpaginaDocument = graphql(`
  query Buurtpagina($code: String!, $vanaf: DateTime) {
    buurt(code: $code) {
      code
      naam
      inwoners
      wijk {
        naam
      }
      activiteiten(vanaf: $vanaf, first: 10) {
        totalCount
        edges {
          node {
            id
            titel
            begin
            geannuleerd
          }
        }
      }
      initiatieven(first: 10) {
        totalCount
        edges {
          node {
            id
            titel
            status
          }
        }
      }
    }
  }
`);

/** A typed document as the client preset makes it in string mode: its text, its types and its hash. */
interface TypedDocument<R, V> {
  toString(): string;
  __meta__?: Record<string, unknown>;
  /** Only for the types: never set. */
  __apiType?: (variables: V) => R;
}

export interface Verzoek {
  /** `hash`: the server knew the query by its hash; `tekst`: it had to be sent once in full. */
  soort: 'hash' | 'tekst';
}

/**
 * Sends a typed document as an automatic persisted query (Apollo's APQ protocol, which the API
 * speaks): `extensions.persistedQuery { version: 1, sha256Hash }` without the query; on
 * PERSISTED_QUERY_NOT_FOUND the query once more with its text, which the server remembers.
 */
export async function vraag<R, V extends Record<string, unknown>>(
  api: string,
  document: TypedDocument<R, V>,
  variables: V,
  log: Verzoek[] = [],
): Promise<R> {
  const query = document.toString();
  const sha256Hash = createHash('sha256').update(query, 'utf8').digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  const stuur = async (body: Record<string, unknown>) => {
    const res = await fetch(new URL('/graphql', api), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await res.json()) as { data?: R; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  };
  let antwoord = await stuur({ variables, extensions });
  log.push({ soort: 'hash' });
  if (
    antwoord.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND' || e.message === 'PersistedQueryNotFound')
  ) {
    antwoord = await stuur({ query, variables, extensions });
    log[log.length - 1] = { soort: 'tekst' };
  }
  if (antwoord.errors?.length || !antwoord.data) {
    throw new Error(`GraphQL ${antwoord.errors?.[0]?.extensions?.code ?? ''}: ${antwoord.errors?.[0]?.message ?? 'no data'}`);
  }
  return antwoord.data;
}

/** What the page shows, shaped from the typed answer (a type error here when the schema changes). */
export interface Buurtpagina {
  titel: string;
  ondertitel: string;
  activiteiten: Array<{ id: string; titel: string; begin: string; geannuleerd: boolean }>;
  initiatieven: Array<{ id: string; titel: string }>;
  verzoeken: Verzoek[];
}

export async function main(opties: { api: string; buurtcode: string; vanaf?: string }): Promise<Buurtpagina | null> {
  const verzoeken: Verzoek[] = [];
  const variables: BuurtpaginaQueryVariables = { code: opties.buurtcode, vanaf: opties.vanaf ?? new Date().toISOString() };
  const data: BuurtpaginaQuery = await vraag(opties.api, BuurtpaginaDocument, variables, verzoeken);
  const buurt = data.buurt;
  if (!buurt) {
    return null;
  }
  return {
    titel: buurt.naam,
    ondertitel: `${buurt.wijk.naam}${buurt.inwoners === null || buurt.inwoners === undefined ? '' : ` · ${buurt.inwoners} inwoners`}`,
    activiteiten: buurt.activiteiten.edges.map(({ node }) => node),
    initiatieven: buurt.initiatieven.edges.map(({ node }) => ({ id: node.id, titel: node.titel })),
    verzoeken,
  };
}

if (require.main === module) {
  main({ api: process.env.BUURTWERK_API ?? 'http://localhost:3000', buurtcode: process.env.BUURTCODE ?? 'BU09171000' })
    .then((pagina) => console.log(JSON.stringify(pagina, null, 2)))
    .catch((fout: unknown) => {
      console.error(fout);
      process.exit(1);
    });
}
