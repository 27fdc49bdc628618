import { BesluitUitkomst, type OndersteuningsaanvraagEntity } from './initiatief.entity';
import { type BesluitRegel, BesluitSoort } from './besluit.entity';

/**
 * Awb 1:1 and Gemeentewet art. 160: subsidies of the municipality are granted by the college van
 * burgemeester en wethouders; officials decide on its behalf under mandate (Awb 10:1-10:10), and
 * the decision stays the college's: the letter names the college and says who signed for it.
 */
export const BESTUURSORGAAN = 'het college van burgemeester en wethouders van Heerlen';

/** The mandate regulation under which officials decide on subsidy requests (Awb 10:3, 10:6). */
export const MANDAATREGELING = 'de Mandaat- en volmachtregeling gemeente Heerlen';

/** Who signed for the college, as the letter and the file say it (Awb 10:10: "namens ..."). */
export function mandaatTekst(ondertekenaar: string): string {
  return `${ondertekenaar}, namens ${BESTUURSORGAAN}, op grond van ${MANDAATREGELING}`;
}

/**
 * The contract's two-way `Besluit.uitkomst` for each kind of decision. Exhaustive on purpose: a new
 * kind must say here whether it counts as granted or refused for integrators that only know the two.
 */
export function uitkomstVan(soort: BesluitSoort): BesluitUitkomst {
  switch (soort) {
    case BesluitSoort.TOEKENNING:
    case BesluitSoort.GEDEELTELIJKE_TOEKENNING:
    case BesluitSoort.VASTSTELLING:
      return BesluitUitkomst.TOEGEKEND;
    case BesluitSoort.AFWIJZING:
      return BesluitUitkomst.AFGEWEZEN;
  }
}

/** The kinds that decide the request itself (what `Initiatief.besluit` shows). */
export const AANVRAAGBESLUITEN: readonly BesluitSoort[] = [
  BesluitSoort.TOEKENNING,
  BesluitSoort.GEDEELTELIJKE_TOEKENNING,
  BesluitSoort.AFWIJZING,
];

/**
 * A grant is partial when any request that asked for money got less than it asked (the refused
 * part is a refusal, and the letter must give its reasons: Awb 3:46).
 */
export function soortVanToekenning(regels: readonly BesluitRegel[]): BesluitSoort {
  const minder = regels.some((r) => r.gevraagd !== null && (r.bedrag ?? 0) < r.gevraagd);
  return minder ? BesluitSoort.GEDEELTELIJKE_TOEKENNING : BesluitSoort.TOEKENNING;
}

/** The total of the amounts; null when no request was about money. */
export function totaalBedrag(regels: readonly BesluitRegel[]): number | null {
  const metBedrag = regels.filter((r) => r.bedrag !== null);
  return metBedrag.length === 0 ? null : metBedrag.reduce((s, r) => s + (r.bedrag ?? 0), 0);
}

/** The decision's amounts per request: what was asked and what is now granted or settled. */
export function besluitRegels(
  aanvragen: readonly OndersteuningsaanvraagEntity[],
  welk: 'toegekend' | 'vastgesteld',
): BesluitRegel[] {
  return aanvragen.map((a) => ({
    aanvraagId: a.id,
    instrumentId: a.instrumentId,
    regelingId: a.regelingId,
    gevraagd: a.gevraagdBedrag,
    bedrag: welk === 'toegekend' ? a.toegekendBedrag : a.vastgesteldBedrag,
  }));
}

/** The kind of a decision on the request from its outcome and amounts. */
export function aanvraagbesluitSoort(uitkomst: BesluitUitkomst, regels: readonly BesluitRegel[]): BesluitSoort {
  return uitkomst === BesluitUitkomst.AFGEWEZEN ? BesluitSoort.AFWIJZING : soortVanToekenning(regels);
}
