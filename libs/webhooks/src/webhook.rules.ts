import { BlockList, isIP } from 'node:net';
import { ConfigError } from '@buurtwerk/core';

/** Channels a subscriber can choose (VNG Notificaties API: "kanalen"). */
export const WEBHOOK_KANALEN = [
  'activiteiten',
  'organisaties',
  'initiatieven',
  'signalen',
  'netwerkbijeenkomsten',
  'burgerbegroting',
] as const;
export type WebhookKanaal = (typeof WEBHOOK_KANALEN)[number];

export function isKanaal(kanaal: string): kanaal is WebhookKanaal {
  return (WEBHOOK_KANALEN as readonly string[]).includes(kanaal);
}

/**
 * Who may receive a non-public event; stored on the outbox row and checked per subscription when
 * deliveries are made (never when the event is written: rights can change in between).
 * `signaal`: a signal (docs/domein.md, invariants 10 and 12) goes to municipal subscriptions (made by a BEHEERDER,
 * who sees every signal) and to a partner's subscription only when that partner (the user or
 * API key that made the subscription) reported the signal itself. Only the signal's id is
 * stored, so the outbox holds no personal data and pseudonymisation needs no extra step.
 */
export type Doelgroep = { soort: 'signaal'; signaalId: string };

/** Channels whose events are never public: every event on them must name its Doelgroep. */
export const BESLOTEN_KANALEN: readonly WebhookKanaal[] = ['signalen'];

/**
 * CloudEvents `source` when no OIN is configured. The NL GOV profile for CloudEvents asks for a
 * URN in the `nld` namespace naming the organisation and then the system; with an OIN
 * (`WEBHOOK_BRON_OIN`) it is `urn:nld:oin:<OIN>:systeem:buurtwerk` (see `bronVoorOin`).
 */
export const BRON = 'urn:nld:gemeente-heerlen:systeem:buurtwerk';

/** The source of the NL GOV CloudEvents profile for an organisation identified by its OIN. */
export function bronVoorOin(oin: string | null): string {
  return oin === null ? BRON : `urn:nld:oin:${oin}:systeem:buurtwerk`;
}

/**
 * How a subscription receives its events: CloudEvents 1.0 (NL GOV profile), or the message of
 * the VNG Notificaties API (`kanaal`, `hoofdObject`, `resource`, `resourceUrl`, `actie`,
 * `aanmaakdatum`, `kenmerken`) for receivers built for the Common Ground notification routing.
 */
export enum WebhookBerichtvorm {
  CLOUDEVENTS = 'CLOUDEVENTS',
  NOTIFICATIES = 'NOTIFICATIES',
}

/**
 * The REST resource of each event's object, by the CloudEvents type's object name
 * (`nl.heerlen.buurtwerk.<object>.<what happened>`): the global id type and the path under
 * `/api/v1` where the object can be read (with the same authorization as GraphQL).
 */
export const RESOURCES: Readonly<Record<string, { type: string; pad: string }>> = {
  activiteit: { type: 'Activiteit', pad: 'activiteiten' },
  organisatie: { type: 'Organisatie', pad: 'organisaties' },
  initiatief: { type: 'Initiatief', pad: 'initiatieven' },
  signaal: { type: 'Signaal', pad: 'signalen' },
  netwerkbijeenkomst: { type: 'Netwerkbijeenkomst', pad: 'netwerkbijeenkomsten' },
};

const TYPE_PREFIX = 'nl.heerlen.buurtwerk.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Object name, what happened, and the URL of the object's REST resource; null for an event without one. */
export function resourceVan(
  type: string,
  onderwerp: string,
  basisUrl: string,
): { resource: string; gebeurtenis: string; url: string } | null {
  if (!type.startsWith(TYPE_PREFIX)) {
    return null;
  }
  const [resource, ...rest] = type.slice(TYPE_PREFIX.length).split('.');
  const bekend = RESOURCES[resource];
  if (bekend === undefined || rest.length === 0) {
    return null;
  }
  const ontleed = /^[A-Za-z0-9_-]{1,200}$/.test(onderwerp) ? Buffer.from(onderwerp, 'base64url').toString('utf8') : '';
  const [typenaam, id] = ontleed.split(':');
  if (typenaam !== bekend.type || id === undefined || !UUID.test(id)) {
    return null;
  }
  return { resource, gebeurtenis: rest.join('.'), url: `${basisUrl}/api/v1/${bekend.pad}/${id}` };
}

/**
 * The Notificaties API's `actie` for what happened: it knows create, update, partial_update and
 * destroy. A new object (reported, registered, published) is `create`, a removed one `destroy`,
 * every other change (a status, a cancellation) `update`.
 */
