import loadHighs, { type Highs } from 'highs';

/**
 * The HiGHS solver (WebAssembly, npm `highs`) behind a small model builder. Models are written in
 * CPLEX LP format: one fresh solver per call (the one-shot API), so no state leaks between draws.
 * Solves are synchronous and block the event loop; the sizes are bounded in quota.rules.ts.
 */
let geladen: Promise<Highs> | null = null;

export function oplosser(): Promise<Highs> {
  geladen ??= loadHighs();
  return geladen;
}

export interface Term {
  variabele: string;
  coef: number;
}

export interface Rij {
  naam: string;
  termen: Term[];
  soort: '<=' | '>=' | '=';
  rechts: number;
}

export interface Model {
  richting: 'Maximize' | 'Minimize';
  doel: Term[];
  rijen: Rij[];
  /** Bounds lines as written (e.g. `yhat free`, `0 <= p3 <= 1`). */
  grenzen?: string[];
  binair?: string[];
}

function getal(x: number): string {
  // LP format reads plain decimals; tiny weights are noise of the previous LP, not information.
  if (Math.abs(x) < 1e-12) {
    return '0';
  }
  return Number.isInteger(x) ? String(x) : x.toPrecision(15).replace(/\.?0+$/, '');
}

function uitdrukking(termen: Term[]): string {
  if (termen.length === 0) {
    return '0 nul';
  }
  const delen = termen.map((t, i) => {
    const c = getal(Math.abs(t.coef));
    const teken = t.coef < 0 ? '-' : i === 0 ? '' : '+';
    return `${teken} ${c} ${t.variabele}`;
  });
  // Short lines: LP readers limit the line length; a continuation line simply goes on.
  const regels: string[] = [];
  for (let i = 0; i < delen.length; i += 8) {
    regels.push(delen.slice(i, i + 8).join(' '));
  }
  return regels.join('\n   ');
}

export function alsLp(m: Model): string {
  const heeftNul = [m.doel, ...m.rijen.map((r) => r.termen)].some((t) => t.length === 0);
  const delen = [`${m.richting}`, ` doel: ${uitdrukking(m.doel)}`, 'Subject To'];
  for (const r of m.rijen) {
    delen.push(` ${r.naam}: ${uitdrukking(r.termen)} ${r.soort} ${getal(r.rechts)}`);
  }
  const grenzen = [...(m.grenzen ?? []), ...(heeftNul ? ['nul = 0'] : [])];
  if (grenzen.length > 0) {
    delen.push('Bounds', ...grenzen.map((g) => ` ${g}`));
  }
  if (m.binair && m.binair.length > 0) {
    delen.push('Binaries');
    for (let i = 0; i < m.binair.length; i += 10) {
      delen.push(` ${m.binair.slice(i, i + 10).join(' ')}`);
    }
  }
  delen.push('End');
  return delen.join('\n');
}

export interface Oplossing {
  status: string;
  doelwaarde: number;
  waarde: (variabele: string) => number;
  /** The dual value of a row, by name (LP only). */
  dual: (rij: string) => number;
}

export async function los(m: Model, opties: { mipGat?: number; tijdslimiet?: number } = {}): Promise<Oplossing> {
  const highs = await oplosser();
  const r = highs.solve(alsLp(m), {
    output_flag: false,
    mip_rel_gap: opties.mipGat ?? 1e-9,
    time_limit: opties.tijdslimiet ?? 60,
  });
  const kolommen = r.Columns as Record<string, { Primal?: number }>;
  const rijen = new Map((r.Rows as Array<{ Name: string; Dual?: number }>).map((x) => [x.Name, x.Dual ?? 0]));
  return {
    status: r.Status,
    doelwaarde: r.ObjectiveValue,
    waarde: (v) => kolommen[v]?.Primal ?? 0,
    dual: (naam) => rijen.get(naam) ?? 0,
  };
}
