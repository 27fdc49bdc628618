import { Breuk, ggd, naarDouble } from './breuk';
import type { Profiel, ProjectSteun } from './profiel';

/**
 * The Method of Equal Shares (methode van gelijke delen), exactly as pabutools'
 * `method_of_equal_shares` (pb-public README, steps 1–5), but built for speed:
 *
 * - Identical ballots are one group with a weight (profiel.ts).
 * - Voters with equal remaining budget share a budget class ("klasse"). A class budget is an exact
 *   rational N/D over one common denominator D per run, so sums of budgets are BigInt integer sums;
 *   D only grows (lcm) when a payment needs a new factor, and old numerators are rescaled lazily.
 * - ρ only grows from round to round, so a stale ρ is a lower bound: a round recomputes ρ only for
 *   the project at the top of the (bound, id) order until the top one is fresh (lazy evaluation, as
 *   pabutools does). Only projects sharing a supporter with the winner become stale.
 * - Supporters are ordered by b/u with a binary heap, so only the voters that pay everything (plus
 *   one) are taken out in order; doubles decide comparisons only when they are clearly apart
 *   (relative gap > 1e-9, far above their error of ~1e-16), otherwise the exact BigInt comparison
 *   decides. Every decision is therefore the exact one.
 */

/** Relative gap above which two doubles (each within ~2^-50 of an exact value) surely order the exact values. */
const MARGE = 1e-9;

export interface GelijkeDelenModel {
  readonly profiel: Profiel;
  readonly steun: readonly ProjectSteun[];
  /** Supported projects with cost > 0 (MES candidates), ascending index. */
  readonly kandidaten: readonly number[];
  /** Supported projects of cost 0 (not under Cost_Sat): selected before the first round. */
  readonly kosteloosGesteund: readonly number[];
  /** overlap[p·m+q] = 1 if p and q share a supporter; null if too large to precompute. */
  readonly overlap: Uint8Array | null;
}

/** One MES round as recorded for the explanation (amounts scaled, see {@link Profiel.geldSchaal}). */
export interface GelijkeDelenRonde {
  readonly project: number;
  /** ρ' = payment per unit v (scaled money), as teller/noemer. */
  readonly betalingPerEenheidTeller: bigint;
  readonly betalingPerEenheidNoemer: bigint;
  readonly betalers: number;
  readonly volledigBetaald: number;
}

export interface GelijkeDelenUitkomst {
  /** Selected project indices in order, supported zero-cost projects first. */
  readonly gekozen: number[];
  /** Scaled total cost. */
  readonly totaleKosten: bigint;
  /** Only when recorded: the rounds, payments per group and why candidates dropped out. */
  readonly verslag: GelijkeDelenVerslag | null;
}

export interface GelijkeDelenVerslag {
  readonly rondes: GelijkeDelenRonde[];
  /** Per group: [project, amount] of each payment (scaled money). Equal payments share one Breuk. */
  readonly betalingen: [number, Breuk][][];
  /** Per group: the total it paid (scaled), filled at the end of the run. */
  readonly totaalBetaald: Breuk[];
  /** Candidates not selected: what their supporters had left together at the end (scaled), teller/noemer. */
  readonly afgevallen: Map<number, [bigint, bigint]>;
}

export function bouwGelijkeDelenModel(profiel: Profiel, steun: readonly ProjectSteun[]): GelijkeDelenModel {
  const m = profiel.ids.length;
  const kandidaten: number[] = [];
  const kosteloosGesteund: number[] = [];
  for (let p = 0; p < m; p++) {
    // Under Cost_Sat u = cost(p), so a project of cost 0 has no supporter in MES's sense.
    if (steun[p].stemmen === 0 || steun[p].sigma === 0n) {
      continue;
    }
    if (profiel.kosten[p] > 0n) {
      kandidaten.push(p);
    } else {
      kosteloosGesteund.push(p);
    }
  }
  return { profiel, steun, kandidaten, kosteloosGesteund, overlap: berekenOverlap(profiel, steun, kandidaten) };
}

