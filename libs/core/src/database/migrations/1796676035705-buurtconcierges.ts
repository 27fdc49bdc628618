import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Buurtconcierges1796676035705 implements MigrationInterface {
  name = 'Buurtconcierges1796676035705';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "buurtconcierge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gebruiker_id" text NOT NULL, "naam" text NOT NULL, "buurt_ids" uuid array NOT NULL, "beschikbaarheid" text NOT NULL, "aangesteld_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_45134cdd2c2f3c5b4f32d70a3d6" UNIQUE ("gebruiker_id"), CONSTRAINT "PK_a29fe525570f1ee21506a13a20f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "concierge_verzoek" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "buurt_id" uuid NOT NULL, "gevraagd_door" text NOT NULL, "soort" text NOT NULL, "omschrijving" text NOT NULL, "signaal_id" uuid, "signaal_referentie" text, "status" text NOT NULL DEFAULT 'NIEUW', "concierge_id" uuid, "opgepakt_op" TIMESTAMP(3) WITH TIME ZONE, "gevraagd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_5cf6af3b5b268b747cb1cf1a5e" CHECK ("status" IN ('NIEUW','OPGEPAKT','AFGEROND')), CONSTRAINT "CHK_1f7c4b10d69b2f8c92b371b97d" CHECK ("soort" IN ('HULP','MELDING')), CONSTRAINT "PK_8b0344400885a82ce2d2b26ec9d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bdbb34f650afeee20513bc526d" ON "concierge_verzoek" ("gevraagd_door") `);
    await queryRunner.query(`CREATE INDEX "IDX_f82f3aed8d74b7dd4f29dbdad6" ON "concierge_verzoek" ("buurt_id", "status") `);
    await queryRunner.query(
      `CREATE TABLE "concierge_logregel" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "concierge_id" uuid NOT NULL, "buurt_id" uuid NOT NULL, "datum" date NOT NULL, "soort" text NOT NULL, "categorie" text NOT NULL, "minuten" integer NOT NULL, "notitie" text NOT NULL, "naam_met_toestemming" text, "doorverwezen" boolean NOT NULL DEFAULT false, "verzoek_id" uuid, CONSTRAINT "CHK_bf5b126b0d0e9b26bd605ef553" CHECK ("soort" IN ('CONTACT','TAAK')), CONSTRAINT "CHK_7b2582045fd569f42721b32492" CHECK ("minuten" BETWEEN 1 AND 720), CONSTRAINT "PK_cc873fbb3156aed5436dce66d70" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a6f694d4b8c927fdbd4ab9b9e0" ON "concierge_logregel" ("buurt_id", "datum") `);
    await queryRunner.query(
      `ALTER TABLE "concierge_logregel" ADD CONSTRAINT "FK_fd28f1f7aea7b3f525f4e829875" FOREIGN KEY ("concierge_id") REFERENCES "buurtconcierge"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "concierge_logregel" DROP CONSTRAINT "FK_fd28f1f7aea7b3f525f4e829875"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a6f694d4b8c927fdbd4ab9b9e0"`);
    await queryRunner.query(`DROP TABLE "concierge_logregel"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f82f3aed8d74b7dd4f29dbdad6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bdbb34f650afeee20513bc526d"`);
    await queryRunner.query(`DROP TABLE "concierge_verzoek"`);
    await queryRunner.query(`DROP TABLE "buurtconcierge"`);
  }
}
