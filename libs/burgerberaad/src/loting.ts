import { createHash } from 'node:crypto';
import type { LotingInvoer, PanelKans } from './sortitie.types';

/**
 * The public, verifiable draw. The distribution (LEXIMIN) is computed and published first, with
 * the hash of its inputs; the seed becomes known only afterwards (a drand round announced in
 * advance, or a value whose SHA-256 was committed in advance). Anyone with the published inputs
 * hash, distribution and seed can recompute which panel was drawn:
 *
 *   u = first 52 bits of SHA-256("burgerberaad:v1:" + invoerHash + ":" + zaad) / 2^52
 *   panel = the first panel (canonical order) whose cumulative probability exceeds u
 */
export const LOTING_VERSIE = 'v1';

/** Canonical JSON of the inputs (ids and features only: no names), and its SHA-256. */
export function invoerHash(invoer: LotingInvoer): string {
  const canoniek = {
    grootte: invoer.grootte,
    kenmerken: invoer.kenmerken.map((k) => ({
      sleutel: k.sleutel,
      waarden: k.waarden.map((w) => ({ waarde: w.waarde, min: w.min, max: w.max })),
    })),
    lotelingen: [...invoer.lotelingen]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((l) => ({ id: l.id, kenmerken: invoer.kenmerken.map((k) => l.kenmerken[k.sleutel] ?? null) })),
  };
  return createHash('sha256').update(JSON.stringify(canoniek), 'utf8').digest('hex');
}

/** The uniform number in [0, 1) that the seed and inputs determine. */
export function lotgetal(hash: string, zaad: string): number {
  const digest = createHash('sha256').update(`burgerberaad:${LOTING_VERSIE}:${hash}:${zaad}`, 'utf8').digest();
  // 52 bits: exactly representable as a double.
  const hoog = digest.readUInt32BE(0);
  const laag = digest.readUInt32BE(4) >>> 12;
  return (hoog * 2 ** 20 + laag) / 2 ** 52;
}

/** The index of the drawn panel in the (canonically ordered) distribution. */
export function kiesPanel(panelen: readonly PanelKans[], u: number): number {
  let cumulatief = 0;
  for (let j = 0; j < panelen.length; j++) {
    cumulatief += panelen[j].kans;
    if (u < cumulatief) {
      return j;
    }
  }
  // Rounding can leave the sum a hair below 1: the last panel then takes the rest.
  return panelen.length - 1;
}

/** SHA-256 of a seed as text (for a seed committed in advance by its hash). */
export function zaadHash(zaad: string): string {
  return createHash('sha256').update(zaad, 'utf8').digest('hex');
}
