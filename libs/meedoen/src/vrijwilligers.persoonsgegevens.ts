import type { EntityManager } from 'typeorm';
import { aantalRijen, GEPSEUDONIMISEERDE_NAAM, mailsPseudonimiserenOver, type PersoonsgegevensHandler } from '@buurtwerk/core';

async function aanmeldingenPseudonimiseren(
  tx: EntityManager,
  rijen: Array<{ id: string; sub: string }>,
  pseudoniem: (sub: string) => string,
): Promise<number> {
  if (rijen.length === 0) {
    return 0;
  }
  const ids = rijen.map((r) => r.id);
  await mailsPseudonimiserenOver(tx, ids);
  const bijgewerkt = await tx.query<unknown[]>(
    `UPDATE vrijwilligersaanmelding a SET naam = $3,
            email = 'gepseudonimiseerd-' || a.id || '@gepseudonimiseerd.invalid', email_geverifieerd = false,
            telefoon = NULL, toelichting = NULL, gebruiker_id = p.pseudo, gewijzigd_op = now()
       FROM unnest($1::uuid[], $2::text[]) AS p(id, pseudo)
      WHERE a.id = p.id RETURNING a.id`,
    [ids, rijen.map((r) => pseudoniem(r.sub)), GEPSEUDONIMISEERDE_NAAM],
  );
  return aantalRijen(bijgewerkt);
}

/**
 * The personal data of volunteering: sign-ups (name, contact, note), the volunteer profile, and
 * who posted a request (an initiator is a resident). Registered in core's PersoonsgegevensRegister
 * by VrijwilligersService.onModuleInit. Runs before the outbox handler (volgorde 90), which then
 * finds the mails by the verified address.
 */
