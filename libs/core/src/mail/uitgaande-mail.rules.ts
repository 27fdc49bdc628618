/** After this many failed attempts (about 16 hours of retrying) a mail is marked MISLUKT for a person to look at. */
export const MAX_POGINGEN = 12;

const EERSTE_WACHTTIJD_MS = 30_000;
const LANGSTE_WACHTTIJD_MS = 6 * 3600_000;

/**
 * Exponential backoff after a failed delivery: 30 s, 1 min, 2 min, ... at most 6 hours.
 * Returns null when the mail should not be tried again.
 */
export function volgendePoging(pogingenNaFout: number, nu: Date): Date | null {
  if (pogingenNaFout >= MAX_POGINGEN) {
    return null;
  }
  const wacht = Math.min(EERSTE_WACHTTIJD_MS * 2 ** Math.max(0, pogingenNaFout - 1), LANGSTE_WACHTTIJD_MS);
  return new Date(nu.getTime() + wacht);
}

/** "jan.jansen@example.org" -> "j***@example.org": enough for a log line, no full address. */
export function gemaskeerdAdres(adres: string): string {
  const at = adres.lastIndexOf('@');
  if (at <= 0) {
    return '***';
  }
  return `${adres[0]}***${adres.slice(at)}`;
}
