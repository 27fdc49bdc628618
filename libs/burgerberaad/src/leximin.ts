import { los, type Model, type Rij, type Term } from './oplosser';
import { MAX_GROOTTE, MAX_LOTELINGEN, onhaalbareQuota } from './quota.rules';
import type { LotingInvoer, PanelKans, Verdeling } from './sortitie.types';

/**
 * LEXIMIN over quota-satisfying panels (Flanigan, Gölz, Gupta, Hennig & Procaccia, "Fair algorithms
 * for selecting citizens' assemblies", Nature 596, 2021, Methods and Supplementary Information 7):
 * among all probability distributions over panels that meet the quotas, maximise the lowest
 * selection probability of any volunteer, then the second-lowest, and so on.
 *
 * Column generation, as in the paper: a growing set of panels; per level the dual LP
 *   min ŷ − Σ_{fixed i} f_i·y_i   s.t.  Σ_{unfixed i} y_i = 1,  ŷ ≥ Σ_{i∈P} y_i for every panel P,  y ≥ 0
 * is solved over the known panels; the pricing step (an ILP) finds the quota-feasible panel with
 * the largest weight Σ_{i∈P} y_i. If it beats ŷ the panel is added; otherwise the LP is optimal over
 * all panels, its value z* is this level's probability, and every unfixed volunteer with y_i > 0 is
 * fixed at z* (complementary slackness: no optimal distribution gives them more). When everyone is
 * fixed, a last primal LP finds the probabilities of the panels.
 */

/** The LP is optimal when no panel beats ŷ by more than this. */
const PRIJS_EPS = 1e-7;
/** A volunteer whose dual weight exceeds this is tight at this level. */
const VAST_EPS = 1e-7;
/** Work bounds: beyond these the draw is refused with an explanation (README, "Burgerberaad"). */
export const MAX_PANELEN = 3000;
export const MAX_PRIJSSTAPPEN = 6000;

export class QuotaOnhaalbaarError extends Error {
  constructor(readonly redenen: string[]) {
    super(`Geen enkel panel voldoet aan alle quota. ${redenen.join(' ')}`);
  }
}

export class LotingTeZwaarError extends Error {}

function quotaRijen(invoer: LotingInvoer, x: (i: number) => string): Rij[] {
  const rijen: Rij[] = [
    {
      naam: 'omvang',
      termen: invoer.lotelingen.map((_, i) => ({ variabele: x(i), coef: 1 })),
      soort: '=',
      rechts: invoer.grootte,
    },
  ];
  invoer.kenmerken.forEach((k, ki) =>
    k.waarden.forEach((w, wi) => {
      const termen = invoer.lotelingen.flatMap((l, i) =>
        l.kenmerken[k.sleutel] === w.waarde ? [{ variabele: x(i), coef: 1 }] : [],
      );
      rijen.push({ naam: `min_${ki}_${wi}`, termen, soort: '>=', rechts: w.min });
      rijen.push({ naam: `max_${ki}_${wi}`, termen, soort: '<=', rechts: w.max });
    }),
  );
  return rijen;
}

/**
 * The pricing step: the quota-feasible panel of maximal weight Σ gewicht_i (an ILP over binary
 * x_i), or null when no panel meets the quotas.
 */
export async function zwaarstePanel(invoer: LotingInvoer, gewichten: readonly number[]): Promise<number[] | null> {
  const x = (i: number) => `x${i}`;
  const model: Model = {
    richting: 'Maximize',
    doel: gewichten.flatMap((g, i) => (Math.abs(g) > 1e-12 ? [{ variabele: x(i), coef: g }] : [])),
    rijen: quotaRijen(invoer, x),
    binair: invoer.lotelingen.map((_, i) => x(i)),
  };
  const o = await los(model);
  if (o.status === 'Infeasible') {
    return null;
  }
  if (o.status !== 'Optimal') {
    throw new Error(`De oplosser stopte met status "${o.status}" bij het zoeken van een panel.`);
  }
  return invoer.lotelingen.flatMap((_, i) => (o.waarde(x(i)) > 0.5 ? [i] : []));
}

/**
 * Which quotas must give way for any panel to exist, in plain Dutch: first the single-feature
 * checks, else the smallest total relaxation the solver finds (slack on each min and max).
 */
