import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Grootboek1796672154446 implements MigrationInterface {
  name = 'Grootboek1796672154446';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiatief" ADD "volledig_ontvangen_op" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "initiatief" ADD "afwijkingen" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "initiatief" ADD "afwijking_motivering" text`);
    await queryRunner.query(`ALTER TABLE "ondersteuningsaanvraag" ADD "aanspraak_bedrag" bigint`);
    // Existing files: the place in line is the moment of receipt; the aanspraak of a request in line
    // is what it asked, capped at its rule's maximum (a tender has none).
    await queryRunner.query(`UPDATE "initiatief" SET "volledig_ontvangen_op" = "ingediend_op" WHERE "ingediend_op" IS NOT NULL`);
    await queryRunner.query(
      `UPDATE "ondersteuningsaanvraag" a SET "aanspraak_bedrag" = LEAST(a."gevraagd_bedrag", COALESCE(r."maximum_bedrag", a."gevraagd_bedrag"))
         FROM "subsidieregeling" r
        WHERE r."id" = a."regeling_id" AND a."plafond_id" IS NOT NULL AND a."gevraagd_bedrag" IS NOT NULL
          AND r."verdeelmethode" = 'VOLGORDE_VAN_BINNENKOMST'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ondersteuningsaanvraag" DROP COLUMN "aanspraak_bedrag"`);
    await queryRunner.query(`ALTER TABLE "initiatief" DROP COLUMN "afwijking_motivering"`);
    await queryRunner.query(`ALTER TABLE "initiatief" DROP COLUMN "afwijkingen"`);
    await queryRunner.query(`ALTER TABLE "initiatief" DROP COLUMN "volledig_ontvangen_op"`);
  }
}
