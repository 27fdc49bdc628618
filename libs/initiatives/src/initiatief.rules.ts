/** Pure rules of an initiative's lifecycle (docs/domein.md, invariant 6) and its reference. */
import { DomainError, FoutCode } from '@buurtwerk/core';
import {
  type AanvragerSoort,
  type Bevinding,
  type Schaal,
  type TeToetsenRegeling,
  toetsRegeling,
} from '@buurtwerk/subsidieregels';
import { InitiatiefStatus } from './initiatief.entity';

/**
 * Who acts. BUURTPANEL: the panel's vote without quorum sends the initiative back. OP_PANELADVIES:
 * the official with the mandate deciding on behalf of the college once the panel advised (a
 * residents' panel is not an administrative body: it advises, it does not decide). BEZWAAR: a
 * decision on a well-founded objection that revises the decision (Awb 7:11, libs/bezwaar).
 */
export type Actor = 'INITIATIEFNEMER' | 'MEDEWERKER' | 'BUURTPANEL' | 'OP_PANELADVIES' | 'BEZWAAR';

const S = InitiatiefStatus;

/** Every transition that exists, and who may make it. Anything else is refused. */
export const OVERGANGEN: ReadonlyArray<{ van: InitiatiefStatus; naar: InitiatiefStatus; door: Actor }> = [
  { van: S.CONCEPT, naar: S.INGEDIEND, door: 'INITIATIEFNEMER' },
  { van: S.INGEDIEND, naar: S.IN_BEHANDELING, door: 'MEDEWERKER' },
  { van: S.IN_BEHANDELING, naar: S.AANVULLING_GEVRAAGD, door: 'MEDEWERKER' },
  { van: S.AANVULLING_GEVRAAGD, naar: S.IN_BEHANDELING, door: 'INITIATIEFNEMER' },
  // Awb 4:5: staff may go on with what they have (with a reason), or, once the aanvulling term
  // passed unused, decide not to handle the request (aanvulling.service.ts checks the moment).
  { van: S.AANVULLING_GEVRAAGD, naar: S.IN_BEHANDELING, door: 'MEDEWERKER' },
  { van: S.AANVULLING_GEVRAAGD, naar: S.BUITEN_BEHANDELING, door: 'MEDEWERKER' },
  { van: S.IN_BEHANDELING, naar: S.BIJ_BUURTPANEL, door: 'MEDEWERKER' },
  { van: S.BIJ_BUURTPANEL, naar: S.TOEGEKEND, door: 'OP_PANELADVIES' },
  { van: S.BIJ_BUURTPANEL, naar: S.AFGEWEZEN, door: 'OP_PANELADVIES' },
  { van: S.BIJ_BUURTPANEL, naar: S.IN_BEHANDELING, door: 'BUURTPANEL' },
  { van: S.IN_BEHANDELING, naar: S.TOEGEKEND, door: 'MEDEWERKER' },
  { van: S.IN_BEHANDELING, naar: S.AFGEWEZEN, door: 'MEDEWERKER' },
  { van: S.TOEGEKEND, naar: S.UITGEVOERD, door: 'INITIATIEFNEMER' },
  { van: S.UITGEVOERD, naar: S.VASTGESTELD, door: 'MEDEWERKER' },
  // Awb 7:11: a well-founded objection revokes the decision and a new one takes its place.
  { van: S.TOEGEKEND, naar: S.TOEGEKEND, door: 'BEZWAAR' },
  { van: S.TOEGEKEND, naar: S.AFGEWEZEN, door: 'BEZWAAR' },
  { van: S.AFGEWEZEN, naar: S.TOEGEKEND, door: 'BEZWAAR' },
  // Any state before a decision may be withdrawn by the initiator.
  ...[S.CONCEPT, S.INGEDIEND, S.IN_BEHANDELING, S.AANVULLING_GEVRAAGD, S.BIJ_BUURTPANEL].map((van) => ({
    van,
    naar: S.INGETROKKEN,
    door: 'INITIATIEFNEMER' as const,
  })),
];

const STATUS_TEKST: Record<InitiatiefStatus, string> = {
  CONCEPT: 'concept',
  INGEDIEND: 'ingediend',
  IN_BEHANDELING: 'in behandeling',
  AANVULLING_GEVRAAGD: 'wacht op aanvulling',
  BIJ_BUURTPANEL: 'bij het buurtpanel',
  TOEGEKEND: 'toegekend',
  AFGEWEZEN: 'afgewezen',
  INGETROKKEN: 'ingetrokken',
  UITGEVOERD: 'uitgevoerd',
  VASTGESTELD: 'vastgesteld',
  BUITEN_BEHANDELING: 'buiten behandeling gesteld',
};

export function magOvergaan(van: InitiatiefStatus, naar: InitiatiefStatus, door: Actor): boolean {
  return OVERGANGEN.some((o) => o.van === van && o.naar === naar && o.door === door);
}

