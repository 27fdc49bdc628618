import type { EntityManager } from 'typeorm';
import { aantalRijen, type PersoonsgegevensHandler, VERWIJDERDE_TEKST } from '../persoonsgegevens/persoonsgegevens-register';

/** Attachments (a letter with the person's name) go with the mail's text; the letter itself stays in the file. */
async function bijlagenVerwijderen(tx: EntityManager, resultaat: unknown): Promise<void> {
  const rijen = (Array.isArray(resultaat) && Array.isArray(resultaat[0]) ? resultaat[0] : resultaat) as Array<{ id: string }>;
  if (rijen.length > 0) {
    await tx.query('DELETE FROM uitgaande_mail_bijlage WHERE mail_id = ANY($1::uuid[])', [rijen.map((x) => x.id)]);
  }
}

/** Mails still waiting are not sent any more: the address is gone. */
const MAIL_UPDATE = `UPDATE uitgaande_mail SET
    aan = 'gepseudonimiseerd-' || id || '@gepseudonimiseerd.invalid', tekst = $2, html = NULL,
    status = CASE WHEN status = 'WACHTEND' THEN 'MISLUKT' ELSE status END,
    laatste_fout = CASE WHEN status = 'WACHTEND' THEN 'Niet verzonden: ontvanger gepseudonimiseerd' ELSE laatste_fout END,
    gewijzigd_op = now()`;

/**
 * Pseudonymises the mails in the outbox about these records (sign-ups, signals: the outbox keeps
 * the address and the text), in the caller's transaction. For every library that queues mail
 * about a record it pseudonymises.
 */
export async function mailsPseudonimiserenOver(tx: EntityManager, referentieIds: readonly string[]): Promise<number> {
  if (referentieIds.length === 0) {
    return 0;
  }
  const r = await tx.query<unknown[]>(`${MAIL_UPDATE} WHERE referentie_id = ANY($1::uuid[]) RETURNING id`, [
    [...referentieIds],
    VERWIJDERDE_TEKST,
  ]);
  await bijlagenVerwijderen(tx, r);
  return aantalRijen(r);
}

/**
 * The outbox holds addresses and texts of every library's mails. Matched only by the address the
 * identity provider verified. Runs after the libraries (volgorde 90), which pseudonymise the mails
 * about their own records first through `mailsPseudonimiserenOver`.
 */
export const uitgaandeMailPersoonsgegevens: PersoonsgegevensHandler = {
  bibliotheek: 'core',
  volgorde: 90,
  kolommen: [
    { tabel: 'uitgaande_mail', kolom: 'aan', soort: 'email' },
    { tabel: 'uitgaande_mail', kolom: 'tekst', soort: 'vrije-tekst' },
    { tabel: 'uitgaande_mail', kolom: 'html', soort: 'vrije-tekst' },
  ],

  async exporteer(m, _sub, email) {
    const mails = await m.query<Array<{ rij: unknown }>>(
      `SELECT (to_jsonb(m) - 'laatste_fout' - 'html') AS rij FROM uitgaande_mail m
        WHERE $1::text IS NOT NULL AND lower(trim(m.aan)) = $1 ORDER BY m.aangemaakt_op, m.id`,
      [email],
    );
    return { mails: mails.map((r) => r.rij) };
  },

  async pseudonimiseer(tx, p) {
    if (p.email === null) {
      return { telling: { mails: 0 }, records: {} };
    }
    const r = await tx.query<unknown[]>(`${MAIL_UPDATE} WHERE lower(trim(aan)) = ANY($1::text[]) RETURNING id`, [
      [p.email],
      VERWIJDERDE_TEKST,
    ]);
    await bijlagenVerwijderen(tx, r);
    return { telling: { mails: aantalRijen(r) }, records: {} };
  },
};
