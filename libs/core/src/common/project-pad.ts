import { existsSync } from 'node:fs';
import path from 'node:path';

let root: string | undefined;

/** Absolute path inside the project (the folder with nest-cli.json), from source or from dist. */
export function projectPad(...delen: string[]): string {
  if (!root) {
    let dir = __dirname;
    while (!existsSync(path.join(dir, 'nest-cli.json'))) {
      const parent = path.dirname(dir);
      if (parent === dir) {
        throw new Error('Projectmap (met nest-cli.json) niet gevonden vanaf ' + __dirname);
      }
      dir = parent;
    }
    root = dir;
  }
  return path.join(root, ...delen);
}
