/**
 * SSRF at delivery (issue 15): the host is resolved once and the connection goes to the address
 * that was checked, never to what a second lookup says (DNS rebinding); refused targets and
 * broken connections leave only generic texts.
 *
 * Two real HTTP servers listen on the same port: one on 127.0.0.2, which stands for the
 * partner's public receiver here, and one on 127.0.0.1, which stands for an internal service
 * (the address the policy `toegestaan` refuses). A resolver under the test's control answers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type BuurtwerkConfig, loadConfig } from '@buurtwerk/core';
import { AFLEVERFOUT, type Adres, afleverFoutTekst, bezorg, DoelGeweigerd, type Resolver, WebhookDoelen } from './webhook.doelen';
import type { WebhookVerzoek } from './webhook.worker';

interface Server2 {
  server: Server;
  ontvangen: Array<{ pad: string; host: string | undefined }>;
}

async function luister(
  adres: string,
  poort: number,
  antwoord: (pad: string) => [number, Record<string, string>?],
): Promise<Server2> {
  const ontvangen: Server2['ontvangen'] = [];
  const server = createServer((req, res) => {
    ontvangen.push({ pad: req.url ?? '', host: req.headers.host });
    req.resume();
    const [status, headers] = antwoord(req.url ?? '');
    res.writeHead(status, headers).end();
  });
  await new Promise<void>((klaar, mislukt) => {
    server.once('error', mislukt);
    server.listen(poort, adres, () => klaar());
  });
  return { server, ontvangen };
}

const sluit = (s: Server2): Promise<void> =>
  new Promise((klaar) => {
    s.server.closeAllConnections();
    s.server.close(() => klaar());
  });

const verzoek = (url: string, timeoutMs = 2000): WebhookVerzoek => ({
  url,
  headers: { 'content-type': 'application/cloudevents+json; charset=utf-8' },
  body: '{"specversion":"1.0"}',
  signal: AbortSignal.timeout(timeoutMs),
});

/** Answers one list per call, in order; remembers every host it was asked for. */
function volgordeResolver(...antwoorden: Adres[][]): Resolver & { vragen: string[] } {
  const vragen: string[] = [];
  const resolver = (host: string): Promise<Adres[]> => {
    vragen.push(host);
    return Promise.resolve(antwoorden[Math.min(vragen.length - 1, antwoorden.length - 1)]);
  };
  return Object.assign(resolver, { vragen });
}

const OPENBAAR: Adres = { address: '127.0.0.2', family: 4 };
const INTERN: Adres = { address: '127.0.0.1', family: 4 };
/** The policy of these tests: 127.0.0.1 is the internal address. */
const toegestaan = (adres: string): boolean => adres !== INTERN.address;

const geweigerd = async (belofte: Promise<unknown>): Promise<void> => {
  const fout: unknown = await belofte.then(
    () => null,
    (e: unknown) => e,
  );
  expect(fout).toBeInstanceOf(DoelGeweigerd);
  expect(afleverFoutTekst(fout, 2000)).toBe(AFLEVERFOUT.geweigerd);
};

