/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type InitiatiefStatus =
  | 'AANVULLING_GEVRAAGD'
  | 'AFGEWEZEN'
  | 'BIJ_BUURTPANEL'
  | 'BUITEN_BEHANDELING'
  | 'CONCEPT'
  | 'INGEDIEND'
  | 'INGETROKKEN'
  | 'IN_BEHANDELING'
  | 'TOEGEKEND'
  | 'UITGEVOERD'
  | 'VASTGESTELD';

export type BuurtpaginaQueryVariables = Exact<{
  code: string;
  vanaf?: string | null | undefined;
}>;

export type BuurtpaginaQuery = {
  buurt: {
    code: string;
    naam: string;
    inwoners: number | null;
    wijk: { naam: string };
    activiteiten: {
      totalCount: number;
      edges: Array<{ node: { id: string; titel: string; begin: string; geannuleerd: boolean } }>;
    };
    initiatieven: { totalCount: number; edges: Array<{ node: { id: string; titel: string; status: InitiatiefStatus } }> };
  } | null;
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

export const BuurtpaginaDocument = new TypedDocumentString(
  `
    query Buurtpagina($code: String!, $vanaf: DateTime) {
  buurt(code: $code) {
    code
    naam
    inwoners
    wijk {
      naam
    }
    activiteiten(vanaf: $vanaf, first: 10) {
      totalCount
      edges {
        node {
          id
          titel
          begin
          geannuleerd
        }
      }
    }
    initiatieven(first: 10) {
      totalCount
      edges {
        node {
          id
          titel
          status
        }
      }
    }
  }
}
    `,
  { hash: 'sha256:f61a2bc24180cb5ccdb76ff85652bbe3b36a195abb483853587952a2b91c190a' },
) as unknown as TypedDocumentString<BuurtpaginaQuery, BuurtpaginaQueryVariables>;
