/**
 * The limits of the GraphQL edge (issue 14), attached to Fastify and Mercurius: every operation
 * is measured before graphql-js validates it, its cost before it runs, anonymous callers run at
 * most one mutation per request, input defaults are filled in before execution (graphql-jit
 * drops them), subscriptions over HTTP are refused, answers have a maximum size, introspection
 * answers are cached and the schema is served as SDL. See README (Configuration) and SECURITY.md.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  lexicographicSortSchema,
  type OperationDefinitionNode,
  printSchema,
  specifiedRules,
  validate,
} from 'graphql';
import {
  AbonnementenBus,
  ApiSleutelService,
  type BuurtwerkConfig,
  controleerOperatiegrenzen,
  DomainError,
  fout,
  FoutCode,
  kiesOperatie,
  meetOperatie,
  type Operatiegrenzen,
  queryKostenRegel,
  TokenService,
  vulInvoerstandaardenAan,
} from '@buurtwerk/core';

/** Where the committed SDL is served (the same text as apps/api/schema.graphql). */
export const SCHEMA_SDL_PAD = '/graphql/schema.graphql';

/** How many distinct introspection answers each process keeps (tools send a handful of variants). */
const INTROSPECTIE_CACHE = 20;

const INTROSPECTIE_WORTELS = new Set(['__schema', '__type', '__typename']);

/** Marks a request whose answer may be cached: its cache key. */
const INTROSPECTIE_SLEUTEL = Symbol('introspectieSleutel');

type GraphqlVerzoek = FastifyRequest & { [INTROSPECTIE_SLEUTEL]?: string };

interface MercuriusContext {
  reply?: FastifyReply;
  req?: { headers: Record<string, string | string[] | undefined> };
}

export function operatiegrenzenUit(config: BuurtwerkConfig): Operatiegrenzen {
  return {
    maxDiepte: config.graphqlMaxDiepte,
    maxAliassen: config.graphqlMaxAliassen,
    maxWortelvelden: config.graphqlMaxWortelvelden,
    maxVelden: config.graphqlMaxVelden,
  };
}

/**
 * Most tokens graphql-js parses of one document: five per allowed field (an alias, a name,
 * an argument and braces), far above the largest operation of the web apps (about 110) and the
 * standard introspection query (about 190). Parsing is the one step before every other check.
 */
export function maxTokens(config: Pick<BuurtwerkConfig, 'graphqlMaxVelden'>): number {
  return config.graphqlMaxVelden * 5;
}

/** graphql-js' English parse error for too many tokens, as the Dutch refusal of the other limits. */
export function vertaalTokengrens(execution: ExecutionResult, max: number): ExecutionResult {
  const teLang = (e: unknown): boolean => e instanceof Error && e.message.includes(`Document contains more that ${max} tokens`);
  const fouten = execution.errors ?? [];
  if (!fouten.some((e) => teLang(e) || ((e.originalError as { errors?: unknown[] } | undefined)?.errors ?? []).some(teLang))) {
    return execution;
  }
  // No `data` at all: a request error, answered with HTTP 400 like the other limits.
  return {
    errors: [
      new GraphQLError(
        `Deze operatie is te lang (meer dan ${max.toLocaleString('nl-NL')} woorden en tekens). Vraag minder per verzoek op.`,
        {
          extensions: { code: FoutCode.OPERATIE_TE_GROOT },
        },
      ),
    ],
  };
}

/** The body (POST) or query string (GET) of a GraphQL request. */
function verzoekVan(request: FastifyRequest | undefined): { query?: unknown; operationName?: unknown; variables?: unknown } {
  const bron = request?.method === 'GET' ? request.query : request?.body;
  return typeof bron === 'object' && bron !== null && !Array.isArray(bron) ? (bron as Record<string, unknown>) : {};
}

function operatieNaam(context: MercuriusContext): string | null {
  const naam = verzoekVan(context.reply?.request).operationName;
  return typeof naam === 'string' && naam !== '' ? naam : null;
}

