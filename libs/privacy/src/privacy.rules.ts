import { createHmac } from 'node:crypto';
import { ConfigError } from '@buurtwerk/core';

/**
 * What replaces a resident's name (AVG art. 4(5): pseudonymisation, the decision stays), and free
 * text where the column cannot be empty. Defined in core, where every library's handler finds them.
 */
export { GEPSEUDONIMISEERDE_NAAM, VERWIJDERDE_TEKST } from '@buurtwerk/core';

/** Prefix of every pseudonym that replaces a `sub`: recognisable, never a real sign-in id. */
export const PSEUDONIEM_PREFIX = 'pseudoniem:';

/**
 * A non-routable address (RFC 2606 reserves `.invalid`) for e-mail columns that may not be empty
 * or must stay unique: one per record, so unique constraints (one sign-up per address) hold.
 */
export function vervangendAdres(recordId: string): string {
  return `gepseudonimiseerd-${recordId}@gepseudonimiseerd.invalid`;
}

/**
 * The stable pseudonym of a `sub`: HMAC-SHA256 with a secret key, so the same person gets the
 * same pseudonym in every table and every run (records keep pointing at each other), while
 * nobody without the key can compute it from a known `sub`.
 */
export function pseudoniem(sub: string, sleutel: string): string {
  if (isPseudoniem(sub)) {
    return sub;
  }
  return `${PSEUDONIEM_PREFIX}${createHmac('sha256', sleutel).update(sub, 'utf8').digest('hex').slice(0, 40)}`;
}

export function isPseudoniem(waarde: string | null | undefined): boolean {
  return typeof waarde === 'string' && waarde.startsWith(PSEUDONIEM_PREFIX);
}

/** The record types with a retention term; decisions are not among them (Archiefwet). */
export const RECORDSOORTEN = [
  'aanmeldingen',
  'signalen',
  'initiatiefconcepten',
  'vrijwilligersaanmeldingen',
  'beraadaanmeldingen',
  'bekendepersonen',
] as const;
export type Recordsoort = (typeof RECORDSOORTEN)[number];

/** Days after the moment a record type's term starts; null: kept (not pseudonymised by the job). */
export type Bewaartermijnen = Record<Recordsoort, number | null>;

export const STANDAARD_BEWAARTERMIJNEN: Bewaartermijnen = {
  // One year after the meeting ended: enough for follow-up and the yearly overview.
  aanmeldingen: 365,
  // Two years after a signal was handled.
  signalen: 730,
  // Drafts never submitted and withdrawn initiatives without a decision: one year after the last change.
  initiatiefconcepten: 365,
  // Volunteer sign-ups: one year after the volunteer work ended (its end, or its start without one).
  vrijwilligersaanmeldingen: 365,
  // Volunteers for a burgerberaad: one year after the draw (the assembly's work and its evaluation).
  beraadaanmeldingen: 365,
  // People who signed in (name for choosing panel members): one year after the last sign-in.
  bekendepersonen: 365,
};

export interface PrivacyConfig {
  bewaartermijnen: Bewaartermijnen;
  /** How often the retention job runs on each instance. */
  intervalMs: number;
  /** The job is off (default in tests: they call pasBewaartermijnenToe themselves). */
  uit: boolean;
  /** HMAC key for pseudonyms; null: a random key kept in the database (privacy_sleutel). */
  pseudoniemSleutel: string | null;
}

/**
 * `BEWAARTERMIJNEN="aanmeldingen=365,signalen=730d,initiatiefconcepten=nooit"`: days per record
 * type (a trailing `d` is allowed), `nooit` to keep. Missing types keep their default.
 */
