/**
 * Per-client limits (issue 14): callers without an API key are limited per IP through
 * @fastify/rate-limit (shared in Redis by every instance), with 429 + Retry-After on GraphQL and
 * REST alike; a partner key has its own limit, counted per GraphQL operation (every alias), not
 * per HTTP request. Loopback only; each run uses its own Redis prefix.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import request from 'supertest';
import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import { maakApp } from '../src/app.factory';

const REDIS_URL = 'redis://127.0.0.1:6379';
const VOORVOEGSEL = `bwtest:${process.pid}:${randomBytes(4).toString('hex')}:`;
const LIMIET = 5;

let volgendIp = 1;
/** A fresh client address for each scenario (the test talks to the API through a "proxy": TRUST_PROXY=1). */
const nieuwIp = () => `203.0.113.${volgendIp++}`;

describe('Snelheidslimiet per IP-adres voor bellers zonder API-sleutel', () => {
  let ctx: TestContext;

  const graphql = (ip: string, extra: Record<string, string> = {}) =>
    ctx.http().post('/graphql').set('x-forwarded-for', ip).set(extra).send({ query: '{ buurten { code } }' });

  beforeAll(async () => {
    ctx = await testContext({
      LIMIET_ANONIEM_PER_MINUUT: String(LIMIET),
      TRUST_PROXY: '1',
      REDIS_URL,
      REDIS_PREFIX: VOORVOEGSEL,
    });
  });
  afterAll(async () => {
    await ctx?.close();
    const redis = new Redis(REDIS_URL);
    try {
      const sleutels = await redis.keys(`${VOORVOEGSEL}*`);
      if (sleutels.length > 0) {
        await redis.del(...sleutels);
      }
    } finally {
      await redis.quit();
    }
  });

  it('geeft een anonieme beller boven de limiet 429 met Retry-After op GraphQL, terwijl een ander adres bediend blijft', async () => {
    const ip = nieuwIp();
    const statussen: number[] = [];
    let laatste: request.Response | null = null;
    for (let i = 0; i < LIMIET + 2; i++) {
      laatste = await graphql(ip);
      statussen.push(laatste.status);
    }
    expect(statussen).toEqual([...Array<number>(LIMIET).fill(200), 429, 429]);
    expect(Number(laatste!.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(laatste!.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(laatste!.headers['content-type']).toMatch(/^application\/json/);
    expect(laatste!.body).toEqual({
      data: null,
      errors: [{ message: expect.stringMatching(/Te veel verzoeken/), extensions: { code: 'TE_VEEL_VERZOEKEN' } }],
    });
    // Another client is still served.
    const ander = await graphql(nieuwIp());
    expect(ander.status).toBe(200);
    expect((ander.body as { data: { buurten: unknown[] } }).data.buurten.length).toBeGreaterThan(0);
  });

  it('telt REST en GraphQL samen en antwoordt op REST met problem+json en Retry-After', async () => {
    const ip = nieuwIp();
    for (let i = 0; i < LIMIET; i++) {
      expect((await graphql(ip)).status).toBe(200);
    }
    const rest = await ctx.http().get('/api/v1/buurten').set('x-forwarded-for', ip);
    expect(rest.status).toBe(429);
    expect(rest.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(rest.headers['retry-after'])).toBeGreaterThan(0);
    expect(rest.headers['api-version']).toBeDefined();
    expect(JSON.parse(rest.text)).toMatchObject({ status: 429, code: 'TE_VEEL_VERZOEKEN', title: 'Te veel verzoeken' });
    expect((await ctx.http().get('/api/v1/buurten').set('x-forwarded-for', nieuwIp())).status).toBe(200);
  });

  it('begrenst ook ingelogde bewoners per adres, maar niet de gezondheidscontrole', async () => {
    const ip = nieuwIp();
    const bewoner = await ctx.tokenFor(Rol.BEWONER);
    for (let i = 0; i < LIMIET; i++) {
      expect((await graphql(ip, { authorization: `Bearer ${bewoner}` })).status).toBe(200);
    }
    expect((await graphql(ip, { authorization: `Bearer ${bewoner}` })).status).toBe(429);
    expect((await ctx.http().get('/health/live').set('x-forwarded-for', ip)).status).toBe(200);
  });

  it('laat een partner met een geldige API-sleutel door op een adres dat over de limiet is; een valse sleutel niet', async () => {
    const ip = nieuwIp();
    const { apiSleutelAanmaken } = await ctx.gqlOk<{ apiSleutelAanmaken: { sleutel: string } }>(
      'mutation($input: ApiSleutelInput!) { apiSleutelAanmaken(input: $input) { sleutel } }',
      { input: { naam: 'Koppeling achter hetzelfde adres', scopes: ['lezen'] } },
      await ctx.tokenFor(Rol.BEHEERDER),
    );
    for (let i = 0; i < LIMIET; i++) {
      expect((await graphql(ip)).status).toBe(200);
    }
    expect((await graphql(ip)).status).toBe(429);
    const partner = await graphql(ip, { 'x-api-key': apiSleutelAanmaken.sleutel });
    expect(partner.status).toBe(200);
    expect(partner.body).not.toHaveProperty('errors');
    // A made-up key does not escape the per-IP limit.
    const vals = await graphql(ip, { 'x-api-key': `bgw_${'a'.repeat(12)}_${'b'.repeat(43)}` });
    expect(vals.status).toBe(429);
  });

  it('deelt de limiet tussen twee instanties via Redis', async () => {
    const tweede: NestFastifyApplication = await maakApp({ ...ctx.config, databasePoolSize: 5 });
    try {
      await tweede.listen(0, '127.0.0.1');
      const poort = (tweede.getHttpServer().address() as AddressInfo).port;
      const ip = nieuwIp();
      const statussen: number[] = [];
      for (let i = 0; i < LIMIET + 1; i++) {
        const res =
          i % 2 === 0
            ? await graphql(ip)
            : await request(`http://127.0.0.1:${poort}`)
                .post('/graphql')
                .set('x-forwarded-for', ip)
                .send({ query: '{ buurten { code } }' });
        statussen.push(res.status);
      }
      // Each instance saw at most 3 requests: only a shared count refuses the sixth.
      expect(statussen).toEqual([...Array<number>(LIMIET).fill(200), 429]);
      const redis = new Redis(REDIS_URL);
      try {
        expect(await redis.keys(`${VOORVOEGSEL}snelheidslimiet:anoniem:*`)).not.toEqual([]);
      } finally {
        await redis.quit();
      }
    } finally {
      await tweede.close();
    }
  }, 30_000);
});

describe('Snelheidslimiet zonder vertrouwde proxy', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await testContext({ LIMIET_ANONIEM_PER_MINUUT: '3' });
  });
  afterAll(async () => ctx?.close());

  it('gelooft een zelfgekozen X-Forwarded-For niet zonder TRUST_PROXY (in het geheugen, zonder Redis)', async () => {
    const statussen: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await ctx.http().post('/graphql').set('x-forwarded-for', nieuwIp()).send({ query: '{ buurten { code } }' });
      statussen.push(res.status);
    }
    expect(statussen).toEqual([200, 200, 200, 429, 429]);
  });
});