/** The key of an introspection answer: the request as sent (text, operation, variables). */
function cacheSleutel(request: FastifyRequest): string | null {
  const { query, operationName, variables } = verzoekVan(request);
  if (typeof query !== 'string' || !/__schema|__type\b/.test(query)) {
    return null;
  }
  return JSON.stringify([query, operationName ?? null, variables ?? null]);
}

function isAlleenIntrospectie(operatie: OperationDefinitionNode): boolean {
  return (
    operatie.operation === 'query' &&
    operatie.selectionSet.selections.every((s) => s.kind === Kind.FIELD && INTROSPECTIE_WORTELS.has(s.name.value))
  );
}

function heeftInlog(koppen: Record<string, string | string[] | undefined> | undefined): boolean {
  const leeg = (v: string | string[] | undefined): boolean => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  return koppen !== undefined && (!leeg(koppen.authorization) || !leeg(koppen['x-api-key']));
}

function alsGraphqlFout(e: unknown): unknown {
  return e instanceof DomainError ? new GraphQLError(e.message, { extensions: { code: e.code } }) : e;
}

/**
 * Fastify part, registered before the app starts: the SDL route, the answer size cap and the
 * introspection cache (served before Mercurius parses anything).
 */
export function registreerGraphqlRand(fastify: FastifyInstance, config: BuurtwerkConfig): void {
  let sdl: string | null = null;
  const sdlVan = (schema: GraphQLSchema): string => (sdl ??= printSchema(lexicographicSortSchema(schema)));
  fastify.get(SCHEMA_SDL_PAD, async (_request, reply) =>
    reply
      .header('content-type', 'text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(sdlVan(fastify.graphql.schema)),
  );

  const introspectie = new Map<string, string>();
  fastify.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== '/graphql' || reply.sent) {
      return;
    }
    const sleutel = cacheSleutel(request);
    const bewaard = sleutel === null ? undefined : introspectie.get(sleutel);
    if (bewaard !== undefined) {
      await reply.header('content-type', 'application/json; charset=utf-8').send(bewaard);
    }
  });

  fastify.addHook('onSend', async (request: GraphqlVerzoek, reply, payload) => {
    if (request.routeOptions.url !== '/graphql' || typeof payload !== 'string') {
      return payload;
    }
    // Last line of defence behind the limits checked before execution: an answer larger than
    // GRAPHQL_MAX_ANTWOORD_BYTES is not sent (clients, proxies and mobile data plans choke on it).
    const bytes = Buffer.byteLength(payload);
    if (bytes > config.graphqlMaxAntwoordBytes) {
      reply.code(400);
      const mb = (b: number): string => (b / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
      return JSON.stringify({
        data: null,
        errors: [
          {
            message:
              `Het antwoord is te groot (${mb(bytes)} MB; het maximum is ${mb(config.graphqlMaxAntwoordBytes)} MB). ` +
              'Vraag minder velden of kleinere pagina’s (first) op.',
            extensions: { code: FoutCode.OPERATIE_TE_GROOT },
          },
        ],
      });
    }
    const sleutel = request[INTROSPECTIE_SLEUTEL];
    // Only complete answers are kept (mercurius writes `errors` after `data`).
    if (sleutel !== undefined && reply.statusCode === 200 && !payload.includes('"errors":[')) {
      if (introspectie.size >= INTROSPECTIE_CACHE) {
        introspectie.delete(introspectie.keys().next().value as string);
      }
      introspectie.set(sleutel, payload);
    }
    return payload;
  });
}

