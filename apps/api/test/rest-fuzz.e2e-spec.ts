/**
 * REST fuzzing (issue 9): property-based tests with fast-check send random and adversarial
 * query parameters, path segments, headers and bodies to every endpoint of the published
 * OpenAPI document (docs/openapi.json: a new endpoint is covered without touching this file).
 * Huge values, unicode edge cases (lone surrogates and invalid UTF-8 percent-encoded, NUL,
 * RTL marks), negative and huge numbers, SQL and HTML injection, repeated and unknown
 * parameters, invalid dates and cursors. Whatever comes in, the API answers a result or a
 * client error: never a 5xx, every error as application/problem+json with the NLGov fields
 * (type, title, status, detail, instance), never a stack trace, SQL or an internal error name.
 *
 * Runs are bounded (REST_FUZZ_RUNS per endpoint, default 60) and reproducible: a failure prints
 * the fast-check seed; rerun with FUZZ_SEED=<seed>.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import path from 'node:path';
import fc from 'fast-check';
import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';

const RUNS = Number(process.env.REST_FUZZ_RUNS ?? 60);
const SEED = process.env.FUZZ_SEED === undefined ? Date.now() : Number(process.env.FUZZ_SEED);

/** fast-check settings; a failure reports the seed and the cause, not a counterexample of many kilobytes. */
function instellingen<T>(numRuns: number): fc.Parameters<T> {
  return {
    numRuns,
    seed: SEED,
    endOnFailure: true,
    reporter: (uitslag) => {
      if (uitslag.failed) {
        const oorzaak = uitslag.errorInstance instanceof Error ? uitslag.errorInstance.message : String(uitslag.errorInstance);
        throw new Error(
          `Faalt met FUZZ_SEED=${uitslag.seed} (pad ${uitslag.counterexamplePath ?? '?'}): ${oorzaak.slice(0, 2000)}`,
        );
      }
    },
  };
}

// ------------------------------------------------------------------ the endpoints, from the OpenAPI document

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  schema?: { type?: string; format?: string; enum?: string[] };
}

interface Operatie {
  methode: string;
  /** The path template with the server prefix, e.g. /api/v1/buurten/{buurtcode}. */
  pad: string;
  parameters: Parameter[];
  metBody: boolean;
}

function leesOperaties(): Operatie[] {
  const doc = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'openapi.json'), 'utf8')) as {
    servers: Array<{ url: string }>;
    paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: unknown }>>;
  };
  const basis = doc.servers[0].url.replace(/\/$/, '');
  return Object.entries(doc.paths).flatMap(([pad, methoden]) =>
    Object.entries(methoden)
      .filter(([methode]) => ['get', 'post', 'put', 'patch', 'delete'].includes(methode))
      .map(([methode, op]) => ({
        methode: methode.toUpperCase(),
        pad: `${basis}${pad}`,
        parameters: op.parameters ?? [],
        metBody: op.requestBody !== undefined,
      })),
  );
}

const OPERATIES = leesOperaties();

// ------------------------------------------------------------------ adversarial values, already URL-encoded

/** Percent-encodes UTF-8 like encodeURIComponent, but also a lone surrogate (as WTF-8, which is invalid UTF-8). */
function codeer(tekst: string): string {
  let uit = '';
  for (const teken of tekst) {
    const cp = teken.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      uit += [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      uit += encodeURIComponent(teken);
    }
  }
  return uit;
}

const cursor = (inhoud: unknown): string => Buffer.from(JSON.stringify(inhoud), 'utf8').toString('base64url');

/** Raw (already encoded) values no decoder should choke on. */
const RUW = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%ED%B0%80x',
  '%F0%9F%98',
  '%FF%FE',
  '%C0%AF',
  '%E2%82',
  '%',
  '%%',
  '%zz',
  '%2',
  '%u0041',
  '%25',
  '%2F..%2F..%2Fetc%2Fpasswd',
  '..%2f..%2f',
  '%0D%0ASet-Cookie:%20x=1',
  '+',
  '%2B01:00',
  '%20',
  '',
];