function berekenOverlap(profiel: Profiel, steun: readonly ProjectSteun[], kandidaten: readonly number[]): Uint8Array | null {
  const m = profiel.ids.length;
  const woorden = Math.ceil(profiel.groepen.length / 32);
  if (kandidaten.length * kandidaten.length * woorden > 50_000_000) {
    return null;
  }
  const bits = new Map<number, Uint32Array>();
  for (const p of kandidaten) {
    const b = new Uint32Array(woorden);
    for (const vg of steun[p].vGroepen) {
      for (const g of vg.groepen) {
        b[g >>> 5] |= 1 << (g & 31);
      }
    }
    bits.set(p, b);
  }
  const overlap = new Uint8Array(m * m);
  for (let i = 0; i < kandidaten.length; i++) {
    const p = kandidaten[i];
    const bp = bits.get(p) as Uint32Array;
    overlap[p * m + p] = 1;
    for (let j = i + 1; j < kandidaten.length; j++) {
      const q = kandidaten[j];
      const bq = bits.get(q) as Uint32Array;
      for (let w = 0; w < woorden; w++) {
        if ((bp[w] & bq[w]) !== 0) {
          overlap[p * m + q] = 1;
          overlap[q * m + p] = 1;
          break;
        }
      }
    }
  }
  return overlap;
}

/**
 * Runs MES once with per-voter budget b = budgetTeller/budgetNoemer (scaled money).
 * `registreer` records rounds, payments and drop-outs for the explanation (slower).
 */
export function voerGelijkeDelenUit(
  model: GelijkeDelenModel,
  budgetTeller: bigint,
  budgetNoemer: bigint,
  registreer: boolean,
): GelijkeDelenUitkomst {
  return new GelijkeDelenRun(model, budgetTeller, budgetNoemer, registreer).voerUit();
}

class GelijkeDelenRun {
  private readonly m: number;
  private readonly gewicht: Float64Array;
  private readonly klasse: Int32Array;

  // Budget classes: value = kN[c] / D(kE[c]); class 0 is "nothing left" and never stored.
  private kN: bigint[] = [0n];
  private kE: number[] = [0];
  private kBenadering: number[] = [0];

  // Common denominators per epoch; factor[e] = D(current) / D(e), filled lazily. D(e) is also kept
  // as a product of factors below 2^50, to reduce fractions over D cheaply (Breuk.vanFactoren).
  private readonly noemers: bigint[];
  private readonly noemerFactoren: bigint[][];
  private tijdperk = 0;
  private factor: (bigint | undefined)[] = [];

  // Bound on ρ (exact teller/noemer, and as double) and whether it is fresh for this round.
  private readonly grensT: bigint[];
  private readonly grensN: bigint[];
  private readonly grensD: Float64Array;
  private readonly vers: Uint8Array;
  // For a fresh project: ρ' = rhoX / (D(rhoTijdperk) · rhoNoemer), the payment per unit v.
  private readonly rhoX: bigint[];
  private readonly rhoNoemer: Float64Array;
  private readonly rhoTijdperk: Int32Array;

  // Scratch for aggregating a project's supporters into (class, v) slots.
  private slotStempel = new Int32Array(64);
  private slotVan = new Int32Array(64);
  private stempel = 0;
  private readonly sKlasse: Int32Array;
  private readonly sV: Float64Array;
  private readonly sVGroot: bigint[];
  private readonly sGewicht: Float64Array;
  private readonly sSleutel: Float64Array;
  private readonly heap: Int32Array;

  private readonly verslag: GelijkeDelenVerslag | null;
  private readonly budget: Breuk;

