/**
 * `npm run docs:build [-- --uit MAP]`: builds the reference site for integrators into dist/docs
 * (or MAP), which the API serves at /docs (apps/api/src/web/docs.ts). Static files only, no inline
 * scripts, so the API's Content-Security-Policy (script-src 'self') holds for it as for the rest.
 *
 *   index.html                     overview with links to everything below
 *   rest/index.html                the REST API, Redoc (`redocly build-docs docs/openapi.json`)
 *   graphql/index.html, <Type>.html  the GraphQL schema (apps/api/schema.graphql, graphql-js)
 *   autorisatiematrix.html         who may call which operation (docs/autorisatiematrix.md)
 *   foutcodes.html                 the error codes (FoutCode in libs/core) and their HTTP status
 *   contract-changelog.html        docs/CHANGELOG-contract.md (npm run contract:changelog)
 *   recepten/<naam>.html           the recipes of docs/recepten, explanation plus script
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLEnumValue,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { FoutCode, HTTP_STATUS } from '../libs/core/src/errors/domain-error';

const ROOT = path.join(__dirname, '..');

/** What each error code means for a client; a new FoutCode without an explanation does not compile. */
const FOUTCODE_UITLEG: Record<FoutCode, string> = {
  [FoutCode.UNAUTHENTICATED]: 'No valid token or API key was sent, or the token has expired. Sign in (again).',
  [FoutCode.FORBIDDEN]:
    'Signed in, but this role, scope or person may not do this (see the authorization matrix). Also for a field narrower than its operation.',
  [FoutCode.NOT_FOUND]:
    'The object does not exist, or is not visible to this caller (an initiative in a non-public status answers NOT_FOUND to others).',
  [FoutCode.BAD_USER_INPUT]:
    'The input is not valid. `extensions.velden` lists each field (`veld`, the path as sent) with a message in Dutch (`melding`) to show next to that field.',
  [FoutCode.OPERATIE_TE_GROOT]:
    'The operation passes a limit of the GraphQL edge (cost, depth, aliases, fields or size) and was refused before it ran. Ask for fewer fields or use pagination.',
  [FoutCode.ONGELDIGE_STATUSOVERGANG]:
    'The object is not in a status from which this step is allowed (for example deciding on an initiative that was withdrawn).',
  [FoutCode.BELANGENCONFLICT]:
    'The caller has a conflict of interest with this initiative (a registered side activity or a relation) and may not act on it.',
  [FoutCode.PLAFOND_BEREIKT]:
    'The budget ceiling (subsidieplafond) of the scheme is reached: there is no money left to grant this.',
  [FoutCode.GASTBUURT_AL_GEWEEST]: 'This buurt has already hosted a network meeting in this round.',
  [FoutCode.STEMMING_GESLOTEN]: 'The vote of this citizen-budget round is not open (not yet, or no longer).',
  [FoutCode.CONFLICT]:
    'The object was changed by someone else in the meantime, or the request clashes with existing data. Read it again and retry.',
  [FoutCode.DIENST_NIET_BESCHIKBAAR]:
    'A service the API depends on is temporarily unavailable (HTTP 503, with Retry-After where known). Retry later.',
  [FoutCode.TE_VEEL_VERZOEKEN]: 'Rate limit reached (HTTP 429). Wait the number of seconds in Retry-After.',
  [FoutCode.NIET_AANVAARDBAAR]: 'The Accept header asks for a representation this REST resource does not offer (HTTP 406).',
  [FoutCode.INTERNAL_SERVER_ERROR]:
    'Something went wrong on the server. The answer shows no details; the log has them under the request id.',
};

// ---------------------------------------------------------------------------------------------
// HTML helpers

