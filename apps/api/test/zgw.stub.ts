/**
 * An in-process ZGW server for the case registration tests: Fastify on loopback, keeping state
 * (zaken, statussen, besluiten, documenten and their links) like Open Zaak would, so retries and
 * idempotency can be tested. Every request is checked against Buurtwerk's own OpenAPI
 * description of the ZGW subset it uses (docs/zgw/*.yaml): the operation must be described, its
 * query parameters and required headers documented, its body valid (ajv); every answer is checked
 * against the described response too. A bad request answers 400 as ZGW does and is recorded in
 * `afwijkingen`, which a test expects to stay empty. The JWT is checked as Open Zaak does (HS256
 * with the shared secret and the ZGW claims).
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import Fastify, { type FastifyInstance } from 'fastify';
import { parse as leesYaml } from 'yaml';

type Obj = Record<string, unknown> & { url: string };

interface Operatie {
  api: string;
  /** Path template inside the API, e.g. /zaken or /zaaktypen/{uuid}. */
  sjabloon: string;
  methode: 'get' | 'post';
  query: Set<string>;
  verplichteHeaders: string[];
  body: ValidateFunction | null;
  antwoord: ValidateFunction | null;
}

export interface Storing {
  methode: 'GET' | 'POST';
  /** Path of the resource list, e.g. /zaken/api/v1/zaken. */
  pad: string;
  /** 503: answer "Service Unavailable" without doing anything; verbreek: do it, then drop the connection before answering. */
  soort: '503' | 'verbreek';
  aantal: number;
}

export interface ZgwStub {
  basis: string;
  clientId: string;
  secret: string;
  rsin: string;
  zaaktype: string;
  besluittype: string;
  informatieobjecttype: string;
  statustypen: Record<'INGEDIEND' | 'IN_BEHANDELING' | 'TOEGEKEND' | 'AFGEWEZEN', string>;
  /** The catalogue as served; tests change it to simulate a wrong configuration. */
  catalogus: Map<string, Record<string, unknown>>;
  zaken: Obj[];
  statussen: Obj[];
  zaakinformatieobjecten: Obj[];
  besluiten: Obj[];
  besluitinformatieobjecten: Obj[];
  documenten: Obj[];
  /** Every request: method, path with query, and body. */
  verzoeken: Array<{ methode: string; url: string; body: unknown }>;
  /** Requests that did not match the description (should stay empty). */
  afwijkingen: string[];
  storingen: Storing[];
  /** The env of the API pointing at this stub. */
  env: () => Record<string, string>;
  sluit: () => Promise<void>;
}

const API_S = ['zaken', 'besluiten', 'documenten', 'catalogi'] as const;

function laadOperaties(): Operatie[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const uit: Operatie[] = [];
  for (const api of API_S) {
    const doc = leesYaml(readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'zgw', `${api}.yaml`), 'utf8')) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
      components: Record<string, unknown>;
    };
    const id = `https://buurtwerk.test/zgw/${api}.json`;
    ajv.addSchema({ $id: id, components: doc.components }, id);
    const compileer = (schema: unknown): ValidateFunction =>
      ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components', `"${id}#/components`)) as object);
    for (const [sjabloon, item] of Object.entries(doc.paths)) {
      for (const methode of ['get', 'post'] as const) {
        const op = item[methode] as
          | {
              parameters?: Array<{ name?: string; in?: string; required?: boolean; $ref?: string }>;
              requestBody?: { content: Record<string, { schema: unknown }> };
              responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
            }
          | undefined;
        if (!op) {
          continue;
        }
        const params = (op.parameters ?? []).filter((p) => !p.$ref);
        const succes = op.responses['200'] ?? op.responses['201'];
        uit.push({
          api,
          sjabloon,
          methode,
          query: new Set(params.filter((p) => p.in === 'query').map((p) => p.name!)),
          verplichteHeaders: params.filter((p) => p.in === 'header' && p.required).map((p) => p.name!.toLowerCase()),
          body: op.requestBody ? compileer(op.requestBody.content['application/json'].schema) : null,
          antwoord: succes?.content ? compileer(succes.content['application/json'].schema) : null,
        });
      }
    }
  }
  return uit;
}

