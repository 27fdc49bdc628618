/**
 * Benchmark of the citizen-budget counting (libs/burgerbegroting) on a generated round of the size
 * of a large real one: 118 projects and 12,000 voters, made with a seeded PRNG so every run counts
 * the same round. Run:
 *
 *   npx ts-node -r tsconfig-paths/register bench/burgerbegroting.bench.ts [--alleen RULE,RULE] [--markdown]
 *
 * Every rule is counted exactly (BigInt rationals). Figures go into docs/benchmarks.md,
 * section "Burgerbegroting (telling)".
 */
import { performance } from 'node:perf_hooks';
import {
  ALLE_REGELS,
  TellingTeZwaarError,
  leesRegel,
  tel,
  type RegelSleutel,
  type TelInvoer,
  type Telling,
} from '@buurtwerk/burgerbegroting';

/** mulberry32: small, fast, good enough for test data, and identical on every machine. */
function prng(zaad: number): () => number {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GegenereerdeRonde {
  readonly goedkeuring: TelInvoer;
  readonly punten: TelInvoer;
}

/**
 * A round like a large Polish city's: costs spread log-uniformly over 5,000–800,000 (whole
 * currency units, rounded to 100), a popularity per project with a long tail, ballots of 1–10
 * projects drawn by popularity, and a budget of about a quarter of the total cost. The cumulative
 * variant spreads 10 points over the same choices.
 */
export function genereerRonde(projecten = 118, stemmers = 12_000, zaad = 20_240_601): GegenereerdeRonde {
  const r = prng(zaad);
  const kosten = Array.from({ length: projecten }, () => BigInt(Math.round((5_000 * Math.pow(160, r())) / 100) * 100));
  const populariteit = Array.from({ length: projecten }, () => Math.pow(r(), 2.5) + 0.02);
  const ids = Array.from({ length: projecten }, (_, i) => String(i + 1));
  const totaal = populariteit.reduce((a, b) => a + b, 0);
  const trek = (uitgesloten: Set<number>): number => {
    for (;;) {
      let x = r() * totaal;
      let p = 0;
      while (p < projecten - 1 && x >= populariteit[p]) {
        x -= populariteit[p];
        p++;
      }
      if (!uitgesloten.has(p)) {
        return p;
      }
    }
  };
  const keuzes = Array.from({ length: stemmers }, () => {
    const lengte = 1 + Math.floor(Math.pow(r(), 1.5) * 10);
    const gekozen = new Set<number>();
    while (gekozen.size < lengte) {
      gekozen.add(trek(gekozen));
    }
    return [...gekozen];
  });
  const totaleKosten = kosten.reduce((a, b) => a + b, 0n);
  const budget = (totaleKosten / 4n / 1000n) * 1000n;
  const projectLijst = ids.map((id, i) => ({ id, kosten: kosten[i] }));
  return {
    goedkeuring: {
      budget,
      projecten: projectLijst,
      stembiljetten: keuzes.map((k, i) => ({ stemmerId: `s${i + 1}`, projectIds: k.map((p) => ids[p]) })),
    },
    punten: {
      budget,
      projecten: projectLijst,
      stembiljetten: keuzes.map((k, i) => {
        // 10 points over the chosen projects, at least 1 each, the rest at random.
        const punten = k.map(() => 1);
        for (let extra = 10 - k.length; extra > 0; extra--) {
          punten[Math.floor(r() * k.length)]++;
        }
        return { stemmerId: `s${i + 1}`, punten: new Map(k.map((p, j) => [ids[p], BigInt(punten[j])])) };
      }),
    },
  };
}

/** Wall-clock and CPU time (user + system): on a shared machine the CPU time is the steadier figure. */
function meet(invoer: TelInvoer, regel: RegelSleutel): { ms: number; cpuMs: number; telling: Telling } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const telling = tel(invoer, regel, { metBetalingen: true });
  const ms = performance.now() - start;
  const gebruikt = process.cpuUsage(cpu);
  return { ms, cpuMs: (gebruikt.user + gebruikt.system) / 1000, telling };
}

