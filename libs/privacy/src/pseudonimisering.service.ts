import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  BUURTWERK_CONFIG,
  buitenVerzoektransactie,
  type BuurtwerkConfig,
  fout,
  type Gebruiker,
  type AuditInvoer,
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
  VERWIJDERDE_TEKST,
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
 * references and statuses stay. Reads and writes the other libraries' tables with raw SQL,
 * following the register in `persoonsgegevens.ts`.
 */
@Injectable()
export class PseudonimiseringService {
  readonly config: PrivacyConfig;
  private sleutel: Promise<string> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(BUURTWERK_CONFIG) appConfig: BuurtwerkConfig,
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
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`buurtwerk:privacy:persoon:${sub}`]);
      // The names that identify the person, gathered before they are replaced.
      const [bekend] = await tx.query<Array<{ namen: string[] | null }>>(
        `SELECT
           (SELECT array_agg(DISTINCT n) FROM (
              SELECT indiener_naam AS n FROM initiatief WHERE indiener_sub = $1
              UNION SELECT persoon FROM belang_verklaring WHERE gebruiker_id = $1
              UNION SELECT door FROM initiatief_statuswijziging WHERE door_sub = $1 AND door_indiener) y
            WHERE n <> $2) AS namen`,
        [sub, GEPSEUDONIMISEERDE_NAAM],
      );
      const namen = bekend?.namen ?? [];

      const initiatieven = await tx.query<Array<{ id: string; sub: string }>>(
        'SELECT id, indiener_sub AS sub FROM initiatief WHERE indiener_sub = $1',
        [sub],
      );
      const signalen = await tx.query<Array<{ id: string; sub: string }>>(
        'SELECT id, gemeld_door AS sub FROM signaal WHERE gemeld_door = $1',
        [sub],
      );
      const aanmeldingen = await tx.query<Array<{ id: string; sub: string | null }>>(
        `SELECT id, gebruiker_id AS sub FROM aanmelding
          WHERE (gebruiker_id = $1 OR ($2::text IS NOT NULL AND gebruiker_id IS NULL AND email_sleutel = $2))
            AND NOT email LIKE '%@gepseudonimiseerd.invalid'`,
        [sub, email],
      );

      const telling: Telling = {
        initiatieven: await this.initiatieven(tx, initiatieven, sleutel),
        signalen: await this.signalen(tx, signalen, sleutel),
        aanmeldingen: await this.aanmeldingen(tx, aanmeldingen, sleutel),
      };

      // Initiatives of others on which the person declared an interest or stepped aside: only their entry.
      const verklaard = await tx.query<Array<{ initiatief_id: string }>>(
        'SELECT initiatief_id FROM belang_verklaring WHERE gebruiker_id = $1',
        [sub],
      );
      if (namen.length > 0 && verklaard.length > 0) {
        await tx.query(
          `UPDATE initiatief SET verschoningen = ${VERSCHONINGEN_ZONDER_NAMEN}, gewijzigd_op = now()
            WHERE id = ANY($1::uuid[]) AND verschoningen <> '[]'::jsonb`,
          [verklaard.map((v) => v.initiatief_id), namen, GEPSEUDONIMISEERDE_NAAM],
        );
      }
      const verklaringen = await tx.query<unknown[]>(
        `UPDATE belang_verklaring SET gebruiker_id = $2, persoon = $3, toelichting = $4, gewijzigd_op = now()
          WHERE gebruiker_id = $1 RETURNING id`,
        [sub, pseudo, GEPSEUDONIMISEERDE_NAAM, VERWIJDERDE_TEKST],
      );
      telling.belangverklaringen = aantal(verklaringen);
      const stemmen = await tx.query<unknown[]>(
        'UPDATE panelstem SET gebruiker_id = $2, toelichting = NULL WHERE gebruiker_id = $1 RETURNING stemming_id',
        [sub, pseudo],
      );
      telling.panelstemmen = aantal(stemmen);
      const leden = await tx.query<unknown[]>(
        'UPDATE buurtpanel_lid SET gebruiker_id = $2 WHERE gebruiker_id = $1 RETURNING panel_id',
        [sub, pseudo],
      );
      telling.panellidmaatschappen = aantal(leden);
      await tx.query(
        `UPDATE panelstemming SET verschoningen = (
           SELECT COALESCE(jsonb_agg(CASE WHEN v->>'gebruikerId' = $1
                                     THEN v || jsonb_build_object('gebruikerId', $2::text, 'persoon', $3::text) ELSE v END
                                     ORDER BY nr), '[]'::jsonb)
             FROM jsonb_array_elements(verschoningen) WITH ORDINALITY AS x(v, nr))
          WHERE verschoningen @> jsonb_build_array(jsonb_build_object('gebruikerId', $1::text))`,
        [sub, pseudo, GEPSEUDONIMISEERDE_NAAM],
      );
      telling.mails = email === null ? 0 : await this.mailsAan(tx, [email]);

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
          ...recordAudits(opties.door, opties.grond, { Initiatief: initiatieven, Signaal: signalen, Aanmelding: aanmeldingen }),
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
      const grens = (soort: Recordsoort): Date | null => (t[soort] === null ? null : grensVoor(nu, t[soort]));
      const telling: Telling = { aanmeldingen: 0, signalen: 0, initiatieven: 0 };
      const gedaan: Record<string, Array<{ id: string }>> = {};

      const gA = grens('aanmeldingen');
      if (gA) {
        const rijenA = await tx.query<Array<{ id: string; sub: string | null }>>(
          `SELECT a.id, a.gebruiker_id AS sub FROM aanmelding a JOIN netwerkbijeenkomst b ON b.id = a.bijeenkomst_id
            WHERE b.eind < $1 AND NOT a.email LIKE '%@gepseudonimiseerd.invalid' ORDER BY a.id LIMIT ${BATCH}`,
          [gA],
        );
        telling.aanmeldingen = await this.aanmeldingen(tx, rijenA, sleutel);
        gedaan.Aanmelding = rijenA;
      }
      const gS = grens('signalen');
      if (gS) {
        const rijenS = await tx.query<Array<{ id: string; sub: string }>>(
          `SELECT id, gemeld_door AS sub FROM signaal
            WHERE status = 'AFGEHANDELD' AND afgehandeld_op < $1 AND NOT gemeld_door LIKE 'pseudoniem:%' ORDER BY id LIMIT ${BATCH}`,
          [gS],
        );
        telling.signalen = await this.signalen(tx, rijenS, sleutel);
        gedaan.Signaal = rijenS;
      }
      const gI = grens('initiatiefconcepten');
      if (gI) {
        // Only what never got a decision: drafts and withdrawn requests. Decisions stay (Archiefwet).
        const rijenI = await tx.query<Array<{ id: string; sub: string }>>(
          `SELECT id, indiener_sub AS sub FROM initiatief
            WHERE status IN ('CONCEPT', 'INGETROKKEN') AND besluit_uitkomst IS NULL AND gewijzigd_op < $1
              AND NOT indiener_sub LIKE 'pseudoniem:%' ORDER BY id LIMIT ${BATCH}`,
          [gI],
        );
        telling.initiatieven = await this.initiatieven(tx, rijenI, sleutel);
        gedaan.Initiatief = rijenI;
      }
      const systeem = { sub: 'systeem:bewaartermijnen', rollen: [] as string[] };
      await schrijfAudit(tx, recordAudits(systeem, 'bewaartermijn', gedaan), 'bewaartermijnen-taak');
      return telling;
    });
  }

  // ------------------------------------------------------------ one record type each

  private async initiatieven(tx: EntityManager, rijen: Array<{ id: string; sub: string }>, sleutel: string): Promise<number> {
    if (rijen.length === 0) {
      return 0;
    }
    const ids = rijen.map((r) => r.id);
    const pseudos = rijen.map((r) => pseudoniem(r.sub, sleutel));
    // Every UPDATE of initiatief also sets gewijzigd_op: partners that mirror initiatives with delta
    // sync (gewijzigdSinds) must fetch the pseudonymised version, not keep the old one.
    // The initiator's name also appears where they stepped aside (ground INDIENER) on their own initiative.
    await tx.query(
      `UPDATE initiatief i SET gewijzigd_op = now(), verschoningen = (
         SELECT COALESCE(jsonb_agg(CASE WHEN v->>'persoon' = i.indiener_naam THEN jsonb_set(v, '{persoon}', to_jsonb($2::text)) ELSE v END
                                   ORDER BY nr), '[]'::jsonb)
           FROM jsonb_array_elements(i.verschoningen) WITH ORDINALITY AS x(v, nr))
        WHERE i.id = ANY($1::uuid[]) AND i.verschoningen <> '[]'::jsonb`,
      [ids, GEPSEUDONIMISEERDE_NAAM],
    );
    await tx.query(
      `UPDATE initiatief_statuswijziging w SET door = $3, door_sub = p.pseudo, toelichting = NULL
         FROM unnest($1::uuid[], $2::text[]) AS p(id, pseudo)
        WHERE w.initiatief_id = p.id AND w.door_indiener`,
      [ids, pseudos, GEPSEUDONIMISEERDE_NAAM],
    );
    const bijgewerkt = await tx.query<unknown[]>(
      `UPDATE initiatief i SET indiener_sub = p.pseudo, indiener_naam = $3, indiener_email = NULL, gewijzigd_op = now()
         FROM unnest($1::uuid[], $2::text[]) AS p(id, pseudo)
        WHERE i.id = p.id RETURNING i.id`,
      [ids, pseudos, GEPSEUDONIMISEERDE_NAAM],
    );
    return aantal(bijgewerkt);
  }

  private async signalen(tx: EntityManager, rijen: Array<{ id: string; sub: string }>, sleutel: string): Promise<number> {
    if (rijen.length === 0) {
      return 0;
    }
    const ids = rijen.map((r) => r.id);
    await this.mailsOver(tx, ids);
    const bijgewerkt = await tx.query<unknown[]>(
      `UPDATE signaal s SET gemeld_door = p.pseudo, melder_email = NULL, omschrijving = $3,
              terugkoppeling = CASE WHEN s.terugkoppeling IS NULL THEN NULL ELSE $3 END
         FROM unnest($1::uuid[], $2::text[]) AS p(id, pseudo)
        WHERE s.id = p.id RETURNING s.id`,
      [ids, rijen.map((r) => pseudoniem(r.sub, sleutel)), VERWIJDERDE_TEKST],
    );
    return aantal(bijgewerkt);
  }

  private async aanmeldingen(
    tx: EntityManager,
    rijen: Array<{ id: string; sub: string | null }>,
    sleutel: string,
  ): Promise<number> {
    if (rijen.length === 0) {
      return 0;
    }
    const ids = rijen.map((r) => r.id);
    await this.mailsOver(tx, ids);
    const bijgewerkt = await tx.query<unknown[]>(
      `UPDATE aanmelding a SET naam = $3,
              email = 'gepseudonimiseerd-' || a.id || '@gepseudonimiseerd.invalid',
              email_sleutel = 'gepseudonimiseerd-' || a.id || '@gepseudonimiseerd.invalid',
              wensen = NULL, gebruiker_id = p.pseudo, gewijzigd_op = now()
         FROM unnest($1::uuid[], $2::text[]) AS p(id, pseudo)
        WHERE a.id = p.id RETURNING a.id`,
      [ids, rijen.map((r) => (r.sub === null ? null : pseudoniem(r.sub, sleutel))), GEPSEUDONIMISEERDE_NAAM],
    );
    return aantal(bijgewerkt);
  }

  /** Mails about these records (the outbox keeps the address and the text). */
  private async mailsOver(tx: EntityManager, referentieIds: string[]): Promise<number> {
    const r = await tx.query<unknown[]>(`${MAIL_UPDATE} WHERE referentie_id = ANY($1::uuid[]) RETURNING id`, [
      referentieIds,
      VERWIJDERDE_TEKST,
    ]);
    return aantal(r);
  }

  private async mailsAan(tx: EntityManager, emails: string[]): Promise<number> {
    if (emails.length === 0) {
      return 0;
    }
    const r = await tx.query<unknown[]>(`${MAIL_UPDATE} WHERE lower(trim(aan)) = ANY($1::text[]) RETURNING id`, [
      emails,
      VERWIJDERDE_TEKST,
    ]);
    return aantal(r);
  }
}

