import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { webAppConfig } from '../web-gedeeld/vite.mts';

/** Regiepaneel: built into dist/web/regiepaneel and served by the API under /regiepaneel/. */
export default defineConfig(
  webAppConfig({
    app: 'regiepaneel',
    map: fileURLToPath(new URL('.', import.meta.url)),
    titel: 'Regiepaneel Buurtwerk',
    beschrijving: 'Regiepaneel voor medewerkers buurtgericht werken van de gemeente Heerlen.',
    product: 'Het Regiepaneel',
    poort: 5174,
  }),
);