function jwtFout(header: string | undefined, clientId: string, secret: string): string | null {
  const m = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(header ?? '');
  if (!m) {
    return 'geen Bearer-JWT';
  }
  const kop = JSON.parse(Buffer.from(m[1], 'base64url').toString()) as { alg?: string };
  if (kop.alg !== 'HS256') {
    return `alg ${kop.alg}`;
  }
  const verwacht = createHmac('sha256', secret).update(`${m[1]}.${m[2]}`).digest();
  const gekregen = Buffer.from(m[3], 'base64url');
  if (verwacht.length !== gekregen.length || !timingSafeEqual(verwacht, gekregen)) {
    return 'handtekening klopt niet';
  }
  const c = JSON.parse(Buffer.from(m[2], 'base64url').toString()) as Record<string, unknown>;
  for (const claim of ['iss', 'iat', 'client_id', 'user_id', 'user_representation']) {
    if (c[claim] === undefined || c[claim] === '') {
      return `claim ${claim} ontbreekt`;
    }
  }
  if (c.client_id !== clientId || c.iss !== clientId) {
    return 'onbekende client_id';
  }
  if (typeof c.iat !== 'number' || Math.abs(Date.now() / 1000 - c.iat) > 300) {
    return 'iat ongeldig';
  }
  return null;
}

function passend(sjabloon: string, pad: string): boolean {
  const re = new RegExp(`^${sjabloon.replace(/\{[^}]+\}/g, '[^/]+')}$`);
  return re.test(pad);
}