/** Mails still waiting are not sent any more: the address is gone. */
const MAIL_UPDATE = `UPDATE uitgaande_mail SET
    aan = 'gepseudonimiseerd-' || id || '@gepseudonimiseerd.invalid', tekst = $2,
    status = CASE WHEN status = 'WACHTEND' THEN 'MISLUKT' ELSE status END,
    laatste_fout = CASE WHEN status = 'WACHTEND' THEN 'Niet verzonden: ontvanger gepseudonimiseerd' ELSE laatste_fout END,
    gewijzigd_op = now()`;

/** Entries of a verschoningen list whose `persoon` is one of the names in $2 get the name in $3. */
const VERSCHONINGEN_ZONDER_NAMEN = `(
  SELECT COALESCE(jsonb_agg(CASE WHEN v->>'persoon' = ANY($2::text[]) THEN jsonb_set(v, '{persoon}', to_jsonb($3::text)) ELSE v END
                            ORDER BY nr), '[]'::jsonb)
    FROM jsonb_array_elements(verschoningen) WITH ORDINALITY AS x(v, nr))`;

function aantal(resultaat: unknown): number {
  // TypeORM returns [rows, count] for UPDATE … RETURNING on PostgreSQL.
  if (Array.isArray(resultaat) && resultaat.length === 2 && Array.isArray(resultaat[0]) && typeof resultaat[1] === 'number') {
    return resultaat[1];
  }
  return Array.isArray(resultaat) ? resultaat.length : 0;
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

