import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getIntrospectionQuery,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
} from 'graphql';
import { DomainError, FoutCode } from '../errors/domain-error';

/**
 * Limits that every GraphQL operation must stay within, checked on the parsed document before
 * graphql-js validates it (its rules compare fields pairwise, so an unbounded document is
 * already expensive to validate) and long before anything runs. See README, Configuration.
 */
export interface Operatiegrenzen {
  /** Deepest ordinary field (a root field is level 1). */
  maxDiepte: number;
  /** Aliased fields in the whole operation, after fragments are expanded. */
  maxAliassen: number;
  /** Fields selected at the root (`__typename` not counted), after fragments are expanded. */
  maxWortelvelden: number;
  /** All selected fields, after fragments are expanded (a fragment used twice counts twice). */
  maxVelden: number;
}

/** Root fields that start introspection; each opens a tree of `__Type`s. */
const INTROSPECTIE_WORTELS = new Set(['__schema', '__type']);

/** At most this many introspection root fields per operation (one answers every tool). */
export const MAX_INTROSPECTIE_WORTELVELDEN = 1;

/** What one operation asks for, as far as the limits are concerned. */
export interface OperatieMaten {
  velden: number;
  aliassen: number;
  wortelvelden: number;
  introspectieWortelvelden: number;
  /** Deepest ordinary field. */
  diepte: number;
  /** Deepest field below `__schema` / `__type`. */
  introspectieDiepte: number;
}

class Overschreden extends Error {}

function diepteVanStandaardIntrospectie(): number {
  const query = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  });
  return meetOperatie(parse(query)).introspectieDiepte;
}

let introspectieDiepte: number | undefined;

/**
 * How deep the tree below `__schema` / `__type` may go: exactly as deep as graphql-js' own
 * `getIntrospectionQuery()` with every option (its `TypeRef` fragment nests `ofType` nine times),
 * which is what codegen, GraphiQL, Rover and Postman send. Ordinary fields keep `maxDiepte`.
 */
export function maxIntrospectieDiepte(): number {
  introspectieDiepte ??= diepteVanStandaardIntrospectie();
  return introspectieDiepte;
}

/** The operation `operationName` selects (graphql-js' rule: the only one when no name is given). */
export function kiesOperatie(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | null {
  const operaties = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) {
    return operaties.find((o) => o.name?.value === operationName) ?? null;
  }
  return operaties.length === 1 ? operaties[0] : null;
}

function fragmentenVan(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragmenten = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) {
      fragmenten.set(d.name.value, d);
    }
  }
  return fragmenten;
}

/**
 * Measures an operation with its fragments expanded. With `grenzen`, the walk stops at the
 * first limit passed (so a fragment that doubles itself twenty levels deep costs no more than
 * `maxVelden` steps) and throws the refusal; without, it measures everything (for tests of
 * known operations, which are small).
 */
export function meetOperatie(document: DocumentNode, operationName?: string | null, grenzen?: Operatiegrenzen): OperatieMaten {
  const maten: OperatieMaten = {
    velden: 0,
    aliassen: 0,
    wortelvelden: 0,
    introspectieWortelvelden: 0,
    diepte: 0,
    introspectieDiepte: 0,
  };
  const operatie = kiesOperatie(document, operationName);
  if (!operatie) {
    return maten; // graphql-js reports a missing or ambiguous operation itself.
  }
  const fragmenten = fragmentenVan(document);
  const maxIntro = grenzen ? maxIntrospectieDiepte() : Number.POSITIVE_INFINITY;
  // Every visited selection (also spreads and inline fragments) is a step of this walk.
  const maxStappen = grenzen ? grenzen.maxVelden * 4 + 100 : Number.POSITIVE_INFINITY;
  let stappen = 0;

  const loop = (selectie: SelectionSetNode, niveau: number, introspectie: boolean, bezig: ReadonlySet<string>): void => {
    for (const s of selectie.selections) {
      stappen += 1;
      if (stappen > maxStappen) {
        throw new Overschreden('velden');
      }
      if (s.kind === Kind.INLINE_FRAGMENT) {
        loop(s.selectionSet, niveau, introspectie, bezig);
        continue;
      }
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragmenten.get(s.name.value);
        // Unknown fragments and cycles are reported by graphql-js' own rules.
        if (fragment && !bezig.has(fragment.name.value)) {
          loop(fragment.selectionSet, niveau, introspectie, new Set([...bezig, fragment.name.value]));
        }
        continue;
      }
      const naam = s.name.value;
      const wortel = niveau === 1;
      const intro = introspectie || (wortel && INTROSPECTIE_WORTELS.has(naam));
      maten.velden += 1;
      if (s.alias) {
        maten.aliassen += 1;
      }
      if (wortel && naam !== '__typename') {
        maten.wortelvelden += 1;
      }
      if (wortel && INTROSPECTIE_WORTELS.has(naam)) {
        maten.introspectieWortelvelden += 1;
      }
      if (intro) {
        maten.introspectieDiepte = Math.max(maten.introspectieDiepte, niveau);
      } else {
        maten.diepte = Math.max(maten.diepte, niveau);
      }
      if (grenzen) {
        controleer(maten, grenzen, maxIntro);
      }
      if (s.selectionSet) {
        loop(s.selectionSet, niveau + 1, intro, bezig);
      }
    }
  };

  try {
    loop(operatie.selectionSet, 1, false, new Set());
  } catch (e) {
    if (e instanceof Overschreden && grenzen) {
      throw weigering(e.message as Grens, maten, grenzen, maxIntro);
    }
    throw e;
  }
  return maten;
}

