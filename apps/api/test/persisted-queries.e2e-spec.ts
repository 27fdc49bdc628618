/**
 * Automatic persisted queries (issue 8): the web apps send a query's SHA-256 instead of its text.
 * The protocol is Apollo's as mercurius implements it; the client is the web apps' own
 * (apps/web-gedeeld/src/apq.ts), run here against the real API.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nieuweApqStaat, verstuurMetApq } from '../../web-gedeeld/src/apq';
import { leesGeregistreerdeQueries, maakPersistedQueryProvider, PERSISTED_QUERIES_BESTAND } from '../src/persisted-queries';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const sha256 = (tekst: string): string => createHash('sha256').update(tekst, 'utf8').digest('hex');

interface Antwoord {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

describe('Automatic persisted queries', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await testContext();
  });
  afterAll(() => ctx.close());

  const post = async (body: Record<string, unknown>): Promise<{ status: number; body: Antwoord }> => {
    const res = await ctx.http().post('/graphql').set('content-type', 'application/json').send(body);
    return { status: res.status, body: res.body as Antwoord };
  };
  const codes = (a: Antwoord): string[] => foutcodes({ status: 0, data: null, errors: a.errors, body: a });

  it('kent een hash pas nadat de query één keer met die hash is gestuurd', async () => {
    const query = 'query BuurtMetCode($code: String) { buurt(code: $code) { code naam } }';
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };
    const variables = { code: 'BU09171000' };

    const onbekend = await post({ variables, extensions: { persistedQuery } });
    expect(onbekend.status).toBe(400);
    expect(codes(onbekend.body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(onbekend.body.errors?.[0].message).toBe('PersistedQueryNotFound');
    expect(onbekend.body.data ?? null).toBeNull();

    const registratie = await post({ query, variables, extensions: { persistedQuery } });
    expect(registratie.status).toBe(200);
    expect(registratie.body.errors).toBeUndefined();
    const buurt = (registratie.body.data as { buurt: { code: string; naam: string } }).buurt;
    expect(buurt.code).toBe('BU09171000');

    // Now the hash alone is enough, also with other variables.
    const alleenHash = await post({ variables, extensions: { persistedQuery } });
    expect(alleenHash.status).toBe(200);
    expect(alleenHash.body).toEqual(registratie.body);
    const andere = await post({ variables: { code: 'BU09173300' }, extensions: { persistedQuery } });
    expect((andere.body.data as { buurt: { code: string } }).buurt.code).toBe('BU09173300');
  });

  it('weigert een hash die niet bij de query hoort, en onthoudt die dan ook niet', async () => {
    const query = '{ buurten { code } }';
    const vals = sha256('{ buurten { code naam } }');
    const res = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: vals } } });
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors?.[0].message).toMatch(/sha256Hash/);
    expect(res.body.data ?? null).toBeNull();

    const daarna = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: vals } } });
    expect(codes(daarna.body)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('meldt een onbekende protocolversie als niet ondersteund', async () => {
    const res = await post({ extensions: { persistedQuery: { version: 2, sha256Hash: sha256('{ buurten { code } }') } } });
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
  });

  it('weigert nog steeds een verzoek zonder query en zonder persisted query', async () => {
    const res = await post({ variables: {} });
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('de client van de webapps stuurt eerst de hash, registreert bij PERSISTED_QUERY_NOT_FOUND en daarna alleen nog de hash', async () => {
    const verzonden: Array<Record<string, unknown>> = [];
    const verstuur = async (body: Record<string, unknown>): Promise<Response> => {
      verzonden.push(body);
      const res = await ctx.app.inject({ method: 'POST', url: '/graphql', payload: body });
      return new Response(res.body, { status: res.statusCode, headers: { 'content-type': 'application/json' } });
    };
    const staat = nieuweApqStaat();
    const query = 'query Stadsdelen { stadsdelen { naam } }';

    const eerste = (await (await verstuurMetApq(staat, verstuur, query, undefined)).json()) as Antwoord;
    expect(eerste.errors).toBeUndefined();
    expect((eerste.data as { stadsdelen: unknown[] }).stadsdelen.length).toBeGreaterThan(0);
    const hash = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    expect(verzonden).toEqual([
      { variables: undefined, extensions: hash },
      { query, variables: undefined, extensions: hash },
    ]);

    verzonden.length = 0;
    const tweede = (await (await verstuurMetApq(staat, verstuur, query, undefined)).json()) as Antwoord;
    expect(tweede).toEqual(eerste);
    expect(verzonden).toEqual([{ variables: undefined, extensions: hash }]);
  });

  it('de client valt terug op volledige queries als de server geen persisted queries kent', async () => {
    const verzonden: Array<Record<string, unknown>> = [];
    // A server without APQ (as mercurius answers without a persistedQueryProvider configured).
    const verstuur = async (body: Record<string, unknown>): Promise<Response> => {
      verzonden.push(body);
      if (body.query === undefined) {
        return new Response(
          JSON.stringify({
            data: null,
            errors: [{ message: 'PersistedQueryNotSupported', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }],
          }),
          {
            status: 400,
          },
        );
      }
      const res = await ctx.app.inject({ method: 'POST', url: '/graphql', payload: { query: body.query } });
      return new Response(res.body, { status: res.statusCode });
    };
    const staat = nieuweApqStaat();
    const query = '{ stadsdelen { naam } }';
    const eerste = (await (await verstuurMetApq(staat, verstuur, query, undefined)).json()) as Antwoord;
    expect(eerste.errors).toBeUndefined();
    expect(verzonden.map((b) => 'query' in b)).toEqual([false, true]);
    verzonden.length = 0;
    await verstuurMetApq(staat, verstuur, query, undefined);
    expect(verzonden).toEqual([{ query, variables: undefined }]);
  });

  describe('bij de build geregistreerde queries (issue 19, punt 8)', () => {
    let webMap: string;
    const goed = 'query Stadsdelen { stadsdelen { naam } }';
    const ander = '{ buurten { code } }';
    beforeAll(() => {
      webMap = mkdtempSync(path.join(tmpdir(), 'buurtwerk-pq-'));
      mkdirSync(path.join(webMap, 'buurtportaal'));
      mkdirSync(path.join(webMap, 'regiepaneel'));
      writeFileSync(path.join(webMap, 'buurtportaal', PERSISTED_QUERIES_BESTAND), JSON.stringify({ [sha256(goed)]: goed }));
      // A tampered entry: the hash of one query over the text of another.
      writeFileSync(
        path.join(webMap, 'regiepaneel', PERSISTED_QUERIES_BESTAND),
        JSON.stringify({ [sha256('{ stadsdelen { code } }')]: ander }),
      );
    });
    afterAll(() => rmSync(webMap, { recursive: true, force: true }));

    it('kent de operaties uit het manifest van elke gebouwde app, en slaat een hash over die niet bij zijn query hoort', () => {
      expect([...leesGeregistreerdeQueries(webMap)]).toEqual([[sha256(goed), goed]]);
    });

    it('vindt een geregistreerde hash zonder eerdere registratie, en onthoudt andere queries zoals voorheen', async () => {
      const provider = maakPersistedQueryProvider(webMap);
      expect(await provider.getQueryFromHash(sha256(goed))).toBe(goed);
      expect(await provider.getQueryFromHash(sha256(ander))).toBeUndefined();
      await provider.saveQuery?.(sha256(ander), ander);
      expect(await provider.getQueryFromHash(sha256(ander))).toBe(ander);
    });

    it('werkt zonder gebouwde webapps', () => {
      expect(leesGeregistreerdeQueries(path.join(webMap, 'bestaat-niet')).size).toBe(0);
    });
  });
});
