import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const hier = fileURLToPath(new URL('.', import.meta.url));
const projectmap = fileURLToPath(new URL('../../', import.meta.url));

/** Regiepaneel: built into dist/web/regiepaneel and served by the API under /regiepaneel/. */
export default defineConfig({
  root: hier,
  base: '/regiepaneel/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: `${projectmap}dist/web/regiepaneel`, emptyOutDir: true, sourcemap: true },
  server: {
    port: 5174,
    proxy: { '/graphql': 'http://localhost:3000', '/web': 'http://localhost:3000' },
  },
});
