import { Breuk, naarDouble } from './breuk';
import type { Profiel, ProjectSteun } from './profiel';

/**
 * The Method of Equal Shares (methode van gelijke delen), exactly as pabutools'
 * `method_of_equal_shares` (pb-public README, steps 1–5), but built for speed:
 *
 * - Identical ballots are one group with a weight (profiel.ts).
 * - Voters with equal remaining budget share a budget class ("klasse"). A class is its parent class
 *   minus one payment (round r, v units), so its exact value is derived on demand and memoised as a
 *   numerator over one common denominator D per run (D only grows: old numerators are rescaled
 *   lazily). Every class also carries a double.
 * - ρ only grows from round to round, so a stale ρ is a lower bound: a round recomputes ρ only for
 *   the project at the top of the (bound, id) order until the top one is fresh (lazy evaluation, as
 *   pabutools does). Only projects sharing a supporter with the winner become stale.
 * - Supporters are ordered by b/u with a binary heap, so only the voters that pay everything (plus
 *   one) are taken out in order.
 * - Every comparison is first made with the doubles and an error bound (relative 1e-9 plus an
 *   absolute 1e-10·b, far above the accumulated rounding error of ~1e-15·b per round); only when
 *   the two sides are closer than that is it decided with exact BigInt arithmetic. Exact ties, which
 *   real rounds have, therefore always take the exact path. The winner's ρ and every payment are
 *   always computed exactly.
 */

/** Error margins of the double filter: relative, and absolute as a fraction of the voter budget b. */
let MARGE = 1e-9;
let ABSOLUUT = 1e-10;

/**
 * For tests only: widen the margins so that every decision takes the exact path (or restore them).
 * Returns a function that restores the previous margins.
 */
export function zetMargesVoorTest(relatief: number, absoluut: number): () => void {
  const vorige = [MARGE, ABSOLUUT] as const;
  MARGE = relatief;
  ABSOLUUT = absoluut;
  return () => {
    [MARGE, ABSOLUUT] = vorige;
  };
}

export interface GelijkeDelenModel {
  readonly profiel: Profiel;
  readonly steun: readonly ProjectSteun[];
  /** Supported projects with cost > 0 (MES candidates), ascending index. */
  readonly kandidaten: readonly number[];
  /** Supported projects of cost 0 (not under Cost_Sat): selected before the first round. */
  readonly kosteloosGesteund: readonly number[];
  /** overlap[p·m+q] = 1 if p and q share a supporter; null if too large to precompute. */
  readonly overlap: Uint8Array | null;
  /** Scratch memory reused by every run on this model (add1 runs MES hundreds of times). */
  readonly werkruimte: Werkruimte;
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
  return {
    profiel,
    steun,
    kandidaten,
    kosteloosGesteund,
    overlap: berekenOverlap(profiel, steun, kandidaten),
    werkruimte: new Werkruimte(profiel, steun),
  };
}

/**
 * Everything a run needs that does not depend on b, allocated once per model: the weights, the
 * first ρ bounds (cost / Σu, the same for every b), and scratch arrays. Runs on one model never
 * overlap (the counting is synchronous), so they can share it.
 */
class Werkruimte {
  readonly gewicht: Float64Array;
  readonly sigmaD: Float64Array;
  readonly beginGrensT: bigint[];
  readonly beginGrensN: bigint[];
  readonly beginGrensD: Float64Array;
  readonly klasse: Int32Array;
  readonly grensD: Float64Array;
  readonly grensFout: Float64Array;
  readonly grensT: (bigint | null)[];
  readonly grensN: bigint[];
  readonly vers: Uint8Array;
  readonly rhoNoemer: Float64Array;
  readonly arm: ArmeLijst[];
  readonly sKlasse: Int32Array;
  readonly sV: Float64Array;
  readonly sVGroot: bigint[];
  readonly sGewicht: Float64Array;
  readonly sSleutel: Float64Array;
  readonly heap: Int32Array;
  // Classes (see GelijkeDelenRun); typed arrays grow and keep their capacity across runs.
  kOuder = new Int32Array(1024);
  kRonde = new Int32Array(1024);
  kE = new Int32Array(1024);
  kBenadering = new Float64Array(1024);
  readonly kV: bigint[] = [];
  readonly kN: (bigint | undefined)[] = [];
  slotStempel = new Int32Array(1024);
  slotVan = new Int32Array(1024);
  armStempel = new Int32Array(1024);
  /** Never reset, so stamps of earlier runs cannot match. */
  stempel = 0;

