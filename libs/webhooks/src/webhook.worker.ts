import { performance } from 'node:perf_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BUURTWERK_CONFIG, type BuurtwerkConfig, type Taak, Taakloper } from '@buurtwerk/core';
import { Doelgroepen } from './doelgroepen';
import { onderteken } from './handtekening';
import { afleverFoutTekst, WebhookDoelen } from './webhook.doelen';
import { AfleveringEntity, AfleveringStatus, PogingEntity } from './webhook.entity';
import {
  cloudEvent,
  type Doelgroep,
  type GebeurtenisRij,
  notificatie,
  WebhookBerichtvorm,
  KENMERKEN_PASSEN,
  laadWebhookConfig,
  naMislukking,
  type WebhookConfig,
} from './webhook.rules';

/** Scheduling clock (due deliveries, backoff, leases); tests move it instead of waiting. */
@Injectable()
export class WebhookKlok {
  nu(): Date {
    return new Date();
  }
}

export interface WebhookVerzoek {
  url: string;
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
}

/**
 * How a delivery leaves the building; replaceable for tests. The default is WebhookDoelen.bezorg:
 * the target checked and the connection pinned to the checked address (SSRF, DNS rebinding).
 */
export type WebhookTransport = (verzoek: WebhookVerzoek) => Promise<{ status: number }>;

export interface VerwerkResultaat {
  uitgewaaierd: number;
  afgeleverd: number;
  mislukt: number;
}

interface Geclaimd {
  id: string;
  claim: string;
  pogingen: number;
  abonnement_id: string;
  callback_url: string;
  geheim: string;
  berichtvorm: WebhookBerichtvorm;
  autorisatie: string | null;
  gebeurtenis_id: string;
  kanaal: string;
  type: string;
  onderwerp: string;
  kenmerken: Record<string, string>;
  data: object;
  aangemaakt_op: Date;
}

const BATCH = 50;

const MAX_FOUT = 500;

/**
 * The delivery worker, a job on the one job runner (`Taakloper`): fans outbox events out to
 * matching subscriptions, then delivers due deliveries at least once. A delivery is claimed with
 * `FOR UPDATE SKIP LOCKED` and a lease (longer than the POST timeout), so several API instances
 * never send the same attempt at the same time; a worker that dies after claiming leaves the
 * lease to expire and another one delivers it. The result is recorded only by the claim holder
 * (guarded UPDATE).
 */
