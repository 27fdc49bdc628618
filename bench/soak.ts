/**
 * npm run soak [-- --minuten 5 --opwarmen 60 --gebruikers 12 --zonder-build --database buurtwerk_soak]
 * npm run soak -- --alleen-controle   (only the SQL invariants, on the database of the last run)
 *
 * Soak run (issue 9, load): the API built for production (`npm run build`, then `node dist/...`)
 * on loopback, on its own fresh database (`buurtwerk_soak` on DATABASE_URL's server: dropped,
 * migrated, Heerlen's buurten, the demo menukaart and a small generated set from
 * bench/genereer.ts), driven for a bounded time by virtual users that mix what the platform does
 * in a day, all at once:
 *
 * - anonymous reads: the buurt page (GraphQL) and the REST feeds under /api/v1;
 * - toetsInitiatief; residents saving and submitting initiatives, and sometimes withdrawing them;
 * - staff taking requests into handling and deciding: granting (consumes the ceiling) or refusing
 *   (releases it); buurtaktie requests go to a buurtpanel whose members vote (and re-vote);
 * - sign-ups for small network meetings (waiting list) and cancellations (promotion);
 * - residents reporting signals, staff handling them.
 *
 * Every second it samples the RSS of the API process (/proc/<pid>/status); the first `--opwarmen`
 * seconds (default 60: JIT, connection pools, V8 sizing its heap for this load) run the same
 * traffic but are not part of the memory figures, which cover the `--minuten` after. At the end it checks
 * in SQL: no ceiling exceeded and verleend/gereserveerd equal to the sum of the requests; per
 * meeting AANGEMELD = min(capaciteit, active) and the waiting list after the admitted, in
 * order of receipt; one vote per panel member per initiative, only by members, counts that match;
 * references unique and gapless; every acknowledged write present. It exits non-zero on a
 * broken invariant, on any 5xx or INTERNAL_SERVER_ERROR, on an error code no scenario expects,
 * or on clear memory growth (a positive RSS trend over the second half of the run beyond noise).
 *
 * Like bench/run.ts the API runs with NODE_ENV=development (the soak signs HS256 development
 * tokens), GRAPHIQL=false and LOG_LEVEL=warn; every other setting is the default.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig, ondertekenOntwikkeltoken, Rol } from '@buurtwerk/core';
import { databaseUrl, maakDatabase, omvangVoor, schemaEnReferentiedata, vulBulk } from './genereer';
import { plafondInvarianten, type Uitkomst } from './invarianten';

const ROOT = path.resolve(__dirname, '..');
const API_POORT = 3911;
const MAIN_JS = 'dist/apps/api/apps/api/src/main.js';
const SOAK_DATABASE = 'buurtwerk_soak';

function argument(naam: string): string | undefined {
  const i = process.argv.indexOf(`--${naam}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const gid = (type: string, id: string): string => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const wacht = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const kies = <T>(lijst: readonly T[]): T => lijst[Math.floor(Math.random() * lijst.length)];

// ---------------------------------------------------------------- the API process and its memory

interface Api {
  kind: ChildProcess;
  log: string[];
}

function startApi(url: string): Api {
  const kind = spawn(process.execPath, [MAIN_JS, '--zonder-demo'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      GRAPHIQL: 'false',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(API_POORT),
      DATABASE_URL: url,
      // Close panel votes whose time passed quickly, so the closer runs under load too.
      PANEL_INTERVAL_MS: '2000',
      // All load comes from one loopback address: the per-IP limits for anonymous callers would
      // measure themselves, not the API (they are tested in apps/api/test/snelheidslimiet.e2e-spec.ts).
      LIMIET_ANONIEM_PER_MINUUT: '1000000',
      LIMIET_AANMELDEN_PER_UUR: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const bewaar = (d: Buffer): void => {
    log.push(d.toString());
    if (log.length > 500) {
      log.shift();
    }
  };
  kind.stdout?.on('data', bewaar);
  kind.stderr?.on('data', bewaar);
  return { kind, log };
}

async function stopApi(api: Api): Promise<void> {
  if (api.kind.exitCode !== null || api.kind.pid === undefined) {
    return;
  }
  const klaar = new Promise<void>((r) => api.kind.once('exit', () => r()));
  api.kind.kill('SIGTERM');
  await Promise.race([klaar, wacht(15_000)]);
  if (api.kind.exitCode === null) {
    api.kind.kill('SIGKILL');
  }
}

async function wachtOpKlaar(api: Api, seconden: number): Promise<void> {
  const tot = Date.now() + seconden * 1000;
  while (Date.now() < tot) {
    if (api.kind.exitCode !== null) {
      throw new Error(`De API is gestopt:\n${api.log.join('')}`);
    }
    try {
      if ((await fetch(`http://127.0.0.1:${API_POORT}/health/ready`)).ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await wacht(250);
  }
  throw new Error(`API niet klaar binnen ${seconden} s:\n${api.log.join('')}`);
}

/** Resident set size in MB (VmRSS). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

interface Monster {
  t: number;
  rss: number;
}

/** Least-squares slope of RSS against time, in MB per minute. */
export function helling(monsters: Monster[]): number {
  const n = monsters.length;
  if (n < 2) {
    return 0;
  }
  const mx = monsters.reduce((s, m) => s + m.t, 0) / n;
  const my = monsters.reduce((s, m) => s + m.rss, 0) / n;
  let teller = 0;
  let noemer = 0;
  for (const m of monsters) {
    teller += (m.t - mx) * (m.rss - my);
    noemer += (m.t - mx) ** 2;
  }
  return noemer === 0 ? 0 : (teller / noemer) * 60_000;
}

function mediaan(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)];
}

// ---------------------------------------------------------------- the client and its bookkeeping

interface Tel {
  ok: number;
  /** Refusals the scenario expects (a full ceiling, a closed vote, ...), per code. */
  verwacht: Record<string, number>;
  onverwacht: Record<string, number>;
  vijfhonderd: number;
  ms: number[];
}

const tellers = new Map<string, Tel>();
const voorbeelden: string[] = [];

function tel(scenario: string): Tel {
  let t = tellers.get(scenario);
  if (!t) {
    t = { ok: 0, verwacht: {}, onverwacht: {}, vijfhonderd: 0, ms: [] };
    tellers.set(scenario, t);
  }
  return t;
}

