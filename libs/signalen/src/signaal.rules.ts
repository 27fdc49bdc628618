import { amsterdamseDatum, type Gebruiker, heeftRol, plusDagen, Rol } from '@buurtwerk/core';
import { SignaalStatus } from './signaal.entity';

/** The department should respond within the category's term, counted in calendar days from the day of reporting. */
export function reactieUiterlijk(gemeldOp: Date, termijnDagen: number): string {
  return plusDagen(amsterdamseDatum(gemeldOp), termijnDagen);
}

/** Open signals whose last response day has passed (in Heerlen's time) are overdue. */
export function isOverTijd(status: SignaalStatus, uiterlijk: string, nu: Date): boolean {
  return status !== SignaalStatus.AFGEHANDELD && amsterdamseDatum(nu) > uiterlijk;
}

/** SIG-2027-0042; beyond 9999 signals a year the number simply grows. */
export function signaalReferentie(jaar: number, nummer: number): string {
  return `SIG-${jaar}-${String(nummer).padStart(4, '0')}`;
}

/** The only transitions that exist; anything else is ONGELDIGE_STATUSOVERGANG. */
export const SIGNAAL_OVERGANGEN: Readonly<Record<SignaalStatus, readonly SignaalStatus[]>> = {
  // Passing on again (DOORGEZET -> DOORGEZET) is allowed: a department may send it to another.
  [SignaalStatus.NIEUW]: [SignaalStatus.DOORGEZET, SignaalStatus.IN_BEHANDELING, SignaalStatus.AFGEHANDELD],
  [SignaalStatus.DOORGEZET]: [SignaalStatus.DOORGEZET, SignaalStatus.IN_BEHANDELING, SignaalStatus.AFGEHANDELD],
  [SignaalStatus.IN_BEHANDELING]: [SignaalStatus.DOORGEZET, SignaalStatus.AFGEHANDELD],
  [SignaalStatus.AFGEHANDELD]: [],
};

export function magOvergaan(van: SignaalStatus, naar: SignaalStatus): boolean {
  return SIGNAAL_OVERGANGEN[van].includes(naar);
}

/** Staff who see every signal in the city. */
export const ZIEN_ALLE_SIGNALEN: readonly Rol[] = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];

export interface SignaalZicht {
  alles: boolean;
  /** Signals of the buurten where the caller is the linked buurtregisseur. */
  eigenBuurten: boolean;
  /** Everyone sees what they reported themselves. */
  eigenMeldingen: boolean;
}

/** Who sees which signals (invariants 10 and 12). */
export function signaalZicht(gebruiker: Gebruiker): SignaalZicht {
  return {
    alles: heeftRol(gebruiker, ...ZIEN_ALLE_SIGNALEN),
    eigenBuurten: heeftRol(gebruiker, Rol.BUURTREGISSEUR),
    eigenMeldingen: true,
  };
}

export interface Afdeling {
  naam: string;
  /** Active categories whose signals go to this department by default. */
  categorieen: string[];
}

/**
 * The departments (de lijn) a signal can be passed on to: those that handle an active category,
 * and those signals were passed on to before. Departments are data (the categories' `afdeling`),
 * not a fixed list; names that differ only in spaces or case are one department.
 */
export function afdelingenLijst(
  categorieen: ReadonlyArray<{ naam: string; afdeling: string }>,
  eerderDoorgezet: readonly string[],
): Afdeling[] {
  const perSleutel = new Map<string, Afdeling>();
  const voeg = (naam: string): Afdeling | null => {
    const schoon = naam.trim().replace(/\s+/g, ' ');
    if (schoon === '') {
      return null;
    }
    const sleutel = schoon.toLocaleLowerCase('nl');
    let a = perSleutel.get(sleutel);
    if (!a) {
      a = { naam: schoon, categorieen: [] };
      perSleutel.set(sleutel, a);
    }
    return a;
  };
  for (const c of categorieen) {
    voeg(c.afdeling)?.categorieen.push(c.naam);
  }
  for (const naam of eerderDoorgezet) {
    voeg(naam);
  }
  const nl = (x: string, y: string) => x.localeCompare(y, 'nl');
  return [...perSleutel.values()]
    .map((a) => ({ ...a, categorieen: [...a.categorieen].sort(nl) }))
    .sort((x, y) => nl(x.naam, y.naam));
}
