import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Mdo1796682778913 implements MigrationInterface {
  name = 'Mdo1796682778913';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mdo" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "titel" text NOT NULL, "datum" date NOT NULL, "buurt_ids" uuid array NOT NULL, "deelnemers" jsonb NOT NULL DEFAULT '[]', "status" text NOT NULL, "notulen" text, "gehouden_op" TIMESTAMP(3) WITH TIME ZONE, "gepland_door" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_mdo_buurten" CHECK (cardinality("buurt_ids") > 0), CONSTRAINT "CHK_mdo_status" CHECK ("status" IN ('GEPLAND','GEHOUDEN')), CONSTRAINT "PK_3de91542bfea14d768fbbf6ddb9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_676734907124d55a94c930da32" ON "mdo" ("datum", "id") `);
    await queryRunner.query(
      `CREATE TABLE "mdo_actie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mdo_id" uuid NOT NULL, "besluit" text NOT NULL, "afdeling" text NOT NULL, "deadline" date NOT NULL, "signaal_id" uuid, "behoefte_id" uuid, "status" text NOT NULL, "resultaat" text, "voortgang" text, "opgevolgd_in_mdo_id" uuid, "afgerond_op" TIMESTAMP(3) WITH TIME ZONE, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_mdo_actie_afgerond" CHECK ("status" = 'OPEN' OR "resultaat" IS NOT NULL), CONSTRAINT "CHK_mdo_actie_status" CHECK ("status" IN ('OPEN','AFGEROND','VERVALLEN')), CONSTRAINT "PK_48bb9cf8d30d5b7eaff0ea94494" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_43aacca7a39c597ed777ab43b7" ON "mdo_actie" ("mdo_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8742b39d4a8328368b71a7371b" ON "mdo_actie" ("afdeling") `);
    await queryRunner.query(`CREATE INDEX "IDX_70335061afbc67691a0a8a5c4d" ON "mdo_actie" ("signaal_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_aff3b05c573d6597fba2a3f5f4" ON "mdo_actie" ("status", "deadline") `);
    await queryRunner.query(
      `ALTER TABLE "mdo_actie" ADD CONSTRAINT "FK_43aacca7a39c597ed777ab43b75" FOREIGN KEY ("mdo_id") REFERENCES "mdo"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mdo_actie" DROP CONSTRAINT "FK_43aacca7a39c597ed777ab43b75"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aff3b05c573d6597fba2a3f5f4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_70335061afbc67691a0a8a5c4d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8742b39d4a8328368b71a7371b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_43aacca7a39c597ed777ab43b7"`);
    await queryRunner.query(`DROP TABLE "mdo_actie"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_676734907124d55a94c930da32"`);
    await queryRunner.query(`DROP TABLE "mdo"`);
  }
}
