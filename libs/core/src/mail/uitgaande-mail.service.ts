import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer from 'nodemailer';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ConfigError } from '../config/config';
import { type Taak, Taakloper } from '../taken/taakloper';
import { PersoonsgegevensRegister } from '../persoonsgegevens/persoonsgegevens-register';
import { uitgaandeMailPersoonsgegevens } from './uitgaande-mail.persoonsgegevens';
import { MailStatus, UitgaandeMailBijlageEntity, UitgaandeMailEntity } from './uitgaande-mail.entity';
import { gemaskeerdAdres, volgendePoging } from './uitgaande-mail.rules';

export interface MailBijlage {
  bestandsnaam: string;
  mediatype: string;
  inhoud: Buffer;
}

export interface NieuweMail {
  soort: string;
  referentieId?: string | null;
  aan: string;
  onderwerp: string;
  tekst: string;
  /** HTML alternative of `tekst`. */
  html?: string | null;
  bijlagen?: readonly MailBijlage[];
  /**
   * Extra header fields, e.g. RFC 2369 `List-Unsubscribe` with RFC 8058 `List-Unsubscribe-Post`
   * for one-click unsubscribe from a digest. Only `List-*` fields are allowed.
   */
  headers?: Readonly<Record<string, string>>;
}

const TOEGESTANE_HEADER = /^List-[A-Za-z-]+$/;

/** Writes mails into the outbox inside the caller's transaction (sent only if it commits). */
export async function mailInWachtrij(tx: EntityManager, mails: readonly NieuweMail[]): Promise<void> {
  if (mails.length === 0) {
    return;
  }
  const ingevoegd = await tx.insert(
    UitgaandeMailEntity,
    mails.map((m) => ({
      soort: m.soort,
      referentieId: m.referentieId ?? null,
      aan: m.aan,
      onderwerp: m.onderwerp,
      tekst: m.tekst,
      html: m.html ?? null,
      headers: m.headers ? geldigeHeaders(m.headers) : null,
    })),
  );
  const bijlagen = mails.flatMap((m, i) =>
    (m.bijlagen ?? []).map((b) => ({
      mailId: (ingevoegd.identifiers[i] as { id: string }).id,
      bestandsnaam: b.bestandsnaam,
      mediatype: b.mediatype,
      inhoud: b.inhoud,
    })),
  );
  if (bijlagen.length > 0) {
    await tx.insert(UitgaandeMailBijlageEntity, bijlagen);
  }
}

function geldigeHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  for (const [naam, waarde] of Object.entries(headers)) {
    // A header the transport would fold into others (CR/LF) or that is not a list header is a bug here.
    if (!TOEGESTANE_HEADER.test(naam) || /[\r\n]/.test(waarde)) {
      throw new Error(`Mailheader niet toegestaan: ${naam}`);
    }
  }
  return { ...headers };
}

/** Where the mails about these records stand (the latest per record), e.g. for a file's sending status. */
export async function mailStatussen(
  m: EntityManager,
  referentieIds: readonly string[],
): Promise<Map<string, { status: MailStatus; verzondenOp: Date | null; pogingen: number }>> {
  if (referentieIds.length === 0) {
    return new Map();
  }
  const rijen = await m.query<Array<{ referentie_id: string; status: MailStatus; verzonden_op: Date | null; pogingen: number }>>(
    `SELECT DISTINCT ON (referentie_id) referentie_id, status, verzonden_op, pogingen FROM uitgaande_mail
      WHERE referentie_id = ANY($1::uuid[]) ORDER BY referentie_id, aangemaakt_op DESC`,
    [[...referentieIds]],
  );
  return new Map(rijen.map((r) => [r.referentie_id, { status: r.status, verzondenOp: r.verzonden_op, pogingen: r.pogingen }]));
}

/**
 * Called in the delivery's transaction once a mail of its kind is delivered, e.g. to record that
 * a decision was made known (Awb 3:41). Runs under a savepoint: a failing handler is logged and
 * does not undo the delivery record (the mail is out).
 */
export type NaVerzending = (
  tx: EntityManager,
  mail: { id: string; referentieId: string | null; verzondenOp: Date },
) => Promise<void>;