function voorbeeld(tekst: string): void {
  if (voorbeelden.length < 20) {
    voorbeelden.push(tekst.slice(0, 500));
  }
}

const BASIS = `http://127.0.0.1:${API_POORT}`;

class Onverwacht extends Error {}

/**
 * One GraphQL call. Returns data, or the error code when it is one of `verwacht`; anything else
 * (5xx, INTERNAL_SERVER_ERROR, an unexpected code, a network error) is counted and thrown.
 */
async function gql<T>(
  scenario: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  verwacht: string[] = [],
): Promise<{ data: T; code?: undefined } | { data?: undefined; code: string }> {
  const t = tel(scenario);
  const begin = performance.now();
  let status = 0;
  let tekst = '';
  try {
    const res = await fetch(`${BASIS}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    status = res.status;
    tekst = await res.text();
  } catch (e) {
    t.onverwacht.NETWERK = (t.onverwacht.NETWERK ?? 0) + 1;
    voorbeeld(`${scenario}: netwerkfout ${e instanceof Error ? e.message : String(e)}`);
    throw new Onverwacht();
  }
  t.ms.push(performance.now() - begin);
  if (status >= 500) {
    t.vijfhonderd++;
    voorbeeld(`${scenario}: HTTP ${status} ${tekst}`);
    throw new Onverwacht();
  }
  let body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = JSON.parse(tekst) as typeof body;
  } catch {
    t.onverwacht.GEEN_JSON = (t.onverwacht.GEEN_JSON ?? 0) + 1;
    voorbeeld(`${scenario}: HTTP ${status}, geen JSON: ${tekst}`);
    throw new Onverwacht();
  }
  const fout = body.errors?.[0];
  if (!fout) {
    t.ok++;
    return { data: body.data as T };
  }
  const code = fout.extensions?.code ?? '?';
  if (code === 'INTERNAL_SERVER_ERROR') {
    t.vijfhonderd++;
  }
  if (verwacht.includes(code)) {
    t.verwacht[code] = (t.verwacht[code] ?? 0) + 1;
    return { code };
  }
  t.onverwacht[code] = (t.onverwacht[code] ?? 0) + 1;
  voorbeeld(`${scenario}: ${code} ${fout.message}`);
  throw new Onverwacht();
}

async function rest(scenario: string, pad: string, accept = 'application/json'): Promise<void> {
  const t = tel(scenario);
  const begin = performance.now();
  let res: Response;
  try {
    res = await fetch(`${BASIS}${pad}`, { headers: { accept } });
    await res.arrayBuffer();
  } catch (e) {
    t.onverwacht.NETWERK = (t.onverwacht.NETWERK ?? 0) + 1;
    voorbeeld(`${scenario}: netwerkfout ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  t.ms.push(performance.now() - begin);
  if (res.status >= 500) {
    t.vijfhonderd++;
    voorbeeld(`${scenario}: HTTP ${res.status} op ${pad}`);
  } else if (res.status === 200) {
    t.ok++;
  } else {
    t.onverwacht[`HTTP_${res.status}`] = (t.onverwacht[`HTTP_${res.status}`] ?? 0) + 1;
    voorbeeld(`${scenario}: HTTP ${res.status} op ${pad}`);
  }
}

// ---------------------------------------------------------------- queries

const BUURTPAGINA = `query($code: String!, $vanaf: DateTime!) {
  buurt(code: $code) {
    code naam wijk { naam } stadsdeel { naam }
    buurtregisseur { naam functie email telefoon }
    partners(first: 100) { totalCount edges { node { id naam soort } } }
    activiteiten(vanaf: $vanaf, first: 50) { totalCount edges { node { id titel begin eind locatie organisator { naam } } } }
    initiatieven(first: 20) { totalCount edges { node { id referentie titel status } } }
  }
}`;
const TOETS = `query($input: InitiatiefInput!) { toetsInitiatief(input: $input) { ontvankelijk bevindingen { voorwaarde voldaan } } }`;
const OPSLAAN = `mutation($input: InitiatiefInput!) { initiatiefOpslaan(input: $input) { id status } }`;
const INDIENEN = `mutation($id: ID!) { initiatiefIndienen(id: $id) { id referentie status aanvragen { id gereserveerdBedrag } } }`;
const INTREKKEN = `mutation($id: ID!) { initiatiefIntrekken(id: $id, toelichting: "Gaat niet door.") { id status } }`;
const WERKVOORRAAD = `query { initiatieven(first: 25, status: [INGEDIEND, IN_BEHANDELING, BIJ_BUURTPANEL]) {
  totalCount edges { node { id referentie titel status beslissenUiterlijk buurten { code } } } } }`;
const IN_BEHANDELING = `mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id status aanvragen { id gereserveerdBedrag } } }`;
const BESLUIT = `mutation($input: BesluitInput!) { besluitNemen(input: $input) { id status } }`;
const VOORLEGGEN = `mutation($id: ID!, $panelId: ID!, $sluitOp: DateTime!) {
  initiatiefVoorleggenAanPanel(id: $id, panelId: $panelId, sluitOp: $sluitOp) { sluitOp } }`;
const STEM = `mutation($id: ID!, $keuze: Stemkeuze!) { panelStemUitbrengen(initiatiefId: $id, keuze: $keuze) { gesloten uitkomst } }`;
const AANMELDEN = `mutation($input: AanmeldingInput!) { aanmelden(input: $input) { id status wachtlijstPositie afmeldcode } }`;
const AFMELDEN = `mutation($id: ID!, $code: String!) { afmelden(aanmeldingId: $id, afmeldcode: $code) { id status } }`;
const MELDEN = `mutation($input: SignaalInput!) { signaalMelden(input: $input) { id referentie status } }`;
const SIGNALEN = `query { signalen(first: 20, ordening: TERMIJN) { totalCount edges { node { id referentie status } } } }`;
const AFHANDELEN = `mutation($id: ID!) { signaalAfhandelen(id: $id, terugkoppeling: "Opgelost, dank voor uw melding.") { id status } }`;

// ---------------------------------------------------------------- the world of the run

interface Wereld {
  buurten: Array<{ id: string; code: string }>;
  stadsdelen: string[];
  buurtbudget: string;
  stadsdeelbijdrage: string;
  materiaal: string;
  bijeenkomsten: string[];
  panelId: string;
  panelleden: string[];
  categorieen: string[];
  beleid: string;
  bewoners: string[];
}

interface Ingediend {
  id: string;
  token: string;
  panel: boolean;
}

/** What the API acknowledged, to check afterwards that none of it was lost. */
const bevestigd = { initiatieven: new Set<string>(), aanmeldingen: new Set<string>(), signalen: new Set<string>() };
const teBehandelen: Ingediend[] = [];
const afmeldbaar: Array<{ id: string; code: string }> = [];
const geweigerdeStemmen = { naSluiten: 0 };

function datum(dagen: number): string {
  return new Date(Date.now() + dagen * 86_400_000).toISOString().slice(0, 10);
}

function dbId(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];
}

let volgnummer = 0;

function initiatiefInput(w: Wereld, panel: boolean): Record<string, unknown> {
  const k = volgnummer++;
  const buurt = kies(w.buurten);
  const gevraagd = (panel ? 20_000 : 100_000) + Math.floor(Math.random() * 100) * 1_000;
  return panel
    ? {
        titel: `Buurtmoestuin ${k}`,
        beschrijving: 'Bewoners leggen samen een moestuin aan op het braakliggende stuk naast de school.',
        schaal: 'BUURT',
        buurtIds: [gid('Buurt', buurt.id)],
        aanvragerSoort: 'BEWONER',
        aantalBetrokkenBewoners: 5 + (k % 20),
        startdatum: datum(40 + (k % 30)),
        einddatum: datum(80 + (k % 30)),
        aanvragen: [
          { instrumentId: w.buurtbudget, gevraagdBedrag: gevraagd, eigenBijdrage: Math.round(gevraagd / 4) },
          ...(k % 3 === 0 ? [{ instrumentId: w.materiaal, toelichting: 'Partytent en statafels' }] : []),
        ],
      }
    : {
        titel: `Stadsdeelfestival ${k}`,
        beschrijving: 'Een week van buurtactiviteiten in het hele stadsdeel, door bewonersgroepen samen georganiseerd.',
        schaal: 'STADSDEEL',
        buurtIds: [],
        stadsdeelId: kies(w.stadsdelen),
        aanvragerSoort: 'BEWONERSGROEP',
        aantalBetrokkenBewoners: 10 + (k % 30),
        startdatum: datum(60 + (k % 30)),
        einddatum: datum(120 + (k % 30)),
        aanvragen: [{ instrumentId: w.stadsdeelbijdrage, gevraagdBedrag: gevraagd, eigenBijdrage: Math.round(gevraagd / 3) }],
      };
}

type Scenario = { naam: string; gewicht: number; doe: (w: Wereld) => Promise<void> };

const scenarios: Scenario[] = [
  {
    naam: 'buurtpagina',
    gewicht: 14,
    doe: async (w) => {
      await gql('buurtpagina', BUURTPAGINA, { code: kies(w.buurten).code, vanaf: new Date().toISOString() });
    },
  },
  {
    naam: 'rest-feeds',
    gewicht: 14,
    doe: async (w) => {
      const b = kies(w.buurten).code;
      const [pad, accept] = kies([
        ['/api/v1/buurten', 'application/json'],
        [`/api/v1/buurten/${b}`, 'application/json'],
        [`/api/v1/activiteiten?buurtcode=${b}&first=50`, 'application/json'],
        [`/api/v1/activiteiten?buurtcode=${b}&first=20`, 'text/calendar'],
        ['/api/v1/netwerkbijeenkomsten', 'application/json'],
        ['/api/v1/netwerkbijeenkomsten', 'text/calendar'],
        ['/api/v1/nevenfunctieregister', 'text/csv'],
        [`/api/v1/open-data/initiatieven?buurtcode=${b}`, 'application/json'],
      ] as const);
      await rest('rest-feeds', pad, accept);
    },
  },
  {
    naam: 'toetsInitiatief',
    gewicht: 8,
    doe: async (w) => {
      await gql('toetsInitiatief', TOETS, { input: initiatiefInput(w, Math.random() < 0.6) });
    },
  },
  {
    naam: 'indienen',
    gewicht: 12,
    doe: async (w) => {
      const token = kies(w.bewoners);
      const panel = Math.random() < 0.6;
      const concept = await gql<{ initiatiefOpslaan: { id: string } }>(
        'indienen',
        OPSLAAN,
        { input: initiatiefInput(w, panel) },
        token,
      );
      if (!concept.data) {
        return;
      }
      const id = concept.data.initiatiefOpslaan.id;
      bevestigd.initiatieven.add(dbId(id));
      const r = await gql<{ initiatiefIndienen: { id: string } }>('indienen', INDIENEN, { id }, token);
      if (r.data) {
        teBehandelen.push({ id, token, panel });
      }
    },
  },
  {
    naam: 'intrekken',
    gewicht: 1,
    doe: async () => {
      const i = teBehandelen.splice(Math.floor(Math.random() * teBehandelen.length), 1)[0];
      if (i) {
        // A decision may have been taken meanwhile by a panel (then withdrawing is refused).
        await gql('intrekken', INTREKKEN, { id: i.id }, i.token, ['ONGELDIGE_STATUSOVERGANG']);
      }
    },
  },
  {
    naam: 'besluiten',
    gewicht: 6,
    doe: async (w) => {
      await gql('besluiten', WERKVOORRAAD, {}, w.beleid);
      const index = teBehandelen.findIndex((i) => !i.panel);
      if (index < 0) {
        return;
      }
      const [i] = teBehandelen.splice(index, 1);
      const behandeld = await gql<{
        initiatiefInBehandelingNemen: { aanvragen: Array<{ id: string; gereserveerdBedrag: number | null }> };
      }>('besluiten', IN_BEHANDELING, { id: i.id }, w.beleid, ['ONGELDIGE_STATUSOVERGANG']);
      if (!behandeld.data) {
        return;
      }
      const aanvragen = behandeld.data.initiatiefInBehandelingNemen.aanvragen;
      const toekennen = Math.random() < 0.8;
      const besluit = await gql(
        'besluiten',
        BESLUIT,
        {
          input: {
            initiatiefId: i.id,
            uitkomst: toekennen ? 'TOEGEKEND' : 'AFGEWEZEN',
            motivering: toekennen ? 'Past binnen de regeling.' : 'Past niet in het beleid voor dit stadsdeel.',
            // Sometimes less than reserved: the rest returns to the ceiling.
            bedragen: toekennen
              ? aanvragen.map((a) => ({
                  aanvraagId: a.id,
                  bedrag: Math.random() < 0.3 ? Math.floor((a.gereserveerdBedrag ?? 0) / 2) : (a.gereserveerdBedrag ?? 0),
                }))
              : [],
          },
        },
        w.beleid,
        // Nothing fitted under the ceiling at receipt: it can only be refused (Awb 4:25).
        ['PLAFOND_BEREIKT'],
      );
      if (besluit.code === 'PLAFOND_BEREIKT') {
        await gql(
          'besluiten',
          BESLUIT,
          { input: { initiatiefId: i.id, uitkomst: 'AFGEWEZEN', motivering: 'Het subsidieplafond is bereikt.', bedragen: [] } },
          w.beleid,
        );
      }
    },
  },
  {
    naam: 'buurtpanel',
    gewicht: 4,
    doe: async (w) => {
      const index = teBehandelen.findIndex((i) => i.panel);
      if (index < 0) {
        return;
      }
      const [i] = teBehandelen.splice(index, 1);
      const behandeld = await gql('buurtpanel', IN_BEHANDELING, { id: i.id }, w.beleid, ['ONGELDIGE_STATUSOVERGANG']);
      if (!behandeld.data) {
        return;
      }
      // Some votes close by time (the scheduled closer), most when every member voted.
      const sluitOp = new Date(Date.now() + (Math.random() < 0.2 ? 3_000 : 3_600_000)).toISOString();
      const voorgelegd = await gql('buurtpanel', VOORLEGGEN, { id: i.id, panelId: w.panelId, sluitOp }, w.beleid, [
        'PLAFOND_BEREIKT',
      ]);
      if (voorgelegd.code === 'PLAFOND_BEREIKT') {
        await gql(
          'buurtpanel',
          BESLUIT,
          { input: { initiatiefId: i.id, uitkomst: 'AFGEWEZEN', motivering: 'Het subsidieplafond is bereikt.', bedragen: [] } },
          w.beleid,
        );
        return;
      }
      // The members vote at the same time; some change their mind (a new vote replaces the old).
      await Promise.all(
        w.panelleden.map(async (lid) => {
          await wacht(Math.random() * 500);
          for (let keer = Math.random() < 0.3 ? 2 : 1; keer > 0; keer--) {
            const r = await gql('buurtpanel', STEM, { id: i.id, keuze: kies(['VOOR', 'VOOR', 'TEGEN', 'ONTHOUDING']) }, lid, [
              'STEMMING_GESLOTEN',
            ]);
            if (r.code) {
              geweigerdeStemmen.naSluiten++;
            }
          }
        }),
      );
    },
  },
  {
    naam: 'aanmelden',
    gewicht: 10,
    doe: async (w) => {
      if (afmeldbaar.length > 0 && Math.random() < 0.15) {
        const a = afmeldbaar.splice(Math.floor(Math.random() * afmeldbaar.length), 1)[0];
        await gql('aanmelden', AFMELDEN, { id: a.id, code: a.code });
        return;
      }
      const k = volgnummer++;
      // A few e-mail addresses come twice: signing up again is idempotent.
      const email = Math.random() < 0.05 && k > 10 ? `deelnemer.${k - 7}@soak.invalid` : `deelnemer.${k}@soak.invalid`;
      const r = await gql<{ aanmelden: { id: string; status: string; afmeldcode: string | null } }>('aanmelden', AANMELDEN, {
        input: { bijeenkomstId: kies(w.bijeenkomsten), naam: `Deelnemer ${k}`, email, rol: 'bewoner' },
      });
      if (r.data) {
        bevestigd.aanmeldingen.add(dbId(r.data.aanmelden.id));
        if (r.data.aanmelden.afmeldcode && r.data.aanmelden.status !== 'AFGEMELD') {
          afmeldbaar.push({ id: r.data.aanmelden.id, code: r.data.aanmelden.afmeldcode });
        }
      }
    },
  },
  {
    naam: 'signalen',
    gewicht: 7,
    doe: async (w) => {
      if (Math.random() < 0.3) {
        const lijst = await gql<{ signalen: { edges: Array<{ node: { id: string; status: string } }> } }>(
          'signalen',
          SIGNALEN,
          {},
          w.beleid,
        );
        const open = lijst.data?.signalen.edges.find((e) => e.node.status !== 'AFGEHANDELD');
        if (open) {
          // Two staff members may pick the same signal: the second finds it already handled.
          await gql('signalen', AFHANDELEN, { id: open.node.id }, w.beleid, ['ONGELDIGE_STATUSOVERGANG']);
        }
        return;
      }
      const r = await gql<{ signaalMelden: { id: string } }>(
        'signalen',
        MELDEN,
        {
          input: {
            buurtId: gid('Buurt', kies(w.buurten).id),
            categorie: kies(w.categorieen),
            omschrijving: 'Losse stoeptegel bij de bushalte, iemand is er al over gestruikeld.',
          },
        },
        kies(w.bewoners),
      );
      if (r.data) {
        bevestigd.signalen.add(dbId(r.data.signaalMelden.id));
      }
    },
  },
];

// ---------------------------------------------------------------- preparing the database

/** Migrations, reference data, the demo menukaart and a small generated set (about 1/500 of the bench). */
async function vulDatabase(url: string): Promise<void> {
  await schemaEnReferentiedata(url);
  const db = new Client({ connectionString: url });
  await db.connect();
  const log = console.log;
  try {
    console.log = () => undefined;
    await vulBulk(db, omvangVoor(0.002));
  } finally {
    console.log = log;
    await db.end();
  }
}

async function maakWereld(db: Client, teken: (sub: string, rol: Rol) => Promise<string>): Promise<Wereld> {
  const { rows: buurten } = await db.query<{ id: string; code: string }>('SELECT id, code FROM buurt ORDER BY code');
  const { rows: stadsdelen } = await db.query<{ id: string }>('SELECT id FROM stadsdeel ORDER BY naam');
  const { rows: instrumenten } = await db.query<{ id: string; regeling_code: string | null; soort: string }>(
    'SELECT id, regeling_code, soort FROM instrument ORDER BY naam',
  );
  const { rows: categorieen } = await db.query<{ naam: string }>('SELECT naam FROM signaalcategorie WHERE actief ORDER BY naam');
  const instrument = (f: (i: (typeof instrumenten)[number]) => boolean): string => {
    const i = instrumenten.find(f);
    if (!i) {
      throw new Error('De demomenukaart ontbreekt');
    }
    return gid('Instrument', i.id);
  };
  // Ceilings that run out during the run: room for roughly a minute of grants, so later requests
  // get PLAFOND_BEREIKT and refusals and withdrawals give room back (Awb 4:25).
  const jaar = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date()));
  await db.query(
    `UPDATE subsidieplafond SET bedrag = verleend + gereserveerd +
            CASE regeling_code WHEN 'BUURTAKTIE_VOORBEELD' THEN 3000000 ELSE 6000000 END
      WHERE periode = $1`,
    [String(jaar)],
  );
  const beleid = await teken('soak-beleid', Rol.BELEIDSMEDEWERKER);
  const panelleden = Array.from({ length: 5 }, (_, k) => `soak-panellid-${k + 1}`);
  const bestuur = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const r = await gql<T>('opzet', query, variables, beleid);
    return r.data as T;
  };
  const panel = await bestuur<{ buurtpanelInstellen: { id: string } }>(
    'mutation($input: BuurtpanelInput!) { buurtpanelInstellen(input: $input) { id } }',
    {
      input: {
        naam: 'Buurtpanel Heerlen (soak)',
        buurtIds: buurten.map((b) => gid('Buurt', b.id)),
        quorum: 3,
        leden: panelleden,
      },
    },
  );
  // Small meetings in buurten that never hosted one, so the waiting list fills in seconds.
  const { rows: vrij } = await db.query<{ id: string }>(
    `SELECT b.id FROM buurt b WHERE NOT EXISTS (SELECT 1 FROM netwerkbijeenkomst n WHERE n.buurt_id = b.id) ORDER BY b.code LIMIT 2`,
  );
  const bijeenkomsten: string[] = [];
  for (const [k, b] of vrij.entries()) {
    const begin = new Date(Date.now() + (30 + k * 14) * 86_400_000);
    const r = await bestuur<{ netwerkbijeenkomstPlannen: { id: string } }>(
      'mutation($input: NetwerkbijeenkomstInput!) { netwerkbijeenkomstPlannen(input: $input) { id } }',
      {
        input: {
          titel: `Netwerkbijeenkomst ${k + 1} (soak)`,
          begin: begin.toISOString(),
          eind: new Date(begin.getTime() + 3 * 3_600_000).toISOString(),
          buurtId: gid('Buurt', b.id),
          locatie: 'Buurthuis (soak)',
          capaciteit: 25 + k * 15,
        },
      },
    );
    bijeenkomsten.push(r.netwerkbijeenkomstPlannen.id);
  }
  return {
    buurten,
    stadsdelen: stadsdelen.map((s) => gid('Stadsdeel', s.id)),
    buurtbudget: instrument((i) => i.regeling_code === 'BUURTAKTIE_VOORBEELD'),
    stadsdeelbijdrage: instrument((i) => i.regeling_code === 'STADSDEELINITIATIEF_VOORBEELD'),
    materiaal: instrument((i) => i.soort === 'MATERIAAL'),
    bijeenkomsten,
    panelId: panel.buurtpanelInstellen.id,
    panelleden: await Promise.all(panelleden.map((sub) => teken(sub, Rol.BEWONER))),
    categorieen: categorieen.map((c) => c.naam),
    beleid,
    bewoners: await Promise.all(Array.from({ length: 50 }, (_, k) => teken(`soak-bewoner-${k}`, Rol.BEWONER))),
  };
}

