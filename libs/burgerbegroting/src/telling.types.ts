import type { Breuk } from './breuk';

/**
 * Satisfaction class (pabutools `sat_class`): what a supporter gains from a project.
 * - `cost`: Cost_Sat, u = cost(p) (equalshares.net "cost utilities"; greedy = most votes first)
 * - `cardinality`: Cardinality_Sat, u = 1
 * - `cardinal`: Additive_Cardinal_Sat, u = the points the voter gave (cumulative ballots)
 */
export type Tevredenheid = 'cost' | 'cardinality' | 'cardinal';

/**
 * Rule keys as in the pb-public README: `greedy_<sat>` and `mes_<sat>[_add1][_greedy]`.
 * The README's keys (all tested against pabutools outcomes) are listed in {@link README_REGELS};
 * the other combinations follow the same definitions.
 */
export type RegelSleutel = `greedy_${Tevredenheid}` | `mes_${Tevredenheid}${'' | '_add1'}${'' | '_greedy'}`;

/** A rule key read into its parts (see `leesRegel`). */
export interface RegelDefinitie {
  readonly sleutel: RegelSleutel;
  readonly methode: 'greedy' | 'mes';
  readonly tevredenheid: Tevredenheid;
  /** MES with +1 per voter per iteration (pabutools `voter_budget_increment=1`). */
  readonly add1: boolean;
  /** MES followed by a greedy completion with the same satisfaction class. */
  readonly aanvulling: boolean;
}

/** One project of a round. Amounts are exact: BigInt (e.g. euro cents from the API) or a Breuk. */
export interface TelProject {
  readonly id: string;
  readonly kosten: bigint | Breuk;
}

/** Approval ballot: the set of chosen projects (an empty list is an empty ballot, and counts in n). */
export interface GoedkeuringsStembiljet {
  readonly stemmerId: string;
  readonly projectIds: readonly string[];
}

/** Cumulative (points) ballot: points per project id; a project with 0 points is not supported. */
export interface PuntenStembiljet {
  readonly stemmerId: string;
  readonly punten: ReadonlyMap<string, bigint | number | Breuk> | Readonly<Record<string, bigint | number | Breuk>>;
}

export type TelStembiljet = GoedkeuringsStembiljet | PuntenStembiljet;

export interface TelInvoer {
  readonly budget: bigint | Breuk;
  readonly projecten: readonly TelProject[];
  readonly stembiljetten: readonly TelStembiljet[];
}

export interface TelOpties {
  /**
   * add1: what is added to every voter's budget per iteration, in the units of the amounts.
   * Default 1 (pabutools `voter_budget_increment=1`: one currency unit). When the API passes euro
   * cents and the result must equal a count in whole euros, pass 100n.
   */
  readonly add1Ophoging?: bigint | Breuk;
  /**
   * Refusal threshold for add1 (see {@link TellingTeZwaarError}): the estimated work, i.e. the
   * estimated number of MES runs times the size of the profile. Default {@link STANDAARD_MAX_ADD1_WERK}.
   */
  readonly maxAdd1Werk?: number;
  /** Formats amounts in the Dutch explanation; default: exact value in the input's units. */
  readonly bedragAlsTekst?: (bedrag: Breuk) => string;
  /** Per-voter payments (MES) in the result; default true. */
  readonly metBetalingen?: boolean;
}

/** Why a project was or was not chosen (stable codes; the Dutch text is in {@link ProjectUitleg.tekst}). */
export type UitlegReden =
  /** Supported project that costs nothing: selected before the first MES round. */
  | 'GEKOZEN_KOSTELOOS'
  /** Selected by the Method of Equal Shares: its supporters paid for it. */
  | 'GEKOZEN_GELIJKE_DELEN'
  /** Selected by the greedy rule or the greedy completion. */
  | 'GEKOZEN_GRETIG'
  /** Nobody supported it, so MES never considers it (and MES-only rules never select it). */
  | 'NIET_GEEN_STEUN'
  /** MES: its supporters together had less money left than it costs. */
  | 'NIET_BUDGET_STEMMERS_OP'
  /** Greedy: when its turn came, it cost more than the remaining budget. */
  | 'NIET_PAST_NIET'
  /** MES with Cost_Sat: a project of cost 0 gives no cost-utility, so MES ignores it. */
  | 'NIET_GEEN_NUT';

