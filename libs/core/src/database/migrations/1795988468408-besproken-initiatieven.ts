import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BesprokenInitiatieven1795988468408 implements MigrationInterface {
  name = 'BesprokenInitiatieven1795988468408';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "netwerkbijeenkomst" ADD "besproken_initiatief_ids" uuid array NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "netwerkbijeenkomst" DROP COLUMN "besproken_initiatief_ids"`);
  }
}
