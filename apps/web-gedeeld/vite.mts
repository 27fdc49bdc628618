/**
 * The Vite set-up both web apps share: React (automatic JSX), the `@web-gedeeld/*` alias to this
 * folder, one page template (index.html here, filled in per app), the build into
 * dist/web/<app> (served by the API under /<app>/) and a dev server that proxies /graphql and
 * /web to the API on :3000. Each app's vite.config.mts adds only what is its own.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import purgeCSSPlugin from '@fullhuman/postcss-purgecss';
import type { AcceptedPlugin, Plugin as PostcssPlugin } from 'postcss';
import { rolldown } from 'rolldown';
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

const STIJL = 'virtual:buurtwerk-stijl.css';
const STIJLBESTANDEN = [
  `${projectmap}node_modules/@utrecht/component-library-css/dist/index.css`,
  `${projectmap}node_modules/@utrecht/design-tokens/dist/theme.css`,
  `${gedeeld}src/thema.css`,
];

/**
 * `virtual:buurtwerk-stijl.css`: the NL Design System CSS, the Utrecht tokens and thema.css,
 * in that order, as one stylesheet. One root lets PurgeCSS see which tokens the kept rules use;
 * an `@import` would do the same but misplaces the library's `@charset` (dropped here: UTF-8
 * is the default, and the minifier writes one when needed).
 */
function stijl(): Plugin {
  return {
    name: 'buurtwerk-stijl',
    resolveId: (id) => (id === STIJL ? `\0${STIJL}` : null),
    load(id) {
      if (id !== `\0${STIJL}`) {
        return null;
      }
      for (const bestand of STIJLBESTANDEN) {
        this.addWatchFile(bestand);
      }
      return STIJLBESTANDEN.map((b) => readFileSync(b, 'utf8').replace(/^@charset "UTF-8";$/m, '')).join('\n');
    },
  };
}

/**
 * Lets the bundler leave out the NL Design System components an app does not use: the library
 * assigns `X.displayName = 'X'` after each component (a side effect that keeps every one of
 * them), so those lines go, and `forwardRef` counts as pure (see rolldownOptions.treeshake).
 * The names only show in React's developer tools.
 */
function ongebruikteComponentenWeg(): Plugin {
  return {
    name: 'buurtwerk-ongebruikte-componenten-weg',
    apply: 'build',
    transform: (code, id) =>
      /[\\/]@utrecht[\\/][^\\/]+-react[\\/]/.test(id) ? { code: code.replace(DISPLAYNAME, ''), map: null } : null,
  };
}

const DISPLAYNAME = /^[A-Za-z_$][\w$]*\.displayName = [^;\n]*;$/gm;

/** The .ts and .tsx files under a folder (the app's own code and web-gedeeld's). */
function bronbestanden(map: string): string[] {
  return readdirSync(map, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.spec\.ts$/.test(f))
    .map((f) => path.join(map, f));
}

/**
 * Every GraphQL operation the app can send, exactly as it sends it (the text `vraag` hashes):
 * the documents graphql-codegen generated into src/gql/graphql.ts (TypedDocumentString) and the
 * few hand-typed ones of web-gedeeld (`document('…')`).
 */
