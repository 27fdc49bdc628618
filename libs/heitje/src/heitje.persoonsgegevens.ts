import type { EntityManager } from 'typeorm';
import { aantalRijen, GEPSEUDONIMISEERDE_NAAM, type PersoonsgegevensHandler } from '@buurtwerk/core';

async function pseudonimiseer(tx: EntityManager, sub: string, pseudo: string): Promise<Record<string, number>> {
  // The wallet keeps its balance and ledger (nothing is created or lost); only the owner's id changes.
  const rekeningen = await tx.query<unknown[]>(
    `UPDATE heitje_rekening SET eigenaar = $2 WHERE soort = 'PORTEMONNEE' AND eigenaar = $1 RETURNING id`,
    [sub, pseudo],
  );
  const deelnames = await tx.query<unknown[]>(
    'UPDATE heitje_deelname SET bewoner = $2, naam = $3, notitie = NULL WHERE bewoner = $1 RETURNING id',
    [sub, pseudo, GEPSEUDONIMISEERDE_NAAM],
  );
  const codes = await tx.query<unknown[]>('UPDATE heitje_betaalcode SET bewoner = $2 WHERE bewoner = $1 RETURNING id', [
    sub,
    pseudo,
  ]);
  return {
    heitjeportemonnees: aantalRijen(rekeningen),
    heitjedeelnames: aantalRijen(deelnames),
    heitjebetaalcodes: aantalRijen(codes),
  };
}

/**
 * The personal data of 't Heerlens Heitje: a resident's wallet (by `sub`), their places on jobs
 * (name, the organisation's note) and their payment codes. Registered in core's
 * PersoonsgegevensRegister by HeitjeService.onModuleInit.
 */
export const heitjePersoonsgegevens: PersoonsgegevensHandler = {
  bibliotheek: 'heitje',
  volgorde: 56,
  kolommen: [
    { tabel: 'heitje_rekening', kolom: 'eigenaar', soort: 'sub' },
    { tabel: 'heitje_deelname', kolom: 'bewoner', soort: 'sub' },
    { tabel: 'heitje_deelname', kolom: 'naam', soort: 'naam' },
    { tabel: 'heitje_deelname', kolom: 'notitie', soort: 'vrije-tekst' },
    { tabel: 'heitje_betaalcode', kolom: 'bewoner', soort: 'sub' },
  ],

  async exporteer(m, sub) {
    const portemonnee = await m.query<Array<{ rij: unknown }>>(
      `SELECT jsonb_build_object('saldo', r.saldo, 'mutaties', COALESCE((
                SELECT jsonb_agg(jsonb_build_object('op', t.op, 'soort', t.soort, 'omschrijving', t.omschrijving, 'bedrag', b.bedrag) ORDER BY t.op, t.id)
                  FROM heitje_boeking b JOIN heitje_transactie t ON t.id = b.transactie_id WHERE b.rekening_id = r.id), '[]'::jsonb)) AS rij
         FROM heitje_rekening r WHERE r.soort = 'PORTEMONNEE' AND r.eigenaar = $1`,
      [sub],
    );
    const deelnames = await m.query<Array<{ rij: unknown }>>(
      `SELECT to_jsonb(d) || jsonb_build_object('klus', k.titel) AS rij FROM heitje_deelname d JOIN heitje_klus k ON k.id = d.klus_id
        WHERE d.bewoner = $1 ORDER BY d.geclaimd_op, d.id`,
      [sub],
    );
    return { heitjeportemonnee: portemonnee.map((r) => r.rij), heitjedeelnames: deelnames.map((r) => r.rij) };
  },

  async pseudonimiseer(tx, p) {
    return { telling: await pseudonimiseer(tx, p.sub, p.pseudo) };
  },
};
