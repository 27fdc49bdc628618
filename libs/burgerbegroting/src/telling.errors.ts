/**
 * Errors of the counting. They carry a stable string code so that the API can map them to its
 * own error codes (this library is pure and does not depend on @buurtwerk/core).
 */
export type TelFoutCode = 'TELLING_ONGELDIG' | 'TELLING_ONBEKENDE_REGEL' | 'TELLING_TE_ZWAAR' | 'PB_FORMAAT';

export abstract class TelFout extends Error {
  abstract readonly code: TelFoutCode;
}

/** The input cannot be counted (unknown project on a ballot, duplicate id, negative amount …). */
export class OngeldigeTellingError extends TelFout {
  readonly code = 'TELLING_ONGELDIG' as const;
  constructor(message: string) {
    super(message);
    this.name = 'OngeldigeTellingError';
  }
}

export class OnbekendeRegelError extends TelFout {
  readonly code = 'TELLING_ONBEKENDE_REGEL' as const;
  constructor(readonly regel: string) {
    super(`Onbekende telregel "${regel}".`);
    this.name = 'OnbekendeRegelError';
  }
}

/**
 * add1 would take too long: it runs MES once per increment of the voters' budget, and with a large
 * per-voter budget in small units (e.g. cents) that means hundreds of thousands of runs. We refuse
 * up front instead of running for hours, and never return an inexact result.
 */
export class TellingTeZwaarError extends TelFout {
  readonly code = 'TELLING_TE_ZWAAR' as const;
  constructor(
    message: string,
    readonly geschatteIteraties: number,
    readonly geschatWerk: number,
    readonly maxWerk: number,
  ) {
    super(message);
    this.name = 'TellingTeZwaarError';
  }
}

/** A .pb file that cannot be read; `regel` is the 1-based line number where known. */
export class PbFormaatError extends TelFout {
  readonly code = 'PB_FORMAAT' as const;
  constructor(
    message: string,
    readonly regel: number | null = null,
  ) {
    super(regel === null ? message : `Regel ${regel}: ${message}`);
    this.name = 'PbFormaatError';
  }
}
