import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { API_VERSIE } from '@buurtwerk/core';

export const REST_BASIS = '/api/v1';

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
  return document;
}
