import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Letters about an objection (the receipt, Awb 6:14, and the decision on it, Awb 7:12) are letters
 * like the others: `brief.bezwaar_id` names the objection. Default wording for the delay notice
 * (Awb 4:14) and the objection letters; the legally required parts stay in code.
 */
const STANDAARD: Array<[briefsoort: string, blok: string, tekst: string]> = [
  ['VERDAGING', 'SLOT', 'Hebt u vragen? Stel ze in het Buurtportaal of bel 14 045. Noem dan het nummer {referentie}.'],
  ['BEZWAAR_ONTVANGST', 'SLOT', 'Hebt u vragen over uw bezwaar? Bel 14 045 en noem het kenmerk van deze brief.'],
  [
    'BESLISSING_OP_BEZWAAR',
    'INLEIDING',
    'U maakte bezwaar tegen ons besluit over het initiatief "{titel}". In deze brief leest u wat wij besloten hebben en waarom.',
  ],
];

export class Bezwaarbrieven1796682679793 implements MigrationInterface {
  name = 'Bezwaarbrieven1796682679793';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "brief" ADD "bezwaar_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_563f07eb273b5a1972d78c4721" ON "brief" ("bezwaar_id") `);
    for (const [briefsoort, blok, tekst] of STANDAARD) {
      await queryRunner.query(
        `INSERT INTO "brieftekst" ("regeling_code", "briefsoort", "blok", "tekst") VALUES ('', $1, $2, $3) ON CONFLICT DO NOTHING`,
        [briefsoort, blok, tekst],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "brieftekst" WHERE regeling_code = '' AND briefsoort IN ('VERDAGING', 'BEZWAAR_ONTVANGST', 'BESLISSING_OP_BEZWAAR')`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_563f07eb273b5a1972d78c4721"`);
    await queryRunner.query(`ALTER TABLE "brief" DROP COLUMN "bezwaar_id"`);
  }
}
