import type { DataSource, EntityManager } from 'typeorm';

/** One record for the audit trail (`audit_log`, core's table). */
export interface AuditInvoer {
  door: string;
  rollen: string[];
  operatie: string;
  entiteit: string | null;
  entiteitId: string | null;
  details: Record<string, unknown>;
}

/**
 * Appends records to the audit trail in the caller's transaction, in one statement. Every library
 * writes its own audit records through here; the trail is append-only (its trigger refuses any
 * change).
 */
export async function schrijfAudit(tx: EntityManager | DataSource, regels: AuditInvoer[], client: string | null): Promise<void> {
  if (regels.length === 0) {
    return;
  }
  await tx.query(
    `INSERT INTO audit_log (door, rollen, operatie, entiteit, entiteit_id, client, details)
     SELECT r.door, ARRAY(SELECT jsonb_array_elements_text(r.rollen)), r.operatie, r.entiteit, r.entiteit_id, $2, r.details
       FROM jsonb_to_recordset($1::jsonb) AS r(door text, rollen jsonb, operatie text, entiteit text, entiteit_id text, details jsonb)`,
    [
      JSON.stringify(
        regels.map((r) => ({
          door: r.door,
          rollen: r.rollen,
          operatie: r.operatie,
          entiteit: r.entiteit,
          entiteit_id: r.entiteitId,
          details: r.details,
        })),
      ),
      client,
    ],
  );
}

/** A record of the audit trail as read back. */
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

/** The newest `max` records made by this `sub`, raw rows (snake_case), oldest first (for an export). */
export async function auditRegelsDoor(m: EntityManager | DataSource, sub: string, max: number): Promise<unknown[]> {
  const rijen = await m.query<Array<{ rij: unknown }>>(
    'SELECT to_jsonb(a) AS rij FROM audit_log a WHERE a.door = $1 ORDER BY a.id DESC LIMIT $2',
    [sub, max],
  );
  return rijen.map((r) => r.rij).reverse();
}

/** The newest `max` records of one entity, oldest first. */
export async function auditRegelsVan(
  m: EntityManager | DataSource,
  entiteit: string,
  entiteitId: string,
  max: number,
): Promise<AuditRegel[]> {
  const rows = await m.query<
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
                      WHERE entiteit = $1 AND entiteit_id = $2 ORDER BY id DESC LIMIT $3) t ORDER BY id`,
    [entiteit, entiteitId, max],
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