describe('Webhookaflevering: één keer opzoeken, vastgepind verbinden', () => {
  let openbaar: Server2;
  let intern: Server2;
  let poort: number;

  beforeAll(async () => {
    intern = await luister(INTERN.address, 0, () => [204]);
    poort = (intern.server.address() as AddressInfo).port;
    openbaar = await luister(OPENBAAR.address, poort, (pad) =>
      pad === '/doorsturen' ? [302, { location: `http://127.0.0.1:${poort}/intern` }] : [204],
    );
  });
  afterAll(async () => {
    await sluit(openbaar);
    await sluit(intern);
  });
  beforeEach(() => {
    openbaar.ontvangen.length = 0;
    intern.ontvangen.length = 0;
  });

  it('verbindt met het gecontroleerde adres, ook als een tweede opzoeking naar loopback zou wijzen (DNS-rebinding)', async () => {
    const resolver = volgordeResolver([OPENBAAR], [INTERN]);
    const res = await bezorg(verzoek(`http://rebind.test:${poort}/hook`), { resolver, toegestaan });
    expect(res.status).toBe(204);
    // One lookup for check and connection together; the request went to the checked address,
    // still addressed to the name (Host header, and for https SNI and the certificate).
    expect(resolver.vragen).toEqual(['rebind.test']);
    expect(openbaar.ontvangen).toEqual([{ pad: '/hook', host: `rebind.test:${poort}` }]);
    expect(intern.ontvangen).toEqual([]);

    // The next attempt: now the name leads to the internal address, and nothing is sent.
    await geweigerd(bezorg(verzoek(`http://rebind.test:${poort}/hook`), { resolver, toegestaan }));
    expect(resolver.vragen).toEqual(['rebind.test', 'rebind.test']);
    expect(intern.ontvangen).toEqual([]);
  });

  it('weigert een naam met één intern adres tussen openbare, een naam zonder adres en een onvindbare naam', async () => {
    await geweigerd(
      bezorg(verzoek(`http://gemengd.test:${poort}/`), { resolver: volgordeResolver([OPENBAAR, INTERN]), toegestaan }),
    );
    await geweigerd(bezorg(verzoek(`http://leeg.test:${poort}/`), { resolver: volgordeResolver([]), toegestaan }));
    const onvindbaar: Resolver = () =>
      Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND weg.test'), { code: 'ENOTFOUND' }));
    await geweigerd(bezorg(verzoek(`http://weg.test:${poort}/`), { resolver: onvindbaar, toegestaan }));
    await geweigerd(bezorg(verzoek(`http://127.0.0.1:${poort}/`), { resolver: volgordeResolver([OPENBAAR]), toegestaan }));
    expect(intern.ontvangen).toEqual([]);
    expect(openbaar.ontvangen).toEqual([]);
  });

  it('volgt geen doorverwijzing: een 302 naar een intern adres is gewoon een mislukte status', async () => {
    const res = await bezorg(verzoek(`http://partner.test:${poort}/doorsturen`), {
      resolver: volgordeResolver([OPENBAAR]),
      toegestaan,
    });
    expect(res.status).toBe(302);
    expect(intern.ontvangen).toEqual([]);
  });

  it('schrijft voor een geweigerde, gesloten of trage poort alleen algemene teksten, zonder foutcode, adres of poort', async () => {
    const dicht = await luister(OPENBAAR.address, 0, () => [204]);
    const dichtePoort = (dicht.server.address() as AddressInfo).port;
    await sluit(dicht);
    const fout: unknown = await bezorg(verzoek(`http://gesloten.test:${dichtePoort}/`), {
      resolver: volgordeResolver([OPENBAAR]),
      toegestaan,
    }).catch((e: unknown) => e);
    expect((fout as { code?: string }).code).toBe('ECONNREFUSED');
    const teksten = [afleverFoutTekst(fout, 2000), afleverFoutTekst(new DoelGeweigerd(), 2000)];
    expect(teksten).toEqual([AFLEVERFOUT.verbinding, AFLEVERFOUT.geweigerd]);

    const traag = createServer(() => undefined);
    await new Promise<void>((klaar) => traag.listen(0, OPENBAAR.address, () => klaar()));
    const traagPoort = (traag.address() as AddressInfo).port;
    const timeout: unknown = await bezorg(verzoek(`http://traag.test:${traagPoort}/`, 200), {
      resolver: volgordeResolver([OPENBAAR]),
      toegestaan,
    }).catch((e: unknown) => e);
    traag.closeAllConnections();
    traag.close();
    expect(afleverFoutTekst(timeout, 200)).toBe(AFLEVERFOUT.timeout(200));
    for (const tekst of [...teksten, afleverFoutTekst(timeout, 200)]) {
      expect(tekst).not.toMatch(/ECONN|EHOST|ENOTFOUND|127\.0\.0|::1/);
      expect(tekst).not.toContain(String(dichtePoort));
      expect(tekst).not.toContain(String(traagPoort));
    }
  });
});

describe('WebhookDoelen in productie', () => {
  const productie = (): WebhookDoelen => {
    const config: BuurtwerkConfig = {
      ...loadConfig({ NODE_ENV: 'test' }),
      nodeEnv: 'production',
    };
    return new WebhookDoelen(config);
  };
  /** What a resolver would say on the internet for these names. */
  const dns: Record<string, Adres[]> = {
    'partner.example.nl': [{ address: '93.184.216.34', family: 4 }],
    '127.0.0.1.nip.io': [{ address: '127.0.0.1', family: 4 }],
    'metadata.nip.io': [{ address: '169.254.169.254', family: 4 }],
    'v6.partner.example.nl': [{ address: '::ffff:127.0.0.1', family: 6 }],
    'ula.partner.example.nl': [{ address: 'fd12:3456::1', family: 6 }],
  };
  const resolver =
    (vragen: string[]): Resolver =>
    (host) => {
      vragen.push(host);
      return dns[host] ? Promise.resolve(dns[host]) : Promise.reject(new Error(`ENOTFOUND ${host}`));
    };

  it.each([
    'https://localhost./',
    'https://foo.localhost./',
    'https://foo.localhost/',
    'https://127.0.0.1.nip.io/',
    'https://metadata.nip.io/latest/meta-data',
    'https://v6.partner.example.nl/',
    'https://ula.partner.example.nl/',
    'https://onbekend.example.nl/',
    'https://partner.example.nl:8443/',
    'https://[::ffff:7f00:1]/',
  ])('weigert %s bij het abonneren en bij elke aflevering', async (url) => {
    const doelen = productie();
    const vragen: string[] = [];
    doelen.resolver = resolver(vragen);
    expect(await doelen.controleer(url)).toEqual(expect.any(String));
    await geweigerd(doelen.bezorg(verzoek(url)));
  });

  it('aanvaardt https op poort 443 naar een naam met alleen openbare adressen', async () => {
    const doelen = productie();
    const vragen: string[] = [];
    doelen.resolver = resolver(vragen);
    expect(await doelen.controleer('https://partner.example.nl/hooks')).toBeNull();
    expect(vragen).toEqual(['partner.example.nl']);
  });

  it('geeft één melding voor een onvindbare naam en een naam met een intern adres (geen DNS-orakel)', async () => {
    const doelen = productie();
    doelen.resolver = resolver([]);
    expect(await doelen.controleer('https://onbekend.example.nl/')).toBe(await doelen.controleer('https://127.0.0.1.nip.io/'));
  });
});
