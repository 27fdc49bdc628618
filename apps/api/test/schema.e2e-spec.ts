/**
 * The public contract (docs/contract/core.graphql, a copy of the shared contract) is what
 * integrators build on. The generated schema must be a compatible superset: nothing renamed,
 * removed or made stricter. Missing parts are counted (they shrink as issues land); anything
 * that exists but differs fails. The committed apps/api/schema.graphql must match the code
 * (`npm run schema:generate` rewrites it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { NodeRegistry, Rol } from '@buurtwerk/core';
import {
  BreakingChangeType,
  buildSchema,
  GraphQLInterfaceType,
  findBreakingChanges,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { type TestContext, testContext } from '../../../test/harness';

const ROOT = path.join(__dirname, '..', '..', '..');
const CONTRACT = path.join(ROOT, 'docs', 'contract', 'core.graphql');
const GEDEELD = path.join(ROOT, '..', 'shared', 'contract', 'core.graphql');
const SCHEMA = path.join(ROOT, 'apps', 'api', 'schema.graphql');

/** Kinds of "breaking change" that only mean: not implemented yet. */
const ONTBREKEND = new Set<string>([
  BreakingChangeType.TYPE_REMOVED,
  BreakingChangeType.FIELD_REMOVED,
  BreakingChangeType.VALUE_REMOVED_FROM_ENUM,
  BreakingChangeType.ARG_REMOVED,
  BreakingChangeType.IMPLEMENTED_INTERFACE_REMOVED,
]);

describe('GraphQL-schema en contract', () => {
  let ctx: TestContext;
  let gegenereerd: string;
  beforeAll(async () => {
    ctx = await testContext();
    gegenereerd = printSchema(lexicographicSortSchema(ctx.app.get(GraphQLSchemaHost).schema));
  });
  afterAll(() => ctx.close());

  it('houdt docs/contract/core.graphql gelijk aan het gedeelde contract', () => {
    if (existsSync(GEDEELD)) {
      expect(readFileSync(CONTRACT, 'utf8')).toBe(readFileSync(GEDEELD, 'utf8'));
    }
  });

  it('breekt niets van het contract (alleen nog ontbrekende delen zijn toegestaan)', () => {
    const contract = buildSchema(readFileSync(CONTRACT, 'utf8'));
    const wijzigingen = findBreakingChanges(contract, buildSchema(gegenereerd));
    const ontbrekend = wijzigingen.filter((w) => ONTBREKEND.has(w.type));
    const fout = wijzigingen.filter((w) => !ONTBREKEND.has(w.type));
    // A type that is still missing as a whole also reports its fields: count what is visible.
    console.info(
      `Contract: ${ontbrekend.length} onderdelen ontbreken nog${ontbrekend.length ? `:\n  ${ontbrekend.map((w) => w.description).join('\n  ')}` : ''}`,
    );
    expect(fout.map((w) => `${w.type}: ${w.description}`)).toEqual([]);
  });

  it('komt overeen met het vastgelegde apps/api/schema.graphql', () => {
    if (process.env.UPDATE_SCHEMA === '1') {
      writeFileSync(SCHEMA, gegenereerd);
    }
    expect(existsSync(SCHEMA)).toBe(true);
    expect(readFileSync(SCHEMA, 'utf8')).toBe(gegenereerd);
  });

  it('kan elk type dat Node implementeert via node(id) laden', () => {
    const schema = ctx.app.get(GraphQLSchemaHost).schema;
    const node = schema.getType('Node') as GraphQLInterfaceType;
    const implementaties = schema.getImplementations(node).objects.map((t) => t.name);
    expect(ctx.app.get(NodeRegistry).typen()).toEqual(expect.arrayContaining(implementaties.sort()));
  });

  it('laadt de eigen Gebruiker via node(id), en nooit iemand anders (issue 24)', async () => {
    const token = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-node-1', name: 'Fatma Node' });
    const { ik } = await ctx.gqlOk<{ ik: { id: string } }>('{ ik { id } }', {}, token);
    const NODE = 'query($id: ID!) { node(id: $id) { __typename id ... on Gebruiker { naam rollen } } }';
    const zelf = await ctx.gqlOk<{ node: unknown }>(NODE, { id: ik.id }, token);
    expect(zelf.node).toEqual({ __typename: 'Gebruiker', id: ik.id, naam: 'Fatma Node', rollen: ['BEWONER'] });
    // Someone else, staff included, and anonymous callers get null: this API keeps no users.
    const ander = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-node-2' });
    const regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'regisseur-node' });
    for (const t of [ander, regisseur, null]) {
      expect((await ctx.gqlOk<{ node: unknown }>(NODE, { id: ik.id }, t)).node).toBeNull();
    }
  });
});
