import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanParticipatie1796673663782 implements MigrationInterface {
  name = 'PlanParticipatie1796673663782';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "plan_participatie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "status" text NOT NULL, "vraag" text NOT NULL, "open_van" date NOT NULL, "open_tot" date NOT NULL, "geinformeerde_regisseurs" uuid array NOT NULL DEFAULT '{}', "voorbereid_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "gepubliceerd_op" TIMESTAMP(3) WITH TIME ZONE, "voorbereid_door" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_plan_participatie_venster" CHECK ("open_tot" >= "open_van"), CONSTRAINT "CHK_plan_participatie_status" CHECK ("status" IN ('VOORBEREID','GEPUBLICEERD')), CONSTRAINT "PK_f4ece2ef81a8d881c297d3ba825" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1b0ee2739824541ccbecb6d270" ON "plan_participatie" ("plan_id") `);
    await queryRunner.query(
      `CREATE TABLE "plan_reactie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "participatie_id" uuid NOT NULL, "tekst" text NOT NULL, "standpunt" text, "organisatie_id" uuid, "ingediend_door" text NOT NULL, "ingediend_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "antwoord" text, "beantwoord_door" text, "beantwoord_op" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "CHK_plan_reactie_standpunt" CHECK ("standpunt" IS NULL OR "standpunt" IN ('VOOR','TEGEN','NEUTRAAL')), CONSTRAINT "PK_84c2aceabb9382dfac2e8f398a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_550c0e9546bb775d77fee11cd7" ON "plan_reactie" ("ingediend_door") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_19671de74311ed86029a63aaf2" ON "plan_reactie" ("participatie_id", "ingediend_op") `,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_reactie" ADD CONSTRAINT "FK_266b4cd95e1808086280a8cee04" FOREIGN KEY ("participatie_id") REFERENCES "plan_participatie"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_reactie" DROP CONSTRAINT "FK_266b4cd95e1808086280a8cee04"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_19671de74311ed86029a63aaf2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_550c0e9546bb775d77fee11cd7"`);
    await queryRunner.query(`DROP TABLE "plan_reactie"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1b0ee2739824541ccbecb6d270"`);
    await queryRunner.query(`DROP TABLE "plan_participatie"`);
  }
}