  constructor(profiel: Profiel, steun: readonly ProjectSteun[]) {
    const groepen = profiel.groepen.length;
    const m = profiel.ids.length;
    this.gewicht = Float64Array.from(profiel.groepen, (g) => g.gewicht);
    this.sigmaD = Float64Array.from(steun, (s) => Number(s.sigma));
    this.beginGrensT = profiel.kosten.slice();
    this.beginGrensN = steun.map((s) => BigInt(s.totaalGewogen) * s.sigma);
    this.beginGrensD = Float64Array.from(this.beginGrensT, (t, p) =>
      this.beginGrensN[p] === 0n ? 0 : naarDouble(t, this.beginGrensN[p]),
    );
    this.klasse = new Int32Array(groepen);
    this.grensD = new Float64Array(m);
    this.grensFout = new Float64Array(m);
    this.grensT = new Array<bigint | null>(m).fill(null);
    this.grensN = new Array<bigint>(m).fill(1n);
    this.vers = new Uint8Array(m);
    this.rhoNoemer = new Float64Array(m);
    this.arm = Array.from({ length: m }, () => new ArmeLijst());
    this.sKlasse = new Int32Array(groepen);
    this.sV = new Float64Array(groepen);
    this.sVGroot = new Array<bigint>(groepen).fill(0n);
    this.sGewicht = new Float64Array(groepen);
    this.sSleutel = new Float64Array(groepen);
    this.heap = new Int32Array(groepen);
  }

  /** Makes room for class index c in all class and stamp arrays. */
  groeiKlassen(c: number): void {
    if (c < this.kOuder.length) {
      return;
    }
    const lengte = Math.max(c + 1, this.kOuder.length * 2);
    const groter = <T extends Int32Array | Float64Array>(oud: T, nieuw: T): T => {
      nieuw.set(oud);
      return nieuw;
    };
    this.kOuder = groter(this.kOuder, new Int32Array(lengte));
    this.kRonde = groter(this.kRonde, new Int32Array(lengte));
    this.kE = groter(this.kE, new Int32Array(lengte));
    this.kBenadering = groter(this.kBenadering, new Float64Array(lengte));
    this.slotStempel = groter(this.slotStempel, new Int32Array(lengte));
    this.slotVan = groter(this.slotVan, new Int32Array(lengte));
    this.armStempel = groter(this.armStempel, new Int32Array(lengte));
  }
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
 * `registreer` records rounds, payments and reasons for the explanation (slower).
 */
export function voerGelijkeDelenUit(
  model: GelijkeDelenModel,
  budgetTeller: bigint,
  budgetNoemer: bigint,
  registreer: boolean,
): GelijkeDelenUitkomst {
  return new GelijkeDelenRun(model, budgetTeller, budgetNoemer, registreer).voerUit();
}

/** A project's voters that pay all they have left (class, v, weight), from its last ρ computation. */
class ArmeLijst {
  klasse = new Int32Array(8);
  v = new Float64Array(8);
  gewicht = new Float64Array(8);
  lengte = 0;

  voegToe(klasse: number, v: number, gewicht: number): void {
    if (this.lengte === this.klasse.length) {
      const k = new Int32Array(this.lengte * 2);
      k.set(this.klasse);
      this.klasse = k;
      const vv = new Float64Array(this.lengte * 2);
      vv.set(this.v);
      this.v = vv;
      const w = new Float64Array(this.lengte * 2);
      w.set(this.gewicht);
      this.gewicht = w;
    }
    this.klasse[this.lengte] = klasse;
    this.v[this.lengte] = v;
    this.gewicht[this.lengte] = gewicht;
    this.lengte++;
  }
}

class GelijkeDelenRun {
  private readonly m: number;
  private readonly w: Werkruimte;
  /** Absolute error margin: ABSOLUUT · b. */
  private readonly abs: number;
  // Budget classes: class 0 is "nothing left", class 1 the starting budget b; every other class c
  // is value(kOuder[c]) − payment of round kRonde[c] · kV[c]. Exact value memoised in kN/kE.
  private aantalKlassen = 2;

  // Per selection round: the payment per unit v, as a numerator over D(rE[r]), and as a double.
  private readonly rAandeel: bigint[] = [];
  private readonly rE: number[] = [];
  private readonly rBenadering: number[] = [];

