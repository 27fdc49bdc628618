import { Breuk } from './breuk';
import {
  bouwGelijkeDelenModel,
  voerAdd1Uit,
  voerGelijkeDelenUit,
  type GelijkeDelenModel,
  type GelijkeDelenUitkomst,
} from './gelijke-delen';
import { voerGretigUit, type GretigeStap } from './gretig';
import { bouwProfiel, bouwSteun, vergelijkIds, type Profiel } from './profiel';
import { OngeldigeTellingError, OnbekendeRegelError, TellingTeZwaarError } from './telling.errors';
import type {
  Add1Verloop,
  RegelDefinitie,
  RegelSleutel,
  StemmerBetaling,
  TelInvoer,
  Telling,
  TelOpties,
  Tevredenheid,
} from './telling.types';
import { bouwUitleg, standaardBedragAlsTekst } from './uitleg';

/** The rule keys of the pb-public README, per ballot type; these are checked against pabutools. */
export const README_REGELS = {
  approval: [
    'greedy_cost',
    'greedy_cardinality',
    'mes_cost',
    'mes_cardinality',
    'mes_cost_add1',
    'mes_cost_greedy',
    'mes_cost_add1_greedy',
  ],
  cumulative: ['greedy_cardinal', 'mes_cardinal', 'mes_cardinal_add1', 'mes_cardinal_add1_greedy'],
} as const satisfies Record<string, readonly RegelSleutel[]>;

const TEVREDENHEDEN: readonly Tevredenheid[] = ['cost', 'cardinality', 'cardinal'];

/** Every key this library counts: `greedy_<sat>` and `mes_<sat>[_add1][_greedy]`. */
export const ALLE_REGELS: readonly RegelSleutel[] = TEVREDENHEDEN.flatMap((t): RegelSleutel[] => [
  `greedy_${t}`,
  `mes_${t}`,
  `mes_${t}_add1`,
  `mes_${t}_greedy`,
  `mes_${t}_add1_greedy`,
]);

/** The API's rule names (GraphQL enum) and the rule each one counts with. */
export const API_REGELS = {
  EQUAL_SHARES: 'mes_cost_add1_greedy',
  GREEDY: 'greedy_cost',
} as const satisfies Record<string, RegelSleutel>;

export function isRegelSleutel(sleutel: string): sleutel is RegelSleutel {
  return (ALLE_REGELS as readonly string[]).includes(sleutel);
}

export function leesRegel(sleutel: string): RegelDefinitie {
  if (!isRegelSleutel(sleutel)) {
    throw new OnbekendeRegelError(sleutel);
  }
  const delen = sleutel.split('_');
  return {
    sleutel,
    methode: delen[0] === 'greedy' ? 'greedy' : 'mes',
    tevredenheid: delen[1] as Tevredenheid,
    add1: delen.includes('add1'),
    aanvulling: delen[0] === 'mes' && delen[delen.length - 1] === 'greedy',
  };
}

/**
 * Refusal threshold for add1, in units of "estimated MES runs × profile size" (see
 * {@link schatAdd1Werk}). One unit costs about 60–130 ns on the 2-core development machine
 * (bench/burgerbegroting.bench.ts), so 1e9 is roughly 1–2 minutes of counting. Above it,
 * {@link tel} throws {@link TellingTeZwaarError} before counting. Documented in docs/benchmarks.md.
 */
export const STANDAARD_MAX_ADD1_WERK = 1e9;

export interface Add1Schatting {
  /** Increments needed to double every voter's budget: ⌈(B/n) / ophoging⌉. Rounds measured so far stopped after 0.2–1.4× this. */
  readonly geschatteIteraties: number;
  /** Size of one MES run: Σ ballot lengths over distinct ballots + number of projects. */
  readonly profielGrootte: number;
  readonly werk: number;
}

export function schatAdd1Werk(profiel: Profiel, budgetPerStemmer: Breuk, ophoging: Breuk): Add1Schatting {
  const verhouding = budgetPerStemmer.gedeeldDoor(ophoging);
  const geschatteIteraties = Math.max(1, Number((verhouding.teller + verhouding.noemer - 1n) / verhouding.noemer));
  let profielGrootte = profiel.ids.length;
  for (const g of profiel.groepen) {
    profielGrootte += g.projecten.length + 1;
  }
  return { geschatteIteraties, profielGrootte, werk: geschatteIteraties * profielGrootte };
}

