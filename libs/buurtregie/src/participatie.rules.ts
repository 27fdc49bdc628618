/**
 * Pure rules of early participation on a plan (Omgevingswet: "inwoners, organisaties en ondernemers
 * worden vroegtijdig betrokken bij een plan of ontwikkeling in hun leefomgeving").
 */
import { ParticipatieStatus, Standpunt } from './participatie.entity';

/** Residents can react from the first to the last day of the window (both included, Heerlen's calendar). */
export function isOpen(p: { status: ParticipatieStatus; openVan: string; openTot: string }, vandaag: string): boolean {
  return p.status === ParticipatieStatus.GEPUBLICEERD && p.openVan <= vandaag && vandaag <= p.openTot;
}

/** What is wrong with a window, for the field it concerns; null when it is fine. */
export function vensterFout(openVan: string, openTot: string, vandaag: string): { veld: string; melding: string } | null {
  if (openVan < vandaag) {
    return { veld: 'input.openVan', melding: 'mag niet in het verleden liggen.' };
  }
  if (openTot < openVan) {
    return { veld: 'input.openTot', melding: 'moet op of na de eerste dag liggen.' };
  }
  return null;
}

/**
 * The buurtregisseurs of the touched buurten who were not informed before publication: the bridge
 * function (docs/domein.md, "Actors and roles") asks that they hear of a plan before residents do.
 */
export function nietGeinformeerd(huidige: readonly string[], geinformeerd: readonly string[]): string[] {
  return [...new Set(huidige)].filter((id) => !geinformeerd.includes(id));
}

export interface VerslagReactie {
  standpunt: Standpunt | null;
  vanPartner: boolean;
  antwoord: string | null;
}

export interface VerslagTelling {
  reacties: number;
  voor: number;
  tegen: number;
  neutraal: number;
  zonderStandpunt: number;
  vanBewoners: number;
  vanPartners: number;
  beantwoord: number;
  onbeantwoord: number;
}

/** The figures of the participation report, from the reactions on record. */
export function telReacties(reacties: readonly VerslagReactie[]): VerslagTelling {
  const tel = (f: (r: VerslagReactie) => boolean) => reacties.filter(f).length;
  return {
    reacties: reacties.length,
    voor: tel((r) => r.standpunt === Standpunt.VOOR),
    tegen: tel((r) => r.standpunt === Standpunt.TEGEN),
    neutraal: tel((r) => r.standpunt === Standpunt.NEUTRAAL),
    zonderStandpunt: tel((r) => r.standpunt === null),
    vanBewoners: tel((r) => !r.vanPartner),
    vanPartners: tel((r) => r.vanPartner),
    beantwoord: tel((r) => r.antwoord !== null),
    onbeantwoord: tel((r) => r.antwoord === null),
  };
}