export function leesBewaartermijnen(ruw: string | undefined): Bewaartermijnen {
  const termijnen: Bewaartermijnen = { ...STANDAARD_BEWAARTERMIJNEN };
  if (ruw === undefined || ruw.trim() === '') {
    return termijnen;
  }
  for (const deel of ruw.split(',')) {
    const m = /^\s*([a-z]+)\s*=\s*(\d{1,5}d?|nooit)\s*$/i.exec(deel);
    if (!m) {
      throw new ConfigError('BEWAARTERMIJNEN', `heeft de vorm soort=dagen,… (gekregen: "${deel.trim().slice(0, 60)}")`);
    }
    const soort = m[1].toLowerCase();
    if (!(RECORDSOORTEN as readonly string[]).includes(soort)) {
      throw new ConfigError(
        'BEWAARTERMIJNEN',
        `kent geen soort "${soort}" (kies uit ${RECORDSOORTEN.join(', ')}; besluiten worden nooit opgeschoond: Archiefwet)`,
      );
    }
    const waarde = m[2].toLowerCase();
    const dagen = waarde === 'nooit' ? null : Number(waarde.replace(/d$/, ''));
    if (dagen !== null && dagen < 1) {
      throw new ConfigError('BEWAARTERMIJNEN', `moet voor ${soort} minstens 1 dag zijn (of nooit)`);
    }
    termijnen[soort as Recordsoort] = dagen;
  }
  return termijnen;
}

export function laadPrivacyConfig(
  env: Record<string, string | undefined> = process.env,
  nodeEnv: 'development' | 'test' | 'production' = 'development',
): PrivacyConfig {
  const intervalRuw = env.BEWAARTERMIJNEN_INTERVAL_MS ?? '';
  if (intervalRuw !== '' && (!/^\d+$/.test(intervalRuw) || Number(intervalRuw) < 1000 || Number(intervalRuw) > 86_400_000)) {
    throw new ConfigError(
      'BEWAARTERMIJNEN_INTERVAL_MS',
      `moet een geheel getal van 1000 tot 86400000 zijn (gekregen: "${intervalRuw}")`,
    );
  }
  const uitRuw = (env.BEWAARTERMIJNEN_UIT ?? '').toLowerCase();
  if (!['', 'true', 'false', '1', '0'].includes(uitRuw)) {
    throw new ConfigError('BEWAARTERMIJNEN_UIT', `moet true of false zijn (gekregen: "${env.BEWAARTERMIJNEN_UIT}")`);
  }
  const sleutel = env.PSEUDONIEM_SLEUTEL ?? '';
  if (sleutel !== '' && sleutel.length < 32) {
    throw new ConfigError('PSEUDONIEM_SLEUTEL', 'moet minstens 32 tekens lang zijn');
  }
  return {
    bewaartermijnen: leesBewaartermijnen(env.BEWAARTERMIJNEN),
    intervalMs: intervalRuw === '' ? 3_600_000 : Number(intervalRuw),
    uit: uitRuw === '' ? nodeEnv === 'test' : uitRuw === 'true' || uitRuw === '1',
    pseudoniemSleutel: sleutel === '' ? null : sleutel,
  };
}

/** The moment before which a record's term has passed: `nu` minus the term in days. */
export function grensVoor(nu: Date, dagen: number): Date {
  return new Date(nu.getTime() - dagen * 86_400_000);
}

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/;

/**
 * Column names (snake_case) to lowerCamelCase JSON keys, recursively. Keys that are not
 * snake_case (project ids in a ballot, keys inside jsonb values) stay as they are.
 */
export function naarCamelCase(waarde: unknown): unknown {
  if (Array.isArray(waarde)) {
    return waarde.map(naarCamelCase);
  }
  if (waarde && typeof waarde === 'object' && !(waarde instanceof Date)) {
    return Object.fromEntries(
      Object.entries(waarde as Record<string, unknown>).map(([k, v]) => [
        SNAKE.test(k) ? k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()) : k,
        naarCamelCase(v),
      ]),
    );
  }
  return waarde;
}

/** Staff in the sense of the audit duty: anyone signed in with a role beyond BEWONER. */
export function isStafrol(rollen: readonly string[]): boolean {
  return rollen.some((r) => r !== 'BEWONER');
}
