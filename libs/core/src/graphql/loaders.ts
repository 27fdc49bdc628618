import DataLoader from 'dataloader';
import type { RequestMetGebruiker } from '../auth/auth.decorators';

/** GraphQL context: one per request, so DataLoader caches never outlive a request. */
export interface GqlContext {
  req: RequestMetGebruiker;
  loaders: Map<string, DataLoader<unknown, unknown>>;
}

/** The request's DataLoader for `naam`, created on first use (batches all loads of one tick). */
export function perVerzoek<K, V>(
  ctx: GqlContext,
  naam: string,
  batch: (keys: readonly K[]) => Promise<readonly V[]>,
): DataLoader<K, V> {
  let loader = ctx.loaders.get(naam) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    ctx.loaders.set(naam, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

const groepen = new WeakMap<GqlContext['loaders'], Map<object, unknown>>();

/**
 * A module's set of DataLoaders for this request, made once per request (`soort` identifies the
 * set). Field resolvers ask for their loaders once per row; without this every call built the
 * whole set again (closures and a lookup per loader) for each field of each row.
 */
export function perVerzoekGroep<T>(ctx: GqlContext, soort: object, maak: () => T): T {
  let perContext = groepen.get(ctx.loaders);
  if (!perContext) {
    perContext = new Map();
    groepen.set(ctx.loaders, perContext);
  }
  let groep = perContext.get(soort) as T | undefined;
  if (groep === undefined) {
    groep = maak();
    perContext.set(soort, groep);
  }
  return groep;
}

/** Order rows by the requested keys (one or none per key). */
export function eenPerSleutel<K, R>(keys: readonly K[], rows: R[], sleutel: (r: R) => K): (R | null)[] {
  const map = new Map<K, R>();
  for (const r of rows) {
    map.set(sleutel(r), r);
  }
  return keys.map((k) => map.get(k) ?? null);
}

/** Group rows by the requested keys (a list per key, possibly empty). */
export function lijstPerSleutel<K, R>(keys: readonly K[], rows: R[], sleutel: (r: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const r of rows) {
    const k = sleutel(r);
    const lijst = map.get(k);
    if (lijst) {
      lijst.push(r);
    } else {
      map.set(k, [r]);
    }
  }
  return keys.map((k) => map.get(k) ?? []);
}
