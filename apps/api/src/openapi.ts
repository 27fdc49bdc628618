import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { API_VERSIE } from '@buurtwerk/core';

export const REST_BASIS = '/api/v1';

/** Names of the security schemes in the document. */
const BEARER = 'bearer';
const API_SLEUTEL = 'apiKey';

const PROBLEEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string', example: 'Ongeldig verzoek' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'Dit formaat kan niet worden geleverd.' },
    instance: { type: 'string' },
    code: { type: 'string', example: 'BAD_USER_INPUT' },
    invalidParams: {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string' }, reason: { type: 'string' } } },
    },
  },
};

const FOUTEN: Record<string, string> = {
  '400': 'Ongeldig verzoek: elk ongeldig veld staat in invalidParams',
  '401': 'Het meegestuurde token of de API-sleutel is ongeldig of verlopen (zonder is de feed open)',
  '404': 'Niet gevonden',
  '406': 'Gevraagd formaat niet beschikbaar',
  '429': 'Te veel verzoeken',
  '500': 'Interne fout',
};

/**
 * The OpenAPI 3 document of the REST API, generated from the controllers (@nestjs/swagger) and
 * completed with what the NLGov API Design Rules ask of every operation: the major version in
 * the server URL, `API-Version` on every success response, problem+json for every error.
 */
export function maakOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Buurtwerk REST API')
    .setDescription(
      'Open feeds van het platform voor buurtgericht werken (gemeente Heerlen): buurten, activiteiten, ' +
        'netwerkbijeenkomsten, het register van nevenfuncties en toegekende initiatieven. ' +
        'De volledige API is GraphQL op /graphql.',
    )
    .setVersion(API_VERSIE)
    .setContact('Buurtwerk', 'https://github.com/buurtwerk/buurtwerk', 'buurtwerk@heerlen.nl')
    .setLicense('EUPL-1.2', 'https://eupl.eu/1.2/nl/')
    .addServer(REST_BASIS, 'Deze server')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        description: 'Persoonlijk token (OpenID Connect, JWT) of API-sleutel van een partner (`Bearer bgw_...`)',
      },
      BEARER,
    )
    .addApiKey(
      { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'API-sleutel van een partner (`bgw_...`)' },
      API_SLEUTEL,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: (_c, methode) => methode });
  const paden: OpenAPIObject['paths'] = {};
  for (const [pad, item] of Object.entries(document.paths)) {
    if (!pad.startsWith(REST_BASIS)) {
      continue;
    }
    for (const operatie of Object.values(item) as Array<{ responses?: Record<string, Record<string, unknown>> }>) {
      if (!operatie || typeof operatie !== 'object' || !operatie.responses) {
        continue;
      }
      for (const [status, antwoord] of Object.entries(operatie.responses)) {
        if (/^[23]\d\d$/.test(status)) {
          antwoord.headers = {
            ...(antwoord.headers as Record<string, unknown> | undefined),
            'API-Version': {
              description: 'Volledige versie van de API (semver)',
              schema: { type: 'string', example: API_VERSIE },
            },
          };
        }
      }
      // The feeds are open: anonymous, or with a token or API key (then it must be valid, 401
      // otherwise, and an API key's rate limit applies). `{}` is the anonymous alternative.
      (operatie as { security?: unknown }).security = [{}, { [BEARER]: [] }, { [API_SLEUTEL]: [] }];
      for (const [status, beschrijving] of Object.entries(FOUTEN)) {
        operatie.responses[status] = {
          description: beschrijving,
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Probleem' } } },
        };
      }
    }
    paden[pad.slice(REST_BASIS.length) || '/'] = item;
  }
  document.paths = paden;
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Probleem: PROBLEEM_SCHEMA } };
  const schemas = document.components.schemas as Record<string, unknown>;
  const resultaat = zonderEnkeleAllOf(document, schemas);
  // A schema only ever inlined above (PuntDto) is referenced nowhere any more: leave it out.
  const tekst = JSON.stringify({ ...resultaat, components: { ...resultaat.components, schemas: {} } });
  const gebruikt = (naam: string) =>
    tekst.includes(`"#/components/schemas/${naam}"`) ||
    Object.entries(resultaat.components?.schemas ?? {}).some(
      ([ander, s]) => ander !== naam && JSON.stringify(s).includes(`"#/components/schemas/${naam}"`),
    );
  resultaat.components!.schemas = Object.fromEntries(
    Object.entries(resultaat.components?.schemas ?? {}).filter(([naam]) => gebruikt(naam)),
  );
  return resultaat;
}

/**
 * @nestjs/swagger wraps a reference to an enum or a nested DTO in a one-item `allOf` (so that
 * siblings like `nullable` may stand beside it). A one-item allOf is noise to linters (Redocly
 * `no-illogical-composition-keywords`); worse, `nullable: true` beside it still lets the
 * referenced schema refuse `null` (OpenAPI 3.0 applies nullable only to its own `type`). So:
 * a bare `{ allOf: [X] }` becomes X, and a nullable one gets X's definition inline.
 */
function zonderEnkeleAllOf<T>(knoop: T, schemas: Record<string, unknown>): T {
  if (Array.isArray(knoop)) {
    return knoop.map((k: unknown) => zonderEnkeleAllOf(k, schemas)) as T;
  }
  if (knoop === null || typeof knoop !== 'object') {
    return knoop;
  }
  const { allOf, ...rest } = knoop as { allOf?: unknown[] } & Record<string, unknown>;
  if (Array.isArray(allOf) && allOf.length === 1) {
    const enige = allOf[0] as { $ref?: string };
    if (Object.keys(rest).length === 0) {
      return zonderEnkeleAllOf(enige as T, schemas);
    }
    const doel = enige.$ref?.startsWith('#/components/schemas/') ? schemas[enige.$ref.slice(21)] : enige;
    return zonderEnkeleAllOf({ ...(doel as object), ...rest } as T, schemas);
  }
  return Object.fromEntries(Object.entries(knoop).map(([k, v]) => [k, zonderEnkeleAllOf(v, schemas)])) as T;
}
