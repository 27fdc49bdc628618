/**
 * Issue 14: graphql-jit compiles a query from its second run on, and its compiled variable
 * parsing drops the defaults of input object fields: `filters` (default `[]`) left out worked
 * once and then failed with BAD_USER_INPUT. This file walks the schema for every operation whose
 * arguments carry a default (directly or in an input object, at any depth) and calls each
 * three times with the defaulted parts left out, with variables and with literals.
 */
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
} from 'graphql';
import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';

/** `Type.veld` of every operation with a default somewhere in its arguments, with the defaulted paths. */
function operatiesMetStandaarden(schema: GraphQLSchema): Map<string, string[]> {
  const gevonden = new Map<string, string[]>();
  const paden = (type: GraphQLInputType, pad: string, gezien: Set<string>): string[] => {
    const kaal = getNamedType(type);
    if (!isInputObjectType(kaal) || gezien.has(kaal.name)) {
      return [];
    }
    const binnen = new Set([...gezien, kaal.name]);
    return Object.values(kaal.getFields()).flatMap((v) => [
      ...(v.defaultValue !== undefined ? [`${pad}.${v.name}`] : []),
      ...paden(v.type, `${pad}.${v.name}`, binnen),
    ]);
  };
  const wortels = [schema.getQueryType(), schema.getMutationType()].filter(
    (t): t is GraphQLObjectType => t !== null && t !== undefined,
  );
  for (const wortel of wortels) {
    for (const veld of Object.values(wortel.getFields())) {
      const metStandaard = veld.args.flatMap((a: GraphQLArgument) => [
        ...(a.defaultValue !== undefined ? [a.name] : []),
        ...paden(a.type, a.name, new Set()),
      ]);
      if (metStandaard.length > 0) {
        gevonden.set(`${wortel.name}.${veld.name}`, metStandaard);
      }
    }
  }
  return gevonden;
}

interface Voorbeeld {
  /** The defaulted paths this example leaves out (must be all the walk finds). */
  weggelaten: string[];
  rol: Rol | null;
  /** With variables: the defaulted parts are missing from `variables`. */
  metVariabelen: { query: string; variables: Record<string, unknown> };
  /** The same with literals in the query text. */
  letterlijk: string;
  /** What the answer shows of the defaults (the same on every call). */
  verwacht: (data: Record<string, unknown>) => void;
}

const VOORBEELDEN: Record<string, Voorbeeld> = {
  'Mutation.webhookAbonnementAanmaken': {
    weggelaten: ['input.berichtvorm', 'input.filters'],
    rol: Rol.BEHEERDER,
    metVariabelen: {
      query:
        'mutation($input: WebhookAbonnementInput!) { webhookAbonnementAanmaken(input: $input) { abonnement { kanaal filters { kenmerk } } } }',
      variables: { input: { callbackUrl: 'http://127.0.0.1:9/standaard', kanaal: 'activiteiten' } },
    },
    letterlijk:
      'mutation { webhookAbonnementAanmaken(input: { callbackUrl: "http://127.0.0.1:9/letterlijk", kanaal: "activiteiten" }) { abonnement { kanaal filters { kenmerk } } } }',
    verwacht: (data) =>
      expect(data).toEqual({ webhookAbonnementAanmaken: { abonnement: { kanaal: 'activiteiten', filters: [] } } }),
  },
  'Query.ideeenbank': {
    weggelaten: ['eerste'],
    rol: null,
    metVariabelen: { query: 'query($eerste: Int) { ideeenbank(eerste: $eerste) { rang } }', variables: {} },
    letterlijk: '{ ideeenbank { rang } }',
    // Default 20 at most; an empty idea bank answers an empty list, not an error.
    verwacht: (data) => expect((data.ideeenbank as unknown[]).length).toBeLessThanOrEqual(20),
  },
  'Query.vrijwilligersverzoeken': {
    weggelaten: ['eerste'],
    rol: null,
    metVariabelen: { query: 'query($eerste: Int) { vrijwilligersverzoeken(eerste: $eerste) { id } }', variables: {} },
    letterlijk: '{ vrijwilligersverzoeken { id } }',
    verwacht: (data) => expect((data.vrijwilligersverzoeken as unknown[]).length).toBeLessThanOrEqual(50),
  },
  'Query.gastbuurtSuggesties': {
    weggelaten: ['aantal'],
    rol: null,
    // A declared variable that is not sent leaves the argument out: its default applies.
    metVariabelen: { query: 'query($aantal: Int) { gastbuurtSuggesties(aantal: $aantal) { code } }', variables: {} },
    letterlijk: '{ gastbuurtSuggesties { code } }',
    // Default 5 suggestions (Heerlen has 57 buurten).
    verwacht: (data) => expect(data.gastbuurtSuggesties).toHaveLength(5),
  },
  'Query.menukaart': {
    weggelaten: ['alleenActief'],
    rol: null,
    metVariabelen: {
      query: 'query($alleenActief: Boolean) { menukaart(alleenActief: $alleenActief) { actief } }',
      variables: {},
    },
    letterlijk: '{ menukaart { actief } }',
    // Default alleenActief: true.
    verwacht: (data) => expect((data.menukaart as Array<{ actief: boolean }>).every((i) => i.actief)).toBe(true),
  },
};

describe('standaardwaarden van invoer blijven gelden, ook na de eerste keer (graphql-jit)', () => {
  let ctx: TestContext;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    ctx = await testContext();
    schema = ctx.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => ctx.close());

  it('kent een voorbeeld voor elke operatie met een standaardwaarde in haar argumenten', () => {
    const gevonden = operatiesMetStandaarden(schema);
    expect([...gevonden.keys()].sort()).toEqual(Object.keys(VOORBEELDEN).sort());
    for (const [operatie, paden] of gevonden) {
      expect({ operatie, paden: paden.sort() }).toEqual({ operatie, paden: [...VOORBEELDEN[operatie].weggelaten].sort() });
    }
  });

  it.each(Object.entries(VOORBEELDEN))('%s: drie keer zonder de velden met een standaardwaarde', async (_operatie, v) => {
    const token = v.rol ? await ctx.tokenFor(v.rol) : null;
    for (let keer = 1; keer <= 3; keer++) {
      const metVariabelen = await ctx.gql(v.metVariabelen.query, v.metVariabelen.variables, token);
      expect({ keer, errors: metVariabelen.errors }).toEqual({ keer, errors: undefined });
      v.verwacht(metVariabelen.data!);
      const letterlijk = await ctx.gql(v.letterlijk, undefined, token);
      expect({ keer, errors: letterlijk.errors }).toEqual({ keer, errors: undefined });
      v.verwacht(letterlijk.data!);
    }
  });

  it('vult ook de standaardwaarde van een weggelaten niet-null variabele in', async () => {
    const token = await ctx.tokenFor(Rol.BEHEERDER);
    const query =
      'mutation($input: WebhookAbonnementInput! = { callbackUrl: "http://127.0.0.1:9/variabele", kanaal: "signalen" }) ' +
      '{ webhookAbonnementAanmaken(input: $input) { abonnement { kanaal filters { kenmerk } } } }';
    for (let keer = 1; keer <= 3; keer++) {
      const res = await ctx.gql(query, {}, token);
      expect({ keer, errors: res.errors }).toEqual({ keer, errors: undefined });
      expect(res.data).toEqual({ webhookAbonnementAanmaken: { abonnement: { kanaal: 'signalen', filters: [] } } });
    }
  });
});
