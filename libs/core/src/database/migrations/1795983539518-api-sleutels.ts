import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiSleutels1795983539518 implements MigrationInterface {
  name = 'ApiSleutels1795983539518';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_sleutel" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "naam" text NOT NULL, "kenmerk" text NOT NULL, "hash" text NOT NULL, "scopes" text array NOT NULL, "organisatie_id" uuid, "aangemaakt_door" text NOT NULL, "laatst_gebruikt_op" TIMESTAMP(3) WITH TIME ZONE, "ingetrokken_op" TIMESTAMP(3) WITH TIME ZONE, "limiet_per_minuut" integer NOT NULL DEFAULT '600', "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_35231dfec547d2f9833765dcdad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_70e4af5c2b0facd3c27f602804" ON "api_sleutel" ("kenmerk") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_70e4af5c2b0facd3c27f602804"`);
    await queryRunner.query(`DROP TABLE "api_sleutel"`);
  }
}
