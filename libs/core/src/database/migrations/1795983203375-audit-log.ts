import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1795983203375 implements MigrationInterface {
  name = 'AuditLog1795983203375';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "door" text NOT NULL, "rollen" text array NOT NULL DEFAULT '{}', "operatie" text NOT NULL, "entiteit" text, "entiteit_id" text, "client" text, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2e28373edffad248c0c9421724" ON "audit_log" ("op") `);
    await queryRunner.query(`CREATE INDEX "IDX_b45b81a1f48c951ae0ee075457" ON "audit_log" ("entiteit", "entiteit_id") `);
    // Append-only: nobody changes or deletes audit records, not even the application.
    await queryRunner.query(`CREATE FUNCTION audit_log_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is alleen-toevoegen: % is niet toegestaan', TG_OP; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_alleen_toevoegen BEFORE UPDATE OR DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION audit_log_alleen_toevoegen()`);
    await queryRunner.query(`CREATE TRIGGER audit_log_niet_legen BEFORE TRUNCATE ON "audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_alleen_toevoegen()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_niet_legen ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_alleen_toevoegen ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_alleen_toevoegen()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b45b81a1f48c951ae0ee075457"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2e28373edffad248c0c9421724"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
