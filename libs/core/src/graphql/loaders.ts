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
