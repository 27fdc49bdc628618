import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated for the entity changes, with hand-written parts TypeORM cannot express (the entities
 * declare those indexes with synchronize: false). See docs/benchmarks.md, "API en database".
 * - activiteit (buurt_id, begin, eind) replaces (buurt_id, begin): the same ordered range for a
 *   buurt's activities, and counting the current ones becomes an index-only scan.
 * - IDX_activiteit_looptijd: GiST on the time an activity runs, to find what is going on at a
 *   moment (PartnersService: the lower bound that makes `vanaf` an index range).
 * - IDX_initiatief_buurten: GIN on buurt_ids for `buurt_ids @> ARRAY[:buurtId]` (a buurt's initiatives).
 * - netwerkbijeenkomst counters of its sign-ups (the locked section of a sign-up is O(1)),
 *   filled from the sign-ups that exist.
 */
export class Prestaties1795993241213 implements MigrationInterface {
  name = 'Prestaties1795993241213';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_6c417a4479fdba9f1543ea6083"`);
    await queryRunner.query(`ALTER TABLE "netwerkbijeenkomst" ADD "aangemeld" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "netwerkbijeenkomst" ADD "wachtlijst" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "netwerkbijeenkomst" ADD "hoogste_volgnummer" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`CREATE INDEX "IDX_49c39fc23b937213d4b3c24a6e" ON "activiteit" ("buurt_id", "begin", "eind") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_activiteit_looptijd" ON "activiteit" USING gist ((tstzrange("begin", GREATEST("eind", "begin"), '[]'))) WHERE "eind" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_initiatief_buurten" ON "initiatief" USING gin ("buurt_ids")`);
    await queryRunner.query(
      `UPDATE "netwerkbijeenkomst" b SET "aangemeld" = t.aangemeld, "wachtlijst" = t.wachtlijst, "hoogste_volgnummer" = t.hoogste
         FROM (SELECT "bijeenkomst_id",
                      count(*) FILTER (WHERE "status" = 'AANGEMELD')::int AS aangemeld,
                      count(*) FILTER (WHERE "status" = 'WACHTLIJST')::int AS wachtlijst,
                      max("volgnummer") AS hoogste
                 FROM "aanmelding" GROUP BY "bijeenkomst_id") t
        WHERE t."bijeenkomst_id" = b."id"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_initiatief_buurten"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_activiteit_looptijd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_49c39fc23b937213d4b3c24a6e"`);
    await queryRunner.query(`ALTER TABLE "netwerkbijeenkomst" DROP COLUMN "hoogste_volgnummer"`);
    await queryRunner.query(`ALTER TABLE "netwerkbijeenkomst" DROP COLUMN "wachtlijst"`);
    await queryRunner.query(`ALTER TABLE "netwerkbijeenkomst" DROP COLUMN "aangemeld"`);
    await queryRunner.query(`CREATE INDEX "IDX_6c417a4479fdba9f1543ea6083" ON "activiteit" ("buurt_id", "begin") `);
  }
}