const TEKST = [
  "' OR 1=1--",
  "'; DROP TABLE buurt;--",
  '" OR ""="',
  '1; SELECT pg_sleep(10)',
  "BU09171000' UNION SELECT wachtwoord FROM gebruiker--",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${jndi:ldap://x/a}',
  '__proto__',
  'constructor',
  '\u202eBU01',
  'bu09171000',
  ' BU09171000 ',
  'BU0917100０',
  'BU𝟘𝟡𝟙𝟟𝟙𝟘𝟘𝟘',
  '\ud800',
  '\udfff\ud800',
  'a\u0000b',
  '\u0000',
  '😀'.repeat(300),
  'Ä'.repeat(2000),
  'x'.repeat(6000),
  '\ufeff',
  '\r\n',
  '\\',
  '/',
  '.',
  '..',
  '?',
  '#',
  '&',
  '=',
];

const GETALLEN = [
  '-1',
  '0',
  '-0',
  '1',
  '100',
  '101',
  '2147483648',
  '-2147483649',
  '9007199254740993',
  '1e309',
  '-1e309',
  '1e3',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '0b11',
  '1.5',
  ' 1',
  '１２',
  '٣',
  '99999999999999999999999999999999',
  'null',
  'true',
  '[]',
  '{}',
];

const DATUMS = [
  '2027-02-30T00:00:00Z',
  '2027-02-29',
  '2028-02-29',
  '2027-13-01T00:00:00Z',
  '2027-03-15T25:00:00Z',
  '2027-03-15T18:30:00+99:99',
  '2027-03-15T18:30:00 01:00',
  '2027-03-15T18:30:00.1234567891Z',
  '0000-01-01T00:00:00Z',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
  '9999-12-31',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '1969-12-31T23:59:59.999Z',
  '2027-03-15',
  '2027-W11-1',
  '20270315',
  'now',
  'gisteren',
  '',
];

const UUID = '0b6d7c2e-8a4b-4c8e-9a1f-3c2d1e0f9a8b';
const CURSORS = [
  cursor(['2027-03-15T18:30:00.000Z', UUID]),
  cursor(['9999-12-31T23:59:59.999Z', UUID]),
  cursor(['0001-01-01T00:00:00.000Z', UUID]),
  cursor(['2027-02-30T00:00:00Z', UUID]),
  cursor(['2027-03-15T18:30:00Z', 'geen-uuid']),
  cursor(['2027-03-15T18:30:00Z', "'; DROP TABLE activiteit;--"]),
  cursor(['2027-03-15T18:30:00Z']),
  cursor(['2027-03-15T18:30:00Z', UUID, 'extra']),
  cursor({ a: 1 }),
  cursor(null),
  cursor('tekst'),
  cursor([1, 2]),
  Buffer.from('geen json').toString('base64url'),
  Buffer.from('["2027-03-15T18:30:00Z", "\u0000"]').toString('base64url'),
  'A'.repeat(501),
  'a=b',
  '!!!',
];

const tekstArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TEKST).map(codeer) },
  { weight: 2, arbitrary: fc.constantFrom(...RUW) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map(codeer) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }).map(codeer) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...RUW), fc.constantFrom(...TEKST)).map(([r, t]) => r + codeer(t)) },
);

/** A value for a parameter: mostly what its schema suggests is dangerous, sometimes anything. */
function waardeVoor(p: Parameter): fc.Arbitrary<string> {
  const soort = p.schema?.format === 'date-time' || p.schema?.format === 'date' ? 'datum' : p.schema?.type;
  const specifiek =
    soort === 'integer' || soort === 'number'
      ? fc.oneof(fc.constantFrom(...GETALLEN).map(codeer), fc.integer().map(String), fc.double().map(String))
      : soort === 'datum'
        ? fc.oneof(
            fc.constantFrom(...DATUMS).map(codeer),
            fc.date({ noInvalidDate: true }).map((d) => codeer(d.toISOString())),
          )
        : p.name === 'after'
          ? fc.oneof(
              fc.constantFrom(...CURSORS),
              fc.string({ unit: 'binary', maxLength: 60 }).map((s) => codeer(cursor([s, s]))),
            )
          : fc.constantFrom(...TEKST).map(codeer);
  return fc.oneof({ weight: 3, arbitrary: specifiek }, { weight: 2, arbitrary: tekstArb });
}

const ACCEPT = [
  undefined,
  'application/json',
  'application/problem+json',
  'application/geo+json',
  'text/calendar',
  'text/csv',
  '*/*',
  'text/*',
  'image/png',
  'application/json;q=0',
  'application/json;q=abc',
  'text/csv;q=0.5, application/json;q=0.9',
  ',,,;;;',
  'a/b/c',
  '*/json',
  `${'text/html;q=0.1, '.repeat(200)}application/json`,
];

interface Verzoek {
  methode: string;
  url: string;
  accept: string | undefined;
  authorization: string | undefined;
  body?: { type: string; inhoud: string };
}

