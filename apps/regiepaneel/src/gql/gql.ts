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
  '\n  query RegiepaneelBuurten($zoek: String) {\n    buurten(zoek: $zoek) {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n      stadsdeel {\n        naam\n      }\n      buurtregisseur {\n        naam\n      }\n      partners(first: 1) {\n        totalCount\n      }\n    }\n  }\n': typeof types.RegiepaneelBuurtenDocument;
  '\n  query RegiepaneelDossier($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Initiatief {\n        id\n        referentie\n        titel\n        beschrijving\n        status\n        schaal\n        aanvragerSoort\n        aantalBetrokkenBewoners\n        startdatum\n        einddatum\n        indiener\n        ingediendOp\n        beslissenUiterlijk\n        verslag\n        werkelijkeKosten\n        organisatie {\n          naam\n        }\n        buurten {\n          naam\n        }\n        aanvragen {\n          id\n          instrument {\n            naam\n            soort\n          }\n          regeling {\n            naam\n            versie\n          }\n          gevraagdBedrag\n          eigenBijdrage\n          toelichting\n          gereserveerdBedrag\n          toegekendBedrag\n          vastgesteldBedrag\n        }\n        toetsresultaat {\n          ontvankelijk\n          bevindingen {\n            voorwaarde\n            voldaan\n            toelichting\n          }\n        }\n        belangenconflicten {\n          persoon\n          grond\n          toelichting\n          organisatie {\n            naam\n          }\n        }\n        besluit {\n          uitkomst\n          motivering\n          genomenDoor\n          genomenOp\n          verleendBedrag\n          bezwaarMogelijkTot\n          verschoningen {\n            persoon\n            grond\n          }\n        }\n        historie {\n          van\n          naar\n          door\n          op\n          toelichting\n        }\n      }\n    }\n  }\n': typeof types.RegiepaneelDossierDocument;
  '\n  mutation RegiepaneelInBehandeling($id: ID!) {\n    initiatiefInBehandelingNemen(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelInBehandelingDocument;
  '\n  mutation RegiepaneelBesluit($input: BesluitInput!) {\n    besluitNemen(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelBesluitDocument;
  '\n  mutation RegiepaneelVaststellen($id: ID!, $bedragen: [ToekenningInput!]!, $toelichting: String) {\n    subsidieVaststellen(id: $id, bedragen: $bedragen, toelichting: $toelichting) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelVaststellenDocument;
  '\n  query RegiepaneelWerkvoorraad($status: [InitiatiefStatus!]) {\n    initiatieven(first: 100, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          referentie\n          titel\n          status\n          ingediendOp\n          beslissenUiterlijk\n          indiener\n          buurten {\n            naam\n          }\n        }\n      }\n    }\n  }\n': typeof types.RegiepaneelWerkvoorraadDocument;
};
const documents: Documents = {
  '\n  query RegiepaneelBuurten($zoek: String) {\n    buurten(zoek: $zoek) {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n      stadsdeel {\n        naam\n      }\n      buurtregisseur {\n        naam\n      }\n      partners(first: 1) {\n        totalCount\n      }\n    }\n  }\n':
    types.RegiepaneelBuurtenDocument,
  '\n  query RegiepaneelDossier($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Initiatief {\n        id\n        referentie\n        titel\n        beschrijving\n        status\n        schaal\n        aanvragerSoort\n        aantalBetrokkenBewoners\n        startdatum\n        einddatum\n        indiener\n        ingediendOp\n        beslissenUiterlijk\n        verslag\n        werkelijkeKosten\n        organisatie {\n          naam\n        }\n        buurten {\n          naam\n        }\n        aanvragen {\n          id\n          instrument {\n            naam\n            soort\n          }\n          regeling {\n            naam\n            versie\n          }\n          gevraagdBedrag\n          eigenBijdrage\n          toelichting\n          gereserveerdBedrag\n          toegekendBedrag\n          vastgesteldBedrag\n        }\n        toetsresultaat {\n          ontvankelijk\n          bevindingen {\n            voorwaarde\n            voldaan\n            toelichting\n          }\n        }\n        belangenconflicten {\n          persoon\n          grond\n          toelichting\n          organisatie {\n            naam\n          }\n        }\n        besluit {\n          uitkomst\n          motivering\n          genomenDoor\n          genomenOp\n          verleendBedrag\n          bezwaarMogelijkTot\n          verschoningen {\n            persoon\n            grond\n          }\n        }\n        historie {\n          van\n          naar\n          door\n          op\n          toelichting\n        }\n      }\n    }\n  }\n':
    types.RegiepaneelDossierDocument,
  '\n  mutation RegiepaneelInBehandeling($id: ID!) {\n    initiatiefInBehandelingNemen(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelInBehandelingDocument,
  '\n  mutation RegiepaneelBesluit($input: BesluitInput!) {\n    besluitNemen(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelBesluitDocument,
  '\n  mutation RegiepaneelVaststellen($id: ID!, $bedragen: [ToekenningInput!]!, $toelichting: String) {\n    subsidieVaststellen(id: $id, bedragen: $bedragen, toelichting: $toelichting) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelVaststellenDocument,
  '\n  query RegiepaneelWerkvoorraad($status: [InitiatiefStatus!]) {\n    initiatieven(first: 100, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          referentie\n          titel\n          status\n          ingediendOp\n          beslissenUiterlijk\n          indiener\n          buurten {\n            naam\n          }\n        }\n      }\n    }\n  }\n':
    types.RegiepaneelWerkvoorraadDocument,
};

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
  source: '\n  query RegiepaneelDossier($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Initiatief {\n        id\n        referentie\n        titel\n        beschrijving\n        status\n        schaal\n        aanvragerSoort\n        aantalBetrokkenBewoners\n        startdatum\n        einddatum\n        indiener\n        ingediendOp\n        beslissenUiterlijk\n        verslag\n        werkelijkeKosten\n        organisatie {\n          naam\n        }\n        buurten {\n          naam\n        }\n        aanvragen {\n          id\n          instrument {\n            naam\n            soort\n          }\n          regeling {\n            naam\n            versie\n          }\n          gevraagdBedrag\n          eigenBijdrage\n          toelichting\n          gereserveerdBedrag\n          toegekendBedrag\n          vastgesteldBedrag\n        }\n        toetsresultaat {\n          ontvankelijk\n          bevindingen {\n            voorwaarde\n            voldaan\n            toelichting\n          }\n        }\n        belangenconflicten {\n          persoon\n          grond\n          toelichting\n          organisatie {\n            naam\n          }\n        }\n        besluit {\n          uitkomst\n          motivering\n          genomenDoor\n          genomenOp\n          verleendBedrag\n          bezwaarMogelijkTot\n          verschoningen {\n            persoon\n            grond\n          }\n        }\n        historie {\n          van\n          naar\n          door\n          op\n          toelichting\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelInBehandeling($id: ID!) {\n    initiatiefInBehandelingNemen(id: $id) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelInBehandelingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBesluit($input: BesluitInput!) {\n    besluitNemen(input: $input) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBesluitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelVaststellen($id: ID!, $bedragen: [ToekenningInput!]!, $toelichting: String) {\n    subsidieVaststellen(id: $id, bedragen: $bedragen, toelichting: $toelichting) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelVaststellenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelWerkvoorraad($status: [InitiatiefStatus!]) {\n    initiatieven(first: 100, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          referentie\n          titel\n          status\n          ingediendOp\n          beslissenUiterlijk\n          indiener\n          buurten {\n            naam\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelWerkvoorraadDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