export async function startZgwStub(): Promise<ZgwStub> {
  const operaties = laadOperaties();
  const app: FastifyInstance = Fastify({ forceCloseConnections: true, bodyLimit: 20 * 1024 * 1024 });
  const stub = {
    basis: '',
    clientId: 'buurtwerk-test',
    secret: 'een-gedeeld-geheim-van-de-test-1234',
    rsin: '002220647',
    catalogus: new Map<string, Record<string, unknown>>(),
    zaken: [] as Obj[],
    statussen: [] as Obj[],
    zaakinformatieobjecten: [] as Obj[],
    besluiten: [] as Obj[],
    besluitinformatieobjecten: [] as Obj[],
    documenten: [] as Obj[],
    verzoeken: [] as ZgwStub['verzoeken'],
    afwijkingen: [] as string[],
    storingen: [] as Storing[],
  } as ZgwStub;

  const fout400 = (reply: { code: (n: number) => { send: (b: unknown) => unknown } }, melding: string) => {
    stub.afwijkingen.push(melding);
    return reply.code(400).send({ title: 'Invalid input.', invalidParams: [{ name: 'body', reason: melding }] });
  };

  app.route({
    method: ['GET', 'POST'],
    url: '/*',
    handler: async (request, reply) => {
      const volledig = new URL(request.url, stub.basis);
      stub.verzoeken.push({ methode: request.method, url: volledig.toString(), body: request.body });
      const m = /^\/(zaken|besluiten|documenten|catalogi)\/api\/v1(\/.*)$/.exec(volledig.pathname);
      if (!m) {
        return reply.code(404).send({ title: 'Niet gevonden.' });
      }
      const [, api, pad] = m;
      const jwt = jwtFout(request.headers.authorization, stub.clientId, stub.secret);
      if (jwt) {
        return reply.code(403).send({ title: `Authenticatie mislukt: ${jwt}` });
      }
      const methode = request.method.toLowerCase() as 'get' | 'post';
      const op = operaties.find((o) => o.api === api && o.methode === methode && passend(o.sjabloon, pad));
      if (!op) {
        return fout400(reply, `${request.method} ${api}${pad} is niet beschreven in docs/zgw/${api}.yaml`);
      }
      for (const k of volledig.searchParams.keys()) {
        if (!op.query.has(k)) {
          return fout400(reply, `queryparameter ${k} is niet beschreven bij ${request.method} ${op.sjabloon}`);
        }
      }
      for (const h of op.verplichteHeaders) {
        if (request.headers[h] === undefined) {
          return fout400(reply, `header ${h} ontbreekt bij ${request.method} ${op.sjabloon}`);
        }
      }
      if (op.body && !op.body(request.body)) {
        return fout400(reply, `${request.method} ${op.sjabloon}: ${JSON.stringify(op.body.errors)}`);
      }
      const storing = stub.storingen.find((s) => s.methode === request.method && s.pad === volledig.pathname && s.aantal > 0);
      if (storing?.soort === '503') {
        storing.aantal -= 1;
        return reply.code(503).send({ title: 'Service Unavailable' });
      }
      const antwoord = behandel(stub, api, pad, methode, volledig.searchParams, request.body as Record<string, unknown>);
      if (antwoord.status < 300 && op.antwoord && !op.antwoord(antwoord.body)) {
        stub.afwijkingen.push(
          `antwoord op ${request.method} ${op.sjabloon} past niet bij de beschrijving: ${JSON.stringify(op.antwoord.errors)}`,
        );
      }
      if (storing?.soort === 'verbreek') {
        // Done, but the answer never arrives (a time-out or a dropped connection on the way back).
        storing.aantal -= 1;
        reply.hijack();
        request.raw.socket.destroy();
        return;
      }
      return reply.code(antwoord.status).send(antwoord.body);
    },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const adres = app.server.address() as { port: number };
  stub.basis = `http://127.0.0.1:${adres.port}`;
  const cat = `${stub.basis}/catalogi/api/v1`;
  stub.zaaktype = `${cat}/zaaktypen/${randomUUID()}`;
  stub.besluittype = `${cat}/besluittypen/${randomUUID()}`;
  stub.informatieobjecttype = `${cat}/informatieobjecttypen/${randomUUID()}`;
  stub.statustypen = {
    INGEDIEND: `${cat}/statustypen/${randomUUID()}`,
    IN_BEHANDELING: `${cat}/statustypen/${randomUUID()}`,
    TOEGEKEND: `${cat}/statustypen/${randomUUID()}`,
    AFGEWEZEN: `${cat}/statustypen/${randomUUID()}`,
  };
  stub.catalogus.set(stub.zaaktype, {
    url: stub.zaaktype,
    statustypen: Object.values(stub.statustypen),
    besluittypen: [stub.besluittype],
    informatieobjecttypen: [stub.informatieobjecttype],
    concept: false,
  });
  Object.values(stub.statustypen).forEach((url, i) =>
    stub.catalogus.set(url, { url, zaaktype: stub.zaaktype, volgnummer: i + 1 }),
  );
  stub.catalogus.set(stub.besluittype, {
    url: stub.besluittype,
    zaaktypen: [stub.zaaktype],
    informatieobjecttypen: [stub.informatieobjecttype],
    concept: false,
  });
  stub.catalogus.set(stub.informatieobjecttype, { url: stub.informatieobjecttype, concept: false });
  stub.env = () => ({
    ZGW_ZAKEN_API: `${stub.basis}/zaken/api/v1`,
    ZGW_BESLUITEN_API: `${stub.basis}/besluiten/api/v1`,
    ZGW_DOCUMENTEN_API: `${stub.basis}/documenten/api/v1`,
    ZGW_CLIENT_ID: stub.clientId,
    ZGW_SECRET: stub.secret,
    ZGW_RSIN: stub.rsin,
    ZGW_ZAAKTYPE: stub.zaaktype,
    ZGW_BESLUITTYPE: stub.besluittype,
    ZGW_INFORMATIEOBJECTTYPE: stub.informatieobjecttype,
    ZGW_STATUSTYPEN: Object.entries(stub.statustypen)
      .map(([s, u]) => `${s}=${u}`)
      .join(','),
    ZGW_INTERVAL_MS: '0',
    ZGW_TIMEOUT_MS: '3000',
  });
  stub.sluit = async () => {
    await app.close();
  };
  return stub;
}

/** The state behind the described operations, with the uniqueness rules the real APIs enforce. */
function behandel(
  stub: ZgwStub,
  api: string,
  pad: string,
  methode: 'get' | 'post',
  query: URLSearchParams,
  body: Record<string, unknown>,
): { status: number; body: unknown } {
  const basis = `${stub.basis}/${api}/api/v1`;
  const filter = (lijst: Obj[]) => lijst.filter((o) => [...query.entries()].every(([k, v]) => String(o[k]) === v));
  const pagina = (lijst: Obj[]) => ({ count: lijst.length, next: null, previous: null, results: lijst });
  const maak = (lijst: Obj[], soort: string, extra: Record<string, unknown> = {}) => {
    const o = { ...body, ...extra, url: `${basis}/${soort}/${randomUUID()}` } as Obj;
    lijst.push(o);
    return { status: 201, body: o };
  };
  const bestaat = (lijst: Obj[], url: unknown) => lijst.some((o) => o.url === url);
  const ongeldig = (naam: string, reden: string) => ({
    status: 400,
    body: { title: 'Invalid input.', invalidParams: [{ name: naam, reason: reden }] },
  });
  switch (`${api} ${methode} ${pad.replace(/\/[0-9a-f-]{36}$/, '/{uuid}')}`) {
    case 'catalogi get /zaaktypen/{uuid}':
    case 'catalogi get /statustypen/{uuid}':
    case 'catalogi get /besluittypen/{uuid}':
    case 'catalogi get /informatieobjecttypen/{uuid}': {
      const o = stub.catalogus.get(`${basis}${pad}`);
      return o ? { status: 200, body: o } : { status: 404, body: { title: 'Niet gevonden.' } };
    }
    case 'zaken get /zaken':
      return { status: 200, body: pagina(filter(stub.zaken)) };
    case 'zaken post /zaken':
      if (
        body.identificatie &&
        stub.zaken.some((z) => z.identificatie === body.identificatie && z.bronorganisatie === body.bronorganisatie)
      ) {
        return ongeldig('identificatie', 'identificatie-niet-uniek');
      }
      if (!stub.catalogus.has(String(body.zaaktype))) {
        return ongeldig('zaaktype', 'bad-url');
      }
      return maak(stub.zaken, 'zaken', { status: null });
    case 'zaken get /statussen':
      return { status: 200, body: pagina(filter(stub.statussen)) };
    case 'zaken post /statussen': {
      const zaak = stub.zaken.find((z) => z.url === body.zaak);
      if (!zaak) {
        return ongeldig('zaak', 'bad-url');
      }
      if ((stub.catalogus.get(String(body.statustype)) as { zaaktype?: string } | undefined)?.zaaktype !== zaak.zaaktype) {
        return ongeldig('statustype', 'zaaktype-mismatch');
      }
      const antwoord = maak(stub.statussen, 'statussen');
      zaak.status = (antwoord.body as Obj).url;
      return antwoord;
    }
    case 'zaken get /zaakinformatieobjecten':
      return { status: 200, body: filter(stub.zaakinformatieobjecten) };
    case 'zaken post /zaakinformatieobjecten':
      if (!bestaat(stub.zaken, body.zaak) || !bestaat(stub.documenten, body.informatieobject)) {
        return ongeldig('informatieobject', 'bad-url');
      }
      if (stub.zaakinformatieobjecten.some((z) => z.zaak === body.zaak && z.informatieobject === body.informatieobject)) {
        return ongeldig('nonFieldErrors', 'unique');
      }
      return maak(stub.zaakinformatieobjecten, 'zaakinformatieobjecten');
    case 'besluiten get /besluiten':
      return { status: 200, body: pagina(filter(stub.besluiten)) };
    case 'besluiten post /besluiten':
      if (body.identificatie && stub.besluiten.some((b) => b.identificatie === body.identificatie)) {
        return ongeldig('identificatie', 'identificatie-niet-uniek');
      }
      if (body.zaak !== undefined && !bestaat(stub.zaken, body.zaak)) {
        return ongeldig('zaak', 'bad-url');
      }
      return maak(stub.besluiten, 'besluiten');
    case 'besluiten get /besluitinformatieobjecten':
      return { status: 200, body: filter(stub.besluitinformatieobjecten) };
    case 'besluiten post /besluitinformatieobjecten':
      if (!bestaat(stub.besluiten, body.besluit) || !bestaat(stub.documenten, body.informatieobject)) {
        return ongeldig('informatieobject', 'bad-url');
      }
      if (
        stub.besluitinformatieobjecten.some((b) => b.besluit === body.besluit && b.informatieobject === body.informatieobject)
      ) {
        return ongeldig('nonFieldErrors', 'unique');
      }
      return maak(stub.besluitinformatieobjecten, 'besluitinformatieobjecten');
    case 'documenten get /enkelvoudiginformatieobjecten':
      return { status: 200, body: pagina(filter(stub.documenten)) };
    case 'documenten post /enkelvoudiginformatieobjecten':
      if (
        body.identificatie &&
        stub.documenten.some((d) => d.identificatie === body.identificatie && d.bronorganisatie === body.bronorganisatie)
      ) {
        return ongeldig('identificatie', 'identificatie-niet-uniek');
      }
      return maak(stub.documenten, 'enkelvoudiginformatieobjecten', { versie: 1, locked: false });
    default:
      return { status: 404, body: { title: 'Niet gevonden.' } };
  }
}
