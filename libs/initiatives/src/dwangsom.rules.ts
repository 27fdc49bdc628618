/**
 * The penalty for not deciding in time (Awb 4:17-4:18, "Wet dwangsom en beroep bij niet tijdig
 * beslissen"). Pure rules on calendar dates (`YYYY-MM-DD`, Europe/Amsterdam) and integer cents.
 */
import { dagenTussen, plusDagen } from '@buurtwerk/core';
import { type GelijkgesteldeDagen, termijnEinde } from '@buurtwerk/subsidieregels';

/** Awb 4:17 lid 2: €23 a day for the first 14 days, €35 for the next 14, €45 for the rest. */
export const DWANGSOM_SCHIJVEN: ReadonlyArray<{ dagen: number; centenPerDag: number }> = [
  { dagen: 14, centenPerDag: 2300 },
  { dagen: 14, centenPerDag: 3500 },
  { dagen: 14, centenPerDag: 4500 },
];

/** Awb 4:17 lid 1: a penalty for each day in default, for at most 42 days. */
export const DWANGSOM_MAXIMUM_DAGEN = 42;

/** Awb 4:17 lid 1: the body is in default once two weeks have passed after it received the notice. */
export const INGEBREKESTELLING_WACHTDAGEN = 14;

/** Awb 4:18: the body decides on the penalty within two weeks after the last day it was owed. */
export const DWANGSOM_VASTSTELLEN_DAGEN = 14;

/** Awb 4:17 lid 2: the penalty for `dagen` days in default, in cents (never more than 42 days). */
export function dwangsomBedrag(dagen: number): number {
  let rest = Math.min(Math.max(0, Math.floor(dagen)), DWANGSOM_MAXIMUM_DAGEN);
  let bedrag = 0;
  for (const schijf of DWANGSOM_SCHIJVEN) {
    const hier = Math.min(rest, schijf.dagen);
    bedrag += hier * schijf.centenPerDag;
    rest -= hier;
  }
  return bedrag;
}

/**
 * Awb 4:17 lid 1: the first day in default. The two weeks after the day the notice of default was
 * received are a statutory term, so the Algemene termijnenwet applies to their end (art. 1); the
 * body is in default from the day after.
 */
export function inGebrekeVanaf(ontvangen: string, gelijkgesteld: GelijkgesteldeDagen): string {
  return plusDagen(termijnEinde(plusDagen(ontvangen, INGEBREKESTELLING_WACHTDAGEN), gelijkgesteld), 1);
}

export type DwangsomFase = 'WACHTTIJD' | 'LOOPT' | 'GESTOPT';

export interface DwangsomStand {
  /** The day the notice of default was received. */
  ingebrekestellingOntvangen: string;
  /** Awb 4:17 lid 1: the first day a penalty is owed. */
  verschuldigdVanaf: string;
  /** WACHTTIJD: the two weeks after receipt; LOOPT: accruing today; GESTOPT: decided, or 42 days reached. */
  fase: DwangsomFase;
  /** Days owed so far (today included while it accrues), at most 42. */
  dagen: number;
  /** Awb 4:17 lid 2, in cents. */
  bedrag: number;
  /** The last day owed, once it stopped with at least one day; null otherwise. */
  laatsteDag: string | null;
  /** Awb 4:18: the decision on the penalty is due by this day, once it stopped with at least one day owed. */
  vaststellenUiterlijk: string | null;
}

/**
 * Where the penalty stands on `vandaag`. It stops on the day the decision is taken (`besluitdatum`,
 * that day not counted) or after 42 days, whichever comes first (Awb 4:17 lid 1).
 */
export function dwangsomStand(
  ontvangen: string,
  besluitdatum: string | null,
  vandaag: string,
  gelijkgesteld: GelijkgesteldeDagen,
): DwangsomStand {
  const vanaf = inGebrekeVanaf(ontvangen, gelijkgesteld);
  const eindeUitgesloten = besluitdatum ?? plusDagen(vandaag, 1);
  const dagen = Math.min(DWANGSOM_MAXIMUM_DAGEN, Math.max(0, dagenTussen(vanaf, eindeUitgesloten)));
  const maximumBereikt = dagenTussen(vanaf, vandaag) >= DWANGSOM_MAXIMUM_DAGEN;
  const gestopt = besluitdatum !== null || maximumBereikt;
  const fase: DwangsomFase = gestopt ? 'GESTOPT' : vandaag < vanaf ? 'WACHTTIJD' : 'LOOPT';
  const laatsteDag = gestopt && dagen > 0 ? plusDagen(vanaf, dagen - 1) : null;
  return {
    ingebrekestellingOntvangen: ontvangen,
    verschuldigdVanaf: vanaf,
    fase,
    dagen,
    bedrag: dwangsomBedrag(dagen),
    laatsteDag,
    vaststellenUiterlijk: laatsteDag ? termijnEinde(plusDagen(laatsteDag, DWANGSOM_VASTSTELLEN_DAGEN), gelijkgesteld) : null,
  };
}

/**
 * Awb 4:17 lid 1 read with 4:13-4:15: notice of default can be given once the decision term has
 * passed (`vandaag` after the deadline) and no decision was taken. Null when allowed, else why not.
 */
export function ingebrekestellingFout(
  k: { lopendeTermijn: string | null; opgeschort: boolean; besloten: boolean; alIngebrekeGesteld: boolean },
  vandaag: string,
): string | null {
  if (k.alIngebrekeGesteld) {
    return 'U hebt de gemeente voor deze aanvraag al in gebreke gesteld; dat hoeft maar één keer.';
  }
  if (k.besloten || k.lopendeTermijn === null) {
    return 'Over deze aanvraag is al besloten of zij loopt niet meer; een ingebrekestelling is niet mogelijk.';
  }
  if (k.opgeschort) {
    return 'De beslistermijn staat stil zolang de gemeente op uw aanvulling wacht (Awb 4:15); u kunt de gemeente pas in gebreke stellen als de termijn voorbij is.';
  }
  if (vandaag <= k.lopendeTermijn) {
    return `De gemeente mag nog beslissen tot en met ${k.lopendeTermijn}; pas daarna kunt u haar in gebreke stellen (Awb 4:17).`;
  }
  return null;
}
