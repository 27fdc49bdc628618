/**
 * `npm run contract:changelog`: lists the changes of the public GraphQL contract since the last
 * release, as added / deprecated / breaking (and "dangerous": changes that break no query but may
 * change what a client receives, such as a new enum value), and writes docs/CHANGELOG-contract.md.
 *
 * The base is apps/api/schema.graphql as it was at the newest git tag `v*` (sorted as versions);
 * without any release tag it is docs/contract/core.graphql, the core contract the schema must
 * stay a superset of. Breaking and dangerous changes come from graphql-js
 * (findBreakingChanges / findDangerousChanges); additions and new deprecations from a walk over
 * both schemas, since graphql-js reports neither.
 *
 *   npm run contract:changelog                 writes docs/CHANGELOG-contract.md
 *   npm run contract:changelog -- --check      exits 1 when the file is not up to date (CI)
 *   npm run contract:changelog -- OUD NIEUW    compares two SDL files, prints Markdown
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  type GraphQLArgument,
  type GraphQLEnumValue,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  isIntrospectionType,
  isUnionType,
} from 'graphql';

const ROOT = path.join(__dirname, '..');
const SCHEMA = 'apps/api/schema.graphql';
const CONTRACT = 'docs/contract/core.graphql';
export const UITVOER = path.join(ROOT, 'docs', 'CHANGELOG-contract.md');

export interface Wijzigingen {
  toegevoegd: string[];
  verouderd: string[];
  brekend: string[];
  riskant: string[];
}

type Veld = GraphQLField<unknown, unknown> | GraphQLInputField;

function eigenTypes(schema: GraphQLSchema): Map<string, GraphQLNamedType> {
  return new Map(Object.entries(schema.getTypeMap()).filter(([, t]) => !isIntrospectionType(t) && !isSpecifiedScalarType(t)));
}

function velden(type: GraphQLNamedType): Map<string, Veld> {
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    return new Map(Object.entries(type.getFields()));
  }
  return new Map();
}

function soort(type: GraphQLNamedType): string {
  if (isObjectType(type)) {
    return 'type';
  }
  if (isInterfaceType(type)) {
    return 'interface';
  }
  if (isUnionType(type)) {
    return 'union';
  }
  if (isEnumType(type)) {
    return 'enum';
  }
  if (isInputObjectType(type)) {
    return 'input';
  }
  return 'scalar';
}

function reden(r: string | null | undefined): string {
  return r ? `: ${r}` : '';
}

/** Compares two schemas: what a client of `oud` notices in `nieuw`. */
export function vergelijk(oud: GraphQLSchema, nieuw: GraphQLSchema): Wijzigingen {
  const w: Wijzigingen = {
    toegevoegd: [],
    verouderd: [],
    brekend: findBreakingChanges(oud, nieuw).map((c) => `${c.type}: ${c.description}`),
    riskant: findDangerousChanges(oud, nieuw).map((c) => `${c.type}: ${c.description}`),
  };
  const oudeTypes = eigenTypes(oud);
  for (const [naam, type] of eigenTypes(nieuw)) {
    const vorig = oudeTypes.get(naam);
    if (!vorig) {
      w.toegevoegd.push(`${soort(type)} \`${naam}\``);
      continue;
    }
    const oudeVelden = velden(vorig);
    for (const [veldnaam, veld] of velden(type)) {
      const oudVeld = oudeVelden.get(veldnaam);
      const pad = `${naam}.${veldnaam}`;
      if (!oudVeld) {
        w.toegevoegd.push(`field \`${pad}\``);
      } else if (veld.deprecationReason && !oudVeld.deprecationReason) {
        w.verouderd.push(`field \`${pad}\`${reden(veld.deprecationReason)}`);
      }
      if (oudVeld && 'args' in veld && 'args' in oudVeld) {
        const oudeArgs = new Map(oudVeld.args.map((a: GraphQLArgument) => [a.name, a]));
        for (const arg of veld.args) {
          const oudArg = oudeArgs.get(arg.name);
          if (!oudArg) {
            w.toegevoegd.push(`argument \`${pad}(${arg.name})\``);
          } else if (arg.deprecationReason && !oudArg.deprecationReason) {
            w.verouderd.push(`argument \`${pad}(${arg.name})\`${reden(arg.deprecationReason)}`);
          }
        }
      }
    }
    if (isEnumType(type) && isEnumType(vorig)) {
      const oudeWaarden = new Map(vorig.getValues().map((v: GraphQLEnumValue) => [v.name, v]));
      for (const waarde of type.getValues()) {
        const oudeWaarde = oudeWaarden.get(waarde.name);
        if (!oudeWaarde) {
          w.toegevoegd.push(`enum value \`${naam}.${waarde.name}\``);
        } else if (waarde.deprecationReason && !oudeWaarde.deprecationReason) {
          w.verouderd.push(`enum value \`${naam}.${waarde.name}\`${reden(waarde.deprecationReason)}`);
        }
      }
    }
    if (isUnionType(type) && isUnionType(vorig)) {
      const oudeLeden = new Set(vorig.getTypes().map((t) => t.name));
      for (const lid of type.getTypes()) {
        if (!oudeLeden.has(lid.name)) {
          w.toegevoegd.push(`union member \`${naam}\` | \`${lid.name}\``);
        }
      }
    }
  }
  for (const lijst of Object.values(w)) {
    (lijst as string[]).sort();
  }
  return w;
}