export async function verklaarOnhaalbaarheid(invoer: LotingInvoer): Promise<string[]> {
  const eenvoudig = onhaalbareQuota(invoer);
  if (eenvoudig.length > 0) {
    return eenvoudig;
  }
  const x = (i: number) => `x${i}`;
  const rijen = quotaRijen(invoer, x).map((r) => {
    const m = /^(min|max)_(\d+)_(\d+)$/.exec(r.naam);
    if (!m) {
      return r;
    }
    const slack = `s_${r.naam}`;
    return { ...r, termen: [...r.termen, { variabele: slack, coef: m[1] === 'min' ? 1 : -1 }] };
  });
  const slacks = rijen.filter((r) => r.naam !== 'omvang').map((r) => `s_${r.naam}`);
  const o = await los({
    richting: 'Minimize',
    doel: slacks.map((s) => ({ variabele: s, coef: 1 })),
    rijen,
    binair: invoer.lotelingen.map((_, i) => x(i)),
  });
  if (o.status !== 'Optimal') {
    return [`Met ${invoer.lotelingen.length} aanmeldingen is geen panel van ${invoer.grootte} mensen te vormen.`];
  }
  const redenen: string[] = [];
  invoer.kenmerken.forEach((k, ki) =>
    k.waarden.forEach((w, wi) => {
      const onder = Math.round(o.waarde(`s_min_${ki}_${wi}`));
      const boven = Math.round(o.waarde(`s_max_${ki}_${wi}`));
      if (onder > 0) {
        redenen.push(
          `Quotum "${k.naam}: ${w.label}" (minstens ${w.min}) is samen met de andere quota niet te halen; ` +
            `het lukt met een minimum van ${w.min - onder}.`,
        );
      }
      if (boven > 0) {
        redenen.push(
          `Quotum "${k.naam}: ${w.label}" (hoogstens ${w.max}) is samen met de andere quota niet te halen; ` +
            `het lukt met een maximum van ${w.max + boven}.`,
        );
      }
    }),
  );
  return redenen.length > 0 ? redenen : ['De quota sluiten elkaar uit; verruim een minimum of maximum.'];
}

function sleutel(leden: readonly number[]): string {
  return leden.join(',');
}

/** Canonical order of panels (by sorted member ids), so that the draw is reproducible. */
export function ordenPanelen(panelen: PanelKans[]): PanelKans[] {
  return panelen
    .map((p) => ({ leden: [...p.leden].sort(), kans: p.kans }))
    .sort((a, b) => (a.leden.join(',') < b.leden.join(',') ? -1 : a.leden.join(',') > b.leden.join(',') ? 1 : 0));
}

