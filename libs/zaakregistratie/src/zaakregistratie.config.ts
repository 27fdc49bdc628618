import { ConfigError } from '@buurtwerk/core';
import { InitiatiefStatus } from '@buurtwerk/initiatives';

/** The case registration's settings (README, "Zaakregistratie (ZGW)"); null when it is off. */
export interface ZaakregistratieConfig {
  /** Base URLs without a trailing slash, e.g. https://openzaak.heerlen.nl/zaken/api/v1. */
  zakenApi: string;
  besluitenApi: string;
  /** Without it decisions are registered without their letter. */
  documentenApi: string | null;
  clientId: string;
  secret: string;
  /** RSIN of the municipality: bronorganisatie and verantwoordelijkeOrganisatie. */
  rsin: string;
  zaaktype: string;
  besluittype: string;
  informatieobjecttype: string | null;
  /** Statustype URL per initiative status; a status without one is not mirrored. */
  statustypen: Partial<Record<InitiatiefStatus, string>>;
  /** 0: no timer (tests run rounds through `verwerk()`). */
  intervalMs: number;
  timeoutMs: number;
}

/** RSIN: 9 digits passing the eleven test (elfproef) like a BSN without the -1 weight. */
export function isGeldigRsin(rsin: string): boolean {
  if (!/^\d{9}$/.test(rsin)) {
    return false;
  }
  const som = [...rsin.slice(0, 8)].reduce((s, c, i) => s + Number(c) * (9 - i), 0);
  return som % 11 === Number(rsin[8]);
}

function url(env: Record<string, string | undefined>, naam: string, verplicht: true): string;
function url(env: Record<string, string | undefined>, naam: string, verplicht: false): string | null;
function url(env: Record<string, string | undefined>, naam: string, verplicht: boolean): string | null {
  const waarde = (env[naam] ?? '').trim();
  if (waarde === '') {
    if (verplicht) {
      throw new ConfigError(naam, 'ontbreekt (nodig zodra ZGW_ZAKEN_API gezet is)');
    }
    return null;
  }
  let u: URL;
  try {
    u = new URL(waarde);
  } catch {
    throw new ConfigError(naam, `is geen geldige URL (gekregen: "${waarde}")`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new ConfigError(naam, `moet met https:// beginnen (gekregen: "${waarde}")`);
  }
  return waarde.replace(/\/+$/, '');
}

function getal(env: Record<string, string | undefined>, naam: string, standaard: number): number {
  const waarde = env[naam] ?? '';
  if (waarde === '') {
    return standaard;
  }
  if (!/^\d+$/.test(waarde)) {
    throw new ConfigError(naam, `moet een geheel getal zijn (gekregen: "${waarde}")`);
  }
  return Number(waarde);
}

const STATUSSEN: InitiatiefStatus[] = Object.values(InitiatiefStatus).filter((s) => s !== InitiatiefStatus.CONCEPT);

/**
 * Reads the ZGW settings. Off (null) unless ZGW_ZAKEN_API is set; once it is, every required
 * setting must be present and well-formed, so a half configuration stops the API at start-up.
 * Whether the types exist in the Catalogi API is checked at first use (catalogi.controle.ts).
 */
export function laadZaakregistratieConfig(env: Record<string, string | undefined> = process.env): ZaakregistratieConfig | null {
  if ((env.ZGW_ZAKEN_API ?? '').trim() === '') {
    return null;
  }
  const clientId = (env.ZGW_CLIENT_ID ?? '').trim();
  if (clientId === '') {
    throw new ConfigError('ZGW_CLIENT_ID', 'ontbreekt (nodig zodra ZGW_ZAKEN_API gezet is)');
  }
  const secret = env.ZGW_SECRET ?? '';
  if (secret.length < 16) {
    throw new ConfigError('ZGW_SECRET', 'moet minstens 16 tekens lang zijn (het gedeelde geheim uit Open Zaak)');
  }
  const rsin = (env.ZGW_RSIN ?? '').trim();
  if (!isGeldigRsin(rsin)) {
    throw new ConfigError(
      'ZGW_RSIN',
      `moet het RSIN van de gemeente zijn: 9 cijfers die de elfproef halen (gekregen: "${rsin}")`,
    );
  }
  const statustypen: Partial<Record<InitiatiefStatus, string>> = {};
  for (const paar of (env.ZGW_STATUSTYPEN ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const is = paar.indexOf('=');
    const status = paar.slice(0, Math.max(is, 0)).trim() as InitiatiefStatus;
    if (is <= 0 || !STATUSSEN.includes(status)) {
      throw new ConfigError(
        'ZGW_STATUSTYPEN',
        `moet de vorm STATUS=url,STATUS=url hebben met STATUS een van ${STATUSSEN.join(', ')} (gekregen: "${paar}")`,
      );
    }
    statustypen[status] = url({ ZGW_STATUSTYPEN: paar.slice(is + 1).trim() }, 'ZGW_STATUSTYPEN', true);
  }
  if (!statustypen[InitiatiefStatus.INGEDIEND]) {
    throw new ConfigError('ZGW_STATUSTYPEN', 'moet een statustype voor INGEDIEND hebben (de eerste status van elke zaak)');
  }
  const documentenApi = url(env, 'ZGW_DOCUMENTEN_API', false);
  const informatieobjecttype = url(env, 'ZGW_INFORMATIEOBJECTTYPE', false);
  if ((documentenApi === null) !== (informatieobjecttype === null)) {
    throw new ConfigError(
      documentenApi === null ? 'ZGW_DOCUMENTEN_API' : 'ZGW_INFORMATIEOBJECTTYPE',
      'ontbreekt: ZGW_DOCUMENTEN_API en ZGW_INFORMATIEOBJECTTYPE horen bij elkaar (de besluitbrief als document)',
    );
  }
  return {
    zakenApi: url(env, 'ZGW_ZAKEN_API', true),
    besluitenApi: url(env, 'ZGW_BESLUITEN_API', true),
    documentenApi,
    clientId,
    secret,
    rsin,
    zaaktype: url(env, 'ZGW_ZAAKTYPE', true),
    besluittype: url(env, 'ZGW_BESLUITTYPE', true),
    informatieobjecttype,
    statustypen,
    intervalMs: getal(env, 'ZGW_INTERVAL_MS', 5000),
    timeoutMs: getal(env, 'ZGW_TIMEOUT_MS', 10_000),
  };
}
