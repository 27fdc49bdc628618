/**
 * Where a webhook may go, and the HTTP request that takes it there (SSRF, issue 15).
 *
 * The host of a callback URL is resolved ONCE per attempt; every address it gives is checked,
 * and the connection is made to exactly the address that was checked (the request's `lookup` is
 * pinned to it). Resolving again when connecting, as `fetch` does, lets a DNS server answer a
 * public address to the check and a loopback address to the connection (DNS rebinding).
 * Redirects are never followed. What lands in the delivery log is a fixed, generic text: no
 * error code, address or port of the target, so the log cannot be used to probe a network.
 */
import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { BUURTWERK_CONFIG, type BuurtwerkConfig } from '@buurtwerk/core';
import { controleerCallbackUrl, isPriveAdres } from './webhook.rules';
import type { WebhookVerzoek } from './webhook.worker';

export interface Adres {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses (replaceable in tests). */
export type Resolver = (host: string) => Promise<Adres[]>;

export const systeemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((r) => ({ address: r.address, family: r.family === 6 ? 6 : 4 }));

/** The texts of the delivery log for an attempt that got no HTTP answer. */
export const AFLEVERFOUT = {
  geweigerd: 'Niet verstuurd: de callback-URL leidt niet naar een toegestaan openbaar adres.',
  verbinding: 'Geen verbinding met de ontvanger.',
  timeout: (ms: number) => `Geen antwoord van de ontvanger binnen ${ms} ms.`,
} as const;

/** A target refused before any connection was made. */
export class DoelGeweigerd extends Error {
  constructor() {
    super(AFLEVERFOUT.geweigerd);
    this.name = 'DoelGeweigerd';
  }
}

/** The delivery log's text for an attempt that failed without an HTTP status: never the cause's details. */
export function afleverFoutTekst(e: unknown, timeoutMs: number): string {
  if (e instanceof DoelGeweigerd) {
    return AFLEVERFOUT.geweigerd;
  }
  if ((e as { name?: unknown } | null)?.name === 'TimeoutError') {
    return AFLEVERFOUT.timeout(timeoutMs);
  }
  return AFLEVERFOUT.verbinding;
}

/**
 * A `lookup` for node:http(s) that answers the addresses that were checked, whatever DNS says
 * now: all of them when the socket tries several (Happy Eyeballs), else the first.
 */
export function vastgepindeLookup(adressen: readonly Adres[]): LookupFunction {
  return (_host, opties, klaar) => {
    if (opties.all) {
      klaar(
        null,
        adressen.map((a) => ({ address: a.address, family: a.family })),
      );
    } else {
      klaar(null, adressen[0].address, adressen[0].family);
    }
  };
}

export interface Bezorgopties {
  resolver: Resolver;
  /** Whether an address may be connected to (production: public addresses only). */
  toegestaan: (adres: string) => boolean;
}

/**
 * POSTs one delivery: resolve once, check every address, connect only to those addresses. No
 * redirects (a 3xx is just a status), no connection reuse between attempts.
 */
export async function bezorg(v: WebhookVerzoek, opties: Bezorgopties): Promise<{ status: number }> {
  const url = new URL(v.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const versie = isIP(host);
  let adressen: Adres[];
  if (versie !== 0) {
    adressen = [{ address: host, family: versie === 6 ? 6 : 4 }];
  } else {
    try {
      adressen = await opties.resolver(host);
    } catch {
      // A name that does not resolve says nothing more than one that resolves to a private address.
      throw new DoelGeweigerd();
    }
  }
  if (adressen.length === 0 || adressen.some((a) => !opties.toegestaan(a.address))) {
    throw new DoelGeweigerd();
  }
  v.signal.throwIfAborted();
  const verstuur = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((klaar, mislukt) => {
    const req = verstuur(
      {
        protocol: url.protocol,
        hostname: host,
        port: url.port === '' ? undefined : Number(url.port),
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        headers: { ...v.headers, 'content-length': String(Buffer.byteLength(v.body)) },
        // The checked address, and for https still the host name for SNI and the certificate.
        lookup: vastgepindeLookup(adressen),
        agent: false,
        signal: v.signal,
      },
      (res: IncomingMessage) => {
        klaar({ status: res.statusCode ?? 0 });
        // The body does not matter (and may be endless): drop it.
        res.destroy();
      },
    );
    req.on('error', (e) => mislukt(v.signal.aborted ? (v.signal.reason ?? e) : e));
    req.end(v.body);
  });
}

/**
 * The target policy of this instance: in production only https on port 443 to names that lead
 * to public addresses only; elsewhere (development, test) the local receivers of the rules.
 * Used when a subscription is made and at every delivery. `strikt` and `resolver` can be set by
 * tests (production rules with a resolver they control).
 */
@Injectable()
export class WebhookDoelen {
  strikt: boolean;
  resolver: Resolver = systeemResolver;

  constructor(@Inject(BUURTWERK_CONFIG) private readonly config: BuurtwerkConfig) {
    this.strikt = config.nodeEnv === 'production';
  }

  private get omgeving(): BuurtwerkConfig['nodeEnv'] {
    return this.strikt ? 'production' : this.config.nodeEnv;
  }

  /** At subscription time: a message for the subscriber, or null. */
  async controleer(url: string): Promise<string | null> {
    const regel = controleerCallbackUrl(url, this.omgeving);
    if (regel !== null || !this.strikt) {
      return regel;
    }
    const host = new URL(url).hostname;
    if (isIP(host.replace(/^\[|\]$/g, '')) !== 0) {
      return null;
    }
    const adressen = await this.resolver(host).catch(() => [] as Adres[]);
    // One message for "does not resolve" and "resolves to a private address": no DNS oracle.
    return adressen.length === 0 || adressen.some((a) => isPriveAdres(a.address))
      ? 'moet een naam hebben die naar een openbaar internetadres leidt.'
      : null;
  }

  /** Delivers one attempt; the URL is checked again (rules can have tightened since it was stored). */
  async bezorg(v: WebhookVerzoek): Promise<{ status: number }> {
    if (controleerCallbackUrl(v.url, this.omgeving) !== null) {
      throw new DoelGeweigerd();
    }
    return bezorg(v, {
      resolver: this.resolver,
      toegestaan: this.strikt ? (adres) => !isPriveAdres(adres) : () => true,
    });
  }
}
