import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tombstones by construction: deleting a row that partners mirror with delta sync (activiteit,
 * initiatief, organisatie) records its tombstone in the same transaction, whichever way it is
 * deleted (a mutation, a cascade, the retention job, maintenance by hand). The id is the Relay
 * global id, `base64url("<Type>:<uuid>")` as toGlobalId makes it.
 */
export class VerwijderingenVastleggen1795993621428 implements MigrationInterface {
  name = 'VerwijderingenVastleggen1795993621428';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION verwijdering_vastleggen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO verwijdering (entiteit, entiteit_id)
        VALUES (TG_ARGV[0], translate(encode(convert_to(TG_ARGV[0] || ':' || OLD.id::text, 'UTF8'), 'base64'), E'+/=\\n', '-_'));
        RETURN NULL;
      END $$`);
    for (const [tabel, type] of [
      ['activiteit', 'Activiteit'],
      ['initiatief', 'Initiatief'],
      ['organisatie', 'Organisatie'],
    ]) {
      await queryRunner.query(
        `CREATE TRIGGER "TRG_${tabel}_verwijdering" AFTER DELETE ON "${tabel}" FOR EACH ROW EXECUTE FUNCTION verwijdering_vastleggen('${type}')`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const tabel of ['activiteit', 'initiatief', 'organisatie']) {
      await queryRunner.query(`DROP TRIGGER "TRG_${tabel}_verwijdering" ON "${tabel}"`);
    }
    await queryRunner.query('DROP FUNCTION verwijdering_vastleggen()');
  }
}
