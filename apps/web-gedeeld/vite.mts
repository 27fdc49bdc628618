/**
 * The Vite set-up both web apps share: React (automatic JSX), the `@web-gedeeld/*` alias to this
 * folder, one page template (index.html here, filled in per app), the build into
 * dist/web/<app> (served by the API under /<app>/) and a dev server that proxies /graphql and
 * /web to the API on :3000. Each app's vite.config.mts adds only what is its own.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, UserConfig } from 'vite';

const gedeeld = fileURLToPath(new URL('.', import.meta.url));
const projectmap = fileURLToPath(new URL('../../', import.meta.url));

export interface WebAppOpties {
  /** Folder name under apps/ and path under which the API serves it. */
  app: string;
  /** The app's folder (where its src/main.tsx lives). */
  map: string;
  titel: string;
  beschrijving: string;
  /** The product in a sentence: "Het Buurtportaal". */
  product: string;
  poort: number;
  plugins?: Plugin[];
  alias?: Record<string, string>;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Replaces the app's index.html (a stub Vite needs as entry) by the shared page template. */
function paginasjabloon(o: WebAppOpties): Plugin {
  return {
    name: 'buurtwerk-paginasjabloon',
    transformIndexHtml: {
      order: 'pre',
      handler: () =>
        readFileSync(`${gedeeld}index.html`, 'utf8')
          .replace('%TITEL%', escape(o.titel))
          .replace('%BESCHRIJVING%', escape(o.beschrijving))
          .replace('%PRODUCT%', escape(o.product)),
    },
  };
}

/** Text assets worth compressing; images and fonts are compressed already. */
const COMPRIMEERBAAR = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/;

/**
 * Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy next to every text asset of
 * the build, once at build time, so the API serves them without compressing per request
 * (@fastify/static `preCompressed`). Source maps are not compressed: they are not served in
 * production. Small files (under 1 KB) gain nothing and are left alone.
 */
function voorgecomprimeerd(): Plugin {
  let uitvoer = '';
  return {
    name: 'buurtwerk-voorgecomprimeerd',
    apply: 'build',
    configResolved(c) {
      uitvoer = c.build.outDir;
    },
    closeBundle() {
      const loop = (map: string): void => {
        for (const naam of readdirSync(map)) {
          const pad = path.join(map, naam);
          if (statSync(pad).isDirectory()) {
            loop(pad);
            continue;
          }
          if (!COMPRIMEERBAAR.test(naam)) {
            continue;
          }
          const inhoud = readFileSync(pad);
          if (inhoud.length < 1024) {
            continue;
          }
          writeFileSync(
            `${pad}.br`,
            brotliCompressSync(inhoud, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: inhoud.length },
            }),
          );
          writeFileSync(`${pad}.gz`, gzipSync(inhoud, { level: 9 }));
        }
      };
      loop(uitvoer);
    },
  };
}

export function webAppConfig(o: WebAppOpties): UserConfig {
  return {
    root: o.map,
    base: `/${o.app}/`,
    plugins: [paginasjabloon(o), ...(o.plugins ?? []), voorgecomprimeerd()],
    resolve: { alias: { '@web-gedeeld': `${gedeeld}src`, ...o.alias } },
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      outDir: `${projectmap}dist/web/${o.app}`,
      emptyOutDir: true,
      // Maps for the team's own debugging, without a sourceMappingURL in the served files; the
      // API does not serve *.map in production (web-apps.ts).
      sourcemap: 'hidden',
      // React and the NL Design System components in chunks of their own: they change far less
      // often than the apps, so browsers keep them cached across releases.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              { name: 'nl-design-system', test: /node_modules[\\/]@utrecht[\\/]/ },
            ],
          },
        },
      },
    },
    server: {
      port: o.poort,
      proxy: { '/graphql': 'http://localhost:3000', '/web': 'http://localhost:3000' },
      fs: { allow: [projectmap] },
    },
  };
}