describe('Snelheidslimiet als Redis is ingesteld maar onbereikbaar is', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await testContext({ LIMIET_ANONIEM_PER_MINUUT: '3', REDIS_URL: 'redis://127.0.0.1:1', REDIS_PREFIX: VOORVOEGSEL });
  });
  afterAll(async () => ctx?.close());

  it('blijft bedienen en begrenst per instantie in het geheugen', async () => {
    const statussen: number[] = [];
    for (let i = 0; i < 5; i++) {
      statussen.push((await ctx.http().post('/graphql').send({ query: '{ buurten { code } }' })).status);
    }
    expect(statussen).toEqual([200, 200, 200, 429, 429]);
  });
});

describe('Limiet per API-sleutel telt GraphQL-operaties', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await testContext();
  });
  afterAll(async () => ctx?.close());

  it('telt elke alias als een operatie: zes aliassen bij een limiet van vijf krijgen 429', async () => {
    const { apiSleutelAanmaken } = await ctx.gqlOk<{ apiSleutelAanmaken: { sleutel: string } }>(
      'mutation($input: ApiSleutelInput!) { apiSleutelAanmaken(input: $input) { sleutel } }',
      { input: { naam: 'Koppeling met aliassen', scopes: ['lezen'] } },
      await ctx.tokenFor(Rol.BEHEERDER),
    );
    await ctx.dataSource.query('UPDATE api_sleutel SET limiet_per_minuut = 5 WHERE kenmerk = $1', [
      apiSleutelAanmaken.sleutel.slice(4, 16),
    ]);
    const aliassen = Array.from({ length: 6 }, (_, i) => `a${i}: ik { naam }`).join(' ');
    const res = await ctx
      .http()
      .post('/graphql')
      .set('x-api-key', apiSleutelAanmaken.sleutel)
      .send({ query: `{ ${aliassen} }` });
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    const body = res.body as { data: Record<string, unknown> | null; errors: Array<{ extensions: { code: string } }> };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['TE_VEEL_VERZOEKEN']);
    // The key's minute is used up: the next request, even with one field, is refused too.
    const daarna = await ctx
      .http()
      .post('/graphql')
      .set('x-api-key', apiSleutelAanmaken.sleutel)
      .send({ query: '{ ik { naam } }' });
    expect(daarna.status).toBe(429);
  });
});