  // Common denominators per epoch; factor[e] = D(current) / D(e), filled lazily. D(e) is also kept
  // as a product of factors below 2^50, to reduce fractions over D cheaply (Breuk.vanFactoren).
  private readonly noemers: bigint[];
  private readonly noemerFactoren: bigint[][];
  private tijdperk = 0;
  private factor: (bigint | undefined)[] = [];

  private readonly verslag: GelijkeDelenVerslag | null;
  private readonly budget: Breuk;

  constructor(
    private readonly model: GelijkeDelenModel,
    budgetTeller: bigint,
    budgetNoemer: bigint,
    registreer: boolean,
  ) {
    const profiel = model.profiel;
    const w = model.werkruimte;
    this.w = w;
    this.m = profiel.ids.length;
    this.budget = Breuk.van(budgetTeller, budgetNoemer);
    const bT = this.budget.teller;
    const bN = this.budget.noemer;
    this.noemers = [bN];
    this.noemerFactoren = [[bN]];
    const b = naarDouble(bT, bN);
    this.abs = ABSOLUUT * b;
    w.kN.length = 2;
    w.kV.length = 2;
    w.kN[0] = 0n;
    w.kN[1] = bT;
    w.kE[1] = 0;
    w.kBenadering[0] = 0;
    w.kBenadering[1] = b;
    w.kV[0] = 0n;
    w.kV[1] = 1n;
    w.kOuder[1] = -1;
    w.klasse.fill(bT > 0n ? 1 : 0);
    w.vers.fill(0);
    for (const p of model.kandidaten) {
      // Before any payment ρ ≥ cost / Σu (reached when nobody is short of money); exact.
      w.grensT[p] = w.beginGrensT[p];
      w.grensN[p] = w.beginGrensN[p];
      w.grensD[p] = w.beginGrensD[p];
      w.grensFout[p] = 0;
    }
    this.verslag = registreer
      ? {
          rondes: [],
          betalingen: Array.from({ length: profiel.groepen.length }, () => []),
          totaalBetaald: [],
          afgevallen: new Map(),
        }
      : null;
  }

