/**
 * Faults (issue 15): the database cuts the API's connections again and again while it serves
 * mixed traffic, as a failover or a restarting connection pooler does. The real entry point
 * (apps/api/src/main.ts) runs as a child process on 127.0.0.1, so a crash (an unhandled 'error'
 * event of a pg client) is seen as the process ending, not hidden by the test runner. Its own
 * database (cloned from the template) is the only one whose backends are terminated.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { DEV_JWT_SECRET, loadConfig, ondertekenOntwikkeltoken, Rol, toGlobalId, vrijePoort } from '@buurtwerk/core';
import { nieuweTestDatabase } from '../../../test/database';
import { wachtTot } from './webhooks.helpers';

const ROOT = path.join(__dirname, '..', '..', '..');
const RONDES = 40;
/** 50 to 250 ms between rounds: cuts while connections start, run and sit idle in the pool. */
const pauzeNaRonde = (ronde: number): number => 50 + (ronde % 5) * 50;

const REGISTREREN = `mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id naam } }`;

interface Antwoord {
  soort: 'schrijven' | 'lezen' | 'rest';
  naam: string | null;
  status: number;
  bevestigd: boolean;
  fouten: string[];
}

const pauze = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('Storingen: de database verbreekt herhaaldelijk alle verbindingen van de API', () => {
  let db: Awaited<ReturnType<typeof nieuweTestDatabase>>;
  let beheer: Client;
  let proces: ChildProcess;
  const log: string[] = [];
  let afgesloten: { code: number | null; signaal: NodeJS.Signals | null } | null = null;
  let basis = '';

  beforeAll(async () => {
    db = await nieuweTestDatabase();
    // On the server's maintenance database: never one of the backends this test terminates.
    beheer = new Client({ connectionString: process.env.BW_TEST_SERVER_URL });
    await beheer.connect();
    const poort = await vrijePoort();
    basis = `http://127.0.0.1:${poort}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: db.url,
      // Reads of read-only requests go through a replica pool: here the same database, so the
      // storm cuts the primary's and the replica's connections at once, as a failover does.
      DATABASE_READ_URLS: `${db.url}?application_name=buurtwerk-lees`,
      DATABASE_POOL_SIZE: '8',
      DB_MIGRATE: 'false',
      HOST: '127.0.0.1',
      PORT: String(poort),
      // The background jobs run too and lose their connections like the requests do.
      WEBHOOKS_UIT: 'false',
      WEBHOOKS_INTERVAL_MS: '100',
      MAIL_INTERVAL_MS: '100',
      PANEL_INTERVAL_MS: '100',
      BEWAARTERMIJNEN_UIT: 'false',
      BEWAARTERMIJNEN_INTERVAL_MS: '1000',
    };
    delete env.NODE_OPTIONS;
    delete env.REDIS_URL;
    proces = spawn(
      process.execPath,
      ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts', '--zonder-demo'],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    proces.stdout?.on('data', (c: Buffer) => log.push(c.toString()));
    proces.stderr?.on('data', (c: Buffer) => log.push(c.toString()));
    proces.once('exit', (code, signaal) => {
      afgesloten = { code, signaal };
    });
    await wachtTot(
      async () => {
        if (afgesloten) {
          throw new Error(`De API stopte bij het starten (${JSON.stringify(afgesloten)}):\n${log.join('')}`);
        }
        return (await fetch(`${basis}/health/ready`).catch(() => null))?.status === 200;
      },
      'de API is gereed',
      90_000,
    );
  }, 120_000);

  afterAll(async () => {
    if (!afgesloten) {
      const gestopt = new Promise<void>((r) => proces.once('exit', () => r()));
      proces.kill('SIGTERM');
      // A process that does not stop in time is killed: the test never leaves one behind.
      const hard = setTimeout(() => proces.kill('SIGKILL'), 15_000);
      await gestopt;
      clearTimeout(hard);
    }
    await beheer.end();
    await db.verwijder();
  });

  it(`overleeft ${RONDES} rondes waarin alle verbindingen worden verbroken, antwoordt tijdens de storing netjes en verliest geen bevestigde schrijfactie`, async () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    const token = await ondertekenOntwikkeltoken(new TextEncoder().encode(DEV_JWT_SECRET), config, {
      sub: 'storm-beheerder',
      roles: [Rol.BEHEERDER],
    });
    const gql = async (query: string, variables?: Record<string, unknown>) => {
      const res = await fetch(`${basis}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as {
        data?: Record<string, unknown> | null;
        errors?: Array<{ message: string; extensions?: { code?: string } }>;
      };
      return { status: res.status, body };
    };
    const buurten = (await gql('{ buurten { id } }')).body.data as { buurten: Array<{ id: string }> };
    const buurtIds = [buurten.buurten[0].id, buurten.buurten[1].id];

    const antwoorden: Antwoord[] = [];
    let stoppen = false;
    let volgnummer = 0;
    const vraag = async (soort: Antwoord['soort']): Promise<void> => {
      const naam = soort === 'schrijven' ? `Stormvereniging ${++volgnummer}` : null;
      try {
        if (soort === 'rest') {
          // Signed in, like every request here: this test is about the database, not per-IP limits.
          const res = await fetch(`${basis}/api/v1/buurten`, { headers: { authorization: `Bearer ${token}` } });
          const body = (await res.json()) as { code?: string };
          antwoorden.push({
            soort,
            naam,
            status: res.status,
            bevestigd: res.status === 200,
            fouten: body.code ? [body.code] : [],
          });
          return;
        }
        const { status, body } =
          soort === 'schrijven'
            ? await gql(REGISTREREN, { input: { naam, soort: 'VERENIGING', buurtIds } })
            : await gql('{ organisaties(first: 5) { totalCount edges { node { naam buurten { code } } } } }');
        const fouten = (body.errors ?? []).map((e) => `${e.extensions?.code ?? '?'}: ${e.message}`);
        const bevestigd =
          fouten.length === 0 &&
          (soort === 'schrijven'
            ? typeof (body.data?.organisatieRegistreren as { id?: unknown } | undefined)?.id === 'string'
            : body.data?.organisaties !== undefined);
        antwoorden.push({ soort, naam, status, bevestigd, fouten });
      } catch (e) {
        // No answer at all (the process is gone, or a connection was refused): never acceptable.
        antwoorden.push({ soort, naam, status: 0, bevestigd: false, fouten: [`geen antwoord: ${String(e)}`] });
        await pauze(50);
      }
    };
    // Mixed load, bounded in count and time: writers, GraphQL readers and a REST reader.
    const lus = async (soort: Antwoord['soort']): Promise<void> => {
      const einde = Date.now() + 120_000;
      for (let i = 0; i < 5_000 && !stoppen && Date.now() < einde; i++) {
        await vraag(soort);
        await pauze(2);
      }
    };
    const lussen = [
      ...Array.from({ length: 4 }, () => lus('schrijven')),
      ...Array.from({ length: 2 }, () => lus('lezen')),
      lus('rest'),
    ];
    const verbroken = new Map<string, number>();
    /** The storm, then recovery; the load keeps running throughout. */
    const storm = async (): Promise<void> => {
      await wachtTot(
        () => antwoorden.filter((a) => a.bevestigd).length >= 20,
        'twintig geslaagde verzoeken vóór de storm',
        30_000,
      );
      for (let ronde = 0; ronde < RONDES; ronde++) {
        const { rows } = await beheer.query<{ naam: string; n: number }>(
          // Select first (MATERIALIZED), terminate after: only ever backends of this test's database.
          `WITH doel AS MATERIALIZED (
             SELECT pid, application_name FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid())
           SELECT application_name AS naam, count(*)::int AS n FROM doel WHERE pg_terminate_backend(pid) GROUP BY 1`,
          [new URL(db.url).pathname.slice(1)],
        );
        for (const r of rows) {
          verbroken.set(r.naam, (verbroken.get(r.naam) ?? 0) + r.n);
        }
        await pauze(pauzeNaRonde(ronde));
        expect({ ronde, afgesloten, log: afgesloten ? log.join('') : '' }).toEqual({ ronde, afgesloten: null, log: '' });
      }
      // The storm really hit the API: connections of the primary's pool and of the replica's.
      expect(verbroken.get('buurtwerk') ?? 0).toBeGreaterThanOrEqual(RONDES);
      expect(verbroken.get('buurtwerk-lees') ?? 0).toBeGreaterThan(0);
      const tijdensStorm = antwoorden.length;

      // It recovers by itself: ready again, and new writes and reads succeed.
      await wachtTot(
        async () => (await fetch(`${basis}/health/ready`)).status === 200,
        'ready meldt weer 200 na de storm',
        30_000,
      );
      await wachtTot(
        () => antwoorden.slice(tijdensStorm).filter((a) => a.bevestigd && a.soort === 'schrijven').length >= 10,
        'schrijfacties slagen weer na de storm',
        30_000,
      );
    };
    try {
      await storm();
    } finally {
      stoppen = true;
      await Promise.all(lussen);
    }
    expect(afgesloten).toBeNull();

    // During the storm: "not available, try again" (GraphQL code, REST 503), never an internal
    // error, never a false success.
    const mislukt = antwoorden.filter((a) => !a.bevestigd);
    expect(mislukt.length).toBeGreaterThan(0);
    const soorten = new Set(
      mislukt.flatMap((a) =>
        a.soort === 'rest' ? [`REST ${a.status} ${a.fouten.join()}`] : a.fouten.length > 0 ? a.fouten : [`HTTP ${a.status}`],
      ),
    );
    expect([...soorten].filter((s) => !/^(DIENST_NIET_BESCHIKBAAR: |REST 503 DIENST_NIET_BESCHIKBAAR$)/.test(s))).toEqual([]);

    // Every acknowledged write is in the database, complete (both buurten, its outbox event).
    const app = new Client({ connectionString: db.url });
    await app.connect();
    try {
      const { rows } = await app.query<{ id: string; naam: string; buurten: number }>(
        `SELECT o.id, o.naam, (SELECT count(*)::int FROM organisatie_buurt ob WHERE ob.organisatie_id = o.id) AS buurten
           FROM organisatie o WHERE o.naam LIKE 'Stormvereniging %'`,
      );
      const opgeslagen = new Map(rows.map((r) => [r.naam, r]));
      const bevestigd = antwoorden.filter((a) => a.soort === 'schrijven' && a.bevestigd);
      // At least the ten after the storm (waited for above), whatever the machine's speed.
      expect(bevestigd.length).toBeGreaterThanOrEqual(10);
      expect(bevestigd.filter((a) => !opgeslagen.has(a.naam ?? '')).map((a) => a.naam)).toEqual([]);
      expect(rows.filter((r) => r.buurten !== 2).map((r) => `${r.naam}: ${r.buurten} buurten`)).toEqual([]);
      const { rows: gebeurtenissen } = await app.query<{ onderwerp: string }>(
        `SELECT onderwerp FROM webhook_gebeurtenis WHERE type = 'nl.heerlen.buurtwerk.organisatie.geregistreerd'`,
      );
      const onderwerpen = new Set(gebeurtenissen.map((g) => g.onderwerp));
      expect(rows.filter((r) => !onderwerpen.has(toGlobalId('Organisatie', r.id))).map((r) => r.naam)).toEqual([]);
    } finally {
      await app.end();
    }
  }, 180_000);
});