export function operatiesVan(appMap: string): string[] {
  const teksten: string[] = [];
  const gegenereerd = readFileSync(path.join(appMap, 'src', 'gql', 'graphql.ts'), 'utf8');
  for (const m of gegenereerd.matchAll(/new TypedDocumentString\(`([^`]*)`/g)) {
    teksten.push(m[1]);
  }
  for (const bestand of bronbestanden(`${gedeeld}src`)) {
    for (const m of readFileSync(bestand, 'utf8').matchAll(/\bdocument<[^(]*>\('([^'\\]*)'\)/g)) {
      teksten.push(m[1]);
    }
  }
  for (const t of teksten) {
    // The template literal's text is the string at run time only without escapes or substitutions.
    if (t.includes('\\') || t.includes('${')) {
      throw new Error(`Een GraphQL-document bevat een escape of \${}: ${t.slice(0, 80)}`);
    }
  }
  return teksten;
}

/**
 * Persisted queries registered at build time (issue 19, point 8): writes persisted-queries.json
 * (SHA-256 of each operation's text → the text) into the build. The API loads these manifests
 * at start-up (apps/api/src/persisted-queries.ts), so the first hash-only request of every
 * operation succeeds: no PERSISTED_QUERY_NOT_FOUND round trip after a server start.
 */
function persistedQueries(o: WebAppOpties): Plugin {
  return {
    name: 'buurtwerk-persisted-queries',
    apply: 'build',
    generateBundle() {
      const manifest: Record<string, string> = {};
      for (const tekst of operatiesVan(o.map)) {
        manifest[createHash('sha256').update(tekst, 'utf8').digest('hex')] = tekst;
      }
      this.emitFile({ type: 'asset', fileName: PERSISTED_QUERIES_BESTAND, source: JSON.stringify(manifest) });
    },
  };
}

/** The manifest's file name in dist/web/<app>; the API reads it there. */
export const PERSISTED_QUERIES_BESTAND = 'persisted-queries.json';

/**
 * The code of only the NL Design System components the app imports: a small tree-shaken bundle
 * of `@utrecht/component-library-react` with just those exports. `displayName` assignments are
 * dropped and `forwardRef` counts as pure, else every component of the library would stay.
 */
async function gebruikteComponentenCode(bronnen: string[]): Promise<string> {
  const namen = new Set<string>();
  for (const bestand of bronnen) {
    const tekst = readFileSync(bestand, 'utf8');
    for (const m of tekst.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@utrecht\/component-library-react'/g)) {
      for (const deel of m[1].split(',')) {
        const naam = deel
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0];
        if (naam) {
          namen.add(naam);
        }
      }
    }
  }
  const bundel = await rolldown({
    input: 'buurtwerk-componenten',
    external: [/^react/],
    logLevel: 'silent',
    treeshake: { moduleSideEffects: false, manualPureFunctions: ['forwardRef', 'createContext'] },
    plugins: [
      {
        name: 'buurtwerk-componenten',
        resolveId: (id) => (id === 'buurtwerk-componenten' ? id : null),
        load: (id) =>
          id === 'buurtwerk-componenten' ? `export { ${[...namen].join(', ')} } from '@utrecht/component-library-react';` : null,
        transform: (code, id) => (id.includes('@utrecht') ? code.replace(DISPLAYNAME, '') : null),
      },
    ],
  });
  const { output } = await bundel.generate({ format: 'esm' });
  await bundel.close();
  return output.map((deel) => ('code' in deel ? deel.code : '')).join('\n');
}

/**
 * Only the CSS of the components used (issue 19, point 8): PurgeCSS keeps the rules whose
 * classes occur in the app's code, in web-gedeeld's and in the code of the Utrecht components
 * the app imports, and the design tokens (custom properties) those rules use. Buurtwerk's own
 * classes (`buurtwerk-*`) stay whole, and so do classes the library builds from a prop
 * (`utrecht-alert--<type>`). Only in the production build; the dev server keeps everything.
 */
function alleenGebruikteCss(o: WebAppOpties): Plugin {
  const bronnen = [...bronbestanden(path.join(o.map, 'src')), ...bronbestanden(`${gedeeld}src`)];
  // Tokens used from the apps' own CSS or inline styles: those files are purged one at a time.
  const eigenCss = [
    ...readdirSync(path.join(o.map, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.css'))
      .map((f) => path.join(o.map, 'src', f)),
    `${gedeeld}src/thema.css`,
  ];
  const gebruikteTokens = new Set<string>();
  for (const bestand of [...eigenCss, ...bronnen]) {
    for (const m of readFileSync(bestand, 'utf8').matchAll(/var\((--[\w-]+)/g)) {
      gebruikteTokens.add(m[1]);
    }
  }
  let componenten: Promise<string> | null = null;
  const purge: PostcssPlugin = {
    postcssPlugin: 'buurtwerk-alleen-gebruikte-css',
    async OnceExit(root, helpers) {
      componenten ??= gebruikteComponentenCode(bronnen);
      const plugin = purgeCSSPlugin({
        content: [...bronnen, `${gedeeld}index.html`, { raw: await componenten, extension: 'js' }],
        safelist: {
          standard: [/^buurtwerk-/, /^utrecht-alert--/, /^utrecht-status-badge--/, /^utrecht-spotlight-section--/],
          variables: [/^--buurtwerk-/, ...[...gebruikteTokens].map((t) => new RegExp(`^${t}$`))],
        },
        variables: true,
        keyframes: true,
        fontFace: true,
      }) as PostcssPlugin;
      await plugin.OnceExit?.(root, helpers);
    },
  };
  return {
    name: 'buurtwerk-alleen-gebruikte-css',
    apply: 'build',
    config: () => ({ css: { postcss: { plugins: [purge as AcceptedPlugin] } } }),
  };
}

export function webAppConfig(o: WebAppOpties): UserConfig {
  return {
    root: o.map,
    base: `/${o.app}/`,
    plugins: [
      paginasjabloon(o),
      stijl(),
      ongebruikteComponentenWeg(),
      ...(o.plugins ?? []),
      alleenGebruikteCss(o),
      persistedQueries(o),
      voorgecomprimeerd(),
    ],
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
        treeshake: { manualPureFunctions: ['forwardRef'] },
        // TanStack Query marks its files "use client" (for React Server Components); a plain
        // client bundle has nothing to preserve, so the note is noise.
        onLog(level, log, handler) {
          if (log.code !== 'MODULE_LEVEL_DIRECTIVE') {
            handler(level, log);
          }
        },
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
