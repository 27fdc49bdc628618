import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NetwerkbijeenkomstenSignalen1795983890484 implements MigrationInterface {
  name = 'NetwerkbijeenkomstenSignalen1795983890484';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "netwerkbijeenkomst" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "titel" text NOT NULL, "thema" text, "begin" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "eind" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "buurt_id" uuid NOT NULL, "locatie" text NOT NULL, "capaciteit" integer NOT NULL, "status" text NOT NULL DEFAULT 'GEPLAND', "verslag" text, "gepland_door" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_netwerkbijeenkomst_status" CHECK ("status" IN ('GEPLAND','GEANNULEERD','AFGEROND')), CONSTRAINT "CHK_netwerkbijeenkomst_periode" CHECK ("eind" > "begin"), CONSTRAINT "CHK_netwerkbijeenkomst_capaciteit" CHECK ("capaciteit" > 0), CONSTRAINT "PK_d5c7de81103766f908c189041c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_43e5bda2f06416e84d546199b4" ON "netwerkbijeenkomst" ("begin", "id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_netwerkbijeenkomst_gastbuurt" ON "netwerkbijeenkomst" ("buurt_id") WHERE status <> 'GEANNULEERD'`,
    );
    await queryRunner.query(
      `CREATE TABLE "aanmelding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bijeenkomst_id" uuid NOT NULL, "naam" text NOT NULL, "email" text NOT NULL, "email_sleutel" text NOT NULL, "organisatie_id" uuid, "rol" text, "wensen" text, "status" text NOT NULL, "volgnummer" integer NOT NULL, "afmeldcode_hash" text NOT NULL, "gebruiker_id" text, "afgemeld_op" TIMESTAMP(3) WITH TIME ZONE, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_aanmelding_volgnummer" UNIQUE ("bijeenkomst_id", "volgnummer"), CONSTRAINT "UQ_aanmelding_email" UNIQUE ("bijeenkomst_id", "email_sleutel"), CONSTRAINT "CHK_aanmelding_status" CHECK ("status" IN ('AANGEMELD','WACHTLIJST','AFGEMELD')), CONSTRAINT "PK_9f3f10bdb4eb24116593013674b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_abcc50b8f0f6b8ed6a626b8606" ON "aanmelding" ("organisatie_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_f6855884fa5653e3bc0448cae1" ON "aanmelding" ("bijeenkomst_id", "status", "volgnummer") `,
    );
    await queryRunner.query(
      `CREATE TABLE "uitgaande_mail" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "soort" text NOT NULL, "referentie_id" uuid, "aan" text NOT NULL, "onderwerp" text NOT NULL, "tekst" text NOT NULL, "status" text NOT NULL DEFAULT 'WACHTEND', "pogingen" integer NOT NULL DEFAULT '0', "volgende_poging_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "laatste_fout" text, "verzonden_op" TIMESTAMP(3) WITH TIME ZONE, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_uitgaande_mail_status" CHECK ("status" IN ('WACHTEND','VERZONDEN','MISLUKT')), CONSTRAINT "PK_c48bd05fc54992490c3e594aa44" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c447b2d2d3ab0cc7a3e7df76e2" ON "uitgaande_mail" ("referentie_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_64ee1edc2fd8392717965367b5" ON "uitgaande_mail" ("status", "volgende_poging_op") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "titel" text NOT NULL, "omschrijving" text, "afdeling" text NOT NULL, "startdatum" date NOT NULL, "einddatum" date, "geregistreerd_door" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_plan_periode" CHECK ("einddatum" IS NULL OR "einddatum" >= "startdatum"), CONSTRAINT "PK_54a2b686aed3b637654bf7ddbb3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8e97e1f0c6196598d9eaa0a89a" ON "plan" ("startdatum", "id") `);
    await queryRunner.query(
      `CREATE TABLE "signaalcategorie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "naam" text NOT NULL, "afdeling" text NOT NULL, "reactietermijn_dagen" integer NOT NULL, "actief" boolean NOT NULL DEFAULT true, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_19138cb179add9401eaba03b31c" UNIQUE ("naam"), CONSTRAINT "CHK_signaalcategorie_termijn" CHECK ("reactietermijn_dagen" > 0), CONSTRAINT "PK_6689edc8748503b89cfe6323e0c" PRIMARY KEY ("id"))`,
    );
    // Signal categories are data (docs/domein.md, invariant 10): department and response term per category.
    await queryRunner.query(`INSERT INTO "signaalcategorie" ("naam", "afdeling", "reactietermijn_dagen") VALUES
      ('Openbare ruimte', 'Beheer openbare ruimte', 5),
      ('Afval en zwerfvuil', 'Afval en reiniging', 3),
      ('Groen', 'Groenbeheer', 10),
      ('Verkeer en parkeren', 'Verkeer en mobiliteit', 10),
      ('Overlast en veiligheid', 'Openbare orde en veiligheid', 5),
      ('Zorg en welzijn', 'Sociaal domein', 10),
      ('Wonen en leefbaarheid', 'Wonen', 10),
      ('Overig', 'Buurtgericht werken', 10)`);
    await queryRunner.query(
      `CREATE TABLE "signaal_teller" ("jaar" integer NOT NULL, "laatste" integer NOT NULL, CONSTRAINT "PK_85ccc04a75763e89399e71d84f2" PRIMARY KEY ("jaar"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "signaal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "referentie" text NOT NULL, "buurt_id" uuid NOT NULL, "categorie_id" uuid NOT NULL, "categorie" text NOT NULL, "omschrijving" text NOT NULL, "status" text NOT NULL, "afdeling" text, "terugkoppeling" text, "buurtregisseur_id" uuid, "gemeld_door" text NOT NULL, "melder_email" text, "reactie_uiterlijk" date NOT NULL, "afgehandeld_op" TIMESTAMP(3) WITH TIME ZONE, "gemeld_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_signaal_referentie" UNIQUE ("referentie"), CONSTRAINT "CHK_signaal_status" CHECK ("status" IN ('NIEUW','DOORGEZET','IN_BEHANDELING','AFGEHANDELD')), CONSTRAINT "PK_b4eb3347ba76a4fd807891528e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e71175e72260a06e0e894cd65e" ON "signaal" ("categorie_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_dd68b756564740a85f6dab649f" ON "signaal" ("buurtregisseur_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3333ab99935091b845dc0f26b6" ON "signaal" ("gemeld_door") `);
    await queryRunner.query(`CREATE INDEX "IDX_4b9c03893c808dde98b59e70da" ON "signaal" ("reactie_uiterlijk", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fbaafcf52b306e6414045f1817" ON "signaal" ("gemeld_op", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_67782a4c860216dee2b1ade838" ON "signaal" ("buurt_id", "gemeld_op") `);
    await queryRunner.query(
      `CREATE TABLE "plan_buurt" ("plan_id" uuid NOT NULL, "buurt_id" uuid NOT NULL, CONSTRAINT "PK_8d5c64f84172c7c6614a3179f66" PRIMARY KEY ("plan_id", "buurt_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a1246823c4f593e07d33f4dea9" ON "plan_buurt" ("plan_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0c233dbedca546cd92ad345201" ON "plan_buurt" ("buurt_id") `);
    await queryRunner.query(
      `CREATE TABLE "plan_buurtregisseur" ("plan_id" uuid NOT NULL, "medewerker_id" uuid NOT NULL, CONSTRAINT "PK_dee174297c0e9746984482cc4ca" PRIMARY KEY ("plan_id", "medewerker_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a2fbfaf4087a6e8b9482be889c" ON "plan_buurtregisseur" ("plan_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4a7bb5133e1ea7197a7530e0dd" ON "plan_buurtregisseur" ("medewerker_id") `);
    await queryRunner.query(
      `ALTER TABLE "netwerkbijeenkomst" ADD CONSTRAINT "FK_112d3bbb8909baf07fa0fbd6c14" FOREIGN KEY ("buurt_id") REFERENCES "buurt"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "aanmelding" ADD CONSTRAINT "FK_43d65d52b1eac241997838cce84" FOREIGN KEY ("bijeenkomst_id") REFERENCES "netwerkbijeenkomst"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "aanmelding" ADD CONSTRAINT "FK_abcc50b8f0f6b8ed6a626b86063" FOREIGN KEY ("organisatie_id") REFERENCES "organisatie"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "signaal" ADD CONSTRAINT "FK_e62c27d613d42a269dcdcb14bef" FOREIGN KEY ("buurt_id") REFERENCES "buurt"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "signaal" ADD CONSTRAINT "FK_e71175e72260a06e0e894cd65ed" FOREIGN KEY ("categorie_id") REFERENCES "signaalcategorie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "signaal" ADD CONSTRAINT "FK_dd68b756564740a85f6dab649f5" FOREIGN KEY ("buurtregisseur_id") REFERENCES "medewerker"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_buurt" ADD CONSTRAINT "FK_a1246823c4f593e07d33f4dea98" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_buurt" ADD CONSTRAINT "FK_0c233dbedca546cd92ad3452014" FOREIGN KEY ("buurt_id") REFERENCES "buurt"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_buurtregisseur" ADD CONSTRAINT "FK_a2fbfaf4087a6e8b9482be889ca" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_buurtregisseur" ADD CONSTRAINT "FK_4a7bb5133e1ea7197a7530e0ddc" FOREIGN KEY ("medewerker_id") REFERENCES "medewerker"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_buurtregisseur" DROP CONSTRAINT "FK_4a7bb5133e1ea7197a7530e0ddc"`);
    await queryRunner.query(`ALTER TABLE "plan_buurtregisseur" DROP CONSTRAINT "FK_a2fbfaf4087a6e8b9482be889ca"`);
    await queryRunner.query(`ALTER TABLE "plan_buurt" DROP CONSTRAINT "FK_0c233dbedca546cd92ad3452014"`);
    await queryRunner.query(`ALTER TABLE "plan_buurt" DROP CONSTRAINT "FK_a1246823c4f593e07d33f4dea98"`);
    await queryRunner.query(`ALTER TABLE "signaal" DROP CONSTRAINT "FK_dd68b756564740a85f6dab649f5"`);
    await queryRunner.query(`ALTER TABLE "signaal" DROP CONSTRAINT "FK_e71175e72260a06e0e894cd65ed"`);
    await queryRunner.query(`ALTER TABLE "signaal" DROP CONSTRAINT "FK_e62c27d613d42a269dcdcb14bef"`);
    await queryRunner.query(`ALTER TABLE "aanmelding" DROP CONSTRAINT "FK_abcc50b8f0f6b8ed6a626b86063"`);
    await queryRunner.query(`ALTER TABLE "aanmelding" DROP CONSTRAINT "FK_43d65d52b1eac241997838cce84"`);
    await queryRunner.query(`ALTER TABLE "netwerkbijeenkomst" DROP CONSTRAINT "FK_112d3bbb8909baf07fa0fbd6c14"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4a7bb5133e1ea7197a7530e0dd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a2fbfaf4087a6e8b9482be889c"`);
    await queryRunner.query(`DROP TABLE "plan_buurtregisseur"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0c233dbedca546cd92ad345201"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a1246823c4f593e07d33f4dea9"`);
    await queryRunner.query(`DROP TABLE "plan_buurt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_67782a4c860216dee2b1ade838"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fbaafcf52b306e6414045f1817"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4b9c03893c808dde98b59e70da"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3333ab99935091b845dc0f26b6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dd68b756564740a85f6dab649f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e71175e72260a06e0e894cd65e"`);
    await queryRunner.query(`DROP TABLE "signaal"`);
    await queryRunner.query(`DROP TABLE "signaal_teller"`);
    await queryRunner.query(`DROP TABLE "signaalcategorie"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8e97e1f0c6196598d9eaa0a89a"`);
    await queryRunner.query(`DROP TABLE "plan"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_64ee1edc2fd8392717965367b5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c447b2d2d3ab0cc7a3e7df76e2"`);
    await queryRunner.query(`DROP TABLE "uitgaande_mail"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f6855884fa5653e3bc0448cae1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_abcc50b8f0f6b8ed6a626b8606"`);
    await queryRunner.query(`DROP TABLE "aanmelding"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_netwerkbijeenkomst_gastbuurt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_43e5bda2f06416e84d546199b4"`);
    await queryRunner.query(`DROP TABLE "netwerkbijeenkomst"`);
  }
}
