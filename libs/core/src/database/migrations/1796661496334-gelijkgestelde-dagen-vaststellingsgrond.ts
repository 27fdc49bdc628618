import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The decree in force when this table was introduced (Atw art. 3 lid 3), for the years 2026-2028. */
const BESLUIT_2026_2028 =
  'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag ' +
  '(Algemene termijnenwet art. 3 lid 3); geldt voor de jaren 2026, 2027 en 2028';

/** Each seeded day with the next day that is no Saturday, Sunday or holiday (Atw art. 1): all five are Fridays. */
const DAGEN: Array<[string, string]> = [
  ['2026-01-02', '2026-01-05'],
  ['2026-05-15', '2026-05-18'],
  ['2027-05-07', '2027-05-10'],
  ['2028-04-28', '2028-05-01'],
  ['2028-05-26', '2028-05-29'],
];

export class GelijkgesteldeDagenVaststellingsgrond1796661496334 implements MigrationInterface {
  name = 'GelijkgesteldeDagenVaststellingsgrond1796661496334';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "gelijkgestelde_dag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "datum" date NOT NULL, "besluit" text NOT NULL, "vastgelegd_door" text NOT NULL, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_39eb59c4fc8ab6ab06e3201a415" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2ed8acb89aa97fc414cf724984" ON "gelijkgestelde_dag" ("datum") `);
    await queryRunner.query(`ALTER TABLE "initiatief" ADD "vaststelling_grond" text`);
    for (const [dag, volgende] of DAGEN) {
      await queryRunner.query(
        `INSERT INTO "gelijkgestelde_dag" ("datum", "besluit", "vastgelegd_door") VALUES ($1, $2, 'migratie')`,
        [dag, BESLUIT_2026_2028],
      );
      // Terms already given that end on an equated day end on the next working day (Atw art. 1).
      await queryRunner.query(
        `UPDATE "initiatief" SET "beslissen_uiterlijk" = $2, "gewijzigd_op" = now()
          WHERE "beslissen_uiterlijk" = $1 AND "status" IN ('INGEDIEND', 'IN_BEHANDELING', 'AANVULLING_GEVRAAGD', 'BIJ_BUURTPANEL')`,
        [dag, volgende],
      );
      await queryRunner.query(
        `UPDATE "initiatief" SET "aanvullen_uiterlijk" = $2, "gewijzigd_op" = now()
          WHERE "aanvullen_uiterlijk" = $1 AND "status" = 'AANVULLING_GEVRAAGD'`,
        [dag, volgende],
      );
      await queryRunner.query(
        `UPDATE "initiatief" SET "bezwaar_mogelijk_tot" = $2, "gewijzigd_op" = now() WHERE "bezwaar_mogelijk_tot" = $1`,
        [dag, volgende],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiatief" DROP COLUMN "vaststelling_grond"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2ed8acb89aa97fc414cf724984"`);
    await queryRunner.query(`DROP TABLE "gelijkgestelde_dag"`);
  }
}
