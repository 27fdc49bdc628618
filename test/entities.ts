import { readdirSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');

function zoek(dir: string, uitgang: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      return e.name === 'node_modules' ? [] : zoek(p, uitgang);
    }
    return e.name.endsWith(uitgang) ? [p] : [];
  });
}

/** Every entity class of every library (for the migration CLI and the schema drift test). */
export function alleEntiteiten(alleenLibs?: string[]): Function[] {
  const bestanden = readdirSync(path.join(ROOT, 'libs'))
    .filter((lib) => !alleenLibs || alleenLibs.includes(lib))
    .map((lib) => path.join(ROOT, 'libs', lib, 'src'))
    .flatMap((src) => {
      try {
        return zoek(src, '.entity.ts');
      } catch {
        return [];
      }
    });
  return bestanden.flatMap((f) =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- entity files are found at run time
    Object.values(require(f) as Record<string, unknown>).filter(
      (v): v is Function => typeof v === 'function' && /^class /.test(Function.prototype.toString.call(v)),
    ),
  );
}
