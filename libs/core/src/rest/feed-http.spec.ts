import Fastify, { type FastifyInstance } from 'fastify';
import { registreerAlleenLezen, registreerFeedCaching } from './feed-http';

describe('HTTP-caching van de feeds', () => {
  let app: FastifyInstance;
  let body: string;
  let klok: number;

  beforeEach(async () => {
    body = '{"versie":1}';
    klok = Date.parse('2027-03-15T10:00:00.200Z');
    app = Fastify();
    registreerFeedCaching(app, () => klok);
    registreerAlleenLezen(app, ['/api/v1/buurten/:code']);
    app.get('/api/v1/feed', async (_req, reply) => reply.header('content-type', 'application/json').send(body));
    app.get('/api/v1/buurten/:code', async () => ({ code: 'BU09171000' }));
    await app.ready();
  });
  afterEach(() => app.close());

  const haal = (headers: Record<string, string> = {}) => app.inject({ method: 'GET', url: '/api/v1/feed', headers });

  it('geeft een nieuwe inhoud binnen dezelfde seconde een latere Last-Modified, zodat If-Modified-Since haar niet verbergt', async () => {
    const v1 = await haal();
    expect(v1.headers['last-modified']).toBe('Mon, 15 Mar 2027 10:00:00 GMT');
    body = '{"versie":2}';
    klok += 300;
    const v2 = await haal({ 'if-modified-since': String(v1.headers['last-modified']) });
    expect(v2.statusCode).toBe(200);
    expect(v2.headers['last-modified']).toBe('Mon, 15 Mar 2027 10:00:01 GMT');
    // Back to the first content: still a change for whoever holds version 2.
    body = '{"versie":1}';
    const terug = await haal({ 'if-modified-since': String(v2.headers['last-modified']) });
    expect(terug.statusCode).toBe(200);
    expect(terug.headers.etag).toBe(v1.headers.etag);
    expect(terug.headers['last-modified']).toBe('Mon, 15 Mar 2027 10:00:02 GMT');
  });

  it('houdt Last-Modified zolang de inhoud gelijk blijft, en antwoordt dan 304', async () => {
    const eerste = await haal();
    klok += 3_600_000;
    const later = await haal({ 'if-modified-since': String(eerste.headers['last-modified']) });
    expect(later.statusCode).toBe(304);
    expect(later.body).toBe('');
    expect(later.headers['last-modified']).toBe(eerste.headers['last-modified']);
    expect(later.headers['content-type']).toBeUndefined();
    expect((await haal({ 'if-none-match': '*' })).statusCode).toBe(304);
    expect((await haal({ 'if-modified-since': 'geen datum' })).statusCode).toBe(200);
  });

  it('weigert andere methoden op een pad met parameter met 405, maar laat andere paden met rust', async () => {
    const nee = await app.inject({ method: 'DELETE', url: '/api/v1/buurten/BU09171000' });
    expect(nee.statusCode).toBe(405);
    expect(nee.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/buurten/BU1/extra' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/v1/buurten/BU09171000' })).statusCode).toBe(200);
  });
});
