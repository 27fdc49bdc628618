/**
 * Scaling out: two API instances on loopback (real ports) share one database and one Redis.
 * A GraphQL subscription on one instance sees a change made through the other; the rate limit
 * of an API key is shared; with Redis configured but unreachable the API keeps serving. Every
 * run uses its own Redis prefix, so parallel runs never see each other's channels or counters.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import WebSocket from 'ws';
import { AbonnementenBus, mailInWachtrij, type MailTransport, naCommit, Rol, UitgaandeMailVerzender } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import { maakApp } from '../src/app.factory';
import { initiatiefInput, opslaan, type Opzet, zetOp } from './initiatieven.helpers';

const REDIS_URL = 'redis://127.0.0.1:6379';
const VOORVOEGSEL = `bwtest:${process.pid}:${randomBytes(4).toString('hex')}:`;

const ABONNEMENT = `subscription($id: ID, $buurtcode: String) {
  initiatiefGewijzigd(id: $id, buurtcode: $buurtcode) {
    id titel status indiener toetsresultaat { ontvankelijk } verslag
    buurten { code }
    besluit { uitkomst verleendBedrag verschoningen { persoon } }
    historie { naar door toelichting }
  }
}`;

interface Wijziging {
  id: string;
  titel: string;
  status: string;
  indiener: string | null;
  toetsresultaat: unknown;
  verslag: string | null;
  buurten: Array<{ code: string }>;
  besluit: { uitkomst: string; verleendBedrag: number; verschoningen: unknown[] } | null;
  historie: Array<{ naar: string; door: string; toelichting: string | null }>;
}

type Bericht = { type: string; id?: string; payload?: unknown };

/** A graphql-transport-ws client on the `ws` package: one connection, one subscription. */
class Abonnee {
  private readonly berichten: Bericht[] = [];
  private wachter: (() => void) | null = null;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const bericht = JSON.parse(data.toString()) as Bericht;
      if (bericht.type === 'ping') {
        // Keep-alive of graphql-transport-ws: answer, and it is not a message for the test.
        ws.send(JSON.stringify({ type: 'pong' }));
        return;
      }
      this.berichten.push(bericht);
      this.wachter?.();
    });
    ws.on('close', () => this.wachter?.());
  }

  static async verbind(poort: number, token: string | null): Promise<Abonnee> {
    const ws = new WebSocket(`ws://127.0.0.1:${poort}/graphql`, 'graphql-transport-ws');
    await new Promise<void>((klaar, mislukt) => {
      ws.once('open', () => klaar());
      ws.once('error', mislukt);
    });
    const a = new Abonnee(ws);
    ws.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} }));
    const ack = await a.volgende();
    expect(ack.type).toBe('connection_ack');
    return a;
  }

  abonneer(variables: Record<string, unknown>): void {
    this.ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: ABONNEMENT, variables } }));
  }

  /** The next message from the server (jest's timeout fails the test when none comes). */
  async volgende(): Promise<Bericht> {
    while (this.berichten.length === 0) {
      if (this.ws.readyState !== WebSocket.OPEN) {
        throw new Error('De WebSocket is gesloten');
      }
      await new Promise<void>((r) => {
        this.wachter = r;
      });
      this.wachter = null;
    }
    return this.berichten.shift()!;
  }

  async volgendeWijziging(): Promise<Wijziging> {
    const b = await this.volgende();
    if (b.type !== 'next') {
      throw new Error(`Verwacht een wijziging, kreeg ${JSON.stringify(b)}`);
    }
    const p = b.payload as { data?: { initiatiefGewijzigd: Wijziging }; errors?: unknown };
    expect(p.errors).toBeUndefined();
    return p.data!.initiatiefGewijzigd;
  }

  sluit(): void {
    this.ws.close();
  }
}

const poortVan = (app: NestFastifyApplication): number => (app.getHttpServer().address() as AddressInfo).port;

