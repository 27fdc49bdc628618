import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AanmeldingBevestigen1796662019213 implements MigrationInterface {
  name = 'AanmeldingBevestigen1796662019213';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "netwerkbijeenkomst" ADD "voorlopig_aangemeld" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "netwerkbijeenkomst" ADD "voorlopig_wachtlijst" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "aanmelding" ADD "bevestigen_voor" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "aanmelding" ADD "bevestigd_op" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "IDX_aanmelding_bevestigen_voor" ON "aanmelding" ("bevestigen_voor") WHERE bevestigen_voor IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_aanmelding_bevestigen_voor"`);
    await queryRunner.query(`ALTER TABLE "aanmelding" DROP COLUMN "bevestigd_op"`);
    await queryRunner.query(`ALTER TABLE "aanmelding" DROP COLUMN "bevestigen_voor"`);
    await queryRunner.query(`ALTER TABLE "netwerkbijeenkomst" DROP COLUMN "voorlopig_wachtlijst"`);
    await queryRunner.query(`ALTER TABLE "netwerkbijeenkomst" DROP COLUMN "voorlopig_aangemeld"`);
  }
}
