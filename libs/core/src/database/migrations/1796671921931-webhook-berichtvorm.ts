import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookBerichtvorm1796671921931 implements MigrationInterface {
  name = 'WebhookBerichtvorm1796671921931';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_abonnement" ADD "berichtvorm" text NOT NULL DEFAULT 'CLOUDEVENTS'`);
    await queryRunner.query(`ALTER TABLE "webhook_abonnement" ADD "autorisatie" text`);
    await queryRunner.query(
      `ALTER TABLE "webhook_abonnement" ADD CONSTRAINT "CHK_webhook_abonnement_berichtvorm" CHECK ("berichtvorm" IN ('CLOUDEVENTS','NOTIFICATIES'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_abonnement" DROP CONSTRAINT "CHK_webhook_abonnement_berichtvorm"`);
    await queryRunner.query(`ALTER TABLE "webhook_abonnement" DROP COLUMN "autorisatie"`);
    await queryRunner.query(`ALTER TABLE "webhook_abonnement" DROP COLUMN "berichtvorm"`);
  }
}
