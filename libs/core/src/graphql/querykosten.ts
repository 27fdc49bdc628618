import {
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
} from 'graphql';
import { MAX_PAGINA, STANDAARD_PAGINA } from './pagination';

/**
 * Estimated cost of a query: every field counts once per object it is asked for, and a list
 * multiplies what is below it by how long it can be: `first` where given (a variable counts as
 * the cap, so the estimate holds for every value of it and depends on the query text only — the
 * validation result can be cached per query), the default page size without `first`, and
 * `LIJST_SCHATTING` for plain lists. `edges`/`nodes` of a connection add nothing: the page size
 * was already counted at the connection.
 */
export const LIJST_SCHATTING = 25;

function isLijst(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function factor(
  veld: { name: string; args: ReadonlyArray<{ name: string }> },
  type: GraphQLOutputType,
  ouder: GraphQLNamedType,
  args: ReadonlyArray<{ name: { value: string }; value: { kind: Kind; value?: string } }>,
): number {
  if (veld.args.some((a) => a.name === 'first')) {
    const first = args.find((a) => a.name.value === 'first')?.value;
    if (!first) {
      return STANDAARD_PAGINA;
    }
    return first.kind === Kind.INT ? Math.min(Math.max(Number(first.value), 0), MAX_PAGINA) : MAX_PAGINA;
  }
  if (isLijst(type)) {
    return ouder.name.endsWith('Connection') && (veld.name === 'edges' || veld.name === 'nodes') ? 1 : LIJST_SCHATTING;
  }
  return 1;
}

export function schatKosten(
  context: ValidationContext,
  selectie: SelectionSetNode,
  type: GraphQLNamedType,
  fragmenten = new Set<string>(),
): number {
  let kosten = 0;
  for (const s of selectie.selections) {
    if (s.kind === Kind.FIELD) {
      if (s.name.value.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) {
        continue;
      }
      const veld = type.getFields()[s.name.value];
      if (!veld) {
        continue; // FieldsOnCorrectTypeRule reports it.
      }
      kosten += 1;
      if (s.selectionSet) {
        const f = factor(veld, veld.type, type, (s.arguments ?? []) as never);
        kosten += f * schatKosten(context, s.selectionSet, getNamedType(veld.type), fragmenten);
      }
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      const doel = s.typeCondition ? context.getSchema().getType(s.typeCondition.name.value) : type;
      kosten += schatKosten(context, s.selectionSet, doel ?? type, fragmenten);
    } else {
      const naam = s.name.value;
      const fragment = context.getFragment(naam);
      if (!fragment || fragmenten.has(naam)) {
        continue; // Unknown fragments and cycles are reported by graphql's own rules.
      }
      const doel = context.getSchema().getType(fragment.typeCondition.name.value) ?? type;
      kosten += schatKosten(context, fragment.selectionSet, doel, new Set([...fragmenten, naam]));
    }
  }
  return kosten;
}

/** Refuses, before anything runs, an operation whose estimated cost is above `max`. */
export function queryKostenRegel(max: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(node) {
      const wortel =
        node.operation === 'query'
          ? context.getSchema().getQueryType()
          : node.operation === 'mutation'
            ? context.getSchema().getMutationType()
            : context.getSchema().getSubscriptionType();
      if (!wortel) {
        return;
      }
      const kosten = schatKosten(context, node.selectionSet, wortel);
      if (kosten > max) {
        context.reportError(
          new GraphQLError(
            `Deze query is te zwaar: geschat ${kosten.toLocaleString('nl-NL')} velden, het maximum is ${max.toLocaleString('nl-NL')}. ` +
              'Vraag kleinere pagina’s op (first) of minder geneste lijsten.',
            { nodes: [node] },
          ),
        );
      }
    },
  });
}