function main(): void {
  const args = process.argv.slice(2);
  const alleenIndex = args.indexOf('--alleen');
  const alleen = alleenIndex >= 0 ? args[alleenIndex + 1].split(',') : null;
  const markdown = args.includes('--markdown');
  const aanmaak = performance.now();
  const ronde = genereerRonde();
  const aanmaakMs = performance.now() - aanmaak;
  const g = ronde.goedkeuring;
  const lengtes = g.stembiljetten.reduce((s, b) => s + ('projectIds' in b ? b.projectIds.length : 0), 0);
  console.log(
    `Ronde: ${g.projecten.length} projecten, ${g.stembiljetten.length} stemmers, gemiddeld ${(lengtes / g.stembiljetten.length).toFixed(2)} keuzes, budget ${g.budget} (gegenereerd in ${aanmaakMs.toFixed(0)} ms)`,
  );
  const regels = ALLE_REGELS.filter((r) => (alleen ? alleen.includes(r) : true));
  const rijen: string[] = [];
  for (const regel of regels) {
    const invoer = leesRegel(regel).tevredenheid === 'cardinal' ? ronde.punten : ronde.goedkeuring;
    const { ms, cpuMs, telling } = meet(invoer, regel);
    const add1 = telling.add1
      ? `${telling.add1.iteraties} MES-runs, b ${telling.add1.eersteBudgetPerStemmer} → ${telling.add1.gebruiktBudgetPerStemmer}`
      : '';
    const regelTekst = `${regel.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(7)} s (cpu ${(cpuMs / 1000).toFixed(2).padStart(6)} s)  gekozen ${String(telling.gekozen.length).padStart(3)}  kosten ${telling.totaleKosten.toString().padStart(9)}  ${add1}`;
    console.log(regelTekst);
    rijen.push(
      `| \`${regel}\` | ${invoer === ronde.punten ? 'punten' : 'goedkeuring'} | ${(ms / 1000).toFixed(2)} | ${(cpuMs / 1000).toFixed(2)} | ${telling.gekozen.length} | ${telling.totaleKosten.toString()} | ${telling.add1 ? telling.add1.iteraties : '–'} |`,
    );
  }
  // The same round with all amounts ×10 (ten times as many add1 runs) and ×100 (like euro cents
  // counted with a 1-cent increment: refused up front instead of running for a long time).
  const geschaald = (f: bigint): TelInvoer => ({
    budget: (g.budget as bigint) * f,
    projecten: g.projecten.map((p) => ({ id: p.id, kosten: (p.kosten as bigint) * f })),
    stembiljetten: g.stembiljetten,
  });
  if (!alleen || alleen.includes('schaal')) {
    for (const f of [10n, 100n]) {
      const regel = 'mes_cost_add1_greedy';
      const start = performance.now();
      try {
        const { ms, cpuMs, telling } = meet(geschaald(f), regel);
        console.log(
          `${regel} ×${f}`.padEnd(28),
          `${(ms / 1000).toFixed(2).padStart(7)} s (cpu ${(cpuMs / 1000).toFixed(2).padStart(6)} s)  ${telling.add1?.iteraties} MES-runs`,
        );
        rijen.push(
          `| \`${regel}\`, bedragen ×${f} | goedkeuring | ${(ms / 1000).toFixed(2)} | ${(cpuMs / 1000).toFixed(2)} | ${telling.gekozen.length} | ${telling.totaleKosten.toString()} | ${telling.add1?.iteraties} |`,
        );
      } catch (e) {
        if (!(e instanceof TellingTeZwaarError)) {
          throw e;
        }
        console.log(
          `${regel} ×${f}`.padEnd(28),
          `geweigerd (TellingTeZwaarError, ${e.geschatteIteraties} geschatte runs, werk ${e.geschatWerk.toExponential(1)})`,
        );
        rijen.push(
          `| \`${regel}\`, bedragen ×${f} | goedkeuring | geweigerd binnen ${Math.max(1, Math.round(performance.now() - start))} ms | – | – | – | ~${e.geschatteIteraties} geschat |`,
        );
      }
    }
  }
  if (markdown) {
    console.log(
      '\n| regel | stembiljetten | tijd (s) | cpu (s) | gekozen | totale kosten | add1 MES-runs |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    );
    console.log(rijen.join('\n'));
  }
}

if (require.main === module) {
  main();
}