@Injectable()
export class WebhookWorker {
  readonly config: WebhookConfig;
  /** The runner's shutdown signal: aborts POSTs in flight when the application closes. */
  private readonly stop: Pick<AbortController, 'signal'>;
  private transport: WebhookTransport;
  private readonly taak: Taak<VerwerkResultaat>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(BUURTWERK_CONFIG) appConfig: BuurtwerkConfig,
    private readonly klok: WebhookKlok,
    loper: Taakloper,
    doelen: WebhookDoelen,
    private readonly doelgroepen: Doelgroepen,
  ) {
    this.config = laadWebhookConfig(process.env, appConfig.nodeEnv);
    this.transport = (v) => doelen.bezorg(v);
    this.stop = { signal: loper.stop };
    // At shutdown POSTs in flight are aborted; their deliveries stay claimed until the lease
    // expires, then they are sent again (at least once).
    this.taak = loper.registreer({
      naam: 'webhooks',
      intervalMs: this.config.intervalMs,
      uit: this.config.uit,
      ronde: () => this.ronde(),
      niets: { uitgewaaierd: 0, afgeleverd: 0, mislukt: 0 },
    });
  }

  /**
   * Lease of a claim. A batch delivers one subscription's deliveries one after another, so the
   * lease covers a whole batch of time-outs plus a margin (5 min 10 s by default): a claim can
   * never expire while its worker is still busy with it. After a crash, its claims wait this
   * long before another worker takes them over.
   */
  get leaseMs(): number {
    return this.config.timeoutMs * BATCH + 60_000;
  }

  gebruikTransport(transport: WebhookTransport): void {
    this.transport = transport;
  }

  /**
   * One full run: fan out every pending event, deliver everything due. A call during a running
   * round waits for the next one, so it sees every event committed before the call.
   */
  verwerkNu(): Promise<VerwerkResultaat> {
    return this.taak.nu();
  }

  private async ronde(): Promise<VerwerkResultaat> {
    const resultaat: VerwerkResultaat = { uitgewaaierd: 0, afgeleverd: 0, mislukt: 0 };
    while (!this.stop.signal.aborted) {
      const n = await this.waaierUit();
      resultaat.uitgewaaierd += n;
      if (n < BATCH) {
        break;
      }
    }
    while (!this.stop.signal.aborted) {
      const geclaimd = await this.claim();
      // Subscriptions in parallel; per subscription one at a time, in event order (best effort:
      // a retry can still overtake a later event, so receivers order by `time`).
      const perAbonnement = new Map<string, Geclaimd[]>();
      for (const a of geclaimd) {
        perAbonnement.set(a.abonnement_id, [...(perAbonnement.get(a.abonnement_id) ?? []), a]);
      }
      const uitkomsten = (
        await Promise.all(
          [...perAbonnement.values()].map(async (reeks) => {
            const uit: Array<Awaited<ReturnType<WebhookWorker['lever']>>> = [];
            for (const a of reeks) {
              uit.push(await this.lever(a));
            }
            return uit;
          }),
        )
      ).flat();
      resultaat.afgeleverd += uitkomsten.filter((u) => u === 'afgeleverd').length;
      resultaat.mislukt += uitkomsten.filter((u) => u === 'mislukt').length;
      if (geclaimd.length < BATCH) {
        break;
      }
    }
    return resultaat;
  }

  /**
   * Creates a delivery per matching subscription (kanaal equal, every filter equal) that may see
   * the event: public events (no doelgroep) go to all of them, a closed event only to those the
   * publishing library's doelgroep check allows (see Doelgroepen; signals: docs/domein.md, invariants 10 and 12).
   * An unknown doelgroep reaches nobody (fail closed).
   */
  private async waaierUit(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const rijen: Array<{ id: string }> = await tx.query(
        `SELECT id FROM webhook_gebeurtenis WHERE uitgewaaierd_op IS NULL
         ORDER BY aangemaakt_op, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      if (rijen.length === 0) {
        return 0;
      }
      const ids = rijen.map((r) => r.id);
      // A subscription receives events that happened after it was made (VNG Notificaties).
      const kandidaten: Array<{
        gebeurtenis_id: string;
        abonnement_id: string;
        organisatie_id: string | null;
        aangemaakt_door: string;
        doelgroep: Doelgroep | null;
      }> = await tx.query(
        `SELECT g.id AS gebeurtenis_id, ab.id AS abonnement_id, ab.organisatie_id, ab.aangemaakt_door, g.doelgroep
           FROM webhook_gebeurtenis g
           JOIN webhook_abonnement ab ON ab.kanaal = g.kanaal AND ${KENMERKEN_PASSEN}
             AND ab.beeindigd_op IS NULL AND ab.aangemaakt_op <= g.aangemaakt_op
          WHERE g.id = ANY($1::uuid[])
          ORDER BY g.aangemaakt_op, g.id, ab.id`,
        [ids],
      );
      const openbaar = kandidaten.filter((k) => k.doelgroep === null);
      const besloten = await this.doelgroepen.toegestaan(
        tx,
        kandidaten.flatMap((k) =>
          k.doelgroep === null
            ? []
            : [
                {
                  gebeurtenisId: k.gebeurtenis_id,
                  abonnementId: k.abonnement_id,
                  organisatieId: k.organisatie_id,
                  aangemaaktDoor: k.aangemaakt_door,
                  doelgroep: k.doelgroep,
                },
              ],
        ),
      );
      const paren = [
        ...openbaar.map((k) => ({ abonnementId: k.abonnement_id, gebeurtenisId: k.gebeurtenis_id })),
        ...besloten.map((o) => ({ abonnementId: o.abonnementId, gebeurtenisId: o.gebeurtenisId })),
      ];
      if (paren.length > 0) {
        await tx.query(
          `INSERT INTO webhook_aflevering (abonnement_id, gebeurtenis_id, volgende_poging_op)
           SELECT p.abonnement_id, p.gebeurtenis_id, $3 FROM unnest($1::uuid[], $2::uuid[]) AS p(abonnement_id, gebeurtenis_id)
           ON CONFLICT (abonnement_id, gebeurtenis_id) DO NOTHING`,
          [paren.map((p) => p.abonnementId), paren.map((p) => p.gebeurtenisId), this.klok.nu()],
        );
      }
      await tx.query('UPDATE webhook_gebeurtenis SET uitgewaaierd_op = now() WHERE id = ANY($1::uuid[])', [ids]);
      return ids.length;
    });
  }

  private async claim(): Promise<Geclaimd[]> {
    const nu = this.klok.nu();
    return this.dataSource.query(
      `WITH kandidaat AS (
         SELECT af.id FROM webhook_aflevering af
         WHERE af.status = 'WACHTEND' AND af.volgende_poging_op <= $1
           AND (af.geclaimd_tot IS NULL OR af.geclaimd_tot <= $1)
           AND EXISTS (SELECT 1 FROM webhook_abonnement ab WHERE ab.id = af.abonnement_id AND ab.beeindigd_op IS NULL)
         ORDER BY af.volgende_poging_op, af.id
         LIMIT $3 FOR UPDATE SKIP LOCKED
       ), geclaimd AS (
         UPDATE webhook_aflevering af SET claim = gen_random_uuid(), geclaimd_tot = $2, gewijzigd_op = now()
         FROM kandidaat WHERE af.id = kandidaat.id
         RETURNING af.id, af.claim, af.pogingen, af.abonnement_id, af.gebeurtenis_id
       )
       SELECT c.id, c.claim, c.pogingen, c.abonnement_id, ab.callback_url, ab.geheim, ab.berichtvorm, ab.autorisatie,
              g.id AS gebeurtenis_id, g.kanaal, g.type,
              g.onderwerp, g.kenmerken, g.data, g.aangemaakt_op
       FROM geclaimd c
       JOIN webhook_abonnement ab ON ab.id = c.abonnement_id
       JOIN webhook_gebeurtenis g ON g.id = c.gebeurtenis_id
       ORDER BY g.aangemaakt_op, g.id`,
      [nu, new Date(nu.getTime() + this.leaseMs), BATCH],
    );
  }

  private async lever(a: Geclaimd): Promise<'afgeleverd' | 'mislukt' | 'afgebroken'> {
    const rij: GebeurtenisRij = {
      id: a.gebeurtenis_id,
      kanaal: a.kanaal,
      type: a.type,
      onderwerp: a.onderwerp,
      kenmerken: a.kenmerken,
      data: a.data,
      aangemaaktOp: new Date(a.aangemaakt_op),
    };
    const opties = { bron: this.config.bron, basisUrl: this.config.basisUrl };
    const alsNotificatie = a.berichtvorm === WebhookBerichtvorm.NOTIFICATIES;
    const body = JSON.stringify(alsNotificatie ? notificatie(rij, opties) : cloudEvent(rij, opties));
    // The signature timestamp is real time (receivers compare it with their clock).
    const tijdstempel = Math.floor(Date.now() / 1000);
    const op = this.klok.nu();
    const start = performance.now();
    let statuscode: number | null = null;
    let foutTekst: string | null = null;
    try {
      const res = await this.transport({
        url: a.callback_url,
        body,
        signal: AbortSignal.any([this.stop.signal, AbortSignal.timeout(this.config.timeoutMs)]),
        headers: {
          'content-type': alsNotificatie ? 'application/json; charset=utf-8' : 'application/cloudevents+json; charset=utf-8',
          'user-agent': 'Buurtwerk-Webhooks/1.0',
          // The Notificaties API's receivers authenticate the sender by this header; the event type
          // is not in that message, so it travels beside it.
          ...(a.autorisatie ? { authorization: a.autorisatie } : {}),
          ...(alsNotificatie ? { 'x-buurtwerk-type': a.type } : {}),
          'webhook-id': a.gebeurtenis_id,
          'webhook-timestamp': String(tijdstempel),
          'webhook-signature': onderteken(a.geheim, a.gebeurtenis_id, tijdstempel, body),
        },
      });
      statuscode = res.status;
      if (res.status < 200 || res.status > 299) {
        foutTekst = `HTTP ${res.status}`;
      }
    } catch (e) {
      if (this.stop.signal.aborted) {
        // Shutting down: record nothing; the lease expires and another worker sends it again.
        return 'afgebroken';
      }
      // Generic: error codes, addresses and ports of the target would make the log a port scanner.
      foutTekst = afleverFoutTekst(e, this.config.timeoutMs).slice(0, MAX_FOUT);
    }
    const duurMs = Math.round(performance.now() - start);
    const geslaagd = foutTekst === null;
    const pogingen = a.pogingen + 1;
    const vervolg = geslaagd ? null : naMislukking(pogingen, op);
    const volgendePogingOp = vervolg?.status === 'WACHTEND' ? vervolg.volgendePogingOp : null;
    await this.dataSource.transaction(async (tx) => {
      await tx
        .createQueryBuilder()
        .update(AfleveringEntity)
        .set({
          status: geslaagd
            ? AfleveringStatus.AFGELEVERD
            : vervolg?.status === 'MISLUKT'
              ? AfleveringStatus.MISLUKT
              : AfleveringStatus.WACHTEND,
          pogingen,
          volgendePogingOp,
          afgeleverdOp: geslaagd ? op : null,
          laatsteStatuscode: statuscode,
          laatsteDuurMs: duurMs,
          laatsteFout: foutTekst,
          claim: null,
          geclaimdTot: null,
        })
        // Only the claim holder records; a replay or a takeover after the lease wins.
        .where('id = :id AND claim = :claim', { id: a.id, claim: a.claim })
        .execute();
      await tx.insert(PogingEntity, {
        afleveringId: a.id,
        nummer: pogingen,
        op,
        statuscode,
        duurMs,
        geslaagd,
        fout: foutTekst,
        volgendePogingOp,
      });
    });
    return geslaagd ? 'afgeleverd' : 'mislukt';
  }
}
