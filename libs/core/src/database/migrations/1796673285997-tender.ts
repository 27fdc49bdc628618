import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Tender1796673285997 implements MigrationInterface {
  name = 'Tender1796673285997';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "subsidieregeling" ADD "aanvraagperiode_van" date`);
    await queryRunner.query(`ALTER TABLE "subsidieregeling" ADD "aanvraagperiode_tot" date`);
    await queryRunner.query(`ALTER TABLE "subsidieregeling" ADD "criteria" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "subsidieregeling" ADD "gedeeltelijk_toekennen" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "subsidieregeling" DROP COLUMN "gedeeltelijk_toekennen"`);
    await queryRunner.query(`ALTER TABLE "subsidieregeling" DROP COLUMN "criteria"`);
    await queryRunner.query(`ALTER TABLE "subsidieregeling" DROP COLUMN "aanvraagperiode_tot"`);
    await queryRunner.query(`ALTER TABLE "subsidieregeling" DROP COLUMN "aanvraagperiode_van"`);
  }
}
