import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SubsidieregelsInitiatieven1795983514231 implements MigrationInterface {
  name = 'SubsidieregelsInitiatieven1795983514231';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "initiatief" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "referentie" text, "titel" text NOT NULL, "beschrijving" text NOT NULL, "schaal" text NOT NULL, "buurt_ids" uuid array NOT NULL, "stadsdeel_id" uuid, "aanvrager_soort" text NOT NULL, "organisatie_id" uuid, "aantal_betrokken_bewoners" integer, "startdatum" date, "einddatum" date, "status" text NOT NULL, "indiener_sub" text NOT NULL, "indiener_naam" text NOT NULL, "indiener_email" text, "ingediend_op" TIMESTAMP(3) WITH TIME ZONE, "ingediend_datum" date, "beslistermijn_weken" integer, "beslissen_uiterlijk" date, "opgeschort_sinds" date, "dagen_opgeschort" integer NOT NULL DEFAULT '0', "aanvullen_uiterlijk" date, "aanvulling_verzoek" text, "toetsresultaat" jsonb, "besluit_uitkomst" text, "besluit_motivering" text, "besluit_genomen_op" TIMESTAMP(3) WITH TIME ZONE, "besluit_genomen_door" text, "besluit_genomen_door_sub" text, "bezwaar_mogelijk_tot" date, "verschoningen" jsonb NOT NULL DEFAULT '[]', "verslag" text, "werkelijke_kosten" bigint, "vaststelling_toelichting" text, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f3745c84745a0e4f9e99bcf3d1c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_e51995b3ba6b6d9f716a338a9f" ON "initiatief" ("referentie") WHERE referentie IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fd6e432d91eae1f32a7ca272a3" ON "initiatief" ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_202d382495ff50bb68d4bfd4f0" ON "initiatief" ("indiener_sub") `);
    await queryRunner.query(`CREATE INDEX "IDX_942294feccdc053cd517f2048a" ON "initiatief" ("gewijzigd_op", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f5209cc4e30daef8374658dcd3" ON "initiatief" ("beslissen_uiterlijk", "id") `);
    await queryRunner.query(
      `CREATE TABLE "ondersteuningsaanvraag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiatief_id" uuid NOT NULL, "volgnummer" integer NOT NULL, "instrument_id" uuid NOT NULL, "regeling_id" uuid, "gevraagd_bedrag" bigint, "eigen_bijdrage" bigint, "toelichting" text, "plafond_id" uuid, "gereserveerd_bedrag" bigint NOT NULL DEFAULT '0', "toegekend_bedrag" bigint, "vastgesteld_bedrag" bigint, CONSTRAINT "CHK_eabbb6842517c9f0d2af981303" CHECK ("gereserveerd_bedrag" >= 0), CONSTRAINT "PK_abb08dca23e5bcfa2c3a79dc407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_07b38134fcfa1df800ecd5ef67" ON "ondersteuningsaanvraag" ("initiatief_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_29743e3de0f084ef819fa18196" ON "ondersteuningsaanvraag" ("plafond_id") `);
    await queryRunner.query(
      `CREATE TABLE "initiatief_statuswijziging" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiatief_id" uuid NOT NULL, "van" text, "naar" text NOT NULL, "op" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "door" text NOT NULL, "door_sub" text NOT NULL, "door_indiener" boolean NOT NULL, "toelichting" text, CONSTRAINT "PK_901dea4fba104d309bf090e0ea0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4dead91dd00ed149958f8286e3" ON "initiatief_statuswijziging" ("initiatief_id") `);
    await queryRunner.query(
      `CREATE TABLE "initiatief_referentieteller" ("jaar" integer NOT NULL, "laatste" integer NOT NULL, CONSTRAINT "PK_e0e9634cff624f50459f48b0e8c" PRIMARY KEY ("jaar"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "subsidieregeling" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "versie" integer NOT NULL, "naam" text NOT NULL, "beschrijving" text NOT NULL, "geldig_van" date NOT NULL, "geldig_tot" date, "schalen" text array NOT NULL, "aanvragers" text array NOT NULL, "maximum_bedrag" bigint, "beslistermijn_weken" integer NOT NULL, "besluitvorming" text NOT NULL, "verdeelmethode" text NOT NULL, "voorwaarden" jsonb NOT NULL, "vastgesteld_door" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b3978fe237b6fb0754913d5d462" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_832fca5f7fd5c8a0c38b5a8ec1" ON "subsidieregeling" ("code", "versie") `);
    await queryRunner.query(
      `CREATE TABLE "instrument" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "naam" text NOT NULL, "soort" text NOT NULL, "beschrijving" text NOT NULL, "voorwaarden" text, "regeling_code" text, "actief" boolean NOT NULL DEFAULT true, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1707dc7e7c2845211b38bef3d29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_58b3998af8d604a0aeaed80b15" ON "instrument" ("regeling_code") `);
    await queryRunner.query(
      `CREATE TABLE "subsidieplafond" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "regeling_code" text NOT NULL, "periode" text NOT NULL, "stadsdeel_id" uuid, "bedrag" bigint NOT NULL, "verleend" bigint NOT NULL DEFAULT '0', "gereserveerd" bigint NOT NULL DEFAULT '0', "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_379dce82c361c8ce81788360c6" CHECK ("verleend" >= 0 AND "gereserveerd" >= 0 AND "verleend" + "gereserveerd" <= "bedrag"), CONSTRAINT "PK_2e760864d32339b697e422ee9e3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3ec1d36670db60be17d868d792" ON "subsidieplafond" ("regeling_code", "periode", "stadsdeel_id") WHERE stadsdeel_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_2c56f4f4810896b7a76fe33264" ON "subsidieplafond" ("regeling_code", "periode") WHERE stadsdeel_id IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "ondersteuningsaanvraag" ADD CONSTRAINT "FK_07b38134fcfa1df800ecd5ef674" FOREIGN KEY ("initiatief_id") REFERENCES "initiatief"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiatief_statuswijziging" ADD CONSTRAINT "FK_4dead91dd00ed149958f8286e36" FOREIGN KEY ("initiatief_id") REFERENCES "initiatief"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiatief_statuswijziging" DROP CONSTRAINT "FK_4dead91dd00ed149958f8286e36"`);
    await queryRunner.query(`ALTER TABLE "ondersteuningsaanvraag" DROP CONSTRAINT "FK_07b38134fcfa1df800ecd5ef674"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2c56f4f4810896b7a76fe33264"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ec1d36670db60be17d868d792"`);
    await queryRunner.query(`DROP TABLE "subsidieplafond"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_58b3998af8d604a0aeaed80b15"`);
    await queryRunner.query(`DROP TABLE "instrument"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_832fca5f7fd5c8a0c38b5a8ec1"`);
    await queryRunner.query(`DROP TABLE "subsidieregeling"`);
    await queryRunner.query(`DROP TABLE "initiatief_referentieteller"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4dead91dd00ed149958f8286e3"`);
    await queryRunner.query(`DROP TABLE "initiatief_statuswijziging"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_29743e3de0f084ef819fa18196"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_07b38134fcfa1df800ecd5ef67"`);
    await queryRunner.query(`DROP TABLE "ondersteuningsaanvraag"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f5209cc4e30daef8374658dcd3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_942294feccdc053cd517f2048a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_202d382495ff50bb68d4bfd4f0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fd6e432d91eae1f32a7ca272a3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e51995b3ba6b6d9f716a338a9f"`);
    await queryRunner.query(`DROP TABLE "initiatief"`);
  }
}