  constructor(
    private readonly model: GelijkeDelenModel,
    budgetTeller: bigint,
    budgetNoemer: bigint,
    registreer: boolean,
  ) {
    const profiel = model.profiel;
    const groepen = profiel.groepen.length;
    this.m = profiel.ids.length;
    this.gewicht = Float64Array.from(profiel.groepen, (g) => g.gewicht);
    const g = ggd(budgetTeller, budgetNoemer);
    const bT = g > 1n ? budgetTeller / g : budgetTeller;
    const bN = g > 1n ? budgetNoemer / g : budgetNoemer;
    this.noemers = [bN];
    this.noemerFactoren = [[bN]];
    this.klasse = new Int32Array(groepen);
    if (bT > 0n) {
      this.kN.push(bT);
      this.kE.push(0);
      this.kBenadering.push(naarDouble(bT, bN));
      this.klasse.fill(1);
    }
    this.grensT = new Array<bigint>(this.m).fill(0n);
    this.grensN = new Array<bigint>(this.m).fill(1n);
    this.grensD = new Float64Array(this.m);
    this.vers = new Uint8Array(this.m);
    this.rhoX = new Array<bigint>(this.m).fill(0n);
    this.rhoNoemer = new Float64Array(this.m);
    this.rhoTijdperk = new Int32Array(this.m);
    this.sKlasse = new Int32Array(groepen);
    this.sV = new Float64Array(groepen);
    this.sVGroot = new Array<bigint>(groepen).fill(0n);
    this.sGewicht = new Float64Array(groepen);
    this.sSleutel = new Float64Array(groepen);
    this.heap = new Int32Array(groepen);
    this.budget = Breuk.van(bT, bN);
    this.verslag = registreer
      ? { rondes: [], betalingen: Array.from({ length: groepen }, () => []), totaalBetaald: [], afgevallen: new Map() }
      : null;
  }

  voerUit(): GelijkeDelenUitkomst {
    const { profiel, steun } = this.model;
    const gekozen = [...this.model.kosteloosGesteund];
    let totaleKosten = 0n;
    const actief = Int32Array.from(this.model.kandidaten);
    let aantalActief = actief.length;
    for (const p of this.model.kandidaten) {
      // Before any payment ρ ≥ cost / Σu (reached when nobody is short of money).
      this.zetGrens(p, profiel.kosten[p], BigInt(steun[p].totaalGewogen) * steun[p].sigma);
    }
    for (;;) {
      let beste = -1;
      let besteI = -1;
      for (let i = 0; i < aantalActief; i++) {
        const p = actief[i];
        if (beste < 0 || this.grensKleiner(p, beste)) {
          beste = p;
          besteI = i;
        }
      }
      if (beste < 0) {
        break;
      }
      if (this.vers[beste] === 0) {
        if (!this.herbereken(beste)) {
          actief[besteI] = actief[--aantalActief];
        }
        continue;
      }
      actief[besteI] = actief[--aantalActief];
      this.kies(beste);
      gekozen.push(beste);
      totaleKosten += profiel.kosten[beste];
      const overlap = this.model.overlap;
      for (let i = 0; i < aantalActief; i++) {
        const q = actief[i];
        if (overlap === null || overlap[beste * this.m + q] === 1) {
          this.vers[q] = 0;
        }
      }
    }
    if (this.verslag) {
      // Why a candidate was not chosen, stated at the end of MES (independent of the lazy order).
      const gekozenSet = new Set(gekozen);
      for (const p of this.model.kandidaten) {
        if (!gekozenSet.has(p)) {
          const slots = this.verzamel(p);
          let som = 0n;
          for (let s = 0; s < slots; s++) {
            som += BigInt(this.sGewicht[s]) * this.synchroniseer(this.sKlasse[s]);
          }
          this.verslag.afgevallen.set(p, [som, this.D]);
        }
      }
      // What a group paid is its starting budget minus what its class has left: one Breuk per class.
      const perKlasse = new Map<number, Breuk>();
      for (let g = 0; g < this.klasse.length; g++) {
        const c = this.klasse[g];
        let totaal = perKlasse.get(c);
        if (totaal === undefined) {
          // b − N/D = (b·D − N)/D, and b·D is an integer because D is a multiple of b's denominator.
          totaal = c === 0 ? this.budget : this.overD(this.budget.teller * (this.D / this.budget.noemer) - this.synchroniseer(c));
          perKlasse.set(c, totaal);
        }
        this.verslag.totaalBetaald.push(totaal);
      }
    }
    return { gekozen, totaleKosten, verslag: this.verslag };
  }

  private zetGrens(p: number, teller: bigint, noemer: bigint): void {
    this.grensT[p] = teller;
    this.grensN[p] = noemer;
    this.grensD[p] = naarDouble(teller, noemer);
  }

  /** (bound, id) order: smaller ρ first, exact ties by project index (= id order). */
  private grensKleiner(p: number, q: number): boolean {
    const a = this.grensD[p];
    const b = this.grensD[q];
    if (Math.abs(a - b) > MARGE * (Math.abs(a) + Math.abs(b))) {
      return a < b;
    }
    const links = this.grensT[p] * this.grensN[q];
    const rechts = this.grensT[q] * this.grensN[p];
    return links < rechts || (links === rechts && p < q);
  }

