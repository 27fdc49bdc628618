/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AanvragerSoort = 'BEWONER' | 'BEWONERSGROEP' | 'ORGANISATIE';

export type BesluitInput = {
  /** Granted amount per request (Ondersteuningsaanvraag.id); omitted means nothing granted. */
  bedragen?: Array<ToekenningInput> | null | undefined;
  initiatiefId: string | number;
  motivering: string;
  uitkomst: BesluitUitkomst;
};

export type BesluitUitkomst = 'AFGEWEZEN' | 'TOEGEKEND';

export type ConflictGrond =
  /** The person sits on the applying organisation's board. */
  | 'BESTUURSFUNCTIE'
  /** The person submitted the initiative. */
  | 'INDIENER'
  /** The person holds a registered side position at the applying organisation. */
  | 'NEVENFUNCTIE'
  /** The person declared an interest themselves. */
  | 'VERKLARING';

export type InitiatiefStatus =
  | 'AANVULLING_GEVRAAGD'
  | 'AFGEWEZEN'
  | 'BIJ_BUURTPANEL'
  | 'CONCEPT'
  | 'INGEDIEND'
  | 'INGETROKKEN'
  | 'IN_BEHANDELING'
  | 'TOEGEKEND'
  | 'UITGEVOERD'
  | 'VASTGESTELD';

export type InstrumentSoort = 'ADVIES' | 'ANDERS' | 'FINANCIELE_BIJDRAGE' | 'LOCATIE' | 'MATERIAAL' | 'PROMOTIE' | 'VERZEKERING';

export type Schaal = 'BUURT' | 'STAD' | 'STADSDEEL';

export type ToekenningInput = {
  aanvraagId: string | number;
  bedrag: number;
};

export type RegiepaneelBuurtenQueryVariables = Exact<{
  zoek?: string | null | undefined;
}>;

export type RegiepaneelBuurtenQuery = {
  buurten: Array<{
    id: string;
    code: string;
    naam: string;
    wijk: { naam: string };
    stadsdeel: { naam: string } | null;
    buurtregisseur: { naam: string } | null;
    partners: { totalCount: number };
  }>;
};

export type RegiepaneelDossierQueryVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelDossierQuery = {
  node:
    | { __typename: 'Activiteit' }
    | { __typename: 'Ambtsdrager' }
    | { __typename: 'Begrotingsronde' }
    | { __typename: 'Buurt' }
    | { __typename: 'Buurtpanel' }
    | { __typename: 'Gebruiker' }
    | {
        __typename: 'Initiatief';
        id: string;
        referentie: string;
        titel: string;
        beschrijving: string;
        status: InitiatiefStatus;
        schaal: Schaal;
        aanvragerSoort: AanvragerSoort;
        aantalBetrokkenBewoners: number | null;
        startdatum: string | null;
        einddatum: string | null;
        indiener: string | null;
        ingediendOp: string | null;
        beslissenUiterlijk: string | null;
        verslag: string | null;
        werkelijkeKosten: number | null;
        organisatie: { naam: string } | null;
        buurten: Array<{ naam: string }>;
        aanvragen: Array<{
          id: string;
          gevraagdBedrag: number | null;
          eigenBijdrage: number | null;
          toelichting: string | null;
          gereserveerdBedrag: number | null;
          toegekendBedrag: number | null;
          vastgesteldBedrag: number | null;
          instrument: { naam: string; soort: InstrumentSoort };
          regeling: { naam: string; versie: number } | null;
        }>;
        toetsresultaat: {
          ontvankelijk: boolean;
          bevindingen: Array<{ voorwaarde: string; voldaan: boolean; toelichting: string }>;
        } | null;
        belangenconflicten: Array<{
          persoon: string;
          grond: ConflictGrond;
          toelichting: string | null;
          organisatie: { naam: string } | null;
        }>;
        besluit: {
          uitkomst: BesluitUitkomst;
          motivering: string;
          genomenDoor: string;
          genomenOp: string;
          verleendBedrag: number;
          bezwaarMogelijkTot: string;
          verschoningen: Array<{ persoon: string; grond: ConflictGrond }>;
        } | null;
        historie: Array<{
          van: InitiatiefStatus | null;
          naar: InitiatiefStatus;
          door: string;
          op: string;
          toelichting: string | null;
        }>;
      }
    | { __typename: 'Instrument' }
    | { __typename: 'Medewerker' }
    | { __typename: 'Netwerkbijeenkomst' }
    | { __typename: 'Nevenfunctie' }
    | { __typename: 'Organisatie' }
    | { __typename: 'Plan' }
    | { __typename: 'Signaal' }
    | { __typename: 'Stadsdeel' }
    | { __typename: 'Subsidieregeling' }
    | { __typename: 'Wijk' }
    | null;
};

export type RegiepaneelInBehandelingMutationVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelInBehandelingMutation = { initiatiefInBehandelingNemen: { id: string; status: InitiatiefStatus } };

export type RegiepaneelBesluitMutationVariables = Exact<{
  input: BesluitInput;
}>;

export type RegiepaneelBesluitMutation = { besluitNemen: { id: string; status: InitiatiefStatus } };

export type RegiepaneelVaststellenMutationVariables = Exact<{
  id: string | number;
  bedragen: Array<ToekenningInput> | ToekenningInput;
  toelichting?: string | null | undefined;
}>;

export type RegiepaneelVaststellenMutation = { subsidieVaststellen: { id: string; status: InitiatiefStatus } };

export type RegiepaneelWerkvoorraadQueryVariables = Exact<{
  status?: Array<InitiatiefStatus> | InitiatiefStatus | null | undefined;
}>;

export type RegiepaneelWerkvoorraadQuery = {
  initiatieven: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        referentie: string;
        titel: string;
        status: InitiatiefStatus;
        ingediendOp: string | null;
        beslissenUiterlijk: string | null;
        indiener: string | null;
        buurten: Array<{ naam: string }>;
      };
    }>;
  };
};

export class TypedDocumentString<TResult, TVariables> extends String implements DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const RegiepaneelBuurtenDocument = new TypedDocumentString(`
    query RegiepaneelBuurten($zoek: String) {
  buurten(zoek: $zoek) {
    id
    code
    naam
    wijk {
      naam
    }
    stadsdeel {
      naam
    }
    buurtregisseur {
      naam
    }
    partners(first: 1) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBuurtenQuery, RegiepaneelBuurtenQueryVariables>;
export const RegiepaneelDossierDocument = new TypedDocumentString(`
    query RegiepaneelDossier($id: ID!) {
  node(id: $id) {
    __typename
    ... on Initiatief {
      id
      referentie
      titel
      beschrijving
      status
      schaal
      aanvragerSoort
      aantalBetrokkenBewoners
      startdatum
      einddatum
      indiener
      ingediendOp
      beslissenUiterlijk
      verslag
      werkelijkeKosten
      organisatie {
        naam
      }
      buurten {
        naam
      }
      aanvragen {
        id
        instrument {
          naam
          soort
        }
        regeling {
          naam
          versie
        }
        gevraagdBedrag
        eigenBijdrage
        toelichting
        gereserveerdBedrag
        toegekendBedrag
        vastgesteldBedrag
      }
      toetsresultaat {
        ontvankelijk
        bevindingen {
          voorwaarde
          voldaan
          toelichting
        }
      }
      belangenconflicten {
        persoon
        grond
        toelichting
        organisatie {
          naam
        }
      }
      besluit {
        uitkomst
        motivering
        genomenDoor
        genomenOp
        verleendBedrag
        bezwaarMogelijkTot
        verschoningen {
          persoon
          grond
        }
      }
      historie {
        van
        naar
        door
        op
        toelichting
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelDossierQuery, RegiepaneelDossierQueryVariables>;
export const RegiepaneelInBehandelingDocument = new TypedDocumentString(`
    mutation RegiepaneelInBehandeling($id: ID!) {
  initiatiefInBehandelingNemen(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelInBehandelingMutation, RegiepaneelInBehandelingMutationVariables>;
export const RegiepaneelBesluitDocument = new TypedDocumentString(`
    mutation RegiepaneelBesluit($input: BesluitInput!) {
  besluitNemen(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBesluitMutation, RegiepaneelBesluitMutationVariables>;
export const RegiepaneelVaststellenDocument = new TypedDocumentString(`
    mutation RegiepaneelVaststellen($id: ID!, $bedragen: [ToekenningInput!]!, $toelichting: String) {
  subsidieVaststellen(id: $id, bedragen: $bedragen, toelichting: $toelichting) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelVaststellenMutation, RegiepaneelVaststellenMutationVariables>;
export const RegiepaneelWerkvoorraadDocument = new TypedDocumentString(`
    query RegiepaneelWerkvoorraad($status: [InitiatiefStatus!]) {
  initiatieven(first: 100, status: $status) {
    totalCount
    edges {
      node {
        id
        referentie
        titel
        status
        ingediendOp
        beslissenUiterlijk
        indiener
        buurten {
          naam
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelWerkvoorraadQuery, RegiepaneelWerkvoorraadQueryVariables>;