function verzoekVoor(op: Operatie): fc.Arbitrary<Verzoek> {
  const pad = op.parameters.filter((p) => p.in === 'path');
  const query = op.parameters.filter((p) => p.in === 'query');
  const padWaarden = fc.tuple(
    ...pad.map((p) =>
      fc.oneof({ weight: 1, arbitrary: fc.constantFrom('BU09171000', 'BU00000000') }, { weight: 4, arbitrary: waardeVoor(p) }),
    ),
  );
  // Each known parameter absent, once, or repeated; plus unknown and odd parameter names.
  const bekende = fc.tuple(
    ...query.map((p) =>
      fc.oneof(
        { weight: 2, arbitrary: fc.constant<string[]>([]) },
        { weight: 4, arbitrary: waardeVoor(p).map((w) => [`${p.name}=${w}`]) },
        {
          weight: 1,
          arbitrary: fc.array(waardeVoor(p), { minLength: 2, maxLength: 3 }).map((ws) => ws.map((w) => `${p.name}=${w}`)),
        },
        {
          weight: 1,
          arbitrary: fc.constant([p.name, `${p.name}[]=1`, `${p.name}[0]=x`, `${p.name}.x=1`][Math.floor(Math.random() * 4)]),
        },
      ),
    ),
  );
  const onbekende = fc.oneof(
    { weight: 5, arbitrary: fc.constant<string[]>([]) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('__proto__', 'constructor[prototype][x]', 'onbekend', 'FIRST', 'first ', '', '%00', '%ED%A0%80'),
          tekstArb,
        )
        .map(([n, w]) => [`${n}=${w}`]),
    },
  );
  const body = op.metBody
    ? fc.oneof(
        fc.jsonValue().map((j) => ({ type: 'application/json', inhoud: JSON.stringify(j) })),
        fc.constantFrom(
          { type: 'application/json', inhoud: '{"a":' },
          { type: 'application/json', inhoud: '{"__proto__":{"x":1}}' },
          { type: 'application/json', inhoud: `${'['.repeat(5000)}${']'.repeat(5000)}` },
          { type: 'text/plain', inhoud: 'hallo' },
          { type: 'application/json', inhoud: '"\\ud800"' },
          { type: 'application/json', inhoud: '{"a":"\\u0000"}' },
        ),
      )
    : fc.constant(undefined);
  return fc
    .record({
      pad: padWaarden,
      bekende,
      onbekende,
      accept: fc.constantFrom(...ACCEPT),
      authorization: fc.oneof(
        { weight: 6, arbitrary: fc.constant(undefined) },
        {
          weight: 1,
          arbitrary: fc.constantFrom('Bearer x.y.z', 'Bearer ', 'Basic YTpi', `Bearer ${'a'.repeat(9000)}`, 'Bearer bgw_onzin'),
        },
      ),
      body,
    })
    .map((r) => {
      let url = op.pad;
      pad.forEach((p, i) => {
        url = url.replace(`{${p.name}}`, r.pad[i] as string);
      });
      const delen = [...r.bekende.flat(), ...r.onbekende];
      return {
        methode: op.methode,
        url: delen.length > 0 ? `${url}?${delen.join('&')}` : url,
        accept: r.accept,
        authorization: r.authorization,
        body: r.body,
      };
    });
}

// ------------------------------------------------------------------ what every answer must satisfy

