/**
 * Fuzzing (issue 9): property-based tests with fast-check send random and adversarial input to
 * every mutation of the generated schema — huge strings, NUL bytes, lone surrogates, RTL marks,
 * emoji, SQL and HTML injection, integers at and beyond their bounds, invalid ids, nulls, wrong
 * enum values and wrong types — with a token of a role that may call it
 * (docs/autorisatiematrix.md). Whatever comes in, the API answers a client error or a result:
 * never HTTP 500, never INTERNAL_SERVER_ERROR, never SQL or a stack trace in a message, and what
 * it stored can still be read. Valid but unusual text is stored and read back byte-identical.
 *
 * Runs are bounded (FUZZ_RUNS per mutation, default 15) and reproducible: a failure prints the
 * fast-check seed; rerun with FUZZ_SEED=<seed>.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLEnumType,
  type GraphQLField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLObjectType,
  type GraphQLScalarType,
  getNamedType,
  isLeafType,
} from 'graphql';
import { ALLE_ROLLEN, Rol, toGlobalId } from '@buurtwerk/core';
import { type GqlAntwoord, type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, opslaan, zetOp } from './initiatieven.helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const SEED = process.env.FUZZ_SEED === undefined ? Date.now() : Number(process.env.FUZZ_SEED);

// ------------------------------------------------------------------ who may call what

type Toegang = 'publiek' | 'ingelogd' | Rol[];

function leesMatrix(): Map<string, Toegang> {
  const matrix = new Map<string, Toegang>();
  const bestand = path.join(__dirname, '..', '..', '..', 'docs', 'autorisatiematrix.md');
  for (const regel of readFileSync(bestand, 'utf8').split('\n')) {
    const m = /^\|\s*`(\w+)`\s*\|\s*Mutation\s*\|\s*([^|]+?)\s*\|/.exec(regel);
    if (m) {
      const cel = m[2].trim();
      matrix.set(m[1], cel === 'publiek' || cel === 'ingelogd' ? cel : (cel.split(',').map((r) => r.trim()) as Rol[]));
    }
  }
  return matrix;
}

// ------------------------------------------------------------------ adversarial values

const LANG = 'x'.repeat(10_001);
/** Text that has broken parsers, databases and templates before. */
const VIJANDIGE_TEKST: string[] = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'voor\u0000na',
  '\ud800',
  'a\udfffb',
  '\udc00\ud800',
  '\u202eRTL-override\u202c',
  '\u200f\u200e\u061c',
  '\u200b\u200c\u200d\u2060',
  '\ufeffBOM',
  '\uffff\ufffe',
  '\u{10ffff}',
  'e\u0301\u0308\u0327',
  '👩‍👩‍👧‍👦🏳️‍🌈🇳🇱',
  'Z̸̢̛̤͍̗͔̠͇̮̳̘̝̥̙͑̈́͑̊̽̏͒͐̈́a̸l̷g̶o̴',
  "'; DROP TABLE organisatie;--",
  "' OR '1'='1' --",
  '"); SELECT pg_sleep(5); --',
  '$1$2 \\x00 E\'\\x41\'',
  '%%s%n%x',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}<%= 7*7 %>',
  '../../../../etc/passwd',
  'javascript:alert(1)',
  'null',
  'NaN',
  '-1',
  '1e309',
  'BU09171000',
  LANG,
  '€'.repeat(6_000),
  '😀'.repeat(5_000),
];

const tekstArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VIJANDIGE_TEKST) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 10_001, max: 40_000 }).map((n) => 'ä'.repeat(n)) },
  { weight: 2, arbitrary: fc.constantFrom('Geldige tekst', 'Buurthuis De Kempen', 'https://buurtwerk.example', 'iemand@example.org') },
);

