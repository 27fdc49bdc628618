import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  BUURTWERK_CONFIG,
  buitenVerzoektransactie,
  type BuurtwerkConfig,
  fout,
  type Gebruiker,
  type AuditInvoer,
  PersoonsgegevensRegister,
  schrijfAudit,
  toGlobalId,
} from '@buurtwerk/core';
import {
  GEPSEUDONIMISEERDE_NAAM,
  grensVoor,
  isPseudoniem,
  laadPrivacyConfig,
  type PrivacyConfig,
  pseudoniem,
  type Recordsoort,
} from './privacy.rules';

/** How many records of each kind were pseudonymised. */
export type Telling = Record<string, number>;

/** Who asked: the resident themselves, a BEHEERDER, or the retention job. */
export type Grond = 'verzoek-bewoner' | 'beheerder' | 'bewaartermijn';

/** Advisory-lock keys (arbitrary constants, namespaced by the text). */
const SLOT_BEWAARTERMIJNEN = 'buurtwerk:privacy:bewaartermijnen';
const BATCH = 1000;

/**
 * Pseudonymisation (AVG art. 4(5), art. 17 with the archival exception of art. 17(3)(b)/(d)):
 * personal fields are replaced, `sub`s become a stable pseudonym, decisions, amounts,
 * references and statuses stay. Each library replaces the data in its own tables through the
 * handler it registered in core's PersoonsgegevensRegister; this service orders them, holds the
 * transaction and the lock, and writes the audit trail.
 */
