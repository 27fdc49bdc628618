import type { PersoonsgegevensHandler } from '@buurtwerk/core';

/**
 * The personal data in the citizen-budget library's tables. Online ballots are stored under
 * sha256("burgerbegroting:<ronde>:<sub>") (ballot secrecy): only the voter can find their own, so
 * only they see their choices in the export; pseudonymisation keeps the hash (see README).
 * Registered in core's PersoonsgegevensRegister by BegrotingService.onModuleInit.
 */
export const begrotingPersoonsgegevens: PersoonsgegevensHandler = {
  bibliotheek: 'burgerbegroting',
  volgorde: 50,
  kolommen: [{ tabel: 'begrotingsstembiljet', kolom: 'stemmer', soort: 'stemmer-hash' }],

  async exporteer(m, sub) {
    const rijen = await m.query<Array<{ rij: unknown }>>(
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
    );
    return { stembiljetten: rijen.map((r) => r.rij) };
  },

  pseudonimiseer() {
    return Promise.resolve({ telling: {} });
  },
};