  private get D(): bigint {
    return this.noemers[this.tijdperk];
  }

  /** D(current) / D(e): every later D is a multiple of every earlier one. */
  private factorSinds(e: number): bigint {
    let f = this.factor[e];
    if (f === undefined) {
      f = this.D / this.noemers[e];
      this.factor[e] = f;
    }
    return f;
  }

  /** teller / D as a reduced Breuk. */
  private overD(teller: bigint): Breuk {
    return Breuk.vanFactoren(teller, this.noemerFactoren[this.tijdperk]);
  }

  /** Brings class c's numerator to the current common denominator. */
  private synchroniseer(c: number): bigint {
    const e = this.kE[c];
    if (e === this.tijdperk) {
      return this.kN[c];
    }
    const n = this.kN[c] * this.factorSinds(e);
    this.kN[c] = n;
    this.kE[c] = this.tijdperk;
    return n;
  }

  private nieuweKlasse(teller: bigint): number {
    const c = this.kN.length;
    this.kN.push(teller);
    this.kE.push(this.tijdperk);
    this.kBenadering.push(naarDouble(teller, this.D));
    if (c >= this.slotStempel.length) {
      const groter = new Int32Array(this.slotStempel.length * 2);
      groter.set(this.slotStempel);
      this.slotStempel = groter;
      this.slotVan = new Int32Array(groter.length);
    }
    return c;
  }

  /** Groups project p's supporters by (class, v) into slots 0 … count-1. */
  private verzamel(p: number): number {
    const gewicht = this.gewicht;
    const klasse = this.klasse;
    let slots = 0;
    for (const vg of this.model.steun[p].vGroepen) {
      const st = ++this.stempel;
      const stempels = this.slotStempel;
      const van = this.slotVan;
      const groepen = vg.groepen;
      for (let i = 0; i < groepen.length; i++) {
        const g = groepen[i];
        const c = klasse[g];
        if (c === 0) {
          continue;
        }
        if (stempels[c] === st) {
          this.sGewicht[van[c]] += gewicht[g];
        } else {
          stempels[c] = st;
          van[c] = slots;
          this.sKlasse[slots] = c;
          this.sV[slots] = vg.v;
          this.sVGroot[slots] = vg.vGroot;
          this.sGewicht[slots] = gewicht[g];
          slots++;
        }
      }
    }
    return slots;
  }

  /**
   * Recomputes ρ for p with the current budgets. Returns false (and p drops out for good) if its
   * supporters together have less than its cost.
   */
  private herbereken(p: number): boolean {
    const kosten = this.model.profiel.kosten[p];
    const slots = this.verzamel(p);
    const kostenD = Number(kosten);
    const benadering = this.kBenadering;
    let somBenadering = 0;
    for (let s = 0; s < slots; s++) {
      somBenadering += this.sGewicht[s] * benadering[this.sKlasse[s]];
    }
    const D = this.D;
    const kostenMaalD = kosten * D;
    if (somBenadering < kostenD * (1 - MARGE) || (somBenadering <= kostenD * (1 + MARGE) && !this.betaalbaarExact(slots, kostenMaalD))) {
      return false;
    }
    // Heap of slots by b/v; pop the poorest until one can pay its full share ρ'·v.
    const sleutel = this.sSleutel;
    const heap = this.heap;
    let noemer = 0;
    for (let s = 0; s < slots; s++) {
      sleutel[s] = benadering[this.sKlasse[s]] / this.sV[s];
      heap[s] = s;
      noemer += this.sGewicht[s] * this.sV[s];
    }
    let grootte = slots;
    for (let i = (grootte >> 1) - 1; i >= 0; i--) {
      this.zakNeer(i, grootte);
    }
    // paid·D exactly, and as a double for the filter; noemer = Σ weight·v of the rich (exact in a double).
    let betaald = 0n;
    let betaaldD = 0;
    while (grootte > 0) {
      const s = heap[0];
      heap[0] = heap[--grootte];
      this.zakNeer(0, grootte);
      const c = this.sKlasse[s];
      const v = this.sV[s];
      const b = benadering[c];
      // Rich iff (cost − paid)/noemer · v ≤ b, i.e. (cost − paid)·v ≤ b·noemer. The doubles err by
      // far less than the margin, so outside it their verdict is the exact one.
      const links = (kostenD - betaaldD) * v;
      const rechts = b * noemer;
      const marge = MARGE * ((kostenD + betaaldD) * v + rechts);
      let rijk: boolean;
      if (links - rechts > marge) {
        rijk = false;
      } else if (rechts - links > marge) {
        rijk = true;
      } else {
        rijk = (kostenMaalD - betaald) * this.sVGroot[s] <= this.synchroniseer(c) * BigInt(noemer);
      }
      if (rijk) {
        const x = kostenMaalD - betaald;
        this.rhoX[p] = x;
        this.rhoNoemer[p] = noemer;
        this.rhoTijdperk[p] = this.tijdperk;
        this.zetGrens(p, x, D * BigInt(noemer) * this.model.steun[p].sigma);
        this.vers[p] = 1;
        return true;
      }
      const w = this.sGewicht[s];
      betaald += BigInt(w) * this.synchroniseer(c);
      betaaldD += w * b;
      noemer -= w * v;
    }
    // Unreachable when the affordability test passed; kept so a bug cannot select an unaffordable project.
    return false;
  }

