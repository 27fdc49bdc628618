/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query BuurtportaalIk {\n    ik {\n      naam\n      rollen\n    }\n  }\n': typeof types.BuurtportaalIkDocument;
  '\n  query BuurtportaalBuurt($code: String!, $vanaf: DateTime!) {\n    buurt(code: $code) {\n      code\n      naam\n      wijk {\n        naam\n      }\n      stadsdeel {\n        naam\n      }\n      buurtregisseur {\n        naam\n        functie\n        email\n        telefoon\n      }\n      partners(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            naam\n            soort\n            beschrijving\n            website\n          }\n        }\n      }\n      activiteiten(vanaf: $vanaf, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            titel\n            beschrijving\n            begin\n            eind\n            locatie\n            geannuleerd\n            vrijwilligersGezocht\n            organisator {\n              naam\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.BuurtportaalBuurtDocument;
  '\n  query BuurtportaalTokenControle {\n    ik {\n      naam\n    }\n  }\n': typeof types.BuurtportaalTokenControleDocument;
  '\n  query BuurtportaalBuurten($zoek: String) {\n    buurten(zoek: $zoek) {\n      code\n      naam\n      wijk {\n        naam\n      }\n      ligging {\n        lat\n        lon\n      }\n    }\n  }\n': typeof types.BuurtportaalBuurtenDocument;
  '\n  query BuurtportaalBijPostcode($postcode: String!, $huisnummer: Int) {\n    buurtBijPostcode(postcode: $postcode, huisnummer: $huisnummer) {\n      code\n      naam\n    }\n  }\n': typeof types.BuurtportaalBijPostcodeDocument;
  '\n  query BuurtportaalBijLocatie($lat: Float!, $lon: Float!) {\n    buurtBijLocatie(lat: $lat, lon: $lon) {\n      code\n      naam\n    }\n  }\n': typeof types.BuurtportaalBijLocatieDocument;
};
const documents: Documents = {
  '\n  query BuurtportaalIk {\n    ik {\n      naam\n      rollen\n    }\n  }\n': types.BuurtportaalIkDocument,
  '\n  query BuurtportaalBuurt($code: String!, $vanaf: DateTime!) {\n    buurt(code: $code) {\n      code\n      naam\n      wijk {\n        naam\n      }\n      stadsdeel {\n        naam\n      }\n      buurtregisseur {\n        naam\n        functie\n        email\n        telefoon\n      }\n      partners(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            naam\n            soort\n            beschrijving\n            website\n          }\n        }\n      }\n      activiteiten(vanaf: $vanaf, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            titel\n            beschrijving\n            begin\n            eind\n            locatie\n            geannuleerd\n            vrijwilligersGezocht\n            organisator {\n              naam\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.BuurtportaalBuurtDocument,
  '\n  query BuurtportaalTokenControle {\n    ik {\n      naam\n    }\n  }\n': types.BuurtportaalTokenControleDocument,
  '\n  query BuurtportaalBuurten($zoek: String) {\n    buurten(zoek: $zoek) {\n      code\n      naam\n      wijk {\n        naam\n      }\n      ligging {\n        lat\n        lon\n      }\n    }\n  }\n':
    types.BuurtportaalBuurtenDocument,
  '\n  query BuurtportaalBijPostcode($postcode: String!, $huisnummer: Int) {\n    buurtBijPostcode(postcode: $postcode, huisnummer: $huisnummer) {\n      code\n      naam\n    }\n  }\n':
    types.BuurtportaalBijPostcodeDocument,
  '\n  query BuurtportaalBijLocatie($lat: Float!, $lon: Float!) {\n    buurtBijLocatie(lat: $lat, lon: $lon) {\n      code\n      naam\n    }\n  }\n':
    types.BuurtportaalBijLocatieDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalIk {\n    ik {\n      naam\n      rollen\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalIkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalBuurt($code: String!, $vanaf: DateTime!) {\n    buurt(code: $code) {\n      code\n      naam\n      wijk {\n        naam\n      }\n      stadsdeel {\n        naam\n      }\n      buurtregisseur {\n        naam\n        functie\n        email\n        telefoon\n      }\n      partners(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            naam\n            soort\n            beschrijving\n            website\n          }\n        }\n      }\n      activiteiten(vanaf: $vanaf, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            titel\n            beschrijving\n            begin\n            eind\n            locatie\n            geannuleerd\n            vrijwilligersGezocht\n            organisator {\n              naam\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBuurtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalTokenControle {\n    ik {\n      naam\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalTokenControleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalBuurten($zoek: String) {\n    buurten(zoek: $zoek) {\n      code\n      naam\n      wijk {\n        naam\n      }\n      ligging {\n        lat\n        lon\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBuurtenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalBijPostcode($postcode: String!, $huisnummer: Int) {\n    buurtBijPostcode(postcode: $postcode, huisnummer: $huisnummer) {\n      code\n      naam\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBijPostcodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalBijLocatie($lat: Float!, $lon: Float!) {\n    buurtBijLocatie(lat: $lat, lon: $lon) {\n      code\n      naam\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBijLocatieDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
