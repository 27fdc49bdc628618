/**
 * The authorization matrix (docs/autorisatiematrix.md) lists, for every GraphQL operation,
 * who may call it. This test walks the generated schema: an operation missing from the matrix
 * fails, and every cell is tried for real — anonymous, every role, and an API key — with
 * generated arguments. Allowed means the access check lets the call through (it may still fail
 * on the generated arguments, never with UNAUTHENTICATED/FORBIDDEN from the guard); not
 * allowed means UNAUTHENTICATED (anonymous) or FORBIDDEN, without any data.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  getNamedType,
  type GraphQLSchema,
  isLeafType,
  parse,
  subscribe,
} from 'graphql';
import { ALLE_ROLLEN, Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';

const MATRIX = path.join(__dirname, '..', '..', '..', 'docs', 'autorisatiematrix.md');

type Toegang = 'publiek' | 'ingelogd' | Rol[];

type Soort = 'Query' | 'Mutation' | 'Subscription';

/** Parses the table rows `| operatie | Query/Mutation/Subscription | publiek / ingelogd / ROL, ROL |`. */
function leesMatrix(): Map<string, Toegang> {
  const matrix = new Map<string, Toegang>();
  for (const regel of readFileSync(MATRIX, 'utf8').split('\n')) {
    const m = /^\|\s*`(\w+)`\s*\|\s*(Query|Mutation|Subscription)\s*\|\s*([^|]+?)\s*\|/.exec(regel);
    if (!m) {
      continue;
    }
    const cel = m[3].trim();
    const toegang: Toegang =
      cel === 'publiek' ? 'publiek' : cel === 'ingelogd' ? 'ingelogd' : (cel.split(',').map((r) => r.trim()) as Rol[]);
    matrix.set(`${m[2]}.${m[1]}`, toegang);
  }
  return matrix;
}

function voorbeeld(type: GraphQLInputType, diepte = 0): unknown {
  if (type instanceof GraphQLNonNull) {
    return voorbeeld(type.ofType, diepte);
  }
  if (type instanceof GraphQLList) {
    return [voorbeeld(type.ofType, diepte)];
  }
  if (type instanceof GraphQLEnumType) {
    return type.getValues()[0].value;
  }
  if (type instanceof GraphQLInputObjectType) {
    const uit: Record<string, unknown> = {};
    for (const veld of Object.values(type.getFields())) {
      if (veld.type instanceof GraphQLNonNull && diepte < 5) {
        uit[veld.name] = voorbeeld(veld.type, diepte + 1);
      }
    }
    return uit;
  }
  switch ((type as GraphQLScalarType).name) {
    case 'Int':
    case 'Centen':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'Date':
      return '2030-01-01';
    case 'DateTime':
      return '2030-01-01T10:00:00Z';
    case 'JSON':
      return {};
    default:
      return 'onbekend';
  }
}

function selectie(veld: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(veld.type);
  return isLeafType(type) ? '' : '{ __typename }';
}

function document(soort: Soort, veld: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const args = veld.args.filter((a: GraphQLArgument) => a.type instanceof GraphQLNonNull);
  const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const gebruik = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    query: `${soort.toLowerCase()}${decl ? `(${decl})` : ''} { ${veld.name}${gebruik ? `(${gebruik})` : ''} ${selectie(veld)} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, voorbeeld(a.type)])),
  };
}

describe('Autorisatiematrix', () => {
  let ctx: TestContext;
  let operaties: Array<{ sleutel: string; soort: Soort; veld: GraphQLField<unknown, unknown> }>;
  const matrix = leesMatrix();

  beforeAll(async () => {
    ctx = await testContext();
    const schema = ctx.app.get(GraphQLSchemaHost).schema;
    operaties = (['Query', 'Mutation', 'Subscription'] as const).flatMap((soort) =>
      Object.values((schema.getType(soort) as GraphQLObjectType | undefined)?.getFields() ?? {}).map((veld) => ({
        sleutel: `${soort}.${veld.name}`,
        soort,
        veld,
      })),
    );
    if (process.env.UPDATE_MATRIX === '1') {
      const ontbrekend = operaties.filter((o) => !matrix.has(o.sleutel));
      const regels = ontbrekend.map((o) => `| \`${o.veld.name}\` | ${o.soort} | TODO |`).join('\n');
      writeFileSync(MATRIX, `${readFileSync(MATRIX, 'utf8').trimEnd()}\n${regels}\n`);
    }
  });
  afterAll(() => ctx.close());

  /**
   * Starts a subscription in-process with the schema the server runs, the way a WebSocket
   * connection does (the token as the connection's authorization header): either the access
   * check refuses it (errors), or it is listening (then it is stopped again).
   */
  async function abonneer(query: string, variables: Record<string, unknown>, token: string | null) {
    const resultaat = await subscribe({
      schema: (ctx.app.getHttpAdapter().getInstance() as unknown as { graphql: { schema: GraphQLSchema } }).graphql.schema,
      document: parse(query),
      variableValues: variables,
      contextValue: { req: { headers: token ? { authorization: `Bearer ${token}` } : {} }, loaders: new Map() },
    });
    if (Symbol.asyncIterator in resultaat) {
      await resultaat.return?.();
      return { data: undefined, errors: undefined };
    }
    return { data: resultaat.data, errors: resultaat.errors?.map((e) => ({ extensions: e.extensions as { code?: string } })) };
  }

  it('noemt elke operatie van het schema, en niets dat er niet is', () => {
    const inSchema = new Set(operaties.map((o) => o.sleutel));
    expect(operaties.filter((o) => !matrix.has(o.sleutel)).map((o) => o.sleutel)).toEqual([]);
    expect([...matrix.keys()].filter((k) => !inSchema.has(k))).toEqual([]);
  });

  it('laat elke cel van de matrix gelden: toegestaan komt langs de toegangscontrole, niet toegestaan wordt geweigerd', async () => {
    const tokens = new Map<Rol, string>();
    for (const rol of ALLE_ROLLEN) {
      tokens.set(rol, await ctx.tokenFor(rol));
    }
    const afwijkingen: string[] = [];
    for (const { sleutel, soort, veld } of operaties) {
      const toegang = matrix.get(sleutel);
      if (!toegang) {
        continue;
      }
      const { query, variables } = document(soort, veld);
      const bellers: Array<[string, string | null, boolean]> = [
        ['anoniem', null, toegang === 'publiek'],
        ...ALLE_ROLLEN.map((rol): [string, string | null, boolean] => [
          rol,
          tokens.get(rol)!,
          toegang === 'publiek' || toegang === 'ingelogd' || toegang.includes(rol),
        ]),
      ];
      for (const [wie, token, toegestaan] of bellers) {
        const res = soort === 'Subscription' ? await abonneer(query, variables, token) : await ctx.gql(query, variables, token);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        const geweigerd = codes.includes('UNAUTHENTICATED') || codes.includes('FORBIDDEN');
        if (toegestaan && geweigerd) {
          afwijkingen.push(`${sleutel} als ${wie}: geweigerd (${codes.join(',')}) maar de matrix staat het toe`);
        }
        if (!toegestaan) {
          const verwacht = wie === 'anoniem' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          const data = (res.data as Record<string, unknown> | null | undefined)?.[veld.name];
          if (!codes.includes(verwacht) || (data !== null && data !== undefined)) {
            afwijkingen.push(`${sleutel} als ${wie}: verwacht ${verwacht}, kreeg ${codes.join(',') || 'geen fout'}`);
          }
        }
      }
    }
    expect(afwijkingen).toEqual([]);
  }, 120_000);
});
