import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookDoelgroep1795993348350 implements MigrationInterface {
  name = 'WebhookDoelgroep1795993348350';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_gebeurtenis" ADD "doelgroep" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_gebeurtenis" DROP COLUMN "doelgroep"`);
  }
}
