/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type RegiepaneelIkQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelIkQuery = { ik: { naam: string; rollen: Array<Rol> } | null };

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

export type RegiepaneelTokenControleQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelTokenControleQuery = { ik: { naam: string } | null };

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

export const RegiepaneelIkDocument = new TypedDocumentString(`
    query RegiepaneelIk {
  ik {
    naam
    rollen
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelIkQuery, RegiepaneelIkQueryVariables>;
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
export const RegiepaneelTokenControleDocument = new TypedDocumentString(`
    query RegiepaneelTokenControle {
  ik {
    naam
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelTokenControleQuery, RegiepaneelTokenControleQueryVariables>;