type Grens = 'velden' | 'aliassen' | 'wortelvelden' | 'introspectie' | 'diepte' | 'introspectieDiepte';

function controleer(m: OperatieMaten, g: Operatiegrenzen, maxIntro: number): void {
  const grens: Grens | null =
    m.aliassen > g.maxAliassen
      ? 'aliassen'
      : m.velden > g.maxVelden
        ? 'velden'
        : m.wortelvelden > g.maxWortelvelden
          ? 'wortelvelden'
          : m.introspectieWortelvelden > MAX_INTROSPECTIE_WORTELVELDEN
            ? 'introspectie'
            : m.diepte > g.maxDiepte
              ? 'diepte'
              : m.introspectieDiepte > maxIntro
                ? 'introspectieDiepte'
                : null;
  if (grens) {
    throw new Overschreden(grens);
  }
}

const n = (x: number): string => x.toLocaleString('nl-NL');

/** The refusal a client sees: which limit, how far it got before the check stopped, what to do. */
function weigering(grens: Grens, m: OperatieMaten, g: Operatiegrenzen, maxIntro: number): DomainError {
  const tekst: Record<Grens, string> = {
    velden: `Deze operatie vraagt te veel velden op (meer dan ${n(g.maxVelden)}, fragmenten meegeteld). Vraag minder velden per verzoek op.`,
    aliassen:
      `Deze operatie gebruikt te veel aliassen (meer dan ${n(g.maxAliassen)}). ` +
      'Vraag hetzelfde veld niet vele keren op in één verzoek; gebruik lijsten en paginering.',
    wortelvelden: `Deze operatie vraagt te veel velden tegelijk op het hoogste niveau (meer dan ${n(g.maxWortelvelden)}). Verdeel ze over meer verzoeken.`,
    introspectie:
      `Deze operatie bevat ${n(m.introspectieWortelvelden)} introspectievelden (__schema of __type); het maximum is ${MAX_INTROSPECTIE_WORTELVELDEN} per verzoek. ` +
      'Het volledige schema staat ook op /graphql/schema.graphql.',
    diepte: `Deze query is te diep genest (meer dan ${n(g.maxDiepte)} niveaus). Vraag minder geneste velden op.`,
    introspectieDiepte:
      `Deze introspectiequery is te diep genest (meer dan ${n(maxIntro)} niveaus, de diepte van de standaard-introspectiequery van graphql-js). ` +
      'Het volledige schema staat ook op /graphql/schema.graphql.',
  };
  return new DomainError(FoutCode.OPERATIE_TE_GROOT, tekst[grens]);
}

/** Refuses (throws) an operation that passes one of the limits; see `meetOperatie`. */
export function controleerOperatiegrenzen(
  document: DocumentNode,
  operationName: string | null | undefined,
  grenzen: Operatiegrenzen,
): void {
  meetOperatie(document, operationName, grenzen);
}
