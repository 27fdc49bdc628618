import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A fresh database for one test file, cloned from the migrated template. */
export async function nieuweTestDatabase(): Promise<{ url: string; verwijder: () => Promise<void> }> {
  const serverUrl = process.env.BW_TEST_SERVER_URL;
  const run = process.env.BW_TEST_RUN;
  const template = process.env.BW_TEST_TEMPLATE;
  if (!serverUrl || !run || !template) {
    throw new Error('De testdatabase is niet voorbereid: draai tests met npm test (jest globalSetup).');
  }
  const naam = `bw_${run}_${randomBytes(5).toString('hex')}`;
  const beheer = new Client({ connectionString: serverUrl });
  await beheer.connect();
  try {
    await beheer.query(`CREATE DATABASE ${naam} TEMPLATE ${template}`);
  } finally {
    await beheer.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${naam}`;
  return {
    url: url.toString(),
    verwijder: async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
