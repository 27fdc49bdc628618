import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The default wording of letters (regeling_code '' = every regeling), in plain Dutch (B1). The
 * municipality words its own per regeling through brieftekstOpslaan; the legally required parts
 * (decision, amounts, reasons, objection notice, signature) are not wording and stay in code.
 */
const STANDAARD: Array<[briefsoort: string, blok: string, tekst: string]> = [
  ['ONTVANGSTBEVESTIGING', 'INLEIDING', 'Bedankt voor uw aanvraag voor "{titel}". In deze brief leest u wat er nu gebeurt.'],
  ['ONTVANGSTBEVESTIGING', 'SLOT', 'Hebt u vragen? Stel ze in het Buurtportaal of bel 14 045. Noem dan het nummer {referentie}.'],
  [
    'AANVULLINGSVERZOEK',
    'INLEIDING',
    'Wij hebben uw aanvraag voor "{titel}" bekeken. Om te kunnen beslissen, hebben wij nog iets van u nodig.',
  ],
  ['AANVULLINGSVERZOEK', 'SLOT', 'Hebt u vragen? Stel ze in het Buurtportaal of bel 14 045. Noem dan het nummer {referentie}.'],
  ['TOEKENNING', 'INLEIDING', 'U vroeg subsidie voor uw initiatief "{titel}". In deze brief leest u ons besluit.'],
  ['GEDEELTELIJKE_TOEKENNING', 'INLEIDING', 'U vroeg subsidie voor uw initiatief "{titel}". In deze brief leest u ons besluit.'],
  ['AFWIJZING', 'INLEIDING', 'U vroeg subsidie voor uw initiatief "{titel}". In deze brief leest u ons besluit.'],
  [
    'VASTSTELLING',
    'INLEIDING',
    'U hebt ons verteld hoe uw initiatief "{titel}" is gegaan en wat het heeft gekost. Dank daarvoor. In deze brief leest u hoeveel subsidie u definitief krijgt.',
  ],
  [
    'TOEKENNING',
    'VERPLICHTINGEN',
    'Verandert er iets aan uw plan, of gaat de activiteit niet door? Meld dat dan meteen in het Buurtportaal.\n\nVertel bij uw activiteit dat de gemeente Heerlen die mogelijk maakt.',
  ],
  [
    'GEDEELTELIJKE_TOEKENNING',
    'VERPLICHTINGEN',
    'Verandert er iets aan uw plan, of gaat de activiteit niet door? Meld dat dan meteen in het Buurtportaal.\n\nVertel bij uw activiteit dat de gemeente Heerlen die mogelijk maakt.',
  ],
  ['TOEKENNING', 'VERANTWOORDING', 'Bewaar de bonnetjes en rekeningen tot vijf jaar na de vaststelling. Wij kunnen erom vragen.'],
  [
    'GEDEELTELIJKE_TOEKENNING',
    'VERANTWOORDING',
    'Bewaar de bonnetjes en rekeningen tot vijf jaar na de vaststelling. Wij kunnen erom vragen.',
  ],
  ['TOEKENNING', 'SLOT', 'Veel succes met uw initiatief! Hebt u vragen? Bel 14 045 en noem het nummer {referentie}.'],
  [
    'GEDEELTELIJKE_TOEKENNING',
    'SLOT',
    'Veel succes met uw initiatief! Hebt u vragen? Bel 14 045 en noem het nummer {referentie}.',
  ],
  [
    'AFWIJZING',
    'SLOT',
    'Wilt u weten wat u nog meer kunt doen? Uw buurtregisseur denkt graag met u mee. Bel 14 045 en noem het nummer {referentie}.',
  ],
  ['VASTSTELLING', 'SLOT', 'Hebt u vragen? Bel 14 045 en noem het nummer {referentie}.'],
];