const MAX_INT32 = 2_147_483_647;
const intArb = fc.oneof(
  fc.constantFrom(0, 1, -1, MAX_INT32, -MAX_INT32 - 1, MAX_INT32 + 1, Number.MAX_SAFE_INTEGER, 1.5, -0.0001),
  fc.integer(),
  fc.integer({ min: 0, max: 100 }),
);
const centenArb = fc.oneof(
  fc.constantFrom(0, 1, -1, 12_550, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, 0.5, 1e21, -Number.MAX_SAFE_INTEGER),
  fc.nat(),
  fc.integer({ min: 0, max: 1_000_000 }),
);
const datumArb = fc.oneof(
  fc.constantFrom('2030-01-01', '0001-01-01', '9999-12-31', '2028-02-29', '2027-02-29', '2030-13-01', '2030-1-1', '', 'gisteren'),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) =>
    d.toISOString().slice(0, 10),
  ),
);
const datumTijdArb = fc.oneof(
  fc.constantFrom(
    '2030-03-15T19:30:00+01:00',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999Z',
    '2030-03-15T25:00:00Z',
    '2030-03-15T19:30:00',
    '2030-03-15T19:30:00+99:99',
    '',
  ),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) =>
    d.toISOString(),
  ),
);

/** Deeply nested JSON, e.g. a JSON Logic rule built to exhaust a recursive evaluator. */
function diepGenest(diepte: number): unknown {
  let v: unknown = { var: 'gevraagdBedrag' };
  for (let i = 0; i < diepte; i++) {
    v = { '!': [v] };
  }
  return v;
}
const jsonArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(
    { '>=': [{ var: 'gevraagdBedrag' }, 0] },
    { var: '\u0000' },
    { '\u0000': [1] },
    { 'voor\u0000na': 'x' },
    { '\ud800': 1 },
    diepGenest(200),
    diepGenest(5_000),
    JSON.parse(`${'['.repeat(500)}${']'.repeat(500)}`) as unknown,
    'x'.repeat(50_000),
  ),
);

/** Any JSON value of the wrong kind, for type confusion. */
const verkeerdTypeArb = fc.constantFrom<unknown>(null, 0, -1, 1.5, true, 'tekst', [], {}, ['a'], { a: 1 });

interface Ids {
  /** Real ids per kind (lower case, e.g. 'buurt'), so generated input also reaches deep code. */
  perSoort: Map<string, string[]>;
  alle: string[];
}

function ongeldigeIds(): string[] {
  return [
    '',
    'x',
    'fout-id',
    randomUUID(),
    toGlobalId('Buurt', 'geen-uuid'),
    toGlobalId('Onbekend', randomUUID()),
    toGlobalId('Buurt', randomUUID()),
    toGlobalId('Organisatie', randomUUID()),
    toGlobalId('Initiatief', randomUUID()),
    Buffer.from('Buurt:\u0000').toString('base64url'),
    "'; DROP TABLE buurt;--",
    'A'.repeat(5_000),
  ];
}

/** Real ids of the kind the field name suggests (`buurtIds` -> buurt), else any real id. */
function echteIds(ids: Ids, veld: string, mutatie: string): string[] {
  const naam = veld.toLowerCase();
  for (const [soort, lijst] of ids.perSoort) {
    if (naam.includes(soort) && lijst.length > 0) {
      return lijst;
    }
  }
  if (naam === 'id') {
    const m = mutatie.toLowerCase();
    for (const [soort, lijst] of ids.perSoort) {
      if (m.includes(soort) && lijst.length > 0) {
        return lijst;
      }
    }
  }
  return ids.alle;
}

function scalarArb(naam: string, veld: string, mutatie: string, ids: Ids): fc.Arbitrary<unknown> {
  switch (naam) {
    case 'String':
      return tekstArb;
    case 'ID':
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...echteIds(ids, veld, mutatie)) },
        { weight: 2, arbitrary: fc.constantFrom(...ongeldigeIds()) },
        { weight: 1, arbitrary: tekstArb },
      );
    case 'Int':
      return intArb;
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-1, 0, 1e308));
    case 'Boolean':
      return fc.boolean();
    case 'Centen':
      return centenArb;
    case 'Date':
      return datumArb;
    case 'DateTime':
      return datumTijdArb;
    case 'JSON':
      return jsonArb;
    default:
      return tekstArb;
  }
}

