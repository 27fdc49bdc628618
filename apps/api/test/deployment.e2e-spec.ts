/**
 * Deployment files (issue 8): docker-compose.yml, docker/nginx and the Kubernetes manifests in
 * docker/k8s must fit the application they deploy. These checks fail when someone renames a
 * health route, a configuration variable, the image's user or the migrations flag without
 * following through in the deployment files.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { parse, parseAllDocuments } from 'yaml';
import { loadConfig } from '@buurtwerk/core';
import { MIGRATIES } from '../../../libs/core/src/database/migrations';
import { type TestContext, testContext } from '../../../test/harness';

const ROOT = path.resolve(__dirname, '../../..');
const lees = (...delen: string[]): string => readFileSync(path.join(ROOT, ...delen), 'utf8');

interface Probe {
  httpGet?: { path: string; port: string | number };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: Array<{ name?: string; containerPort: number }>;
  envFrom?: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>;
  startupProbe?: Probe;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; capabilities?: { drop?: string[] } };
  volumeMounts?: Array<{ name: string; mountPath: string }>;
}
interface PodTemplate {
  metadata: { labels: Record<string, string> };
  spec: {
    containers: Container[];
    securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; runAsGroup?: number };
    volumes?: Array<{ name: string }>;
  };
}
interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  // Each kind's spec is narrowed where it is used.
  spec?: unknown;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

const K8S = path.join('docker', 'k8s');

function manifesten(): Manifest[] {
  const kustomization = parse(lees(K8S, 'kustomization.yaml')) as { resources: string[] };
  return kustomization.resources.flatMap((bestand) => {
    const docs = parseAllDocuments(lees(K8S, bestand));
    return docs.map((d) => {
      expect(d.errors).toEqual([]);
      return d.toJS() as Manifest;
    });
  });
}

function een<T = unknown>(alle: Manifest[], kind: string): Manifest & { spec: T } {
  const gevonden = alle.filter((m) => m.kind === kind);
  expect(gevonden).toHaveLength(1);
  return gevonden[0] as Manifest & { spec: T };
}

const deelVan = (selector: Record<string, string>, labels: Record<string, string>): boolean =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);

/** The user the image runs as (docker/Dockerfile: `USER uid:gid`). */
function imageGebruiker(): { uid: number; gid: number } {
  const m = /^USER (\d+):(\d+)$/m.exec(lees('docker', 'Dockerfile'));
  expect(m).not.toBeNull();
  return { uid: Number(m?.[1]), gid: Number(m?.[2]) };
}

/** The API's entry point in the image (docker/Dockerfile CMD). */
function imageEntree(): string {
  const m = /^CMD \["node", "([^"]+)"/m.exec(lees('docker', 'Dockerfile'));
  expect(m).not.toBeNull();
  return m?.[1] ?? '';
}

/** Every TypeScript source of the app and its libraries, to check that a variable is really read. */
function bronnen(): string {
  const teksten: string[] = [];
  const loop = (map: string): void => {
    for (const e of readdirSync(map, { withFileTypes: true })) {
      const p = path.join(map, e.name);
      if (e.isDirectory()) {
        loop(p);
      } else if (e.name.endsWith('.ts') && !/\.(spec|e2e-spec|integration-spec)\.ts$/.test(e.name)) {
        teksten.push(readFileSync(p, 'utf8'));
      }
    }
  };
  loop(path.join(ROOT, 'apps', 'api', 'src'));
  for (const lib of readdirSync(path.join(ROOT, 'libs'))) {
    loop(path.join(ROOT, 'libs', lib, 'src'));
  }
  return teksten.join('\n');
}

/** `${NAAM:-standaard}` and `${NAAM:?melding}` as docker compose fills them in, from `env`. */
function vulIn(waarde: string, env: Record<string, string> = {}): string {
  return waarde.replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_m, naam: string, soort?: string, rest?: string) => {
    const gezet = env[naam];
    if (gezet !== undefined && gezet !== '') {
      return gezet;
    }
    if (soort === '?') {
      throw new Error(`${naam} ontbreekt: ${rest}`);
    }
    return rest ?? '';
  });
}

