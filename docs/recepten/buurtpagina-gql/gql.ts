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
  '\n  query Buurtpagina($code: String!, $vanaf: DateTime) {\n    buurt(code: $code) {\n      code\n      naam\n      inwoners\n      wijk {\n        naam\n      }\n      activiteiten(vanaf: $vanaf, first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            titel\n            begin\n            geannuleerd\n          }\n        }\n      }\n      initiatieven(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            titel\n            status\n          }\n        }\n      }\n    }\n  }\n': typeof types.BuurtpaginaDocument;
};
const documents: Documents = {
  '\n  query Buurtpagina($code: String!, $vanaf: DateTime) {\n    buurt(code: $code) {\n      code\n      naam\n      inwoners\n      wijk {\n        naam\n      }\n      activiteiten(vanaf: $vanaf, first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            titel\n            begin\n            geannuleerd\n          }\n        }\n      }\n      initiatieven(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            titel\n            status\n          }\n        }\n      }\n    }\n  }\n':
    types.BuurtpaginaDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Buurtpagina($code: String!, $vanaf: DateTime) {\n    buurt(code: $code) {\n      code\n      naam\n      inwoners\n      wijk {\n        naam\n      }\n      activiteiten(vanaf: $vanaf, first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            titel\n            begin\n            geannuleerd\n          }\n        }\n      }\n      initiatieven(first: 10) {\n        totalCount\n        edges {\n          node {\n            id\n            titel\n            status\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtpaginaDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