/**
 * Counts a round with a rule. Pure and deterministic: the same input gives the same result,
 * computed with exact rationals. Amounts keep the input's units (API: euro cents).
 *
 * @throws OnbekendeRegelError for an unknown rule key
 * @throws OngeldigeTellingError for invalid input
 * @throws TellingTeZwaarError when add1 would need too many MES runs (see {@link STANDAARD_MAX_ADD1_WERK})
 */
export function tel(invoer: TelInvoer, regel: RegelSleutel | string, opties: TelOpties = {}): Telling {
  const definitie = leesRegel(regel);
  const ophoging =
    opties.add1Ophoging === undefined
      ? Breuk.EEN
      : opties.add1Ophoging instanceof Breuk
        ? opties.add1Ophoging
        : Breuk.geheel(opties.add1Ophoging);
  if (definitie.add1 && (ophoging.isNul() || ophoging.isNegatief())) {
    throw new OngeldigeTellingError('De add1-ophoging moet groter dan 0 zijn.');
  }
  const profiel = bouwProfiel(invoer, definitie.add1 ? [ophoging] : []);
  const steun = bouwSteun(profiel, definitie.tevredenheid);
  const bedragAlsTekst = opties.bedragAlsTekst ?? standaardBedragAlsTekst;
  const n = profiel.aantalStembiljetten;
  // Per-voter budget B/n (scaled money); with no ballots MES has no candidates and b is irrelevant.
  const b0 = n === 0 ? Breuk.NUL : Breuk.van(profiel.budget, BigInt(n));

  let gelijkeDelen: { model: GelijkeDelenModel; uitkomst: GelijkeDelenUitkomst; budgetPerStemmer: Breuk } | null = null;
  let add1: Add1Verloop | null = null;
  let gretig: GretigeStap[] | null = null;
  let gretigRestStart = profiel.budget;
  const volgorde: number[] = [];

  if (definitie.methode === 'greedy') {
    gretig = voerGretigUit(profiel, steun, definitie.tevredenheid, [], profiel.budget);
  } else {
    const model = bouwGelijkeDelenModel(profiel, steun);
    let b = b0;
    if (definitie.add1 && model.kandidaten.length === 0) {
      // Nothing to increase for: the first run is exhaustive w.r.t. the (no) candidates.
      add1 = {
        iteraties: 1,
        ophoging,
        eersteBudgetPerStemmer: b0.gedeeldDoor(profiel.geldSchaal),
        gebruiktBudgetPerStemmer: b0.gedeeldDoor(profiel.geldSchaal),
        laatstGeprobeerdBudgetPerStemmer: b0.gedeeldDoor(profiel.geldSchaal),
        stopreden: 'UITPUTTEND',
        gelijkeDelenGekozen: [],
      };
    } else if (definitie.add1) {
      const stap = ophoging.maal(profiel.geldSchaal);
      const maxWerk = opties.maxAdd1Werk ?? STANDAARD_MAX_ADD1_WERK;
      const schatting = schatAdd1Werk(profiel, b0, stap);
      if (schatting.werk > maxWerk) {
        throw teZwaar(
          schatting.geschatteIteraties,
          schatting.werk,
          maxWerk,
          bedragAlsTekst(b0.gedeeldDoor(profiel.geldSchaal)),
          bedragAlsTekst(ophoging),
        );
      }
      // The estimate can be low for skewed rounds; stop (never return something inexact) at 4× the limit.
      const maxIteraties = Math.max(schatting.geschatteIteraties, Math.floor((4 * maxWerk) / schatting.profielGrootte));
      const resultaat = voerAdd1Uit(model, b0.teller, b0.noemer, stap.teller, stap.noemer, maxIteraties, (iteraties) => {
        throw new TellingTeZwaarError(
          `De telling met add1 is gestopt na ${iteraties} iteraties zonder uitkomst; dat is meer dan vooraf geschat. Gebruik een grotere ophoging (bijvoorbeeld hele euro's in plaats van centen).`,
          iteraties,
          iteraties * schatting.profielGrootte,
          maxWerk,
        );
      });
      b = b0.plus(stap.maal(BigInt(resultaat.gebruiktK)));
      const laatst = b0.plus(stap.maal(BigInt(resultaat.iteraties - 1)));
      add1 = {
        iteraties: resultaat.iteraties,
        ophoging,
        eersteBudgetPerStemmer: b0.gedeeldDoor(profiel.geldSchaal),
        gebruiktBudgetPerStemmer: b.gedeeldDoor(profiel.geldSchaal),
        laatstGeprobeerdBudgetPerStemmer: laatst.gedeeldDoor(profiel.geldSchaal),
        stopreden: resultaat.stopreden,
        gelijkeDelenGekozen: [],
      };
    }
    // Once more with b fixed, now recording payments and reasons for the explanation.
    const uitkomst = voerGelijkeDelenUit(model, b.teller, b.noemer, true);
    gelijkeDelen = { model, uitkomst, budgetPerStemmer: b };
    volgorde.push(...uitkomst.gekozen);
    if (add1) {
      add1 = { ...add1, gelijkeDelenGekozen: uitkomst.gekozen.map((p) => profiel.ids[p]).sort(vergelijkIds) };
    }
    if (definitie.aanvulling) {
      gretigRestStart = profiel.budget - uitkomst.totaleKosten;
      // pabutools returns R as is when it is exhaustive w.r.t. all projects; the greedy walk then adds nothing either.
      gretig = voerGretigUit(profiel, steun, definitie.tevredenheid, uitkomst.gekozen, gretigRestStart);
    }
  }
  if (gretig) {
    volgorde.push(...gretig.filter((s) => s.gekozen).map((s) => s.project));
  }

  const totaleKosten = volgorde.reduce((som, p) => som.plus(profiel.kostenOrigineel[p]), Breuk.NUL);
  const uitleg = bouwUitleg({
    profiel,
    steun,
    definitie,
    volgorde,
    gelijkeDelen,
    gretig,
    gretigRestStart,
    bedragAlsTekst,
  });
  const betalingen =
    gelijkeDelen && opties.metBetalingen !== false
      ? bouwBetalingen(profiel, gelijkeDelen.uitkomst, gelijkeDelen.budgetPerStemmer)
      : [];
  return {
    regel: definitie.sleutel,
    budget: profiel.budgetOrigineel,
    aantalStembiljetten: n,
    gekozen: volgorde.map((p) => profiel.ids[p]).sort(vergelijkIds),
    volgorde: volgorde.map((p) => profiel.ids[p]),
    totaleKosten,
    uitleg,
    betalingen,
    add1,
  };
}

