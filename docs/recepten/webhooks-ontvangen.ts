/**
 * Recipe: municipal IT receives Buurtwerk's webhooks, as CloudEvents or as messages of the VNG
 * Notificaties API (`berichtvorm: NOTIFICATIES`), and verifies every delivery's Standard Webhooks
 * signature before it trusts it. Only public HTTP and node:crypto. See webhooks-ontvangen.md.
 *
 *   BUURTWERK_API=https://api.buurtwerk.heerlen.nl BUURTWERK_TOKEN=<BEHEERDER token or API key with scope lezen> \
 *   CALLBACK_URL=https://zaaksysteem.heerlen.nl/buurtwerk PORT=8080 npx ts-node docs/recepten/webhooks-ontvangen.ts
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Refuse deliveries whose timestamp is more than five minutes from our clock (replay). */
export const TOLERANTIE_SECONDEN = 300;

/** A CloudEvent (NL GOV profile): `application/cloudevents+json`. */
export interface CloudEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  dataref?: string;
  kanaal: string;
  data: Record<string, unknown>;
}

/** A Notificaties API message: `application/json` with the Authorization header you gave. */
export interface Kennisgeving {
  kanaal: string;
  hoofdObject: string;
  resource: string;
  resourceUrl: string;
  actie: 'create' | 'update' | 'destroy';
  aanmaakdatum: string;
  kenmerken: Record<string, string>;
}

export type Bericht =
  { vorm: 'cloudevent'; id: string; event: CloudEvent } | { vorm: 'notificatie'; id: string; kennisgeving: Kennisgeving };

/**
 * Standard Webhooks verification: HMAC-SHA256 with the base64-decoded secret after `whsec_`, over
 * `${webhook-id}.${webhook-timestamp}.${raw body}`; the header may hold several `v1,<base64>`
 * signatures (secret rotation), one must match. Compare in constant time; check the timestamp.
 */
export function verifieer(
  geheim: string,
  headers: IncomingHttpHeaders,
  rauweBody: string,
  nu: Date = new Date(),
): { geldig: true } | { geldig: false; reden: string } {
  const id = String(headers['webhook-id'] ?? '');
  const tijdstempel = String(headers['webhook-timestamp'] ?? '');
  const handtekeningen = String(headers['webhook-signature'] ?? '');
  if (!id || !/^\d{1,12}$/.test(tijdstempel)) {
    return { geldig: false, reden: 'webhook-id of webhook-timestamp ontbreekt' };
  }
  if (Math.abs(nu.getTime() / 1000 - Number(tijdstempel)) > TOLERANTIE_SECONDEN) {
    return { geldig: false, reden: 'tijdstempel buiten de tolerantie' };
  }
  const sleutel = Buffer.from(geheim.replace(/^whsec_/, ''), 'base64');
  const verwacht = createHmac('sha256', sleutel).update(`${id}.${tijdstempel}.${rauweBody}`).digest();
  const klopt = handtekeningen.split(' ').some((h) => {
    const [versie, waarde] = h.split(',', 2);
    if (versie !== 'v1' || !waarde) {
      return false;
    }
    const gegeven = Buffer.from(waarde, 'base64');
    return gegeven.length === verwacht.length && timingSafeEqual(gegeven, verwacht);
  });
  return klopt ? { geldig: true } : { geldig: false, reden: 'handtekening klopt niet' };
}

/** Reads a verified body as what it is, by its content type. */
export function leesBericht(headers: IncomingHttpHeaders, rauweBody: string): Bericht {
  const id = String(headers['webhook-id']);
  const soort = String(headers['content-type'] ?? '');
  const json = JSON.parse(rauweBody) as unknown;
  if (soort.startsWith('application/cloudevents+json')) {
    return { vorm: 'cloudevent', id, event: json as CloudEvent };
  }
  return { vorm: 'notificatie', id, kennisgeving: json as Kennisgeving };
}

export interface Ontvanger {
  url: string;
  /** Verified messages, each once (deduplicated on webhook-id: delivery is at least once). */
  berichten: Bericht[];
  /** Deliveries refused, with the reason (a forged or replayed request). */
  geweigerd: string[];
  /** Verified deliveries of a message already processed (a retry or replay), answered 204 and skipped. */
  dubbel: number;
  sluit: () => Promise<void>;
}

/**
 * An HTTP receiver: verifies, deduplicates, hands each new message to `verwerk`, answers 204
 * quickly (anything not 2xx is retried by Buurtwerk). A wrong signature gets 401 and is dropped.
 */