  voerUit(): GelijkeDelenUitkomst {
    const profiel = this.model.profiel;
    const gekozen = [...this.model.kosteloosGesteund];
    let totaleKosten = 0n;
    const actief = Int32Array.from(this.model.kandidaten);
    let aantalActief = actief.length;
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
      if (this.w.vers[beste] === 0) {
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
          this.w.vers[q] = 0;
        }
      }
    }
    if (this.verslag) {
      this.sluitVerslag(this.verslag, gekozen);
    }
    return { gekozen, totaleKosten, verslag: this.verslag };
  }

  private sluitVerslag(verslag: GelijkeDelenVerslag, gekozen: readonly number[]): void {
    // Why a candidate was not chosen, stated at the end of MES (independent of the lazy order).
    const gekozenSet = new Set(gekozen);
    for (const p of this.model.kandidaten) {
      if (!gekozenSet.has(p)) {
        const slots = this.verzamel(p);
        let som = 0n;
        for (let s = 0; s < slots; s++) {
          som += BigInt(this.w.sGewicht[s]) * this.exact(this.w.sKlasse[s]);
        }
        verslag.afgevallen.set(p, [som, this.D]);
      }
    }
    // What a group paid is its starting budget minus what its class has left: one Breuk per class.
    const perKlasse = new Map<number, Breuk>();
    for (let g = 0; g < this.w.klasse.length; g++) {
      const c = this.w.klasse[g];
      let totaal = perKlasse.get(c);
      if (totaal === undefined) {
        // b − N/D = (b·D − N)/D, and b·D is an integer because D is a multiple of b's denominator.
        totaal = c === 0 ? this.budget : this.overD(this.budget.teller * (this.D / this.budget.noemer) - this.exact(c));
        perKlasse.set(c, totaal);
      }
      verslag.totaalBetaald.push(totaal);
    }
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

  /** Round r's payment per unit v as a numerator over the current D. */
  private aandeel(r: number): bigint {
    const e = this.rE[r];
    if (e === this.tijdperk) {
      return this.rAandeel[r];
    }
    const n = this.rAandeel[r] * this.factorSinds(e);
    this.rAandeel[r] = n;
    this.rE[r] = this.tijdperk;
    return n;
  }

  /** Exact value of class c as a numerator over the current D (derived from its ancestors once). */
  private exact(c: number): bigint {
    const bekend = this.w.kN[c];
    if (bekend !== undefined) {
      const e = this.w.kE[c];
      if (e === this.tijdperk) {
        return bekend;
      }
      const n = bekend * this.factorSinds(e);
      this.w.kN[c] = n;
      this.w.kE[c] = this.tijdperk;
      return n;
    }
    const pad: number[] = [];
    let x = c;
    while (this.w.kN[x] === undefined) {
      pad.push(x);
      x = this.w.kOuder[x];
    }
    let n = this.exact(x);
    for (let i = pad.length - 1; i >= 0; i--) {
      const y = pad[i];
      const v = this.w.kV[y];
      const a = this.aandeel(this.w.kRonde[y]);
      n -= v === 1n ? a : a * v;
      this.w.kN[y] = n;
      this.w.kE[y] = this.tijdperk;
    }
    return n;
  }

  /** (bound, id) order: smaller ρ first, exact ties by project index (= id order). */
  private grensKleiner(p: number, q: number): boolean {
    const a = this.w.grensD[p];
    const b = this.w.grensD[q];
    if (Math.abs(a - b) > this.w.grensFout[p] + this.w.grensFout[q] + MARGE * (Math.abs(a) + Math.abs(b))) {
      return a < b;
    }
    this.maakGrensExact(p);
    this.maakGrensExact(q);
    const links = (this.w.grensT[p] as bigint) * this.w.grensN[q];
    const rechts = (this.w.grensT[q] as bigint) * this.w.grensN[p];
    return links < rechts || (links === rechts && p < q);
  }

  /** ρ = (cost − paid by the poor) / (D · noemer · σ), exactly, from p's last computation. */
  private maakGrensExact(p: number): void {
    if (this.w.grensT[p] !== null) {
      return;
    }
    const D = this.D;
    this.w.grensT[p] = this.model.profiel.kosten[p] * D - this.armBetaald(p);
    this.w.grensN[p] = D * BigInt(this.w.rhoNoemer[p]) * this.model.steun[p].sigma;
  }

  /** Σ weight · budget over p's poor list, as a numerator over the current D. */
  private armBetaald(p: number): bigint {
    const arm = this.w.arm[p];
    let som = 0n;
    for (let i = 0; i < arm.lengte; i++) {
      const w = arm.gewicht[i];
      const n = this.exact(arm.klasse[i]);
      som += w === 1 ? n : BigInt(w) * n;
    }
    return som;
  }

  private nieuweKlasse(ouder: number, ronde: number, v: bigint, benadering: number): number {
    const c = this.aantalKlassen++;
    const w = this.w;
    w.groeiKlassen(c);
    w.kOuder[c] = ouder;
    w.kRonde[c] = ronde;
    w.kBenadering[c] = benadering;
    w.kE[c] = 0;
    w.kV[c] = v;
    w.kN[c] = undefined;
    return c;
  }

  /** Groups project p's supporters by (class, v) into slots 0 … count-1. */
  private verzamel(p: number): number {
    const gewicht = this.w.gewicht;
    const klasse = this.w.klasse;
    let slots = 0;
    for (const vg of this.model.steun[p].vGroepen) {
      const st = ++this.w.stempel;
      const stempels = this.w.slotStempel;
      const van = this.w.slotVan;
      const groepen = vg.groepen;
      for (let i = 0; i < groepen.length; i++) {
        const g = groepen[i];
        const c = klasse[g];
        if (c === 0) {
          continue;
        }
        if (stempels[c] === st) {
          this.w.sGewicht[van[c]] += gewicht[g];
        } else {
          stempels[c] = st;
          van[c] = slots;
          this.w.sKlasse[slots] = c;
          this.w.sV[slots] = vg.v;
          this.w.sVGroot[slots] = vg.vGroot;
          this.w.sGewicht[slots] = gewicht[g];
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
    const benadering = this.w.kBenadering;
    const abs = this.abs;
    let somBenadering = 0;
    let gewichtTotaal = 0;
    for (let s = 0; s < slots; s++) {
      somBenadering += this.w.sGewicht[s] * benadering[this.w.sKlasse[s]];
      gewichtTotaal += this.w.sGewicht[s];
    }
    const margeBetaalbaar = MARGE * (kostenD + somBenadering) + 2 * abs * gewichtTotaal;
    if (somBenadering < kostenD - margeBetaalbaar) {
      return false;
    }
    if (somBenadering <= kostenD + margeBetaalbaar) {
      let som = 0n;
      for (let s = 0; s < slots; s++) {
        som += BigInt(this.w.sGewicht[s]) * this.exact(this.w.sKlasse[s]);
      }
      if (som < kosten * this.D) {
        return false;
      }
    }
    // Estimate ρ' in doubles with pabutools' poor/rich fixpoint (from below: ρ only grows), so that
    // only the slots below it (the poor, plus the next one) need to be put in order.
    const sleutel = this.w.sSleutel;
    const heap = this.w.heap;
    const sKlasse = this.w.sKlasse;
    const sV = this.w.sV;
    const sGewicht = this.w.sGewicht;
    let noemer = 0;
    for (let s = 0; s < slots; s++) {
      sleutel[s] = benadering[sKlasse[s]] / sV[s];
      noemer += sGewicht[s] * sV[s];
    }
    const noemerTotaal = noemer;
    let schatting = kostenD / noemer;
    for (let ronde = 0; ronde < 4; ronde++) {
      let armBedrag = 0;
      let armNoemer = 0;
      for (let s = 0; s < slots; s++) {
        if (sleutel[s] < schatting) {
          armBedrag += sGewicht[s] * benadering[sKlasse[s]];
          armNoemer += sGewicht[s] * sV[s];
        }
      }
      const volgende = armNoemer < noemerTotaal ? (kostenD - armBedrag) / (noemerTotaal - armNoemer) : Infinity;
      if (!(volgende > schatting * (1 + 1e-12))) {
        break;
      }
      schatting = volgende;
    }
    // In the heap: every slot up to the estimate. The rest waits outside (rest*), with its smallest
    // key known; the smallest is taken in too when it is clearly the smallest (the likely payer).
    // Keys err by at most abs (absolute) plus a tiny relative part; this margin covers both sides.
    const grens = schatting + (2 * MARGE * schatting + 2 * abs);
    let grootte = 0;
    let restBegin = slots;
    let restMin = Infinity;
    let restMinSlot = -1;
    let restTweede = Infinity;
    for (let s = 0; s < slots; s++) {
      const k = sleutel[s];
      if (k <= grens) {
        heap[grootte++] = s;
      } else {
        heap[--restBegin] = s;
        if (k < restMin) {
          restTweede = restMin;
          restMin = k;
          restMinSlot = s;
        } else if (k < restTweede) {
          restTweede = k;
        }
      }
    }
    if (restMinSlot >= 0 && (restTweede === Infinity || restTweede - restMin > 2 * MARGE * restTweede + 2 * abs)) {
      // Move it from the rest (heap[restBegin…]) to the heap part.
      const i = heap.indexOf(restMinSlot, restBegin);
      heap[i] = heap[restBegin];
      heap[restBegin++] = restMinSlot;
      heap[grootte++] = restMinSlot;
      restMin = restTweede;
    }
    let restOver = restBegin < slots;
    for (let i = (grootte >> 1) - 1; i >= 0; i--) {
      this.zakNeer(i, grootte);
    }
    const arm = this.w.arm[p];
    arm.lengte = 0;
    let betaaldD = 0;
    for (;;) {
      if (restOver && (grootte === 0 || !(sleutel[heap[0]] < restMin - (2 * MARGE * restMin + 2 * abs)))) {
        // The next slot might be one that waits outside: take them all in and order everything.
        const rest = slots - restBegin;
        heap.copyWithin(grootte, restBegin, slots);
        grootte += rest;
        for (let i = (grootte >> 1) - 1; i >= 0; i--) {
          this.zakNeer(i, grootte);
        }
        restOver = false;
      }
      if (grootte === 0) {
        break;
      }
      const s = heap[0];
      heap[0] = heap[--grootte];
      this.zakNeer(0, grootte);
      const c = this.w.sKlasse[s];
      const v = this.w.sV[s];
      const b = benadering[c];
      // Rich iff (cost − paid)/noemer · v ≤ b, i.e. (cost − paid)·v ≤ b·noemer.
      const links = (kostenD - betaaldD) * v;
      const rechts = b * noemer;
      const marge = MARGE * ((kostenD + betaaldD) * v + rechts) + 2 * abs * (v * gewichtTotaal + noemerTotaal);
      let rijk: boolean;
      if (links - rechts > marge) {
        rijk = false;
      } else if (rechts - links > marge) {
        rijk = true;
      } else {
        rijk = (kosten * this.D - this.armBetaald(p)) * this.w.sVGroot[s] <= this.exact(c) * BigInt(noemer);
      }
      if (rijk) {
        const sigma = this.w.sigmaD[p];
        this.w.rhoNoemer[p] = noemer;
        this.w.grensD[p] = (kostenD - betaaldD) / noemer / sigma;
        // Error of (cost − paid)/noemer: the paid sum's error over noemer, plus rounding.
        this.w.grensFout[p] =
          ((MARGE * (kostenD + betaaldD) + 2 * abs * gewichtTotaal) / noemer + MARGE * Math.abs(this.w.grensD[p]) * sigma) /
          sigma;
        this.w.grensT[p] = null;
        this.w.vers[p] = 1;
        return true;
      }
      const w = this.w.sGewicht[s];
      arm.voegToe(c, v, w);
      betaaldD += w * b;
      noemer -= w * v;
    }
    // Unreachable when the affordability test passed; kept so a bug cannot select an unaffordable project.
    return false;
  }

  private slotKleiner(a: number, b: number): boolean {
    const x = this.w.sSleutel[a];
    const y = this.w.sSleutel[b];
    if (Math.abs(x - y) > MARGE * (x + y) + 2 * this.abs) {
      return x < y;
    }
    return this.exact(this.w.sKlasse[a]) * this.w.sVGroot[b] < this.exact(this.w.sKlasse[b]) * this.w.sVGroot[a];
  }

  private zakNeer(i: number, grootte: number): void {
    const heap = this.w.heap;
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

  /** Selects fresh project p: the poor pay all they have, everyone else pays ρ'·v. */
  private kies(p: number): void {
    // ρ' = x / (D·noemer), exactly.
    const x = this.model.profiel.kosten[p] * this.D - this.armBetaald(p);
    const noemer = this.w.rhoNoemer[p];
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
    // ρ'·D': the payment per unit v as a numerator over the new D.
    const perEenheid = h === 1 ? x : x / BigInt(h);
    const ronde = this.rAandeel.length;
    this.rAandeel.push(perEenheid);
    this.rE.push(this.tijdperk);
    const perEenheidD = naarDouble(perEenheid, D);
    this.rBenadering.push(perEenheidD);

    const arm = this.w.arm[p];
    const klasse = this.w.klasse;
    const gewicht = this.w.gewicht;
    const verslag = this.verslag;
    let betalers = 0;
    let volledigBetaald = 0;
    for (const vg of this.model.steun[p].vGroepen) {
      // Who pays everything was settled when ρ was computed: p's poor list, for this v.
      const st = ++this.w.stempel;
      for (let i = 0; i < arm.lengte; i++) {
        if (arm.v[i] === vg.v) {
          this.w.armStempel[arm.klasse[i]] = st;
        }
      }
      const aandeelBreuk = verslag ? this.overD(vg.vGroot === 1n ? perEenheid : perEenheid * vg.vGroot) : null;
      const armBetaling = verslag ? new Map<number, Breuk>() : null;
      const groepen = vg.groepen;
      for (let i = 0; i < groepen.length; i++) {
        const g = groepen[i];
        const c = klasse[g];
        if (c === 0) {
          continue;
        }
        const w = gewicht[g];
        betalers += w;
        if (this.w.armStempel[c] === st) {
          volledigBetaald += w;
          klasse[g] = 0;
          if (verslag && armBetaling) {
            let b = armBetaling.get(c);
            if (b === undefined) {
              b = this.overD(this.exact(c));
              armBetaling.set(c, b);
            }
            verslag.betalingen[g].push([p, b]);
          }
          continue;
        }
        // One child class per (class, v): found again through the slot stamps.
        let kind: number;
        if (this.w.slotStempel[c] === st) {
          kind = this.w.slotVan[c];
        } else {
          kind = this.nieuweKlasse(c, ronde, vg.vGroot, Math.max(0, this.w.kBenadering[c] - perEenheidD * vg.v));
          this.w.slotStempel[c] = st;
          this.w.slotVan[c] = kind;
        }
        klasse[g] = kind;
        if (verslag) {
          verslag.betalingen[g].push([p, aandeelBreuk as Breuk]);
        }
      }
    }
    if (verslag) {
      verslag.rondes.push({
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
