import type { Kenmerk, Loteling, LotingInvoer } from './sortitie.types';

/**
 * Pure rules of the quotas: input checks, whether a panel meets every quota, and the necessary
 * conditions that explain in plain Dutch why no panel can meet them (the solver's slack model in
 * leximin.ts finds the combinations these single-feature checks cannot see).
 */

/** Bounds that keep the LP and ILP small enough for a staff act of seconds (README, "Burgerberaad"). */
export const MAX_LOTELINGEN = 1000;
export const MAX_GROOTTE = 150;
export const MAX_KENMERKEN = 6;
export const MAX_WAARDEN = 12;

export function waardeLabel(k: Kenmerk, waarde: string): string {
  return k.waarden.find((w) => w.waarde === waarde)?.label ?? waarde;
}

/** Structural checks of the quotas alone (when the assembly is set up). */
export function controleerKenmerken(grootte: number, kenmerken: readonly Kenmerk[]): string[] {
  const fouten: string[] = [];
  if (!Number.isInteger(grootte) || grootte < 1 || grootte > MAX_GROOTTE) {
    fouten.push(`De omvang van het beraad moet tussen 1 en ${MAX_GROOTTE} mensen liggen.`);
  }
  if (kenmerken.length > MAX_KENMERKEN) {
    fouten.push(`Gebruik hoogstens ${MAX_KENMERKEN} kenmerken.`);
  }
  const sleutels = new Set<string>();
  for (const k of kenmerken) {
    if (sleutels.has(k.sleutel)) {
      fouten.push(`Het kenmerk "${k.naam}" staat er twee keer in.`);
    }
    sleutels.add(k.sleutel);
    if (k.waarden.length < 1 || k.waarden.length > MAX_WAARDEN) {
      fouten.push(`Het kenmerk "${k.naam}" heeft 1 tot ${MAX_WAARDEN} waarden nodig.`);
    }
    const waarden = new Set<string>();
    for (const w of k.waarden) {
      if (waarden.has(w.waarde)) {
        fouten.push(`Bij "${k.naam}" staat de waarde "${w.label}" twee keer.`);
      }
      waarden.add(w.waarde);
      if (!Number.isInteger(w.min) || !Number.isInteger(w.max) || w.min < 0 || w.max < w.min) {
        fouten.push(`Bij "${k.naam}", "${w.label}": het minimum moet 0 of meer zijn en het maximum minstens het minimum.`);
      }
    }
    const somMin = k.waarden.reduce((s, w) => s + w.min, 0);
    const somMax = k.waarden.reduce((s, w) => s + w.max, 0);
    if (somMin > grootte) {
      fouten.push(`Bij "${k.naam}" vragen de minimums samen ${somMin} mensen, maar het beraad telt er ${grootte}.`);
    }
    if (somMax < grootte) {
      fouten.push(`Bij "${k.naam}" laten de maximums samen maar ${somMax} mensen toe, maar het beraad telt er ${grootte}.`);
    }
  }
  return fouten;
}

/** Checks a volunteer's answers against the features (every feature one listed value). */
export function controleerAntwoorden(kenmerken: readonly Kenmerk[], antwoorden: Record<string, string>): string[] {
  const fouten: string[] = [];
  for (const k of kenmerken) {
    const a = antwoorden[k.sleutel];
    if (a === undefined || !k.waarden.some((w) => w.waarde === a)) {
      fouten.push(`Kies bij "${k.naam}" een van de mogelijkheden.`);
    }
  }
  for (const s of Object.keys(antwoorden)) {
    if (!kenmerken.some((k) => k.sleutel === s)) {
      fouten.push(`Het kenmerk "${s}" hoort niet bij dit beraad.`);
    }
  }
  return fouten;
}

/** Whether a panel (ids of volunteers) has the right size and meets every quota. */
export function panelVoldoet(invoer: LotingInvoer, leden: readonly string[]): boolean {
  if (leden.length !== invoer.grootte || new Set(leden).size !== leden.length) {
    return false;
  }
  const perId = new Map(invoer.lotelingen.map((l) => [l.id, l]));
  const gekozen = leden.map((id) => perId.get(id));
  if (gekozen.some((l) => l === undefined)) {
    return false;
  }
  return invoer.kenmerken.every((k) =>
    k.waarden.every((w) => {
      const n = gekozen.filter((l) => (l as Loteling).kenmerken[k.sleutel] === w.waarde).length;
      return n >= w.min && n <= w.max;
    }),
  );
}

/**
 * Necessary conditions per feature given the pool, each a plain Dutch sentence naming the quota
 * that cannot be met. Empty does not prove feasibility (features interact); leximin.ts then asks
 * the solver which quotas to relax.
 */
export function onhaalbareQuota(invoer: LotingInvoer): string[] {
  const redenen: string[] = [];
  const n = invoer.lotelingen.length;
  if (n < invoer.grootte) {
    redenen.push(`Er hebben zich ${n} mensen aangemeld; het beraad telt er ${invoer.grootte}.`);
  }
  for (const k of invoer.kenmerken) {
    let haalbaarMax = 0;
    for (const w of k.waarden) {
      const beschikbaar = invoer.lotelingen.filter((l) => l.kenmerken[k.sleutel] === w.waarde).length;
      haalbaarMax += Math.min(w.max, beschikbaar);
      if (beschikbaar < w.min) {
        redenen.push(
          `Quotum "${k.naam}: ${w.label}" vraagt minstens ${w.min} ${w.min === 1 ? 'persoon' : 'mensen'}, ` +
            (beschikbaar === 0
              ? 'maar niemand met die waarde heeft zich aangemeld.'
              : `maar er ${beschikbaar === 1 ? 'heeft zich 1 persoon' : `hebben zich ${beschikbaar} mensen`} met die waarde aangemeld.`),
        );
      }
    }
    if (haalbaarMax < invoer.grootte && n >= invoer.grootte) {
      redenen.push(
        `Bij "${k.naam}" laten de maximums, met de mensen die zich aanmeldden, samen maar ${haalbaarMax} ${haalbaarMax === 1 ? 'plaats' : 'plaatsen'} toe; ` +
          `het beraad telt er ${invoer.grootte}. Verhoog een maximum of werf meer mensen.`,
      );
    }
  }
  return redenen;
}
