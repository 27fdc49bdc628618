import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1795984283144 implements MigrationInterface {
  name = 'Webhooks1795984283144';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhook_gebeurtenis" ("id" uuid NOT NULL, "kanaal" text NOT NULL, "type" text NOT NULL, "onderwerp" text NOT NULL, "kenmerken" jsonb NOT NULL DEFAULT '{}', "data" jsonb NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "uitgewaaierd_op" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_74ca871a0c8b5b7ea8f14f7ea19" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_275a25ff1ec5e897d375fa0a2c" ON "webhook_gebeurtenis" ("uitgewaaierd_op", "aangemaakt_op") `,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_abonnement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "callback_url" text NOT NULL, "kanaal" text NOT NULL, "filters" jsonb NOT NULL DEFAULT '{}', "geheim" text NOT NULL, "organisatie_id" uuid, "aangemaakt_door" text NOT NULL, "beeindigd_op" TIMESTAMP(3) WITH TIME ZONE, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4280151d70b332820e593f62b64" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8457a157fe889892500fd6aeed" ON "webhook_abonnement" ("organisatie_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_aa06b7059a3dea36adceaf2779" ON "webhook_abonnement" ("kanaal") `);
    await queryRunner.query(
      `CREATE TABLE "webhook_aflevering" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "abonnement_id" uuid NOT NULL, "gebeurtenis_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'WACHTEND', "pogingen" integer NOT NULL DEFAULT '0', "volgende_poging_op" TIMESTAMP(3) WITH TIME ZONE, "geclaimd_tot" TIMESTAMP(3) WITH TIME ZONE, "claim" uuid, "afgeleverd_op" TIMESTAMP(3) WITH TIME ZONE, "laatste_statuscode" integer, "laatste_duur_ms" integer, "laatste_fout" text, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_22cff3c25226475ebab9b33851" CHECK ("status" IN ('WACHTEND','AFGELEVERD','MISLUKT','GEANNULEERD')), CONSTRAINT "PK_b3d9cdadaab614f0b0203566bc7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f2e9345b92c8dd15d0f0dc538a" ON "webhook_aflevering" ("gebeurtenis_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_02f9dc27feff8730cef1abda3a" ON "webhook_aflevering" ("abonnement_id", "aangemaakt_op", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_84c7ed157a11e84b0fde2428be" ON "webhook_aflevering" ("status", "volgende_poging_op") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d2167660e19eb35c1245abad83" ON "webhook_aflevering" ("abonnement_id", "gebeurtenis_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_poging" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "aflevering_id" uuid NOT NULL, "nummer" integer NOT NULL, "op" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "statuscode" integer, "duur_ms" integer NOT NULL, "geslaagd" boolean NOT NULL, "fout" text, "volgende_poging_op" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_bd1da3d948d2e675ffdcdc2e296" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2d41697d928edb5881ef7365de" ON "webhook_poging" ("aflevering_id", "op") `);
    await queryRunner.query(
      `ALTER TABLE "webhook_aflevering" ADD CONSTRAINT "FK_199f366501a2f1206153c05da18" FOREIGN KEY ("abonnement_id") REFERENCES "webhook_abonnement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_aflevering" ADD CONSTRAINT "FK_f2e9345b92c8dd15d0f0dc538ac" FOREIGN KEY ("gebeurtenis_id") REFERENCES "webhook_gebeurtenis"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_poging" ADD CONSTRAINT "FK_a15243c734192a247cbe78be3c5" FOREIGN KEY ("aflevering_id") REFERENCES "webhook_aflevering"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_poging" DROP CONSTRAINT "FK_a15243c734192a247cbe78be3c5"`);
    await queryRunner.query(`ALTER TABLE "webhook_aflevering" DROP CONSTRAINT "FK_f2e9345b92c8dd15d0f0dc538ac"`);
    await queryRunner.query(`ALTER TABLE "webhook_aflevering" DROP CONSTRAINT "FK_199f366501a2f1206153c05da18"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2d41697d928edb5881ef7365de"`);
    await queryRunner.query(`DROP TABLE "webhook_poging"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d2167660e19eb35c1245abad83"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_84c7ed157a11e84b0fde2428be"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_02f9dc27feff8730cef1abda3a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2e9345b92c8dd15d0f0dc538a"`);
    await queryRunner.query(`DROP TABLE "webhook_aflevering"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aa06b7059a3dea36adceaf2779"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8457a157fe889892500fd6aeed"`);
    await queryRunner.query(`DROP TABLE "webhook_abonnement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_275a25ff1ec5e897d375fa0a2c"`);
    await queryRunner.query(`DROP TABLE "webhook_gebeurtenis"`);
  }
}