// ---------------------------------------------------------------- invariants

async function invarianten(db: Client): Promise<Uitkomst[]> {
  const een = async <T extends object>(sql: string, params: unknown[] = []): Promise<T> =>
    (await db.query<T & object>(sql, params)).rows[0];
  const uit: Uitkomst[] = [];
  uit.push(...(await plafondInvarianten(db)));
  const reservering = await een<{ fout: number }>(
    `SELECT count(*)::int AS fout FROM ondersteuningsaanvraag a JOIN initiatief i ON i.id = a.initiatief_id
      WHERE (i.status NOT IN ('INGEDIEND','IN_BEHANDELING','AANVULLING_GEVRAAGD','BIJ_BUURTPANEL') AND a.gereserveerd_bedrag <> 0)
         OR a.gereserveerd_bedrag > COALESCE(a.gevraagd_bedrag, 0)
         OR a.toegekend_bedrag > COALESCE(a.gevraagd_bedrag, 0)`,
  );
  uit.push({
    naam: 'aanvragen: alleen open aanvragen houden een reservering, nooit meer dan gevraagd',
    goed: reservering.fout === 0,
    detail: `${reservering.fout} aanvragen fout`,
  });
  for (const [soort, tabel, teller] of [
    ['INI', 'initiatief', 'initiatief_referentieteller'],
    ['SIG', 'signaal', 'signaal_teller'],
  ] as const) {
    const ref = await een<{ jaren_met_gat: number; dubbel: number; teller_fout: number }>(
      `WITH r AS (SELECT split_part(referentie, '-', 2)::int AS jaar, split_part(referentie, '-', 3)::int AS nr
                    FROM ${tabel} WHERE referentie IS NOT NULL),
            j AS (SELECT jaar, count(*) AS n, count(DISTINCT nr) AS d, max(nr) AS hoogste FROM r GROUP BY jaar)
       SELECT count(*) FILTER (WHERE n <> hoogste)::int AS jaren_met_gat, count(*) FILTER (WHERE n <> d)::int AS dubbel,
              count(*) FILTER (WHERE t.laatste IS DISTINCT FROM j.hoogste)::int AS teller_fout
         FROM j LEFT JOIN ${teller} t ON t.jaar = j.jaar`,
    );
    uit.push({
      naam: `referenties ${soort}-: uniek en zonder gaten per jaar, teller = hoogste`,
      goed: ref.jaren_met_gat === 0 && ref.dubbel === 0 && ref.teller_fout === 0,
      detail: `gaten ${ref.jaren_met_gat}, dubbel ${ref.dubbel}, teller ${ref.teller_fout}`,
    });
  }
  const bij = await een<{ fout: number; volgorde: number; dubbel: number; bijeenkomsten: number }>(
    `WITH t AS (SELECT n.id, n.capaciteit,
                       count(*) FILTER (WHERE a.status = 'AANGEMELD') AS aangemeld,
                       count(a.id) FILTER (WHERE a.status <> 'AFGEMELD') AS actief,
                       max(a.volgnummer) FILTER (WHERE a.status = 'AANGEMELD') AS laatste_aangemeld,
                       min(a.volgnummer) FILTER (WHERE a.status = 'WACHTLIJST') AS eerste_wachtend,
                       count(a.id) - count(DISTINCT a.volgnummer) AS dubbele_volgnummers,
                       count(a.id) FILTER (WHERE a.status <> 'AFGEMELD') - count(DISTINCT a.email_sleutel) FILTER (WHERE a.status <> 'AFGEMELD') AS dubbele_email
                  FROM netwerkbijeenkomst n LEFT JOIN aanmelding a ON a.bijeenkomst_id = n.id
                 WHERE n.status <> 'GEANNULEERD' GROUP BY n.id)
     SELECT count(*) FILTER (WHERE aangemeld <> LEAST(capaciteit, actief))::int AS fout,
            count(*) FILTER (WHERE eerste_wachtend < laatste_aangemeld OR dubbele_volgnummers > 0)::int AS volgorde,
            count(*) FILTER (WHERE dubbele_email > 0)::int AS dubbel,
            count(*)::int AS bijeenkomsten FROM t`,
  );
  uit.push({
    naam: 'bijeenkomsten: AANGEMELD = min(capaciteit, actief)',
    goed: bij.fout === 0,
    detail: `${bij.fout} van ${bij.bijeenkomsten} bijeenkomsten fout`,
  });
  uit.push({
    naam: 'bijeenkomsten: wachtlijst in volgorde van binnenkomst, na de aangemelden; één aanmelding per e-mailadres',
    goed: bij.volgorde === 0 && bij.dubbel === 0,
    detail: `${bij.volgorde} met volgordefout, ${bij.dubbel} met een dubbel e-mailadres`,
  });
  // The counters a meeting row keeps of its sign-ups (when the schema has them) match the rows.
  const metTellers = await een<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'netwerkbijeenkomst' AND column_name IN ('aangemeld', 'wachtlijst')`,
  );
  if (metTellers.n === 2) {
    const tellers = await een<{ fout: number }>(
      `SELECT count(*)::int AS fout FROM netwerkbijeenkomst n
        WHERE n.aangemeld <> (SELECT count(*) FROM aanmelding a WHERE a.bijeenkomst_id = n.id AND a.status = 'AANGEMELD')
           OR n.wachtlijst <> (SELECT count(*) FROM aanmelding a WHERE a.bijeenkomst_id = n.id AND a.status = 'WACHTLIJST')`,
    );
    uit.push({
      naam: 'bijeenkomsten: de tellers aangemeld/wachtlijst kloppen met de aanmeldingen',
      goed: tellers.fout === 0,
      detail: `${tellers.fout} bijeenkomsten wijken af`,
    });
  }
  // Both timestamps are now() of their transaction (its start): a vote that started before the
  // closing transaction but committed first has a later uitgebracht_op than gesloten_op, so
  // "nothing after closing" is checked on the frozen counts per choice instead.
  const stem = await een<{
    geen_lid: number;
    dubbel: number;
    telling: number;
    na_sluitop: number;
    open_dubbel: number;
    stemmen: number;
    gesloten: number;
  }>(
    `SELECT (SELECT count(*) FROM panelstem s JOIN panelstemming m ON m.id = s.stemming_id
               WHERE NOT EXISTS (SELECT 1 FROM buurtpanel_lid l WHERE l.panel_id = m.panel_id AND l.gebruiker_id = s.gebruiker_id))::int AS geen_lid,
            (SELECT count(*) FROM (SELECT m.initiatief_id, s.gebruiker_id FROM panelstem s JOIN panelstemming m ON m.id = s.stemming_id
                                     GROUP BY m.id, 1, 2 HAVING count(*) > 1) d)::int AS dubbel,
            (SELECT count(*) FROM panelstemming m
               CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE s.keuze = 'VOOR') AS voor, count(*) FILTER (WHERE s.keuze = 'TEGEN') AS tegen,
                                          count(*) FILTER (WHERE s.keuze = 'ONTHOUDING') AS onthouding
                                     FROM panelstem s WHERE s.stemming_id = m.id) t
               WHERE m.gesloten_op IS NOT NULL AND m.uitkomst IS NOT NULL
                 AND (m.aantal_voor <> t.voor OR m.aantal_tegen <> t.tegen OR m.aantal_onthouding <> t.onthouding))::int AS telling,
            (SELECT count(*) FROM panelstem s JOIN panelstemming m ON m.id = s.stemming_id
               WHERE s.uitgebracht_op >= m.sluit_op)::int AS na_sluitop,
            (SELECT count(*) FROM (SELECT initiatief_id FROM panelstemming WHERE gesloten_op IS NULL GROUP BY 1 HAVING count(*) > 1) o)::int AS open_dubbel,
            (SELECT count(*) FROM panelstem)::int AS stemmen,
            (SELECT count(*) FROM panelstemming WHERE gesloten_op IS NOT NULL)::int AS gesloten`,
  );
  uit.push({
    naam: 'buurtpanel: één stem per lid per initiatief, alleen leden, niets na sluitOp, bevroren telling = de stemmen per keuze',
    goed: stem.geen_lid === 0 && stem.dubbel === 0 && stem.telling === 0 && stem.na_sluitop === 0 && stem.open_dubbel === 0,
    detail:
      `${stem.stemmen} stemmen, ${stem.gesloten} stemmingen gesloten; geen lid ${stem.geen_lid}, dubbel ${stem.dubbel}, ` +
      `telling fout ${stem.telling}, na sluitOp ${stem.na_sluitop}, twee open stemmingen ${stem.open_dubbel}`,
  });
  // The generated set (bench/genereer.ts, indiener bench-...) has initiatives BIJ_BUURTPANEL without a vote row.
  const panelStatus = await een<{ fout: number }>(
    `SELECT count(*)::int AS fout FROM initiatief i
      WHERE i.indiener_sub NOT LIKE 'bench-%'
        AND (i.status = 'BIJ_BUURTPANEL') <> EXISTS (SELECT 1 FROM panelstemming m WHERE m.initiatief_id = i.id AND m.gesloten_op IS NULL)`,
  );
  uit.push({
    naam: 'buurtpanel: precies de initiatieven BIJ_BUURTPANEL hebben een open stemming',
    goed: panelStatus.fout === 0,
    detail: `${panelStatus.fout} initiatieven fout`,
  });
  for (const [naam, tabel, ids] of [
    ['initiatieven', 'initiatief', bevestigd.initiatieven],
    ['aanmeldingen', 'aanmelding', bevestigd.aanmeldingen],
    ['signalen', 'signaal', bevestigd.signalen],
  ] as const) {
    if (ids.size === 0) {
      continue; // --alleen-controle: this process acknowledged nothing
    }
    const r = await een<{ aanwezig: number }>(`SELECT count(*)::int AS aanwezig FROM ${tabel} WHERE id = ANY($1::uuid[])`, [
      [...ids],
    ]);
    uit.push({
      naam: `bevestigde ${naam} zijn er allemaal`,
      goed: r.aanwezig === ids.size,
      detail: `${r.aanwezig} van ${ids.size}`,
    });
  }
  return uit;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const minuten = Number(argument('minuten') ?? 5);
  const opwarmen = Number(argument('opwarmen') ?? 60);
  const gebruikers = Number(argument('gebruikers') ?? 12);
  if (!(minuten > 0 && minuten <= 120) || !(opwarmen >= 0 && opwarmen <= 600) || !(gebruikers >= 1 && gebruikers <= 200)) {
    throw new Error('--minuten moet tussen 0 en 120 liggen, --opwarmen tussen 0 en 600 (seconden), --gebruikers tussen 1 en 200');
  }
  const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const url = databaseUrl(server, argument('database') ?? SOAK_DATABASE);
  if (process.argv.includes('--alleen-controle')) {
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      const uitkomsten = await invarianten(db);
      uitkomsten.forEach((i) => console.log(`- ${i.goed ? 'OK  ' : 'FOUT'} ${i.naam}: ${i.detail}`));
      process.exitCode = uitkomsten.every((i) => i.goed) ? 0 : 1;
    } finally {
      await db.end();
    }
    return;
  }
  if (!process.argv.includes('--zonder-build')) {
    console.log('npm run build ...');
    const begin = Date.now();
    try {
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], timeout: 600_000 });
    } catch (e) {
      const uitvoer = String((e as { stdout?: unknown; stderr?: unknown }).stderr ?? '');
      console.warn(uitvoer.split('\n').slice(-15).join('\n'));
      // tsc still emits on type errors; go on only when it really wrote a fresh build.
      if (statSync(path.join(ROOT, MAIN_JS)).mtimeMs < begin) {
        throw e;
      }
      console.warn('LET OP: npm run build meldde typefouten; dist/ is wel opnieuw geschreven en wordt gebruikt.');
    }
  }
  console.log(`Database ${new URL(url).pathname.slice(1)}: opnieuw aanmaken, migreren en vullen ...`);
  await maakDatabase(server, new URL(url).pathname.slice(1));
  await vulDatabase(url);

  const db = new Client({ connectionString: url });
  await db.connect();
  const api = startApi(url);
  let gestopt = false;
  process.once('SIGINT', () => {
    gestopt = true;
  });
  let mislukt = false;
  try {
    await wachtOpKlaar(api, 120);
    const pid = api.kind.pid!;
    const config = loadConfig({ NODE_ENV: 'development' });
    const secret = new TextEncoder().encode(config.auth.jwtSecret!);
    const teken = (sub: string, rol: Rol): Promise<string> =>
      ondertekenOntwikkeltoken(secret, config, {
        sub,
        name: `Soak ${sub}`,
        email: `${sub}@soak.invalid`,
        roles: [rol],
        geldigheidSeconden: 86_400,
      });
    const wereld = await maakWereld(db, teken);
    tellers.delete('opzet');

    const monsters: Monster[] = [];
    const load: number[] = [];
    const begin = Date.now();
    // Memory is measured from the end of the warm-up; the traffic is the same throughout.
    const t0 = begin + opwarmen * 1000;
    const einde = t0 + minuten * 60_000;
    const bemonster = (): void => {
      if (Date.now() >= t0) {
        monsters.push({ t: Date.now() - t0, rss: rssMb(pid) });
        load.push(os.loadavg()[0]);
      }
    };
    const klok = setInterval(bemonster, 1000);
    const voortgang = setInterval(() => {
      const totaal = [...tellers.values()].reduce((s, t) => s + t.ok, 0);
      console.log(
        `  ${((Date.now() - begin) / 60_000).toFixed(1)} min${Date.now() < t0 ? ' (opwarmen)' : ''}: ${totaal} verzoeken goed, ` +
          `RSS ${rssMb(pid).toFixed(0)} MB, load ${os.loadavg()[0].toFixed(1)}`,
      );
    }, 30_000);
    const totaalGewicht = scenarios.reduce((s, x) => s + x.gewicht, 0);
    const trek = (): Scenario => {
      let r = Math.random() * totaalGewicht;
      for (const s of scenarios) {
        r -= s.gewicht;
        if (r < 0) {
          return s;
        }
      }
      return scenarios[0];
    };
    console.log(`Soak: ${opwarmen} s opwarmen + ${minuten} min gemeten, ${gebruikers} gelijktijdige gebruikers, API pid ${pid}`);
    const gebruiker = async (): Promise<void> => {
      while (Date.now() < einde && !gestopt && api.kind.exitCode === null) {
        try {
          await trek().doe(wereld);
        } catch (e) {
          if (!(e instanceof Onverwacht)) {
            throw e;
          }
        }
        await wacht(Math.random() * 20);
      }
    };
    await Promise.all(Array.from({ length: gebruikers }, gebruiker));
    clearInterval(klok);
    clearInterval(voortgang);
    bemonster();
    const duurS = (Date.now() - begin) / 1000;
    if (api.kind.exitCode !== null) {
      console.log(`De API is tijdens de run gestopt (exitcode ${api.kind.exitCode}):\n${api.log.join('')}`);
      mislukt = true;
    }

    // ------------------------------------------------------------ report
    console.log('\n| scenario | goed | verwacht geweigerd | onverwacht | 5xx | p50 (ms) | p99 (ms) |');
    console.log('| --- | ---: | --- | --- | ---: | ---: | ---: |');
    let vijfhonderd = 0;
    let onverwacht = 0;
    for (const s of scenarios) {
      const t = tellers.get(s.naam) ?? tel(s.naam);
      const ms = [...t.ms].sort((a, b) => a - b);
      const p = (q: number): string => (ms.length ? ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(0) : '–');
      const lijst = (r: Record<string, number>): string =>
        Object.entries(r)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ') || '–';
      vijfhonderd += t.vijfhonderd;
      onverwacht += Object.values(t.onverwacht).reduce((a, b) => a + b, 0);
      console.log(
        `| \`${s.naam}\` | ${t.ok} | ${lijst(t.verwacht)} | ${lijst(t.onverwacht)} | ${t.vijfhonderd} | ${p(0.5)} | ${p(0.99)} |`,
      );
    }
    const totaal = [...tellers.values()].reduce((s, t) => s + t.ok + Object.values(t.verwacht).reduce((a, b) => a + b, 0), 0);
    console.log(
      `\n${totaal} verzoeken beantwoord in ${duurS.toFixed(0)} s (${(totaal / duurS).toFixed(0)}/s); stemmen na het sluiten geweigerd: ${geweigerdeStemmen.naSluiten}`,
    );
    if (voorbeelden.length > 0) {
      console.log('\nVoorbeelden van fouten:');
      [...new Set(voorbeelden)].forEach((v) => console.log(`- ${v}`));
      const serverfouten = api.log
        .join('')
        .split('\n')
        .filter((r) => r.includes('ERROR'));
      if (serverfouten.length > 0) {
        console.log(`\nLog van de API (eerste foutregels):\n${serverfouten.slice(0, 5).join('\n')}`);
      }
    }

    const tweedeHelft = monsters.filter((m) => m.t >= monsters[monsters.length - 1].t / 2);
    const start = monsters[Math.min(monsters.length - 1, 5)].rss;
    const steady = mediaan(tweedeHelft.map((m) => m.rss));
    const eind = monsters[monsters.length - 1].rss;
    const piek = Math.max(...monsters.map((m) => m.rss));
    const trend = helling(tweedeHelft);
    const helftMinuten = (tweedeHelft[tweedeHelft.length - 1].t - tweedeHelft[0].t) / 60_000;
    // Clear growth: the trend over the second half adds more than 5% of the steady RSS (at least
    // 10 MB) over that half. GC sawtooth and allocator noise stay well below that.
    const groeiGrens = Math.max(10, steady * 0.05);
    const groeit = trend * helftMinuten > groeiGrens;
    console.log(
      `\nRSS van de API (MB, elke seconde na het opwarmen, ${monsters.length} monsters): start ${start.toFixed(0)} (na 5 s), ` +
        `steady ${steady.toFixed(0)} (mediaan tweede helft), eind ${eind.toFixed(0)}, piek ${piek.toFixed(0)}; ` +
        `helling tweede helft ${trend.toFixed(2)} MB/min (${(trend * helftMinuten).toFixed(1)} MB over ${helftMinuten.toFixed(1)} min, grens ${groeiGrens.toFixed(0)} MB)`,
    );
    console.log(
      `Load average tijdens de run: gemiddeld ${(load.reduce((a, b) => a + b, 0) / load.length).toFixed(1)}, ` +
        `hoogste ${Math.max(...load).toFixed(1)}; bij het einde ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
    const per30 = monsters.filter((m, i) => i % 30 === 0 || i === monsters.length - 1);
    console.log(`RSS-verloop (elke 30 s): ${per30.map((m) => m.rss.toFixed(0)).join(' ')}`);

    // Votes that were closing by time may still be open: let the closer run once more.
    await wacht(3_000);
    console.log('\nInvarianten:');
    const uitkomsten = await invarianten(db);
    for (const i of uitkomsten) {
      console.log(`- ${i.goed ? 'OK  ' : 'FOUT'} ${i.naam}: ${i.detail}`);
    }
    const { rows: omvang } = await db.query<{ t: string; n: string }>(
      `SELECT t, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I', t), false, true, '')))[1]::text AS n
         FROM unnest(ARRAY['initiatief','ondersteuningsaanvraag','aanmelding','signaal','panelstem','activiteit']) t`,
    );
    const { rows: statussen } = await db.query<{ status: string; n: string }>(
      `SELECT status, count(*)::text AS n FROM initiatief WHERE indiener_sub LIKE 'soak-%' GROUP BY status ORDER BY status`,
    );
    const { rows: pg } = await db.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    console.log(`\nData na de run: ${omvang.map((r) => `${r.t} ${r.n}`).join(', ')}`);
    console.log(`Initiatieven van de soak per status: ${statussen.map((r) => `${r.status} ${r.n}`).join(', ')}`);
    console.log(
      `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ` +
        `Node ${process.version}, PostgreSQL ${pg[0].v}`,
    );
    const fouten = [
      ...(vijfhonderd > 0 ? [`${vijfhonderd} antwoorden 5xx of INTERNAL_SERVER_ERROR`] : []),
      ...(onverwacht > 0 ? [`${onverwacht} onverwachte fouten`] : []),
      ...uitkomsten.filter((u) => !u.goed).map((u) => `invariant geschonden: ${u.naam}`),
      ...(groeit ? [`het geheugen groeit: ${trend.toFixed(2)} MB/min over de tweede helft`] : []),
    ];
    if (fouten.length > 0 || mislukt) {
      console.log(`\nSOAK MISLUKT:\n${fouten.map((f) => `- ${f}`).join('\n')}`);
      mislukt = true;
    } else {
      console.log('\nSoak geslaagd.');
    }
  } finally {
    await stopApi(api);
    await db.end().catch(() => undefined);
  }
  if (mislukt) {
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
