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
  '\n  query RegiepaneelIk {\n    ik {\n      naam\n      rollen\n    }\n  }\n': typeof types.RegiepaneelIkDocument;
  '\n  query RegiepaneelBuurten($zoek: String) {\n    buurten(zoek: $zoek) {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n      stadsdeel {\n        naam\n      }\n      buurtregisseur {\n        naam\n      }\n      partners(first: 1) {\n        totalCount\n      }\n    }\n  }\n': typeof types.RegiepaneelBuurtenDocument;
  '\n  query RegiepaneelTokenControle {\n    ik {\n      naam\n    }\n  }\n': typeof types.RegiepaneelTokenControleDocument;
};
const documents: Documents = {
  '\n  query RegiepaneelIk {\n    ik {\n      naam\n      rollen\n    }\n  }\n': types.RegiepaneelIkDocument,
  '\n  query RegiepaneelBuurten($zoek: String) {\n    buurten(zoek: $zoek) {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n      stadsdeel {\n        naam\n      }\n      buurtregisseur {\n        naam\n      }\n      partners(first: 1) {\n        totalCount\n      }\n    }\n  }\n':
    types.RegiepaneelBuurtenDocument,
  '\n  query RegiepaneelTokenControle {\n    ik {\n      naam\n    }\n  }\n': types.RegiepaneelTokenControleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelIk {\n    ik {\n      naam\n      rollen\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelIkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelBuurten($zoek: String) {\n    buurten(zoek: $zoek) {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n      stadsdeel {\n        naam\n      }\n      buurtregisseur {\n        naam\n      }\n      partners(first: 1) {\n        totalCount\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBuurtenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelTokenControle {\n    ik {\n      naam\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelTokenControleDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
