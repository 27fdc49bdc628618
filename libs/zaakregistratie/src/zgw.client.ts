import { type ZgwGebruiker, zgwToken } from './zgw.jwt';

/** The account Buurtwerk acts as in the ZGW APIs (audit trail of the case system). */
export const BUURTWERK_GEBRUIKER: ZgwGebruiker = { id: 'buurtwerk', weergave: 'Buurtwerk (automatische registratie)' };

/** A failed ZGW call: the method, the URL and what came back, for the log and the outbox row. */
export class ZgwFout extends Error {
  constructor(
    readonly methode: string,
    readonly url: string,
    /** HTTP status; null when no answer came (time-out, connection dropped). */
    readonly status: number | null,
    detail: string,
  ) {
    super(`${methode} ${url}: ${status === null ? 'geen antwoord' : `HTTP ${status}`}${detail ? ` (${detail})` : ''}`);
  }
}

export type ZgwObject = Record<string, unknown> & { url?: string };

/**
 * A small client for the ZGW APIs: JSON, a fresh JWT per request, the CRS headers the Zaken API
 * requires on /zaken, and a time-out. Never retries by itself: retrying is the outbox's job,
 * which first looks whether an earlier attempt went through (idempotency).
 */
export class ZgwClient {
  constructor(
    private readonly opties: { clientId: string; secret: string; timeoutMs: number },
    private readonly doFetch: typeof fetch = fetch,
  ) {}

  async lees(url: string): Promise<ZgwObject> {
    return (await this.verzoek('GET', url)) as ZgwObject;
  }

  /** A list answer, paginated (`results`) or plain (an array), as the APIs differ per resource; all pages. */
  async zoek(basis: string, pad: string, filter: Record<string, string>): Promise<ZgwObject[]> {
    let volgende: string | null = `${basis}${pad}?${new URLSearchParams(filter).toString()}`;
    const uit: ZgwObject[] = [];
    while (volgende !== null) {
      const antwoord: unknown = await this.verzoek('GET', volgende);
      if (Array.isArray(antwoord)) {
        return [...uit, ...(antwoord as ZgwObject[])];
      }
      const pagina = antwoord as { results?: ZgwObject[]; next?: string | null };
      uit.push(...(pagina.results ?? []));
      volgende = typeof pagina.next === 'string' && pagina.next !== '' ? pagina.next : null;
      if (volgende !== null && new URL(volgende).origin !== new URL(basis).origin) {
        // The token goes with every request: never to another host than the API's own.
        throw new ZgwFout('GET', volgende, 200, 'volgende pagina ligt op een andere host');
      }
    }
    return uit;
  }

  async maak(basis: string, pad: string, body: Record<string, unknown>): Promise<ZgwObject> {
    const antwoord = (await this.verzoek('POST', `${basis}${pad}`, body)) as ZgwObject;
    if (typeof antwoord.url !== 'string') {
      throw new ZgwFout('POST', `${basis}${pad}`, 201, 'antwoord zonder url');
    }
    return antwoord;
  }

  private async verzoek(methode: 'GET' | 'POST', url: string, body?: Record<string, unknown>): Promise<unknown> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${zgwToken(this.opties.clientId, this.opties.secret, BUURTWERK_GEBRUIKER)}`,
    };
    if (/\/zaken(\?|$)/.test(url)) {
      // Zaken API: required on /zaken even without geometry.
      headers['Accept-Crs'] = 'EPSG:4326';
      headers['Content-Crs'] = 'EPSG:4326';
    }
    if (body) {
      headers['Content-Type'] = 'application/json';
    }
    let antwoord: Response;
    try {
      antwoord = await this.doFetch(url, {
        method: methode,
        headers,
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.opties.timeoutMs),
        redirect: 'error',
      });
    } catch (e) {
      throw new ZgwFout(methode, url, null, e instanceof Error ? e.message : String(e));
    }
    const tekst = await antwoord.text().catch(() => '');
    if (!antwoord.ok) {
      throw new ZgwFout(methode, url, antwoord.status, foutDetail(tekst));
    }
    try {
      return JSON.parse(tekst) as unknown;
    } catch {
      throw new ZgwFout(methode, url, antwoord.status, 'antwoord is geen JSON');
    }
  }
}

/** The useful part of a ZGW error body (problem+json with invalidParams), short. */
function foutDetail(tekst: string): string {
  try {
    const p = JSON.parse(tekst) as { title?: string; detail?: string; invalidParams?: Array<{ name: string; reason: string }> };
    const velden = (p.invalidParams ?? []).map((i) => `${i.name}: ${i.reason}`).join('; ');
    return [p.title ?? p.detail ?? '', velden]
      .filter((x) => x !== '')
      .join(' — ')
      .slice(0, 500);
  } catch {
    return tekst.slice(0, 200);
  }
}
