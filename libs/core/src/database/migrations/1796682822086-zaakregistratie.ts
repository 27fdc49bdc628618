import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Zaakregistratie1796682822086 implements MigrationInterface {
  name = 'Zaakregistratie1796682822086';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "zaakopdracht" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "volgnummer" BIGSERIAL NOT NULL, "initiatief_id" uuid NOT NULL, "soort" text NOT NULL, "gegevens" jsonb NOT NULL, "resultaat" jsonb NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'WACHTEND', "pogingen" integer NOT NULL DEFAULT '0', "volgende_poging_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "claim" uuid, "geclaimd_tot" TIMESTAMP(3) WITH TIME ZONE, "laatste_fout" text, "uitgevoerd_op" TIMESTAMP(3) WITH TIME ZONE, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_da54e5a74fc9c63968fe31f278" CHECK ("soort" IN ('ZAAK','STATUS','BESLUIT')), CONSTRAINT "CHK_ecea0cf133d24739b3c93e077b" CHECK ("status" IN ('WACHTEND','KLAAR','MISLUKT')), CONSTRAINT "PK_dbbe3bfccd0c1c3369b9faf5388" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d8ddd65dcf7015d1500b5a7667" ON "zaakopdracht" ("initiatief_id", "volgnummer") `);
    await queryRunner.query(`CREATE INDEX "IDX_fcbadefc7613d7dab74e967205" ON "zaakopdracht" ("status", "volgende_poging_op") `);
    await queryRunner.query(
      `CREATE TABLE "zaakregistratie" ("initiatief_id" uuid NOT NULL, "identificatie" text NOT NULL, "zaak_url" text, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c3a22c2b23d30fb65264bd2ebcb" PRIMARY KEY ("initiatief_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_917f31a21aad438ee8d83dd786" ON "zaakregistratie" ("identificatie") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_917f31a21aad438ee8d83dd786"`);
    await queryRunner.query(`DROP TABLE "zaakregistratie"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fcbadefc7613d7dab74e967205"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d8ddd65dcf7015d1500b5a7667"`);
    await queryRunner.query(`DROP TABLE "zaakopdracht"`);
  }
}
