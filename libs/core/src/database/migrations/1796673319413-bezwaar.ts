import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Bezwaar1796673319413 implements MigrationInterface {
  name = 'Bezwaar1796673319413';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "bezwaar" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "referentie" text NOT NULL, "initiatief_id" uuid NOT NULL, "besluit_id" uuid NOT NULL, "besluit_soort" text NOT NULL, "besluit_genomen_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "besluit_bekendgemaakt_op" date, "besluit_genomen_door_sub" text, "hoedanigheid" text NOT NULL, "indiener_sub" text NOT NULL, "indiener_naam" text NOT NULL, "indiener_adres" text NOT NULL, "indiener_email" text, "belang" text, "gronden" text NOT NULL, "ingediend_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ingediend_datum" date NOT NULL, "bezwaartermijn_einde" date NOT NULL, "tijdig" boolean NOT NULL, "termijnoverschrijding_verschoonbaar" boolean, "termijnoverschrijding_motivering" text, "status" text NOT NULL, "behandeld_door" text, "behandeld_door_sub" text, "hoorzitting_op" TIMESTAMP(3) WITH TIME ZONE, "hoorzitting_plaats" text, "hoorzitting_afgezien_grond" text, "hoorzitting_afgezien_motivering" text, "adviescommissie" boolean NOT NULL DEFAULT false, "beslissen_uiterlijk" date NOT NULL, "verdaging_weken" integer NOT NULL DEFAULT '0', "verdaging_motivering" text, "verdaagd_op" TIMESTAMP(3) WITH TIME ZONE, "beslissing" text, "beslissing_motivering" text, "beslist_op" TIMESTAMP(3) WITH TIME ZONE, "beslist_door" text, "beslist_door_sub" text, "herziening" jsonb, "beroep_mogelijk_tot" date, "brief" text, "ingetrokken_op" TIMESTAMP(3) WITH TIME ZONE, "intrekking_toelichting" text, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_bezwaar_verdaging" CHECK ("verdaging_weken" BETWEEN 0 AND 6), CONSTRAINT "PK_f4c584c5dabfb2df608f3d6c994" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_923eb911eb79c8c6fa613cc9af" ON "bezwaar" ("referentie") `);
    await queryRunner.query(`CREATE INDEX "IDX_3c6e71a929c8061531466c798a" ON "bezwaar" ("initiatief_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_baeb9923caa86c896f4124eaa2" ON "bezwaar" ("besluit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8707e9af4b284026354877835e" ON "bezwaar" ("indiener_sub") `);
    await queryRunner.query(`CREATE INDEX "IDX_8f4e601db785d42ecde9b7af7b" ON "bezwaar" ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_8db00f1a7139e04956bc327395" ON "bezwaar" ("beslissen_uiterlijk", "id") `);
    await queryRunner.query(
      `CREATE TABLE "bezwaar_referentieteller" ("jaar" integer NOT NULL, "laatste" integer NOT NULL, CONSTRAINT "PK_cadc286e79fb0ba2399b02eae83" PRIMARY KEY ("jaar"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "bezwaar_referentieteller"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8db00f1a7139e04956bc327395"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8f4e601db785d42ecde9b7af7b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8707e9af4b284026354877835e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_baeb9923caa86c896f4124eaa2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3c6e71a929c8061531466c798a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_923eb911eb79c8c6fa613cc9af"`);
    await queryRunner.query(`DROP TABLE "bezwaar"`);
  }
}
