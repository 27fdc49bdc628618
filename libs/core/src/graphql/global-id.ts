import { fout } from '../errors/domain-error';

/**
 * Relay global ids: opaque, stable forever. `base64url("Buurt:<uuid>")`. The type prefix lets
 * `node(id)` find the right table and lets inputs refuse an id of the wrong kind.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function parseGlobalId(globalId: string): { type: string; id: string } | null {
  const parsed = parseGlobalIdMetTekst(globalId);
  return parsed && UUID.test(parsed.id) ? parsed : null;
}

/**
 * As parseGlobalId, for the one kind of id that is not our own uuid: a Gebruiker's id is the
 * identity provider's subject (`sub`), any text.
 */
export function parseGlobalIdMetTekst(globalId: string): { type: string; id: string } | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 200) {
    return null;
  }
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) {
    return null;
  }
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  if (sep <= 0) {
    return null;
  }
  return { type: decoded.slice(0, sep), id: decoded.slice(sep + 1) };
}

/** Decode an id the client gave for field `veld`; refuse ids of another type with BAD_USER_INPUT. */
export function fromGlobalId(globalId: string, type: string, veld: string): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) {
    throw fout.veld(veld, `is geen geldig id van een ${type.toLowerCase()}.`);
  }
  return parsed.id;
}

export function fromGlobalIds(globalIds: readonly string[], type: string, veld: string): string[] {
  return globalIds.map((g, i) => fromGlobalId(g, type, `${veld}[${i}]`));
}