export function actieVan(gebeurtenis: string): 'create' | 'update' | 'destroy' {
  if (['gemeld', 'geregistreerd', 'gepubliceerd', 'ingediend', 'aangemaakt'].includes(gebeurtenis)) {
    return 'create';
  }
  if (['verwijderd'].includes(gebeurtenis)) {
    return 'destroy';
  }
  return 'update';
}

/** CloudEvents context attributes: a kenmerk can never take one of these names. */
const CONTEXT_ATTRIBUTEN = [
  'specversion',
  'id',
  'source',
  'type',
  'subject',
  'time',
  'datacontenttype',
  'dataschema',
  'data',
  'kanaal',
];

/**
 * A kenmerk becomes a CloudEvents extension attribute, so it follows that naming rule
 * (lower-case letters and digits, at most 20) and cannot shadow a context attribute.
 */
export function isGeldigKenmerk(naam: string): boolean {
  return /^[a-z0-9]{1,20}$/.test(naam) && !CONTEXT_ATTRIBUTEN.includes(naam);
}

/** Attempts before a delivery is given up (`MISLUKT`); manual replay can still send it. */
export const MAX_POGINGEN = 10;
const BASIS_MS = 10_000;
const PLAFOND_MS = 3_600_000;

/** Exponential backoff after the n-th failed attempt (n >= 1): 10 s, 20 s, 40 s … at most 1 h. */
export function wachttijdNaPoging(n: number): number {
  return Math.min(BASIS_MS * 2 ** Math.max(0, n - 1), PLAFOND_MS);
}

/** What happens after a failed attempt: another try later, or give up. */
export function naMislukking(pogingen: number, nu: Date): { status: 'WACHTEND'; volgendePogingOp: Date } | { status: 'MISLUKT' } {
  if (pogingen >= MAX_POGINGEN) {
    return { status: 'MISLUKT' };
  }
  return { status: 'WACHTEND', volgendePogingOp: new Date(nu.getTime() + wachttijdNaPoging(pogingen)) };
}

// ------------------------------------------------------------------ SSRF: where we may POST to

const PRIVE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  // Teredo and 6to4 carry an IPv4 address inside them; never a partner's receiver.
  ['2001::', 32],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  PRIVE.addSubnet(net, prefix, 'ipv6');
}

