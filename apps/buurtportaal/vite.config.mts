import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { webAppConfig } from '../web-gedeeld/vite.mts';

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
export default defineConfig(
  webAppConfig({
    app: 'buurtportaal',
    map: fileURLToPath(new URL('.', import.meta.url)),
    titel: 'Buurtportaal Heerlen',
    beschrijving: 'Vind je buurt in Heerlen: je buurtregisseur, partners en activiteiten. Dien een idee in voor je buurt.',
    product: 'Het Buurtportaal',
    poort: 5173,
    plugins: [geojson()],
    alias: { '@buurtdata': `${projectmap}libs/buurten/data` },
  }),
);
