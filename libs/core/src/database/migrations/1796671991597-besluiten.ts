import type { MigrationInterface, QueryRunner } from 'typeorm';

const ORGAAN = 'het college van burgemeester en wethouders van Heerlen';
const MANDAAT =
  ', namens het college van burgemeester en wethouders van Heerlen, op grond van de Mandaat- en volmachtregeling gemeente Heerlen';

/** The amounts per request of an initiative, as `besluit.regels` holds them (`kolom`: toegekend or vastgesteld). */
const regels = (kolom: string) => `COALESCE((SELECT jsonb_agg(jsonb_build_object(
    'aanvraagId', o.id, 'instrumentId', o.instrument_id, 'regelingId', o.regeling_id,
    'gevraagd', o.gevraagd_bedrag, 'bedrag', o.${kolom}) ORDER BY o.volgnummer)
  FROM ondersteuningsaanvraag o WHERE o.initiatief_id = i.id), '[]'::jsonb)`;
const totaal = (kolom: string) =>
  `(SELECT sum(o.${kolom}) FROM ondersteuningsaanvraag o WHERE o.initiatief_id = i.id AND o.${kolom} IS NOT NULL)`;

export class Besluiten1796671991597 implements MigrationInterface {
  name = 'Besluiten1796671991597';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "besluit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiatief_id" uuid NOT NULL, "soort" text NOT NULL, "betreft_besluit_id" uuid, "bedrag" bigint, "regels" jsonb NOT NULL DEFAULT '[]', "motivering" text NOT NULL, "gegevens" jsonb NOT NULL DEFAULT '{}', "genomen_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "genomen_door" text NOT NULL, "genomen_door_sub" text NOT NULL, "orgaan" text NOT NULL, "mandaat" text, "bekendgemaakt_op" TIMESTAMP(3) WITH TIME ZONE, "bezwaar_mogelijk_tot" date, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d492072e718183bd78d6609d534" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7ef986363249d741bf27be81e7" ON "besluit" ("betreft_besluit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_83abb080d0c154bfc679534b5d" ON "besluit" ("initiatief_id", "genomen_op") `);
    await queryRunner.query(
      `ALTER TABLE "besluit" ADD CONSTRAINT "FK_70535f7a61caf19a41a67c413f7" FOREIGN KEY ("initiatief_id") REFERENCES "initiatief"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Decisions taken before this table: one row each. They were shown as made known on the day of
    // the decision (the portal counted the objection term from it), so that is what they record.
    await queryRunner.query(
      `INSERT INTO "besluit" ("initiatief_id", "soort", "bedrag", "regels", "motivering", "genomen_op", "genomen_door",
                              "genomen_door_sub", "orgaan", "mandaat", "bekendgemaakt_op", "bezwaar_mogelijk_tot")
       SELECT i.id,
              CASE WHEN i.besluit_uitkomst = 'AFGEWEZEN' THEN 'AFWIJZING'
                   WHEN EXISTS (SELECT 1 FROM ondersteuningsaanvraag o WHERE o.initiatief_id = i.id
                                  AND o.gevraagd_bedrag IS NOT NULL AND COALESCE(o.toegekend_bedrag, 0) < o.gevraagd_bedrag)
                   THEN 'GEDEELTELIJKE_TOEKENNING' ELSE 'TOEKENNING' END,
              CASE WHEN i.besluit_uitkomst = 'AFGEWEZEN' THEN NULL ELSE ${totaal('toegekend_bedrag')} END,
              ${regels('toegekend_bedrag')}, COALESCE(i.besluit_motivering, ''), i.besluit_genomen_op,
              COALESCE(i.besluit_genomen_door, ''), COALESCE(i.besluit_genomen_door_sub, ''), $1,
              COALESCE(i.besluit_genomen_door, '') || $2, i.besluit_genomen_op, i.bezwaar_mogelijk_tot
         FROM "initiatief" i WHERE i.besluit_uitkomst IS NOT NULL AND i.besluit_genomen_op IS NOT NULL`,
      [ORGAAN, MANDAAT],
    );
    await queryRunner.query(
      `INSERT INTO "besluit" ("initiatief_id", "soort", "bedrag", "regels", "motivering", "gegevens", "genomen_op", "genomen_door",
                              "genomen_door_sub", "orgaan", "mandaat", "bekendgemaakt_op")
       SELECT i.id, 'VASTSTELLING', ${totaal('vastgesteld_bedrag')}, ${regels('vastgesteld_bedrag')},
              COALESCE(i.vaststelling_toelichting, ''), jsonb_build_object('grond', i.vaststelling_grond), w.op, w.door, w.door_sub,
              $1, w.door || $2, w.op
         FROM "initiatief" i
         JOIN LATERAL (SELECT op, door, door_sub FROM initiatief_statuswijziging s
                        WHERE s.initiatief_id = i.id AND s.naar = 'VASTGESTELD' ORDER BY s.op DESC LIMIT 1) w ON true
        WHERE i.status = 'VASTGESTELD'`,
      [ORGAAN, MANDAAT],
    );
    // A decision is never changed (Archiefwet; docs/domein.md, "Besluiten"): only its making known
    // is recorded, once. Everything else is refused here, whoever writes.
    await queryRunner.query(`
      CREATE FUNCTION besluit_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (to_jsonb(NEW) - 'bekendgemaakt_op' - 'bezwaar_mogelijk_tot') IS DISTINCT FROM (to_jsonb(OLD) - 'bekendgemaakt_op' - 'bezwaar_mogelijk_tot')
           OR (OLD.bekendgemaakt_op IS NOT NULL AND NEW.bekendgemaakt_op IS DISTINCT FROM OLD.bekendgemaakt_op)
           OR (OLD.bezwaar_mogelijk_tot IS NOT NULL AND NEW.bezwaar_mogelijk_tot IS DISTINCT FROM OLD.bezwaar_mogelijk_tot) THEN
          RAISE EXCEPTION 'Een besluit wordt niet gewijzigd; alleen de bekendmaking wordt eenmaal vastgelegd (besluit %)', OLD.id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER besluit_onveranderlijk BEFORE UPDATE ON "besluit" FOR EACH ROW EXECUTE FUNCTION besluit_onveranderlijk()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER besluit_onveranderlijk ON "besluit"`);
    await queryRunner.query(`DROP FUNCTION besluit_onveranderlijk()`);
    await queryRunner.query(`ALTER TABLE "besluit" DROP CONSTRAINT "FK_70535f7a61caf19a41a67c413f7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_83abb080d0c154bfc679534b5d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7ef986363249d741bf27be81e7"`);
    await queryRunner.query(`DROP TABLE "besluit"`);
  }
}
