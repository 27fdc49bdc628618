/**
 * Module boundaries in SQL: a library's SQL names only its own tables. What a library needs from
 * another one's data it gets through that library's exported service or query (an import that
 * shows in the dependency picture), or, when the owner sits above it, through a port it defines
 * and the owner implements (as the personal-data registry in core does).
 *
 * Ownership: a table belongs to the library whose entity declares it (`@Entity('naam')`, or a
 * `@JoinTable({ name })` on one of its entities). Core is no exception: its tables (audit_log,
 * verwijdering, api_sleutel, partner_koppeling) are written and read through core's exported
 * functions (`audit()`, ApiSleutelService, Lidmaatschappen), like any other library's.
 *
 * The scan reads every string and template literal in each library's non-test TypeScript, and
 * flags a table named after FROM, JOIN, UPDATE, INTO, TABLE, USING or in to_regclass(...), plain
 * or double-quoted. Migrations (core's, they create every table) and tests are not scanned.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..', '..');

function bestanden(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      return e.name === 'migrations' ? [] : bestanden(p);
    }
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

const libs = readdirSync(path.join(ROOT, 'libs'));
const bronnen = (lib: string) =>
  bestanden(path.join(ROOT, 'libs', lib, 'src')).filter((f) => !/\.(spec|integration-spec|e2e-spec)\.ts$/.test(f));

/** Table -> owning library, from the entities. */
function eigenaren(): Map<string, string> {
  const eigenaar = new Map<string, string>();
  for (const lib of libs) {
    for (const f of bronnen(lib).filter((b) => b.endsWith('.entity.ts'))) {
      const tekst = readFileSync(f, 'utf8');
      for (const m of tekst.matchAll(/@Entity\(\s*'([a-z_]+)'|@JoinTable\(\{\s*name:\s*'([a-z_]+)'/g)) {
        const tabel = m[1] ?? m[2];
        const al = eigenaar.get(tabel);
        if (al && al !== lib) {
          throw new Error(`Tabel ${tabel} wordt door ${al} en ${lib} gedeclareerd.`);
        }
        eigenaar.set(tabel, lib);
      }
    }
  }
  return eigenaar;
}

/** Tables the migrations create. */
function gemigreerdeTabellen(): Set<string> {
  const dir = path.join(ROOT, 'libs', 'core', 'src', 'database', 'migrations');
  const tabellen = new Set<string>();
  for (const f of readdirSync(dir)) {
    for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?/gi)) {
      tabellen.add(m[1]);
    }
    for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/DROP TABLE (?:IF EXISTS )?"?([a-z_]+)"?/gi)) {
      tabellen.delete(m[1]);
    }
  }
  return tabellen;
}

/** The text of every string and template literal in a TypeScript source (comments are skipped). */
export function literalen(bron: string, bestand = 'bron.ts'): Array<{ tekst: string; regel: number }> {
  const sf = ts.createSourceFile(bestand, bron, ts.ScriptTarget.ES2022, true);
  const uit: Array<{ tekst: string; regel: number }> = [];
  const bezoek = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
      uit.push({ tekst: n.text, regel: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1 });
      return;
    }
    if (ts.isTemplateExpression(n)) {
      // The pieces around ${…} joined with a space: a table is never built from an expression.
      const tekst = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ');
      uit.push({ tekst, regel: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1 });
      n.templateSpans.forEach((s) => bezoek(s.expression));
      return;
    }
    ts.forEachChild(n, bezoek);
  };
  bezoek(sf);
  return uit;
}

/** The tables an SQL text names (from the given set). */
export function genoemdeTabellen(sql: string, tabellen: readonly string[]): string[] {
  const namen = tabellen.join('|');
  const re = new RegExp(
    `(?:\\b(?:FROM|JOIN|UPDATE|INTO|TABLE|USING)\\s+(?:ONLY\\s+)?|to_regclass\\(\\s*')"?(${namen})"?(?![a-z0-9_])`,
    'gi',
  );
  return [...new Set([...sql.matchAll(re)].map((m) => m[1].toLowerCase()))];
}

interface Overtreding {
  lib: string;
  plek: string;
  tabel: string;
  eigenaar: string;
}

function overtredingen(eigenaar: Map<string, string>): Overtreding[] {
  const tabellen = [...eigenaar.keys()];
  const uit: Overtreding[] = [];
  for (const lib of libs) {
    for (const f of bronnen(lib)) {
      for (const lit of literalen(readFileSync(f, 'utf8'), f)) {
        for (const tabel of genoemdeTabellen(lit.tekst, tabellen)) {
          const van = eigenaar.get(tabel) as string;
          if (van !== lib) {
            uit.push({ lib, plek: `${path.relative(ROOT, f)}:${lit.regel}`, tabel, eigenaar: van });
          }
        }
      }
    }
  }
  return uit;
}

describe('Modulegrenzen: SQL noemt alleen tabellen van de eigen bibliotheek', () => {
  const eigenaar = eigenaren();

  it('kent van elke gemigreerde tabel de eigenaar (een entiteit in precies één bibliotheek)', () => {
    const zonder = [...gemigreerdeTabellen()].filter((t) => !eigenaar.has(t) && t !== 'migrations');
    expect(zonder).toEqual([]);
  });

  it('vindt geen SQL die de tabel van een andere bibliotheek noemt', () => {
    const gevonden = overtredingen(eigenaar).map((o) => `${o.plek} (${o.lib}) noemt ${o.tabel} van ${o.eigenaar}`);
    expect(gevonden).toEqual([]);
  });

  describe('de scan zelf', () => {
    const tabellen = ['buurt', 'wijk', 'initiatief', 'partner_koppeling'];

    it.each([
      ['SELECT code FROM buurt WHERE id = $1', ['buurt']],
      ['SELECT 1 FROM initiatief i JOIN "wijk" w ON true', ['initiatief', 'wijk']],
      ['UPDATE initiatief SET x = 1', ['initiatief']],
      ['INSERT INTO partner_koppeling (a) VALUES (1)', ['partner_koppeling']],
      ['DELETE FROM ONLY buurt', ['buurt']],
      [`SELECT to_regclass('initiatief') IS NOT NULL`, ['initiatief']],
      ['SELECT buurt_id, initiatief.id FROM aanvraag', []],
      ['De buurt waar het initiatief over gaat', []],
    ])('%s', (sql, verwacht) => {
      expect(genoemdeTabellen(sql, tabellen).sort()).toEqual([...verwacht].sort());
    });

    it('leest strings en template literals, geen commentaar', () => {
      const bron = [
        '// SELECT 1 FROM buurt',
        "const a = 'SELECT 1 FROM wijk';",
        'const b = `SELECT ${x} FROM initiatief WHERE id = ${y}`;',
        'const c = `UPDATE partner_koppeling SET a = 1`;',
      ].join('\n');
      const genoemd = literalen(bron).flatMap((l) => genoemdeTabellen(l.tekst, tabellen).map((t) => `${l.regel}:${t}`));
      expect(genoemd).toEqual(['2:wijk', '3:initiatief', '4:partner_koppeling']);
    });
  });
});