function teZwaar(
  iteraties: number,
  werk: number,
  maxWerk: number,
  budgetTekst: string,
  ophogingTekst: string,
): TellingTeZwaarError {
  return new TellingTeZwaarError(
    `Deze telling met add1 is te zwaar: elke stemmer heeft ${budgetTekst} en de ophoging is ${ophogingTekst} per ronde, ` +
      `dus naar schatting ${iteraties} herhalingen van de methode van gelijke delen (werk ${werk.toExponential(1)}, ` +
      `grens ${maxWerk.toExponential(1)}). Tel in grotere eenheden (bijvoorbeeld hele euro's: add1Ophoging = 100 centen).`,
    iteraties,
    werk,
    maxWerk,
  );
}

function bouwBetalingen(profiel: Profiel, uitkomst: GelijkeDelenUitkomst, budgetPerStemmer: Breuk): StemmerBetaling[] {
  const verslag = uitkomst.verslag;
  if (!verslag) {
    return [];
  }
  const schaal = profiel.geldSchaal;
  // Payments are shared Breuk objects; convert each one back to the input's units only once.
  const terug = new Map<Breuk, Breuk>();
  const inEenheden = (b: Breuk): Breuk => {
    if (schaal === 1n) {
      return b;
    }
    let r = terug.get(b);
    if (r === undefined) {
      r = b.gedeeldDoor(schaal);
      terug.set(b, r);
    }
    return r;
  };
  const budget = inEenheden(budgetPerStemmer);
  const perGroep = verslag.betalingen.map((lijst, g) => ({
    totaal: inEenheden(verslag.totaalBetaald[g]),
    perProject: lijst.map(([p, bedrag]) => ({ projectId: profiel.ids[p], bedrag: inEenheden(bedrag) })),
  }));
  return profiel.stemmerIds.map((stemmerId, i) => {
    const g = perGroep[profiel.groepVanStembiljet[i]];
    return { stemmerId, budget, totaal: g.totaal, perProject: g.perProject };
  });
}