/** What an internal error looks like when it leaks: stack frames, source files, driver and SQL error text. */
const LEK =
  /\n\s+at |\bat [\w$.<>]+ \(|\.ts:\d+|\.js:\d+|node_modules|QueryFailedError|EntityNotFound|TypeORMError|driverError|TypeError|RangeError|ReferenceError|SyntaxError|syntax error at|invalid input syntax|violates|duplicate key|relation "|column "|pg_catalog|ECONNREFUSED|Cannot read propert|is not a function|undefined is not|\[object Object\]/;

interface Antwoord {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

function controleer(v: Verzoek, a: Antwoord): void {
  const wat = `${v.methode} ${v.url.slice(0, 300)} (accept ${String(v.accept).slice(0, 60)}) -> ${a.status} ${a.text.slice(0, 300)}`;
  if (a.status >= 500) {
    throw new Error(`5xx: ${wat}`);
  }
  if (LEK.test(a.text)) {
    throw new Error(`lekt interne details: ${wat}`);
  }
  if (a.headers['api-version'] === undefined) {
    throw new Error(`geen API-Version-header: ${wat}`);
  }
  const type = String(a.headers['content-type'] ?? '');
  if (a.status >= 400) {
    if (!type.startsWith('application/problem+json')) {
      throw new Error(`fout zonder application/problem+json (${type}): ${wat}`);
    }
    let p: Record<string, unknown>;
    try {
      p = JSON.parse(a.text) as Record<string, unknown>;
    } catch {
      throw new Error(`problem+json is geen JSON: ${wat}`);
    }
    const ontbreekt = ['type', 'title', 'status', 'detail', 'instance'].filter(
      (k) => typeof p[k] !== (k === 'status' ? 'number' : 'string') || p[k] === '',
    );
    if (ontbreekt.length > 0 || p.status !== a.status) {
      throw new Error(`problem+json mist ${ontbreekt.join(', ') || 'de juiste status'}: ${wat}`);
    }
    if (a.status === 400 && !Array.isArray(p.invalidParams) && !/verzoek|invoer/i.test(String(p.detail))) {
      throw new Error(`400 zonder invalidParams of uitleg: ${wat}`);
    }
  } else if (a.status === 200) {
    if (type.startsWith('application/problem+json')) {
      throw new Error(`200 met problem+json: ${wat}`);
    }
    if (/json/.test(type)) {
      JSON.parse(a.text);
    }
  }
}

describe('REST-fuzzing: elk endpoint uit docs/openapi.json', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await testContext();
  });
  afterAll(() => ctx.close());

  async function stuur(v: Verzoek): Promise<Antwoord> {
    const methode = v.methode.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const agent = ctx.http();
    let req = agent[methode](v.url)
      .buffer(true)
      .parse((res, klaar) => {
        let tekst = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (tekst += d));
        res.on('end', () => klaar(null, tekst));
      });
    if (v.accept !== undefined) {
      req = req.set('accept', v.accept);
    }
    if (v.authorization !== undefined) {
      req = req.set('authorization', v.authorization);
    }
    if (v.body) {
      req = req.set('content-type', v.body.type).send(v.body.inhoud);
    }
    const res = await req;
    return { status: res.status, headers: res.headers as Antwoord['headers'], text: String(res.body as string) };
  }

  it('vindt de endpoints in het OpenAPI-document (een nieuw endpoint wordt vanzelf gefuzzd)', () => {
    const paden = OPERATIES.map((o) => `${o.methode} ${o.pad}`);
    expect(paden).toEqual(
      expect.arrayContaining([
        'GET /api/v1/buurten',
        'GET /api/v1/buurten/{buurtcode}',
        'GET /api/v1/activiteiten',
        'GET /api/v1/netwerkbijeenkomsten',
        'GET /api/v1/nevenfunctieregister',
        'GET /api/v1/open-data/initiatieven',
      ]),
    );
    expect(OPERATIES.flatMap((o) => o.parameters).length).toBeGreaterThanOrEqual(10);
  });

  it.each(OPERATIES.map((o) => [`${o.methode} ${o.pad}`, o] as const))(
    'elke vaste vijandige waarde in elke parameter van %s: nooit 5xx, fouten als problem+json',
    async (_naam, op) => {
      const gezien = new Set<number>();
      for (const p of op.parameters.filter((x) => x.in === 'query' || x.in === 'path')) {
        const waarden = [
          ...TEKST.map(codeer),
          ...RUW,
          ...(p.schema?.type === 'integer' ? GETALLEN.map(codeer) : []),
          ...(p.schema?.format?.startsWith('date') ? DATUMS.map(codeer) : []),
          ...(p.name === 'after' ? CURSORS : []),
        ];
        for (const w of waarden) {
          const url =
            p.in === 'path' ? op.pad.replace(`{${p.name}}`, w) : `${op.pad.replace(/\{[^}]+\}/g, 'BU09171000')}?${p.name}=${w}`;
          const v: Verzoek = { methode: op.methode, url, accept: undefined, authorization: undefined };
          const a = await stuur(v);
          controleer(v, a);
          gezien.add(a.status);
        }
      }
      // Not every value can be harmless: the parameters are really validated.
      if (op.parameters.length > 0) {
        expect([...gezien].some((s) => s >= 400)).toBe(true);
      }
    },
  );

  it.each(OPERATIES.map((o) => [`${o.methode} ${o.pad}`, o] as const))(
    'willekeurige parameters, herhalingen, Accept- en Authorization-headers op %s',
    async (_naam, op) => {
      await fc.assert(
        fc.asyncProperty(verzoekVoor(op), async (v) => {
          controleer(v, await stuur(v));
        }),
        instellingen(RUNS),
      );
    },
  );

  it('andere methoden en willekeurige bodies op elk pad: 404 of 405 als problem+json, nooit 5xx', async () => {
    const bodies = fc.oneof(
      fc.jsonValue().map((j) => ({ type: 'application/json', inhoud: JSON.stringify(j) })),
      fc.constantFrom(
        { type: 'application/json', inhoud: '{"a":' },
        { type: 'application/json', inhoud: '{"__proto__":{"isAdmin":true}}' },
        { type: 'application/json', inhoud: `${'['.repeat(3000)}${']'.repeat(3000)}` },
        { type: 'application/json', inhoud: '"\\ud800\\u0000"' },
        { type: 'text/plain', inhoud: 'hallo' },
        { type: 'application/x-www-form-urlencoded', inhoud: 'a=1&a=2&__proto__=x' },
        { type: 'multipart/form-data; boundary=x', inhoud: '--x\r\n\r\n--x--' },
        { type: 'application/json', inhoud: JSON.stringify({ tekst: 'x'.repeat(2_000_000) }) },
      ),
    );
    const paden = OPERATIES.map((o) => o.pad.replace(/\{[^}]+\}/g, 'BU09171000'));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paden),
        fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE'),
        bodies,
        async (url, methode, body) => {
          const bestaat = OPERATIES.some((o) => o.methode === methode && o.pad.replace(/\{[^}]+\}/g, 'BU09171000') === url);
          const v: Verzoek = { methode, url, accept: undefined, authorization: undefined, body };
          const a = await stuur(v);
          controleer(v, a);
          if (!bestaat && a.status < 400) {
            throw new Error(`${methode} ${url} werd aanvaard (${a.status})`);
          }
        },
      ),
      instellingen(RUNS),
    );
  });

  it('verzoeken die Fastify vóór de routering weigert, zijn ook problem+json met API-Version', async () => {
    // Undecodable path (a lone surrogate as WTF-8, a broken escape) and a path parameter over the router's limit.
    for (const [url, status] of [
      ['/api/v1/buurten/%ED%A0%80', 400],
      ['/api/v1/buurten/%zz', 400],
      [`/api/v1/buurten/${'B'.repeat(500)}`, 414],
    ] as const) {
      const v: Verzoek = { methode: 'GET', url, accept: undefined, authorization: undefined };
      const a = await stuur(v);
      controleer(v, a);
      expect(a.status).toBe(status);
      expect(JSON.parse(a.text)).toMatchObject({ status, instance: url.split('?')[0] });
    }
    // On the socket, before a request exists: headers over Node's limit, and no HTTP at all.
    const server = ctx.app.getHttpServer() as Server;
    if (!server.listening) {
      await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
    }
    const poort = (server.address() as AddressInfo).port;
    const rauw = (verzoek: string): Promise<string> =>
      new Promise((klaar, faal) => {
        const socket = connect(poort, '127.0.0.1', () => socket.end(verzoek));
        let antwoord = '';
        socket.setEncoding('utf8');
        socket.on('data', (d: string) => (antwoord += d));
        socket.on('close', () => klaar(antwoord));
        socket.on('error', faal);
      });
    for (const [verzoek, status] of [
      [`GET /api/v1/buurten?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`, 431],
      ['DIT IS GEEN HTTP\r\n\r\n', 400],
    ] as const) {
      const antwoord = await rauw(verzoek);
      const [kop, body] = antwoord.split('\r\n\r\n');
      expect(kop).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
      expect(kop).toMatch(/content-type: application\/problem\+json/i);
      expect(kop).toMatch(/api-version: \d+\.\d+\.\d+/i);
      expect(JSON.parse(body)).toMatchObject({
        status,
        title: expect.any(String),
        detail: expect.any(String),
        type: expect.any(String),
      });
      expect(body).not.toMatch(LEK);
    }
  });

  it('de download van de eigen gegevens (niet in het OpenAPI-document) overleeft hetzelfde', async () => {
    const token = await ctx.tokenFor(Rol.BEWONER);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('a', 'format', '__proto__', '%00', 'after'), tekstArb), { maxLength: 3 }),
        fc.constantFrom(...ACCEPT),
        fc.boolean(),
        async (params, accept, metToken) => {
          const q = params.map(([n, w]) => `${n}=${w}`).join('&');
          const v: Verzoek = {
            methode: 'GET',
            url: `/api/v1/mijn-gegevens${q ? `?${q}` : ''}`,
            accept,
            authorization: metToken ? `Bearer ${token}` : undefined,
          };
          controleer(v, await stuur(v));
        },
      ),
      instellingen(Math.ceil(RUNS / 2)),
    );
  });
});
