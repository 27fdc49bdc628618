import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Heitje1796674532690 implements MigrationInterface {
  name = 'Heitje1796674532690';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "heitje_rekening" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "soort" text NOT NULL, "eigenaar" text NOT NULL, "saldo" bigint NOT NULL DEFAULT '0', "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2cbf4ac07587539b811ef5cb92d" UNIQUE ("soort", "eigenaar"), CONSTRAINT "CHK_d3ff9bb79f0f154cf20c1dbbd7" CHECK ("saldo" >= 0 OR "soort" = 'UITGIFTE'), CONSTRAINT "CHK_e1f243c5eb446dac681c515683" CHECK ("soort" IN ('UITGIFTE','KLUSBUDGET','PORTEMONNEE','WINKEL')), CONSTRAINT "PK_d72ffd3d084af985270104e2a29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "heitje_transactie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "soort" text NOT NULL, "omschrijving" text NOT NULL, "klus_id" uuid, "winkel_id" uuid, "op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_0f30033bfb14bacf46d692e643" CHECK ("soort" IN ('KLUS_BEGROTEN','BELONEN','BESTEDEN','KLUS_SLUITEN')), CONSTRAINT "PK_57cb2a8b4c49c579042ddfa21f1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d3e6cd770aa8246073527d9a61" ON "heitje_transactie" ("op", "id") `);
    await queryRunner.query(
      `CREATE TABLE "heitje_boeking" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "transactie_id" uuid NOT NULL, "rekening_id" uuid NOT NULL, "bedrag" bigint NOT NULL, CONSTRAINT "CHK_413b58c4fbe6ace8d5b2f9e78d" CHECK ("bedrag" <> 0), CONSTRAINT "PK_4493e3b6a23e1a55a9df1385709" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_41957013e7ade4dc416d252dfa" ON "heitje_boeking" ("transactie_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_2f6065db44052f505445bbcdf4" ON "heitje_boeking" ("rekening_id", "transactie_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "heitje_klus" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "titel" text NOT NULL, "beschrijving" text NOT NULL, "buurt_id" uuid NOT NULL, "materialen" text NOT NULL, "beloning" integer NOT NULL, "plaatsen" integer NOT NULL, "organisatie_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_3ee6ba04b92b08436b2c971b34" CHECK ("plaatsen" BETWEEN 1 AND 100), CONSTRAINT "CHK_42bcb9fa585e0cd83efd5e2d5a" CHECK ("beloning" BETWEEN 1 AND 10000), CONSTRAINT "CHK_78a1b38aa25f1684549707ae05" CHECK ("status" IN ('OPEN','GESLOTEN')), CONSTRAINT "PK_cebb9ed301a2547bfd0b07f4fc3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_34f63e6c080dd393c4684925f4" ON "heitje_klus" ("buurt_id", "status") `);
    await queryRunner.query(
      `CREATE TABLE "heitje_deelname" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "klus_id" uuid NOT NULL, "bewoner" text NOT NULL, "naam" text NOT NULL, "status" text NOT NULL DEFAULT 'GECLAIMD', "notitie" text, "bevestigd_door" text, "voltooid_op" TIMESTAMP(3) WITH TIME ZONE, "geclaimd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f0181599a67168ec789bc78898d" UNIQUE ("klus_id", "bewoner"), CONSTRAINT "CHK_475bf7601cd62376f0ee5ae04e" CHECK ("status" IN ('GECLAIMD','VOLTOOID')), CONSTRAINT "PK_27804eeabebf750f3ab914322ed" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_80e13bf602c0964002b914d333" ON "heitje_deelname" ("bewoner") `);
    await queryRunner.query(
      `CREATE TABLE "heitje_winkel" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "naam" text NOT NULL, "organisatie_id" uuid NOT NULL, "actief" boolean NOT NULL DEFAULT true, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_82362cfbf0de6993ceeeccb9d9c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "heitje_betaalcode" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "bewoner" text NOT NULL, "bedrag" integer NOT NULL, "geldig_tot" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "gebruikt_op" TIMESTAMP(3) WITH TIME ZONE, "winkel_id" uuid, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d74706e45a801a6f00006778a80" UNIQUE ("code"), CONSTRAINT "CHK_3baee4738befc377ac6c3987fa" CHECK ("bedrag" > 0), CONSTRAINT "PK_c71b5bf52abf19fdb7502a3011e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_03227031d116fca5c7d7e4e5ce" ON "heitje_betaalcode" ("bewoner") `);
    await queryRunner.query(
      `CREATE TABLE "heitje_wisselkoers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "geldig_vanaf" date NOT NULL, "centen_per_heitje" integer NOT NULL, CONSTRAINT "UQ_fa6a7bb0b57cface8e8cef2a878" UNIQUE ("geldig_vanaf"), CONSTRAINT "CHK_08ec21212875bfb942dbbcf1bd" CHECK ("centen_per_heitje" > 0), CONSTRAINT "PK_0ef0ec2988ac2c62e11309f53e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "heitje_jaarplafond" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "jaar" integer NOT NULL, "max_heitjes" integer NOT NULL, CONSTRAINT "UQ_6974f743eac4c27805ef75692a4" UNIQUE ("jaar"), CONSTRAINT "CHK_ad26fd5c7130ef3b6fc4e6e7de" CHECK ("max_heitjes" >= 0), CONSTRAINT "PK_497b35faf39fa9f7e436a496938" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "heitje_boeking" ADD CONSTRAINT "FK_41957013e7ade4dc416d252dfa8" FOREIGN KEY ("transactie_id") REFERENCES "heitje_transactie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "heitje_boeking" ADD CONSTRAINT "FK_33c9c261ed39053bd4c00c452a5" FOREIGN KEY ("rekening_id") REFERENCES "heitje_rekening"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "heitje_deelname" ADD CONSTRAINT "FK_a60d1cf9be0c4534e4b7af79d64" FOREIGN KEY ("klus_id") REFERENCES "heitje_klus"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The ledger is double entry: the lines of a transaction sum to zero, checked at commit
    // (docs/domein.md, invariant 14), and booked lines are never changed or removed.
    await queryRunner.query(`CREATE FUNCTION "heitje_transactie_in_evenwicht"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT COALESCE(sum(bedrag), 0) FROM heitje_boeking WHERE transactie_id = NEW.transactie_id) <> 0 THEN
          RAISE EXCEPTION 'heitje-transactie % is niet in evenwicht', NEW.transactie_id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "heitje_boeking_evenwicht" AFTER INSERT ON "heitje_boeking" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "heitje_transactie_in_evenwicht"()`,
    );
    await queryRunner.query(`CREATE FUNCTION "heitje_boeking_alleen_toevoegen"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'heitje-boekingen worden nooit gewijzigd of verwijderd' USING ERRCODE = 'check_violation';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "heitje_boeking_onveranderlijk" BEFORE UPDATE OR DELETE ON "heitje_boeking" FOR EACH ROW EXECUTE FUNCTION "heitje_boeking_alleen_toevoegen"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "heitje_boeking_onveranderlijk" ON "heitje_boeking"`);
    await queryRunner.query(`DROP FUNCTION "heitje_boeking_alleen_toevoegen"()`);
    await queryRunner.query(`DROP TRIGGER "heitje_boeking_evenwicht" ON "heitje_boeking"`);
    await queryRunner.query(`DROP FUNCTION "heitje_transactie_in_evenwicht"()`);
    await queryRunner.query(`ALTER TABLE "heitje_deelname" DROP CONSTRAINT "FK_a60d1cf9be0c4534e4b7af79d64"`);
    await queryRunner.query(`ALTER TABLE "heitje_boeking" DROP CONSTRAINT "FK_33c9c261ed39053bd4c00c452a5"`);
    await queryRunner.query(`ALTER TABLE "heitje_boeking" DROP CONSTRAINT "FK_41957013e7ade4dc416d252dfa8"`);
    await queryRunner.query(`DROP TABLE "heitje_jaarplafond"`);
    await queryRunner.query(`DROP TABLE "heitje_wisselkoers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_03227031d116fca5c7d7e4e5ce"`);
    await queryRunner.query(`DROP TABLE "heitje_betaalcode"`);
    await queryRunner.query(`DROP TABLE "heitje_winkel"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_80e13bf602c0964002b914d333"`);
    await queryRunner.query(`DROP TABLE "heitje_deelname"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_34f63e6c080dd393c4684925f4"`);
    await queryRunner.query(`DROP TABLE "heitje_klus"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2f6065db44052f505445bbcdf4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_41957013e7ade4dc416d252dfa"`);
    await queryRunner.query(`DROP TABLE "heitje_boeking"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d3e6cd770aa8246073527d9a61"`);
    await queryRunner.query(`DROP TABLE "heitje_transactie"`);
    await queryRunner.query(`DROP TABLE "heitje_rekening"`);
  }
}
