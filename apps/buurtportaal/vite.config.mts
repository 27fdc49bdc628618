import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const hier = fileURLToPath(new URL('.', import.meta.url));
const projectmap = fileURLToPath(new URL('../../', import.meta.url));

/** The buurt outlines (CBS 2024, libs/buurten/data) are bundled at build time as plain JSON. */
function geojson(): Plugin {
  return {
    name: 'buurtwerk-geojson',
    load(id) {
      if (!id.endsWith('.geojson')) {
        return null;
      }
      return `export default ${JSON.stringify(JSON.parse(readFileSync(id, 'utf8')))};`;
    },
  };
}

/** Buurtportaal: built into dist/web/buurtportaal and served by the API under /buurtportaal/. */
export default defineConfig({
  root: hier,
  base: '/buurtportaal/',
  plugins: [geojson()],
  resolve: { alias: { '@buurtdata': `${projectmap}libs/buurten/data` } },
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: `${projectmap}dist/web/buurtportaal`, emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:3000', '/web': 'http://localhost:3000' },
  },
});