/** A GraphQL request over real HTTP to an instance. */
async function gql(poort: number, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(`http://127.0.0.1:${poort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
}

/** Waits until this instance listens for `n` more subscriptions than `voor` (with Redis: confirmed by Redis). */
async function wachtOpAbonnementen(app: NestFastifyApplication, voor: number, n: number): Promise<void> {
  const bus = app.get(AbonnementenBus);
  while (bus.aantalActief < voor + n) {
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A fixed window of one minute: do not start a count in its last seconds. */
async function wachtOpRuimVenster(): Promise<void> {
  const over = 60_000 - (Date.now() % 60_000);
  if (over < 10_000) {
    await new Promise((r) => setTimeout(r, over + 50));
  }
}

describe('Twee API-instanties met gedeelde PostgreSQL en Redis', () => {
  let ctx: TestContext;
  let a: NestFastifyApplication;
  let b: NestFastifyApplication;
  let o: Opzet;
  let bewoner: string;
  let regisseur: string;
  const open: Array<{ sluit: () => void }> = [];

  beforeAll(async () => {
    ctx = await testContext({ REDIS_URL, REDIS_PREFIX: VOORVOEGSEL });
    a = ctx.app;
    await a.listen(0, '127.0.0.1');
    b = await maakApp({ ...ctx.config, databasePoolSize: 5 });
    await b.listen(0, '127.0.0.1');
    o = await zetOp(ctx, 1_000_000);
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-twee', name: 'Tineke Twee', email: 'tineke@example.org' });
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { name: 'Rik Regisseur' });
  }, 60_000);

  afterAll(async () => {
    open.forEach((x) => x.sluit());
    await b?.close();
    await ctx?.close();
    const redis = new Redis(REDIS_URL);
    const sleutels = await redis.keys(`${VOORVOEGSEL}*`);
    if (sleutels.length > 0) {
      await redis.del(...sleutels);
    }
    await redis.quit();
  });

  const ingediend = async (titel: string) => {
    const c = await opslaan(ctx, bewoner, initiatiefInput(o, 40_000, 10_000, { titel }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: c.id }, bewoner);
    return c;
  };

  it('een abonnement op A ziet wat via B verandert, elke abonnee alleen wat hij mag zien en zonder persoonsgegevens', async () => {
    const c = await ingediend('Moestuin Meezenbroek');
    const voor = a.get(AbonnementenBus).aantalActief;
    const anoniem = await Abonnee.verbind(poortVan(a), null);
    const indiener = await Abonnee.verbind(poortVan(a), bewoner);
    const ander = await Abonnee.verbind(poortVan(a), await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-ander' }));
    open.push(anoniem, indiener, ander);
    anoniem.abonneer({ buurtcode: 'BU09171001' });
    indiener.abonneer({ id: c.id });
    ander.abonneer({ id: c.id });
    await wachtOpAbonnementen(a, voor, 3);

    // Through B: first a change into a status that is not public, then the grant.
    const inBehandeling = await gql(
      poortVan(b),
      'mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { status } }',
      { id: c.id },
      { authorization: `Bearer ${regisseur}` },
    );
    expect(inBehandeling.body.errors).toBeUndefined();
    const aanvraagId = (
      await ctx.gqlOk<{ node: { aanvragen: Array<{ id: string; gevraagdBedrag: number | null }> } }>(
        'query($id: ID!) { node(id: $id) { ... on Initiatief { aanvragen { id gevraagdBedrag } } } }',
        { id: c.id },
        o.beleid,
      )
    ).node.aanvragen.find((x) => x.gevraagdBedrag !== null)!.id;
    const besluit = await gql(
      poortVan(b),
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { status } }',
      {
        input: {
          initiatiefId: c.id,
          uitkomst: 'TOEGEKEND',
          motivering: 'Past in de buurtaktie.',
          bedragen: [{ aanvraagId, bedrag: 40_000 }],
        },
      },
      { authorization: `Bearer ${o.beleid}` },
    );
    expect(besluit.body.errors).toBeUndefined();

    // The initiator hears both changes, in order.
    expect((await indiener.volgendeWijziging()).status).toBe('IN_BEHANDELING');
    const toegekend = await indiener.volgendeWijziging();
    expect(toegekend).toMatchObject({ id: c.id, titel: 'Moestuin Meezenbroek', status: 'TOEGEKEND' });
    expect(toegekend.besluit).toMatchObject({ uitkomst: 'TOEGEKEND', verleendBedrag: 40_000 });
    // Others hear nothing of the change that is not public: their first message is the grant.
    const ontvangen = [toegekend];
    for (const abonnee of [anoniem, ander]) {
      const w = await abonnee.volgendeWijziging();
      expect(w).toMatchObject({ id: c.id, status: 'TOEGEKEND', buurten: [{ code: 'BU09171001' }] });
      ontvangen.push(w);
    }
    // Always the public view: no name, e-mail, findings or report, for anyone.
    for (const w of ontvangen) {
      expect(w.indiener).toBeNull();
      expect(w.toetsresultaat).toBeNull();
      expect(JSON.stringify(w)).not.toMatch(/Tineke|tineke@example\.org/);
      expect(w.historie.every((h) => h.toelichting === null)).toBe(true);
    }
    [anoniem, indiener, ander].forEach((x) => x.sluit());
  }, 60_000);

  it('hoort niets van een initiatief buiten de gevraagde buurt of met een ander id', async () => {
    const eerste = await ingediend('Bankjes in het park');
    const tweede = await ingediend('Speeltuin opknappen');
    const voor = a.get(AbonnementenBus).aantalActief;
    const buurt = await Abonnee.verbind(poortVan(a), regisseur);
    const opId = await Abonnee.verbind(poortVan(a), regisseur);
    open.push(buurt, opId);
    buurt.abonneer({ buurtcode: 'BU09171000' });
    opId.abonneer({ id: tweede.id });
    await wachtOpAbonnementen(a, voor, 2);
    for (const c of [eerste, tweede]) {
      const r = await gql(
        poortVan(b),
        'mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { status } }',
        { id: c.id },
        { authorization: `Bearer ${regisseur}` },
      );
      expect(r.body.errors).toBeUndefined();
    }
    // Staff hear a change that is not public; the first one (other id) passed them by.
    expect(await opId.volgendeWijziging()).toMatchObject({ id: tweede.id, status: 'IN_BEHANDELING' });
    // Both initiatives are in BU09171001: a subscription on BU09171000 hears neither. Prove it with
    // a change that is in that buurt, made after both: it must be the first message.
    const elders = await opslaan(ctx, bewoner, initiatiefInput(o, 40_000, 10_000, { buurtIds: [await buurtId('BU09171000')] }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: elders.id }, bewoner);
    expect(await buurt.volgendeWijziging()).toMatchObject({ id: elders.id, status: 'INGEDIEND' });
    buurt.sluit();
    opId.sluit();
  }, 60_000);

  it('weigert een ongeldig token al bij connection_init: geen connection_ack, de verbinding sluit (issue 14)', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${poortVan(a)}/graphql`, 'graphql-transport-ws');
    const berichten: string[] = [];
    ws.on('message', (data: Buffer) => berichten.push((JSON.parse(data.toString()) as Bericht).type));
    const gesloten = new Promise<void>((r) => ws.once('close', () => r()));
    await new Promise<void>((klaar, mislukt) => {
      ws.once('open', () => klaar());
      ws.once('error', mislukt);
    });
    ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer geen.geldig.token' } }));
    await gesloten;
    expect(berichten).toEqual(['connection_error']);
  });

  it('deelt de snelheidslimiet van een API-sleutel: verzoeken over A en B samen krijgen 429 met Retry-After', async () => {
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const { apiSleutelAanmaken } = await ctx.gqlOk<{ apiSleutelAanmaken: { sleutel: string; apiSleutel: { id: string } } }>(
      'mutation($input: ApiSleutelInput!) { apiSleutelAanmaken(input: $input) { sleutel apiSleutel { id } } }',
      { input: { naam: 'Koppeling twee instanties', scopes: ['lezen'] } },
      beheerder,
    );
    await ctx.dataSource.query('UPDATE api_sleutel SET limiet_per_minuut = 4 WHERE kenmerk = $1', [
      apiSleutelAanmaken.sleutel.slice(4, 16),
    ]);
    await wachtOpRuimVenster();
    const antwoorden = [];
    for (let i = 0; i < 8; i++) {
      antwoorden.push(
        await gql(poortVan(i % 2 === 0 ? a : b), '{ ik { naam } }', {}, { 'x-api-key': apiSleutelAanmaken.sleutel }),
      );
    }
    // Per instance each saw only 4 requests: only a shared count gives 429 from the fifth on.
    expect(antwoorden.map((r) => r.status)).toEqual([200, 200, 200, 200, 429, 429, 429, 429]);
    for (const r of antwoorden.slice(4)) {
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
      expect(r.body.errors?.[0].extensions?.code).toBe('TE_VEEL_VERZOEKEN');
    }
    // The counter is in Redis under this run's prefix.
    const redis = new Redis(REDIS_URL);
    try {
      expect(await redis.keys(`${VOORVOEGSEL}limiet:*`)).not.toEqual([]);
    } finally {
      await redis.quit();
    }
  });

  it('blijft verzoeken bedienen als Redis is ingesteld maar onbereikbaar is', async () => {
    const c = await ingediend('Opruimdag');
    const zonder = await maakApp({ ...ctx.config, redisUrl: 'redis://127.0.0.1:1', databasePoolSize: 5 });
    try {
      await zonder.listen(0, '127.0.0.1');
      const poort = poortVan(zonder);
      const lezen = await gql(poort, '{ buurt(code: "BU09171001") { naam } }', {});
      expect(lezen.status).toBe(200);
      expect(lezen.body.errors).toBeUndefined();
      // A change publishes a live update after its commit: Redis being away does not fail it.
      const wijziging = await gql(
        poort,
        'mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { status } }',
        { id: c.id },
        { authorization: `Bearer ${regisseur}` },
      );
      expect(wijziging.body).toEqual({ data: { initiatiefInBehandelingNemen: { status: 'IN_BEHANDELING' } } });
      // The rate limit fails open to a count in this instance (logged), never blocking the key.
      const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
      const { apiSleutelAanmaken } = await ctx.gqlOk<{ apiSleutelAanmaken: { sleutel: string } }>(
        'mutation($input: ApiSleutelInput!) { apiSleutelAanmaken(input: $input) { sleutel } }',
        { input: { naam: 'Koppeling zonder Redis', scopes: ['lezen'] } },
        beheerder,
      );
      await ctx.dataSource.query('UPDATE api_sleutel SET limiet_per_minuut = 2 WHERE kenmerk = $1', [
        apiSleutelAanmaken.sleutel.slice(4, 16),
      ]);
      await wachtOpRuimVenster();
      const statussen = [];
      for (let i = 0; i < 3; i++) {
        statussen.push((await gql(poort, '{ ik { naam } }', {}, { 'x-api-key': apiSleutelAanmaken.sleutel })).status);
      }
      expect(statussen).toEqual([200, 200, 429]);
    } finally {
      await zonder.close();
    }
  }, 30_000);

  it('verstuurt elke mail uit de wachtrij precies één keer, ook als beide instanties tegelijk verwerken', async () => {
    const verstuurd: string[] = [];
    const transport: MailTransport = {
      verstuur: async (m) => {
        // Yield, so the two instances' batches really overlap.
        await new Promise((r) => setImmediate(r));
        verstuurd.push(m.aan);
      },
    };
    const verzenders = [a, b].map((app) => app.get(UitgaandeMailVerzender));
    verzenders.forEach((v) => v.gebruikTransport(transport));
    const adressen = Array.from({ length: 60 }, (_, i) => `tweeling-${i}@example.org`);
    await ctx.dataSource.transaction((tx) =>
      mailInWachtrij(
        tx,
        adressen.map((aan) => ({ soort: 'test', aan, onderwerp: 'Test', tekst: 'Twee instanties, één mail.' })),
      ),
    );
    for (;;) {
      const rondes = await Promise.all(verzenders.map((v) => v.verwerk()));
      if (rondes.every((r) => r.verzonden === 0)) {
        break;
      }
    }
    const ontvangen = verstuurd.filter((x) => x.startsWith('tweeling-')).sort();
    expect(ontvangen).toEqual([...adressen].sort());
    const [{ wachtend }] = await ctx.dataSource.query<Array<{ wachtend: number }>>(
      `SELECT count(*)::int AS wachtend FROM uitgaande_mail WHERE aan LIKE 'tweeling-%' AND status <> 'VERZONDEN'`,
    );
    expect(wachtend).toBe(0);
  });

  it('meldt een wijziging pas na de commit, en nooit na een rollback', async () => {
    const gemeld: string[] = [];
    await expect(
      ctx.dataSource.transaction(async (tx) => {
        naCommit(tx, () => gemeld.push('teruggedraaid'));
        await tx.query('SELECT 1');
        throw new Error('mislukt');
      }),
    ).rejects.toThrow('mislukt');
    let zichtbaar: Promise<Array<{ n: number }>> | null = null;
    await ctx.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO audit_log (door, rollen, operatie, entiteit, entiteit_id, details) VALUES ('na-commit', '{}', 'test', 'Test', 'x', '{}')`,
      );
      naCommit(tx, () => {
        gemeld.push('vastgelegd');
        // Another connection, started by the callback: it must already see the change.
        zichtbaar = ctx.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE door = 'na-commit'`);
      });
      expect(gemeld).toEqual([]);
    });
    expect(gemeld).toEqual(['vastgelegd']);
    expect(await zichtbaar!).toEqual([{ n: 1 }]);
  });

  const buurtId = async (code: string) =>
    (await ctx.gqlOk<{ buurt: { id: string } }>('query($code: String!) { buurt(code: $code) { id } }', { code })).buurt.id;
});

