import type { LotingInvoer } from './sortitie.types';

/**
 * The naive draw to compare with: the greedy method used before LEXIMIN by sortition practice
 * (the paper's "LEGACY" baseline, simplified). Fill the panel one by one: pick the feature value
 * whose remaining minimum is hardest to reach (needed / still available), draw a volunteer
 * uniformly from it (or from everyone left when no minimum is open), drop volunteers whose values
 * reached their maximum; start over when it gets stuck. Quotas hold for every panel it returns.
 */

/** A small seeded generator (mulberry32) for simulations; the audited draw uses SHA-256 (loting.ts). */
export function willekeur(zaad: number): () => number {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function naievePanel(invoer: LotingInvoer, rnd: () => number, pogingen = 200): string[] | null {
  const { kenmerken, lotelingen, grootte } = invoer;
  for (let poging = 0; poging < pogingen; poging++) {
    const over = new Set(lotelingen.map((_, i) => i));
    const panel: number[] = [];
    const telling = kenmerken.map((k) => k.waarden.map(() => 0));
    const waardeIndex = (i: number, ki: number) =>
      kenmerken[ki].waarden.findIndex((w) => w.waarde === lotelingen[i].kenmerken[kenmerken[ki].sleutel]);
    while (panel.length < grootte && over.size > 0) {
      let besteKans = 0;
      let kandidaten = [...over];
      kenmerken.forEach((k, ki) =>
        k.waarden.forEach((w, wi) => {
          const nodig = w.min - telling[ki][wi];
          if (nodig <= 0) {
            return;
          }
          const beschikbaar = [...over].filter((i) => waardeIndex(i, ki) === wi);
          const verhouding = beschikbaar.length === 0 ? Infinity : nodig / beschikbaar.length;
          if (verhouding > besteKans && beschikbaar.length > 0) {
            besteKans = verhouding;
            kandidaten = beschikbaar;
          }
        }),
      );
      const gekozen = kandidaten[Math.floor(rnd() * kandidaten.length)];
      panel.push(gekozen);
      over.delete(gekozen);
      kenmerken.forEach((k, ki) => {
        telling[ki][waardeIndex(gekozen, ki)]++;
      });
      for (const i of [...over]) {
        if (kenmerken.some((k, ki) => telling[ki][waardeIndex(i, ki)] >= k.waarden[waardeIndex(i, ki)].max)) {
          over.delete(i);
        }
      }
    }
    const klopt =
      panel.length === grootte &&
      kenmerken.every((k, ki) => k.waarden.every((w, wi) => telling[ki][wi] >= w.min && telling[ki][wi] <= w.max));
    if (klopt) {
      return panel.map((i) => lotelingen[i].id);
    }
  }
  return null;
}

/** Selection probabilities of the naive draw, estimated from `aantal` simulated draws. */
export function naieveKansen(invoer: LotingInvoer, aantal: number, zaad = 1): Record<string, number> {
  const rnd = willekeur(zaad);
  const tel: Record<string, number> = Object.fromEntries(invoer.lotelingen.map((l) => [l.id, 0]));
  let gelukt = 0;
  for (let r = 0; r < aantal; r++) {
    const p = naievePanel(invoer, rnd);
    if (p) {
      gelukt++;
      p.forEach((id) => tel[id]++);
    }
  }
  return Object.fromEntries(Object.entries(tel).map(([id, n]) => [id, gelukt === 0 ? 0 : n / gelukt]));
}
