/** A webhook receiver on 127.0.0.1 for the webhook e2e tests (never another address). */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Ontvangen {
  pad: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** `webhook-id` header (= CloudEvents id). */
  id: string;
  /** The status we answered, or null while the request hangs. */
  status: number | null;
}

/** Status to answer, or 'hangen' to keep the request open (a receiver that never answers). */
export type Antwoord = (verzoek: { pad: string; nummer: number; id: string }) => number | 'hangen';

export interface Ontvanger {
  url: (pad?: string) => string;
  ontvangen: Ontvangen[];
  antwoord: Antwoord;
  /** Bodies answered with 2xx, per id (deduplicated as a careful receiver would). */
  afgeleverd: (pad?: string) => Map<string, string[]>;
  sluit: () => Promise<void>;
}

export async function startOntvanger(): Promise<Ontvanger> {
  const ontvangen: Ontvangen[] = [];
  const hangend: ServerResponse[] = [];
  const ontvanger: Ontvanger = {
    url: () => '',
    ontvangen,
    antwoord: () => 204,
    afgeleverd: (pad) => {
      const m = new Map<string, string[]>();
      for (const o of ontvangen) {
        if (o.status !== null && o.status >= 200 && o.status < 300 && (pad === undefined || o.pad === pad)) {
          m.set(o.id, [...(m.get(o.id) ?? []), o.body]);
        }
      }
      return m;
    },
    sluit: async () => {
      for (const res of hangend) {
        res.destroy();
      }
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((req, res) => {
    const delen: Buffer[] = [];
    req.on('data', (d: Buffer) => delen.push(d));
    req.on('end', () => {
      const id = String(req.headers['webhook-id'] ?? '');
      const pad = req.url ?? '/';
      const o: Ontvangen = { pad, headers: req.headers, body: Buffer.concat(delen).toString('utf8'), id, status: null };
      ontvangen.push(o);
      const status = ontvanger.antwoord({ pad, nummer: ontvangen.length, id });
      if (status === 'hangen') {
        hangend.push(res);
        return;
      }
      o.status = status;
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  ontvanger.url = (pad = '/hook') => `http://127.0.0.1:${port}${pad}`;
  return ontvanger;
}

/** Polls until `voorwaarde` holds (for background work); fails with `wat` after the time-out. */
export async function wachtTot(voorwaarde: () => boolean | Promise<boolean>, wat: string, timeoutMs = 15_000): Promise<void> {
  const einde = Date.now() + timeoutMs;
  while (!(await voorwaarde())) {
    if (Date.now() > einde) {
      throw new Error(`Wachten duurde te lang: ${wat}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const ABONNEMENT_AANMAKEN = `mutation($input: WebhookAbonnementInput!) {
  webhookAbonnementAanmaken(input: $input) { geheim abonnement { id callbackUrl kanaal filters { kenmerk waarde } organisatieId beeindigdOp } }
}`;
