/**
 * npm run bench [-- --duur 12 --verbindingen 32 --alleen buurtpagina,werkvoorraad --zonder-build --node-opties '...']
 *
 * Load test of the API built for production (`npm run build`, then `node dist/...`) on loopback,
 * against the database made by bench/genereer.ts (`buurtwerk_bench` on DATABASE_URL's server),
 * with autocannon. Beside it, in the same run, the hand-written baseline (bench/baseline.ts)
 * answers the same read queries: the practical ceiling of Node + PostgreSQL on this machine.
 * Per scenario: requests/s, the ratio to the baseline, p50/p99 latency and the peak RSS of the API
 * process (sampled from /proc/<pid>/status). After the write scenarios the invariants are checked
 * in SQL. Results go to docs/benchmarks.md by hand (the table printed at the end is Markdown).
 *
 * The API runs with NODE_ENV=development (production requires an OpenID Connect provider for
 * tokens; the bench signs HS256 development tokens), GRAPHIQL=false and LOG_LEVEL=warn; every
 * other setting is the default (DATABASE_POOL_SIZE 10, graphql-jit on).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { loadConfig, ondertekenOntwikkeltoken, Rol } from '@buurtwerk/core';
import { BENCH_DATABASE, databaseUrl } from './genereer';
import { plafondInvarianten, type Uitkomst } from './invarianten';

const ROOT = path.resolve(__dirname, '..');
const API_POORT = 3901;
const BASELINE_POORT = 3902;
const MAIN_JS = 'dist/apps/api/apps/api/src/main.js';
const PRODUCTIE_NODE_OPTIES = '--max-old-space-size=192 --max-semi-space-size=32';

function argument(naam: string): string | undefined {
  const i = process.argv.indexOf(`--${naam}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const gid = (type: string, id: string): string => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const wacht = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- processes and memory

interface Proces {
  naam: string;
  kind: ChildProcess;
  log: string[];
}

function start(naam: string, args: string[], env: NodeJS.ProcessEnv): Proces {
  const kind = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  const bewaar = (d: Buffer): void => {
    log.push(d.toString());
    if (log.length > 200) {
      log.shift();
    }
  };
  kind.stdout?.on('data', bewaar);
  kind.stderr?.on('data', bewaar);
  return { naam, kind, log };
}

async function stop(p: Proces): Promise<void> {
  if (p.kind.exitCode !== null || p.kind.pid === undefined) {
    return;
  }
  const klaar = new Promise<void>((r) => p.kind.once('exit', () => r()));
  p.kind.kill('SIGTERM');
  await Promise.race([klaar, wacht(10_000)]);
  if (p.kind.exitCode === null) {
    p.kind.kill('SIGKILL');
  }
}

async function wachtOp(url: string, p: Proces, seconden: number): Promise<void> {
  const tot = Date.now() + seconden * 1000;
  while (Date.now() < tot) {
    if (p.kind.exitCode !== null) {
      throw new Error(`${p.naam} is gestopt:\n${p.log.join('')}`);
    }
    try {
      const r = await fetch(url);
      if (r.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await wacht(250);
  }
  throw new Error(`${p.naam} niet klaar binnen ${seconden} s:\n${p.log.join('')}`);
}

/** Resident set size in MB from /proc (VmRSS now, VmHWM the peak since start). */
function geheugen(pid: number): { rss: number; piek: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (veld: string): number => Number(new RegExp(`${veld}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, piek: kb('VmHWM') / 1024 };
}

/** CPU time (user + system) of a process in ms, from /proc/<pid>/stat (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const velden = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(velden[11]) + Number(velden[12])) * 10;
}

// ---------------------------------------------------------------- scenarios

interface Scenario {
  naam: string;
  omschrijving: string;
  schrijft: boolean;
  api: () => autocannon.Request[];
  baseline?: () => autocannon.Request[];
}

interface Teller {
  ok: number;
  fouten: number;
  voorbeeldFout: string | null;
}

function nieuweTeller(): Teller {
  return { ok: 0, fouten: 0, voorbeeldFout: null };
}

let teller = nieuweTeller();

function controleer(status: number, body: string): void {
  if (status >= 200 && status < 300 && !body.includes('"errors"')) {
    teller.ok++;
  } else {
    teller.fouten++;
    teller.voorbeeldFout ??= `${status} ${body.slice(0, 300)}`;
  }
}

function gql(query: string, variabelen: () => Record<string, unknown>, token?: string): autocannon.Request {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    setupRequest: (req) => ({ ...req, body: JSON.stringify({ query, variables: variabelen() }) }),
    onResponse: (status, body) => controleer(status, body),
  };
}

function get(pad: () => string): autocannon.Request {
  return {
    method: 'GET',
    setupRequest: (req) => ({ ...req, path: pad() }),
    onResponse: (status, body) => controleer(status, body),
  };
}

const BUURTPAGINA = `query BuurtportaalBuurt($code: String!, $vanaf: DateTime!) {
  buurt(code: $code) {
    code naam wijk { naam } stadsdeel { naam }
    buurtregisseur { naam functie email telefoon }
    partners(first: 100) { totalCount edges { node { id naam soort beschrijving website } } }
    activiteiten(vanaf: $vanaf, first: 50) { totalCount edges { node { id titel beschrijving begin eind locatie geannuleerd vrijwilligersGezocht organisator { naam } } } }
    initiatieven(first: 20) { totalCount edges { node { id referentie titel status schaal } } }
  }
}`;

const WERKVOORRAAD = `query Werkvoorraad($status: [InitiatiefStatus!]) {
  initiatieven(first: 25, status: $status) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id referentie titel status schaal beslissenUiterlijk ingediendOp indiener buurten { code naam } } }
  }
}`;

const DELTA = `query Delta($sinds: DateTime!) {
  activiteiten(gewijzigdSinds: $sinds, first: 100) {
    pageInfo { hasNextPage endCursor }
    edges { node { id titel beschrijving begin eind locatie geannuleerd vrijwilligersGezocht gewijzigdOp buurt { code } organisator { id naam } } }
  }
}`;

const TOETS = `query Toets($input: InitiatiefInput!) { toetsInitiatief(input: $input) { ontvankelijk bevindingen { voorwaarde voldaan toelichting } } }`;
const OPSLAAN = `mutation Opslaan($input: InitiatiefInput!) { initiatiefOpslaan(input: $input) { id status } }`;
const INDIENEN = `mutation Indienen($id: ID!) { initiatiefIndienen(id: $id) { id referentie status beslissenUiterlijk toetsresultaat { ontvankelijk } } }`;
const AANMELDEN = `mutation Aanmelden($input: AanmeldingInput!) { aanmelden(input: $input) { id status wachtlijstPositie afmeldcode } }`;

/** Per connection: the token and the draft between initiatiefOpslaan and initiatiefIndienen. */
interface Indiening {
  token?: string;
  id?: string;
}

const OPEN = ['INGEDIEND', 'IN_BEHANDELING', 'AANVULLING_GEVRAAGD', 'BIJ_BUURTPANEL'];

interface Gegevens {
  buurten: Array<{ id: string; code: string }>;
  buurtbudget: string;
  materiaal: string;
  bijeenkomst: { id: string; capaciteit: number };
}

async function leesGegevens(db: Client): Promise<Gegevens> {
  const { rows: buurten } = await db.query<{ id: string; code: string }>('SELECT id, code FROM buurt ORDER BY code');
  const { rows: instrumenten } = await db.query<{ id: string; regeling_code: string | null; soort: string }>(
    'SELECT id, regeling_code, soort FROM instrument ORDER BY naam',
  );
  const { rows: bijeenkomsten } = await db.query<{ id: string; capaciteit: number }>(
    `SELECT id, capaciteit FROM netwerkbijeenkomst WHERE status = 'GEPLAND' AND begin > now() ORDER BY begin LIMIT 1`,
  );
  const buurtbudget = instrumenten.find((i) => i.regeling_code === 'BUURTAKTIE_VOORBEELD');
  const materiaal = instrumenten.find((i) => i.soort === 'MATERIAAL');
  if (!buurtbudget || !materiaal || bijeenkomsten.length === 0) {
    throw new Error('De benchmarkdatabase mist de menukaart of een geplande bijeenkomst: draai eerst bench/genereer.ts');
  }
  return { buurten, buurtbudget: buurtbudget.id, materiaal: materiaal.id, bijeenkomst: bijeenkomsten[0] };
}

function datum(dagen: number): string {
  return new Date(Date.now() + dagen * 86_400_000).toISOString().slice(0, 10);
}

function maakScenarios(g: Gegevens, tokens: { beleid: string; bewoners: string[] }, run: string): Scenario[] {
  let i = 0;
  const volgende = (): number => i++;
  const vanaf = new Date().toISOString();
  const invoer = (k: number): Record<string, unknown> => ({
    titel: `Buurtmoestuin ${run}-${k}`,
    beschrijving: 'Bewoners leggen samen een moestuin aan op het braakliggende stuk naast de school.',
    schaal: 'BUURT',
    buurtIds: [gid('Buurt', g.buurten[k % g.buurten.length].id)],
    aanvragerSoort: 'BEWONER',
    aantalBetrokkenBewoners: 5 + (k % 20),
    startdatum: datum(40 + (k % 30)),
    einddatum: datum(80 + (k % 30)),
    aanvragen: [
      {
        instrumentId: gid('Instrument', g.buurtbudget),
        gevraagdBedrag: 20_000 + (k % 100) * 1_000,
        eigenBijdrage: 5_000 + (k % 7) * 1_000,
      },
      ...(k % 3 === 0 ? [{ instrumentId: gid('Instrument', g.materiaal), toelichting: 'Partytent en statafels' }] : []),
    ],
  });
  const activiteitenPad = (): string =>
    `/api/v1/activiteiten?buurtcode=${g.buurten[volgende() % g.buurten.length].code}&vanaf=${encodeURIComponent(vanaf)}&first=50`;
  const sindsUren = (k: number): string => new Date(Date.now() - (1 + (k % 720)) * 3_600_000).toISOString();
  return [
    {
      naam: 'buurtpagina',
      omschrijving: 'buurt + regisseur + partners(100) + komende activiteiten(50) + initiatieven(20), met totalCount',
      schrijft: false,
      api: () => [gql(BUURTPAGINA, () => ({ code: g.buurten[volgende() % g.buurten.length].code, vanaf }))],
      baseline: () => [
        get(() => `/buurtpagina/${g.buurten[volgende() % g.buurten.length].code}?vanaf=${encodeURIComponent(vanaf)}`),
      ],
    },
    {
      naam: 'werkvoorraad',
      omschrijving: 'BELEIDSMEDEWERKER: open initiatieven op beslistermijn, 25 per pagina, met buurten en totalCount',
      schrijft: false,
      api: () => [gql(WERKVOORRAAD, () => ({ status: OPEN }), tokens.beleid)],
      baseline: () => [get(() => '/werkvoorraad')],
    },
    {
      naam: 'deltasync',
      omschrijving: 'partner: activiteiten(gewijzigdSinds, first: 100), sinds 1–720 uur geleden',
      schrijft: false,
      api: () => [gql(DELTA, () => ({ sinds: sindsUren(volgende()) }))],
      baseline: () => [get(() => `/delta?sinds=${encodeURIComponent(sindsUren(volgende()))}`)],
    },
    {
      naam: 'rest-buurten',
      omschrijving: 'GET /api/v1/buurten (JSON)',
      schrijft: false,
      api: () => [get(() => '/api/v1/buurten')],
      baseline: () => [get(() => '/api/v1/buurten')],
    },
    {
      naam: 'rest-activiteiten',
      omschrijving: 'GET /api/v1/activiteiten?buurtcode=…&vanaf=nu&first=50 (JSON)',
      schrijft: false,
      api: () => [get(activiteitenPad)],
      baseline: () => [get(activiteitenPad)],
    },
    {
      naam: 'rest-netwerkbijeenkomsten',
      omschrijving: 'GET /api/v1/netwerkbijeenkomsten (JSON)',
      schrijft: false,
      api: () => [get(() => '/api/v1/netwerkbijeenkomsten')],
      baseline: () => [get(() => '/api/v1/netwerkbijeenkomsten')],
    },
    {
      naam: 'toetsInitiatief',
      omschrijving: 'anoniem: een concept toetsen aan de regels (geen baseline: regels in JSON Logic)',
      schrijft: false,
      api: () => [gql(TOETS, () => ({ input: invoer(volgende()) }))],
    },
    {
      naam: 'indienen',
      omschrijving: 'BEWONER: initiatiefOpslaan + initiatiefIndienen (referentie, toets, reservering in het plafond)',
      schrijft: true,
      api: () => [
        {
          method: 'POST',
          path: '/graphql',
          setupRequest: (req, context) => {
            const c = context as Indiening;
            const k = volgende();
            c.token = tokens.bewoners[k % tokens.bewoners.length];
            return {
              ...req,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}` },
              body: JSON.stringify({ query: OPSLAAN, variables: { input: invoer(k) } }),
            };
          },
          onResponse: (status, body, context) => {
            const c = context as Indiening;
            try {
              c.id = (JSON.parse(body) as { data?: { initiatiefOpslaan?: { id: string } } }).data?.initiatiefOpslaan?.id;
            } catch {
              c.id = undefined;
            }
            if (!c.id) {
              controleer(status, body.includes('"errors"') ? body : `{"errors":${JSON.stringify(body)}}`);
            }
          },
        },
        {
          method: 'POST',
          path: '/graphql',
          setupRequest: (req, context) => {
            const c = context as Indiening;
            return {
              ...req,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token ?? ''}` },
              body: JSON.stringify({ query: INDIENEN, variables: { id: c.id ?? 'geen' } }),
            };
          },
          onResponse: (status, body) => controleer(status, body),
        },
      ],
    },
    {
      naam: 'aanmelden',
      omschrijving: 'anoniem: aanmelden voor één geplande bijeenkomst (vol: wachtlijst), uniek e-mailadres per verzoek',
      schrijft: true,
      api: () => [
        gql(AANMELDEN, () => {
          const k = volgende();
          return {
            input: {
              bijeenkomstId: gid('Netwerkbijeenkomst', g.bijeenkomst.id),
              naam: `Deelnemer ${run}-${k}`,
              email: `Deelnemer.${run}.${k}@bench.invalid`,
              rol: 'bewoner',
            },
          };
        }),
      ],
    },
  ];
}

// ---------------------------------------------------------------- measuring

interface Meting {
  reqPerS: number;
  opsPerS: number;
  p50: number;
  p99: number;
  piekRss: number;
  /** CPU of the server process per request: steadier than req/s on a shared machine. */
  cpuPerVerzoek: number;
  ok: number;
  fouten: number;
  non2xx: number;
  voorbeeldFout: string | null;
}

async function meet(
  poort: number,
  requests: autocannon.Request[],
  duur: number,
  verbindingen: number,
  pid: number,
): Promise<Meting> {
  teller = nieuweTeller();
  let piekRss = 0;
  const monster = setInterval(() => {
    piekRss = Math.max(piekRss, geheugen(pid).rss);
  }, 200);
  const cpu0 = cpuMs(pid);
  try {
    const r = await autocannon({
      url: `http://127.0.0.1:${poort}`,
      connections: verbindingen,
      duration: duur,
      requests,
      timeout: 30,
    });
    return {
      reqPerS: r.requests.average,
      opsPerS: teller.ok / r.duration,
      p50: r.latency.p50,
      p99: r.latency.p99,
      piekRss,
      cpuPerVerzoek: (cpuMs(pid) - cpu0) / Math.max(1, r.requests.total),
      ok: teller.ok,
      fouten: teller.fouten,
      non2xx: r.non2xx,
      voorbeeldFout: teller.voorbeeldFout,
    };
  } finally {
    clearInterval(monster);
  }
}

