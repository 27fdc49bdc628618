import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeedoenSamenVolgen1796683347438 implements MigrationInterface {
  name = 'MeedoenSamenVolgen1796683347438';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "buurtvolger" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "gebruiker_id" text, "buurt_ids" uuid array NOT NULL DEFAULT '{}', "voorgestelde_buurt_ids" uuid array NOT NULL DEFAULT '{}', "bevestigcode" text, "afmeldcode" text NOT NULL, "bevestigd_op" TIMESTAMP(3) WITH TIME ZONE, "laatste_overzicht_op" TIMESTAMP(3) WITH TIME ZONE, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4b6ae7cc77202c148aa50d29b7a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_784b8f188c0ae5da35398c56fa" ON "buurtvolger" ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_c35941af7fc4aaaf0ba11fb0d3" ON "buurtvolger" ("gebruiker_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_9df360ae0cbcf07e3788940f65" ON "buurtvolger" ("bevestigd_op", "laatste_overzicht_op") `,
    );
    await queryRunner.query(
      `CREATE TABLE "samenwerkingsverzoek" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "van_initiatief_id" uuid NOT NULL, "naar_initiatief_id" uuid NOT NULL, "gevraagd_door" text NOT NULL, "bericht" text NOT NULL, "status" text NOT NULL DEFAULT 'GEVRAAGD', "beantwoord_door" text, "antwoord" text, "beantwoord_op" TIMESTAMP(3) WITH TIME ZONE, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_samenwerkingsverzoek_twee" CHECK ("van_initiatief_id" <> "naar_initiatief_id"), CONSTRAINT "CHK_samenwerkingsverzoek_status" CHECK ("status" IN ('GEVRAAGD','AANGENOMEN','AFGESLAGEN')), CONSTRAINT "PK_1b8e3d65c4ce82bf4b2dc3ed329" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0899faa396ba077b5eeae29dda" ON "samenwerkingsverzoek" ("van_initiatief_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_01f7bd866459fc75fae452e3e5" ON "samenwerkingsverzoek" ("naar_initiatief_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d4d43db018eb23657a6b8e568a" ON "samenwerkingsverzoek" ("gevraagd_door") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_samenwerkingsverzoek_open" ON "samenwerkingsverzoek" ("van_initiatief_id", "naar_initiatief_id") WHERE "status" = 'GEVRAAGD'`,
    );
    await queryRunner.query(`ALTER TABLE "uitgaande_mail" ADD "headers" jsonb`);
    // Attachments on execution reports, signals and idea-bank stories (TypeORM does not diff a CHECK's body).
    await queryRunner.query(`ALTER TABLE "bijlage" DROP CONSTRAINT "CHK_bijlage_record"`);
    await queryRunner.query(
      `ALTER TABLE "bijlage" ADD CONSTRAINT "CHK_bijlage_record" CHECK ("record_soort" IN ('VRIJWILLIGERSVERZOEK','INITIATIEF','UITVOERINGSVERSLAG','SIGNAAL','IDEEVERHAAL'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "bijlage" WHERE "record_soort" IN ('UITVOERINGSVERSLAG','SIGNAAL','IDEEVERHAAL')`);
    await queryRunner.query(`ALTER TABLE "bijlage" DROP CONSTRAINT "CHK_bijlage_record"`);
    await queryRunner.query(
      `ALTER TABLE "bijlage" ADD CONSTRAINT "CHK_bijlage_record" CHECK ("record_soort" IN ('VRIJWILLIGERSVERZOEK','INITIATIEF'))`,
    );
    await queryRunner.query(`ALTER TABLE "uitgaande_mail" DROP COLUMN "headers"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_samenwerkingsverzoek_open"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d4d43db018eb23657a6b8e568a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_01f7bd866459fc75fae452e3e5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0899faa396ba077b5eeae29dda"`);
    await queryRunner.query(`DROP TABLE "samenwerkingsverzoek"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9df360ae0cbcf07e3788940f65"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c35941af7fc4aaaf0ba11fb0d3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_784b8f188c0ae5da35398c56fa"`);
    await queryRunner.query(`DROP TABLE "buurtvolger"`);
  }
}
