import { Extensions } from '@nestjs/graphql';

/** Key in a GraphQL field's `extensions` that marks a resident's personal data. */
export const PERSOONSGEGEVEN = 'persoonsgegeven';

/**
 * Marks a GraphQL model field as a resident's personal data (docs/domein.md, invariant 12, BIO): every time
 * staff read it, an audit record `lezen:<Type>.<veld>` is written (at most one per request and
 * entity), before the value is returned. See LeesAudit.
 */
export function PersoonsgegevenVeld(): PropertyDecorator {
  return Extensions({ [PERSOONSGEGEVEN]: true }) as PropertyDecorator;
}

/**
 * Root operations that return residents' personal data as a whole (exports), with the argument
 * that names the entity. Listed here because they live in resolvers, not on a model field.
 */
export const PERSOONSGEGEVEN_OPERATIES: Readonly<Record<string, { entiteit: string; idArgument: string }>> = {
  'Query.netwerkbijeenkomstDeelnemerslijst': { entiteit: 'Netwerkbijeenkomst', idArgument: 'id' },
};
