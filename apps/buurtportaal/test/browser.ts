/**
 * Browser test support for the web apps: builds an app when its build is missing or older than
 * its sources, starts Debian's Chromium through playwright-core with a fresh profile, runs axe
 * (WCAG 2.1 A and AA) and saves screenshots: to a temporary folder, or with SCREENSHOTS=docs to
 * docs/screenshots for the README (tests never write into tracked files unless asked to).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { maakApp } from '../../api/src/app.factory';
import { registreerWebApps, type WebAppsOpties } from '../../api/src/web/web-apps';
import type { TestContext } from '../../../test/harness';

const PROJECT = path.resolve(__dirname, '../../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Where screenshots go: `SCREENSHOTS=docs npm test -- apps/…` refreshes the README's pictures in
 * docs/screenshots; any other run writes them to a temporary folder, so `npm test` leaves the
 * working tree as it was.
 */
export const SCHERMAFDRUKKEN =
  process.env.SCREENSHOTS === 'docs'
    ? path.join(PROJECT, 'docs', 'screenshots')
    : path.join(tmpdir(), `buurtwerk-screenshots-${process.pid}`);

function nieuwste(map: string): number {
  let t = 0;
  for (const naam of readdirSync(map)) {
    const pad = path.join(map, naam);
    const s = statSync(pad);
    t = Math.max(t, s.isDirectory() ? nieuwste(pad) : s.mtimeMs);
  }
  return t;
}

/** Builds apps/<app> with Vite into dist/web/<app> unless that build is newer than every source. */
export function bouwWebApp(app: 'buurtportaal' | 'regiepaneel'): void {
  const bron = path.join(PROJECT, 'apps', app);
  const gedeeld = path.join(PROJECT, 'apps', 'web-gedeeld');
  const index = path.join(PROJECT, 'dist', 'web', app, 'index.html');
  // The app's own sources and the shared ones in apps/web-gedeeld (theme, router, page template).
  const bronTijd = Math.max(
    nieuwste(path.join(bron, 'src')),
    nieuwste(path.join(gedeeld, 'src')),
    ...[
      path.join(bron, 'index.html'),
      path.join(bron, 'vite.config.mts'),
      path.join(gedeeld, 'index.html'),
      path.join(gedeeld, 'vite.mts'),
    ].map((p) => statSync(p).mtimeMs),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= bronTijd) {
    return;
  }
  execFileSync(
    process.execPath,
    [path.join(PROJECT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(bron, 'vite.config.mts')],
    {
      cwd: PROJECT,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}

/**
 * The API as `npm start` serves it (maakApp + registreerWebApps) on a free loopback port, on the
 * test file's own database. The harness's ctx.app is already started, so it cannot take plugins.
 */
export async function startWebServer(
  ctx: TestContext,
  opties: WebAppsOpties = {},
): Promise<{ app: NestFastifyApplication; basis: string }> {
  const app = await maakApp(ctx.config);
  await registreerWebApps(app, { oidc: null, ...opties });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const adres = app.getHttpServer().address();
  if (!adres || typeof adres === 'string') {
    throw new Error('Geen poort');
  }
  return { app, basis: `http://127.0.0.1:${adres.port}` };
}

export interface TestBrowser {
  context: BrowserContext;
  sluit: () => Promise<void>;
}

export async function startBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium ontbreekt op ${CHROMIUM}: apt-get update && apt-get install -y chromium`);
  }
  const profiel = mkdtempSync(path.join(tmpdir(), 'buurtwerk-chromium-'));
  // playwright-core refuses --user-data-dir in args: a persistent context takes it as parameter.
  const context = await chromium.launchPersistentContext(profiel, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    sluit: async () => {
      await context.close();
      rmSync(profiel, { recursive: true, force: true });
    },
  };
}

/** axe-core with the WCAG 2.0/2.1 A and AA rules; returns readable violations (empty = pass). */
export async function axeOvertredingen(page: Page): Promise<string[]> {
  const resultaat = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return resultaat.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

/** What must never reach a person on screen (issue 19): raw API texts, paths, codes, cents, ids. */
const LEKKEN: ReadonlyArray<[string, RegExp]> = [
  ['veldpad', /\binput\./],
  ['GraphQL-variabele', /Variable "\$/],
  ['GraphQL-typefout', /Expected type/],
  ['foutcode', /\b(?:BAD_USER_INPUT|UNAUTHENTICATED|FORBIDDEN|NOT_FOUND|INTERNAL_SERVER_ERROR|ONGELDIGE_STATUSOVERGANG)\b/],
  ['bedrag in centen', /cent\)/],
  ['veldnaam met id', /\b[a-z]+Id\b:?/],
];

/** A relay id as the API writes them (base64 of "Type:uuid") shown as text. */
function rauweIds(tekst: string): string[] {
  return (tekst.match(/\b[A-Za-z0-9_-]{12,}={0,2}/g) ?? []).filter((w) =>
    /^[A-Z][A-Za-z]+:[0-9a-f-]{8,}/.test(Buffer.from(w, 'base64url').toString('utf8')),
  );
}

/**
 * Leaks in the page's main content (empty = none): the patterns above, relay ids, and a sentence
 * shown twice within one alert.
 */
export async function lekken(page: Page): Promise<string[]> {
  const tekst = await page.locator('main').innerText();
  const gevonden = LEKKEN.flatMap(([wat, r]) => {
    const m = r.exec(tekst);
    return m ? [`${wat}: ${m[0]}`] : [];
  });
  gevonden.push(...rauweIds(tekst).map((id) => `id: ${id}`));
  for (const alert of await page.locator('main [role=alert]').all()) {
    const zinnen = (await alert.innerText())
      .split(/\n|(?<=\.)\s+/)
      .map((z) => z.trim())
      .filter((z) => z.length > 0);
    gevonden.push(...zinnen.filter((z, i) => zinnen.indexOf(z) !== i).map((z) => `twee keer: ${z}`));
  }
  return gevonden;
}

// page.evaluate callbacks run in the browser; the root tsconfig has no DOM types, so this
// module declares the little it reads there.
interface DomElement {
  id: string;
  tagName: string;
  textContent: string | null;
  getAttribute(naam: string): string | null;
}
declare const document: { activeElement: DomElement | null; documentElement: { scrollWidth: number } };
declare const window: { innerWidth: number };

/** What has keyboard focus: id, name attribute, tag and trimmed text. */
export function actiefElement(page: Page): Promise<{ id: string; naam: string; tag: string; tekst: string }> {
  return page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    naam: document.activeElement?.getAttribute('name') ?? '',
    tag: document.activeElement?.tagName ?? '',
    tekst: document.activeElement?.textContent?.trim() ?? '',
  }));
}

/** True when the page is wider than the viewport (horizontal scrolling, WCAG 1.4.10 reflow). */
export function scroltHorizontaal(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

export async function schermafdruk(page: Page, naam: string, volledig = true): Promise<void> {
  mkdirSync(SCHERMAFDRUKKEN, { recursive: true });
  await page.screenshot({ path: path.join(SCHERMAFDRUKKEN, `${naam}.png`), fullPage: volledig });
}
