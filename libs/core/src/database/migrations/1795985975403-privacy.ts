import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Privacy1795985975403 implements MigrationInterface {
  name = 'Privacy1795985975403';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "privacy_sleutel" ("id" smallint NOT NULL, "sleutel" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_privacy_sleutel_een" CHECK ("id" = 1), CONSTRAINT "PK_d8948689edcfd5ef4266724f16d" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "privacy_sleutel"`);
  }
}
