import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BuurtpanelOpheffen1795995137215 implements MigrationInterface {
  name = 'BuurtpanelOpheffen1795995137215';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "buurtpanel" ADD "opgeheven_op" TIMESTAMP(3) WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "buurtpanel" DROP COLUMN "opgeheven_op"`);
  }
}
