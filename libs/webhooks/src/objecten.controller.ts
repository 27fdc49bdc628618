import { Controller, Get, Headers, Param, Req, Res } from '@nestjs/common';
import {
  ApiNotAcceptableResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { fout, type GqlContext, kiesFormaat, Public, toGlobalId } from '@buurtwerk/core';

/**
 * The objects events are about, readable over REST at the URL events carry (`dataref` in a
 * CloudEvent, `resourceUrl` and `hoofdObject` in a Notificaties API message): one resource per
 * object kind of RESOURCES in webhook.rules.ts.
 *
 * Each resource runs one fixed GraphQL selection through `node(id)` with the caller's own
 * identity, so it has exactly the authorization of the GraphQL API: public objects for anyone,
 * a signal only for who may see it in GraphQL, an initiative that is not (yet) public only for
 * its initiator and staff. Anything the caller may not see answers 404, like an unknown id (its
 * existence is not revealed). Free text that may hold personal data (a signal's description) is
 * not in these selections.
 */
const BUURT = { type: 'object', required: ['code', 'naam'], properties: { code: { type: 'string' }, naam: { type: 'string' } } };
const VERWIJZING = {
  type: 'object',
  nullable: true,
  required: ['id', 'naam'],
  properties: { id: { type: 'string' }, naam: { type: 'string' } },
};
const TEKST_OF_NULL = { type: 'string', nullable: true };
const DATUMTIJD = { type: 'string', format: 'date-time' };
const DATUM_OF_NULL = { type: 'string', format: 'date', nullable: true };

interface Resource {
  type: string;
  selectie: string;
  schema: object;
  omschrijving: string;
}

export const OBJECT_RESOURCES: Record<string, Resource> = {
  activiteiten: {
    type: 'Activiteit',
    omschrijving: 'Eén activiteit (openbaar)',
    selectie:
      'id titel beschrijving begin eind locatie geannuleerd vrijwilligersGezocht gewijzigdOp buurt { code naam } organisator { id naam }',
    schema: {
      type: 'object',
      required: ['id', 'titel', 'begin', 'geannuleerd', 'vrijwilligersGezocht', 'gewijzigdOp', 'buurt'],
      properties: {
        id: { type: 'string', description: 'Globaal id (zoals in GraphQL)' },
        titel: { type: 'string' },
        beschrijving: TEKST_OF_NULL,
        begin: DATUMTIJD,
        eind: { type: 'string', format: 'date-time', nullable: true },
        locatie: TEKST_OF_NULL,
        geannuleerd: { type: 'boolean' },
        vrijwilligersGezocht: { type: 'boolean' },
        gewijzigdOp: DATUMTIJD,
        buurt: BUURT,
        organisator: VERWIJZING,
      },
    },
  },
  organisaties: {
    type: 'Organisatie',
    omschrijving: 'Eén organisatie (openbaar, met bestuursfuncties zoals in het handelsregister)',
    selectie:
      'id naam soort beschrijving website kvkNummer gewijzigdOp buurten { code naam } bestuursfuncties { persoon functie vanaf tot }',
    schema: {
      type: 'object',
      required: ['id', 'naam', 'soort', 'gewijzigdOp', 'buurten', 'bestuursfuncties'],
      properties: {
        id: { type: 'string' },
        naam: { type: 'string' },
        soort: { type: 'string' },
        beschrijving: TEKST_OF_NULL,
        website: TEKST_OF_NULL,
        kvkNummer: TEKST_OF_NULL,
        gewijzigdOp: DATUMTIJD,
        buurten: { type: 'array', items: BUURT },
        bestuursfuncties: {
          type: 'array',
          items: {
            type: 'object',
            required: ['persoon', 'functie', 'vanaf'],
            properties: {
              persoon: { type: 'string' },
              functie: { type: 'string' },
              vanaf: { type: 'string', format: 'date' },
              tot: DATUM_OF_NULL,
            },
          },
        },
      },
    },
  },
  initiatieven: {
    type: 'Initiatief',
    omschrijving: 'Eén initiatief: openbaar vanaf TOEGEKEND; daarvoor alleen voor de initiatiefnemer en medewerkers',
    selectie:
      'id referentie titel beschrijving status schaal aanvragerSoort startdatum einddatum gewijzigdOp buurten { code naam } organisatie { id naam }',
    schema: {
      type: 'object',
      required: ['id', 'referentie', 'titel', 'beschrijving', 'status', 'schaal', 'aanvragerSoort', 'gewijzigdOp', 'buurten'],
      properties: {
        id: { type: 'string' },
        referentie: { type: 'string' },
        titel: { type: 'string' },
        beschrijving: { type: 'string' },
        status: { type: 'string' },
        schaal: { type: 'string' },
        aanvragerSoort: { type: 'string' },
        startdatum: DATUM_OF_NULL,
        einddatum: DATUM_OF_NULL,
        gewijzigdOp: DATUMTIJD,
        buurten: { type: 'array', items: BUURT },
        organisatie: VERWIJZING,
      },
    },
  },
  signalen: {
    type: 'Signaal',
    omschrijving: 'Eén signaal, alleen voor wie het in GraphQL mag zien; zonder melder en zonder vrije tekst',
    selectie: 'id referentie categorie status afdeling gemeldOp reactieUiterlijk overTijd gewijzigdOp buurt { code naam }',
    schema: {
      type: 'object',
      required: ['id', 'referentie', 'categorie', 'status', 'gemeldOp', 'reactieUiterlijk', 'overTijd', 'gewijzigdOp', 'buurt'],
      properties: {
        id: { type: 'string' },
        referentie: { type: 'string' },
        categorie: { type: 'string' },
        status: { type: 'string' },
        afdeling: TEKST_OF_NULL,
        gemeldOp: DATUMTIJD,
        reactieUiterlijk: { type: 'string', format: 'date' },
        overTijd: { type: 'boolean' },
        gewijzigdOp: DATUMTIJD,
        buurt: BUURT,
      },
    },
  },
  netwerkbijeenkomsten: {
    type: 'Netwerkbijeenkomst',
    omschrijving: 'Eén netwerkbijeenkomst (openbaar, zonder deelnemers)',
    selectie:
      'id titel thema locatie begin eind status capaciteit plaatsenBeschikbaar aantalAanmeldingen aantalOpWachtlijst buurt { code naam }',
    schema: {
      type: 'object',
      required: ['id', 'titel', 'locatie', 'begin', 'eind', 'status', 'capaciteit', 'plaatsenBeschikbaar', 'buurt'],
      properties: {
        id: { type: 'string' },
        titel: { type: 'string' },
        thema: TEKST_OF_NULL,
        locatie: { type: 'string' },
        begin: DATUMTIJD,
        eind: DATUMTIJD,
        status: { type: 'string' },
        capaciteit: { type: 'integer' },
        plaatsenBeschikbaar: { type: 'integer' },
        aantalAanmeldingen: { type: 'integer' },
        aantalOpWachtlijst: { type: 'integer' },
        buurt: BUURT,
      },
    },
  },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FORMATEN = ['application/json'] as const;

/** `reply.graphql` is Mercurius's decorator: it runs a query on this server's schema. */
type MetGraphql = FastifyReply & {
  graphql(
    bron: string,
    context: GqlContext,
    variabelen: Record<string, unknown>,
  ): Promise<{ data?: { node: object | null } | null; errors?: readonly unknown[] }>;
};

async function leesObject(pad: string, id: string, accept: string | undefined, request: FastifyRequest, reply: FastifyReply) {
  kiesFormaat(accept, FORMATEN);
  const resource = OBJECT_RESOURCES[pad];
  const uuid = id.toLowerCase();
  if (!UUID.test(uuid)) {
    throw fout.nietGevonden(resource.type);
  }
  const query = `query ResourceLezen($id: ID!) { node(id: $id) { ... on ${resource.type} { ${resource.selectie} } } }`;
  const context = { req: request, loaders: new Map() } as unknown as GqlContext;
  const uitkomst = await (reply as MetGraphql).graphql(query, context, { id: toGlobalId(resource.type, uuid) });
  if (uitkomst.errors?.length) {
    throw new Error(`${resource.type} lezen via node(id) gaf fouten: ${JSON.stringify(uitkomst.errors).slice(0, 500)}`);
  }
  const object = uitkomst.data?.node;
  if (!object || Object.keys(object).length === 0) {
    throw fout.nietGevonden(resource.type);
  }
  // What only some callers may see is never cached by a shared cache.
  void reply.header('cache-control', 'private, no-cache');
  void reply.header('content-type', 'application/json; charset=utf-8');
  return object;
}

/** One decorator set per resource: public (the selection itself applies the caller's rights). */
function ObjectEndpoint(pad: string): MethodDecorator {
  const r = OBJECT_RESOURCES[pad];
  return (doel, sleutel, beschrijving) => {
    for (const d of [
      ApiNotFoundResponse({ description: 'Onbekend id, of een object dat u niet mag zien' }),
      ApiNotAcceptableResponse({ description: 'Gevraagd formaat niet beschikbaar' }),
      ApiOkResponse({ description: r.omschrijving, content: { 'application/json': { schema: r.schema } } }),
      ApiProduces(...FORMATEN),
      ApiParam({
        name: 'id',
        description: 'Database-id (uuid) van het object, zoals in `resourceUrl` en `dataref`',
        example: '00000000-0000-4000-8000-000000000000',
      }),
      ApiOperation({
        operationId: `${r.type.charAt(0).toLowerCase()}${r.type.slice(1)}Ophalen`,
        summary: r.omschrijving,
        description:
          'Het object waar een gebeurtenis over gaat (`resourceUrl` van een Notificaties-bericht, `dataref` van een CloudEvent). ' +
          'Dezelfde autorisatie als GraphQL `node(id)`: wat u niet mag zien, antwoordt 404.',
      }),
      Get(`${pad}/:id`),
      Public(),
    ]) {
      d(doel, sleutel, beschrijving);
    }
  };
}

@ApiTags('objecten')
@Controller('api/v1')
export class ObjectenController {
  @ObjectEndpoint('activiteiten')
  activiteit(
    @Param('id') id: string,
    @Headers('accept') accept: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return leesObject('activiteiten', id, accept, request, reply);
  }

  @ObjectEndpoint('organisaties')
  organisatie(
    @Param('id') id: string,
    @Headers('accept') accept: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return leesObject('organisaties', id, accept, request, reply);
  }

  @ObjectEndpoint('initiatieven')
  initiatief(
    @Param('id') id: string,
    @Headers('accept') accept: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return leesObject('initiatieven', id, accept, request, reply);
  }

  @ObjectEndpoint('signalen')
  signaal(
    @Param('id') id: string,
    @Headers('accept') accept: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return leesObject('signalen', id, accept, request, reply);
  }

  @ObjectEndpoint('netwerkbijeenkomsten')
  netwerkbijeenkomst(
    @Param('id') id: string,
    @Headers('accept') accept: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return leesObject('netwerkbijeenkomsten', id, accept, request, reply);
  }
}
