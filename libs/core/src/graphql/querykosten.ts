import {
  type DocumentNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  TypeInfo,
  ValidationContext,
  type ValidationRule,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isEnumType,
  isInputObjectType,
  isUnionType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
} from 'graphql';
import { FoutCode } from '../errors/domain-error';
import { MAX_PAGINA, STANDAARD_PAGINA } from './pagination';

/**
 * Estimated cost of a query: every field counts once per object it is asked for, and a list
 * multiplies what is below it by how long it can be: `first` where given (a variable counts as
 * the cap, so the estimate holds for every value of it and depends on the query text only — the
 * validation result can be cached per query), the default page size without `first`, and
 * `LIJST_SCHATTING` for plain lists. `edges`/`nodes` of a connection add nothing: the page size
 * was already counted at the connection.
 *
 * Introspection counts like any other field (issue 14: skipping `__` fields let one request
 * ask for the whole schema a thousand times). Its lists have known lengths, so they count with
 * the schema's own numbers: `types` as many as the schema has, `fields`, `args`, `inputFields`,
 * `enumValues`, `interfaces` and `possibleTypes` as long as they are on average in this schema.
 */
export const LIJST_SCHATTING = 25;

/** List lengths of introspection, per `Parent.veld`, computed once per schema. */
const introspectieLijsten = new WeakMap<GraphQLSchema, Map<string, number>>();

function introspectieLijst(schema: GraphQLSchema, ouder: string, veld: string): number {
  let lijsten = introspectieLijsten.get(schema);
  if (!lijsten) {
    const typen = Object.values(schema.getTypeMap());
    const velden = typen.flatMap((t) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []));
    const gemiddeld = (totaal: number, aantal: number): number => Math.max(1, Math.ceil(totaal / Math.max(aantal, 1)));
    const som = (f: (t: GraphQLNamedType) => number): number => typen.reduce((a, t) => a + f(t), 0);
    const richtlijnen = schema.getDirectives();
    lijsten = new Map([
      ['__Schema.types', typen.length],
      ['__Schema.directives', richtlijnen.length],
      ['__Type.fields', gemiddeld(velden.length, typen.length)],
      [
        '__Type.inputFields',
        gemiddeld(
          som((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0)),
          typen.length,
        ),
      ],
      [
        '__Type.enumValues',
        gemiddeld(
          som((t) => (isEnumType(t) ? t.getValues().length : 0)),
          typen.length,
        ),
      ],
      [
        '__Type.interfaces',
        gemiddeld(
          som((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0)),
          typen.length,
        ),
      ],
      [
        '__Type.possibleTypes',
        gemiddeld(
          som((t) => (isUnionType(t) || isInterfaceType(t) ? schema.getPossibleTypes(t).length : 0)),
          typen.length,
        ),
      ],
      [
        '__Field.args',
        gemiddeld(
          velden.reduce((a, v: GraphQLField<unknown, unknown>) => a + v.args.length, 0),
          velden.length,
        ),
      ],
      [
        '__Directive.args',
        gemiddeld(
          richtlijnen.reduce((a, d) => a + d.args.length, 0),
          richtlijnen.length,
        ),
      ],
    ]);
    introspectieLijsten.set(schema, lijsten);
  }
  return lijsten.get(`${ouder}.${veld}`) ?? LIJST_SCHATTING;
}

function isLijst(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function factor(
  schema: GraphQLSchema,
  veld: { name: string; args: ReadonlyArray<{ name: string }> },
  type: GraphQLOutputType,
  ouder: GraphQLNamedType,
  args: ReadonlyArray<{ name: { value: string }; value: { kind: Kind; value?: string } }>,
): number {
  if (ouder.name.startsWith('__')) {
    return isLijst(type) ? introspectieLijst(schema, ouder.name, veld.name) : 1;
  }
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
      const naam = s.name.value;
      if (naam === '__typename') {
        kosten += 1;
        continue;
      }
      if (!(isObjectType(type) || isInterfaceType(type))) {
        continue;
      }
      const schema = context.getSchema();
      const wortel = type === schema.getQueryType();
      const veld =
        wortel && naam === '__schema'
          ? SchemaMetaFieldDef
          : wortel && naam === '__type'
            ? TypeMetaFieldDef
            : type.getFields()[naam];
      if (!veld) {
        continue; // FieldsOnCorrectTypeRule reports it.
      }
      kosten += 1;
      if (s.selectionSet) {
        const f = factor(schema, veld, veld.type, type, (s.arguments ?? []) as never);
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
            { nodes: [node], extensions: { code: FoutCode.OPERATIE_TE_GROOT } },
          ),
        );
      }
    },
  });
}

/** The estimate of one operation outside validation (tests of known operations, tooling). */
export function schatOperatieKosten(schema: GraphQLSchema, document: DocumentNode, operatie: OperationDefinitionNode): number {
  const wortel =
    operatie.operation === 'query'
      ? schema.getQueryType()
      : operatie.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!wortel) {
    return 0;
  }
  const context = new ValidationContext(schema, document, new TypeInfo(schema), () => undefined);
  return schatKosten(context, operatie.selectionSet, wortel);
}
