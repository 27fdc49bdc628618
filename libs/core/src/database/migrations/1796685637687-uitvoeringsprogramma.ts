import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Uitvoeringsprogramma1796685637687 implements MigrationInterface {
  name = 'Uitvoeringsprogramma1796685637687';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "uitvoeringsprogramma" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "jaar" integer NOT NULL, "stadsdeel_id" uuid, "titel" text NOT NULL, "inleiding" text NOT NULL, "status" text NOT NULL, "vastgesteld_op" TIMESTAMP(3) WITH TIME ZONE, "inbreng_van" date, "inbreng_tot" date, "conclusie" text, "cijfers" jsonb, "geevalueerd_op" TIMESTAMP(3) WITH TIME ZONE, "opgesteld_door" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_uitvoeringsprogramma_evaluatie" CHECK ("status" <> 'GEEVALUEERD' OR ("conclusie" IS NOT NULL AND "cijfers" IS NOT NULL)), CONSTRAINT "CHK_uitvoeringsprogramma_venster" CHECK ("inbreng_tot" IS NULL OR "inbreng_tot" >= "inbreng_van"), CONSTRAINT "CHK_uitvoeringsprogramma_status" CHECK ("status" IN ('CONCEPT','VASTGESTELD','EVALUATIE','GEEVALUEERD')), CONSTRAINT "PK_26a04f56074ce4aa637a1ed8c92" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_6d5497a6d0ee1e1ff91c680617" ON "uitvoeringsprogramma" ("jaar", "stadsdeel_id") WHERE stadsdeel_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_91e776c1a2f6c9d2878ae7125f" ON "uitvoeringsprogramma" ("jaar") WHERE stadsdeel_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "programma_doel" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programma_id" uuid NOT NULL, "titel" text NOT NULL, "eigenaar" text NOT NULL, "behoefte_ids" uuid array NOT NULL DEFAULT '{}', "acties" jsonb NOT NULL DEFAULT '[]', "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d665aed2e3e2f094d5ef22140ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a17cb3bbd65535cf5ce76d6c32" ON "programma_doel" ("programma_id") `);
    await queryRunner.query(
      `CREATE TABLE "programma_budget" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programma_id" uuid NOT NULL, "instrument_id" uuid NOT NULL, "bedrag" bigint NOT NULL, "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_programma_budget_instrument" UNIQUE ("programma_id", "instrument_id"), CONSTRAINT "CHK_programma_budget_bedrag" CHECK ("bedrag" >= 0), CONSTRAINT "PK_ab57710dddc7cf10000e717cf37" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "programma_inbreng" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programma_id" uuid NOT NULL, "soort" text NOT NULL, "organisatie_id" uuid NOT NULL, "tekst" text NOT NULL, "ingediend_door" text NOT NULL, "ingediend_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_programma_inbreng_soort" CHECK ("soort" IN ('INBRENG','EVALUATIE')), CONSTRAINT "PK_96cd6851d2307da1381adb3fcdb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_29dd84b46d9f0dfd82dd6fb2bc" ON "programma_inbreng" ("ingediend_door") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_c28be4e70cc0849c145a354a67" ON "programma_inbreng" ("programma_id", "ingediend_op") `,
    );
    await queryRunner.query(
      `ALTER TABLE "programma_doel" ADD CONSTRAINT "FK_a17cb3bbd65535cf5ce76d6c322" FOREIGN KEY ("programma_id") REFERENCES "uitvoeringsprogramma"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programma_budget" ADD CONSTRAINT "FK_c49da8eb1178257cbeb73ac623b" FOREIGN KEY ("programma_id") REFERENCES "uitvoeringsprogramma"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programma_inbreng" ADD CONSTRAINT "FK_cc0126e16e6595b2229ba215ddc" FOREIGN KEY ("programma_id") REFERENCES "uitvoeringsprogramma"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programma_inbreng" DROP CONSTRAINT "FK_cc0126e16e6595b2229ba215ddc"`);
    await queryRunner.query(`ALTER TABLE "programma_budget" DROP CONSTRAINT "FK_c49da8eb1178257cbeb73ac623b"`);
    await queryRunner.query(`ALTER TABLE "programma_doel" DROP CONSTRAINT "FK_a17cb3bbd65535cf5ce76d6c322"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c28be4e70cc0849c145a354a67"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_29dd84b46d9f0dfd82dd6fb2bc"`);
    await queryRunner.query(`DROP TABLE "programma_inbreng"`);
    await queryRunner.query(`DROP TABLE "programma_budget"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a17cb3bbd65535cf5ce76d6c32"`);
    await queryRunner.query(`DROP TABLE "programma_doel"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_91e776c1a2f6c9d2878ae7125f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6d5497a6d0ee1e1ff91c680617"`);
    await queryRunner.query(`DROP TABLE "uitvoeringsprogramma"`);
  }
}
