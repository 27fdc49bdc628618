import { Breuk } from './breuk';
import type { Tevredenheid } from './telling.types';

/**
 * Test oracle: the pb-public README transcribed literally, as slowly and plainly as possible
 * (every voter separately, every ρ recomputed every round, Breuk everywhere). The optimised
 * engine must give exactly the same order on every instance.
 */
export interface NaieveRonde {
  readonly budget: Breuk;
  readonly projecten: readonly { readonly id: string; readonly kosten: Breuk }[];
  /** Per voter: points per project id (approval ballots: 1 per chosen project). */
  readonly stemmen: readonly ReadonlyMap<string, Breuk>[];
}

export interface NaieveUitkomst {
  readonly volgorde: string[];
  readonly add1Iteraties: number | null;
  readonly add1Budget: Breuk | null;
}

const NUL = Breuk.NUL;

function nut(
  ronde: NaieveRonde,
  tevredenheid: Tevredenheid,
  stem: ReadonlyMap<string, Breuk>,
  p: { id: string; kosten: Breuk },
): Breuk {
  const punten = stem.get(p.id) ?? NUL;
  if (punten.isNul()) {
    return NUL;
  }
  return tevredenheid === 'cost' ? p.kosten : tevredenheid === 'cardinality' ? Breuk.EEN : punten;
}