/** Mercurius part, registered once the GraphQL plugin is ready (after app.init()). */
export function registreerGraphqlGrenzen(app: NestFastifyApplication, config: BuurtwerkConfig): void {
  const fastify = app.getHttpAdapter().getInstance();
  const grenzen = operatiegrenzenUit(config);
  const kostenregel = queryKostenRegel(config.graphqlMaxKosten);

  // Before graphql-js validates: its rules compare selections pairwise, so size comes first.
  fastify.graphql.addHook('preValidation', (_schema: GraphQLSchema, document: DocumentNode, context: MercuriusContext) => {
    controleerOperatiegrenzen(document, operatieNaam(context), grenzen);
  });

  // Runs for every HTTP request, also when the validated document came from Mercurius' cache.
  fastify.graphql.addHook(
    'preExecution',
    (
      schema: GraphQLSchema,
      document: DocumentNode,
      context: MercuriusContext,
      variables: Record<string, unknown> | undefined,
    ) => {
      const naam = operatieNaam(context);
      const operatie = kiesOperatie(document, naam);
      if (!operatie) {
        return;
      }
      if (operatie.operation === 'subscription') {
        throw new DomainError(
          FoutCode.BAD_USER_INPUT,
          'Een subscription werkt alleen over een WebSocket (graphql-transport-ws op /graphql), niet met een HTTP-verzoek.',
        );
      }
      // Issue 14: one anonymous request filled a meeting with 500 aliased sign-ups. Without
      // credentials, one mutation per request; signed-in callers and API keys are accountable.
      if (operatie.operation === 'mutation' && !heeftInlog(context.req?.headers)) {
        const aantal = meetOperatie(document, naam).wortelvelden;
        if (aantal > 1) {
          throw new DomainError(
            FoutCode.OPERATIE_TE_GROOT,
            `Zonder in te loggen kan één handeling per verzoek worden uitgevoerd; dit verzoek bevat er ${aantal}. ` +
              'Stuur ze als afzonderlijke verzoeken.',
          );
        }
      }
      const request = context.reply?.request as GraphqlVerzoek | undefined;
      if (request && isAlleenIntrospectie(operatie)) {
        const sleutel = cacheSleutel(request);
        if (sleutel !== null) {
          request[INTROSPECTIE_SLEUTEL] = sleutel;
        }
      }
      const aangevuld = vulInvoerstandaardenAan(schema, operatie, variables);
      return aangevuld ? { variables: aangevuld } : undefined;
    },
  );

  // Subscriptions over WebSocket skip Mercurius' validation: the same limits and rules here.
  const abonnementen = app.get(AbonnementenBus);
  const tokens = app.get(TokenService);
  fastify.graphql.addHook(
    'preSubscriptionExecution',
    async (
      schema: GraphQLSchema,
      document: DocumentNode,
      context: { verbinding?: unknown; tokenVerlooptOp?: unknown; request?: { headers?: Record<string, unknown> } },
    ) => {
      try {
        controleerOperatiegrenzen(document, null, grenzen);
      } catch (e) {
        throw alsGraphqlFout(e);
      }
      const fouten = validate(schema, document, [...specifiedRules, kostenregel]);
      if (fouten.length > 0) {
        throw fouten[0];
      }
      // A token on the upgrade request itself (clients that can set headers) expires as well.
      const kop = context.request?.headers?.authorization;
      const match = typeof kop === 'string' ? /^Bearer\s+(\S+)$/i.exec(kop) : null;
      if (context.tokenVerlooptOp === undefined && match && !match[1].startsWith('bgw_')) {
        const verlooptOp = await tokens.verifieerMetVerloop(match[1]).then(
          (r) => r.verlooptOp,
          () => null, // The AuthGuard refuses the subscription itself, with its own message.
        );
        abonnementen.bewaakVerloop({ ...context, tokenVerlooptOp: verlooptOp ?? undefined });
        return;
      }
      abonnementen.bewaakVerloop(context);
    },
  );

  // connection_init: the same credentials as an HTTP request (the AuthGuard's rules).
  const apiSleutels = app.get(ApiSleutelService);
  abonnementen.gebruikVerbindingscontrole(async (koppen) => {
    const apiKey = koppen['x-api-key']?.trim();
    if (apiKey) {
      await apiSleutels.verifieer(apiKey);
      return { verlooptOp: null };
    }
    const match = /^Bearer\s+(\S+)$/i.exec(koppen.authorization ?? '');
    if (!match) {
      throw fout.nietIngelogd('De authorization moet de vorm "Bearer <token>" hebben.');
    }
    if (match[1].startsWith('bgw_')) {
      await apiSleutels.verifieer(match[1]);
      return { verlooptOp: null };
    }
    return { verlooptOp: (await tokens.verifieerMetVerloop(match[1])).verlooptOp };
  });
}
