/** Pure rules about versions of a subsidy rule. */

/**
 * Deep equality of JSON values in which the order of object keys does not matter (PostgreSQL
 * `jsonb` stores keys in its own order) but the order of array elements does.
 */
export function diepGelijk(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return false;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => diepGelijk(x, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // A key whose value is undefined is absent in JSON.
  const sleutels = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const kx = sleutels(x);
  const ky = sleutels(y);
  return kx.length === ky.length && kx.every((k) => Object.prototype.hasOwnProperty.call(y, k) && diepGelijk(x[k], y[k]));
}