/** An arbitrary for one GraphQL input type: mostly well-typed values, sometimes the wrong type. */
function invoerArb(type: GraphQLInputType, veld: string, mutatie: string, ids: Ids, diepte = 0): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLNonNull) {
    return fc.oneof(
      { weight: 12, arbitrary: invoerArb(type.ofType as GraphQLInputType, veld, mutatie, ids, diepte) },
      { weight: 1, arbitrary: verkeerdTypeArb },
    );
  }
  const nullable = (arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
    fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) });
  if (type instanceof GraphQLList) {
    const element = invoerArb(type.ofType as GraphQLInputType, veld, mutatie, ids, diepte + 1);
    return nullable(fc.array(element, { maxLength: diepte > 2 ? 1 : 4 }));
  }
  if (type instanceof GraphQLEnumType) {
    const waarden = type.getValues().map((v) => v.name);
    return nullable(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...waarden) }, { weight: 1, arbitrary: fc.constantFrom('ONBEKEND', 'drop', '') }));
  }
  if (type instanceof GraphQLInputObjectType) {
    if (diepte > 4) {
      return fc.constant({});
    }
    const velden = Object.values(type.getFields());
    const model = Object.fromEntries(velden.map((v) => [v.name, invoerArb(v.type, v.name, mutatie, ids, diepte + 1)]));
    const verplicht = velden.filter((v) => v.type instanceof GraphQLNonNull).map((v) => v.name);
    const record = fc.record(model, { requiredKeys: verplicht });
    // Now and then an unknown field on top (refused by graphql-js or by the whitelist pipe).
    return nullable(
      fc.oneof(
        { weight: 8, arbitrary: record },
        { weight: 1, arbitrary: record.map((r) => ({ ...r, onbekendVeld: "'; DROP TABLE x;--" })) },
      ),
    );
  }
  return nullable(scalarArb((type as GraphQLScalarType).name, veld, mutatie, ids));
}

// ------------------------------------------------------------------ what must never happen

/** Traces of internals that must never reach a client: SQL errors, ORM names, stack frames. */
const LEK =
  /QueryFailedError|TypeORM|typeorm|node_modules|\n\s+at\s|\bat \S+ \(.*:\d+:\d+\)|\.ts:\d+|violates|duplicate key|syntax error at or near|invalid input syntax|invalid byte sequence|unsupported Unicode escape|relation "|column "|out of range for type|value too long for type|PostgresError|ECONNREFUSED/;

function overtredingen(res: GqlAntwoord): string[] {
  const uit: string[] = [];
  if (res.status >= 500) {
    uit.push(`HTTP ${res.status}`);
  }
  if (typeof res.body !== 'object' || res.body === null) {
    uit.push(`geen JSON-antwoord: ${String(res.body).slice(0, 200)}`);
  }
  for (const e of res.errors ?? []) {
    if (e.extensions?.code === 'INTERNAL_SERVER_ERROR' || e.extensions?.code === undefined) {
      uit.push(`code ${String(e.extensions?.code)}: ${e.message.slice(0, 300)}`);
    }
    const lek = LEK.exec(e.message);
    if (lek) {
      uit.push(`interne details in de melding (${lek[0]}): ${e.message.slice(0, 300)}`);
    }
    for (const v of e.extensions?.velden ?? []) {
      if (LEK.test(v.melding)) {
        uit.push(`interne details in veld ${v.veld}: ${v.melding.slice(0, 300)}`);
      }
    }
  }
  return uit;
}

function kort(waarde: unknown): string {
  const json = JSON.stringify(waarde, (_k, v: unknown) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v));
  return json.length > 1500 ? `${json.slice(0, 1500)}…` : json;
}

function selectie(veld: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(veld.type)) ? '' : '{ __typename }';
}

// ------------------------------------------------------------------ the tests

