import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Burgerberaad1796672236509 implements MigrationInterface {
  name = 'Burgerberaad1796672236509';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "burgerberaad" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "onderwerp" text NOT NULL, "beschrijving" text NOT NULL, "grootte" integer NOT NULL, "kenmerken" jsonb NOT NULL, "aanmelden_tot" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "zaad_bron" text NOT NULL, "zaad_toezegging" text, "status" text NOT NULL DEFAULT 'AANMELDEN', "invoer_hash" text, "verdeling" jsonb, "statistiek" jsonb, "verdeling_berekend_op" TIMESTAMP(3) WITH TIME ZONE, "zaad" text, "lotgetal" double precision, "gekozen_panel" integer, "geloot_op" TIMESTAMP(3) WITH TIME ZONE, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_c902cfae625b7da73535abf09c" CHECK ("grootte" BETWEEN 1 AND 150), CONSTRAINT "CHK_9cb87403453b6a304e39717c14" CHECK ("status" IN ('AANMELDEN','VERDELING_BEREKEND','GELOOT')), CONSTRAINT "PK_94d5d015a95f364519a74f5c425" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2299df12e5496634415640c48a" ON "burgerberaad" ("aanmelden_tot", "id") `);
    await queryRunner.query(
      `CREATE TABLE "beraad_aanmelding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "beraad_id" uuid NOT NULL, "aangemeld_door" text NOT NULL, "naam" text NOT NULL, "email" text, "kenmerken" jsonb NOT NULL, "toestemming" boolean NOT NULL, "selectiekans" double precision, "geselecteerd" boolean NOT NULL DEFAULT false, "aangemeld_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ffe1c23b6f2c31e70ae84e325e6" UNIQUE ("beraad_id", "aangemeld_door"), CONSTRAINT "CHK_8a5d164352e79f81e81c50f5ce" CHECK ("toestemming" = true), CONSTRAINT "PK_e6864154349352abbf64105984c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b3cd5d326b67c36fe3bd99b050" ON "beraad_aanmelding" ("aangemeld_door") `);
    await queryRunner.query(
      `ALTER TABLE "beraad_aanmelding" ADD CONSTRAINT "FK_b42e79d1ffd3c5503f985a74326" FOREIGN KEY ("beraad_id") REFERENCES "burgerberaad"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "beraad_aanmelding" DROP CONSTRAINT "FK_b42e79d1ffd3c5503f985a74326"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b3cd5d326b67c36fe3bd99b050"`);
    await queryRunner.query(`DROP TABLE "beraad_aanmelding"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2299df12e5496634415640c48a"`);
    await queryRunner.query(`DROP TABLE "burgerberaad"`);
  }
}
