import type { MigrationInterface, QueryRunner } from 'typeorm';

/** People who signed in with a name, for choosing panel members by name (issue 19). */
export class BekendePersonen1796690000000 implements MigrationInterface {
  name = 'BekendePersonen1796690000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "bekende_persoon" ("sub" text NOT NULL, "naam" text NOT NULL, "laatst_gezien" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bekende_persoon_sub" PRIMARY KEY ("sub"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bekende_persoon_laatst_gezien" ON "bekende_persoon" ("laatst_gezien") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_bekende_persoon_laatst_gezien"`);
    await queryRunner.query(`DROP TABLE "bekende_persoon"`);
  }
}
