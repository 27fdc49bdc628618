import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Paneladvies1796671992080 implements MigrationInterface {
  name = 'Paneladvies1796671992080';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "panelstemming" ADD "overwegingen" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "panelstemming" ADD "advies_gevolgd" boolean`);
    await queryRunner.query(`ALTER TABLE "panelstemming" ADD "afwijkingsreden" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "panelstemming" DROP COLUMN "afwijkingsreden"`);
    await queryRunner.query(`ALTER TABLE "panelstemming" DROP COLUMN "advies_gevolgd"`);
    await queryRunner.query(`ALTER TABLE "panelstemming" DROP COLUMN "overwegingen"`);
  }
}