export async function leximin(invoer: LotingInvoer): Promise<Verdeling> {
  const n = invoer.lotelingen.length;
  if (n > MAX_LOTELINGEN || invoer.grootte > MAX_GROOTTE) {
    throw new LotingTeZwaarError(
      `Een loting kan met hoogstens ${MAX_LOTELINGEN} aanmeldingen en een beraad van hoogstens ${MAX_GROOTTE} mensen.`,
    );
  }
  const statistiek = { lpRondes: 0, prijsstappen: 0, panelenGegenereerd: 0, niveaus: 0 };
  const panelen: number[][] = [];
  const bekend = new Set<string>();
  const voegToe = (p: number[]): boolean => {
    const s = sleutel(p);
    if (bekend.has(s)) {
      return false;
    }
    if (panelen.length >= MAX_PANELEN) {
      throw new LotingTeZwaarError(
        `De berekening heeft meer dan ${MAX_PANELEN} panels nodig; maak de quota eenvoudiger of de groep kleiner.`,
      );
    }
    bekend.add(s);
    panelen.push(p);
    statistiek.panelenGegenereerd++;
    return true;
  };

  // Start panels: repeatedly the panel with the most volunteers not yet in any panel. When no
  // panel can take another new volunteer, those left can sit in no panel (probability 0).
  const gedekt = new Set<number>();
  for (;;) {
    statistiek.prijsstappen++;
    const p = await zwaarstePanel(
      invoer,
      invoer.lotelingen.map((_, i) => (gedekt.has(i) ? 0 : 1)),
    );
    if (p === null) {
      throw new QuotaOnhaalbaarError(await verklaarOnhaalbaarheid(invoer));
    }
    const nieuw = p.filter((i) => !gedekt.has(i));
    voegToe(p);
    if (nieuw.length === 0) {
      break;
    }
    nieuw.forEach((i) => gedekt.add(i));
  }

  const vast = new Map<number, number>();
  const y = (i: number) => `y${i}`;
  while (vast.size < n) {
    statistiek.niveaus++;
    for (;;) {
      if (statistiek.prijsstappen > MAX_PRIJSSTAPPEN) {
        throw new LotingTeZwaarError(
          `De berekening heeft meer dan ${MAX_PRIJSSTAPPEN} stappen nodig; maak de quota eenvoudiger of de groep kleiner.`,
        );
      }
      const doel: Term[] = [{ variabele: 'yhat', coef: 1 }];
      for (const [i, f] of vast) {
        doel.push({ variabele: y(i), coef: -f });
      }
      const rijen: Rij[] = [
        {
          naam: 'som',
          termen: invoer.lotelingen.flatMap((_, i) => (vast.has(i) ? [] : [{ variabele: y(i), coef: 1 }])),
          soort: '=',
          rechts: 1,
        },
        ...panelen.map((p, j) => ({
          naam: `p${j}`,
          termen: [{ variabele: 'yhat', coef: 1 }, ...p.map((i) => ({ variabele: y(i), coef: -1 }))],
          soort: '>=' as const,
          rechts: 0,
        })),
      ];
      // Every y_i appears (also in no panel yet): a volunteer in no panel is how ŷ can reach 0.
      const grenzen = ['yhat free', ...invoer.lotelingen.map((_, i) => `${y(i)} >= 0`)];
      statistiek.lpRondes++;
      const o = await los({ richting: 'Minimize', doel, rijen, grenzen });
      if (o.status !== 'Optimal') {
        throw new Error(`De oplosser stopte met status "${o.status}" in de LEXIMIN-stap.`);
      }
      const gewichten = invoer.lotelingen.map((_, i) => Math.max(0, o.waarde(y(i))));
      const yhat = o.waarde('yhat');
      statistiek.prijsstappen++;
      const beste = (await zwaarstePanel(invoer, gewichten)) as number[];
      const waarde = beste.reduce((s, i) => s + gewichten[i], 0);
      if (waarde > yhat + PRIJS_EPS && voegToe(beste)) {
        continue;
      }
      // Optimal over all panels: fix the tight volunteers at this level's value.
      const niveau = Math.max(0, o.doelwaarde);
      let gefixeerd = 0;
      invoer.lotelingen.forEach((_, i) => {
        if (!vast.has(i) && gewichten[i] > VAST_EPS) {
          vast.set(i, niveau);
          gefixeerd++;
        }
      });
      if (gefixeerd === 0) {
        // Σ y_i = 1 over the unfixed makes this impossible unless the LP lost precision.
        throw new Error('De LEXIMIN-stap legde niemand vast; de oplosser verloor precisie.');
      }
      break;
    }
  }

  // The distribution itself: probabilities of the panels that give everyone their level.
  const p = (j: number) => `p${j}`;
  statistiek.lpRondes++;
  const o = await los({
    richting: 'Minimize',
    doel: [{ variabele: 'tekort', coef: 1 }],
    rijen: [
      { naam: 'som', termen: panelen.map((_, j) => ({ variabele: p(j), coef: 1 })), soort: '=', rechts: 1 },
      ...invoer.lotelingen.map((_, i) => ({
        naam: `a${i}`,
        termen: [
          ...panelen.flatMap((leden, j) => (leden.includes(i) ? [{ variabele: p(j), coef: 1 }] : [])),
          { variabele: 'tekort', coef: 1 },
        ],
        soort: '>=' as const,
        rechts: vast.get(i) ?? 0,
      })),
    ],
  });
  if (o.status !== 'Optimal') {
    throw new Error(`De oplosser stopte met status "${o.status}" bij de verdeling over panels.`);
  }
  const ruw = panelen.map((leden, j) => ({ leden, kans: Math.max(0, o.waarde(p(j))) })).filter((x) => x.kans > 1e-9);
  const totaal = ruw.reduce((s, x) => s + x.kans, 0);
  const ids = invoer.lotelingen.map((l) => l.id);
  const verdeling = ordenPanelen(ruw.map((x) => ({ leden: x.leden.map((i) => ids[i]), kans: x.kans / totaal })));
  return { panelen: verdeling, kansen: kansenVan(ids, verdeling), statistiek };
}

/** Each volunteer's selection probability: the sum over the panels that contain them. */
export function kansenVan(ids: readonly string[], panelen: readonly PanelKans[]): Record<string, number> {
  const kansen: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  for (const p of panelen) {
    for (const id of p.leden) {
      kansen[id] += p.kans;
    }
  }
  return kansen;
}
