import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Buurtpanel1795985541208 implements MigrationInterface {
  name = 'Buurtpanel1795985541208';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "buurtpanel" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "naam" text NOT NULL, "buurt_ids" uuid array NOT NULL, "quorum" integer NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_215ed60ea245f5d6039d292d00" CHECK ("quorum" >= 1), CONSTRAINT "PK_89b2ddf7469e14c26565491db9c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "buurtpanel_lid" ("panel_id" uuid NOT NULL, "gebruiker_id" text NOT NULL, CONSTRAINT "PK_36ab0f912eb8680c78f3c42e12f" PRIMARY KEY ("panel_id", "gebruiker_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_822bee680f8ce4afa2a3682b6c" ON "buurtpanel_lid" ("gebruiker_id") `);
    await queryRunner.query(
      `CREATE TABLE "panelstemming" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiatief_id" uuid NOT NULL, "panel_id" uuid NOT NULL, "sluit_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "gesloten_op" TIMESTAMP(3) WITH TIME ZONE, "aantal_voor" integer, "aantal_tegen" integer, "aantal_onthouding" integer, "uitkomst" text, "verschoningen" jsonb NOT NULL DEFAULT '[]', "voorgelegd_door_sub" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ad21c1f93d68ec97ba3d4147706" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f1cc95da717db2dc63446c57ea" ON "panelstemming" ("initiatief_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_872d024d32aadf9daa2c0a8cc6" ON "panelstemming" ("panel_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_f75794e3b03b90461b95255ffe" ON "panelstemming" ("sluit_op") WHERE gesloten_op IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d63d4e99ed9e5c1d7c0d53f042" ON "panelstemming" ("initiatief_id") WHERE gesloten_op IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "panelstem" ("stemming_id" uuid NOT NULL, "gebruiker_id" text NOT NULL, "keuze" text NOT NULL, "toelichting" text, "uitgebracht_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d08b5ee0e9ae20dee386c38f3c7" PRIMARY KEY ("stemming_id", "gebruiker_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "buurtpanel_lid" ADD CONSTRAINT "FK_550974d8e615d0b85eebdcda33d" FOREIGN KEY ("panel_id") REFERENCES "buurtpanel"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "panelstemming" ADD CONSTRAINT "FK_f1cc95da717db2dc63446c57ead" FOREIGN KEY ("initiatief_id") REFERENCES "initiatief"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "panelstemming" ADD CONSTRAINT "FK_872d024d32aadf9daa2c0a8cc6c" FOREIGN KEY ("panel_id") REFERENCES "buurtpanel"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "panelstem" ADD CONSTRAINT "FK_a093e04caa34b59018e55f5e69f" FOREIGN KEY ("stemming_id") REFERENCES "panelstemming"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "panelstem" DROP CONSTRAINT "FK_a093e04caa34b59018e55f5e69f"`);
    await queryRunner.query(`ALTER TABLE "panelstemming" DROP CONSTRAINT "FK_872d024d32aadf9daa2c0a8cc6c"`);
    await queryRunner.query(`ALTER TABLE "panelstemming" DROP CONSTRAINT "FK_f1cc95da717db2dc63446c57ead"`);
    await queryRunner.query(`ALTER TABLE "buurtpanel_lid" DROP CONSTRAINT "FK_550974d8e615d0b85eebdcda33d"`);
    await queryRunner.query(`DROP TABLE "panelstem"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d63d4e99ed9e5c1d7c0d53f042"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f75794e3b03b90461b95255ffe"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_872d024d32aadf9daa2c0a8cc6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f1cc95da717db2dc63446c57ea"`);
    await queryRunner.query(`DROP TABLE "panelstemming"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_822bee680f8ce4afa2a3682b6c"`);
    await queryRunner.query(`DROP TABLE "buurtpanel_lid"`);
    await queryRunner.query(`DROP TABLE "buurtpanel"`);
  }
}
