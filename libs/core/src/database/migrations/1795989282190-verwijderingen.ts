import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Verwijderingen1795989282190 implements MigrationInterface {
  name = 'Verwijderingen1795989282190';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "verwijdering" ("id" BIGSERIAL NOT NULL, "entiteit" text NOT NULL, "entiteit_id" text NOT NULL, "verwijderd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_45e2aae4abe97bb760d9f0cebdc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5f1f8c083ff64551c6b556cd84" ON "verwijdering" ("verwijderd_op", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_5f1f8c083ff64551c6b556cd84"`);
    await queryRunner.query(`DROP TABLE "verwijdering"`);
  }
}
