import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Bijlagen1796674317448 implements MigrationInterface {
  name = 'Bijlagen1796674317448';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "bijlage" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "record_soort" text NOT NULL, "record_id" uuid NOT NULL, "bestandsnaam" text NOT NULL, "inhoudstype" text NOT NULL, "grootte" integer NOT NULL, "geupload_door" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_bijlage_record" CHECK ("record_soort" IN ('VRIJWILLIGERSVERZOEK','INITIATIEF')), CONSTRAINT "PK_40c542122e8c6d0c4654a22c1c2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c391a9b07fba31ca8d1b665125" ON "bijlage" ("geupload_door") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_664fbc2e5d674eff79f0bd01c1" ON "bijlage" ("record_soort", "record_id", "aangemaakt_op") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_664fbc2e5d674eff79f0bd01c1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c391a9b07fba31ca8d1b665125"`);
    await queryRunner.query(`DROP TABLE "bijlage"`);
  }
}