@Injectable()
export class PseudonimiseringService {
  readonly config: PrivacyConfig;
  private sleutel: Promise<string> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(BUURTWERK_CONFIG) appConfig: BuurtwerkConfig,
    private readonly register: PersoonsgegevensRegister,
  ) {
    this.config = laadPrivacyConfig(process.env, appConfig.nodeEnv);
  }

  /** The HMAC key: from PSEUDONIEM_SLEUTEL, else the one random key kept in the database. */
  private hmacSleutel(): Promise<string> {
    if (this.config.pseudoniemSleutel) {
      return Promise.resolve(this.config.pseudoniemSleutel);
    }
    // Outside the request's transaction: the key is cached for the life of the process, so it
    // must be committed even if the mutation that first needed it rolls back.
    this.sleutel ??= buitenVerzoektransactie(async () => {
      await this.dataSource.query('INSERT INTO privacy_sleutel (id, sleutel) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [
        randomBytes(32).toString('base64url'),
      ]);
      const [rij] = await this.dataSource.query<Array<{ sleutel: string }>>('SELECT sleutel FROM privacy_sleutel WHERE id = 1');
      return rij.sleutel;
    }).catch((e: unknown) => {
      this.sleutel = null;
      throw e;
    });
    return this.sleutel;
  }

  async pseudoniemVan(sub: string): Promise<string> {
    return pseudoniem(sub, await this.hmacSleutel());
  }

  /** A BEHEERDER pseudonymises a resident by sign-in id (on the resident's request, e.g. by letter). */
  async pseudonimiseerGebruiker(gebruikerId: string, door: Gebruiker): Promise<Telling> {
    const sub = gebruikerId.trim();
    if (sub.length === 0 || sub.length > 255 || isPseudoniem(sub)) {
      throw fout.veld('gebruikerId', 'is geen geldig inlog-id (sub).');
    }
    return this.pseudonimiseerPersoon(sub, { door, grond: 'beheerder' });
  }

  /**
   * Pseudonymises everything stored about one person in one transaction: every record of their
   * `sub`, and records made without an account (meeting sign-ups, mails) only by
   * `geverifieerdeEmail`, the address the identity provider verified (`email_verified: true`).
   * An address typed into a token or a record proves nothing, and a record of another account
   * never matches by address. Two requests for the same person at the same time are serialised
   * by an advisory lock; the second finds nothing left to do.
   */
  async pseudonimiseerPersoon(
    sub: string,
    opties: { door: Gebruiker; grond: Grond; geverifieerdeEmail?: string | null; client?: string | null },
  ): Promise<Telling> {
    const email = opties.geverifieerdeEmail?.trim().toLowerCase() || null;
    const sleutel = await this.hmacSleutel();
    const pseudo = pseudoniem(sub, sleutel);
    const pseudoniemVan = (s: string) => pseudoniem(s, sleutel);
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`buurtwerk:privacy:persoon:${sub}`]);
      const handlers = this.register.handlers();
      // The names that identify the person, gathered from every library before any is replaced.
      const namen = new Set<string>();
      for (const h of handlers) {
        for (const n of (await h.namen?.(tx, sub)) ?? []) {
          if (n !== GEPSEUDONIMISEERDE_NAAM) {
            namen.add(n);
          }
        }
      }
      const persoon = { sub, pseudo, email, namen: [...namen], pseudoniem: pseudoniemVan };
      const telling: Telling = {};
      const records: Record<string, Array<{ id: string }>> = {};
      // Each library replaces its own data, in the handlers' order (see PersoonsgegevensHandler.volgorde).
      for (const h of handlers) {
        const uitkomst = await h.pseudonimiseer(tx, persoon);
        Object.assign(telling, uitkomst.telling);
        for (const [type, ids] of Object.entries(uitkomst.records ?? {})) {
          records[type] = [...(records[type] ?? []), ...ids.map((id) => ({ id }))];
        }
      }

      await schrijfAudit(
        tx,
        [
          {
            door: opties.door.sub,
            rollen: opties.door.rollen,
            operatie: `pseudonimiseren:${opties.grond}`,
            entiteit: 'Gebruiker',
            entiteitId: pseudo,
            details: { telling },
          },
          ...recordAudits(opties.door, opties.grond, records),
        ],
        opties.client ?? null,
      );
      return telling;
    });
  }

  /**
   * The retention job (BEWAARTERMIJNEN): pseudonymises the records whose term has passed at
   * `nu`, never decisions. Runs at most once at a time across all instances
   * (`pg_try_advisory_xact_lock`); returns null when another instance is busy.
   */
  async pasBewaartermijnenToe(nu: Date): Promise<Telling | null> {
    const sleutel = await this.hmacSleutel();
    const t = this.config.bewaartermijnen;
    return this.dataSource.transaction(async (tx) => {
      const [slot] = await tx.query<Array<{ gekregen: boolean }>>('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS gekregen', [
        SLOT_BEWAARTERMIJNEN,
      ]);
      if (!slot?.gekregen) {
        return null;
      }
      const telling: Telling = {};
      const gedaan: Record<string, Array<{ id: string }>> = {};
      // Each library applies the terms of its own records (registered with its personal-data handler).
      for (const b of this.register.bewaartermijnen()) {
        telling[b.telling] = 0;
        const dagen = t[b.soort as Recordsoort] ?? null;
        if (dagen === null) {
          continue;
        }
        const ids = await b.pasToe(tx, grensVoor(nu, dagen), BATCH, (s) => pseudoniem(s, sleutel));
        telling[b.telling] = ids.length;
        gedaan[b.type] = ids.map((id) => ({ id }));
      }
      const systeem = { sub: 'systeem:bewaartermijnen', rollen: [] as string[] };
      await schrijfAudit(tx, recordAudits(systeem, 'bewaartermijn', gedaan), 'bewaartermijnen-taak');
      return telling;
    });
  }
}

function recordAudits(
  door: { sub: string; rollen: readonly string[] },
  grond: Grond,
  perType: Record<string, Array<{ id: string }>>,
): AuditInvoer[] {
  return Object.entries(perType).flatMap(([type, rijenVanType]) =>
    rijenVanType.map((r) => ({
      door: door.sub,
      rollen: [...door.rollen],
      operatie: `pseudonimiseren:${grond}`,
      entiteit: type,
      entiteitId: toGlobalId(type, r.id),
      details: {},
    })),
  );
}
