/**
 * Issue 27: the reference site for integrators, built by scripts/docs-build.ts (npm run
 * docs:build) into a temporary folder and served by the API at /docs. Every internal link of
 * every page leads to a page that exists (and to an anchor that exists on it), the pages carry
 * the API's Content-Security-Policy and have no inline scripts, and the content is the real
 * schema, matrix and error codes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildSchema, isObjectType } from 'graphql';
import { FoutCode } from '@buurtwerk/core';
import { bouwDocs } from '../../../scripts/docs-build';
import { maakApp } from '../src/app.factory';
import { registreerDocs } from '../src/web/docs';
import { type TestContext, testContext } from '../../../test/harness';

const SCHEMA = buildSchema(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

describe('reference site at /docs (issue 27)', () => {
  let ctx: TestContext;
  let app: NestFastifyApplication;
  let map: string;

  const haal = (url: string) => app.getHttpAdapter().getInstance().inject({ method: 'GET', url });

  beforeAll(async () => {
    map = mkdtempSync(path.join(tmpdir(), 'buurtwerk-docs-'));
    bouwDocs(map);
    // As in production: GraphiQL off, so the strict Content-Security-Policy is on.
    ctx = await testContext({ GRAPHIQL: 'false' });
    app = await maakApp(ctx.config);
    expect(await registreerDocs(app, map)).toBe(true);
    await app.getHttpAdapter().getInstance().ready();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    rmSync(map, { recursive: true, force: true });
  });

  it('/docs leads to the overview, which links the GraphQL and REST references, the matrix and the error codes', async () => {
    const omleiding = await haal('/docs');
    expect(omleiding.statusCode).toBe(301);
    expect(omleiding.headers.location).toBe('/docs/');
    const res = await haal('/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    for (const link of [
      'graphql/index.html',
      'rest/index.html',
      'autorisatiematrix.html',
      'foutcodes.html',
      'contract-changelog.html',
    ]) {
      expect(res.body).toContain(`href="${link}"`);
    }
  });

  it('every internal link on every page works, anchors included', async () => {
    const bezocht = new Map<string, string>();
    const teDoen = ['/docs/index.html'];
    const kapot: string[] = [];
    const ankers: Array<{ van: string; doel: string; anker: string }> = [];
    while (teDoen.length > 0) {
      const url = teDoen.pop()!;
      if (bezocht.has(url)) {
        continue;
      }
      const res = await haal(url);
      if (res.statusCode !== 200) {
        kapot.push(`${url}: ${res.statusCode}`);
        bezocht.set(url, '');
        continue;
      }
      bezocht.set(url, res.body);
      if (!url.endsWith('.html') || url === '/docs/rest/index.html') {
        // Redoc's own links are routes inside its single page; its files (scripts) are checked.
        for (const [, src] of res.body.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
          teDoen.push(new URL(src, `http://x${url}`).pathname);
        }
        continue;
      }
      for (const [, href] of res.body.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (/^[a-z]+:/i.test(href)) {
          continue;
        }
        const doel = new URL(href, `http://x${url}`);
        expect(doel.pathname.startsWith('/docs/')).toBe(true);
        teDoen.push(doel.pathname);
        if (doel.hash) {
          ankers.push({ van: url, doel: doel.pathname, anker: decodeURIComponent(doel.hash.slice(1)) });
        }
      }
    }
    expect(kapot).toEqual([]);
    const zonderAnker = ankers
      .filter(({ doel, anker }) => !bezocht.get(doel)?.includes(`id="${anker}"`))
      .map(({ van, doel, anker }) => `${van} -> ${doel}#${anker}`);
    expect(zonderAnker).toEqual([]);
    // A page per named type of the schema, all reached through links from the overview.
    for (const naam of Object.keys(SCHEMA.getTypeMap()).filter((n) => !n.startsWith('__'))) {
      expect(bezocht.has(`/docs/graphql/${naam}.html`)).toBe(true);
    }
    expect(bezocht.has('/docs/rest/redoc-2.js')).toBe(true);
    // Every recipe, with its explanation and its script.
    for (const recept of ['partner-spiegel', 'webhooks-ontvangen', 'buurtpagina', 'burgerbegroting-uitslag']) {
      expect(bezocht.get(`/docs/recepten/${recept}.html`)).toContain(
        `<h2 id="script">The script: <code>docs/recepten/${recept}.ts</code>`,
      );
    }
  });

  it('a GraphQL type page shows each field with its type, arguments and description', async () => {
    const query = SCHEMA.getQueryType()!;
    const res = await haal('/docs/graphql/Query.html');
    expect(res.statusCode).toBe(200);
    for (const veld of Object.values(query.getFields())) {
      expect(res.body).toContain(`<dt id="${veld.name}"><code>${veld.name}</code>`);
      for (const arg of veld.args) {
        expect(res.body).toContain(`<code>${arg.name}</code>: `);
      }
    }
    const beschreven = Object.values(SCHEMA.getTypeMap()).find(
      (t) => isObjectType(t) && !t.name.startsWith('__') && t.description && !/[<>&`*[]/.test(t.description),
    )!;
    const typePagina = await haal(`/docs/graphql/${beschreven.name}.html`);
    expect(typePagina.body).toContain(beschreven.description!.split('\n')[0]);
  });

  it('the authorization matrix and every error code with its HTTP status are on the site', async () => {
    const matrix = await haal('/docs/autorisatiematrix.html');
    expect(matrix.statusCode).toBe(200);
    const rijen = readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'autorisatiematrix.md'), 'utf8')
      .split('\n')
      .filter((r) => /^\| `?\w/.test(r) && !r.startsWith('| operatie'));
    expect(rijen.length).toBeGreaterThan(50);
    expect(matrix.body.match(/<tr><td>/g)?.length).toBe(rijen.length);
    const codes = await haal('/docs/foutcodes.html');
    for (const code of Object.values(FoutCode)) {
      expect(codes.body).toMatch(new RegExp(`<tr id="${code}"><td><code>${code}</code></td><td>\\d{3}</td><td>[^<]`));
    }
    expect(codes.body).toContain('<tr id="PLAFOND_BEREIKT"><td><code>PLAFOND_BEREIKT</code></td><td>409</td>');
  });

  it('the pages run under the API Content-Security-Policy: no inline scripts, nothing from another site', async () => {
    for (const url of ['/docs/', '/docs/rest/index.html', '/docs/graphql/Query.html', '/docs/foutcodes.html']) {
      const res = await haal(url);
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
      const scripts = [...res.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      for (const [, attrs, inhoud] of scripts) {
        expect(attrs).toMatch(/\ssrc="[^":]+"/);
        expect(inhoud.trim()).toBe('');
      }
      // Links to other sites are fine; loading scripts, styles or images from them is not.
      expect(res.body).not.toMatch(/\ssrc="(https?:)?\/\//);
      expect(res.body).not.toMatch(/<link[^>]*\shref="(https?:)?\/\//);
    }
    const redoc = await haal('/docs/rest/redoc-2.js');
    expect(redoc.headers['content-type']).toMatch(/javascript/);
    expect(redoc.body).toContain('"disableTelemetry":true');
  });

  it('a missing page is a plain 404', async () => {
    const res = await haal('/docs/graphql/BestaatNiet.html');
    expect(res.statusCode).toBe(404);
  });
});
