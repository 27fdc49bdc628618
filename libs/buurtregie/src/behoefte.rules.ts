/**
 * Pure rules of the buurtagenda: the lifecycle of a need, who it comes from and who sees it.
 * Policy (visie buurtgericht werken): the buurtregisseur "kent de buurt goed en kan aangeven waar
 * wensen, behoeften en knelpunten liggen"; residents and partners bring theirs in, the buurtregisseur curates.
 */
import { type Gebruiker, heeftRol, Rol } from '@buurtwerk/core';
import { BehoefteBron, BehoefteStatus } from './behoefte.entity';

/** Allowed status changes. A lapsed or answered need can be reopened; a refused submission cannot. */
export const BEHOEFTE_OVERGANGEN: Readonly<Record<BehoefteStatus, readonly BehoefteStatus[]>> = {
  [BehoefteStatus.INGEDIEND]: [BehoefteStatus.OPEN, BehoefteStatus.AFGEWEZEN],
  [BehoefteStatus.OPEN]: [BehoefteStatus.OPGEPAKT, BehoefteStatus.BEANTWOORD, BehoefteStatus.VERVALLEN],
  [BehoefteStatus.OPGEPAKT]: [BehoefteStatus.OPEN, BehoefteStatus.BEANTWOORD, BehoefteStatus.VERVALLEN],
  [BehoefteStatus.BEANTWOORD]: [BehoefteStatus.OPEN],
  [BehoefteStatus.VERVALLEN]: [BehoefteStatus.OPEN],
  [BehoefteStatus.AFGEWEZEN]: [],
};

export function magOvergaan(van: BehoefteStatus, naar: BehoefteStatus): boolean {
  return BEHOEFTE_OVERGANGEN[van].includes(naar);
}

/**
 * Public statuses: curated by the buurtregisseur. A submission (INGEDIEND) is not public until the
 * buurtregisseur has read it, since a resident's text may name people or addresses
 * (docs/domein.md, invariant 12); a refused one never is.
 */
export const PUBLIEKE_BEHOEFTE_STATUSSEN: readonly BehoefteStatus[] = [
  BehoefteStatus.OPEN,
  BehoefteStatus.OPGEPAKT,
  BehoefteStatus.BEANTWOORD,
  BehoefteStatus.VERVALLEN,
];

/** Statuses in which residents can still support a need. */
export const STEUNBARE_STATUSSEN: readonly BehoefteStatus[] = [BehoefteStatus.OPEN, BehoefteStatus.OPGEPAKT];

/** Statuses that count as a recorded need for the menukaart fact `beantwoordtBehoefte`. */
export const ERKENDE_STATUSSEN: readonly BehoefteStatus[] = [
  BehoefteStatus.OPEN,
  BehoefteStatus.OPGEPAKT,
  BehoefteStatus.BEANTWOORD,
];

/** Staff that curate the agenda; a buurtregisseur only that of their own buurten (checked in the service). */
export const CURATOREN = [Rol.BUURTREGISSEUR, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER] as const;

/** Staff who curate every buurt's agenda. */
export const ALLE_BUURTEN = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER] as const;

export type Inbrenger = 'staf' | 'partner' | 'bewoner';

/** In which capacity the caller adds a need: staff first, then partner, else resident. */
export function inbrengerVan(gebruiker: Gebruiker): Inbrenger {
  if (heeftRol(gebruiker, ...CURATOREN)) {
    return 'staf';
  }
  return heeftRol(gebruiker, Rol.PARTNER) ? 'partner' : 'bewoner';
}

/** The sources each kind of contributor may record. Staff record their own view, a survey or a signal. */
export const TOEGESTANE_BRONNEN: Readonly<Record<Inbrenger, readonly BehoefteBron[]>> = {
  staf: [BehoefteBron.BUURTREGISSEUR, BehoefteBron.ENQUETE, BehoefteBron.SIGNAAL],
  partner: [BehoefteBron.PARTNER],
  bewoner: [BehoefteBron.BEWONER],
};

/** The source recorded when the caller asks none (or checks the one asked). Null: not allowed. */
export function bronVoor(inbrenger: Inbrenger, gevraagd: BehoefteBron | null | undefined): BehoefteBron | null {
  const toegestaan = TOEGESTANE_BRONNEN[inbrenger];
  if (!gevraagd) {
    return toegestaan[0];
  }
  return toegestaan.includes(gevraagd) ? gevraagd : null;
}

/** Staff's own entries are curated at once; a resident's or partner's wait for the buurtregisseur. */
export function beginstatus(inbrenger: Inbrenger): BehoefteStatus {
  return inbrenger === 'staf' ? BehoefteStatus.OPEN : BehoefteStatus.INGEDIEND;
}

/** A refusal or a lapse needs a reason for whoever brought it in. */
export function toelichtingVerplicht(naar: BehoefteStatus): boolean {
  return naar === BehoefteStatus.AFGEWEZEN || naar === BehoefteStatus.VERVALLEN || naar === BehoefteStatus.BEANTWOORD;
}

export const STATUS_TEKST: Readonly<Record<BehoefteStatus, string>> = {
  [BehoefteStatus.INGEDIEND]: 'ingediend',
  [BehoefteStatus.OPEN]: 'open',
  [BehoefteStatus.OPGEPAKT]: 'opgepakt',
  [BehoefteStatus.BEANTWOORD]: 'beantwoord',
  [BehoefteStatus.VERVALLEN]: 'vervallen',
  [BehoefteStatus.AFGEWEZEN]: 'afgewezen',
};

/** Themes are compared without case and surrounding spaces: "Groen " and "groen" are one theme. */
export function normaliseerThema(thema: string): string {
  return thema.trim().replace(/\s+/g, ' ').toLowerCase();
}
