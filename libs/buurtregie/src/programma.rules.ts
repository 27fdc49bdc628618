/**
 * Pure rules of the uitvoeringsprogramma: its lifecycle, when the evaluation may start, who keeps it.
 */
import { Rol } from '@buurtwerk/core';
import { InbrengSoort, ProgrammaStatus } from './programma.entity';

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

/**
 * Which kind of contribution a partner can make now, or null: input on a draft while its window
 * is open (first to last day, Heerlen's calendar), an evaluation while the programme is evaluated.
 */
export function inbrengMogelijk(
  p: { status: ProgrammaStatus; inbrengVan: string | null; inbrengTot: string | null },
  vandaag: string,
): InbrengSoort | null {
  if (
    p.status === ProgrammaStatus.CONCEPT &&
    p.inbrengVan &&
    p.inbrengTot &&
    p.inbrengVan <= vandaag &&
    vandaag <= p.inbrengTot
  ) {
    return InbrengSoort.INBRENG;
  }
  if (p.status === ProgrammaStatus.EVALUATIE) {
    return InbrengSoort.EVALUATIE;
  }
  return null;
}
