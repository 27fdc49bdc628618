/**
 * Serves the reference site for integrators at /docs: static files built by `npm run docs:build`
 * (scripts/docs-build.ts) into dist/docs. The GraphQL reference, the REST reference (Redoc), the
 * authorization matrix, the error codes, the contract changelog and the recipes. The site has no
 * inline scripts, so the API's Content-Security-Policy applies to it unchanged.
 *
 * Call once after maakApp() and before listen(): `await registreerDocs(app);`. Without a build it
 * logs how to make one and serves nothing (a 404 at /docs).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { projectPad } from '@buurtwerk/core';

export async function registreerDocs(app: NestFastifyApplication, docsMap = projectPad('dist', 'docs')): Promise<boolean> {
  if (!existsSync(path.join(docsMap, 'index.html'))) {
    new Logger('Docs').warn(`De referentiesite is niet gebouwd (${docsMap} ontbreekt): npm run docs:build`);
    return false;
  }
  const fastify = app.getHttpAdapter().getInstance();
  // The pages link relative to /docs/: without the slash those links would miss the folder.
  fastify.get('/docs', (_request, reply) => reply.redirect('/docs/', 301));
  await fastify.register(
    async (scope) => {
      await scope.register(fastifyStatic, {
        root: docsMap,
        prefix: '/',
        index: ['index.html'],
        wildcard: true,
        redirect: true,
        // A new build is picked up on the next visit; the pages are small, Redoc's script is cached by ETag.
        setHeaders: (reply) => void reply.header('cache-control', 'no-cache'),
      });
      scope.setNotFoundHandler((_request, reply) => reply.code(404).type('text/plain; charset=utf-8').send('Niet gevonden'));
    },
    { prefix: '/docs' },
  );
  return true;
}
