import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { DomainError, FoutCode } from '../errors/domain-error';
import {
  controleerOperatiegrenzen,
  kiesOperatie,
  maxIntrospectieDiepte,
  meetOperatie,
  type Operatiegrenzen,
} from './operatiegrenzen';
import { queryKostenRegel, schatOperatieKosten } from './querykosten';

const schema = buildSchema(readFileSync(path.join(__dirname, '..', '..', '..', '..', 'apps', 'api', 'schema.graphql'), 'utf8'));
const GRENZEN: Operatiegrenzen = { maxDiepte: 12, maxAliassen: 30, maxWortelvelden: 20, maxVelden: 1000 };
const MAX_KOSTEN = 300_000;

function weigering(query: string, grenzen = GRENZEN): string | null {
  try {
    controleerOperatiegrenzen(parse(query), null, grenzen);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe(FoutCode.OPERATIE_TE_GROOT);
    return (e as DomainError).message;
  }
}

function kosten(query: string): number {
  const document = parse(query);
  return schatOperatieKosten(schema, document, kiesOperatie(document)!);
}

const herhaal = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join(' ');

/** `n` levels of `__Type.fields.type` below `__schema.types`. */
function diepeIntrospectie(n: number): string {
  let binnen = 'name';
  for (let i = 0; i < n; i++) {
    binnen = `fields { type { ${binnen} } }`;
  }
  return `{ __schema { types { ${binnen} } } }`;
}

describe('operatiegrenzen', () => {
  const standaard = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  });

  it('laat de standaard-introspectiequery van graphql-js door, ook de kosten', () => {
    expect(weigering(standaard)).toBeNull();
    expect(weigering(getIntrospectionQuery())).toBeNull();
    expect(validate(schema, parse(standaard), [queryKostenRegel(MAX_KOSTEN)])).toEqual([]);
    // Below the limit, yet not free: the schema's own list lengths count. The cost grows with the
    // schema (about 53,000 with 224 types, 154,000 after this round's modules); this tripwire warns
    // while a quarter of the limit is left, so the introspection root field can get a budget of
    // its own before standard clients are refused.
    expect(kosten(standaard)).toBeGreaterThan(10_000);
    expect(kosten(standaard)).toBeLessThan(MAX_KOSTEN * 0.75);
  });

  it('telt introspectievelden mee in de kosten (vroeger telden velden met __ niet)', () => {
    expect(kosten('{ __schema { types { name } } }')).toBe(1 + Object.keys(schema.getTypeMap()).length * 1 + 1);
    expect(kosten('{ __typename }')).toBe(1);
    const duizend = `{ ${herhaal(1000, (i) => `a${i}: __schema { types { fields { args { name } } } }`)} }`;
    expect(kosten(duizend)).toBeGreaterThan(MAX_KOSTEN);
  });

  it('weigert diepe introspectie op diepte en op kosten', () => {
    // 17 levels: deeper than the standard introspection query (15).
    expect(weigering(diepeIntrospectie(7))).toMatch(/introspectiequery is te diep genest \(meer dan 15 niveaus,/);
    // Within the introspection depth, the estimate stops it: each level multiplies by the average number of fields.
    expect(weigering(diepeIntrospectie(5))).toBeNull();
    expect(kosten(diepeIntrospectie(5))).toBeGreaterThan(MAX_KOSTEN);
    expect(validate(schema, parse(diepeIntrospectie(5)), [queryKostenRegel(MAX_KOSTEN)])[0]?.message).toMatch(/te zwaar/);
  });

  it('geeft de introspectieboom een eigen dieptegrens zonder die voor gewone velden te verruimen', () => {
    expect(maxIntrospectieDiepte()).toBe(meetOperatie(parse(standaard)).introspectieDiepte);
    expect(maxIntrospectieDiepte()).toBe(15);
    let gewoon = 'naam';
    for (let i = 0; i < 13; i++) {
      gewoon = `buurt(code: "x") { ${gewoon} }`;
    }
    expect(weigering(`{ ${gewoon} }`)).toMatch(/te diep genest \(meer dan 12 niveaus\)/);
    // Next to introspection, ordinary fields still count against the ordinary limit.
    expect(weigering(`{ __schema { queryType { name } } ${gewoon} }`)).toMatch(/te diep genest \(meer dan 12 niveaus\)/);
  });

  it.each([
    [
      '1000 aliassen van buurten',
      `{ ${herhaal(1000, (i) => `b${i}: buurten { naam code }`)} }`,
      /op het hoogste niveau \(meer dan 20\)/,
    ],
    ['31 aliassen binnen één veld', `{ buurten { ${herhaal(31, (i) => `n${i}: naam`)} } }`, /te veel aliassen \(meer dan 30\)/],
    [
      'twee introspectievelden',
      '{ a: __schema { queryType { name } } b: __type(name: "Buurt") { name } }',
      /2 introspectievelden/,
    ],
    [
      '1000 aliassen van __schema',
      `{ ${herhaal(1000, (i) => `s${i}: __schema { types { name } }`)} }`,
      /aliassen|introspectievelden/,
    ],
    ['21 verschillende wortelvelden', `{ ${herhaal(21, () => 'buurten { naam }')} }`, /op het hoogste niveau \(meer dan 20\)/],
    ['1001 velden zonder alias', `{ buurten { ${herhaal(1001, () => 'naam')} } }`, /te veel velden op \(meer dan 1\.000/],
  ])('weigert %s', (_naam, query, melding) => {
    expect(weigering(query)).toMatch(melding);
  });

  it('telt fragmenten zo vaak als ze gebruikt worden en stopt een fragmentbom snel', () => {
    const fragmenten = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Buurt { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const bom = `{ buurten { ...F0 } }\n${fragmenten}\nfragment F30 on Buurt { naam }`;
    // 2^30 fields when expanded: without the early stop this test would not finish.
    expect(weigering(bom)).toMatch(/te veel velden/);
    const tweeKeer = '{ buurten { ...A ...A } } fragment A on Buurt { x: naam y: code }';
    expect(meetOperatie(parse(tweeKeer))).toMatchObject({ velden: 5, aliassen: 4, wortelvelden: 1 });
  });

  it('laat __typename op het hoogste niveau buiten de wortelvelden en de introspectiegrens', () => {
    expect(meetOperatie(parse('{ __typename buurten { naam } }'))).toMatchObject({
      wortelvelden: 1,
      introspectieWortelvelden: 0,
    });
  });
});