export function alsMarkdown(w: Wijzigingen, van: string, naar: string): string {
  const sectie = (titel: string, lijst: string[]): string =>
    `## ${titel} (${lijst.length})\n\n${lijst.length === 0 ? '_None._' : lijst.map((r) => `- ${r}`).join('\n')}\n`;
  return [
    '# Changelog of the public GraphQL contract',
    '',
    `Generated by \`npm run contract:changelog\` (scripts/contract-changelog.ts): changes from ${van} to ${naar}.`,
    'See "Deprecation policy" in the README for what each category means for a client.',
    '',
    sectie('Breaking', w.brekend),
    sectie('Dangerous (may change what a client receives)', w.riskant),
    sectie('Deprecated', w.verouderd),
    sectie('Added', w.toegevoegd),
  ].join('\n');
}

/** Newest `v*` tag by version order, or null when nothing was released yet. */
export function laatsteReleaseTag(cwd = ROOT): string | null {
  const uit = execFileSync('git', ['tag', '--list', 'v*', '--sort=-v:refname'], { cwd, encoding: 'utf8' });
  return (
    uit
      .split('\n')
      .find((t) => t.trim() !== '')
      ?.trim() ?? null
  );
}

function basis(cwd = ROOT): { sdl: string; naam: string } {
  const tag = laatsteReleaseTag(cwd);
  if (tag) {
    return {
      sdl: execFileSync('git', ['show', `${tag}:${SCHEMA}`], { cwd, encoding: 'utf8' }),
      naam: `release \`${tag}\``,
    };
  }
  return { sdl: readFileSync(path.join(cwd, CONTRACT), 'utf8'), naam: `\`${CONTRACT}\` (no release tag \`v*\` yet)` };
}

export function changelog(oudSdl: string, nieuwSdl: string, van: string, naar: string): string {
  return alsMarkdown(vergelijk(buildSchema(oudSdl), buildSchema(nieuwSdl)), van, naar);
}

function hoofd(argv: string[]): number {
  const bestanden = argv.filter((a) => !a.startsWith('--'));
  if (bestanden.length === 2) {
    process.stdout.write(
      changelog(readFileSync(bestanden[0], 'utf8'), readFileSync(bestanden[1], 'utf8'), bestanden[0], bestanden[1]),
    );
    return 0;
  }
  const { sdl, naam } = basis();
  const md = changelog(sdl, readFileSync(path.join(ROOT, SCHEMA), 'utf8'), naam, `\`${SCHEMA}\``);
  if (argv.includes('--check')) {
    const huidig = readFileSync(UITVOER, 'utf8');
    if (huidig !== md) {
      process.stderr.write('docs/CHANGELOG-contract.md is niet bijgewerkt: npm run contract:changelog\n');
      return 1;
    }
    return 0;
  }
  writeFileSync(UITVOER, md);
  process.stdout.write(`${path.relative(ROOT, UITVOER)} geschreven.\n`);
  return 0;
}

if (require.main === module) {
  process.exit(hoofd(process.argv.slice(2)));
}