/** The 16 bytes of an IPv6 address that isIP accepted (also with a dotted IPv4 tail or a zone). */
function ipv6Bytes(ip: string): number[] {
  let tekst = ip.split('%')[0];
  const staart = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(tekst);
  if (staart) {
    const [a, b, c, d] = staart.slice(1).map(Number);
    tekst = `${tekst.slice(0, -staart[0].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [links, rechts] = tekst.includes('::') ? tekst.split('::') : [tekst, null];
  const groepen = (deel: string): number[] => (deel === '' ? [] : deel.split(':').map((g) => parseInt(g, 16)));
  const l = groepen(links);
  const r = rechts === null ? [] : groepen(rechts);
  return [...l, ...Array<number>(8 - l.length - r.length).fill(0), ...r].flatMap((g) => [g >> 8, g & 0xff]);
}

/**
 * Loopback, private (RFC 1918, ULA), link-local (cloud metadata at 169.254.169.254), CGNAT,
 * multicast, documentation and reserved ranges, IPv4 and IPv6: never a webhook target in
 * production. An IPv6 address that carries an IPv4 address (mapped ::ffff:a.b.c.d, which URLs
 * write as ::ffff:7f00:1, and the old compatible ::a.b.c.d) is judged by that IPv4 address.
 */
export function isPriveAdres(adres: string): boolean {
  const ip = adres.replace(/^\[|\]$/g, '');
  const versie = isIP(ip);
  if (versie === 4) {
    return PRIVE.check(ip, 'ipv4');
  }
  if (versie === 6) {
    const b = ipv6Bytes(ip);
    if (b.slice(0, 10).every((x) => x === 0) && b[10] === b[11] && (b[10] === 0 || b[10] === 0xff)) {
      return PRIVE.check(b.slice(12).join('.'), 'ipv4');
    }
    return PRIVE.check(ip.split('%')[0], 'ipv6');
  }
  return false;
}

const LOKALE_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** Names that only ever mean this machine or a private network (RFC 6761, RFC 8375, ICANN .internal). */
const INTERNE_ACHTERVOEGSELS = ['.localhost', '.local', '.internal', '.home.arpa', '.localdomain'];

/** The one port a production callback may use: https's own (a URL with :443 has no port). */
export const PRODUCTIE_POORT = 443;

/**
 * Checks a callback URL; returns a message for the subscriber, or null when it is acceptable.
 * Production: https only on port 443, no trailing dot, no IP literal or host name of a private
 * network (SSRF); where the name leads is checked separately (WebhookDoelen resolves it at
 * subscription and at every delivery). Development and test: also http, but only to this
 * machine (localhost, 127.0.0.1, [::1]).
 */
export function controleerCallbackUrl(ruw: string, nodeEnv: 'development' | 'test' | 'production'): string | null {
  let url: URL;
  try {
    url = new URL(ruw);
  } catch {
    return 'is geen geldige URL.';
  }
  if (url.username !== '' || url.password !== '') {
    return 'mag geen gebruikersnaam of wachtwoord bevatten; de handtekening bewijst de afzender.';
  }
  if (url.hash !== '') {
    return 'mag geen #-fragment bevatten.';
  }
  const host = url.hostname.toLowerCase();
  // "localhost." is localhost: a trailing dot would slip past every name rule below.
  if (host.endsWith('.')) {
    return 'mag geen host met een punt aan het eind bevatten.';
  }
  const lokaal = LOKALE_HOSTS.includes(host);
  if (nodeEnv === 'production') {
    if (url.protocol !== 'https:') {
      return 'moet beginnen met https://.';
    }
    if (lokaal || isPriveAdres(host) || INTERNE_ACHTERVOEGSELS.some((a) => host.endsWith(a)) || !host.includes('.')) {
      return 'mag niet naar een intern of privé-netwerkadres wijzen.';
    }
    // Any other port would let a subscriber probe services on public hosts through us.
    if (url.port !== '') {
      return `moet de standaardpoort van https gebruiken (${PRODUCTIE_POORT}); een andere poort is niet toegestaan.`;
    }
    return null;
  }
  if (url.protocol === 'https:') {
    return null;
  }
  if (url.protocol === 'http:' && lokaal) {
    return null;
  }
  return 'moet beginnen met https:// (http:// alleen naar localhost of 127.0.0.1 buiten productie).';
}

// ------------------------------------------------------------------ kenmerken and filters

/** One value, or all values when the object has several (an initiative in more buurten). */
export type Kenmerkwaarde = string | readonly string[];

/**
 * SQL (over outbox row `g` and subscription `ab`): every filter of the subscription matches a
 * kenmerk of the event, equal to its value or one of its list. jsonb `@>` on the whole objects
 * would not do: `{"buurtcode":["A","B"]} @> {"buurtcode":"B"}` is false, while per kenmerk
 * `["A","B"] @> "B"` is true (an array contains a primitive) and `"B" @> "B"` too. A filter on a
 * kenmerk the event lacks never matches (`NULL`, so `NOT ... IS TRUE`).
 */
export const KENMERKEN_PASSEN = `NOT EXISTS (
      SELECT 1 FROM jsonb_each(ab.filters) f WHERE (g.kenmerken -> f.key @> f.value) IS NOT TRUE)`;

// ------------------------------------------------------------------ CloudEvents

export interface GebeurtenisRij {
  id: string;
  kanaal: string;
  type: string;
  onderwerp: string;
  kenmerken: Readonly<Record<string, Kenmerkwaarde>>;
  data: object;
  aangemaaktOp: Date;
}

/** Where an event's source and resource URLs come from (WebhookConfig). */
export interface Berichtopties {
  bron: string;
  /** Public base URL of this API, without trailing slash. */
  basisUrl: string;
}

/** A kenmerk list travels as one string: comma-separated (a code never holds a comma). */
function kenmerkTekst(v: Kenmerkwaarde): string {
  return typeof v === 'string' ? v : v.join(',');
}

/**
 * CloudEvents 1.0, structured JSON mode, after the NL GOV profile for CloudEvents: `source` a
 * URN in the `nld` namespace, `type` in reverse-DNS notation, `subject` an opaque id (no
 * personal data), and `dataref` the URL of the REST resource where the object can be read.
 * Built only from the stored outbox row, so every (re)delivery of one event id carries exactly
 * the same body: receivers can dedupe by `id`. A kenmerk becomes an extension attribute;
 * CloudEvents attributes are strings, so a list is sent comma-separated
 * (`"buurtcode":"BU09171000,BU09171001"`).
 */
export function cloudEvent(g: GebeurtenisRij, opties: Berichtopties = { bron: BRON, basisUrl: '' }): Record<string, unknown> {
  const resource = opties.basisUrl === '' ? null : resourceVan(g.type, g.onderwerp, opties.basisUrl);
  return {
    specversion: '1.0',
    id: g.id,
    source: opties.bron,
    type: g.type,
    subject: g.onderwerp,
    time: g.aangemaaktOp.toISOString(),
    datacontenttype: 'application/json',
    ...(resource ? { dataref: resource.url } : {}),
    kanaal: g.kanaal,
    ...Object.fromEntries(
      Object.entries(g.kenmerken)
        .filter(([k]) => isGeldigKenmerk(k))
        .map(([k, v]) => [k, kenmerkTekst(v)]),
    ),
    data: g.data,
  };
}

/**
 * The message of the VNG Notificaties API (`Kennisgeving`): the channel, the main object and the
 * resource as URLs the receiver can read, the action, the creation time and the kenmerken as
 * strings. The event's id and type travel in headers (`webhook-id`, `x-buurtwerk-type`); the
 * body is built from the stored row only, so a retry carries the same body.
 */
export function notificatie(g: GebeurtenisRij, opties: Berichtopties): Record<string, unknown> {
  const resource = resourceVan(g.type, g.onderwerp, opties.basisUrl);
  const url = resource?.url ?? `${opties.basisUrl}/graphql`;
  return {
    kanaal: g.kanaal,
    hoofdObject: url,
    resource: resource?.resource ?? g.type,
    resourceUrl: url,
    actie: actieVan(resource?.gebeurtenis ?? g.type.split('.').at(-1) ?? ''),
    aanmaakdatum: g.aangemaaktOp.toISOString(),
    kenmerken: Object.fromEntries(
      Object.entries(g.kenmerken)
        .filter(([k]) => isGeldigKenmerk(k))
        .map(([k, v]) => [k, kenmerkTekst(v)]),
    ),
  };
}

// ------------------------------------------------------------------ configuration

export interface WebhookConfig {
  /** Poll interval of the delivery worker. */
  intervalMs: number;
  /**
   * WEBHOOKS_UIT=true: no timer (another instance or a test calls `verwerkNu()`). Default off
   * only under NODE_ENV=test, like LOG_LEVEL: tests drive the worker themselves, and background
   * polling would disturb tests that count queries.
   */
  uit: boolean;
  /** Timeout of one POST to a subscriber. */
  timeoutMs: number;
  /** CloudEvents `source` (NL GOV profile): with WEBHOOK_BRON_OIN `urn:nld:oin:<OIN>:systeem:buurtwerk`. */
  bron: string;
  /** PUBLIEKE_API_URL: where receivers read the objects (`dataref`, `resourceUrl`), without trailing slash. */
  basisUrl: string;
}

export function laadWebhookConfig(
  env: Record<string, string | undefined> = process.env,
  nodeEnv: 'development' | 'test' | 'production' = 'development',
): WebhookConfig {
  const geheel = (naam: string, standaard: number, min: number, max: number): number => {
    const ruw = env[naam];
    if (ruw === undefined || ruw === '') {
      return standaard;
    }
    if (!/^\d+$/.test(ruw) || Number(ruw) < min || Number(ruw) > max) {
      throw new ConfigError(naam, `moet een geheel getal tussen ${min} en ${max} zijn (gekregen: "${ruw}")`);
    }
    return Number(ruw);
  };
  const uitRuw = (env.WEBHOOKS_UIT ?? '').toLowerCase();
  if (!['', 'true', 'false', '1', '0'].includes(uitRuw)) {
    throw new ConfigError('WEBHOOKS_UIT', `moet true of false zijn (gekregen: "${env.WEBHOOKS_UIT}")`);
  }
  return {
    intervalMs: geheel('WEBHOOKS_INTERVAL_MS', 1000, 10, 3_600_000),
    uit: uitRuw === '' ? nodeEnv === 'test' : uitRuw === 'true' || uitRuw === '1',
    timeoutMs: geheel('WEBHOOKS_TIMEOUT_MS', 5000, 100, 60_000),
    bron: bronVoorOin(oin(env.WEBHOOK_BRON_OIN)),
    basisUrl: publiekeApiUrl(env),
  };
}

/** An OIN (Organisatie-identificatienummer, Logius) is 20 digits. */
function oin(ruw: string | undefined): string | null {
  if (ruw === undefined || ruw === '') {
    return null;
  }
  if (!/^\d{20}$/.test(ruw)) {
    throw new ConfigError('WEBHOOK_BRON_OIN', `moet een OIN van 20 cijfers zijn (gekregen: "${ruw}")`);
  }
  return ruw;
}

/** PUBLIEKE_API_URL, e.g. https://api.buurtwerk.heerlen.nl; default this server on localhost. */
function publiekeApiUrl(env: Record<string, string | undefined>): string {
  const ruw = env.PUBLIEKE_API_URL ?? '';
  if (ruw === '') {
    return `http://localhost:${env.PORT || '3000'}`;
  }
  let url: URL;
  try {
    url = new URL(ruw);
  } catch {
    throw new ConfigError('PUBLIEKE_API_URL', `is geen geldige URL (gekregen: "${ruw}")`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '') {
    throw new ConfigError('PUBLIEKE_API_URL', `moet een http(s)-adres zonder ? of # zijn (gekregen: "${ruw}")`);
  }
  return ruw.replace(/\/+$/, '');
}