/** Whether a mail of this kind about this record was queued less than `minuten` before `nu` (to send reminders at most once per pause). */
export async function recenteMailOver(
  tx: EntityManager,
  referentieId: string,
  soort: string,
  nu: Date,
  minuten: number,
): Promise<boolean> {
  const [{ recent }] = await tx.query<Array<{ recent: boolean }>>(
    `SELECT EXISTS (SELECT 1 FROM uitgaande_mail
                     WHERE referentie_id = $1 AND soort = $2
                       AND aangemaakt_op > $3::timestamptz - make_interval(mins => $4)) AS recent`,
    [referentieId, soort, nu, minuten],
  );
  return recent;
}

/** How a mail leaves the building: SMTP in production, a log line in development. */
export interface MailTransport {
  verstuur(mail: {
    aan: string;
    onderwerp: string;
    tekst: string;
    html?: string | null;
    bijlagen?: readonly MailBijlage[];
    headers?: Readonly<Record<string, string>> | null;
  }): Promise<void>;
}

export interface MailConfig {
  smtpUrl: string | null;
  afzender: string;
  /** 0: no timer (a test calls `verwerk()`). */
  intervalMs: number;
}

export function laadMailConfig(env: Record<string, string | undefined> = process.env): MailConfig {
  const smtpUrl = env.SMTP_URL && env.SMTP_URL !== '' ? env.SMTP_URL : null;
  if (smtpUrl !== null) {
    let protocol: string;
    try {
      protocol = new URL(smtpUrl).protocol;
    } catch {
      throw new ConfigError('SMTP_URL', 'is geen geldige URL (bijvoorbeeld smtp://gebruiker:wachtwoord@mail.heerlen.nl:587)');
    }
    if (protocol !== 'smtp:' && protocol !== 'smtps:') {
      throw new ConfigError('SMTP_URL', `moet beginnen met smtp: of smtps: (gekregen: "${protocol}")`);
    }
  }
  const intervalRaw = env.MAIL_INTERVAL_MS ?? '';
  if (intervalRaw !== '' && !/^\d+$/.test(intervalRaw)) {
    throw new ConfigError('MAIL_INTERVAL_MS', `moet een geheel getal zijn (gekregen: "${intervalRaw}")`);
  }
  return {
    smtpUrl,
    afzender: env.MAIL_AFZENDER && env.MAIL_AFZENDER !== '' ? env.MAIL_AFZENDER : 'Gemeente Heerlen <buurtwerk@heerlen.nl>',
    intervalMs: intervalRaw === '' ? 5000 : Number(intervalRaw),
  };
}

const BATCH = 20;

/** Delivery through SMTP (nodemailer); `url` like smtp://user:pass@mail.heerlen.nl:587. */
export function smtpTransport(url: string, afzender: string): MailTransport {
  const smtp = nodemailer.createTransport(url);
  return {
    verstuur: async (mail) => {
      await smtp.sendMail({
        from: afzender,
        to: mail.aan,
        subject: mail.onderwerp,
        text: mail.tekst,
        html: mail.html ?? undefined,
        headers: mail.headers ?? undefined,
        attachments: (mail.bijlagen ?? []).map((b) => ({
          filename: b.bestandsnaam,
          contentType: b.mediatype,
          content: b.inhoud,
        })),
      });
    },
  };
}

/**
 * Delivers the outbox on the one job runner: picks due mails (FOR UPDATE SKIP LOCKED, so several
 * API instances can run it side by side), sends them, marks them sent, and retries failures with
 * backoff. A full batch is followed by the next at once.
 */