function gesorteerd<T extends { id: string }>(lijst: readonly T[]): T[] {
  return [...lijst].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function naiefGretig(ronde: NaieveRonde, tevredenheid: Tevredenheid, start: readonly string[]): string[] {
  const totaal = (p: { id: string; kosten: Breuk }): Breuk =>
    ronde.stemmen.reduce((som, s) => som.plus(nut(ronde, tevredenheid, s, p)), NUL);
  const dichtheid = (p: { id: string; kosten: Breuk }): Breuk | 'oneindig' => {
    const t = totaal(p);
    if (t.isNul()) {
      return NUL;
    }
    return p.kosten.isNul() ? 'oneindig' : t.gedeeldDoor(p.kosten);
  };
  const vergelijk = (a: Breuk | 'oneindig', b: Breuk | 'oneindig'): number =>
    a === 'oneindig' ? (b === 'oneindig' ? 0 : 1) : b === 'oneindig' ? -1 : a.vergelijk(b);
  const kandidaten = gesorteerd(ronde.projecten.filter((p) => !start.includes(p.id)));
  // Array.prototype.sort is stable, so equal densities keep ascending id order.
  kandidaten.sort((a, b) => vergelijk(dichtheid(b), dichtheid(a)));
  let rest = ronde.budget;
  for (const id of start) {
    rest = rest.min((ronde.projecten.find((p) => p.id === id) as { kosten: Breuk }).kosten);
  }
  const gekozen = [...start];
  for (const p of kandidaten) {
    if (p.kosten.kleinerOfGelijk(rest)) {
      gekozen.push(p.id);
      rest = rest.min(p.kosten);
    }
  }
  return gekozen;
}

interface MesResultaat {
  readonly volgorde: string[];
  readonly kandidaten: readonly { id: string; kosten: Breuk }[];
}

export function naieveMes(ronde: NaieveRonde, tevredenheid: Tevredenheid, b: Breuk): MesResultaat {
  const budgetten = ronde.stemmen.map(() => b);
  const projecten = gesorteerd(ronde.projecten);
  const gesteund = projecten.filter((p) => ronde.stemmen.some((s) => !nut(ronde, tevredenheid, s, p).isNul()));
  const volgorde = gesteund.filter((p) => p.kosten.isNul()).map((p) => p.id);
  const kandidaten = gesteund.filter((p) => !p.kosten.isNul());
  let over = [...kandidaten];
  for (;;) {
    let beste: { id: string; kosten: Breuk } | null = null;
    let besteRho = NUL;
    const volgendeRonde: { id: string; kosten: Breuk }[] = [];
    for (const p of over) {
      const steuners = ronde.stemmen.map((s, i) => ({ i, u: nut(ronde, tevredenheid, s, p) })).filter((x) => !x.u.isNul());
      const beschikbaar = steuners.reduce((som, x) => som.plus(budgetten[x.i]), NUL);
      if (beschikbaar.kleinerDan(p.kosten)) {
        continue; // dropped for good
      }
      volgendeRonde.push(p);
      steuners.sort((x, y) => budgetten[x.i].gedeeldDoor(x.u).vergelijk(budgetten[y.i].gedeeldDoor(y.u)));
      let betaald = NUL;
      let noemer = steuners.reduce((som, x) => som.plus(x.u), NUL);
      let rho: Breuk | null = null;
      for (const x of steuners) {
        const kandidaat = p.kosten.min(betaald).gedeeldDoor(noemer);
        if (kandidaat.maal(x.u).kleinerOfGelijk(budgetten[x.i])) {
          rho = kandidaat;
          break;
        }
        betaald = betaald.plus(budgetten[x.i]);
        noemer = noemer.min(x.u);
      }
      if (rho === null) {
        throw new Error('naieve MES: geen rho ondanks voldoende budget');
      }
      if (beste === null || rho.kleinerDan(besteRho)) {
        beste = p;
        besteRho = rho;
      }
    }
    if (beste === null) {
      return { volgorde, kandidaten };
    }
    const gekozen = beste;
    volgorde.push(gekozen.id);
    over = volgendeRonde.filter((p) => p.id !== gekozen.id);
    ronde.stemmen.forEach((s, i) => {
      const u = nut(ronde, tevredenheid, s, gekozen);
      if (!u.isNul()) {
        const aandeel = besteRho.maal(u);
        budgetten[i] = budgetten[i].min(aandeel.kleinerDan(budgetten[i]) ? aandeel : budgetten[i]);
      }
    });
  }
}

function kostenVan(ronde: NaieveRonde, ids: readonly string[]): Breuk {
  return ids.reduce((som, id) => som.plus((ronde.projecten.find((p) => p.id === id) as { kosten: Breuk }).kosten), NUL);
}

export function naieveTelling(ronde: NaieveRonde, regel: string, ophoging: Breuk = Breuk.EEN): NaieveUitkomst {
  const delen = regel.split('_');
  const tevredenheid = delen[1] as Tevredenheid;
  if (delen[0] === 'greedy') {
    return { volgorde: naiefGretig(ronde, tevredenheid, []), add1Iteraties: null, add1Budget: null };
  }
  const n = ronde.stemmen.length;
  const b0 = n === 0 ? NUL : ronde.budget.gedeeldDoor(BigInt(n));
  let volgorde: string[];
  let add1Iteraties: number | null = null;
  let add1Budget: Breuk | null = null;
  if (delen.includes('add1')) {
    let vorige: string[] | null = null;
    for (let k = 0; ; k++) {
      const b = b0.plus(ophoging.maal(BigInt(k)));
      const r = naieveMes(ronde, tevredenheid, b);
      const kosten = kostenVan(ronde, r.volgorde);
      if (ronde.budget.kleinerDan(kosten)) {
        volgorde = vorige ?? r.volgorde;
        add1Iteraties = k + 1;
        add1Budget = b.min(ophoging);
        break;
      }
      const rest = ronde.budget.min(kosten);
      if (!r.kandidaten.some((p) => !r.volgorde.includes(p.id) && p.kosten.kleinerOfGelijk(rest))) {
        volgorde = r.volgorde;
        add1Iteraties = k + 1;
        add1Budget = b;
        break;
      }
      vorige = r.volgorde;
    }
  } else {
    volgorde = naieveMes(ronde, tevredenheid, b0).volgorde;
  }
  if (delen[delen.length - 1] === 'greedy') {
    const rest = ronde.budget.min(kostenVan(ronde, volgorde));
    const uitputtend = !ronde.projecten.some((p) => !volgorde.includes(p.id) && p.kosten.kleinerOfGelijk(rest));
    if (!uitputtend) {
      volgorde = naiefGretig(ronde, tevredenheid, volgorde);
    }
  }
  return { volgorde, add1Iteraties, add1Budget };
}
