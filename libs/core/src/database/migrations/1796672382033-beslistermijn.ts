import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Beslistermijn1796672382033 implements MigrationInterface {
  name = 'Beslistermijn1796672382033';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiatief" ADD "oorspronkelijk_beslissen_uiterlijk" date`);
    await queryRunner.query(`ALTER TABLE "initiatief" ADD "verdaagd_tot" date`);
    await queryRunner.query(`ALTER TABLE "initiatief" ADD "dagen_opgeschort_bij_verdaging" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "initiatief" ADD "verdaging_motivering" text`);
    await queryRunner.query(`ALTER TABLE "initiatief" ADD "verdaagd_op" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "initiatief" ADD "ingebrekestelling_ontvangen" date`);
    await queryRunner.query(`ALTER TABLE "initiatief" ADD "dwangsom_gestopt_op" date`);
    await queryRunner.query(`ALTER TABLE "initiatief" ADD "dwangsom_besloten_op" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "initiatief" ADD "dwangsom_bedrag" bigint`);
    await queryRunner.query(`ALTER TABLE "initiatief" ADD "dwangsom_motivering" text`);
    await queryRunner.query(`ALTER TABLE "initiatief" ADD "dwangsom_besloten_door" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiatief" DROP COLUMN "dwangsom_besloten_door"`);
    await queryRunner.query(`ALTER TABLE "initiatief" DROP COLUMN "dwangsom_motivering"`);
    await queryRunner.query(`ALTER TABLE "initiatief" DROP COLUMN "dwangsom_bedrag"`);
    await queryRunner.query(`ALTER TABLE "initiatief" DROP COLUMN "dwangsom_besloten_op"`);
    await queryRunner.query(`ALTER TABLE "initiatief" DROP COLUMN "dwangsom_gestopt_op"`);
    await queryRunner.query(`ALTER TABLE "initiatief" DROP COLUMN "ingebrekestelling_ontvangen"`);
    await queryRunner.query(`ALTER TABLE "initiatief" DROP COLUMN "verdaagd_op"`);
    await queryRunner.query(`ALTER TABLE "initiatief" DROP COLUMN "verdaging_motivering"`);
    await queryRunner.query(`ALTER TABLE "initiatief" DROP COLUMN "dagen_opgeschort_bij_verdaging"`);
    await queryRunner.query(`ALTER TABLE "initiatief" DROP COLUMN "verdaagd_tot"`);
    await queryRunner.query(`ALTER TABLE "initiatief" DROP COLUMN "oorspronkelijk_beslissen_uiterlijk"`);
  }
}
