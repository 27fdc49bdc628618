import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Vrijwilligers1796672281304 implements MigrationInterface {
  name = 'Vrijwilligers1796672281304';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "vrijwilligersverzoek" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "titel" text NOT NULL, "beschrijving" text NOT NULL, "thema" text NOT NULL, "begin" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "eind" TIMESTAMP(3) WITH TIME ZONE, "locatie" text NOT NULL, "buurt_id" uuid NOT NULL, "aantal" integer NOT NULL, "vaardigheden" text array NOT NULL DEFAULT '{}', "minimum_leeftijd" integer, "vog_nodig" boolean NOT NULL DEFAULT false, "organisatie_id" uuid, "initiatief_id" uuid, "organisator_naam" text NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "aangemeld" integer NOT NULL DEFAULT '0', "wachtlijst" integer NOT NULL DEFAULT '0', "hoogste_volgnummer" integer NOT NULL DEFAULT '0', "matches_gemaild_op" TIMESTAMP(3) WITH TIME ZONE, "geplaatst_door" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_vrijwilligersverzoek_organisator" CHECK (("organisatie_id" IS NULL) <> ("initiatief_id" IS NULL)), CONSTRAINT "CHK_vrijwilligersverzoek_status" CHECK ("status" IN ('OPEN','GEANNULEERD')), CONSTRAINT "CHK_vrijwilligersverzoek_periode" CHECK ("eind" IS NULL OR "eind" > "begin"), CONSTRAINT "CHK_vrijwilligersverzoek_aantal" CHECK ("aantal" > 0), CONSTRAINT "PK_3419a25c70a2640a45e36acd460" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0de94172d3c96a4ecb86ffe1bc" ON "vrijwilligersverzoek" ("organisatie_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a65dbbaa8d9584bfed9045a11f" ON "vrijwilligersverzoek" ("initiatief_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_vrijwilligersverzoek_te_matchen" ON "vrijwilligersverzoek" ("aangemaakt_op") WHERE matches_gemaild_op IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9689950d41114beccec6644682" ON "vrijwilligersverzoek" ("thema", "begin") `);
    await queryRunner.query(`CREATE INDEX "IDX_64161f6bbe92934f0c9266bf96" ON "vrijwilligersverzoek" ("buurt_id", "begin") `);
    await queryRunner.query(
      `CREATE TABLE "vrijwilligersaanmelding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "verzoek_id" uuid NOT NULL, "gebruiker_id" text NOT NULL, "naam" text NOT NULL, "email" text NOT NULL, "email_geverifieerd" boolean NOT NULL DEFAULT false, "telefoon" text, "toelichting" text, "status" text NOT NULL, "volgnummer" integer NOT NULL, "toestemming_versie" text NOT NULL, "toestemming_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "bevestigd_op" TIMESTAMP(3) WITH TIME ZONE, "afgemeld_op" TIMESTAMP(3) WITH TIME ZONE, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_vrijwilligersaanmelding_volgnummer" UNIQUE ("verzoek_id", "volgnummer"), CONSTRAINT "UQ_vrijwilligersaanmelding_gebruiker" UNIQUE ("verzoek_id", "gebruiker_id"), CONSTRAINT "CHK_vrijwilligersaanmelding_status" CHECK ("status" IN ('AANGEMELD','WACHTLIJST','AFGEMELD')), CONSTRAINT "PK_2b9eadfd2a6905fb1a25229ee95" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d2f2d7e456c84dc738a5a7aa8f" ON "vrijwilligersaanmelding" ("gebruiker_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_65c0a3467b006b67a65ac78f6f" ON "vrijwilligersaanmelding" ("verzoek_id", "status", "volgnummer") `,
    );
    await queryRunner.query(
      `CREATE TABLE "vrijwilligersprofiel" ("gebruiker_id" text NOT NULL, "interesses" text array NOT NULL DEFAULT '{}', "beschikbaarheid" text, "buurt_ids" uuid array NOT NULL DEFAULT '{}', "mail_bij_nieuwe_verzoeken" boolean NOT NULL DEFAULT false, "email" text, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ecea55b5252c0fa976c0d84612f" PRIMARY KEY ("gebruiker_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "vrijwilligersverzoek" ADD CONSTRAINT "FK_3840a8823e30798996c3f2ad7a5" FOREIGN KEY ("buurt_id") REFERENCES "buurt"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vrijwilligersverzoek" ADD CONSTRAINT "FK_0de94172d3c96a4ecb86ffe1bca" FOREIGN KEY ("organisatie_id") REFERENCES "organisatie"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vrijwilligersverzoek" ADD CONSTRAINT "FK_a65dbbaa8d9584bfed9045a11f7" FOREIGN KEY ("initiatief_id") REFERENCES "initiatief"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vrijwilligersaanmelding" ADD CONSTRAINT "FK_1a73b57e6f4a0c872ce977679ce" FOREIGN KEY ("verzoek_id") REFERENCES "vrijwilligersverzoek"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vrijwilligersaanmelding" DROP CONSTRAINT "FK_1a73b57e6f4a0c872ce977679ce"`);
    await queryRunner.query(`ALTER TABLE "vrijwilligersverzoek" DROP CONSTRAINT "FK_a65dbbaa8d9584bfed9045a11f7"`);
    await queryRunner.query(`ALTER TABLE "vrijwilligersverzoek" DROP CONSTRAINT "FK_0de94172d3c96a4ecb86ffe1bca"`);
    await queryRunner.query(`ALTER TABLE "vrijwilligersverzoek" DROP CONSTRAINT "FK_3840a8823e30798996c3f2ad7a5"`);
    await queryRunner.query(`DROP TABLE "vrijwilligersprofiel"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_65c0a3467b006b67a65ac78f6f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d2f2d7e456c84dc738a5a7aa8f"`);
    await queryRunner.query(`DROP TABLE "vrijwilligersaanmelding"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_64161f6bbe92934f0c9266bf96"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9689950d41114beccec6644682"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_vrijwilligersverzoek_te_matchen"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a65dbbaa8d9584bfed9045a11f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0de94172d3c96a4ecb86ffe1bc"`);
    await queryRunner.query(`DROP TABLE "vrijwilligersverzoek"`);
  }
}
