import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fout, type Gebruiker, geverifieerdeEmail } from '@buurtwerk/core';
import { naarCamelCase } from './privacy.rules';

/** At most this many audit records in an export or an auditLog answer (the newest). */
const MAX_AUDIT = 5000;

export interface AuditRegel {
  id: string;
  op: Date;
  door: string;
  rollen: string[];
  operatie: string;
  entiteit: string | null;
  entiteitId: string | null;
  client: string | null;
  details: Record<string, unknown>;
}

/**
 * AVG art. 15 and 20: everything stored about the caller, as JSON. Read with raw SQL over the
 * other libraries' tables (see persoonsgegevens.ts), by `sub` and, for records made without an
 * account (meeting sign-ups, mails), by the e-mail address in the caller's token when the token
 * says the provider verified it (`email_verified: true`). A sign-up of another account never
 * matches by address.
 */
@Injectable()
export class MijnGegevensService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(gebruiker: Gebruiker): Promise<Record<string, unknown>> {
    const sub = gebruiker.sub;
    // Records made without an account are found only by an address the identity provider verified.
    const email = geverifieerdeEmail(gebruiker);
    const q = async (sql: string, params: unknown[]): Promise<unknown[]> =>
      (await this.dataSource.query<Array<{ rij: unknown }>>(sql, params)).map((r) => naarCamelCase(r.rij));
    const [
      initiatieven,
      signalen,
      aanmeldingen,
      belangverklaringen,
      stembiljetten,
      panellidmaatschappen,
      panelstemmen,
      mails,
      auditregels,
      registerAudit,
    ] = await Promise.all([
      q(
        `SELECT to_jsonb(i) || jsonb_build_object(
                  'aanvragen', COALESCE((SELECT jsonb_agg(to_jsonb(o) ORDER BY o.volgnummer)
                                           FROM ondersteuningsaanvraag o WHERE o.initiatief_id = i.id), '[]'::jsonb),
                  'statuswijzigingen', COALESCE((SELECT jsonb_agg(to_jsonb(w) ORDER BY w.op, w.id)
                                                   FROM initiatief_statuswijziging w WHERE w.initiatief_id = i.id), '[]'::jsonb)
                ) AS rij
           FROM initiatief i WHERE i.indiener_sub = $1 ORDER BY i.aangemaakt_op, i.id`,
        [sub],
      ),
      q('SELECT to_jsonb(s) AS rij FROM signaal s WHERE s.gemeld_door = $1 ORDER BY s.gemeld_op, s.id', [sub]),
      q(
        `SELECT (to_jsonb(a) - 'afmeldcode_hash' - 'email_sleutel')
                  || jsonb_build_object('bijeenkomst', jsonb_build_object('titel', b.titel, 'begin', b.begin, 'locatie', b.locatie)) AS rij
           FROM aanmelding a JOIN netwerkbijeenkomst b ON b.id = a.bijeenkomst_id
          WHERE a.gebruiker_id = $1 OR ($2::text IS NOT NULL AND a.gebruiker_id IS NULL AND a.email_sleutel = $2)
          ORDER BY a.aangemaakt_op, a.id`,
        [sub, email],
      ),
      q('SELECT to_jsonb(v) AS rij FROM belang_verklaring v WHERE v.gebruiker_id = $1 ORDER BY v.aangemaakt_op, v.id', [sub]),
      // Online ballots are stored under sha256("burgerbegroting:<ronde>:<sub>") (libs/burgerbegroting):
      // only the voter can find their own, and so only they see their choices.
      q(
        `SELECT to_jsonb(s) - 'stemmer' || jsonb_build_object(
                  'ronde', r.naam,
                  'projecten', COALESCE((SELECT jsonb_agg(jsonb_build_object('titel', p.titel, 'code', p.code, 'punten', (s.keuze->>p.id::text)::numeric)
                                                           ORDER BY p.code)
                                           FROM begrotingsproject p WHERE p.ronde_id = s.ronde_id AND s.keuze ? p.id::text), '[]'::jsonb)) AS rij
           FROM begrotingsstembiljet s JOIN begrotingsronde r ON r.id = s.ronde_id
          WHERE s.kanaal = 'ONLINE'
            AND s.stemmer = encode(sha256(convert_to('burgerbegroting:' || s.ronde_id::text || ':' || $1, 'UTF8')), 'hex')
          ORDER BY s.aangemaakt_op, s.id`,
        [sub],
      ),
      q(
        `SELECT jsonb_build_object('panel', p.naam, 'panelId', p.id) AS rij
           FROM buurtpanel_lid l JOIN buurtpanel p ON p.id = l.panel_id WHERE l.gebruiker_id = $1 ORDER BY p.naam`,
        [sub],
      ),
      q('SELECT to_jsonb(s) AS rij FROM panelstem s WHERE s.gebruiker_id = $1 ORDER BY s.uitgebracht_op', [sub]),
      q(
        `SELECT (to_jsonb(m) - 'laatste_fout') AS rij FROM uitgaande_mail m
          WHERE $1::text IS NOT NULL AND lower(trim(m.aan)) = $1 ORDER BY m.aangemaakt_op, m.id`,
        [email],
      ),
      q(`SELECT to_jsonb(a) AS rij FROM audit_log a WHERE a.door = $1 ORDER BY a.id DESC LIMIT ${MAX_AUDIT}`, [sub]),
      q(`SELECT to_jsonb(a) AS rij FROM register_audit a WHERE a.door = $1 ORDER BY a.op DESC LIMIT ${MAX_AUDIT}`, [sub]),
    ]);
    return {
      uitleg:
        'Alle gegevens die Buurtwerk over u bewaart (AVG art. 15 en 20): gevonden op uw inlog-id en, ' +
        'voor aanmeldingen en e-mails zonder account, op het e-mailadres van uw inlog als de inlogdienst dat heeft bevestigd.',
      gemaaktOp: new Date().toISOString(),
      gebruiker: { sub, naam: gebruiker.naam, email: gebruiker.email, rollen: gebruiker.rollen, buurtcode: gebruiker.buurtcode },
      initiatieven,
      signalen,
      aanmeldingen,
      belangverklaringen,
      stembiljetten,
      panellidmaatschappen,
      panelstemmen,
      mails,
      auditregels: [...auditregels].reverse(),
      registerAudit: [...registerAudit].reverse(),
    };
  }

  /** The audit trail of one entity (who, what, when, from which client), oldest first. */
  async auditLog(entiteit: string, entiteitId: string): Promise<AuditRegel[]> {
    const type = entiteit.trim();
    if (!/^[A-Za-z][A-Za-z0-9]{0,80}$/.test(type)) {
      throw fout.veld('entiteit', 'is geen geldig type (bijvoorbeeld Initiatief).');
    }
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        op: Date;
        door: string;
        rollen: string[];
        operatie: string;
        entiteit: string | null;
        entiteit_id: string | null;
        client: string | null;
        details: Record<string, unknown>;
      }>
    >(
      `SELECT * FROM (SELECT id, op, door, rollen, operatie, entiteit, entiteit_id, client, details FROM audit_log
                        WHERE entiteit = $1 AND entiteit_id = $2 ORDER BY id DESC LIMIT ${MAX_AUDIT}) t ORDER BY id`,
      [type, entiteitId],
    );
    return rows.map((r) => ({
      id: String(r.id),
      op: r.op,
      door: r.door,
      rollen: r.rollen,
      operatie: r.operatie,
      entiteit: r.entiteit,
      entiteitId: r.entiteit_id,
      client: r.client,
      details: r.details,
    }));
  }
}