describe('Fuzzing: willekeurige en vijandige invoer op elke mutatie', () => {
  let ctx: TestContext;
  let ids: Ids;
  let mutaties: Array<GraphQLField<unknown, unknown>>;
  const matrix = leesMatrix();
  const tokens = new Map<string, string | null>();

  /** A token with every role the matrix allows (null for public mutations). */
  async function tokenVoor(mutatie: string): Promise<string | null> {
    const toegang = matrix.get(mutatie) ?? [Rol.BEHEERDER];
    const sleutel = Array.isArray(toegang) ? toegang.join(',') : toegang;
    if (!tokens.has(sleutel)) {
      tokens.set(
        sleutel,
        toegang === 'publiek'
          ? null
          : await ctx.tokenFor(null, { roles: toegang === 'ingelogd' ? [Rol.BEWONER] : toegang, sub: `fuzz-${sleutel}` }),
      );
    }
    return tokens.get(sleutel)!;
  }

  beforeAll(async () => {
    ctx = await testContext();
    const schema = ctx.app.get(GraphQLSchemaHost).schema;
    mutaties = Object.values((schema.getType('Mutation') as GraphQLObjectType).getFields());

    // Real objects of every kind, so that generated ids also reach the code behind the lookup.
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const griffie = await ctx.tokenFor(Rol.GRIFFIE);
    const opzet = await zetOp(ctx, 10_000_000, 'FUZZ');
    const bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'fuzz-ingelogd' });
    const initiatief = await opslaan(ctx, bewoner, initiatiefInput(opzet));
    const { buurten } = await ctx.gqlOk<{ buurten: Array<{ id: string; wijk: { id: string } }> }>(
      '{ buurten { id wijk { id } } }',
    );
    const { stadsdelen } = await ctx.gqlOk<{ stadsdelen: Array<{ id: string }> }>('{ stadsdelen { id } }');
    const org = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
      'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
      { input: { naam: 'Fuzz-vereniging', soort: 'VERENIGING', buurtIds: [buurten[0].id] } },
      beheerder,
    );
    const bijeenkomst = await ctx.gqlOk<{ netwerkbijeenkomstPlannen: { id: string } }>(
      'mutation($input: NetwerkbijeenkomstInput!) { netwerkbijeenkomstPlannen(input: $input) { id } }',
      {
        input: {
          titel: 'Fuzz-bijeenkomst',
          begin: '2030-03-15T19:00:00+01:00',
          eind: '2030-03-15T21:00:00+01:00',
          buurtId: buurten[1].id,
          locatie: 'Buurthuis',
          capaciteit: 5,
        },
      },
      beheerder,
    );
    const signaal = await ctx.gqlOk<{ signaalMelden: { id: string } }>(
      'mutation($input: SignaalInput!) { signaalMelden(input: $input) { id } }',
      { input: { buurtId: buurten[0].id, categorie: 'Openbare ruimte', omschrijving: 'Losse stoeptegel' } },
      bewoner,
    );
    const ambtsdrager = await ctx.gqlOk<{ ambtsdragerRegistreren: { id: string } }>(
      'mutation($input: AmbtsdragerInput!) { ambtsdragerRegistreren(input: $input) { id } }',
      { input: { naam: 'Fuzz Raadslid', functie: 'RAADSLID', vanaf: '2026-01-01' } },
      griffie,
    );
    const activiteit = await ctx.gqlOk<{ activiteitPubliceren: { id: string } }>(
      'mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }',
      { input: { titel: 'Fuzz-activiteit', begin: '2030-05-01T10:00:00+02:00', buurtId: buurten[0].id } },
      beheerder,
    );
    const perSoort = new Map<string, string[]>([
      ['stadsdeel', stadsdelen.map((s) => s.id)],
      ['wijk', [buurten[0].wijk.id]],
      ['buurt', buurten.slice(0, 5).map((b) => b.id)],
      ['organisat', [org.organisatieRegistreren.id]],
      ['instrument', [opzet.geldId, opzet.tentId]],
      ['regeling', [opzet.regelingId]],
      ['aanvraag', initiatief.aanvragen.map((a) => a.id)],
      ['initiatief', [initiatief.id]],
      ['bijeenkomst', [bijeenkomst.netwerkbijeenkomstPlannen.id]],
      ['signaal', [signaal.signaalMelden.id]],
      ['ambtsdrager', [ambtsdrager.ambtsdragerRegistreren.id]],
      ['activiteit', [activiteit.activiteitPubliceren.id]],
    ]);
    ids = { perSoort, alle: [...perSoort.values()].flat() };
  });
  afterAll(() => ctx.close());

  it('staat in de autorisatiematrix voor elke mutatie (anders weet de fuzzer niet met welke rol)', () => {
    expect(mutaties.map((m) => m.name).filter((n) => !matrix.has(n))).toEqual([]);
    expect(ALLE_ROLLEN.length).toBeGreaterThan(0);
  });

  it(
    'geeft op elke mutatie met willekeurige en vijandige invoer nooit een 500, INTERNAL_SERVER_ERROR, SQL of stacktrace',
    async () => {
      const fouten: string[] = [];
      for (const mutatie of mutaties) {
        const args = mutatie.args;
        const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
        const gebruik = args.map((a) => `${a.name}: $${a.name}`).join(', ');
        const query = `mutation Fuzz${decl ? `(${decl})` : ''} { ${mutatie.name}${gebruik ? `(${gebruik})` : ''} ${selectie(mutatie)} }`;
        const variabelen = fc.record(
          Object.fromEntries(args.map((a) => [a.name, invoerArb(a.type, a.name, mutatie.name, ids)])),
          { requiredKeys: args.filter((a) => a.type instanceof GraphQLNonNull).map((a) => a.name) },
        );
        const token = await tokenVoor(mutatie.name);
        try {
          await fc.assert(
            fc.asyncProperty(variabelen, async (variables) => {
              const res = await ctx.gql(query, variables, token);
              const mis = overtredingen(res);
              if (mis.length > 0) {
                throw new Error(`${mis.join('; ')}\n    variabelen: ${kort(variables)}`);
              }
            }),
            { numRuns: RUNS, seed: SEED, endOnFailure: true },
          );
        } catch (e) {
          fouten.push(`${mutatie.name}: ${(e as Error).message.split('\n').slice(0, 8).join('\n')}`);
        }
      }
      expect(fouten).toEqual([]);
    },
    240_000,
  );

  it('kan na het fuzzen alles wat is opgeslagen nog lezen (geen kapotte gegevens)', async () => {
    const beheerder = await ctx.tokenFor(null, { roles: [...ALLE_ROLLEN] });
    const lezen = [
      '{ organisaties(first: 100) { totalCount edges { node { id naam beschrijving website kvkNummer soort buurten { code } bestuursfuncties { persoon functie vanaf tot } } } } }',
      '{ activiteiten(first: 100) { totalCount edges { node { id titel beschrijving locatie begin eind geannuleerd } } } }',
      '{ signalen(first: 100) { totalCount edges { node { id referentie omschrijving status terugkoppeling reactieUiterlijk } } } }',
      '{ netwerkbijeenkomsten { id titel thema locatie begin eind capaciteit plaatsenBeschikbaar verslag } }',
      '{ menukaart { id naam beschrijving voorwaarden soort } }',
      '{ subsidieregelingen { id code naam beschrijving voorwaarden { code omschrijving regel } plafonds { bedrag beschikbaar periode } } }',
      '{ initiatieven(first: 100) { totalCount edges { node { id titel } } } }',
      '{ mijnInitiatieven { id titel beschrijving startdatum einddatum aanvragen { toelichting gevraagdBedrag } } }',
      '{ nevenfunctieregister { functie organisatieNaam vanaf tot ambtsdrager { naam partij } } }',
      '{ webhookAbonnementen { id callbackUrl kanaal filters { kenmerk waarde } } }',
      '{ apiSleutels { id naam scopes } }',
      '{ plannen { id titel afdeling omschrijving startdatum einddatum } }',
    ];
    const fouten: string[] = [];
    for (const query of lezen) {
      const res = await ctx.gql(query, {}, beheerder);
      const mis = overtredingen(res);
      // A query this test wrote wrong (a renamed field) is a BAD_USER_INPUT: report it too.
      if (mis.length > 0 || res.errors?.length) {
        fouten.push(`${query.slice(0, 40)}: ${mis.join('; ') || kort(res.errors)}`);
      }
    }
    expect(fouten).toEqual([]);
    // Stored text never contains NUL (PostgreSQL refuses it; the API must have refused it first)
    // or the replacement character that a lone surrogate would have turned into.
    const [{ n }] = (await ctx.dataSource.query(
      `SELECT count(*)::int AS n FROM organisatie WHERE naam LIKE '%' || chr(65533) || '%' OR coalesce(beschrijving, '') LIKE '%' || chr(65533) || '%'`,
    )) as Array<{ n: number }>;
    expect(n).toBe(0);
  });

  it('weigert vijandige verzoeken (diep genest, groot, kapot) met een klantfout, nooit een 500', async () => {
    let diep = '__typename';
    for (let i = 0; i < 60; i++) {
      diep = `buurten { wijk { ${diep} } }`;
    }
    const verzoeken: Array<{ naam: string; body: string | object; type?: string }> = [
      { naam: 'query van diepte 120', body: { query: `{ stadsdelen { ${diep} } }` } },
      {
        naam: 'diep genest fragment',
        body: { query: `{ ...A } fragment A on Query { stadsdelen { buurten { wijk { buurten { wijk { buurten { wijk { buurten { wijk { buurten { wijk { buurten { wijk { naam } } } } } } } } } } } } } }` },
      },
      { naam: 'fragmentlus', body: { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' } },
      { naam: '2000 aliassen', body: { query: `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(' ')} }` } },
      { naam: 'kapotte JSON', body: '{"query": "{ ik { naam } }"', type: 'application/json' },
      { naam: 'geen query', body: { variables: {} } },
      { naam: 'query is geen tekst', body: { query: 42 } },
      { naam: 'NUL in de query', body: { query: '{ ik\u0000 { naam } }' } },
      { naam: 'lone surrogate in een variabele', body: { query: 'query($c: String!) { buurt(code: $c) { naam } }', variables: { c: '\ud800' } } },
      { naam: 'NUL in een zoekargument', body: { query: 'query($z: String) { organisaties(zoek: $z) { totalCount } }', variables: { z: 'a\u0000b' } } },
      { naam: 'SQL in een zoekargument', body: { query: 'query($z: String) { organisaties(zoek: $z) { totalCount } }', variables: { z: "%' OR 1=1 --" } } },
      { naam: 'verzoek boven 1 MiB', body: { query: `{ ik { naam } } # ${'x'.repeat(1_100_000)}` } },
      { naam: 'onbekende operatie', body: { query: 'mutation { bestaatNiet }' } },
      { naam: 'tekst in plaats van JSON', body: 'query=%7B%20ik%20%7D', type: 'application/x-www-form-urlencoded' },
    ];
    const fouten: string[] = [];
    for (const v of verzoeken) {
      const res = await ctx
        .http()
        .post('/graphql')
        .set('content-type', v.type ?? 'application/json')
        .send(typeof v.body === 'string' ? v.body : JSON.stringify(v.body));
      const body = res.body as { errors?: GqlAntwoord['errors']; data?: unknown };
      const mis = overtredingen({ status: res.status, data: body.data, errors: body.errors, body });
      if (mis.length > 0) {
        fouten.push(`${v.naam}: ${mis.join('; ')}`);
      }
    }
    expect(fouten).toEqual([]);
  });
});

