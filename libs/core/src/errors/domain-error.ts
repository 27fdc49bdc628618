import { HttpException } from '@nestjs/common';

/**
 * Every error a client can see carries one of these codes in `extensions.code` (GraphQL) or
 * as the problem type (REST). Anything else is an internal error and is never shown in detail.
 */
export enum FoutCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** The operation passes a limit of the GraphQL edge (cost, depth, aliases, fields, size): refused before it runs. */
  OPERATIE_TE_GROOT = 'OPERATIE_TE_GROOT',
  ONGELDIGE_STATUSOVERGANG = 'ONGELDIGE_STATUSOVERGANG',
  BELANGENCONFLICT = 'BELANGENCONFLICT',
  PLAFOND_BEREIKT = 'PLAFOND_BEREIKT',
  GASTBUURT_AL_GEWEEST = 'GASTBUURT_AL_GEWEEST',
  STEMMING_GESLOTEN = 'STEMMING_GESLOTEN',
  CONFLICT = 'CONFLICT',
  DIENST_NIET_BESCHIKBAAR = 'DIENST_NIET_BESCHIKBAAR',
  TE_VEEL_VERZOEKEN = 'TE_VEEL_VERZOEKEN',
  NIET_AANVAARDBAAR = 'NIET_AANVAARDBAAR',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One invalid input field: `veld` is the path as the client sent it (e.g. `input.titel`). */
export interface VeldFout {
  veld: string;
  melding: string;
}

export const HTTP_STATUS: Record<FoutCode, number> = {
  [FoutCode.UNAUTHENTICATED]: 401,
  [FoutCode.FORBIDDEN]: 403,
  [FoutCode.NOT_FOUND]: 404,
  [FoutCode.BAD_USER_INPUT]: 400,
  [FoutCode.OPERATIE_TE_GROOT]: 400,
  [FoutCode.ONGELDIGE_STATUSOVERGANG]: 409,
  [FoutCode.BELANGENCONFLICT]: 409,
  [FoutCode.PLAFOND_BEREIKT]: 409,
  [FoutCode.GASTBUURT_AL_GEWEEST]: 409,
  [FoutCode.STEMMING_GESLOTEN]: 409,
  [FoutCode.CONFLICT]: 409,
  [FoutCode.DIENST_NIET_BESCHIKBAAR]: 503,
  [FoutCode.TE_VEEL_VERZOEKEN]: 429,
  [FoutCode.NIET_AANVAARDBAAR]: 406,
  [FoutCode.INTERNAL_SERVER_ERROR]: 500,
};

/**
 * A domain error: a message in plain Dutch for the person who caused it, and a stable code.
 * It is an HttpException so that Nest treats it as an expected outcome (no error log) and REST
 * answers get the right status.
 */
export class DomainError extends HttpException {
  constructor(
    readonly code: FoutCode,
    message: string,
    readonly velden: VeldFout[] = [],
  ) {
    super(message, HTTP_STATUS[code]);
    this.name = 'DomainError';
  }
}

export const fout = {
  nietIngelogd: (melding = 'U bent niet ingelogd of uw sessie is verlopen. Log opnieuw in.') =>
    new DomainError(FoutCode.UNAUTHENTICATED, melding),
  geenToegang: (melding = 'U heeft geen toegang tot deze gegevens of handeling.') => new DomainError(FoutCode.FORBIDDEN, melding),
  nietGevonden: (wat: string) => new DomainError(FoutCode.NOT_FOUND, `${wat} is niet gevonden.`),
  ongeldigeInvoer: (velden: VeldFout[], melding?: string) =>
    new DomainError(
      FoutCode.BAD_USER_INPUT,
      melding ?? `De invoer is niet geldig: ${velden.map((v) => `${v.veld}: ${v.melding}`).join('; ')}`,
      velden,
    ),
  veld: (veld: string, melding: string) => new DomainError(FoutCode.BAD_USER_INPUT, `${veld}: ${melding}`, [{ veld, melding }]),
};
