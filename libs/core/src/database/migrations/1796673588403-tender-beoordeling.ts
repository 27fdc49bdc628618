import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TenderBeoordeling1796673588403 implements MigrationInterface {
  name = 'TenderBeoordeling1796673588403';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tender_beoordeling" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiatief_id" uuid NOT NULL, "criterium" text NOT NULL, "score" integer NOT NULL, "toelichting" text NOT NULL, "beoordelaar_sub" text NOT NULL, "beoordelaar_naam" text NOT NULL, "gegeven_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d378e944fc7824d33450560b5e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5a534c14b735fa9805b0ef9373" ON "tender_beoordeling" ("initiatief_id", "criterium", "beoordelaar_sub") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tender_verdeling" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plafond_id" uuid NOT NULL, "regeling_code" text NOT NULL, "periode" text NOT NULL, "seed" text NOT NULL, "rangschikking" jsonb NOT NULL, "verdeeld_door" text NOT NULL, "verdeeld_door_sub" text NOT NULL, "verdeeld_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_14ca6786e4a97022d1c78653f72" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_36fc0f9d39c6f8baa1f206a165" ON "tender_verdeling" ("plafond_id") `);
    await queryRunner.query(
      `ALTER TABLE "tender_beoordeling" ADD CONSTRAINT "FK_d962340f8eb226236358d4afa0b" FOREIGN KEY ("initiatief_id") REFERENCES "initiatief"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tender_beoordeling" DROP CONSTRAINT "FK_d962340f8eb226236358d4afa0b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_36fc0f9d39c6f8baa1f206a165"`);
    await queryRunner.query(`DROP TABLE "tender_verdeling"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5a534c14b735fa9805b0ef9373"`);
    await queryRunner.query(`DROP TABLE "tender_beoordeling"`);
  }
}