export const vrijwilligersPersoonsgegevens: PersoonsgegevensHandler = {
  bibliotheek: 'meedoen',
  volgorde: 35,
  kolommen: [
    { tabel: 'vrijwilligersaanmelding', kolom: 'naam', soort: 'naam' },
    { tabel: 'vrijwilligersaanmelding', kolom: 'email', soort: 'email' },
    { tabel: 'vrijwilligersaanmelding', kolom: 'telefoon', soort: 'vrije-tekst' },
    { tabel: 'vrijwilligersaanmelding', kolom: 'toelichting', soort: 'vrije-tekst' },
    { tabel: 'vrijwilligersaanmelding', kolom: 'gebruiker_id', soort: 'sub' },
    { tabel: 'vrijwilligersprofiel', kolom: 'gebruiker_id', soort: 'sub' },
    { tabel: 'vrijwilligersprofiel', kolom: 'email', soort: 'email' },
    { tabel: 'vrijwilligersverzoek', kolom: 'geplaatst_door', soort: 'sub' },
    { tabel: 'bijlage', kolom: 'geupload_door', soort: 'sub' },
    { tabel: 'bijlage', kolom: 'bestandsnaam', soort: 'vrije-tekst' },
    { tabel: 'ideeverhaal', kolom: 'gepubliceerd_door', soort: 'sub' },
    { tabel: 'buurtvolger', kolom: 'email', soort: 'email' },
    { tabel: 'buurtvolger', kolom: 'gebruiker_id', soort: 'sub' },
    { tabel: 'samenwerkingsverzoek', kolom: 'gevraagd_door', soort: 'sub' },
    { tabel: 'samenwerkingsverzoek', kolom: 'bericht', soort: 'vrije-tekst' },
    { tabel: 'samenwerkingsverzoek', kolom: 'beantwoord_door', soort: 'sub' },
    { tabel: 'samenwerkingsverzoek', kolom: 'antwoord', soort: 'vrije-tekst' },
  ],

  async exporteer(m, sub, geverifieerdeEmail) {
    // One after the other: the export runs every library's handler side by side on the pool already.
    const aanmeldingen = await m.query<Array<{ rij: unknown }>>(
      `SELECT to_jsonb(a) || jsonb_build_object('verzoek', jsonb_build_object('titel', v.titel, 'begin', v.begin, 'locatie', v.locatie)) AS rij
           FROM vrijwilligersaanmelding a JOIN vrijwilligersverzoek v ON v.id = a.verzoek_id
          WHERE a.gebruiker_id = $1 ORDER BY a.aangemaakt_op, a.id`,
      [sub],
    );
    const profiel = await m.query<Array<{ rij: unknown }>>(
      `SELECT to_jsonb(p) AS rij FROM vrijwilligersprofiel p WHERE p.gebruiker_id = $1`,
      [sub],
    );
    const verzoeken = await m.query<Array<{ rij: unknown }>>(
      `SELECT to_jsonb(v) - 'matches_gemaild_op' AS rij FROM vrijwilligersverzoek v WHERE v.geplaatst_door = $1 ORDER BY v.aangemaakt_op, v.id`,
      [sub],
    );
    const bijlagen = await m.query<Array<{ rij: unknown }>>(
      'SELECT to_jsonb(b) AS rij FROM bijlage b WHERE b.geupload_door = $1 ORDER BY b.aangemaakt_op, b.id',
      [sub],
    );
    const ideeverhalen = await m.query<Array<{ rij: unknown }>>(
      'SELECT to_jsonb(v) AS rij FROM ideeverhaal v WHERE v.gepubliceerd_door = $1 ORDER BY v.aangemaakt_op, v.id',
      [sub],
    );
    // Following by e-mail only counts as theirs when the identity provider verified that address.
    const buurtvolgers = await m.query<Array<{ rij: unknown }>>(
      `SELECT to_jsonb(b) - 'bevestigcode' - 'afmeldcode' AS rij FROM buurtvolger b
        WHERE b.gebruiker_id = $1 OR ($2::text IS NOT NULL AND b.email = $2) ORDER BY b.aangemaakt_op, b.id`,
      [sub, geverifieerdeEmail],
    );
    const samenwerkingsverzoeken = await m.query<Array<{ rij: unknown }>>(
      `SELECT to_jsonb(s) AS rij FROM samenwerkingsverzoek s WHERE s.gevraagd_door = $1 OR s.beantwoord_door = $1
        ORDER BY s.aangemaakt_op, s.id`,
      [sub],
    );
    return {
      bijlagen: bijlagen.map((r) => r.rij),
      buurtvolgers: buurtvolgers.map((r) => r.rij),
      ideeverhalen: ideeverhalen.map((r) => r.rij),
      samenwerkingsverzoeken: samenwerkingsverzoeken.map((r) => r.rij),
      vrijwilligersaanmeldingen: aanmeldingen.map((r) => r.rij),
      vrijwilligersprofiel: profiel.map((r) => r.rij),
      vrijwilligersverzoeken: verzoeken.map((r) => r.rij),
    };
  },

  async pseudonimiseer(tx, p) {
    const rijen = await tx.query<Array<{ id: string; sub: string }>>(
      `SELECT id, gebruiker_id AS sub FROM vrijwilligersaanmelding WHERE gebruiker_id = $1`,
      [p.sub],
    );
    const aanmeldingen = await aanmeldingenPseudonimiseren(tx, rijen, p.pseudoniem);
    // The profile serves only its owner: it goes altogether.
    const profielen = aantalRijen(
      await tx.query<unknown[]>('DELETE FROM vrijwilligersprofiel WHERE gebruiker_id = $1 RETURNING gebruiker_id', [p.sub]),
    );
    const verzoeken = await tx.query<Array<{ id: string }>>(
      'UPDATE vrijwilligersverzoek SET geplaatst_door = $2 WHERE geplaatst_door = $1 RETURNING id',
      [p.sub, p.pseudo],
    );
    // Attachments stay with their record (part of the file); who uploaded them, and a name that may hold theirs, do not.
    const bijlagen = await tx.query<Array<{ id: string }>>(
      `UPDATE bijlage SET geupload_door = $2, bestandsnaam = 'bijlage' || COALESCE(substring(bestandsnaam from '[.][a-z]+$'), '')
        WHERE geupload_door = $1 RETURNING id`,
      [p.sub, p.pseudo],
    );
    // Stories stay public (they say nothing of the applicant); who published them does not stay.
    const verhalen = await tx.query<Array<{ id: string }>>(
      'UPDATE ideeverhaal SET gepubliceerd_door = $2 WHERE gepubliceerd_door = $1 RETURNING id',
      [p.sub, p.pseudo],
    );
    // Following a buurt serves only the follower: it goes altogether.
    const volgers = await tx.query<unknown[]>(
      'DELETE FROM buurtvolger WHERE gebruiker_id = $1 OR ($2::text IS NOT NULL AND email = $2) RETURNING id',
      [p.sub, p.email],
    );
    // Cooperation requests stay with the initiatives; who wrote them and what they wrote do not.
    const samenwerking = await tx.query<Array<{ id: string }>>(
      `UPDATE samenwerkingsverzoek SET
         bericht = CASE WHEN gevraagd_door = $1 THEN '(verwijderd)' ELSE bericht END,
         gevraagd_door = CASE WHEN gevraagd_door = $1 THEN $2 ELSE gevraagd_door END,
         antwoord = CASE WHEN beantwoord_door = $1 AND antwoord IS NOT NULL THEN '(verwijderd)' ELSE antwoord END,
         beantwoord_door = CASE WHEN beantwoord_door = $1 THEN $2 ELSE beantwoord_door END,
         gewijzigd_op = now()
        WHERE gevraagd_door = $1 OR beantwoord_door = $1 RETURNING id`,
      [p.sub, p.pseudo],
    );
    return {
      telling: {
        bijlagen: aantalRijen(bijlagen),
        buurtvolgers: aantalRijen(volgers),
        ideeverhalen: aantalRijen(verhalen),
        samenwerkingsverzoeken: aantalRijen(samenwerking),
        vrijwilligersaanmeldingen: aanmeldingen,
        vrijwilligersprofielen: profielen,
        vrijwilligersverzoeken: aantalRijen(verzoeken),
      },
      records: { Vrijwilligersaanmelding: rijen.map((r) => r.id) },
    };
  },

  bewaartermijnen: [
    {
      // One year (default) after the volunteer work ended: enough for thanks and follow-up.
      soort: 'vrijwilligersaanmeldingen',
      telling: 'vrijwilligersaanmeldingen',
      type: 'Vrijwilligersaanmelding',
      async pasToe(tx, grens, max, pseudoniem) {
        const rijen = await tx.query<Array<{ id: string; sub: string }>>(
          `SELECT a.id, a.gebruiker_id AS sub FROM vrijwilligersaanmelding a JOIN vrijwilligersverzoek v ON v.id = a.verzoek_id
            WHERE COALESCE(v.eind, v.begin) < $1 AND NOT a.email LIKE '%@gepseudonimiseerd.invalid' ORDER BY a.id LIMIT $2`,
          [grens, max],
        );
        await aanmeldingenPseudonimiseren(tx, rijen, pseudoniem);
        return rijen.map((r) => r.id);
      },
    },
  ],
};
