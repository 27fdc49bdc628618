/** The Nest monorepo describes every library the code has (issue 16: nest-cli.json listed 4 of 11). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('werkruimte', () => {
  const bibliotheken = readdirSync(path.join(ROOT, 'libs'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  it('noemt elke bibliotheek in nest-cli.json, met haar eigen map en index', () => {
    const projecten = (
      JSON.parse(readFileSync(path.join(ROOT, 'nest-cli.json'), 'utf8')) as {
        projects: Record<string, { type: string; root: string; sourceRoot: string; entryFile: string }>;
      }
    ).projects;
    const genoemd = Object.entries(projecten)
      .filter(([, p]) => p.type === 'library')
      .map(([naam, p]) => ({ naam, root: p.root, sourceRoot: p.sourceRoot, entryFile: p.entryFile }))
      .sort((a, b) => a.naam.localeCompare(b.naam));
    expect(genoemd).toEqual(
      bibliotheken.map((naam) => ({ naam, root: `libs/${naam}`, sourceRoot: `libs/${naam}/src`, entryFile: 'index' })),
    );
  });

  it('geeft elke bibliotheek een @buurtwerk-alias in tsconfig.base.json', () => {
    const paden = (
      JSON.parse(readFileSync(path.join(ROOT, 'tsconfig.base.json'), 'utf8')) as {
        compilerOptions: { paths: Record<string, string[]> };
      }
    ).compilerOptions.paths;
    expect(bibliotheken.filter((naam) => paden[`@buurtwerk/${naam}`]?.[0] !== `libs/${naam}/src`)).toEqual([]);
  });
});
