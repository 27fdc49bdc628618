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
