import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Burgerbegroting1795985340334 implements MigrationInterface {
  name = 'Burgerbegroting1795985340334';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "begrotingsronde" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "naam" text NOT NULL, "budget" bigint NOT NULL, "stemmen_vanaf" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "stemmen_tot" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "regel" text NOT NULL, "stemwijze" text NOT NULL, "min_projecten" integer, "max_projecten" integer, "punten_totaal" integer, "geimporteerd" boolean NOT NULL DEFAULT false, "aangemaakt_door" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_1c63f3d5c04a7e68bdb0323ed9" CHECK ("budget" >= 0), CONSTRAINT "CHK_6a6f69f3ec9813862955e6dc9f" CHECK ("stemmen_tot" > "stemmen_vanaf"), CONSTRAINT "CHK_d1791f5306a66eb01681772b47" CHECK ("stemwijze" IN ('APPROVAL','KNAPSACK','PUNTEN')), CONSTRAINT "CHK_057970267b8b7988d210621598" CHECK ("regel" IN ('EQUAL_SHARES','GREEDY')), CONSTRAINT "PK_c07917ac55df705307b34afab48" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_600cdbda2472299a7852d429be" ON "begrotingsronde" ("stemmen_tot", "id") `);
    await queryRunner.query(
      `CREATE TABLE "begrotingsproject" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ronde_id" uuid NOT NULL, "code" text NOT NULL, "titel" text NOT NULL, "kosten" bigint NOT NULL, "initiatief_id" uuid, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_73a0c2b867bf5e0a0e2e6b88200" UNIQUE ("ronde_id", "code"), CONSTRAINT "CHK_67ec3904caeed89fec2ecf0c4a" CHECK ("kosten" >= 0), CONSTRAINT "PK_a625747279979a0ba5ff8fdcb5e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_47372df3945c52d039b0d374f2" ON "begrotingsproject" ("initiatief_id") `);
    await queryRunner.query(
      `CREATE TABLE "begrotingsstembiljet" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ronde_id" uuid NOT NULL, "stemmer" text NOT NULL, "kanaal" text NOT NULL, "buurtcode" text, "keuze" jsonb NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d4102980d2bf4cd5aeb4556f9c4" UNIQUE ("ronde_id", "stemmer"), CONSTRAINT "CHK_42cc8bf2843b8aa9e150e28308" CHECK ("kanaal" IN ('ONLINE','PAPIER','IMPORT')), CONSTRAINT "PK_13d63f6d57b10ae4e820e81f167" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "begrotingsuitslag" ("ronde_id" uuid NOT NULL, "regel_sleutel" text NOT NULL, "regel_versie" text NOT NULL, "add1_ophoging" bigint NOT NULL, "aantal_stembiljetten" integer NOT NULL, "telling" jsonb, "geweigerd" text, "berekend_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_15a328f5899a54f1d4392ecdfd" CHECK (("telling" IS NULL) <> ("geweigerd" IS NULL)), CONSTRAINT "PK_aa0f5316ef82d77b32ad81f9239" PRIMARY KEY ("ronde_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "begrotingsronde_buurt" ("ronde_id" uuid NOT NULL, "buurt_id" uuid NOT NULL, CONSTRAINT "PK_b4b6c1497055c6694917650ebc6" PRIMARY KEY ("ronde_id", "buurt_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_81ed7e39551d35e9773e20c347" ON "begrotingsronde_buurt" ("ronde_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a24fd6739b89efe68ac71e9705" ON "begrotingsronde_buurt" ("buurt_id") `);
    await queryRunner.query(
      `ALTER TABLE "begrotingsproject" ADD CONSTRAINT "FK_a8c360b3ae0c3da233ae2045e72" FOREIGN KEY ("ronde_id") REFERENCES "begrotingsronde"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "begrotingsstembiljet" ADD CONSTRAINT "FK_84c5af1bf18cae876a2fe80749e" FOREIGN KEY ("ronde_id") REFERENCES "begrotingsronde"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "begrotingsuitslag" ADD CONSTRAINT "FK_aa0f5316ef82d77b32ad81f9239" FOREIGN KEY ("ronde_id") REFERENCES "begrotingsronde"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "begrotingsronde_buurt" ADD CONSTRAINT "FK_81ed7e39551d35e9773e20c3477" FOREIGN KEY ("ronde_id") REFERENCES "begrotingsronde"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "begrotingsronde_buurt" ADD CONSTRAINT "FK_a24fd6739b89efe68ac71e97054" FOREIGN KEY ("buurt_id") REFERENCES "buurt"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "begrotingsronde_buurt" DROP CONSTRAINT "FK_a24fd6739b89efe68ac71e97054"`);
    await queryRunner.query(`ALTER TABLE "begrotingsronde_buurt" DROP CONSTRAINT "FK_81ed7e39551d35e9773e20c3477"`);
    await queryRunner.query(`ALTER TABLE "begrotingsuitslag" DROP CONSTRAINT "FK_aa0f5316ef82d77b32ad81f9239"`);
    await queryRunner.query(`ALTER TABLE "begrotingsstembiljet" DROP CONSTRAINT "FK_84c5af1bf18cae876a2fe80749e"`);
    await queryRunner.query(`ALTER TABLE "begrotingsproject" DROP CONSTRAINT "FK_a8c360b3ae0c3da233ae2045e72"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a24fd6739b89efe68ac71e9705"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_81ed7e39551d35e9773e20c347"`);
    await queryRunner.query(`DROP TABLE "begrotingsronde_buurt"`);
    await queryRunner.query(`DROP TABLE "begrotingsuitslag"`);
    await queryRunner.query(`DROP TABLE "begrotingsstembiljet"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_47372df3945c52d039b0d374f2"`);
    await queryRunner.query(`DROP TABLE "begrotingsproject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_600cdbda2472299a7852d429be"`);
    await queryRunner.query(`DROP TABLE "begrotingsronde"`);
  }
}