export function esc(tekst: string): string {
  return tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Inline Markdown: `code`, **bold**, [text](link); relative .md links become .html, .ts links the recipe's script. */
function inline(tekst: string): string {
  const delen = tekst.split(/(`[^`]+`)/);
  return delen
    .map((deel) => {
      if (deel.startsWith('`') && deel.endsWith('`') && deel.length > 1) {
        return `<code>${esc(deel.slice(1, -1))}</code>`;
      }
      return esc(deel)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, t: string, url: string) => {
          // A recipe's script is shown under its explanation (#script) on the same page.
          const doel = /^[a-z]+:/i.test(url) ? url : url.replace(/\.md(#|$)/, '.html$1').replace(/\.ts$/, '.html#script');
          return `<a href="${doel}">${t}</a>`;
        });
    })
    .join('');
}

/** A small Markdown renderer for the docs of this repo: headings, paragraphs, lists, tables, code blocks. */
export function markdown(md: string): string {
  const regels = md.replace(/\r\n/g, '\n').split('\n');
  const uit: string[] = [];
  let i = 0;
  while (i < regels.length) {
    const r = regels[i];
    if (r.trim() === '') {
      i += 1;
      continue;
    }
    const kop = /^(#{1,6})\s+(.*)$/.exec(r);
    if (kop) {
      const n = kop[1].length;
      const id = kop[2]
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      uit.push(`<h${n} id="${id}">${inline(kop[2])}</h${n}>`);
      i += 1;
      continue;
    }
    if (r.startsWith('```')) {
      const code: string[] = [];
      i += 1;
      while (i < regels.length && !regels[i].startsWith('```')) {
        code.push(regels[i]);
        i += 1;
      }
      i += 1;
      uit.push(`<pre><code>${esc(code.join('\n'))}</code></pre>`);
      continue;
    }
    if (r.trimStart().startsWith('|')) {
      const rijen: string[][] = [];
      while (i < regels.length && regels[i].trimStart().startsWith('|')) {
        const cellen = regels[i]
          .trim()
          .replace(/^\||\|$/g, '')
          .split(/(?<!\\)\|/)
          .map((c) => c.trim().replace(/\\\|/g, '|'));
        if (!cellen.every((c) => /^:?-+:?$/.test(c))) {
          rijen.push(cellen);
        }
        i += 1;
      }
      const [kopRij, ...rest] = rijen;
      uit.push(
        `<div class="tabel"><table><thead><tr>${kopRij.map((c) => `<th scope="col">${inline(c)}</th>`).join('')}</tr></thead><tbody>` +
          rest.map((rij) => `<tr>${rij.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('') +
          '</tbody></table></div>',
      );
      continue;
    }
    if (/^\s*([-*]|\d+\.)\s+/.test(r)) {
      const geordend = /^\s*\d+\./.test(r);
      const items: string[] = [];
      while (i < regels.length && regels[i].trim() !== '') {
        if (/^\s*([-*]|\d+\.)\s+/.test(regels[i])) {
          items.push(regels[i].replace(/^\s*([-*]|\d+\.)\s+/, ''));
        } else {
          items[items.length - 1] += ` ${regels[i].trim()}`;
        }
        i += 1;
      }
      const tag = geordend ? 'ol' : 'ul';
      uit.push(`<${tag}>${items.map((it) => `<li>${inline(it)}</li>`).join('')}</${tag}>`);
      continue;
    }
    const alinea: string[] = [];
    while (i < regels.length && regels[i].trim() !== '' && !/^(#{1,6}\s|```|\s*\||\s*([-*]|\d+\.)\s)/.test(regels[i])) {
      alinea.push(regels[i].trim());
      i += 1;
    }
    uit.push(`<p>${inline(alinea.join(' '))}</p>`);
  }
  return uit.join('\n');
}

/** A page of the site; `diepte` is how many folders below the site root it lives. */
function pagina(titel: string, inhoud: string, diepte = 0): string {
  const terug = '../'.repeat(diepte);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(titel)} · Buurtwerk API reference</title>
<link rel="stylesheet" href="${terug}stijl.css">
</head>
<body>
<header><nav aria-label="Reference"><a href="${terug}index.html">Buurtwerk API reference</a>
<a href="${terug}graphql/index.html">GraphQL</a>
<a href="${terug}rest/index.html">REST</a>
<a href="${terug}autorisatiematrix.html">Authorization</a>
<a href="${terug}foutcodes.html">Error codes</a>
<a href="${terug}contract-changelog.html">Changelog</a></nav></header>
<main>
${inhoud}
</main>
</body>
</html>
`;
}

const STIJL = `:root{font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}
body{margin:0}header{background:#00457c;padding:.5rem 1rem}header nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem}
header a{color:#fff}main{max-width:60rem;margin:0 auto;padding:1rem}a{color:#00457c}
code{font-family:ui-monospace,monospace;background:#f2f2f2;padding:0 .2em;border-radius:3px;overflow-wrap:anywhere}
pre{background:#f2f2f2;padding:.75rem;overflow-x:auto}pre code{background:none;padding:0}
.tabel{overflow-x:auto}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
.verouderd{color:#8a3b00}.args{margin:.25rem 0 0;padding-left:1.25rem}dt{font-weight:600;margin-top:.75rem}dd{margin-left:1rem}
`;

// ---------------------------------------------------------------------------------------------
// GraphQL reference

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

function typeLink(type: GraphQLType): string {
  if (isNonNullType(type)) {
    return `${typeLink(type.ofType)}!`;
  }
  if (isListType(type)) {
    return `[${typeLink(type.ofType)}]`;
  }
  return `<a href="${type.name}.html"><code>${esc(type.name)}</code></a>`;
}

function beschrijving(tekst: string | null | undefined): string {
  return tekst ? markdown(tekst) : '';
}

function verouderd(reden: string | null | undefined): string {
  return reden ? `<p class="verouderd"><strong>Deprecated:</strong> ${inline(reden)}</p>` : '';
}

function argumenten(args: readonly GraphQLArgument[]): string {
  if (args.length === 0) {
    return '';
  }
  return `<ul class="args">${args
    .map(
      (a) =>
        `<li><code>${esc(a.name)}</code>: ${typeLink(a.type)}${
          a.defaultValue !== undefined ? ` = <code>${esc(JSON.stringify(a.defaultValue))}</code>` : ''
        }${a.description ? ` — ${inline(a.description)}` : ''}${verouderd(a.deprecationReason)}</li>`,
    )
    .join('')}</ul>`;
}

function veldenLijst(titel: string, velden: Array<GraphQLField<unknown, unknown> | GraphQLInputField>): string {
  if (velden.length === 0) {
    return '';
  }
  return `<h2>${titel}</h2><dl>${velden
    .map(
      (v) =>
        `<dt id="${v.name}"><code>${esc(v.name)}</code>: ${typeLink(v.type)}</dt><dd>${beschrijving(v.description)}${
          'args' in v ? argumenten(v.args) : ''
        }${verouderd(v.deprecationReason)}</dd>`,
    )
    .join('')}</dl>`;
}

function typePagina(type: GraphQLNamedType, gebruiktIn: string[]): string {
  let inhoud = `<h1>${soort(type)} <code>${esc(type.name)}</code></h1>${beschrijving(type.description)}`;
  if (isObjectType(type) || isInterfaceType(type)) {
    const ifaces = type.getInterfaces();
    if (ifaces.length > 0) {
      inhoud += `<p>Implements ${ifaces.map((t) => typeLink(t)).join(', ')}.</p>`;
    }
    inhoud += veldenLijst('Fields', Object.values(type.getFields()));
  } else if (isInputObjectType(type)) {
    inhoud += veldenLijst('Input fields', Object.values(type.getFields()));
  } else if (isUnionType(type)) {
    inhoud += `<h2>Possible types</h2><ul>${type
      .getTypes()
      .map((t) => `<li>${typeLink(t)}</li>`)
      .join('')}</ul>`;
  } else if (isEnumType(type)) {
    inhoud += `<h2>Values</h2><dl>${type
      .getValues()
      .map(
        (w: GraphQLEnumValue) =>
          `<dt id="${w.name}"><code>${esc(w.name)}</code></dt><dd>${beschrijving(w.description)}${verouderd(w.deprecationReason)}</dd>`,
      )
      .join('')}</dl>`;
  }
  if (gebruiktIn.length > 0) {
    inhoud += `<h2>Used by</h2><ul>${gebruiktIn.map((g) => `<li>${g}</li>`).join('')}</ul>`;
  }
  return pagina(`${type.name} (GraphQL)`, inhoud, 1);
}

function eersteZin(tekst: string | null | undefined): string {
  if (!tekst) {
    return '';
  }
  const zin = tekst.split(/\n\n/)[0].replace(/\s+/g, ' ');
  return ` — ${inline(zin)}`;
}

export function bouwGraphql(sdl: string, doel: string): string[] {
  const schema = buildSchema(sdl);
  const types = Object.values(schema.getTypeMap())
    .filter((t) => !isIntrospectionType(t))
    .sort((a, b) => a.name.localeCompare(b.name));
  // Where each type is used: "Used by" links back to the fields, arguments and input fields.
  const gebruik = new Map<string, Set<string>>();
  const noteer = (t: GraphQLType, waar: string): void => {
    let kaal = t;
    while (isNonNullType(kaal) || isListType(kaal)) {
      kaal = kaal.ofType;
    }
    const naam = (kaal as GraphQLNamedType).name;
    if (!gebruik.has(naam)) {
      gebruik.set(naam, new Set());
    }
    gebruik.get(naam)!.add(waar);
  };
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const veld of Object.values(type.getFields())) {
        const waar = `<a href="${type.name}.html#${veld.name}"><code>${type.name}.${veld.name}</code></a>`;
        noteer(veld.type, waar);
        if ('args' in veld) {
          for (const a of veld.args) {
            noteer(a.type, `${waar} (argument <code>${a.name}</code>)`);
          }
        }
      }
    }
  }
  mkdirSync(doel, { recursive: true });
  for (const type of types) {
    writeFileSync(path.join(doel, `${type.name}.html`), typePagina(type, [...(gebruik.get(type.name) ?? [])].sort()));
  }
  const wortels = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
    (t): t is NonNullable<typeof t> => t !== null && t !== undefined,
  );
  const groepen: Array<[string, GraphQLNamedType[]]> = [
    ['Object types', types.filter((t) => isObjectType(t) && !wortels.includes(t))],
    ['Interfaces', types.filter(isInterfaceType)],
    ['Unions', types.filter(isUnionType)],
    ['Enums', types.filter(isEnumType)],
    ['Input types', types.filter(isInputObjectType)],
    ['Scalars', types.filter(isScalarType)],
  ];
  let inhoud =
    '<h1>GraphQL API</h1><p>Endpoint: <code>POST /graphql</code> (subscriptions over WebSocket at <code>/graphql</code>). ' +
    'Generated from <code>apps/api/schema.graphql</code>. Who may call an operation: see the ' +
    '<a href="../autorisatiematrix.html">authorization matrix</a>; errors: <a href="../foutcodes.html">error codes</a>.</p>';
  for (const wortel of wortels) {
    inhoud += `<h2 id="${wortel.name}">${wortel.name}</h2><ul>${Object.values(wortel.getFields())
      .map((v) => `<li><a href="${wortel.name}.html#${v.name}"><code>${v.name}</code></a>${eersteZin(v.description)}</li>`)
      .join('')}</ul>`;
  }
  for (const [titel, lijst] of groepen) {
    inhoud += `<h2>${titel}</h2><ul>${lijst.map((t) => `<li>${typeLink(t)}${eersteZin(t.description)}</li>`).join('')}</ul>`;
  }
  writeFileSync(path.join(doel, 'index.html'), pagina('GraphQL API', inhoud, 1));
  return types.map((t) => t.name);
}

// ---------------------------------------------------------------------------------------------
// REST reference (Redoc), with its inline scripts moved to files for the CSP

export function bouwRest(openapi: string, doel: string): void {
  mkdirSync(doel, { recursive: true });
  const ruw = path.join(doel, 'redoc-ruw.html');
  const redocly = path.join(ROOT, 'node_modules', '.bin', 'redocly');
  execFileSync(redocly, ['build-docs', openapi, '--inlineBundle', '--title', 'Buurtwerk REST API', '-o', ruw], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  let html = readFileSync(ruw, 'utf8');
  rmSync(ruw);
  let n = 0;
  html = html.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (_m, attrs: string, code: string) => {
    if (/\bsrc=/.test(attrs)) {
      return _m;
    }
    n += 1;
    const bestand = `redoc-${n}.js`;
    // No usage data to Redocly from a municipal page (the CSP's connect-src would block it anyway).
    writeFileSync(path.join(doel, bestand), code.replace(/"disableTelemetry":\s*false/g, '"disableTelemetry":true'));
    return `<script${attrs} src="${bestand}"></script>`;
  });
  if (/cdn\.redocly\.com/.test(html)) {
    throw new Error('Redoc laadt nog iets van cdn.redocly.com: de pagina moet zelfstandig zijn.');
  }
  writeFileSync(path.join(doel, 'index.html'), html);
}

// ---------------------------------------------------------------------------------------------

export function bouwDocs(doel: string): void {
  rmSync(doel, { recursive: true, force: true });
  mkdirSync(doel, { recursive: true });
  writeFileSync(path.join(doel, 'stijl.css'), STIJL);

  bouwRest(path.join(ROOT, 'docs', 'openapi.json'), path.join(doel, 'rest'));
  const types = bouwGraphql(readFileSync(path.join(ROOT, 'apps', 'api', 'schema.graphql'), 'utf8'), path.join(doel, 'graphql'));

  writeFileSync(
    path.join(doel, 'autorisatiematrix.html'),
    pagina('Authorization matrix', markdown(readFileSync(path.join(ROOT, 'docs', 'autorisatiematrix.md'), 'utf8'))),
  );
  const codes = Object.values(FoutCode)
    .map((c) => `<tr id="${c}"><td><code>${c}</code></td><td>${HTTP_STATUS[c]}</td><td>${inline(FOUTCODE_UITLEG[c])}</td></tr>`)
    .join('');
  writeFileSync(
    path.join(doel, 'foutcodes.html'),
    pagina(
      'Error codes',
      '<h1>Error codes</h1><p>Every error a client can see carries one of these codes: in GraphQL as <code>errors[].extensions.code</code>, ' +
        'in REST as an <code>application/problem+json</code> answer with the HTTP status below. The <code>message</code> is plain Dutch ' +
        'for the person using your app; decide in code on the <code>code</code>, never on the text.</p>' +
        `<div class="tabel"><table><thead><tr><th scope="col">code</th><th scope="col">HTTP status</th><th scope="col">meaning</th></tr></thead><tbody>${codes}</tbody></table></div>`,
    ),
  );
  const changelog = path.join(ROOT, 'docs', 'CHANGELOG-contract.md');
  writeFileSync(
    path.join(doel, 'contract-changelog.html'),
    pagina(
      'Contract changelog',
      existsSync(changelog) ? markdown(readFileSync(changelog, 'utf8')) : '<h1>Contract changelog</h1><p>Not generated yet.</p>',
    ),
  );

  const receptenMap = path.join(ROOT, 'docs', 'recepten');
  const recepten = existsSync(receptenMap)
    ? readdirSync(receptenMap)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
  if (recepten.length > 0) {
    mkdirSync(path.join(doel, 'recepten'), { recursive: true });
  }
  const receptLinks: string[] = [];
  for (const md of recepten) {
    const naam = md.replace(/\.md$/, '');
    const tekst = readFileSync(path.join(receptenMap, md), 'utf8');
    const script = path.join(receptenMap, `${naam}.ts`);
    const code = existsSync(script)
      ? `<h2 id="script">The script: <code>docs/recepten/${naam}.ts</code></h2><pre><code>${esc(readFileSync(script, 'utf8'))}</code></pre>`
      : '';
    writeFileSync(path.join(doel, 'recepten', `${naam}.html`), pagina(naam, markdown(tekst) + code, 1));
    const titel = /^#\s+(.*)$/m.exec(tekst)?.[1] ?? naam;
    receptLinks.push(`<li><a href="recepten/${naam}.html">${inline(titel)}</a></li>`);
  }

  writeFileSync(
    path.join(doel, 'index.html'),
    pagina(
      'Overview',
      '<h1>Buurtwerk API reference</h1>' +
        '<p>For municipal IT, partner organisations and frontend teams building on the Buurtwerk API.</p><ul>' +
        `<li><a href="graphql/index.html">GraphQL API</a>: every query, mutation, subscription and type (${types.length} types)</li>` +
        '<li><a href="rest/index.html">REST API</a>: open data feeds, delta sync and webhooks (OpenAPI)</li>' +
        '<li><a href="autorisatiematrix.html">Authorization matrix</a>: who may call which operation</li>' +
        '<li><a href="foutcodes.html">Error codes</a></li>' +
        '<li><a href="contract-changelog.html">Changelog of the public contract</a></li></ul>' +
        (receptLinks.length > 0 ? `<h2>Recipes</h2><ul>${receptLinks.join('')}</ul>` : ''),
    ),
  );
}

if (require.main === module) {
  const i = process.argv.indexOf('--uit');
  const doel = i > 0 ? path.resolve(process.argv[i + 1]) : path.join(ROOT, 'dist', 'docs');
  bouwDocs(doel);
  process.stdout.write(`Referentiesite gebouwd in ${path.relative(process.cwd(), doel) || doel}\n`);
}