describe('Abonnementen op één instantie zonder Redis', () => {
  let ctx: TestContext;
  let o: Opzet;

  beforeAll(async () => {
    ctx = await testContext();
    await ctx.app.listen(0, '127.0.0.1');
    o = await zetOp(ctx, 1_000_000);
  }, 60_000);
  afterAll(() => ctx.close());

  it('bezorgt een toekenning in het geheugen aan een anonieme abonnee (graphql-transport-ws)', async () => {
    const bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-een' });
    const c = await opslaan(ctx, bewoner, initiatiefInput(o, 0, 0, { aanvragen: [{ instrumentId: o.tentId }] }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: c.id }, bewoner);
    const regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR);
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: c.id }, regisseur);
    const voor = ctx.app.get(AbonnementenBus).aantalActief;
    const anoniem = await Abonnee.verbind(poortVan(ctx.app), null);
    try {
      anoniem.abonneer({ id: c.id });
      await wachtOpAbonnementen(ctx.app, voor, 1);
      await ctx.gqlOk(
        'mutation($input: BesluitInput!) { besluitNemen(input: $input) { id } }',
        { input: { initiatiefId: c.id, uitkomst: 'TOEGEKEND', motivering: 'De partytent is in die week beschikbaar.' } },
        o.beleid,
      );
      expect(await anoniem.volgendeWijziging()).toMatchObject({ id: c.id, status: 'TOEGEKEND', indiener: null });
    } finally {
      anoniem.sluit();
    }
  });
});
