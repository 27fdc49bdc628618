/**
 * The inputs and outputs of fair sortition (docs/domein.md, invariant 13): who volunteered with
 * which features, the quotas per feature value, and the distribution over quota-satisfying panels.
 * Plain data: the engine in this folder does no I/O besides the solver.
 */

/** One value of a feature with its quota: at least `min` and at most `max` panel members. */
export interface Kenmerkwaarde {
  waarde: string;
  /** Shown to people (e.g. "18 tot 30 jaar"); the value itself is the stable key. */
  label: string;
  min: number;
  max: number;
}

/** A feature the panel must reflect (age band, gender, stadsdeel, education …). */
export interface Kenmerk {
  sleutel: string;
  naam: string;
  waarden: Kenmerkwaarde[];
}

/** A volunteer as the draw sees them: an id and one value per feature; no name. */
export interface Loteling {
  id: string;
  kenmerken: Record<string, string>;
}

export interface LotingInvoer {
  /** Panel size k. */
  grootte: number;
  kenmerken: Kenmerk[];
  lotelingen: Loteling[];
}

/** A panel in the support of the distribution: member ids (sorted) and its probability. */
export interface PanelKans {
  leden: string[];
  kans: number;
}

export interface Verdeling {
  /** Panels with positive probability, in canonical order (see `ordenPanelen`). */
  panelen: PanelKans[];
  /** Selection probability of each volunteer (sum over the panels that contain them). */
  kansen: Record<string, number>;
  /** How the solver got there, for the audit and for bounding work. */
  statistiek: { lpRondes: number; prijsstappen: number; panelenGegenereerd: number; niveaus: number };
}
