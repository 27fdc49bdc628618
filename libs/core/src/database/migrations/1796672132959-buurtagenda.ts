import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Buurtagenda1796672132959 implements MigrationInterface {
  name = 'Buurtagenda1796672132959';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "behoefte" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "buurt_id" uuid NOT NULL, "soort" text NOT NULL, "thema" text NOT NULL, "titel" text NOT NULL, "omschrijving" text NOT NULL, "bron" text NOT NULL, "status" text NOT NULL, "onderbouwing" text, "status_toelichting" text, "organisatie_id" uuid, "ingediend_door" text NOT NULL, "beantwoord_op" TIMESTAMP(3) WITH TIME ZONE, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_behoefte_partner" CHECK ("bron" <> 'PARTNER' OR "organisatie_id" IS NOT NULL), CONSTRAINT "CHK_behoefte_status" CHECK ("status" IN ('INGEDIEND','OPEN','OPGEPAKT','BEANTWOORD','VERVALLEN','AFGEWEZEN')), CONSTRAINT "CHK_behoefte_bron" CHECK ("bron" IN ('BUURTREGISSEUR','BEWONER','PARTNER','ENQUETE','SIGNAAL')), CONSTRAINT "CHK_behoefte_soort" CHECK ("soort" IN ('WENS','BEHOEFTE','KNELPUNT')), CONSTRAINT "PK_f2ff4be1132fc3cef4e588cfb84" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_eb08ca45949b42b8241b5781a1" ON "behoefte" ("organisatie_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_86388a719aa58855ecadee93ca" ON "behoefte" ("ingediend_door") `);
    await queryRunner.query(`CREATE INDEX "IDX_8ff938dcea10340c0c4b110e75" ON "behoefte" ("buurt_id", "aangemaakt_op") `);
    await queryRunner.query(
      `CREATE TABLE "behoefte_steun" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "behoefte_id" uuid NOT NULL, "gesteund_door" text NOT NULL, "gesteund_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_behoefte_steun_persoon" UNIQUE ("behoefte_id", "gesteund_door"), CONSTRAINT "PK_e0a0153bdc36c0a964e1396e539" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_112c7ca39d906804d856625cce" ON "behoefte_steun" ("gesteund_door") `);
    await queryRunner.query(
      `CREATE TABLE "behoefte_koppeling" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "behoefte_id" uuid NOT NULL, "soort" text NOT NULL, "object_id" uuid NOT NULL, "gekoppeld_door" text NOT NULL, "gekoppeld_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_behoefte_koppeling" UNIQUE ("behoefte_id", "soort", "object_id"), CONSTRAINT "CHK_behoefte_koppeling_soort" CHECK ("soort" IN ('INITIATIEF','SIGNAAL','PLAN','ACTIVITEIT')), CONSTRAINT "PK_517341edcb5a8a1c431cc7c525d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b3acf36264a9a378c1bbf543d9" ON "behoefte_koppeling" ("soort", "object_id") `);
    await queryRunner.query(
      `ALTER TABLE "behoefte" ADD CONSTRAINT "FK_f02a14ccf036f482a6e9c3fed13" FOREIGN KEY ("buurt_id") REFERENCES "buurt"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "behoefte_steun" ADD CONSTRAINT "FK_ebdf630edcaee368ad08b0ff6ea" FOREIGN KEY ("behoefte_id") REFERENCES "behoefte"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "behoefte_koppeling" ADD CONSTRAINT "FK_2a08859ba3f72c79cda6f3d5035" FOREIGN KEY ("behoefte_id") REFERENCES "behoefte"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "behoefte_koppeling" DROP CONSTRAINT "FK_2a08859ba3f72c79cda6f3d5035"`);
    await queryRunner.query(`ALTER TABLE "behoefte_steun" DROP CONSTRAINT "FK_ebdf630edcaee368ad08b0ff6ea"`);
    await queryRunner.query(`ALTER TABLE "behoefte" DROP CONSTRAINT "FK_f02a14ccf036f482a6e9c3fed13"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b3acf36264a9a378c1bbf543d9"`);
    await queryRunner.query(`DROP TABLE "behoefte_koppeling"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_112c7ca39d906804d856625cce"`);
    await queryRunner.query(`DROP TABLE "behoefte_steun"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8ff938dcea10340c0c4b110e75"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_86388a719aa58855ecadee93ca"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb08ca45949b42b8241b5781a1"`);
    await queryRunner.query(`DROP TABLE "behoefte"`);
  }
}
