import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BezwaarVerderUitstel1796686898787 implements MigrationInterface {
  name = 'BezwaarVerderUitstel1796686898787';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bezwaar" ADD "verder_uitstel_weken" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "bezwaar" ADD "verder_uitstel_motivering" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bezwaar" DROP COLUMN "verder_uitstel_motivering"`);
    await queryRunner.query(`ALTER TABLE "bezwaar" DROP COLUMN "verder_uitstel_weken"`);
  }
}
