import { rmSync } from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.BW_TEST_SERVER_URL;
  const run = process.env.BW_TEST_RUN;
  if (serverUrl && run) {
    const beheer = new Client({ connectionString: serverUrl });
    await beheer.connect();
    const { rows } = await beheer.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `bw\\_${run}\\_%`,
    ]);
    for (const { datname } of rows) {
      await beheer.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    await beheer.end();
  }
  await globalThis.__BUURTWERK_EMBEDDED__?.stop();
  // The embedded server's temporary folder (its data is per run).
  if (globalThis.__BUURTWERK_EMBEDDED_DIR__) {
    rmSync(globalThis.__BUURTWERK_EMBEDDED_DIR__, { recursive: true, force: true });
  }
}