// ------------------------------------------------------------------ byte-identical text

/**
 * Valid but unusual text: every Unicode plane, combining marks, RTL and zero-width marks,
 * emoji sequences, decomposed forms, quotes, markup and SQL. Not blank (required fields refuse
 * blank), no NUL and no lone surrogate (not representable in PostgreSQL text: refused).
 */
const LOS_SURROGAAT = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const WEERBARSTIG: string[] = [
  "'; DROP TABLE organisatie;--",
  "Robert'); DELETE FROM signaal WHERE ('1'='1",
  '<script>alert("buurt")</script>',
  '<b onmouseover="alert(1)">vet</b> &amp; &lt;',
  '\u202eRTL-override\u202c en \u200fمرحبا\u200e',
  'zero\u200bwidth\u200d\u2060joiner',
  '👩‍👩‍👧‍👦 🏳️‍🌈 🇳🇱 👍🏽',
  'Cafe\u0301 (NFD) en Café (NFC)',
  '\ufeffBOM vooraan',
  '𝕳𝖊𝖊𝖗𝖑𝖊𝖓 \u{10ffff} \u{1f600}',
  '  spaties rondom  ',
  'regel 1\r\nregel 2\ttab',
  '\\ backslash \\x00 \\u0000 $1 %s %% _',
  '"dubbele" en \'enkele\' aanhalingstekens `backtick`',
];
const weerbarstigArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(...WEERBARSTIG),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
    fc.tuple(fc.constantFrom(...WEERBARSTIG), fc.string({ unit: 'grapheme', maxLength: 20 })).map(([a, b]) => a + b),
  )
  // Storable and non-blank: what PostgreSQL can hold byte for byte and a required field accepts.
  .filter((s) => /\S/.test(s) && !s.includes('\u0000') && !LOS_SURROGAAT.test(s) && s.length <= 200);

