/**
 * Pure rules of the multidisciplinary consultation (MDO): who takes part in it, the lifecycle of an
 * action, and which earlier actions a meeting follows up.
 */
import { Rol } from '@buurtwerk/core';
import { MdoActieStatus } from './mdo.entity';

/** Staff who plan and hold MDOs. The meeting is internal: no resident or partner role. */
export const MDO_ROLLEN: readonly Rol[] = [Rol.BUURTREGISSEUR, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];

/** Staff who take part in the MDOs of every buurt; a buurtregisseur those of their own buurten. */
export const MDO_ALLE_BUURTEN: readonly Rol[] = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];

export const ACTIE_OVERGANGEN: Readonly<Record<MdoActieStatus, readonly MdoActieStatus[]>> = {
  [MdoActieStatus.OPEN]: [MdoActieStatus.AFGEROND, MdoActieStatus.VERVALLEN],
  [MdoActieStatus.AFGEROND]: [],
  [MdoActieStatus.VERVALLEN]: [],
};

export function actieMagOvergaan(van: MdoActieStatus, naar: MdoActieStatus): boolean {
  return ACTIE_OVERGANGEN[van].includes(naar);
}

/** An open action whose deadline (a day in Heerlen's time) has passed. */
export function actieOverTijd(status: MdoActieStatus, deadline: string, vandaag: string): boolean {
  return status === MdoActieStatus.OPEN && deadline < vandaag;
}

/** A deadline lies on or after the day of the meeting that decided it. */
export function deadlineGeldig(mdoDatum: string, deadline: string): boolean {
  return deadline >= mdoDatum;
}

/**
 * An MDO follows up the open actions of earlier MDOs that share at least one buurt with it and were
 * held before its day ("gevolgd in het volgende MDO").
 */
export function volgtOp(
  mdo: { id: string; datum: string; buurtIds: readonly string[] },
  eerder: { id: string; datum: string; buurtIds: readonly string[] },
): boolean {
  return eerder.id !== mdo.id && eerder.datum < mdo.datum && eerder.buurtIds.some((b) => mdo.buurtIds.includes(b));
}

export const ACTIE_STATUS_TEKST: Readonly<Record<MdoActieStatus, string>> = {
  [MdoActieStatus.OPEN]: 'open',
  [MdoActieStatus.AFGEROND]: 'afgerond',
  [MdoActieStatus.VERVALLEN]: 'vervallen',
};
