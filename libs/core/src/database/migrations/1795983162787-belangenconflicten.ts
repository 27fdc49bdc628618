import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Belangenconflicten1795983162787 implements MigrationInterface {
  name = 'Belangenconflicten1795983162787';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ambtsdrager" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "naam" text NOT NULL, "functie" text NOT NULL, "partij" text, "vanaf" date NOT NULL, "tot" date, "gebruiker_id" text, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_e0ac68cdd54d55abe994c7c48d" CHECK ("tot" IS NULL OR "tot" >= "vanaf"), CONSTRAINT "CHK_b5b31f4ef5f5e50211348595fe" CHECK ("functie" IN ('RAADSLID','WETHOUDER','BURGEMEESTER','COMMISSIELID')), CONSTRAINT "PK_826ea6628dcec7b5f98814d3ffd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cc59810d483f59628db782775f" ON "ambtsdrager" ("gebruiker_id") `);
    await queryRunner.query(
      `CREATE TABLE "nevenfunctie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ambtsdrager_id" uuid NOT NULL, "organisatie_id" uuid, "organisatie_naam" text NOT NULL, "functie" text NOT NULL, "bezoldigd" boolean NOT NULL, "vanaf" date NOT NULL, "tot" date, "gemeld_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_90ae0d26c8b1284c67750d8fbd" CHECK ("tot" IS NULL OR "tot" >= "vanaf"), CONSTRAINT "PK_96c308eb7ccd0f347ab720d3871" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ba55df05a19814d1e2c8c06ed2" ON "nevenfunctie" ("ambtsdrager_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_110c84070fac16278a35d60c0d" ON "nevenfunctie" ("organisatie_id") `);
    await queryRunner.query(
      `CREATE TABLE "belang_verklaring" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiatief_id" uuid NOT NULL, "gebruiker_id" text NOT NULL, "persoon" text NOT NULL, "toelichting" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_30da236e70f95b7f5ef172bdc40" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8f3980123fe5162e353128dc2f" ON "belang_verklaring" ("initiatief_id", "gebruiker_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "register_audit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "door" text NOT NULL, "actie" text NOT NULL, "entiteit" text NOT NULL, "entiteit_id" uuid NOT NULL, "details" jsonb NOT NULL, "op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_27b66425340476e91829eb25d4f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f594e94c2ea790f49317183cfe" ON "register_audit" ("entiteit", "entiteit_id") `);
    await queryRunner.query(
      `ALTER TABLE "nevenfunctie" ADD CONSTRAINT "FK_ba55df05a19814d1e2c8c06ed22" FOREIGN KEY ("ambtsdrager_id") REFERENCES "ambtsdrager"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nevenfunctie" ADD CONSTRAINT "FK_110c84070fac16278a35d60c0d2" FOREIGN KEY ("organisatie_id") REFERENCES "organisatie"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Hand-written: the audit trail is append-only (docs/domein.md, invariant 12), enforced by the database
    // itself, so neither the application nor a stray script can change or remove a record.
    await queryRunner.query(`CREATE FUNCTION "register_audit_alleen_toevoegen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'register_audit is alleen-toevoegen: % is niet toegestaan', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "register_audit_onveranderlijk" BEFORE UPDATE OR DELETE ON "register_audit" FOR EACH ROW EXECUTE FUNCTION "register_audit_alleen_toevoegen"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "register_audit_niet_legen" BEFORE TRUNCATE ON "register_audit" FOR EACH STATEMENT EXECUTE FUNCTION "register_audit_alleen_toevoegen"()`,
    );
    // Gemeentewet art. 12 / 41b: an ended side position gets a `tot` date; it is never deleted.
    await queryRunner.query(`CREATE FUNCTION "nevenfunctie_niet_verwijderen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'een nevenfunctie wordt nooit verwijderd; beeindig haar met een tot-datum' USING ERRCODE = 'insufficient_privilege';
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "nevenfunctie_geschiedenis_blijft" BEFORE DELETE ON "nevenfunctie" FOR EACH ROW EXECUTE FUNCTION "nevenfunctie_niet_verwijderen"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "nevenfunctie_niet_legen" BEFORE TRUNCATE ON "nevenfunctie" FOR EACH STATEMENT EXECUTE FUNCTION "nevenfunctie_niet_verwijderen"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "nevenfunctie_niet_legen" ON "nevenfunctie"`);
    await queryRunner.query(`DROP TRIGGER "nevenfunctie_geschiedenis_blijft" ON "nevenfunctie"`);
    await queryRunner.query(`DROP FUNCTION "nevenfunctie_niet_verwijderen"()`);
    await queryRunner.query(`DROP TRIGGER "register_audit_niet_legen" ON "register_audit"`);
    await queryRunner.query(`DROP TRIGGER "register_audit_onveranderlijk" ON "register_audit"`);
    await queryRunner.query(`DROP FUNCTION "register_audit_alleen_toevoegen"()`);
    await queryRunner.query(`ALTER TABLE "nevenfunctie" DROP CONSTRAINT "FK_110c84070fac16278a35d60c0d2"`);
    await queryRunner.query(`ALTER TABLE "nevenfunctie" DROP CONSTRAINT "FK_ba55df05a19814d1e2c8c06ed22"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f594e94c2ea790f49317183cfe"`);
    await queryRunner.query(`DROP TABLE "register_audit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8f3980123fe5162e353128dc2f"`);
    await queryRunner.query(`DROP TABLE "belang_verklaring"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_110c84070fac16278a35d60c0d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba55df05a19814d1e2c8c06ed2"`);
    await queryRunner.query(`DROP TABLE "nevenfunctie"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cc59810d483f59628db782775f"`);
    await queryRunner.query(`DROP TABLE "ambtsdrager"`);
  }
}
