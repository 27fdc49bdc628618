import { VerzoekStatus, VrijwilligerStatus, type VrijwilligersThema } from './vrijwilligers.entity';

/**
 * The consent a volunteer gives when signing up (AVG art. 6(1)(a) and 7). Stored by version with
 * every sign-up, so the controller can show which text someone agreed to; a new text gets a new version.
 */
export const TOESTEMMING = {
  versie: '2026-1',
  tekst:
    'Ik geef toestemming dat de organisator van deze vraag mijn naam, e-mailadres en (als ik die geef) telefoonnummer en toelichting ziet, ' +
    'om contact met mij op te nemen over dit vrijwilligerswerk. Niemand anders ziet dat ik me heb aangemeld. ' +
    'Ik kan me altijd afmelden; mijn gegevens worden een jaar na de activiteit gepseudonimiseerd.',
} as const;

/** Beyond the places, onto the waiting list (as for network meetings, docs/domein.md invariant 9). */
export function statusVoorNieuweAanmelding(aangemeld: number, aantal: number): VrijwilligerStatus {
  return aangemeld < aantal ? VrijwilligerStatus.AANGEMELD : VrijwilligerStatus.WACHTLIJST;
}

/** How many of the waiting list move up: the free places, at most everyone waiting. */
export function aantalDoorschuiven(aangemeld: number, wachtlijst: number, aantal: number): number {
  return Math.max(0, Math.min(aantal - aangemeld, wachtlijst));
}

/** A request takes sign-ups while it is open and not over (its end, or its start when it has no end). */
export function staatOpen(v: { status: VerzoekStatus; begin: Date; eind: Date | null }, nu: Date): boolean {
  return v.status === VerzoekStatus.OPEN && (v.eind ?? v.begin).getTime() > nu.getTime();
}

export interface Profiel {
  buurtIds: readonly string[];
  interesses: readonly VrijwilligersThema[];
}

/**
 * A profile matches a request in one of its buurten (no buurten: anywhere in Heerlen) and on one of
 * its interests (no interests: every theme).
 */
export function profielPast(p: Profiel, v: { buurtId: string; thema: VrijwilligersThema }): boolean {
  return (
    (p.buurtIds.length === 0 || p.buurtIds.includes(v.buurtId)) && (p.interesses.length === 0 || p.interesses.includes(v.thema))
  );
}

/** 1-based positions on the waiting list, in order of receipt. */
export function wachtlijstPosities(
  rijen: ReadonlyArray<{ id: string; status: VrijwilligerStatus; volgnummer: number }>,
): Map<string, number> {
  const posities = new Map<string, number>();
  let positie = 0;
  for (const r of [...rijen].sort((a, b) => a.volgnummer - b.volgnummer)) {
    if (r.status === VrijwilligerStatus.WACHTLIJST) {
      posities.set(r.id, ++positie);
    }
  }
  return posities;
}
