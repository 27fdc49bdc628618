/**
 * The Vite set-up both web apps share: React (automatic JSX), the `@web-gedeeld/*` alias to this
 * folder, one page template (index.html here, filled in per app), the build into
 * dist/web/<app> (served by the API under /<app>/) and a dev server that proxies /graphql and
 * /web to the API on :3000. Each app's vite.config.mts adds only what is its own.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

export function webAppConfig(o: WebAppOpties): UserConfig {
  return {
    root: o.map,
    base: `/${o.app}/`,
    plugins: [paginasjabloon(o), ...(o.plugins ?? [])],
    resolve: { alias: { '@web-gedeeld': `${gedeeld}src`, ...o.alias } },
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      outDir: `${projectmap}dist/web/${o.app}`,
      emptyOutDir: true,
      sourcemap: true,
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