export async function startOntvanger(opties: {
  geheimen: () => string[];
  /** Expected Authorization header of Notificaties messages (what you gave as `autorisatie`). */
  autorisatie?: string;
  poort?: number;
  host?: string;
  verwerk?: (bericht: Bericht) => void | Promise<void>;
}): Promise<Ontvanger> {
  const gezien = new Set<string>();
  const berichten: Bericht[] = [];
  const geweigerd: string[] = [];
  const ontvanger: Ontvanger = {
    url: '',
    berichten,
    geweigerd,
    dubbel: 0,
    sluit: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    const delen: Buffer[] = [];
    req.on('data', (d: Buffer) => delen.push(d));
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(delen).toString('utf8');
        const uitslagen = opties.geheimen().map((g) => verifieer(g, req.headers, body));
        const geldig = uitslagen.some((u) => u.geldig);
        const isNotificatie = !String(req.headers['content-type'] ?? '').startsWith('application/cloudevents+json');
        if (!geldig || (isNotificatie && opties.autorisatie && req.headers.authorization !== opties.autorisatie)) {
          const reden = geldig ? 'Authorization klopt niet' : uitslagen.map((u) => (u.geldig ? '' : u.reden)).join('; ');
          geweigerd.push(reden);
          res.writeHead(401).end();
          return;
        }
        const bericht = leesBericht(req.headers, body);
        // One event reaches each subscription once: deduplicate per callback path and webhook-id.
        const sleutel = `${req.url ?? ''} ${bericht.id}`;
        if (gezien.has(sleutel)) {
          ontvanger.dubbel += 1;
        } else {
          gezien.add(sleutel);
          berichten.push(bericht);
          await opties.verwerk?.(bericht);
        }
        res.writeHead(204).end();
      })().catch(() => res.writeHead(500).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(opties.poort ?? 0, opties.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  ontvanger.url = `http://${opties.host ?? '127.0.0.1'}:${port}`;
  return ontvanger;
}

async function graphql<T>(api: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(new URL('/graphql', api), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL ${body.errors?.[0]?.extensions?.code ?? res.status}: ${body.errors?.[0]?.message ?? 'no data'}`);
  }
  return body.data;
}

/** Subscribes a callback URL to a channel; returns the signing secret (given only this once: store it). */
export async function abonneer(
  api: string,
  token: string,
  input: {
    callbackUrl: string;
    kanaal: string;
    berichtvorm?: 'CLOUDEVENTS' | 'NOTIFICATIES';
    autorisatie?: string;
    filters?: Array<{ kenmerk: string; waarde: string }>;
  },
): Promise<{ id: string; geheim: string }> {
  const data = await graphql<{ webhookAbonnementAanmaken: { geheim: string; abonnement: { id: string } } }>(
    api,
    token,
    'mutation($input: WebhookAbonnementInput!) { webhookAbonnementAanmaken(input: $input) { geheim abonnement { id } } }',
    { input },
  );
  return { id: data.webhookAbonnementAanmaken.abonnement.id, geheim: data.webhookAbonnementAanmaken.geheim };
}

/**
 * Starts a receiver and subscribes it twice to `kanaal`: once as CloudEvents (at /cloudevents),
 * once as Notificaties messages (at /notificaties, with our own Authorization header).
 */
export async function main(opties: {
  api: string;
  token: string;
  kanaal?: string;
  /** The URL Buurtwerk posts to; default the receiver's own address (local testing). */
  callbackUrl?: string;
  poort?: number;
  host?: string;
  verwerk?: (bericht: Bericht) => void | Promise<void>;
}): Promise<Ontvanger & { abonnementen: string[] }> {
  const geheimen: string[] = [];
  const autorisatie = `Bearer ${randomBytes(24).toString('base64url')}`;
  const ontvanger = await startOntvanger({
    geheimen: () => geheimen,
    autorisatie,
    poort: opties.poort,
    host: opties.host,
    verwerk: opties.verwerk,
  });
  const basis = opties.callbackUrl ?? ontvanger.url;
  const kanaal = opties.kanaal ?? 'activiteiten';
  const cloud = await abonneer(opties.api, opties.token, { callbackUrl: `${basis}/cloudevents`, kanaal });
  const noti = await abonneer(opties.api, opties.token, {
    callbackUrl: `${basis}/notificaties`,
    kanaal,
    berichtvorm: 'NOTIFICATIES',
    autorisatie,
  });
  geheimen.push(cloud.geheim, noti.geheim);
  return Object.assign(ontvanger, { abonnementen: [cloud.id, noti.id] });
}

if (require.main === module) {
  const token = process.env.BUURTWERK_TOKEN;
  if (!token) {
    console.error('Zet BUURTWERK_TOKEN (een BEHEERDER-token of een API-sleutel met scope lezen).');
    process.exit(2);
  }
  main({
    api: process.env.BUURTWERK_API ?? 'http://localhost:3000',
    token,
    callbackUrl: process.env.CALLBACK_URL,
    poort: Number(process.env.PORT ?? 8080),
    host: '0.0.0.0',
    verwerk: (b) => console.log(JSON.stringify(b)),
  })
    .then((o) => console.log(`Ontvanger luistert op ${o.url}; abonnementen ${o.abonnementen.join(', ')}`))
    .catch((fout: unknown) => {
      console.error(fout);
      process.exit(1);
    });
}
