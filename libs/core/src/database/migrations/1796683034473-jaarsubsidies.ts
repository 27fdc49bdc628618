import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Jaarsubsidies1796683034473 implements MigrationInterface {
  name = 'Jaarsubsidies1796683034473';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "jaarsubsidieregeling" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "naam" text NOT NULL, "regeling_code" text NOT NULL, "aanvraag_uiterlijk" text NOT NULL, "verantwoording_uiterlijk" text NOT NULL, "nieuwe_termijn_dagen" integer NOT NULL DEFAULT '28', "voorschotschema" text NOT NULL, "voorschot_procent" integer NOT NULL, "accountantsverklaring_vanaf" bigint NOT NULL, "meldingsdrempel_procent" integer NOT NULL DEFAULT '10', "maximum_bedrag" bigint, "herinnering_dagen" integer array NOT NULL DEFAULT '{28,7}', "voorwaarden" jsonb NOT NULL DEFAULT '[]', "verplichtingen" jsonb NOT NULL DEFAULT '[]', "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_jaarsubsidieregeling_procent" CHECK ("voorschot_procent" BETWEEN 0 AND 100), CONSTRAINT "PK_03e5938c16130bc6095ad8b6bb9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_372016abed61f364b8e3af5c3f" ON "jaarsubsidieregeling" ("code") `);
    await queryRunner.query(
      `CREATE TABLE "jaarsubsidie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "referentie" text NOT NULL, "regeling_id" uuid NOT NULL, "organisatie_id" uuid NOT NULL, "boekjaar" integer NOT NULL, "status" text NOT NULL, "ingediend_door_sub" text NOT NULL, "ingediend_door" text NOT NULL, "contact_email" text NOT NULL, "ingediend_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ontvangen_datum" date NOT NULL, "gevraagd_bedrag" bigint NOT NULL, "activiteiten" jsonb NOT NULL, "begroting" jsonb NOT NULL, "vorig_jaar" jsonb, "bevindingen" jsonb NOT NULL DEFAULT '[]', "plafond_id" uuid, "gereserveerd_bedrag" bigint NOT NULL DEFAULT '0', "verleend_bedrag" bigint, "meerjarig_tot" integer, "verplichtingen" jsonb NOT NULL DEFAULT '[]', "verantwoording_uiterlijk" date, "nieuwe_termijn_tot" date, "herinneringen_verstuurd" integer array NOT NULL DEFAULT '{}', "verantwoord_op" TIMESTAMP(3) WITH TIME ZONE, "activiteitenverslag" text, "accountantsverklaring" text, "vastgesteld_bedrag" bigint, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c4d38bbc3027c0ffa02f2cb2121" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_25596b6ab267efeef5d60adfdd" ON "jaarsubsidie" ("referentie") `);
    await queryRunner.query(`CREATE INDEX "IDX_ffeb74181ed45ed8877ab87c45" ON "jaarsubsidie" ("organisatie_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ba90c1252db4b40fee72a6610d" ON "jaarsubsidie" ("status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_e2473009d1190c5ee96b6fca24" ON "jaarsubsidie" ("regeling_id", "organisatie_id", "boekjaar") `,
    );
    await queryRunner.query(
      `CREATE TABLE "jaarsubsidie_betaling" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "jaarsubsidie_id" uuid NOT NULL, "soort" text NOT NULL, "volgnummer" integer NOT NULL, "bedrag" bigint NOT NULL, "vervaldatum" date NOT NULL, "status" text NOT NULL, "betaald_op" date, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d136009c202dd25cb43389a78d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_405a7c2a68da9e159e411c7c79" ON "jaarsubsidie_betaling" ("jaarsubsidie_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_9d54891fe309a90d05ce0cec21" ON "jaarsubsidie_betaling" ("status", "vervaldatum") `,
    );
    await queryRunner.query(
      `CREATE TABLE "jaarsubsidie_besluit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "jaarsubsidie_id" uuid NOT NULL, "soort" text NOT NULL, "bedrag" bigint, "motivering" text NOT NULL, "regels" jsonb NOT NULL DEFAULT '[]', "genomen_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "datum" date NOT NULL, "genomen_door" text NOT NULL, "genomen_door_sub" text NOT NULL, "orgaan" text NOT NULL, "mandaat" text, "brief" text NOT NULL, "bekendgemaakt_op" TIMESTAMP(3) WITH TIME ZONE, "bezwaar_mogelijk_tot" date, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6a48f8b3e8e2cdaccc60686c68" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d920c500f6f4e17c114cbab792" ON "jaarsubsidie_besluit" ("jaarsubsidie_id") `);
    await queryRunner.query(
      `CREATE TABLE "jaarsubsidie_wijziging" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "jaarsubsidie_id" uuid NOT NULL, "soort" text NOT NULL, "omschrijving" text NOT NULL, "betreft" text, "bedrag" bigint, "gemeld_door_sub" text NOT NULL, "gemeld_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "besluit_id" uuid, CONSTRAINT "PK_b0336563e3b9c249f04d2941a0a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4665cea06f38e6469bd91e29c5" ON "jaarsubsidie_wijziging" ("jaarsubsidie_id") `);
    await queryRunner.query(
      `CREATE TABLE "jaarsubsidie_referentieteller" ("jaar" integer NOT NULL, "laatste" integer NOT NULL, CONSTRAINT "PK_c0a22747fa4e5a2dc3ac3175999" PRIMARY KEY ("jaar"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "jaarsubsidie_referentieteller"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4665cea06f38e6469bd91e29c5"`);
    await queryRunner.query(`DROP TABLE "jaarsubsidie_wijziging"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d920c500f6f4e17c114cbab792"`);
    await queryRunner.query(`DROP TABLE "jaarsubsidie_besluit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d54891fe309a90d05ce0cec21"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_405a7c2a68da9e159e411c7c79"`);
    await queryRunner.query(`DROP TABLE "jaarsubsidie_betaling"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e2473009d1190c5ee96b6fca24"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba90c1252db4b40fee72a6610d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ffeb74181ed45ed8877ab87c45"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_25596b6ab267efeef5d60adfdd"`);
    await queryRunner.query(`DROP TABLE "jaarsubsidie"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_372016abed61f364b8e3af5c3f"`);
    await queryRunner.query(`DROP TABLE "jaarsubsidieregeling"`);
  }
}