/** A figure of a run, or "–" when no request completed within the duration (autocannon reports 0). */
function latentie(m: Meting, wat: 'p50' | 'p99' | 'cpu'): string {
  if (m.ok + m.fouten === 0) {
    return '–';
  }
  return wat === 'cpu' ? m.cpuPerVerzoek.toFixed(1) : String(m[wat]);
}

async function invarianten(db: Client, bijeenkomstId: string): Promise<Uitkomst[]> {
  const q = async <T extends object>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await db.query<T & object>(sql, params)).rows;
  const uit: Uitkomst[] = [];
  uit.push(...(await plafondInvarianten(db)));
  const [ref] = await q<{ jaren_met_gat: number; dubbel: number; teller_fout: number }>(
    `WITH r AS (SELECT split_part(referentie, '-', 2)::int AS jaar, split_part(referentie, '-', 3)::int AS nr
                  FROM initiatief WHERE referentie IS NOT NULL),
          j AS (SELECT jaar, count(*) AS n, count(DISTINCT nr) AS d, max(nr) AS hoogste FROM r GROUP BY jaar)
     SELECT count(*) FILTER (WHERE n <> hoogste)::int AS jaren_met_gat, count(*) FILTER (WHERE n <> d)::int AS dubbel,
            count(*) FILTER (WHERE t.laatste IS DISTINCT FROM j.hoogste)::int AS teller_fout
       FROM j LEFT JOIN initiatief_referentieteller t ON t.jaar = j.jaar`,
  );
  uit.push({
    naam: 'referenties uniek en zonder gaten per jaar, teller = hoogste',
    goed: ref.jaren_met_gat === 0 && ref.dubbel === 0 && ref.teller_fout === 0,
    detail: `gaten ${ref.jaren_met_gat}, dubbel ${ref.dubbel}, teller ${ref.teller_fout}`,
  });
  const [bij] = await q<{ fout: number; bijeenkomsten: number }>(
    `WITH t AS (SELECT n.id, n.capaciteit, n.aangemeld AS teller_aangemeld, n.wachtlijst AS teller_wachtlijst,
                       n.hoogste_volgnummer AS teller_hoogste,
                       count(a.id) FILTER (WHERE a.status = 'AANGEMELD') AS aangemeld,
                       count(a.id) FILTER (WHERE a.status = 'WACHTLIJST') AS wachtlijst,
                       count(a.id) FILTER (WHERE a.status <> 'AFGEMELD') AS actief,
                       COALESCE(max(a.volgnummer), 0) AS hoogste,
                       max(a.volgnummer) FILTER (WHERE a.status = 'AANGEMELD') AS laatste_aangemeld,
                       min(a.volgnummer) FILTER (WHERE a.status = 'WACHTLIJST') AS eerste_wachtend
                  FROM netwerkbijeenkomst n LEFT JOIN aanmelding a ON a.bijeenkomst_id = n.id GROUP BY n.id)
     SELECT count(*) FILTER (WHERE aangemeld <> LEAST(capaciteit, actief) OR eerste_wachtend < laatste_aangemeld
                               OR teller_aangemeld <> aangemeld OR teller_wachtlijst <> wachtlijst OR teller_hoogste <> hoogste)::int AS fout,
            count(*)::int AS bijeenkomsten FROM t`,
  );
  uit.push({
    naam: 'bijeenkomsten: AANGEMELD = min(capaciteit, actief), wachtlijst na de aangemelden, tellers = werkelijke aantallen',
    goed: bij.fout === 0,
    detail: `${bij.fout} van ${bij.bijeenkomsten} bijeenkomsten fout`,
  });
  const [doel] = await q<{ aangemeld: number; capaciteit: number; wachtend: number; posities_ok: boolean }>(
    `SELECT count(*) FILTER (WHERE a.status = 'AANGEMELD')::int AS aangemeld, n.capaciteit,
            count(*) FILTER (WHERE a.status = 'WACHTLIJST')::int AS wachtend,
            COALESCE(bool_and(a.volgnummer IS NOT NULL), true) AS posities_ok
       FROM netwerkbijeenkomst n LEFT JOIN aanmelding a ON a.bijeenkomst_id = n.id WHERE n.id = $1 GROUP BY n.capaciteit`,
    [bijeenkomstId],
  );
  uit.push({
    naam: 'de bijeenkomst van de benchmark: precies capaciteit AANGEMELD',
    goed: doel.aangemeld === doel.capaciteit,
    detail: `${doel.aangemeld} aangemeld bij capaciteit ${doel.capaciteit}, ${doel.wachtend} op de wachtlijst`,
  });
  return uit;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const duur = Number(argument('duur') ?? 12);
  const verbindingen = Number(argument('verbindingen') ?? 32);
  const alleen = argument('alleen')?.split(',');
  const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const url = databaseUrl(server, argument('database') ?? BENCH_DATABASE);
  if (!process.argv.includes('--zonder-build')) {
    console.log('npm run build ...');
    const begin = Date.now();
    try {
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], timeout: 600_000 });
    } catch (e) {
      // tsc still emits on type errors; go on only when it really wrote a fresh build.
      if (statSync(path.join(ROOT, MAIN_JS)).mtimeMs < begin) {
        throw e;
      }
      console.warn('LET OP: npm run build meldde typefouten; dist/ is wel opnieuw geschreven en wordt gebruikt.');
    }
  }
  const db = new Client({ connectionString: url });
  await db.connect();
  const processen: Proces[] = [];
  const stopAlles = async (): Promise<void> => {
    await Promise.all(processen.map(stop));
    await db.end().catch(() => undefined);
  };
  process.once('SIGINT', () => void stopAlles().then(() => process.exit(130)));
  try {
    const g = await leesGegevens(db);
    const { rows: omvang } = await db.query<{ t: string; n: string }>(
      `SELECT t, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I', t), false, true, '')))[1]::text AS n
         FROM unnest(ARRAY['organisatie','activiteit','initiatief','signaal','aanmelding']) t`,
    );
    // The heap limits of the production start (package.json `start:api`, docker/Dockerfile); `--node-opties ''` runs without.
    const nodeOpties = (argument('node-opties') ?? PRODUCTIE_NODE_OPTIES).split(' ').filter(Boolean);
    const api = start('API', [...nodeOpties, MAIN_JS, '--zonder-demo'], {
      NODE_ENV: 'development',
      GRAPHIQL: 'false',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(API_POORT),
      DATABASE_URL: url,
      // All load comes from one loopback address: the per-IP limits for anonymous callers would
      // measure themselves, not the API (they are tested in apps/api/test/snelheidslimiet.e2e-spec.ts).
      LIMIET_ANONIEM_PER_MINUUT: '1000000',
      LIMIET_AANMELDEN_PER_UUR: '1000000',
    });
    processen.push(api);
    const baseline = start('baseline', ['-r', 'ts-node/register', 'bench/baseline.ts'], {
      BASELINE_DATABASE_URL: url,
      PORT: String(BASELINE_POORT),
    });
    processen.push(baseline);
    await wachtOp(`http://127.0.0.1:${API_POORT}/health/ready`, api, 120);
    await wachtOp(`http://127.0.0.1:${BASELINE_POORT}/api/v1/buurten`, baseline, 60);
    const apiPid = api.kind.pid!;
    const basePid = baseline.kind.pid!;

    const config = loadConfig({ NODE_ENV: 'development' });
    const secret = new TextEncoder().encode(config.auth.jwtSecret!);
    const teken = (sub: string, rol: Rol): Promise<string> =>
      ondertekenOntwikkeltoken(secret, config, { sub, name: `Bench ${sub}`, email: `${sub}@bench.invalid`, roles: [rol] });
    const tokens = {
      beleid: await teken('bench-beleid-1', Rol.BELEIDSMEDEWERKER),
      bewoners: await Promise.all(Array.from({ length: 64 }, (_, k) => teken(`bench-indiener-${k}`, Rol.BEWONER))),
    };
    const run = Date.now().toString(36);
    const scenarios = maakScenarios(g, tokens, run).filter((s) => !alleen || alleen.includes(s.naam));
    console.log(
      `API pid ${apiPid} (node ${nodeOpties.join(' ') || 'zonder opties'}; RSS na start ${geheugen(apiPid).rss.toFixed(0)} MB), baseline pid ${basePid}`,
    );

    const regels: string[] = [];
    const resultaten: Array<{ s: Scenario; api: Meting; basis: Meting | null }> = [];
    for (const s of scenarios) {
      // Warm-up (not measured): JIT, graphql-jit compilation, the connection pool, PostgreSQL's cache.
      await meet(API_POORT, s.api(), 3, verbindingen, apiPid);
      const a = await meet(API_POORT, s.api(), duur, verbindingen, apiPid);
      let b: Meting | null = null;
      if (s.baseline) {
        await meet(BASELINE_POORT, s.baseline(), 3, verbindingen, basePid);
        b = await meet(BASELINE_POORT, s.baseline(), duur, verbindingen, basePid);
      }
      resultaten.push({ s, api: a, basis: b });
      const fout = a.fouten > 0 ? `  FOUTEN ${a.fouten} (bv. ${a.voorbeeldFout})` : '';
      console.log(
        `${s.naam}: ${a.reqPerS.toFixed(0)} req/s (${a.opsPerS.toFixed(0)} ops/s), p50 ${a.p50} ms, p99 ${a.p99} ms, RSS ${a.piekRss.toFixed(0)} MB, ` +
          `CPU ${a.cpuPerVerzoek.toFixed(1)} ms/verzoek, load ${os.loadavg()[0].toFixed(1)}` +
          (b
            ? ` | baseline ${b.reqPerS.toFixed(0)} req/s, p50 ${b.p50} ms, p99 ${b.p99} ms, CPU ${b.cpuPerVerzoek.toFixed(1)} ms/verzoek`
            : '') +
          fout,
      );
    }

    const piek = geheugen(apiPid).piek;
    regels.push(
      `| scenario | req/s | bewerkingen/s | × baseline | p50 (ms) | p99 (ms) | piek-RSS API (MB) | CPU API (ms/verzoek) | baseline req/s | baseline p50 / p99 (ms) | CPU baseline (ms/verzoek) | fouten |`,
    );
    regels.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const { s, api: a, basis: b } of resultaten) {
      regels.push(
        `| \`${s.naam}\` | ${a.reqPerS.toFixed(0)} | ${a.opsPerS.toFixed(0)} | ${b ? (a.reqPerS / b.reqPerS).toFixed(2) : '–'} | ${latentie(a, 'p50')} | ${latentie(a, 'p99')} | ${a.piekRss.toFixed(0)} | ${latentie(a, 'cpu')} | ${b ? b.reqPerS.toFixed(0) : '–'} | ${b ? `${latentie(b, 'p50')} / ${latentie(b, 'p99')}` : '–'} | ${b ? latentie(b, 'cpu') : '–'} | ${a.fouten} |`,
      );
    }
    console.log('');
    console.log(regels.join('\n'));
    console.log('');
    for (const { s } of resultaten) {
      console.log(`- \`${s.naam}\`: ${s.omschrijving}`);
    }
    console.log('');
    console.log(`Piek-RSS van het API-proces over de hele run (VmHWM): ${piek.toFixed(0)} MB`);
    console.log(`Baseline piek-RSS (VmHWM): ${geheugen(basePid).piek.toFixed(0)} MB`);
    if (resultaten.some((r) => r.s.schrijft)) {
      console.log("\nInvarianten na de schrijfscenario's:");
      for (const i of await invarianten(db, g.bijeenkomst.id)) {
        console.log(`- ${i.goed ? 'OK  ' : 'FOUT'} ${i.naam}: ${i.detail}`);
      }
    }
    const { rows: pg } = await db.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    console.log(
      `\nMachine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ` +
        `Node ${process.version}, PostgreSQL ${pg[0].v}, load average bij het einde ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
    console.log(`Data: ${omvang.map((r) => `${r.t} ${r.n}`).join(', ')}; ${verbindingen} verbindingen, ${duur} s per scenario.`);
  } finally {
    await stopAlles();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
