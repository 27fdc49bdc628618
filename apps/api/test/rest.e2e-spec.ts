/** REST beside GraphQL, per the NLGov REST API Design Rules (docs/domein.md, "Open data and REST feeds"). */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { type TestContext, testContext } from '../../../test/harness';

const ROOT = path.join(__dirname, '..', '..', '..');
const OPENAPI = path.join(ROOT, 'docs', 'openapi.json');

describe('REST-API volgens de NLGov API Design Rules', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await testContext();
  });
  afterAll(() => ctx.close());

  it('levert alle buurten als JSON met een API-Version-header en open CORS', async () => {
    const res = await ctx.http().get('/api/v1/buurten').set('origin', 'https://partner.example');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['api-version']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const body = res.body as { buurten: Array<Record<string, unknown>> };
    expect(body.buurten).toHaveLength(57);
    const maria = body.buurten.find((b) => b.code === 'BU09171000');
    expect(maria).toMatchObject({ naam: 'Maria Gewanden', wijkcode: 'WK091710', stadsdeel: 'Hoensbroek' });
    expect(maria?.gewijzigdOp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(maria).not.toHaveProperty('geometrie');
  });

  it('levert GeoJSON bij Accept: application/geo+json (content negotiation, geen extensie)', async () => {
    const res = await ctx.http().get('/api/v1/buurten').set('accept', 'application/geo+json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
    const body = JSON.parse(res.text) as {
      type: string;
      features: Array<{ geometry: { type: string }; properties: { code: string } }>;
    };
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(57);
    expect(body.features[0].geometry.type).toMatch(/Polygon/);
  });

  it('geeft één buurt, en 404 als problem+json voor een onbekende', async () => {
    const een = await ctx.http().get('/api/v1/buurten/BU09171001');
    expect(een.body).toMatchObject({ code: 'BU09171001', naam: 'Terschuren' });
    const nee = await ctx.http().get('/api/v1/buurten/BU00000000');
    expect(nee.status).toBe(404);
    expect(nee.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(nee.text)).toMatchObject({ status: 404, title: 'Niet gevonden', code: 'NOT_FOUND' });
  });

  it('antwoordt 404 (geen redirect) op een pad met een schuine streep aan het eind', async () => {
    const res = await ctx.http().get('/api/v1/buurten/');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.text)).toMatchObject({ status: 404, title: 'Niet gevonden' });
  });

  it('antwoordt 406 als problem+json op een formaat dat er niet is', async () => {
    const res = await ctx.http().get('/api/v1/buurten').set('accept', 'text/csv');
    expect(res.status).toBe(406);
    expect(JSON.parse(res.text)).toMatchObject({ status: 406, detail: expect.stringContaining('application/json') });
  });

  it('publiceert het OpenAPI-document zonder inloggen, met versie in de server-URL en foutschema', async () => {
    const res = await ctx.http().get('/api/v1/openapi.json').set('origin', 'https://wie.dan.ook');
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const doc = res.body as {
      openapi: string;
      info: { version: string; contact: Record<string, string> };
      servers: Array<{ url: string }>;
      paths: Record<string, Record<string, { responses: Record<string, { headers?: object; content?: object }> }>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.contact).toEqual(
      expect.objectContaining({ name: expect.any(String), email: expect.any(String), url: expect.any(String) }),
    );
    expect(doc.servers[0].url).toMatch(/\/v1$/);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/buurten', '/buurten/{buurtcode}']));
    for (const item of Object.values(doc.paths)) {
      for (const op of Object.values(item)) {
        expect(op.responses['200'].headers).toHaveProperty('API-Version');
        expect(op.responses['400'].content).toHaveProperty(['application/problem+json']);
      }
    }
  });

  it('stuurt ook bij GraphQL een API-Version-header mee', async () => {
    const res = await ctx.http().post('/graphql').send({ query: '{ ik { naam } }' });
    expect(res.headers['api-version']).toBeDefined();
  });

  it('houdt docs/openapi.json gelijk aan wat de code genereert', async () => {
    const res = await ctx.http().get('/api/v1/openapi.json');
    const gegenereerd = `${JSON.stringify(res.body, null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') {
      writeFileSync(OPENAPI, gegenereerd);
    }
    expect(existsSync(OPENAPI)).toBe(true);
    expect(readFileSync(OPENAPI, 'utf8')).toBe(gegenereerd);
  });

  it('doorstaat de NLGov ADR-linter (Spectral) zonder fouten', async () => {
    const bin = path.join(ROOT, 'node_modules', '.bin', 'spectral');
    const { stdout } = await promisify(execFile)(
      bin,
      [
        'lint',
        '-r',
        path.join(ROOT, 'docs', 'nlgov-adr', 'ruleset.yaml'),
        OPENAPI,
        '-f',
        'json',
        '--fail-severity',
        'error',
        '-q',
      ],
      { cwd: ROOT },
    ).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
    const resultaten = JSON.parse(stdout || '[]') as Array<{ code: string; message: string; severity: number; path: string[] }>;
    const fouten = resultaten.filter((r) => r.severity === 0).map((r) => `${r.code}: ${r.message} @ ${r.path.join('.')}`);
    expect(fouten).toEqual([]);
  }, 60_000);

  it('doorstaat Redocly lint met de aanbevolen regels zonder fouten of waarschuwingen (issue 24)', async () => {
    const bin = path.join(ROOT, 'node_modules', '.bin', 'redocly');
    const { stdout } = await promisify(execFile)(bin, ['lint', '--extends', 'recommended', OPENAPI, '--format', 'json'], {
      cwd: ROOT,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
    const uitslag = JSON.parse(stdout) as {
      totals: { errors: number; warnings: number };
      problems: Array<{ ruleId: string; message: string; location: Array<{ pointer: string }> }>;
    };
    expect(uitslag.problems.map((p) => `${p.ruleId}: ${p.message} @ ${p.location[0]?.pointer}`)).toEqual([]);
    expect(uitslag.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);
});

describe('Webbeveiliging', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await testContext({ CORS_ORIGINS: 'https://buurtportaal.heerlen.example', GRAPHIQL: 'false' });
  });
  afterAll(() => ctx.close());

  it('stuurt beveiligingsheaders mee', async () => {
    const res = await ctx.http().post('/graphql').send({ query: '{ ik { naam } }' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('staat /graphql alleen toe vanuit de eigen webapps (strikte CORS)', async () => {
    const eigen = await ctx
      .http()
      .options('/graphql')
      .set('origin', 'https://buurtportaal.heerlen.example')
      .set('access-control-request-method', 'POST');
    expect(eigen.headers['access-control-allow-origin']).toBe('https://buurtportaal.heerlen.example');
    const vreemd = await ctx
      .http()
      .options('/graphql')
      .set('origin', 'https://kwaadwillend.example')
      .set('access-control-request-method', 'POST');
    expect(vreemd.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('weigert een te groot verzoek', async () => {
    const res = await ctx
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: `{ ik { naam } } #${'x'.repeat(2 * 1024 * 1024)}` }));
    expect(res.status).toBe(413);
  });
});
