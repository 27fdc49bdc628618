import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Ideeenbank1796675358689 implements MigrationInterface {
  name = 'Ideeenbank1796675358689';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ideeverhaal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiatief_id" uuid NOT NULL, "titel" text NOT NULL, "wat_gedaan" text NOT NULL, "voor_wie" text NOT NULL, "wat_werkte" text NOT NULL, "wat_niet" text NOT NULL, "thema" text NOT NULL, "kosten" bigint, "buurt_ids" uuid array NOT NULL DEFAULT '{}', "stadsdeel_id" uuid, "instrument_ids" uuid array NOT NULL DEFAULT '{}', "gepubliceerd_door" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2861789687871f14dcd309785a5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0d0713879b3237827c26219a78" ON "ideeverhaal" ("initiatief_id") `);
    // Dutch full-text search of the idea bank: a GIN index on the expression ZOEKVECTOR (ideeverhaal.entity.ts).
    await queryRunner.query(
      `CREATE INDEX "IDX_ideeverhaal_zoekvector" ON "ideeverhaal" USING GIN ((setweight(to_tsvector('dutch'::regconfig, titel), 'A') || setweight(to_tsvector('dutch'::regconfig, wat_gedaan || ' ' || voor_wie), 'B') || setweight(to_tsvector('dutch'::regconfig, wat_werkte || ' ' || wat_niet), 'C')))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_ideeverhaal_zoekvector"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0d0713879b3237827c26219a78"`);
    await queryRunner.query(`DROP TABLE "ideeverhaal"`);
  }
}
