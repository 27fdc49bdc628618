/**
 * Pure rules of the uitvoeringsprogramma: its lifecycle, when the evaluation may start, who keeps it.
 */
import { Rol } from '@buurtwerk/core';
import { ProgrammaStatus } from './programma.entity';

/** Policy staff draw up, adopt and evaluate the programme; buurtregisseurs read it. */
export const PROGRAMMA_BEHEER: readonly Rol[] = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];
export const PROGRAMMA_LEZERS: readonly Rol[] = [Rol.BUURTREGISSEUR, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];

export const PROGRAMMA_OVERGANGEN: Readonly<Record<ProgrammaStatus, readonly ProgrammaStatus[]>> = {
  [ProgrammaStatus.CONCEPT]: [ProgrammaStatus.VASTGESTELD],
  [ProgrammaStatus.VASTGESTELD]: [ProgrammaStatus.EVALUATIE],
  [ProgrammaStatus.EVALUATIE]: [ProgrammaStatus.GEEVALUEERD],
  [ProgrammaStatus.GEEVALUEERD]: [],
};

export function programmaMagOvergaan(van: ProgrammaStatus, naar: ProgrammaStatus): boolean {
  return PROGRAMMA_OVERGANGEN[van].includes(naar);
}

/** Goals and budget change only while the programme is a draft. */
export function wijzigbaar(status: ProgrammaStatus): boolean {
  return status === ProgrammaStatus.CONCEPT;
}

/** The evaluation is "jaarlijks": it starts in the programme's last month (December) or later. */
export function evaluatieMagStarten(jaar: number, vandaag: string): boolean {
  return vandaag >= `${jaar}-12-01`;
}

/** A programme is drawn up for this year, next year or the year after (not for the past). */
export function jaarToegestaan(jaar: number, vandaag: string): boolean {
  const nu = Number(vandaag.slice(0, 4));
  return Number.isInteger(jaar) && jaar >= nu && jaar <= nu + 2;
}

export const PROGRAMMA_STATUS_TEKST: Readonly<Record<ProgrammaStatus, string>> = {
  [ProgrammaStatus.CONCEPT]: 'een concept',
  [ProgrammaStatus.VASTGESTELD]: 'vastgesteld',
  [ProgrammaStatus.EVALUATIE]: 'in evaluatie',
  [ProgrammaStatus.GEEVALUEERD]: 'geëvalueerd',
};
