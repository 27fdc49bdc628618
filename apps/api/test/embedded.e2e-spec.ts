/**
 * The one-command path of the README: without DATABASE_URL the platform starts its own
 * embedded PostgreSQL, migrates, loads reference and demo data and serves the API. This test
 * runs the real entry point (apps/api/src/main.ts) as a child process, also in CI where
 * DATABASE_URL is set for the other tests.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vrijePoort } from '@buurtwerk/core';

const ROOT = path.join(__dirname, '..', '..', '..');

async function wachtOp(url: string, ms: number, proces: ChildProcess, log: string[]): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (proces.exitCode !== null) {
      throw new Error(`Het platform stopte (code ${proces.exitCode}):\n${log.join('')}`);
    }
    try {
      const res = await fetch(url);
      if (res.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`Het platform werd niet gereed binnen ${ms} ms:\n${log.join('')}`);
}

describe('npm start zonder DATABASE_URL (ingebouwde PostgreSQL)', () => {
  it('start het platform met de 57 buurten en voorbeeldpartners, en stopt netjes op SIGINT', async () => {
    const [poort, dbPoort] = [await vrijePoort(), await vrijePoort()];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(poort),
      EMBEDDED_PG_PORT: String(dbPoort),
      NODE_ENV: 'development',
    };
    delete env.DATABASE_URL;
    const map = mkdtempSync(path.join(tmpdir(), 'buurtwerk-start-'));
    env.EMBEDDED_PG_DIR = path.join(map, 'postgres');
    delete env.NODE_OPTIONS;
    const log: string[] = [];
    const proces = spawn(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proces.stdout?.on('data', (c: Buffer) => log.push(c.toString()));
    proces.stderr?.on('data', (c: Buffer) => log.push(c.toString()));
    try {
      await wachtOp(`http://127.0.0.1:${poort}/health/ready`, 90_000, proces, log);
      const res = await fetch(`http://127.0.0.1:${poort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ buurten { code } organisaties(first: 100) { totalCount edges { node { naam } } } }' }),
      });
      const body = (await res.json()) as {
        data: { buurten: unknown[]; organisaties: { totalCount: number; edges: Array<{ node: { naam: string } }> } };
      };
      expect(body.data.buurten).toHaveLength(57);
      expect(body.data.organisaties.totalCount).toBeGreaterThan(0);
      expect(body.data.organisaties.edges.every((e) => e.node.naam.includes('(voorbeeld)'))).toBe(true);
    } finally {
      const gestopt = new Promise<number | null>((r) => proces.once('exit', (code) => r(code)));
      proces.kill('SIGINT');
      const code = await gestopt;
      rmSync(map, { recursive: true, force: true });
      expect(code).toBe(0);
      // One orderly close: the pools are ended once, not by Nest's signal hook and main.ts both (issue 24).
      expect(log.join('')).not.toMatch(/Called end on pool more than once|ERROR/);
    }
  }, 150_000);
});