  private betaalbaarExact(slots: number, kostenMaalD: bigint): boolean {
    let som = 0n;
    for (let s = 0; s < slots; s++) {
      som += BigInt(this.sGewicht[s]) * this.synchroniseer(this.sKlasse[s]);
    }
    return som >= kostenMaalD;
  }

  private slotKleiner(a: number, b: number): boolean {
    const x = this.sSleutel[a];
    const y = this.sSleutel[b];
    if (Math.abs(x - y) > MARGE * (x + y)) {
      return x < y;
    }
    const na = this.synchroniseer(this.sKlasse[a]);
    const nb = this.synchroniseer(this.sKlasse[b]);
    return na * this.sVGroot[b] < nb * this.sVGroot[a];
  }

  private zakNeer(i: number, grootte: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= grootte) {
        return;
      }
      const r = l + 1;
      const k = r < grootte && this.slotKleiner(heap[r], heap[l]) ? r : l;
      if (!this.slotKleiner(heap[k], heap[i])) {
        return;
      }
      const t = heap[i];
      heap[i] = heap[k];
      heap[k] = t;
      i = k;
    }
  }

  /** Selects fresh project p: every supporter pays min(b, ρ'·v). */
  private kies(p: number): void {
    // ρ' = x / (D·noemer) with x over the current D (p may have been computed a few selections ago).
    const e = this.rhoTijdperk[p];
    const x = e === this.tijdperk ? this.rhoX[p] : this.rhoX[p] * this.factorSinds(e);
    const noemer = this.rhoNoemer[p];
    // The smallest multiple D' of D with ρ'·D' integral is D·noemer/h, h = gcd(x, noemer): only
    // small-number arithmetic, no gcd on the long numbers.
    const h = ggdGetal(Number(x % BigInt(noemer)), noemer);
    const k = noemer / h;
    if (k !== 1) {
      const factoren = [...this.noemerFactoren[this.tijdperk]];
      const laatste = factoren.length > 1 ? factoren[factoren.length - 1] : 1n;
      if (factoren.length > 1 && laatste * BigInt(k) < 1n << 50n) {
        factoren[factoren.length - 1] = laatste * BigInt(k);
      } else {
        factoren.push(BigInt(k));
      }
      this.noemers.push(this.D * BigInt(k));
      this.noemerFactoren.push(factoren);
      this.tijdperk++;
      this.factor = [];
    }
    const D = this.D;
    // ρ'·D: the payment per unit v as a numerator over D.
    const perEenheid = x / BigInt(h);
    const slots = this.verzamel(p);
    const naar = new Int32Array(slots);
    const volledig = new Uint8Array(slots);
    const betaling: Breuk[] = this.verslag ? new Array<Breuk>(slots) : [];
    // Everyone who can pays the same share per unit v: one Breuk per v (only when recording).
    const aandeelPerV = new Map<bigint, Breuk>();
    let betalers = 0;
    let volledigBetaald = 0;
    for (let s = 0; s < slots; s++) {
      const n = this.synchroniseer(this.sKlasse[s]);
      const aandeel = perEenheid * this.sVGroot[s];
      betalers += this.sGewicht[s];
      if (n <= aandeel) {
        naar[s] = 0;
        if (n < aandeel) {
          volledig[s] = 1;
          volledigBetaald += this.sGewicht[s];
        }
        if (this.verslag) {
          betaling[s] = this.overD(n);
        }
      } else {
        naar[s] = this.nieuweKlasse(n - aandeel);
        if (this.verslag) {
          const v = this.sVGroot[s];
          let b = aandeelPerV.get(v);
          if (b === undefined) {
            b = this.overD(aandeel);
            aandeelPerV.set(v, b);
          }
          betaling[s] = b;
        }
      }
    }
    // Move the groups: same (class, v) → same slot, found again through the stamps.
    const klasse = this.klasse;
    for (const vg of this.model.steun[p].vGroepen) {
      const st = ++this.stempel;
      const groepen = vg.groepen;
      for (let s = 0; s < slots; s++) {
        if (this.sV[s] === vg.v && this.sVGroot[s] === vg.vGroot) {
          this.slotStempel[this.sKlasse[s]] = st;
          this.slotVan[this.sKlasse[s]] = s;
        }
      }
      for (let i = 0; i < groepen.length; i++) {
        const gr = groepen[i];
        const c = klasse[gr];
        if (c === 0 || this.slotStempel[c] !== st) {
          continue;
        }
        const s = this.slotVan[c];
        klasse[gr] = naar[s];
        if (this.verslag) {
          this.verslag.betalingen[gr].push([p, betaling[s]]);
        }
      }
    }
    if (this.verslag) {
      this.verslag.rondes.push({
        project: p,
        betalingPerEenheidTeller: perEenheid,
        betalingPerEenheidNoemer: D,
        betalers,
        volledigBetaald,
      });
    }
  }
}

