import { registerEnumType } from '@nestjs/graphql';

export enum Rol {
  BEWONER = 'BEWONER',
  BUURTREGISSEUR = 'BUURTREGISSEUR',
  BELEIDSMEDEWERKER = 'BELEIDSMEDEWERKER',
  PARTNER = 'PARTNER',
  GRIFFIE = 'GRIFFIE',
  BEHEERDER = 'BEHEERDER',
}

registerEnumType(Rol, {
  name: 'Rol',
  valuesMap: {
    BEWONER: { description: 'Any signed-in resident.' },
    BUURTREGISSEUR: { description: 'Neighbourhood director: contact person of one or more buurten.' },
    BELEIDSMEDEWERKER: { description: 'Policy officer who handles subsidy requests and manages rules and the menu card.' },
    PARTNER: { description: 'Staff of a partner organisation (e.g. Heerlen StandBy) or a partner API client.' },
    GRIFFIE: { description: 'Clerk of the council (griffie): keeps the register of side positions.' },
    BEHEERDER: { description: 'Application administrator.' },
  },
});

export const ALLE_ROLLEN: readonly Rol[] = Object.values(Rol);

/** Municipal staff: they may see personal data of the cases they handle. */
export const MEDEWERKER_ROLLEN: readonly Rol[] = [Rol.BUURTREGISSEUR, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];

/** The signed-in caller, from a verified token. */
export interface Gebruiker {
  /** Stable user id (`sub` claim). */
  sub: string;
  naam: string;
  email: string | null;
  /**
   * The token said `email_verified: true`: the identity provider checked that this person
   * controls `email`. Only then may the address find records made without an account.
   */
  emailGeverifieerd?: boolean;
  rollen: Rol[];
  /** CBS buurtcode of the resident, if the identity provider knows it. */
  buurtcode: string | null;
  /** Set when the caller is a partner system with an API key (acts as PARTNER within its scopes). */
  apiSleutel?: { id: string; scopes: string[]; organisatieId: string | null };
}

export function heeftRol(gebruiker: Gebruiker | null, ...rollen: readonly Rol[]): boolean {
  return gebruiker !== null && gebruiker.rollen.some((r) => rollen.includes(r));
}

export function isMedewerker(gebruiker: Gebruiker | null): boolean {
  return heeftRol(gebruiker, ...MEDEWERKER_ROLLEN);
}

/**
 * The caller's e-mail address, normalised, when the identity provider verified it; else null.
 * An unverified `email` claim is whatever the person typed at the provider, so it must never
 * open someone else's records.
 */
export function geverifieerdeEmail(gebruiker: Gebruiker | null): string | null {
  if (!gebruiker || gebruiker.emailGeverifieerd !== true) {
    return null;
  }
  return gebruiker.email?.trim().toLowerCase() || null;
}
