import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Fundament1795982765867 implements MigrationInterface {
  name = 'Fundament1795982765867';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stadsdeel" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "naam" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_0b91dd327dc1b470f86e1b888dd" UNIQUE ("naam"), CONSTRAINT "PK_b5ae3c539cfe16b672545630db6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "wijk" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "naam" text NOT NULL, "stadsdeel_id" uuid, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_69b6c9eabc386a8ed2d4ed0acd3" UNIQUE ("code"), CONSTRAINT "PK_1be69003f645be3bcb59506f1cf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1df40706de7d9cc08953df5ceb" ON "wijk" ("stadsdeel_id") `);
    await queryRunner.query(
      `CREATE TABLE "buurt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "naam" text NOT NULL, "zoeknaam" text NOT NULL, "wijk_id" uuid NOT NULL, "inwoners" integer, "lat" double precision, "lon" double precision, "geometrie" jsonb, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ba7eb2bd1f91e97ecd2265ba565" UNIQUE ("code"), CONSTRAINT "PK_2b197394cd2d77f297e550a6827" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6c9645805a0aba7e4b5fc2f63e" ON "buurt" ("wijk_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b65611db99f4c025c65fc3e487" ON "buurt" ("gewijzigd_op", "id") `);
    await queryRunner.query(
      `CREATE TABLE "medewerker" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "naam" text NOT NULL, "functie" text NOT NULL, "email" text, "telefoon" text, "gebruiker_id" text, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6422865be3752c1042fb1e8fb6e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_e2872e1438c975da52245db186" ON "medewerker" ("gebruiker_id") WHERE gebruiker_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d4b7d563634d8e2d83393d3dc5" ON "medewerker" ("gewijzigd_op", "id") `);
    await queryRunner.query(
      `CREATE TABLE "organisatie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "naam" text NOT NULL, "zoeknaam" text NOT NULL, "soort" text NOT NULL, "kvk_nummer" text, "beschrijving" text, "website" text, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_4ac988cf03e4189188522d0456" CHECK ("soort" IN ('BUURTORGANISATIE','STICHTING','VERENIGING','MAATSCHAPPELIJKE_PARTNER','ONDERNEMER','OVERIG')), CONSTRAINT "PK_60c57ca522c1cb548407df565b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_86c7a455e90cb48efbec579d14" ON "organisatie" ("naam") `);
    await queryRunner.query(`CREATE INDEX "IDX_1d46c5d411b1c0ecf1ab56a3a2" ON "organisatie" ("gewijzigd_op", "id") `);
    await queryRunner.query(
      `CREATE TABLE "bestuursfunctie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisatie_id" uuid NOT NULL, "persoon" text NOT NULL, "functie" text NOT NULL, "vanaf" date NOT NULL, "tot" date, "gebruiker_id" text, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fd7b7dcf8a253ddc0f3cd2398bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9ea91f5d8636c3ebc147960016" ON "bestuursfunctie" ("organisatie_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_eff7e2c7170ac9f452dc3d2987" ON "bestuursfunctie" ("gebruiker_id") `);
    await queryRunner.query(
      `CREATE TABLE "partner_koppeling" ("organisatie_id" uuid NOT NULL, "gebruiker_id" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f369d8176b4ea2fb149115285de" PRIMARY KEY ("organisatie_id", "gebruiker_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "activiteit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "titel" text NOT NULL, "beschrijving" text, "begin" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "eind" TIMESTAMP(3) WITH TIME ZONE, "locatie" text, "buurt_id" uuid NOT NULL, "organisator_id" uuid, "initiatief_id" uuid, "vrijwilligers_gezocht" boolean NOT NULL DEFAULT false, "geannuleerd" boolean NOT NULL DEFAULT false, "gepubliceerd_door" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9eed0efa28abf87e10ad0c1dacb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1328c8f10c78c232eb50f59417" ON "activiteit" ("organisator_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6c417a4479fdba9f1543ea6083" ON "activiteit" ("buurt_id", "begin") `);
    await queryRunner.query(`CREATE INDEX "IDX_71e1f1d39e6b93825e5996eb4d" ON "activiteit" ("begin", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f7e4d1973673bca4eb97ab130b" ON "activiteit" ("gewijzigd_op", "id") `);
    await queryRunner.query(
      `CREATE TABLE "medewerker_buurt" ("medewerker_id" uuid NOT NULL, "buurt_id" uuid NOT NULL, CONSTRAINT "PK_faef843200a0fa8e205bd349f1f" PRIMARY KEY ("medewerker_id", "buurt_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5174d3d75c446d113ce784856d" ON "medewerker_buurt" ("medewerker_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1ddbf631be35b1127f9e2dc5d7" ON "medewerker_buurt" ("buurt_id") `);
    await queryRunner.query(
      `CREATE TABLE "organisatie_buurt" ("organisatie_id" uuid NOT NULL, "buurt_id" uuid NOT NULL, CONSTRAINT "PK_879778a5e6014bf858d24b04e50" PRIMARY KEY ("organisatie_id", "buurt_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0b44fb3a4816a0366b70862267" ON "organisatie_buurt" ("organisatie_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_74388f73ee1c3f3244a35abfed" ON "organisatie_buurt" ("buurt_id") `);
    await queryRunner.query(
      `ALTER TABLE "wijk" ADD CONSTRAINT "FK_1df40706de7d9cc08953df5cebb" FOREIGN KEY ("stadsdeel_id") REFERENCES "stadsdeel"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "buurt" ADD CONSTRAINT "FK_6c9645805a0aba7e4b5fc2f63ec" FOREIGN KEY ("wijk_id") REFERENCES "wijk"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bestuursfunctie" ADD CONSTRAINT "FK_9ea91f5d8636c3ebc147960016a" FOREIGN KEY ("organisatie_id") REFERENCES "organisatie"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_koppeling" ADD CONSTRAINT "FK_b015ad418491d3dfbfa00a48d76" FOREIGN KEY ("organisatie_id") REFERENCES "organisatie"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activiteit" ADD CONSTRAINT "FK_921177b28cf014004b3438d1aa5" FOREIGN KEY ("buurt_id") REFERENCES "buurt"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activiteit" ADD CONSTRAINT "FK_1328c8f10c78c232eb50f594178" FOREIGN KEY ("organisator_id") REFERENCES "organisatie"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "medewerker_buurt" ADD CONSTRAINT "FK_5174d3d75c446d113ce784856d2" FOREIGN KEY ("medewerker_id") REFERENCES "medewerker"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "medewerker_buurt" ADD CONSTRAINT "FK_1ddbf631be35b1127f9e2dc5d73" FOREIGN KEY ("buurt_id") REFERENCES "buurt"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisatie_buurt" ADD CONSTRAINT "FK_0b44fb3a4816a0366b708622673" FOREIGN KEY ("organisatie_id") REFERENCES "organisatie"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisatie_buurt" ADD CONSTRAINT "FK_74388f73ee1c3f3244a35abfed2" FOREIGN KEY ("buurt_id") REFERENCES "buurt"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisatie_buurt" DROP CONSTRAINT "FK_74388f73ee1c3f3244a35abfed2"`);
    await queryRunner.query(`ALTER TABLE "organisatie_buurt" DROP CONSTRAINT "FK_0b44fb3a4816a0366b708622673"`);
    await queryRunner.query(`ALTER TABLE "medewerker_buurt" DROP CONSTRAINT "FK_1ddbf631be35b1127f9e2dc5d73"`);
    await queryRunner.query(`ALTER TABLE "medewerker_buurt" DROP CONSTRAINT "FK_5174d3d75c446d113ce784856d2"`);
    await queryRunner.query(`ALTER TABLE "activiteit" DROP CONSTRAINT "FK_1328c8f10c78c232eb50f594178"`);
    await queryRunner.query(`ALTER TABLE "activiteit" DROP CONSTRAINT "FK_921177b28cf014004b3438d1aa5"`);
    await queryRunner.query(`ALTER TABLE "partner_koppeling" DROP CONSTRAINT "FK_b015ad418491d3dfbfa00a48d76"`);
    await queryRunner.query(`ALTER TABLE "bestuursfunctie" DROP CONSTRAINT "FK_9ea91f5d8636c3ebc147960016a"`);
    await queryRunner.query(`ALTER TABLE "buurt" DROP CONSTRAINT "FK_6c9645805a0aba7e4b5fc2f63ec"`);
    await queryRunner.query(`ALTER TABLE "wijk" DROP CONSTRAINT "FK_1df40706de7d9cc08953df5cebb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_74388f73ee1c3f3244a35abfed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0b44fb3a4816a0366b70862267"`);
    await queryRunner.query(`DROP TABLE "organisatie_buurt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1ddbf631be35b1127f9e2dc5d7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5174d3d75c446d113ce784856d"`);
    await queryRunner.query(`DROP TABLE "medewerker_buurt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f7e4d1973673bca4eb97ab130b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_71e1f1d39e6b93825e5996eb4d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6c417a4479fdba9f1543ea6083"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1328c8f10c78c232eb50f59417"`);
    await queryRunner.query(`DROP TABLE "activiteit"`);
    await queryRunner.query(`DROP TABLE "partner_koppeling"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eff7e2c7170ac9f452dc3d2987"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ea91f5d8636c3ebc147960016"`);
    await queryRunner.query(`DROP TABLE "bestuursfunctie"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1d46c5d411b1c0ecf1ab56a3a2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_86c7a455e90cb48efbec579d14"`);
    await queryRunner.query(`DROP TABLE "organisatie"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d4b7d563634d8e2d83393d3dc5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e2872e1438c975da52245db186"`);
    await queryRunner.query(`DROP TABLE "medewerker"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b65611db99f4c025c65fc3e487"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6c9645805a0aba7e4b5fc2f63e"`);
    await queryRunner.query(`DROP TABLE "buurt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1df40706de7d9cc08953df5ceb"`);
    await queryRunner.query(`DROP TABLE "wijk"`);
    await queryRunner.query(`DROP TABLE "stadsdeel"`);
  }
}