/** gcd of two non-negative safe integers. */
function ggdGetal(a: number, b: number): number {
  while (b !== 0) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}

export interface Add1Uitkomst {
  readonly uitkomst: GelijkeDelenUitkomst;
  /** k of the returned outcome: b = b0 + k·stap. */
  readonly gebruiktK: number;
  readonly iteraties: number;
  readonly stopreden: 'OVER_BUDGET' | 'UITPUTTEND';
}

/**
 * MES with "add1" (pabutools `voter_budget_increment`): b(k) = b0 + k·stap for k = 0, 1, …;
 * stop at the first k whose outcome costs more than the budget (return k−1) or is exhaustive with
 * respect to the MES candidates (return k). `maxIteraties` guards against runaway runs.
 */
export function voerAdd1Uit(
  model: GelijkeDelenModel,
  b0Teller: bigint,
  b0Noemer: bigint,
  stapTeller: bigint,
  stapNoemer: bigint,
  maxIteraties: number,
  bijTeVeel: (iteraties: number) => never,
): Add1Uitkomst {
  const budget = model.profiel.budget;
  const kosten = model.profiel.kosten;
  let vorige: GelijkeDelenUitkomst | null = null;
  for (let k = 0; ; k++) {
    if (k >= maxIteraties) {
      bijTeVeel(k);
    }
    // b0 + k·stap over the common denominator b0Noemer·stapNoemer.
    const teller = b0Teller * stapNoemer + BigInt(k) * stapTeller * b0Noemer;
    const uitkomst = voerGelijkeDelenUit(model, teller, b0Noemer * stapNoemer, false);
    if (uitkomst.totaleKosten > budget) {
      if (vorige === null) {
        // Impossible: with b = B/n the voters cannot pay more than B. Kept for safety.
        return { uitkomst, gebruiktK: k, iteraties: k + 1, stopreden: 'OVER_BUDGET' };
      }
      return { uitkomst: vorige, gebruiktK: k - 1, iteraties: k + 1, stopreden: 'OVER_BUDGET' };
    }
    const rest = budget - uitkomst.totaleKosten;
    const gekozen = new Set(uitkomst.gekozen);
    if (!model.kandidaten.some((p) => !gekozen.has(p) && kosten[p] <= rest)) {
      return { uitkomst, gebruiktK: k, iteraties: k + 1, stopreden: 'UITPUTTEND' };
    }
    vorige = uitkomst;
  }
}