@Injectable()
export class UitgaandeMailVerzender {
  private readonly logger = new Logger('UitgaandeMail');
  private readonly config = laadMailConfig();
  private transport: MailTransport;
  private readonly naVerzending = new Map<string, NaVerzending>();
  private readonly taak: Taak<{ verzonden: number; mislukt: number }>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    loper: Taakloper,
    persoonsgegevens: PersoonsgegevensRegister,
  ) {
    persoonsgegevens.registreer(uitgaandeMailPersoonsgegevens);
    this.transport = this.config.smtpUrl ? smtpTransport(this.config.smtpUrl, this.config.afzender) : this.logTransport();
    this.taak = loper.registreer({
      naam: 'uitgaande-mail',
      intervalMs: this.config.intervalMs,
      ronde: (stop) => this.verwerkBatch(stop),
      niets: { verzonden: 0, mislukt: 0 },
      nogWerk: (r) => r.verzonden + r.mislukt >= BATCH,
    });
  }

  /** Registers what happens, in the delivery's transaction, after a mail of this `soort` is delivered. */
  bijVerzending(soort: string, handler: NaVerzending): void {
    this.naVerzending.set(soort, handler);
  }

  /** For tests and other transports (e.g. a provider's HTTP API). */
  gebruikTransport(transport: MailTransport): void {
    this.transport = transport;
  }

  /** Sends what is due now (one batch); a call during a running batch waits for the next one. */
  verwerk(): Promise<{ verzonden: number; mislukt: number }> {
    return this.taak.nu();
  }

  private async verwerkBatch(stop: AbortSignal): Promise<{ verzonden: number; mislukt: number }> {
    return this.dataSource.transaction(async (tx) => {
      const mails = await tx
        .createQueryBuilder(UitgaandeMailEntity, 'm')
        .where('m.status = :status AND m.volgende_poging_op <= now()', { status: MailStatus.WACHTEND })
        .orderBy('m.volgende_poging_op', 'ASC')
        .addOrderBy('m.aangemaakt_op', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      const bijlagen =
        mails.length > 0
          ? await tx.find(UitgaandeMailBijlageEntity, {
              where: { mailId: In(mails.map((m) => m.id)) },
              order: { bestandsnaam: 'ASC' },
            })
          : [];
      let verzonden = 0;
      let mislukt = 0;
      for (const mail of mails) {
        if (stop.aborted) {
          // Shutting down: what is not sent yet stays waiting (its lock ends with this commit).
          break;
        }
        const nu = new Date();
        mail.pogingen += 1;
        try {
          await this.transport.verstuur({
            aan: mail.aan,
            onderwerp: mail.onderwerp,
            tekst: mail.tekst,
            html: mail.html,
            bijlagen: bijlagen.filter((b) => b.mailId === mail.id),
            headers: mail.headers,
          });
          mail.status = MailStatus.VERZONDEN;
          mail.verzondenOp = nu;
          mail.laatsteFout = null;
          verzonden += 1;
        } catch (e) {
          mislukt += 1;
          mail.laatsteFout = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
          const volgende = volgendePoging(mail.pogingen, nu);
          if (volgende) {
            mail.volgendePogingOp = volgende;
          } else {
            mail.status = MailStatus.MISLUKT;
            this.logger.error(`Mail ${mail.id} (${mail.soort}) na ${mail.pogingen} pogingen opgegeven: ${mail.laatsteFout}`);
          }
        }
        // One UPDATE by id (save() would read the row back first: a SELECT per mail).
        await tx.update(UitgaandeMailEntity, mail.id, {
          status: mail.status,
          pogingen: mail.pogingen,
          verzondenOp: mail.verzondenOp,
          laatsteFout: mail.laatsteFout,
          volgendePogingOp: mail.volgendePogingOp,
        });
        const na = this.naVerzending.get(mail.soort);
        if (na && mail.status === MailStatus.VERZONDEN) {
          await tx.query('SAVEPOINT na_verzending');
          try {
            await na(tx, { id: mail.id, referentieId: mail.referentieId, verzondenOp: nu });
            await tx.query('RELEASE SAVEPOINT na_verzending');
          } catch (e) {
            await tx.query('ROLLBACK TO SAVEPOINT na_verzending');
            this.logger.error(`Na verzending van mail ${mail.id} (${mail.soort}): ${e instanceof Error ? e.message : String(e)}`);
          }
        }
      }
      return { verzonden, mislukt };
    });
  }

  /** Without SMTP_URL (development): one readable log line, the address masked (privacy). */
  private logTransport(): MailTransport {
    return {
      verstuur: (mail) => {
        this.logger.log(
          `Mail (geen SMTP_URL ingesteld, niet echt verzonden) aan ${gemaskeerdAdres(mail.aan)}: ${mail.onderwerp}`,
        );
        this.logger.debug(mail.tekst);
        return Promise.resolve();
      },
    };
  }
}
