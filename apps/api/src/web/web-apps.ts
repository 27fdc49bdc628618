/**
 * Serves the two thin web apps (Buurtportaal for residents, Regiepaneel for staff) next to the
 * API, from their Vite builds in dist/web/<app> (`npm run web:build`). The apps talk only to the
 * public GraphQL API at /graphql on the same origin, so no CORS is needed.
 *
 * Outside production this also offers POST /web/ontwikkeltoken, so the apps' development
 * sign-in can pick a demo user; in production there is no such endpoint (sign-in goes through
 * the municipality's OpenID Connect provider).
 *
 * Call once after maakApp() and before listen(): `await registreerWebApps(app);`
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ALLE_ROLLEN, BUURTWERK_CONFIG, type BuurtwerkConfig, projectPad, type Rol, TokenService } from '@buurtwerk/core';

export const WEB_APPS = ['buurtportaal', 'regiepaneel'] as const;

export interface WebAppsOpties {
  /** Folder with one built app per subfolder; default dist/web in the project. */
  webMap?: string;
}

/** Hashed Vite assets never change; index.html always revalidates so a new build is picked up. */
function cacheHeader(bestand: string): string {
  return /[/\\]assets[/\\]/.test(bestand) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export async function registreerWebApps(app: NestFastifyApplication, opties: WebAppsOpties = {}): Promise<string[]> {
  const logger = new Logger('Webapps');
  const config = app.get<BuurtwerkConfig>(BUURTWERK_CONFIG);
  const webMap = opties.webMap ?? projectPad('dist', 'web');
  const fastify = app.getHttpAdapter().getInstance();
  const geregistreerd: string[] = [];

  for (const naam of WEB_APPS) {
    const root = path.join(webMap, naam);
    if (!existsSync(path.join(root, 'index.html'))) {
      logger.warn(`${naam} is niet gebouwd (${root} ontbreekt): npm run web:build`);
      continue;
    }
    await fastify.register(
      async (scope) => {
        await scope.register(fastifyStatic, {
          root,
          prefix: '/',
          index: ['index.html'],
          wildcard: true,
          setHeaders: (reply, bestand) => void reply.header('cache-control', cacheHeader(bestand)),
        });
        // Client-side routes (/buurtportaal/buurt/BU...) get the app; a missing asset stays a 404.
        scope.setNotFoundHandler((request, reply) => {
          const pad = request.url.split('?')[0];
          if ((request.method === 'GET' || request.method === 'HEAD') && !/\.[a-z0-9]+$/i.test(pad)) {
            return reply.header('cache-control', 'no-cache').sendFile('index.html');
          }
          return reply.code(404).type('text/plain; charset=utf-8').send('Niet gevonden');
        });
      },
      { prefix: `/${naam}` },
    );
    geregistreerd.push(naam);
  }

  if (config.nodeEnv !== 'production' && config.auth.jwtSecret) {
    const tokens = app.get(TokenService);
    fastify.post('/web/ontwikkeltoken', async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const rol = typeof body.rol === 'string' ? body.rol.toUpperCase() : '';
      const sub = typeof body.sub === 'string' ? body.sub : '';
      const naam = typeof body.naam === 'string' ? body.naam.slice(0, 100) : '';
      const buurtcode = typeof body.buurtcode === 'string' && /^BU\d{8}$/.test(body.buurtcode) ? body.buurtcode : undefined;
      if (!ALLE_ROLLEN.includes(rol as Rol) || !/^[a-z0-9-]{1,64}$/.test(sub) || naam.length === 0) {
        return reply
          .code(400)
          .type('application/problem+json')
          .send({ status: 400, title: 'Ongeldig verzoek', detail: `Geef rol (${ALLE_ROLLEN.join(', ')}), sub en naam.` });
      }
      const token = await tokens.maakOntwikkeltoken({ sub, name: naam, roles: [rol as Rol], buurtcode });
      return reply.header('cache-control', 'no-store').send({ token });
    });
    logger.log('Ontwikkeltokens voor de webapps: POST /web/ontwikkeltoken (niet in productie)');
  }
  return geregistreerd;
}
