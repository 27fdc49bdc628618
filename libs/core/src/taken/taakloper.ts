import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';

/** One background job: what a round does and how often it runs. */
export interface TaakOpties<R> {
  /** Name in log lines ("webhooks", "uitgaande-mail"). Unique per runner. */
  naam: string;
  /** Time between the end of one round and the start of the next; 0: no timer. */
  intervalMs: number;
  /** No timer (the job still runs on demand through `nu()`). */
  uit?: boolean;
  /**
   * One round: does what is due now. The round claims its work in PostgreSQL (see
   * `docs/jobs.md`: row locks with SKIP LOCKED, a lease, a guarded UPDATE or an advisory lock),
   * so every instance may run it side by side. `stop` is aborted when the application shuts down.
   */
  ronde: (stop: AbortSignal) => Promise<R>;
  /** What a round returns after shutdown, when it no longer touches the database. */
  niets: R;
  /** A log line for a round that did something; null keeps quiet. */
  verslag?: (resultaat: R) => string | null;
  /** True when the round stopped at its batch size: the next round starts at once. */
  nogWerk?: (resultaat: R) => boolean;
  /** Upper bound of the wait after failed rounds; default max(interval, 5 minutes). */
  maxWachtMs?: number;
}

/** The handle a job keeps to run a round on demand (tests, or work that cannot wait). */
export interface Taak<R> {
  readonly naam: string;
  /**
   * Runs a round that starts after this call, so it sees everything committed before it. If a
   * round is running, one follow-up round is queued and shared by every caller that waits.
   */
  nu(): Promise<R>;
}

interface Toestand<R> {
  opties: TaakOpties<R>;
  bezig: Promise<R> | null;
  volgende: Promise<R> | null;
  timer: NodeJS.Timeout | null;
  foutenOpRij: number;
}

const STANDAARD_MAX_WACHT_MS = 5 * 60_000;

/**
 * Wait after `fouten` failed rounds in a row: the interval doubled per failure, at most
 * `maxMs` (a database that is down is not hammered every second, and the job comes back by
 * itself). Pure, so the schedule has its own table-driven test.
 */
export function wachtNaFouten(intervalMs: number, fouten: number, maxMs: number): number {
  if (fouten <= 0) {
    return intervalMs;
  }
  return Math.min(Math.max(intervalMs, 1) * 2 ** Math.min(fouten, 30), Math.max(maxMs, intervalMs));
}

function tekst(e: unknown): string {
  if (e instanceof Error) {
    const oorzaak = (e as Error & { cause?: unknown }).cause;
    const extra = oorzaak instanceof Error ? `: ${(oorzaak as Error & { code?: string }).code ?? oorzaak.message}` : '';
    return `${e.message}${extra}`;
  }
  return String(e);
}

/**
 * The one job runner of the API (webhook delivery, mail outbox, closing buurtpanel votes,
 * retention). Per job and instance it runs at most one round at a time, on a timer that waits
 * `intervalMs` after each round (longer, doubling, after failed rounds), logs every failure in
 * one format, and at shutdown stops the timers, aborts `stop` and waits for running rounds
 * before the database pool closes. Exclusivity across instances is the round's own claim in
 * PostgreSQL; the runner keeps no state outside the process. Why not pg-boss: `docs/jobs.md`.
 */
@Injectable()
export class Taakloper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Taken');
  private readonly taken = new Map<string, Toestand<unknown>>();
  private readonly stopper = new AbortController();
  private gestart = false;

  /** Aborted when the application shuts down; jobs pass it on to work in flight (HTTP, SMTP). */
  get stop(): AbortSignal {
    return this.stopper.signal;
  }

  registreer<R>(opties: TaakOpties<R>): Taak<R> {
    if (this.taken.has(opties.naam)) {
      throw new Error(`Taak ${opties.naam} is al geregistreerd`);
    }
    const t: Toestand<R> = { opties, bezig: null, volgende: null, timer: null, foutenOpRij: 0 };
    this.taken.set(opties.naam, t as Toestand<unknown>);
    if (this.gestart) {
      this.plan(t, opties.intervalMs);
    }
    return { naam: opties.naam, nu: () => this.nu(t) };
  }

  onApplicationBootstrap(): void {
    this.gestart = true;
    for (const t of this.taken.values()) {
      this.plan(t, t.opties.intervalMs);
    }
  }

  /** Stops the timers, aborts `stop` and waits for every running and queued round. */
  async onModuleDestroy(): Promise<void> {
    this.stopper.abort();
    for (const t of this.taken.values()) {
      if (t.timer) {
        clearTimeout(t.timer);
        t.timer = null;
      }
    }
    await Promise.all([...this.taken.values()].flatMap((t) => [t.bezig, t.volgende].map((p) => p?.catch(() => undefined))));
  }

  private nu<R>(t: Toestand<R>): Promise<R> {
    if (this.stop.aborted) {
      return Promise.resolve(t.opties.niets);
    }
    if (t.bezig === null) {
      return this.start(t);
    }
    // A round is running and may have read before the caller's commit: queue one more.
    t.volgende ??= t.bezig
      .catch(() => undefined)
      .then(() => {
        t.volgende = null;
        return this.stop.aborted ? t.opties.niets : this.start(t);
      });
    return t.volgende;
  }

  private start<R>(t: Toestand<R>): Promise<R> {
    if (t.timer) {
      clearTimeout(t.timer);
      t.timer = null;
    }
    const run = (async () => t.opties.ronde(this.stop))();
    t.bezig = run;
    run.then(
      (resultaat) => {
        t.bezig = null;
        if (t.foutenOpRij > 0) {
          this.logger.log(`${t.opties.naam}: weer gelukt na ${t.foutenOpRij} mislukte ronde(s)`);
        }
        t.foutenOpRij = 0;
        const regel = t.opties.verslag?.(resultaat) ?? null;
        if (regel !== null) {
          this.logger.log(`${t.opties.naam}: ${regel}`);
        }
        this.plan(t, t.opties.nogWerk?.(resultaat) ? 0 : t.opties.intervalMs);
      },
      (e: unknown) => {
        t.bezig = null;
        t.foutenOpRij += 1;
        const wacht = wachtNaFouten(t.opties.intervalMs, t.foutenOpRij, t.opties.maxWachtMs ?? STANDAARD_MAX_WACHT_MS);
        this.logger.error(
          `${t.opties.naam}: ronde mislukt (${t.foutenOpRij}e keer op rij; volgende over ${wacht} ms): ${tekst(e)}`,
        );
        this.plan(t, wacht);
      },
    );
    return run;
  }

  /** Schedules the next timer round, unless the job has no timer, runs or is queued, or we stop. */
  private plan<R>(t: Toestand<R>, wachtMs: number): void {
    if (!this.gestart || this.stop.aborted || t.opties.uit || t.opties.intervalMs <= 0 || t.bezig || t.volgende) {
      return;
    }
    if (t.timer) {
      clearTimeout(t.timer);
    }
    t.timer = setTimeout(() => {
      t.timer = null;
      // Failures are logged and counted in `start`; the timer's own promise is not awaited.
      this.nu(t).catch(() => undefined);
    }, wachtMs);
    t.timer.unref();
  }
}
