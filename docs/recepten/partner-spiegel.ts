/**
 * Recipe: a partner system keeps a mirror of Buurtwerk's activities and initiatives, with delta
 * sync and tombstones. Only public HTTP: POST /graphql. See partner-spiegel.md.
 *
 *   BUURTWERK_API=https://api.buurtwerk.heerlen.nl [BUURTWERK_TOKEN=...] npx ts-node docs/recepten/partner-spiegel.ts
 *
 * Each round asks per list what changed since the last round (`<list>(gewijzigdSinds)`, paged)
 * and which objects were deleted (`verwijderd(sinds)`, the tombstones), then moves its cursor to a
 * safety margin before the newest change it saw: a change commits with the time its transaction
 * started, so a change can appear "in the past". The mirror may see an object twice, never miss one.
 */

export interface Activiteit {
  id: string;
  titel: string;
  begin: string;
  geannuleerd: boolean;
  gewijzigdOp: string;
}

export interface Initiatief {
  id: string;
  titel: string;
  status: string;
  gewijzigdOp: string;
}

/** What the partner stores between rounds (in its own database; here a JSON-able object). */
export interface Spiegel {
  activiteiten: Record<string, Activiteit>;
  initiatieven: Record<string, Initiatief>;
  /** Per list: where the next round starts (null: from the beginning). */
  sinds: { activiteiten: string | null; initiatieven: string | null };
}

export interface Opties {
  /** Base URL of the API, e.g. https://api.buurtwerk.heerlen.nl */
  api: string;
  /** Optional bearer token or API key: without it the mirror holds the public view. */
  token?: string;
  /** The mirror of the previous round; a new, empty one when absent. */
  spiegel?: Spiegel;
}

/** Margin before the newest change seen (longer than any write transaction of the API). */
export const MARGE_MS = 5_000;

interface Pagina<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: T }>;
}

async function graphql<T>(opties: Opties, query: string, variables: Record<string, unknown>): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (opties.token) {
    headers.authorization = `Bearer ${opties.token}`;
  }
  const res = await fetch(new URL('/graphql', opties.api), {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length || !body.data) {
    const e = body.errors?.[0];
    throw new Error(`GraphQL ${e?.extensions?.code ?? res.status}: ${e?.message ?? 'no data'}`);
  }
  return body.data;
}

const LIJSTEN = {
  activiteiten: { velden: 'id titel begin geannuleerd gewijzigdOp', entiteit: 'Activiteit' },
  initiatieven: { velden: 'id titel status gewijzigdOp', entiteit: 'Initiatief' },
} as const;

const VERWIJDERD = `query($sinds: DateTime!, $after: String) {
  verwijderd(sinds: $sinds, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { entiteit id verwijderdOp } } } }`;

/** One round for one list: changes, then tombstones; returns how many rows changed and went. */
async function synchroniseerLijst(
  opties: Opties,
  spiegel: Spiegel,
  lijst: keyof typeof LIJSTEN,
): Promise<{ gewijzigd: number; verwijderd: number }> {
  const { velden, entiteit } = LIJSTEN[lijst];
  const rijen = spiegel[lijst] as Record<string, { gewijzigdOp: string }>;
  const sinds = spiegel.sinds[lijst];
  let nieuwste = sinds;
  let gewijzigd = 0;
  let verwijderd = 0;
  const query = `query($sinds: DateTime, $after: String) { lijst: ${lijst}(gewijzigdSinds: $sinds, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { ${velden} } } } }`;
  let after: string | null = null;
  do {
    const { lijst: pagina }: { lijst: Pagina<{ id: string; gewijzigdOp: string }> } = await graphql(opties, query, {
      sinds,
      after,
    });
    for (const { node } of pagina.edges) {
      rijen[node.id] = node;
      gewijzigd += 1;
      nieuwste = nieuwste === null || node.gewijzigdOp > nieuwste ? node.gewijzigdOp : nieuwste;
    }
    after = pagina.pageInfo.hasNextPage ? pagina.pageInfo.endCursor : null;
  } while (after);
  do {
    const { verwijderd: pagina }: { verwijderd: Pagina<{ entiteit: string; id: string; verwijderdOp: string }> } = await graphql(
      opties,
      VERWIJDERD,
      { sinds: sinds ?? '2000-01-01T00:00:00Z', after },
    );
    for (const { node } of pagina.edges) {
      if (node.entiteit !== entiteit) {
        continue;
      }
      if (rijen[node.id]) {
        delete rijen[node.id];
        verwijderd += 1;
      }
      nieuwste = nieuwste === null || node.verwijderdOp > nieuwste ? node.verwijderdOp : nieuwste;
    }
    after = pagina.pageInfo.hasNextPage ? pagina.pageInfo.endCursor : null;
  } while (after);
  spiegel.sinds[lijst] = nieuwste === null ? null : new Date(Date.parse(nieuwste) - MARGE_MS).toISOString();
  return { gewijzigd, verwijderd };
}

/** One sync round over both lists; run it on a schedule (every few minutes) with the stored mirror. */
export async function main(
  opties: Opties,
): Promise<Spiegel & { ronde: Record<string, { gewijzigd: number; verwijderd: number }> }> {
  const spiegel: Spiegel = opties.spiegel ?? {
    activiteiten: {},
    initiatieven: {},
    sinds: { activiteiten: null, initiatieven: null },
  };
  const ronde: Record<string, { gewijzigd: number; verwijderd: number }> = {};
  for (const lijst of Object.keys(LIJSTEN) as Array<keyof typeof LIJSTEN>) {
    ronde[lijst] = await synchroniseerLijst(opties, spiegel, lijst);
  }
  return { ...spiegel, ronde };
}

if (require.main === module) {
  main({ api: process.env.BUURTWERK_API ?? 'http://localhost:3000', token: process.env.BUURTWERK_TOKEN })
    .then(({ ronde, activiteiten, initiatieven }) => {
      console.log(
        JSON.stringify({ ronde, activiteiten: Object.keys(activiteiten).length, initiatieven: Object.keys(initiatieven).length }),
      );
    })
    .catch((fout: unknown) => {
      console.error(fout);
      process.exit(1);
    });
}
