import { ConfigError } from '@buurtwerk/core';

/** Configuration of 't Heerlens Heitje (README, "'t Heerlens Heitje"). */
export interface HeitjeConfig {
  /** Yearly cap per resident when the municipality set none for that year (heitje_jaarplafond). */
  standaardJaarplafond: number;
  /** How long a payment code is valid. */
  betaalcodeMinuten: number;
}

function geheel(env: Record<string, string | undefined>, naam: string, standaard: number, min: number, max: number): number {
  const ruw = env[naam];
  if (ruw === undefined || ruw.trim() === '') {
    return standaard;
  }
  if (!/^\d+$/.test(ruw.trim())) {
    throw new ConfigError(naam, `moet een geheel getal zijn (gekregen: "${ruw.slice(0, 40)}")`);
  }
  const n = Number(ruw.trim());
  if (n < min || n > max) {
    throw new ConfigError(naam, `moet tussen ${min} en ${max} liggen (gekregen: ${n})`);
  }
  return n;
}

export function laadHeitjeConfig(env: Record<string, string | undefined> = process.env): HeitjeConfig {
  return {
    standaardJaarplafond: geheel(env, 'HEITJE_JAARPLAFOND', 250, 0, 1_000_000),
    betaalcodeMinuten: geheel(env, 'HEITJE_BETAALCODE_MINUTEN', 5, 1, 60),
  };
}

/** Whether a reward still fits under the yearly cap. */
export function pastBinnenPlafond(verdiendDitJaar: number, beloning: number, plafond: number): boolean {
  return verdiendDitJaar + beloning <= plafond;
}

/** Payment codes: 8 characters without look-alikes (0/O, 1/I/L), easy to read out at a till. */
export const CODE_TEKENS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function isMaand(maand: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(maand);
}
