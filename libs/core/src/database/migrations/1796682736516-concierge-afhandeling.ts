import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConciergeAfhandeling1796682736516 implements MigrationInterface {
  name = 'ConciergeAfhandeling1796682736516';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "concierge_verzoek" DROP CONSTRAINT "CHK_5cf6af3b5b268b747cb1cf1a5e"`);
    await queryRunner.query(`ALTER TABLE "concierge_verzoek" ADD "naam_met_toestemming" text`);
    await queryRunner.query(`ALTER TABLE "concierge_verzoek" ADD "reactie" text`);
    await queryRunner.query(`ALTER TABLE "concierge_verzoek" ADD "afgerond_op" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "concierge_verzoek" ADD CONSTRAINT "CHK_042931e8011e756ee564d083f7" CHECK ("status" IN ('NIEUW','OPGEPAKT','DOORGEZET','AFGEROND'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "concierge_verzoek" DROP CONSTRAINT "CHK_042931e8011e756ee564d083f7"`);
    await queryRunner.query(`ALTER TABLE "concierge_verzoek" DROP COLUMN "afgerond_op"`);
    await queryRunner.query(`ALTER TABLE "concierge_verzoek" DROP COLUMN "reactie"`);
    await queryRunner.query(`ALTER TABLE "concierge_verzoek" DROP COLUMN "naam_met_toestemming"`);
    await queryRunner.query(
      `ALTER TABLE "concierge_verzoek" ADD CONSTRAINT "CHK_5cf6af3b5b268b747cb1cf1a5e" CHECK ((status = ANY (ARRAY['NIEUW'::text, 'OPGEPAKT'::text, 'AFGEROND'::text])))`,
    );
  }
}
