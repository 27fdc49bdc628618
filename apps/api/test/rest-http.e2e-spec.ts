/**
 * HTTP behaviour of the open REST feeds that caches, proxies, browsers and spreadsheets rely on
 * (issue 24): compression, validators and conditional GET (RFC 9110/9111), Vary on Accept, 405
 * with Allow, a cacheable CORS preflight, an iCalendar feed that is valid when empty, and a CSV
 * variant that Dutch Excel opens correctly.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';

describe('HTTP van de REST-feeds: compressie, caching, methoden, formaten', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await testContext();
  });
  afterAll(() => ctx.close());

  /** The raw bytes of an answer (supertest would decompress them). */
  const bytes = async (methode: 'GET' | 'POST', url: string, headers: Record<string, string>, body?: object) => {
    const res = await ctx.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: methode,
        url,
        headers: body ? { ...headers, 'content-type': 'application/json' } : headers,
        payload: body,
      });
    return { status: res.statusCode, headers: res.headers, ruw: res.rawPayload };
  };

  it('comprimeert met br of gzip naar Accept-Encoding, en ongecomprimeerd zonder', async () => {
    const platte = await ctx.http().get('/api/v1/buurten').set('accept-encoding', 'identity');
    expect(platte.headers['content-encoding']).toBeUndefined();
    const br = await bytes('GET', '/api/v1/buurten', { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.ruw).toString('utf8')).toBe(platte.text);
    expect(br.ruw.length).toBeLessThan(platte.text.length / 3);
    const gzip = await bytes('GET', '/api/v1/buurten', { accept: 'application/geo+json', 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.ruw).toString('utf8'))).toMatchObject({ type: 'FeatureCollection' });
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    // GraphQL answers too.
    const gql = await bytes('POST', '/graphql', { 'accept-encoding': 'gzip' }, { query: '{ buurten { code naam } }' });
    expect(gql.headers['content-encoding']).toBe('gzip');
    expect((JSON.parse(gunzipSync(gql.ruw).toString('utf8')) as { data: { buurten: unknown[] } }).data.buurten).toHaveLength(57);
  });

  it('geeft ETag, Last-Modified, Cache-Control en Vary: Accept, en 304 op een voorwaardelijke GET', async () => {
    const eerste = await ctx.http().get('/api/v1/buurten');
    expect(eerste.status).toBe(200);
    const etag = eerste.headers.etag;
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    expect(eerste.headers['cache-control']).toBe('public, max-age=60');
    expect(eerste.headers.vary).toMatch(/\bAccept\b/);
    const laatst = eerste.headers['last-modified'];
    expect(Number.isNaN(Date.parse(laatst))).toBe(false);

    const opnieuw = await ctx.http().get('/api/v1/buurten').set('if-none-match', etag);
    expect(opnieuw.status).toBe(304);
    expect(opnieuw.text).toBeFalsy();
    expect(opnieuw.headers.etag).toBe(etag);
    expect(opnieuw.headers['api-version']).toBeDefined();
    // Strong or weak: If-None-Match compares weakly (RFC 9110 13.1.2), and a list may hold it.
    const lijst = await ctx
      .http()
      .get('/api/v1/buurten')
      .set('if-none-match', `"x", ${etag.slice(2)}`);
    expect(lijst.status).toBe(304);
    expect((await ctx.http().get('/api/v1/buurten').set('if-modified-since', laatst)).status).toBe(304);
    // If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2).
    expect(
      (await ctx.http().get('/api/v1/buurten').set('if-none-match', '"anders"').set('if-modified-since', laatst)).status,
    ).toBe(200);
    // Another format is another representation: its own ETag, no 304 with the JSON one.
    const geo = await ctx.http().get('/api/v1/buurten').set('accept', 'application/geo+json').set('if-none-match', etag);
    expect(geo.status).toBe(200);
    expect(geo.headers.etag).not.toBe(etag);
  });

  it('geeft na een wijziging 200 met een nieuwe ETag en een latere Last-Modified, ook binnen dezelfde seconde', async () => {
    const regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR);
    const { buurt } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171000") { id } }');
    const voor = await ctx.http().get('/api/v1/activiteiten');
    await ctx.gqlOk(
      'mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }',
      { input: { titel: 'Repair café', begin: '2030-05-01T10:00:00+02:00', buurtId: buurt.id } },
      regisseur,
    );
    const na = await ctx
      .http()
      .get('/api/v1/activiteiten')
      .set('if-none-match', voor.headers.etag)
      .set('accept-encoding', 'identity');
    expect(na.status).toBe(200);
    expect(na.text).toContain('Repair café');
    expect(na.headers.etag).not.toBe(voor.headers.etag);
    expect(Date.parse(na.headers['last-modified'])).toBeGreaterThan(Date.parse(voor.headers['last-modified']));
    const sindsVoor = await ctx.http().get('/api/v1/activiteiten').set('if-modified-since', voor.headers['last-modified']);
    expect(sindsVoor.status).toBe(200);
  });

  it('zet geen cache-headers op persoonlijke antwoorden en fouten', async () => {
    const bewoner = await ctx.tokenFor(Rol.BEWONER);
    const mijn = await ctx.http().get('/api/v1/mijn-gegevens').set('authorization', `Bearer ${bewoner}`);
    expect(mijn.status).toBe(200);
    expect(mijn.headers['cache-control']).toBe('no-store');
    expect(mijn.headers.etag).toBeUndefined();
    const fout = await ctx.http().get('/api/v1/buurten/BU00000000');
    expect(fout.status).toBe(404);
    expect(fout.headers.etag).toBeUndefined();
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'] as const)(
    'antwoordt %s op een feed met 405 en Allow, als problem+json',
    async (methode) => {
      for (const pad of [
        '/api/v1/buurten',
        '/api/v1/buurten/BU09171000',
        '/api/v1/open-data/initiatieven',
        '/api/v1/openapi.json',
      ]) {
        const verzoek = ctx.http()[methode.toLowerCase() as 'post' | 'put' | 'patch' | 'delete'];
        const res = await verzoek(pad).set('content-type', 'application/json').send('{"kapot');
        expect({ pad, status: res.status }).toEqual({ pad, status: 405 });
        expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.headers['api-version']).toBeDefined();
        expect(JSON.parse(res.text)).toMatchObject({ status: 405, title: 'Methode niet toegestaan', instance: pad });
      }
      // A path that is no resource stays 404.
      expect((await ctx.http().post('/api/v1/bestaat-niet').send({})).status).toBe(404);
    },
  );

  it('laat browsers de CORS-preflight van de feeds bewaren (Access-Control-Max-Age)', async () => {
    const res = await ctx
      .http()
      .options('/api/v1/activiteiten')
      .set('origin', 'https://partner.example')
      .set('access-control-request-method', 'GET')
      .set('access-control-request-headers', 'if-none-match');
    expect(res.status).toBe(204);
    expect(Number(res.headers['access-control-max-age'])).toBeGreaterThan(0);
    expect(res.headers['access-control-allow-headers']).toMatch(/If-None-Match/);
    const get = await ctx.http().get('/api/v1/buurten').set('origin', 'https://partner.example');
    expect(get.headers['access-control-expose-headers']).toMatch(/ETag/);
  });

  it('levert ook een lege iCalendar-feed met een component (RFC 5545: de tijdzone van Heerlen)', async () => {
    const res = await ctx.http().get('/api/v1/netwerkbijeenkomsten?jaar=2199').set('accept', 'text/calendar');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('BEGIN:VEVENT');
    const regels = res.text.split('\r\n');
    expect(regels).toEqual(
      expect.arrayContaining(['BEGIN:VTIMEZONE', 'TZID:Europe/Amsterdam', 'BEGIN:STANDARD', 'BEGIN:DAYLIGHT', 'END:VTIMEZONE']),
    );
    const leeg = await ctx.http().get('/api/v1/activiteiten?vanaf=2199-01-01T00:00:00Z').set('accept', 'text/calendar');
    expect(leeg.text).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VTIMEZONE\r\n[\s\S]*END:VTIMEZONE\r\nEND:VCALENDAR\r\n$/);
  });

  it('levert CSV voor Nederlandse Excel bij Accept: text/csv; excel=true (BOM en puntkomma)', async () => {
    const gewoon = await ctx.http().get('/api/v1/nevenfunctieregister').set('accept', 'text/csv');
    expect(gewoon.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(gewoon.text.startsWith('id,ambtsdragerId,')).toBe(true);
    const excel = await bytes('GET', '/api/v1/nevenfunctieregister', {
      accept: 'text/csv; excel=true',
      'accept-encoding': 'identity',
    });
    expect(excel.headers['content-type']).toBe('text/csv; charset=utf-8; header=present; excel=true');
    const tekst = excel.ruw.toString('utf8');
    expect([...excel.ruw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(tekst.slice(1).startsWith('id;ambtsdragerId;ambtsdragerNaam;')).toBe(true);
    // The two variants are two representations: their own ETag.
    expect(excel.headers.etag).not.toBe(gewoon.headers.etag);
  });
});