export class Brieven1796673424049 implements MigrationInterface {
  name = 'Brieven1796673424049';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "uitgaande_mail_bijlage" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mail_id" uuid NOT NULL, "bestandsnaam" text NOT NULL, "mediatype" text NOT NULL, "inhoud" bytea NOT NULL, CONSTRAINT "PK_042280d7f2000aa5892d52d8fc1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_db40be330b5808ecc1e6b38078" ON "uitgaande_mail_bijlage" ("mail_id") `);
    await queryRunner.query(
      `CREATE TABLE "brief" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiatief_id" uuid NOT NULL, "besluit_id" uuid, "soort" text NOT NULL, "kenmerk" text NOT NULL, "onderwerp" text NOT NULL, "datum" date NOT NULL, "html" text NOT NULL, "pdf" bytea NOT NULL, "sha256" text NOT NULL, "kanaal" text NOT NULL, "verzonden_op" TIMESTAMP(3) WITH TIME ZONE, "aangemaakt_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_127657d07cd4734cff26bad2f02" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f86432ce336148ea6f05353298" ON "brief" ("besluit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2ff16821a18aada91ff7081f9e" ON "brief" ("initiatief_id", "aangemaakt_op") `);
    await queryRunner.query(
      `CREATE TABLE "brieftekst" ("regeling_code" text NOT NULL, "briefsoort" text NOT NULL, "blok" text NOT NULL, "tekst" text NOT NULL, "gewijzigd_door_sub" text, "gewijzigd_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d583a270262b83f63a1109b6a51" PRIMARY KEY ("regeling_code", "briefsoort", "blok"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "berichtkanaalkeuze" ("initiatief_id" uuid NOT NULL, "kanaal" text NOT NULL, "gekozen_op" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1cd6e0d91f88097fbf29cb62ffa" PRIMARY KEY ("initiatief_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "uitgaande_mail" ADD "html" text`);
    await queryRunner.query(
      `ALTER TABLE "uitgaande_mail_bijlage" ADD CONSTRAINT "FK_db40be330b5808ecc1e6b38078d" FOREIGN KEY ("mail_id") REFERENCES "uitgaande_mail"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "brief" ADD CONSTRAINT "FK_7f63180069159e5e8e02263e2cd" FOREIGN KEY ("initiatief_id") REFERENCES "initiatief"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "berichtkanaalkeuze" ADD CONSTRAINT "FK_1cd6e0d91f88097fbf29cb62ffa" FOREIGN KEY ("initiatief_id") REFERENCES "initiatief"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const [briefsoort, blok, tekst] of STANDAARD) {
      await queryRunner.query(
        `INSERT INTO "brieftekst" ("regeling_code", "briefsoort", "blok", "tekst") VALUES ('', $1, $2, $3)`,
        [briefsoort, blok, tekst],
      );
    }
    // A letter as sent is never changed: only its sending is recorded, once.
    await queryRunner.query(`
      CREATE FUNCTION brief_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (to_jsonb(NEW) - 'verzonden_op') IS DISTINCT FROM (to_jsonb(OLD) - 'verzonden_op')
           OR (OLD.verzonden_op IS NOT NULL AND NEW.verzonden_op IS DISTINCT FROM OLD.verzonden_op) THEN
          RAISE EXCEPTION 'Een verzonden brief wordt niet gewijzigd (brief %)', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER brief_onveranderlijk BEFORE UPDATE ON "brief" FOR EACH ROW EXECUTE FUNCTION brief_onveranderlijk()`,
    );
    // The objection term of a decision may move later when a day is equated with a holiday
    // afterwards (Atw art. 3 lid 3; TermijnBijwerker), never earlier and never otherwise.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION besluit_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (to_jsonb(NEW) - 'bekendgemaakt_op' - 'bezwaar_mogelijk_tot') IS DISTINCT FROM (to_jsonb(OLD) - 'bekendgemaakt_op' - 'bezwaar_mogelijk_tot')
           OR (OLD.bekendgemaakt_op IS NOT NULL AND NEW.bekendgemaakt_op IS DISTINCT FROM OLD.bekendgemaakt_op)
           OR (OLD.bezwaar_mogelijk_tot IS NOT NULL AND (NEW.bezwaar_mogelijk_tot IS NULL OR NEW.bezwaar_mogelijk_tot < OLD.bezwaar_mogelijk_tot)) THEN
          RAISE EXCEPTION 'Een besluit wordt niet gewijzigd; alleen de bekendmaking wordt eenmaal vastgelegd (besluit %)', OLD.id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER brief_onveranderlijk ON "brief"`);
    await queryRunner.query(`DROP FUNCTION brief_onveranderlijk()`);
    await queryRunner.query(`ALTER TABLE "berichtkanaalkeuze" DROP CONSTRAINT "FK_1cd6e0d91f88097fbf29cb62ffa"`);
    await queryRunner.query(`ALTER TABLE "brief" DROP CONSTRAINT "FK_7f63180069159e5e8e02263e2cd"`);
    await queryRunner.query(`ALTER TABLE "uitgaande_mail_bijlage" DROP CONSTRAINT "FK_db40be330b5808ecc1e6b38078d"`);
    await queryRunner.query(`ALTER TABLE "uitgaande_mail" DROP COLUMN "html"`);
    await queryRunner.query(`DROP TABLE "berichtkanaalkeuze"`);
    await queryRunner.query(`DROP TABLE "brieftekst"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2ff16821a18aada91ff7081f9e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f86432ce336148ea6f05353298"`);
    await queryRunner.query(`DROP TABLE "brief"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_db40be330b5808ecc1e6b38078"`);
    await queryRunner.query(`DROP TABLE "uitgaande_mail_bijlage"`);
  }
}
