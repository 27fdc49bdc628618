/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type OrganisatieSoort =
  'BUURTORGANISATIE' | 'MAATSCHAPPELIJKE_PARTNER' | 'ONDERNEMER' | 'OVERIG' | 'STICHTING' | 'VERENIGING';

export type Rol =
  /** Application administrator. */
  | 'BEHEERDER'
  /** Policy officer who handles subsidy requests and manages rules and the menu card. */
  | 'BELEIDSMEDEWERKER'
  /** Any signed-in resident. */
  | 'BEWONER'
  /** Neighbourhood director: contact person of one or more buurten. */
  | 'BUURTREGISSEUR'
  /** Clerk of the council (griffie): keeps the register of side positions. */
  | 'GRIFFIE'
  /** Staff of a partner organisation (e.g. Heerlen StandBy) or a partner API client. */
  | 'PARTNER';

export type BuurtportaalIkQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalIkQuery = { ik: { naam: string; rollen: Array<Rol> } | null };

export type BuurtportaalBuurtQueryVariables = Exact<{
  code: string;
  vanaf: string;
}>;

export type BuurtportaalBuurtQuery = {
  buurt: {
    code: string;
    naam: string;
    wijk: { naam: string };
    stadsdeel: { naam: string } | null;
    buurtregisseur: { naam: string; functie: string; email: string | null; telefoon: string | null } | null;
    partners: {
      totalCount: number;
      edges: Array<{
        node: { id: string; naam: string; soort: OrganisatieSoort; beschrijving: string | null; website: string | null };
      }>;
    };
    activiteiten: {
      totalCount: number;
      edges: Array<{
        node: {
          id: string;
          titel: string;
          beschrijving: string | null;
          begin: string;
          eind: string | null;
          locatie: string | null;
          geannuleerd: boolean;
          vrijwilligersGezocht: boolean;
          organisator: { naam: string } | null;
        };
      }>;
    };
  } | null;
};

export type BuurtportaalTokenControleQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalTokenControleQuery = { ik: { naam: string } | null };

export type BuurtportaalBuurtenQueryVariables = Exact<{
  zoek?: string | null | undefined;
}>;

export type BuurtportaalBuurtenQuery = {
  buurten: Array<{ code: string; naam: string; wijk: { naam: string }; ligging: { lat: number; lon: number } | null }>;
};

export type BuurtportaalBijPostcodeQueryVariables = Exact<{
  postcode: string;
  huisnummer?: number | null | undefined;
}>;

export type BuurtportaalBijPostcodeQuery = { buurtBijPostcode: { code: string; naam: string } | null };

export type BuurtportaalBijLocatieQueryVariables = Exact<{
  lat: number;
  lon: number;
}>;

export type BuurtportaalBijLocatieQuery = { buurtBijLocatie: { code: string; naam: string } | null };

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

export const BuurtportaalIkDocument = new TypedDocumentString(`
    query BuurtportaalIk {
  ik {
    naam
    rollen
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalIkQuery, BuurtportaalIkQueryVariables>;
export const BuurtportaalBuurtDocument = new TypedDocumentString(`
    query BuurtportaalBuurt($code: String!, $vanaf: DateTime!) {
  buurt(code: $code) {
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
      functie
      email
      telefoon
    }
    partners(first: 100) {
      totalCount
      edges {
        node {
          id
          naam
          soort
          beschrijving
          website
        }
      }
    }
    activiteiten(vanaf: $vanaf, first: 50) {
      totalCount
      edges {
        node {
          id
          titel
          beschrijving
          begin
          eind
          locatie
          geannuleerd
          vrijwilligersGezocht
          organisator {
            naam
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBuurtQuery, BuurtportaalBuurtQueryVariables>;
export const BuurtportaalTokenControleDocument = new TypedDocumentString(`
    query BuurtportaalTokenControle {
  ik {
    naam
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalTokenControleQuery, BuurtportaalTokenControleQueryVariables>;
export const BuurtportaalBuurtenDocument = new TypedDocumentString(`
    query BuurtportaalBuurten($zoek: String) {
  buurten(zoek: $zoek) {
    code
    naam
    wijk {
      naam
    }
    ligging {
      lat
      lon
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBuurtenQuery, BuurtportaalBuurtenQueryVariables>;
export const BuurtportaalBijPostcodeDocument = new TypedDocumentString(`
    query BuurtportaalBijPostcode($postcode: String!, $huisnummer: Int) {
  buurtBijPostcode(postcode: $postcode, huisnummer: $huisnummer) {
    code
    naam
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBijPostcodeQuery, BuurtportaalBijPostcodeQueryVariables>;
export const BuurtportaalBijLocatieDocument = new TypedDocumentString(`
    query BuurtportaalBijLocatie($lat: Float!, $lon: Float!) {
  buurtBijLocatie(lat: $lat, lon: $lon) {
    code
    naam
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBijLocatieQuery, BuurtportaalBijLocatieQueryVariables>;