describe('Kubernetes-manifesten (docker/k8s)', () => {
  const alle = manifesten();
  const deployment = een<{
    selector: { matchLabels: Record<string, string> };
    replicas?: number;
    template: PodTemplate;
  }>(alle, 'Deployment');
  const pod = deployment.spec.template;
  const api = pod.spec.containers.find((c) => c.name === 'api') as Container;
  const job = een<{ template: PodTemplate }>(alle, 'Job');
  const configMap = een(alle, 'ConfigMap');
  const secret = een(alle, 'Secret');

  it('kustomization.yaml noemt precies de manifesten in de map', () => {
    const kustomization = parse(lees(K8S, 'kustomization.yaml')) as { resources: string[]; images: Array<{ name: string }> };
    const bestanden = readdirSync(path.join(ROOT, K8S)).filter((b) => b.endsWith('.yaml') && b !== 'kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual(bestanden.sort());
    for (const m of alle) {
      expect(m.apiVersion).toBeTruthy();
      expect(m.metadata.name).toMatch(/^[a-z0-9-]+$/);
    }
    // The image is set in one place, for the API and the migrations alike.
    expect(kustomization.images.map((i) => i.name)).toEqual([api.image]);
  });

  it('laat de probes naar echte routes van de API wijzen: readiness /health/ready, liveness /health/live', async () => {
    expect(api.readinessProbe?.httpGet?.path).toBe('/health/ready');
    expect(api.livenessProbe?.httpGet?.path).toBe('/health/live');
    expect(api.startupProbe?.httpGet?.path).toBe('/health/live');
    const poortNamen = (api.ports ?? []).map((p) => p.name);
    for (const probe of [api.readinessProbe, api.livenessProbe, api.startupProbe]) {
      expect(poortNamen).toContain(probe?.httpGet?.port);
    }
    // The container port is the port the API listens on (PORT in the ConfigMap).
    expect(api.ports?.[0].containerPort).toBe(Number(configMap.data?.PORT));

    let ctx: TestContext | undefined;
    try {
      ctx = await testContext();
      for (const probe of [api.readinessProbe, api.livenessProbe]) {
        const res = await ctx.http().get(probe?.httpGet?.path ?? '');
        expect(res.status).toBe(200);
        expect((res.body as { status: string }).status).toBe('ok');
      }
    } finally {
      await ctx?.close();
    }
  });

  it('draait als de niet-root-gebruiker van het image, met een alleen-lezen bestandssysteem', () => {
    const gebruiker = imageGebruiker();
    expect(gebruiker.uid).toBeGreaterThan(0);
    for (const template of [pod, job.spec.template]) {
      expect(template.spec.securityContext?.runAsNonRoot).toBe(true);
      expect(template.spec.securityContext?.runAsUser).toBe(gebruiker.uid);
      expect(template.spec.securityContext?.runAsGroup).toBe(gebruiker.gid);
      for (const c of template.spec.containers) {
        expect(c.securityContext?.readOnlyRootFilesystem).toBe(true);
        expect(c.securityContext?.allowPrivilegeEscalation).toBe(false);
        expect(c.securityContext?.capabilities?.drop).toEqual(['ALL']);
        // The autoscaler measures CPU against the request; memory is capped.
        expect(c.resources?.requests?.cpu).toBeTruthy();
        expect(c.resources?.requests?.memory).toBeTruthy();
        expect(c.resources?.limits?.memory).toBeTruthy();
      }
    }
    // A writable /tmp beside the read-only root.
    expect(api.volumeMounts?.map((v) => v.mountPath)).toContain('/tmp');
  });

  it('migreert in een Job met hetzelfde image en dezelfde database, met een vlag die main.ts kent', () => {
    const migraties = job.spec.template.spec.containers[0];
    expect(migraties.image).toBe(api.image);
    const geheimen = (c: Container): string[] => (c.envFrom ?? []).flatMap((e) => (e.secretRef ? [e.secretRef.name] : []));
    expect(geheimen(migraties)).toEqual([secret.metadata.name]);
    expect(geheimen(api)).toContain(secret.metadata.name);
    expect(migraties.command).toEqual(['node', imageEntree(), '--alleen-migraties']);
    expect(lees('apps', 'api', 'src', 'main.ts')).toContain("process.argv.includes('--alleen-migraties')");
    // The pods do not migrate themselves; they are not ready until the Job is done.
    expect(configMap.data?.DB_MIGRATE).toBe('false');
  });

  it('koppelt Service, Ingress, autoscaler en disruption budget aan de pods van de Deployment', () => {
    expect(deelVan(deployment.spec.selector.matchLabels, pod.metadata.labels)).toBe(true);
    // The autoscaler owns the number of pods.
    expect(deployment.spec.replicas).toBeUndefined();

    const service = een<{ selector: Record<string, string>; ports: Array<{ name: string; targetPort: string }> }>(
      alle,
      'Service',
    );
    expect(deelVan(service.spec.selector, pod.metadata.labels)).toBe(true);
    expect((api.ports ?? []).map((p) => p.name)).toContain(service.spec.ports[0].targetPort);

    const ingress = een<{
      rules: Array<{ http: { paths: Array<{ path: string; backend: { service: { name: string; port: { name: string } } } }> } }>;
    }>(alle, 'Ingress');
    const backends = ingress.spec.rules.flatMap((r) => r.http.paths);
    expect(backends.map((b) => b.path)).toContain('/');
    for (const b of backends) {
      expect(b.backend.service.name).toBe(service.metadata.name);
      expect(service.spec.ports.map((p) => p.name)).toContain(b.backend.service.port.name);
    }
    // Idle subscriptions (WebSocket on /graphql) must not be cut after ingress-nginx's 60 s default.
    const annotaties = (ingress.metadata as { annotations?: Record<string, string> }).annotations ?? {};
    expect(Number(annotaties['nginx.ingress.kubernetes.io/proxy-read-timeout'])).toBeGreaterThanOrEqual(3600);

    const hpa = een<{
      scaleTargetRef: { kind: string; name: string };
      minReplicas: number;
      maxReplicas: number;
      metrics: Array<{ type: string; resource?: { name: string } }>;
    }>(alle, 'HorizontalPodAutoscaler');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
    expect(hpa.spec.metrics.map((m) => m.resource?.name)).toContain('cpu');

    const pdb = een<{ selector: { matchLabels: Record<string, string> } }>(alle, 'PodDisruptionBudget');
    expect(pdb.apiVersion).toBe('policy/v1');
    expect(deelVan(pdb.spec.selector.matchLabels, pod.metadata.labels)).toBe(true);
  });

  it('bevat een geldige productieconfiguratie met alleen variabelen die de API echt leest', () => {
    const env = { ...configMap.data, ...secret.stringData };
    const config = loadConfig(env);
    expect(config.nodeEnv).toBe('production');
    expect(config.migrateOnStart).toBe(false);
    expect(config.databaseUrl).toBe(secret.stringData?.DATABASE_URL);
    const code = bronnen();
    for (const naam of Object.keys(env)) {
      expect({ naam, gelezen: code.includes(naam) }).toEqual({ naam, gelezen: true });
    }
    // Passwords and connection URLs belong in the Secret, not the ConfigMap.
    expect(
      Object.keys(configMap.data ?? {}).filter((k) => /DATABASE_URL|DATABASE_READ_URLS|SMTP_URL|SECRET|SLEUTEL/.test(k)),
    ).toEqual([]);
  });
});

describe('docker-compose.yml en nginx', () => {
  interface Dienst {
    image?: string;
    build?: { context: string; dockerfile: string };
    command?: string[];
    environment?: Record<string, string | number>;
    depends_on?: Record<string, { condition: string }>;
    deploy?: { replicas?: string | number };
    ports?: string[];
    volumes?: string[];
    healthcheck?: { test: string[] };
  }
  const compose = parse(lees('docker-compose.yml'), { merge: true }) as { services: Record<string, Dienst> };
  const { api, migraties, proxy, postgres, redis } = compose.services;

  it('start PostgreSQL en Redis, dan één keer de migraties, dan meerdere API-replica’s, dan de proxy', () => {
    expect(postgres).toBeDefined();
    expect(redis).toBeDefined();
    expect(Number(vulIn(String(api.deploy?.replicas)))).toBeGreaterThanOrEqual(2);
    // Replicas publish no port (they would collide); only the proxy does.
    expect(api.ports).toBeUndefined();
    expect(proxy.ports?.length).toBe(1);
    expect(api.depends_on).toMatchObject({
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
      migraties: { condition: 'service_completed_successfully' },
    });
    expect(migraties.depends_on).toMatchObject({ postgres: { condition: 'service_healthy' } });
    expect(proxy.depends_on).toMatchObject({ api: { condition: 'service_healthy' } });
    // Same image and database for the migration as for the API; the replicas do not migrate.
    expect(migraties.image).toBe(api.image);
    expect(migraties.build).toEqual(api.build);
    expect(migraties.environment?.DATABASE_URL).toBe(api.environment?.DATABASE_URL);
    expect(migraties.command).toEqual(['node', imageEntree(), '--alleen-migraties']);
    expect(api.environment?.DB_MIGRATE).toBe('false');
    // A replica is healthy (and gets traffic) only when ready.
    expect(api.healthcheck?.test.join(' ')).toContain(`:${api.environment?.PORT}/health/ready`);
  });

  it('geeft de replica’s een geldige productieconfiguratie zodra de OpenID Connect-provider is ingevuld', () => {
    const aanroeper = { AUTH_JWKS_URL: 'https://login.example.nl/certs', AUTH_ISSUER: 'https://login.example.nl' };
    const env = Object.fromEntries(Object.entries(api.environment ?? {}).map(([k, v]) => [k, vulIn(String(v), aanroeper)]));
    const config = loadConfig(env);
    expect(config.nodeEnv).toBe('production');
    expect(config.databaseUrl).toMatch(/@postgres:5432\//);
    expect(config.databaseReadUrls).toEqual([]);
    expect(() => vulIn(String(api.environment?.AUTH_JWKS_URL))).toThrow(/AUTH_JWKS_URL/);
  });

  it('laat nginx round-robin naar de replica’s proxyen, met WebSocket-upgrade op /graphql', () => {
    const bron = proxy.volumes?.[0].split(':')[0] ?? '';
    const conf = lees(bron).replace(/#.*$/gm, '');
    // Every replica of the service "api", on the port it listens on, re-resolved as they scale.
    expect(conf).toMatch(new RegExp(`server api:${api.environment?.PORT} resolve`));
    expect(conf).toMatch(/resolver 127\.0\.0\.11/);
    const locaties = [...conf.matchAll(/location ([^{]+)\{([^}]*)\}/g)].map((m) => ({ pad: m[1].trim(), blok: m[2] }));
    const graphql = locaties.find((l) => l.pad === '= /graphql');
    expect(graphql?.blok).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(graphql?.blok).toMatch(/proxy_set_header Connection \$connection_upgrade;/);
    expect(conf).toMatch(/map \$http_upgrade \$connection_upgrade/);
    // Everything else (web apps, REST, health) goes to the replicas too, with the client's host.
    const rest = locaties.find((l) => l.pad === '/');
    for (const l of [graphql, rest]) {
      expect(l?.blok).toMatch(/proxy_pass http:\/\/buurtwerk_api;/);
      expect(l?.blok).toMatch(/proxy_set_header Host \$host;/);
    }
  });
});

describe('migraties als eenmalige taak: main.js --alleen-migraties', () => {
  it('twee gelijktijdige taken op een lege database slagen allebei, met alleen DATABASE_URL, en migreren één keer', async () => {
    const serverUrl = process.env.BW_TEST_SERVER_URL ?? '';
    const naam = `bw_${process.env.BW_TEST_RUN}_taak_${randomBytes(4).toString('hex')}`;
    const beheer = new Client({ connectionString: serverUrl });
    await beheer.connect();
    await beheer.query(`CREATE DATABASE ${naam}`);
    const url = new URL(serverUrl);
    url.pathname = `/${naam}`;
    try {
      const taak = (): Promise<{ code: number | null; log: string }> =>
        new Promise((klaar) => {
          // As in the Job: production, no OpenID Connect settings, only the database.
          const env: Record<string, string | undefined> = {
            ...process.env,
            NODE_ENV: 'production',
            DATABASE_URL: url.toString(),
          };
          for (const weg of ['AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE', 'NODE_OPTIONS']) {
            delete env[weg];
          }
          const log: string[] = [];
          const proces = spawn(
            process.execPath,
            ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts', '--alleen-migraties'],
            { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
          );
          proces.stdout.on('data', (c: Buffer) => log.push(c.toString()));
          proces.stderr.on('data', (c: Buffer) => log.push(c.toString()));
          proces.once('exit', (code) => klaar({ code, log: log.join('') }));
        });
      const [a, b] = await Promise.all([taak(), taak()]);
      expect({ code: a.code, log: a.code === 0 ? '' : a.log }).toEqual({ code: 0, log: '' });
      expect({ code: b.code, log: b.code === 0 ? '' : b.log }).toEqual({ code: 0, log: '' });
      const db = new Client({ connectionString: url.toString() });
      await db.connect();
      try {
        const { rows } = await db.query<{ name: string }>('SELECT name FROM migraties ORDER BY id');
        expect(rows.map((r) => r.name)).toEqual(MIGRATIES.map((m) => m.name));
      } finally {
        await db.end();
      }
      // One of them applied everything, the other found nothing left to do.
      expect([a.log, b.log].filter((l) => l.includes('Migraties toegepast')).length).toBe(1);
      expect([a.log, b.log].filter((l) => l.includes('Alle migraties waren al toegepast')).length).toBe(1);
    } finally {
      await beheer.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
      await beheer.end();
    }
  }, 120_000);
});