/** How the supporters paid for a project chosen by MES. */
export interface GelijkeDelenBetaling {
  /** Number of ballots that paid something (weighted: identical ballots count separately). */
  readonly betalers: number;
  /** Of these, how many paid all they had left (their budget was smaller than their share). */
  readonly volledigBetaald: number;
  /**
   * ρ·u for one unit of utility, i.e. what one supporter with enough budget paid: per ballot for
   * approval ballots, per point for cumulative ballots (`cardinal`).
   */
  readonly bedragPerEenheid: Breuk;
  /** `per-stemmer` for approval ballots, `per-punt` for points. */
  readonly eenheid: 'per-stemmer' | 'per-punt';
  /** The MES affordability factor ρ (smallest wins; ties by project id). */
  readonly rho: Breuk;
}

export interface ProjectUitleg {
  readonly projectId: string;
  readonly kosten: Breuk;
  readonly gekozen: boolean;
  /** 1-based position in {@link Telling.volgorde}, or null. */
  readonly ronde: number | null;
  readonly reden: UitlegReden;
  /** Plain Dutch, for residents: why it was or was not chosen. */
  readonly tekst: string;
  /** Number of ballots supporting it (approval: approving; points: giving > 0 points). */
  readonly stemmen: number;
  /** Total points (cumulative ballots only). */
  readonly punten: Breuk | null;
  /** Only for projects chosen by MES. */
  readonly betaling: GelijkeDelenBetaling | null;
  /** Only for MES non-selection: what its supporters had left together when MES gave up on it. */
  readonly beschikbaarBijStemmers: Breuk | null;
  /** Only for greedy non-selection: the budget left when it was its turn. */
  readonly restbudgetOpZijnBeurt: Breuk | null;
}

/** What one voter paid in the MES stage (exact), per project. */
export interface StemmerBetaling {
  readonly stemmerId: string;
  /** The voter's starting budget b (B/n, plus add1 increments). */
  readonly budget: Breuk;
  readonly totaal: Breuk;
  readonly perProject: ReadonlyArray<{ readonly projectId: string; readonly bedrag: Breuk }>;
}

/** The add1 iteration as pabutools runs it (fields as in expected.json). */
export interface Add1Verloop {
  /** Number of MES runs (k = 0 … iteraties-1). */
  readonly iteraties: number;
  readonly ophoging: Breuk;
  readonly eersteBudgetPerStemmer: Breuk;
  /** b of the returned outcome. */
  readonly gebruiktBudgetPerStemmer: Breuk;
  readonly laatstGeprobeerdBudgetPerStemmer: Breuk;
  /** Why the iteration stopped: the next outcome was too expensive, or this one was exhaustive. */
  readonly stopreden: 'OVER_BUDGET' | 'UITPUTTEND';
  /** The MES-stage selection (before any greedy completion), sorted by id. */
  readonly gelijkeDelenGekozen: readonly string[];
}

export interface Telling {
  readonly regel: RegelSleutel;
  readonly budget: Breuk;
  /** n: all ballots, empty ones included. */
  readonly aantalStembiljetten: number;
  /** Chosen project ids, sorted by code point (pabutools' lexicographic order). */
  readonly gekozen: readonly string[];
  /** Chosen project ids in the order of selection. */
  readonly volgorde: readonly string[];
  readonly totaleKosten: Breuk;
  /** One entry per project, in id order. */
  readonly uitleg: readonly ProjectUitleg[];
  /** MES rules: what every voter paid (empty ballots included, paying 0). Empty for greedy. */
  readonly betalingen: readonly StemmerBetaling[];
  readonly add1: Add1Verloop | null;
}
