/**
 * Pure rules of a tender (Awb 4:26, verdeelmethode VERGELIJKENDE_BEOORDELING): the ceiling is not
 * shared in order of receipt but, after the application window closes, in the order of a ranking
 * on the rule's published criteria.
 *
 * The published rule of the ranking, also shown to residents:
 * - each criterion is scored 0 to 10 with reasons by staff without a conflict of interest; per
 *   criterion the mean of the scores counts; the total is the weighted sum of those means;
 * - a higher total ranks first; on an equal total the request that became complete on an earlier
 *   day ranks first; still equal, a lot decides: the order of SHA-256(seed + ":" + id), with a
 *   seed drawn at allocation and recorded with it, so anyone can recompute it.
 * Exact arithmetic (fractions), so no rounding ever changes a place.
 */
import { createHash } from 'node:crypto';

export const SCORE_MIN = 0;
export const SCORE_MAX = 10;

export interface TenderCriterium {
  code: string;
  omschrijving: string;
  gewicht: number;
}

export interface Beoordeling {
  criterium: string;
  score: number;
  beoordelaar: string;
}

export interface Kandidaat {
  id: string;
  /** The day the request became complete (YYYY-MM-DD, Amsterdam). */
  volledigOp: string;
  beoordelingen: readonly Beoordeling[];
}

/** A total score as an exact fraction. */
export interface Breuk {
  teller: bigint;
  noemer: bigint;
}

export interface Gerangschikt {
  id: string;
  plaats: number;
  totaal: Breuk;
  /** The total as a decimal text for people, rounded to two decimals (never used to compare). */
  totaalTekst: string;
  /** Mean score per criterion code, as text. */
  perCriterium: Record<string, string>;
  /** How the tie, if any, was broken. */
  beslecht: 'SCORE' | 'DATUM' | 'LOT';
}

/** The criteria a request still lacks a score for (a ranking needs every criterion scored). */
export function ontbrekendeCriteria(criteria: readonly TenderCriterium[], k: Kandidaat): string[] {
  return criteria.filter((c) => !k.beoordelingen.some((b) => b.criterium === c.code)).map((c) => c.code);
}

/** Σ gewicht × mean(scores) as a fraction; every criterion must have at least one score. */
export function totaalScore(criteria: readonly TenderCriterium[], beoordelingen: readonly Beoordeling[]): Breuk {
  let teller = 0n;
  let noemer = 1n;
  for (const c of criteria) {
    const scores = beoordelingen.filter((b) => b.criterium === c.code).map((b) => b.score);
    if (scores.length === 0) {
      throw new Error(`criterium ${c.code} heeft geen score`);
    }
    const som = BigInt(scores.reduce((s, x) => s + x, 0));
    const n = BigInt(scores.length);
    // teller/noemer + gewicht*som/n
    teller = teller * n + BigInt(c.gewicht) * som * noemer;
    noemer = noemer * n;
  }
  return vereenvoudig({ teller, noemer });
}

function ggd(a: bigint, b: bigint): bigint {
  return b === 0n ? (a < 0n ? -a : a) : ggd(b, a % b);
}

function vereenvoudig(b: Breuk): Breuk {
  const g = ggd(b.teller, b.noemer) || 1n;
  return { teller: b.teller / g, noemer: b.noemer / g };
}

export function vergelijk(x: Breuk, y: Breuk): number {
  const l = x.teller * y.noemer;
  const r = y.teller * x.noemer;
  return l === r ? 0 : l < r ? -1 : 1;
}

function alsTekst(b: Breuk): string {
  const honderd = (b.teller * 100n * 2n + b.noemer) / (2n * b.noemer);
  return `${honderd / 100n},${String(honderd % 100n).padStart(2, '0')}`;
}

/** The lot of the published tie rule: SHA-256 of seed and id, as hex. */
export function lot(seed: string, id: string): string {
  return createHash('sha256').update(`${seed}:${id}`).digest('hex');
}

/** The ranking of complete, eligible requests by the published rule (see the file's comment). */
export function rangschik(criteria: readonly TenderCriterium[], kandidaten: readonly Kandidaat[], seed: string): Gerangschikt[] {
  const metScore = kandidaten.map((k) => ({ k, totaal: totaalScore(criteria, k.beoordelingen), lot: lot(seed, k.id) }));
  metScore.sort(
    (a, b) => vergelijk(b.totaal, a.totaal) || a.k.volledigOp.localeCompare(b.k.volledigOp) || a.lot.localeCompare(b.lot),
  );
  return metScore.map((m, i) => {
    const buren = [metScore[i - 1], metScore[i + 1]].filter((x) => x !== undefined);
    const gelijkeScore = buren.filter((b) => vergelijk(b.totaal, m.totaal) === 0);
    const beslecht: Gerangschikt['beslecht'] =
      gelijkeScore.length === 0 ? 'SCORE' : gelijkeScore.some((b) => b.k.volledigOp === m.k.volledigOp) ? 'LOT' : 'DATUM';
    return {
      id: m.k.id,
      plaats: i + 1,
      totaal: m.totaal,
      totaalTekst: alsTekst(m.totaal),
      perCriterium: Object.fromEntries(
        criteria.map((c) => [c.code, alsTekst(totaalScore([{ ...c, gewicht: 1 }], m.k.beoordelingen))]),
      ),
      beslecht,
    };
  });
}

/**
 * Awb 4:26: the ceiling's room goes down the ranking. All or nothing per request, unless the rule
 * allows partial grants: then the first request that no longer fits gets the rest. A request that
 * does not fit does not stop the next one that does (the room is used as far as the ranking allows).
 */
export function verdeelTender(
  ruimte: number,
  ranglijst: ReadonlyArray<{ id: string; gevraagd: number }>,
  gedeeltelijk: boolean,
): Map<string, number> {
  const toegekend = new Map<string, number>();
  let over = Math.max(0, ruimte);
  for (const r of ranglijst) {
    if (r.gevraagd <= over) {
      toegekend.set(r.id, r.gevraagd);
      over -= r.gevraagd;
    } else if (gedeeltelijk && over > 0) {
      toegekend.set(r.id, over);
      over = 0;
    } else {
      toegekend.set(r.id, 0);
    }
  }
  return toegekend;
}

/** Whether a day lies in the application window (both ends inclusive). */
export function binnenAanvraagperiode(dag: string, van: string | null, tot: string | null): boolean {
  return (van === null || van <= dag) && (tot === null || dag <= tot);
}
