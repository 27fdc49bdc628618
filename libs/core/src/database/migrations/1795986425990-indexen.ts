import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: TypeORM cannot generate expression indexes (the entity declares them with
 * synchronize: false). Both serve the initiative lists ordered by decision deadline, as
 * InitiatievenService.zoek sorts them: COALESCE(beslissen_uiterlijk, DATE '9999-12-31'), id.
 * The partial one is the staff work queue (open initiatives); without it PostgreSQL sorts all open
 * initiatives for every page (bench/, docs/benchmarks.md).
 */
export class Indexen1795986425990 implements MigrationInterface {
  name = 'Indexen1795986425990';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_initiatief_termijn" ON "initiatief" ((COALESCE("beslissen_uiterlijk", DATE '9999-12-31')), "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_initiatief_werkvoorraad" ON "initiatief" ((COALESCE("beslissen_uiterlijk", DATE '9999-12-31')), "id") WHERE "status" IN ('INGEDIEND', 'IN_BEHANDELING', 'AANVULLING_GEVRAAGD', 'BIJ_BUURTPANEL')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_initiatief_werkvoorraad"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_initiatief_termijn"`);
  }
}
