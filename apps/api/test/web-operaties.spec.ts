/**
 * Issue 14: the web apps keep working under the limits of the GraphQL edge. Every operation
 * the Buurtportaal and the Regiepaneel send (their codegen output, plus the hand-typed ones of
 * web-gedeeld) is measured against the committed schema and the default limits, and must stay
 * far below them: a fifth of the cost limit, a tenth of the field and token limits, a third of
 * the alias and root-field limits, three levels under the depth limit, and no introspection.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type DocumentNode, Kind, Lexer, parse, Source, TokenKind, validate } from 'graphql';
import { kiesOperatie, loadConfig, meetOperatie, schatOperatieKosten } from '@buurtwerk/core';
import { maxTokens } from '../src/graphql-grenzen';

const ROOT = path.join(__dirname, '..', '..', '..');
const schema = buildSchema(readFileSync(path.join(ROOT, 'apps', 'api', 'schema.graphql'), 'utf8'));
const config = loadConfig({
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://x@y/z',
  AUTH_JWKS_URL: 'https://idp.example/jwks',
  AUTH_ISSUER: 'i',
  AUTH_AUDIENCE: 'a',
});

/** The query texts of generated documents (`new TypedDocumentString(\`...\`)`) and of hand-typed `document<...>('...')`. */
function operatiesUit(bestand: string, patroon: RegExp): Array<{ naam: string; document: DocumentNode; tekst: string }> {
  const inhoud = readFileSync(path.join(ROOT, bestand), 'utf8');
  return [...inhoud.matchAll(patroon)].map((m) => {
    const document = parse(m[1]);
    const operatie = kiesOperatie(document);
    return { naam: `${bestand}: ${operatie?.name?.value ?? '(naamloos)'}`, document, tekst: m[1] };
  });
}

const GEGENEREERD = /new TypedDocumentString\(`([\s\S]*?)`/g;
const OPERATIES = [
  ...operatiesUit('apps/buurtportaal/src/gql/graphql.ts', GEGENEREERD),
  ...operatiesUit('apps/regiepaneel/src/gql/graphql.ts', GEGENEREERD),
  ...operatiesUit('apps/web-gedeeld/src/gebruiker.ts', /document<[^>]*>\('([^']+)'\)/g),
];

function tokens(tekst: string): number {
  const lexer = new Lexer(new Source(tekst));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) {
    n += 1;
  }
  return n;
}

describe('de operaties van de web-apps blijven ver onder de grenzen van de GraphQL-rand', () => {
  it('vindt de operaties van beide apps', () => {
    expect(OPERATIES.filter((o) => o.naam.includes('buurtportaal')).length).toBeGreaterThan(10);
    expect(OPERATIES.filter((o) => o.naam.includes('regiepaneel')).length).toBeGreaterThan(20);
    expect(OPERATIES.some((o) => o.naam.endsWith('WebIk'))).toBe(true);
  });

  it.each(OPERATIES.map((o) => [o.naam, o] as const))('%s', (_naam, { document, tekst }) => {
    expect(validate(schema, document)).toEqual([]);
    const operatie = kiesOperatie(document)!;
    expect(operatie.kind).toBe(Kind.OPERATION_DEFINITION);
    const maten = meetOperatie(document);
    // [what, measured, at most]
    const metingen: Array<[string, number, number]> = [
      // Nested lists count as 25 each, so the estimate is generous: a fifth of the limit.
      ['kosten', schatOperatieKosten(schema, document, operatie), config.graphqlMaxKosten / 5],
      ['velden', maten.velden, config.graphqlMaxVelden / 10],
      ['aliassen', maten.aliassen, config.graphqlMaxAliassen / 3],
      ['wortelvelden', maten.wortelvelden, config.graphqlMaxWortelvelden / 3],
      ['diepte', maten.diepte, config.graphqlMaxDiepte - 3],
      ['introspectievelden', maten.introspectieWortelvelden, 0],
      ['tokens', tokens(tekst), maxTokens(config) / 10],
    ];
    expect(
      metingen.filter(([, gemeten, max]) => gemeten > max).map(([wat, gemeten, max]) => `${wat}: ${gemeten} > ${max}`),
    ).toEqual([]);
    expect(maten.velden).toBeGreaterThan(0);
  });
});