describe('Fuzzing: bijzondere maar geldige tekst komt byte voor byte terug', () => {
  let ctx: TestContext;
  let beheerder: string;
  let bewoner: string;
  let buurtId: string;
  let bijeenkomstId: string;
  let geldId: string;

  beforeAll(async () => {
    ctx = await testContext();
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'fuzz-bewoner' });
    const opzet = await zetOp(ctx, 10_000_000, 'FUZZTEKST');
    geldId = opzet.geldId;
    buurtId = opzet.buurtId;
    const { buurten } = await ctx.gqlOk<{ buurten: Array<{ id: string }> }>('{ buurten { id } }');
    bijeenkomstId = (
      await ctx.gqlOk<{ netwerkbijeenkomstPlannen: { id: string } }>(
        'mutation($input: NetwerkbijeenkomstInput!) { netwerkbijeenkomstPlannen(input: $input) { id } }',
        {
          input: {
            titel: 'Bijeenkomst',
            begin: '2030-03-15T19:00:00+01:00',
            eind: '2030-03-15T21:00:00+01:00',
            buurtId: buurten[7].id,
            locatie: 'Buurthuis',
            capaciteit: 1000,
          },
        },
        beheerder,
      )
    ).netwerkbijeenkomstPlannen.id;
  });
  afterAll(() => ctx.close());

  const eigenschap = (
    naam: string,
    rondje: (a: string, b: string) => Promise<{ verstuurd: string[]; teruggelezen: unknown[] }>,
  ): void => {
    it(`${naam}: bewaart en toont precies de verstuurde tekens`, async () => {
      await fc.assert(
        fc.asyncProperty(weerbarstigArb, weerbarstigArb, async (a, b) => {
          const { verstuurd, teruggelezen } = await rondje(a, b);
          expect(teruggelezen).toEqual(verstuurd);
          // Byte for byte, not only equal after some normalisation.
          expect(teruggelezen.map((t) => Buffer.from(String(t), 'utf8').toString('hex'))).toEqual(
            verstuurd.map((t) => Buffer.from(t, 'utf8').toString('hex')),
          );
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    });
  };

  eigenschap('organisatieRegistreren', async (naam, beschrijving) => {
    const { organisatieRegistreren: o } = await ctx.gqlOk<{ organisatieRegistreren: { id: string; naam: string; beschrijving: string } }>(
      'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id naam beschrijving } }',
      { input: { naam, beschrijving, soort: 'STICHTING', buurtIds: [buurtId] } },
      beheerder,
    );
    const { node } = await ctx.gqlOk<{ node: { naam: string; beschrijving: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Organisatie { naam beschrijving } } }',
      { id: o.id },
    );
    return { verstuurd: [naam, beschrijving, naam, beschrijving], teruggelezen: [o.naam, o.beschrijving, node.naam, node.beschrijving] };
  });

  eigenschap('activiteitPubliceren', async (titel, beschrijving) => {
    const { activiteitPubliceren: a } = await ctx.gqlOk<{ activiteitPubliceren: { id: string; titel: string; beschrijving: string; locatie: string } }>(
      'mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id titel beschrijving locatie } }',
      { input: { titel, beschrijving, locatie: titel, begin: '2030-05-01T10:00:00+02:00', buurtId } },
      beheerder,
    );
    const { node } = await ctx.gqlOk<{ node: { titel: string; beschrijving: string; locatie: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Activiteit { titel beschrijving locatie } } }',
      { id: a.id },
    );
    return {
      verstuurd: [titel, beschrijving, titel, titel, beschrijving, titel],
      teruggelezen: [a.titel, a.beschrijving, a.locatie, node.titel, node.beschrijving, node.locatie],
    };
  });

  eigenschap('signaalMelden', async (omschrijving) => {
    const { signaalMelden: s } = await ctx.gqlOk<{ signaalMelden: { id: string; omschrijving: string } }>(
      'mutation($input: SignaalInput!) { signaalMelden(input: $input) { id omschrijving } }',
      { input: { buurtId, categorie: 'Openbare ruimte', omschrijving } },
      bewoner,
    );
    const { node } = await ctx.gqlOk<{ node: { omschrijving: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Signaal { omschrijving } } }',
      { id: s.id },
      bewoner,
    );
    return { verstuurd: [omschrijving, omschrijving], teruggelezen: [s.omschrijving, node.omschrijving] };
  });

  eigenschap('initiatiefOpslaan', async (titel, beschrijving) => {
    const input = {
      titel,
      beschrijving,
      schaal: 'BUURT',
      buurtIds: [buurtId],
      aanvragerSoort: 'BEWONER',
      aanvragen: [{ instrumentId: geldId, gevraagdBedrag: 1000, eigenBijdrage: 200, toelichting: beschrijving }],
    };
    const i = await opslaan(ctx, bewoner, input);
    const { node } = await ctx.gqlOk<{ node: { titel: string; beschrijving: string; aanvragen: Array<{ toelichting: string }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { titel beschrijving aanvragen { toelichting } } } }',
      { id: i.id },
      bewoner,
    );
    return {
      verstuurd: [titel, beschrijving, titel, beschrijving, beschrijving],
      teruggelezen: [i.titel, i.aanvragen[0].toelichting, node.titel, node.beschrijving, node.aanvragen[0].toelichting],
    };
  });

  eigenschap('aanmelden', async (naam, wensen) => {
    const { aanmelden } = await ctx.gqlOk<{ aanmelden: { id: string } }>(
      'mutation($input: AanmeldingInput!) { aanmelden(input: $input) { id } }',
      { input: { bijeenkomstId, naam, wensen, email: `d${randomUUID().slice(0, 8)}@example.org` } },
    );
    // An Aanmelding shows no personal data on the wire: read what was stored.
    const [rij] = (await ctx.dataSource.query('SELECT naam, wensen FROM aanmelding WHERE id = $1', [
      Buffer.from(aanmelden.id, 'base64url').toString('utf8').split(':')[1],
    ])) as Array<{ naam: string; wensen: string }>;
    return { verstuurd: [naam, wensen], teruggelezen: [rij.naam, rij.wensen] };
  });

  it('weigert NUL en losse surrogaten in tekst met BAD_USER_INPUT en noemt het veld', async () => {
    for (const slecht of ['voor\u0000na', '\ud800', 'a\udfffb']) {
      const res = await ctx.gql(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam: 'Goed', beschrijving: slecht, soort: 'STICHTING', buurtIds: [buurtId] } },
        beheerder,
      );
      expect(res.status).toBe(400);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions?.velden?.map((v) => v.veld)).toEqual(['input.beschrijving']);
    }
    // Also in plain String arguments and in JSON values, outside any DTO class.
    const signaal = await ctx.gqlOk<{ signaalMelden: { id: string } }>(
      'mutation($input: SignaalInput!) { signaalMelden(input: $input) { id } }',
      { input: { buurtId, categorie: 'Openbare ruimte', omschrijving: 'Goed' } },
      bewoner,
    );
    const res = await ctx.gql(
      'mutation($id: ID!, $a: String!) { signaalDoorzetten(id: $id, afdeling: $a) { id } }',
      { id: signaal.signaalMelden.id, a: 'Wijk\u0000beheer' },
      beheerder,
    );
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