export function controleerOvergang(van: InitiatiefStatus, naar: InitiatiefStatus, door: Actor): void {
  if (!magOvergaan(van, naar, door)) {
    throw new DomainError(
      FoutCode.ONGELDIGE_STATUSOVERGANG,
      `Dit initiatief is ${STATUS_TEKST[van]}; het kan daardoor niet ${STATUS_TEKST[naar]} worden.`,
    );
  }
}

/** Statuses whose initiatives are public (granted ones), without personal data. */
export const PUBLIEKE_STATUSSEN: readonly InitiatiefStatus[] = [S.TOEGEKEND, S.UITGEVOERD, S.VASTGESTELD];

/** "INI-2027-0042": the year of submission and a number without gaps within that year. */
export function referentie(jaar: number, volgnummer: number): string {
  return `INI-${jaar}-${String(volgnummer).padStart(4, '0')}`;
}

// ---------------------------------------------------------------- the check of a whole initiative

export interface ToetsInstrument {
  id: string;
  naam: string;
  financieel: boolean;
  actief: boolean;
  regelingCode: string | null;
}

export interface ToetsGegevens {
  aanvragerSoort: AanvragerSoort;
  organisatieSoort: string | null;
  schaal: Schaal;
  aantalBuurten: number;
  aantalBetrokkenBewoners: number | null;
  startdatum: string | null;
  einddatum: string | null;
  /** Linked to a recorded need of its buurt's agenda (the fact `beantwoordtBehoefte`). */
  beantwoordtBehoefte?: boolean;
  aanvragen: Array<{ instrumentId: string; gevraagdBedrag: number | null; eigenBijdrage: number | null }>;
}

export interface Toetsing {
  bevindingen: Bevinding[];
  /** Per request (same order): the rule version that applies, or null. */
  regelingPerAanvraag: Array<(TeToetsenRegeling & { id: string; beslistermijnWeken: number }) | null>;
}

/**
 * The one check of an initiative (docs/domein.md, invariant 4): toetsInitiatief and initiatiefIndienen
 * both call this, so the live check and the check at submission can never differ.
 */
export function toetsInitiatief(
  g: ToetsGegevens,
  instrumenten: ReadonlyMap<string, ToetsInstrument>,
  regelingen: ReadonlyMap<string, TeToetsenRegeling & { id: string; beslistermijnWeken: number }>,
  vandaag: string,
): Toetsing {
  const bevindingen: Bevinding[] = [];
  bevindingen.push({
    voorwaarde: 'AANVRAGEN',
    voldaan: g.aanvragen.length > 0,
    toelichting:
      g.aanvragen.length > 0
        ? `U vraagt ${g.aanvragen.length === 1 ? 'één vorm' : `${g.aanvragen.length} vormen`} van ondersteuning van de menukaart.`
        : 'Kies minstens één vorm van ondersteuning van de menukaart (geld, materiaal, promotie, locatie, advies of verzekering).',
  });
  const regelingPerAanvraag: Toetsing['regelingPerAanvraag'] = [];
  const perCode = new Map<string, ToetsGegevens['aanvragen']>();
  for (const [i, a] of g.aanvragen.entries()) {
    const instrument = instrumenten.get(a.instrumentId);
    const nr = `AANVRAAG_${i + 1}`;
    if (!instrument || !instrument.actief) {
      bevindingen.push({
        voorwaarde: `${nr}.INSTRUMENT`,
        voldaan: false,
        toelichting: `"${instrument?.naam ?? 'Dit instrument'}" staat niet (meer) op de menukaart; kies een andere vorm van ondersteuning.`,
      });
    }
    if (instrument?.financieel && !a.gevraagdBedrag) {
      bevindingen.push({
        voorwaarde: `${nr}.BEDRAG`,
        voldaan: false,
        toelichting: `Vul bij "${instrument.naam}" in hoeveel geld u vraagt.`,
      });
    }
    const code = instrument?.regelingCode ?? null;
    const regeling = code ? (regelingen.get(code) ?? null) : null;
    regelingPerAanvraag.push(regeling);
    if (code && !regeling) {
      bevindingen.push({
        voorwaarde: `${nr}.REGELING`,
        voldaan: false,
        toelichting: `Voor "${instrument?.naam}" is nog geen subsidieregeling vastgesteld; deze ondersteuning kan nu niet worden aangevraagd.`,
      });
    }
    if (regeling) {
      perCode.set(regeling.code, [...(perCode.get(regeling.code) ?? []), a]);
    }
  }
  for (const [code, aanvragen] of [...perCode.entries()].sort(([x], [y]) => x.localeCompare(y))) {
    bevindingen.push(
      ...toetsRegeling(
        regelingen.get(code)!,
        {
          aanvragerSoort: g.aanvragerSoort,
          organisatieSoort: g.organisatieSoort,
          schaal: g.schaal,
          aantalBuurten: g.aantalBuurten,
          aantalBetrokkenBewoners: g.aantalBetrokkenBewoners,
          startdatum: g.startdatum,
          einddatum: g.einddatum,
          beantwoordtBehoefte: g.beantwoordtBehoefte === true,
          bedragen: aanvragen,
        },
        vandaag,
      ),
    );
  }
  return { bevindingen, regelingPerAanvraag };
}
