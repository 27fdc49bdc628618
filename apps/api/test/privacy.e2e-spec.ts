/**
 * Privacy (docs/domein.md, invariant 12, AVG art. 15, 17, 20): a resident downloads everything stored about
 * them and can have it pseudonymised; decisions, amounts and references stay (archival duty).
 */
import { createHash } from 'node:crypto';
import { fromGlobalId, Rol } from '@buurtwerk/core';
import { GEPSEUDONIMISEERDE_NAAM, PseudonimiseringService } from '@buurtwerk/privacy';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { type Opzet, zetOp } from './initiatieven.helpers';
import { type Bewoner, bewoner, type BewonerData, dumpPersoonsgegevens, sporenVan, vulBewoner } from './privacy.helpers';

describe('Privacy: mijn gegevens en pseudonimiseren', () => {
  let ctx: TestContext;
  let o: Opzet;
  let anna: Bewoner;
  let bert: Bewoner;
  let annaData: BewonerData;
  let bertData: BewonerData;
  let projectTitel: string;
  const vorigeEnv = { MAIL_INTERVAL_MS: process.env.MAIL_INTERVAL_MS, WEBHOOKS_UIT: process.env.WEBHOOKS_UIT };

  beforeAll(async () => {
    // The mail outbox stays put, so the test can check that mails to the resident are covered.
    process.env.MAIL_INTERVAL_MS = '0';
    process.env.WEBHOOKS_UIT = 'true';
    ctx = await testContext();
    o = await zetOp(ctx, 10_000_000);
    anna = await bewoner(ctx, 'bewoner-anna', 'Anna Privé-Jansen', 'anna.jansen@example.org');
    bert = await bewoner(ctx, 'bewoner-bert', 'Bert Buurman', 'bert.buurman@example.org');
    bertData = await vulBewoner(ctx, o, bert);
    annaData = await vulBewoner(ctx, o, anna, { verklaarOp: bertData.initiatiefId });
    // A ballot in a citizen-budget round, stored as the burgerbegroting module does (hash of round and sub).
    const [ronde] = await ctx.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO begrotingsronde (naam, budget, stemmen_vanaf, stemmen_tot, regel, stemwijze, aangemaakt_door)
       VALUES ('Burgerbegroting test', 100000, now() - interval '2 days', now() + interval '2 days', 'GREEDY', 'APPROVAL', 'beleid')
       RETURNING id`,
    );
    projectTitel = 'Bankjes in het park';
    const [project] = await ctx.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO begrotingsproject (ronde_id, code, titel, kosten) VALUES ($1, '0001', $2, 50000) RETURNING id`,
      [ronde.id, projectTitel],
    );
    for (const b of [anna, bert]) {
      await ctx.dataSource.query(
        `INSERT INTO begrotingsstembiljet (ronde_id, stemmer, kanaal, buurtcode, keuze) VALUES ($1, $2, 'ONLINE', NULL, $3)`,
        [ronde.id, createHash('sha256').update(`burgerbegroting:${ronde.id}:${b.sub}`).digest('hex'), { [project.id]: 1 }],
      );
    }
  });

  afterAll(async () => {
    await ctx.close();
    for (const [naam, waarde] of Object.entries(vorigeEnv)) {
      if (waarde === undefined) {
        delete process.env[naam];
      } else {
        process.env[naam] = waarde;
      }
    }
  });

  const mijnGegevens = async (token: string) =>
    (await ctx.gqlOk<{ mijnGegevens: Record<string, unknown[]> }>('{ mijnGegevens }', {}, token)).mijnGegevens;

  describe('mijnGegevens', () => {
    it('bevat alles van de bewoner: initiatief met aanvragen en historie, signaal, aanmelding, verklaring, stembiljet, auditregels', async () => {
      const g = await mijnGegevens(anna.token);
      expect(g.initiatieven).toHaveLength(1);
      expect(g.initiatieven[0]).toMatchObject({
        referentie: annaData.referentie,
        indienerNaam: anna.naam,
        indienerEmail: anna.email,
        status: 'TOEGEKEND',
        besluitUitkomst: 'TOEGEKEND',
      });
      const ini = g.initiatieven[0] as {
        aanvragen: Array<{ toegekendBedrag: number }>;
        statuswijzigingen: Array<{ naar: string }>;
      };
      expect(ini.aanvragen.map((a) => a.toegekendBedrag)).toContain(40_000);
      expect(ini.statuswijzigingen.map((w) => w.naar)).toEqual(['CONCEPT', 'INGEDIEND', 'IN_BEHANDELING', 'TOEGEKEND']);
      expect(g.signalen).toEqual([expect.objectContaining({ referentie: annaData.signaalReferentie, melderEmail: anna.email })]);
      // Signed up without an account: found by the token's e-mail address.
      expect(g.aanmeldingen).toEqual([
        expect.objectContaining({
          naam: anna.naam,
          wensen: `Rolstoeltoegang voor ${anna.naam}`,
          bijeenkomst: expect.any(Object),
        }),
      ]);
      expect(g.aanmeldingen[0]).not.toHaveProperty('afmeldcodeHash');
      expect(g.belangverklaringen).toEqual([expect.objectContaining({ persoon: anna.naam })]);
      // Her own ballot, with her choice: only she can find it.
      expect(g.stembiljetten).toEqual([
        expect.objectContaining({
          ronde: 'Burgerbegroting test',
          projecten: [expect.objectContaining({ titel: projectTitel, punten: 1 })],
        }),
      ]);
      expect(g.stembiljetten[0]).not.toHaveProperty('stemmer');
      expect((g.auditregels as Array<{ operatie: string; door: string }>).map((a) => a.operatie)).toEqual(
        expect.arrayContaining(['initiatiefOpslaan', 'initiatiefIndienen', 'signaalMelden', 'belangVerklaren']),
      );
      expect(g.mails.length).toBeGreaterThanOrEqual(1);
    });

    it('bevat niets van een andere bewoner', async () => {
      const tekst = JSON.stringify(await mijnGegevens(anna.token));
      for (const vreemd of [bert.naam, bert.email, bert.sub, bertData.referentie, bertData.signaalReferentie]) {
        expect(tekst).not.toContain(vreemd);
      }
    });

    it('is als JSON-bestand te downloaden via REST, alleen ingelogd', async () => {
      const res = await ctx.http().get('/api/v1/mijn-gegevens').set('authorization', `Bearer ${anna.token}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="mijn-gegevens\.json"$/);
      expect(res.headers['api-version']).toBeDefined();
      const body = JSON.parse(res.text) as { initiatieven: Array<{ referentie: string }> };
      expect(body.initiatieven[0].referentie).toBe(annaData.referentie);

      const anoniem = await ctx.http().get('/api/v1/mijn-gegevens');
      expect(anoniem.status).toBe(401);
      expect(anoniem.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });

  describe('pseudonimiseren', () => {
    it('weigert een bewoner die een ander wil pseudonimiseren (FORBIDDEN) en verandert niets', async () => {
      const res = await ctx.gql(
        'mutation($id: ID!) { gebruikerPseudonimiseren(gebruikerId: $id) }',
        { id: bert.sub },
        anna.token,
      );
      expect(foutcodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data?.gebruikerPseudonimiseren ?? null).toBeNull();
      expect(sporenVan(await dumpPersoonsgegevens(ctx), bert).length).toBeGreaterThan(0);
      const [rij] = await ctx.dataSource.query<Array<{ indiener_naam: string }>>(
        'SELECT indiener_naam FROM initiatief WHERE referentie = $1',
        [bertData.referentie],
      );
      expect(rij.indiener_naam).toBe(bert.naam);
    });

    it('vervangt elke persoonlijke waarde van de bewoner; besluiten, bedragen en referenties blijven', async () => {
      const voor = sporenVan(await dumpPersoonsgegevens(ctx), anna);
      expect(voor.length).toBeGreaterThan(5);
      const bedragVoor = await ctx.dataSource.query<Array<{ toegekend_bedrag: string }>>(
        `SELECT o.toegekend_bedrag FROM ondersteuningsaanvraag o JOIN initiatief i ON i.id = o.initiatief_id
          WHERE i.referentie = $1 ORDER BY o.volgnummer`,
        [annaData.referentie],
      );

      const { mijnGegevensPseudonimiseren } = await ctx.gqlOk<{ mijnGegevensPseudonimiseren: boolean }>(
        'mutation { mijnGegevensPseudonimiseren }',
        {},
        anna.token,
      );
      expect(mijnGegevensPseudonimiseren).toBe(true);

      // Nothing of hers is left in any personal column of the database.
      expect(sporenVan(await dumpPersoonsgegevens(ctx), anna)).toEqual([]);
      // Bert is untouched.
      expect(sporenVan(await dumpPersoonsgegevens(ctx), bert).length).toBeGreaterThan(0);

      // The decision, the amounts, the reference and the status stay (archival duty).
      const [ini] = await ctx.dataSource.query<
        Array<{
          id: string;
          status: string;
          besluit_uitkomst: string;
          besluit_motivering: string;
          indiener_naam: string;
          indiener_sub: string;
        }>
      >(
        'SELECT id, status, besluit_uitkomst, besluit_motivering, indiener_naam, indiener_sub FROM initiatief WHERE referentie = $1',
        [annaData.referentie],
      );
      expect(ini).toMatchObject({
        status: 'TOEGEKEND',
        besluit_uitkomst: 'TOEGEKEND',
        besluit_motivering: 'Past bij de buurtaktie.',
        indiener_naam: GEPSEUDONIMISEERDE_NAAM,
      });
      expect(ini.indiener_sub).toBe(await ctx.app.get(PseudonimiseringService).pseudoniemVan(anna.sub));
      const bedragNa = await ctx.dataSource.query<Array<{ toegekend_bedrag: string }>>(
        'SELECT toegekend_bedrag FROM ondersteuningsaanvraag WHERE initiatief_id = $1 ORDER BY volgnummer',
        [ini.id],
      );
      expect(bedragNa).toEqual(bedragVoor);

      // References still resolve: staff find the initiative and the signal by their ids.
      const staf = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
      const { node } = await ctx.gqlOk<{
        node: { referentie: string; status: string; indiener: string; besluit: { verleendBedrag: number } };
      }>(
        'query($id: ID!) { node(id: $id) { ... on Initiatief { referentie status indiener besluit { verleendBedrag } } } }',
        { id: annaData.initiatiefId },
        staf,
      );
      expect(node).toEqual({
        referentie: annaData.referentie,
        status: 'TOEGEKEND',
        indiener: GEPSEUDONIMISEERDE_NAAM,
        besluit: { verleendBedrag: 40_000 },
      });
      const [signaal] = await ctx.dataSource.query<Array<{ referentie: string; status: string; categorie: string }>>(
        'SELECT referentie, status, categorie FROM signaal WHERE referentie = $1',
        [annaData.signaalReferentie],
      );
      expect(signaal).toEqual({ referentie: annaData.signaalReferentie, status: 'NIEUW', categorie: 'Openbare ruimte' });
      const [aanmelding] = await ctx.dataSource.query<Array<{ status: string; volgnummer: number }>>(
        'SELECT status, volgnummer FROM aanmelding WHERE id = $1',
        [fromGlobalId(annaData.aanmeldingId, 'Aanmelding', 'id')],
      );
      expect(aanmelding).toEqual({ status: 'AANGEMELD', volgnummer: 1 });

      // Her export is now empty of records; the audit trail is unchanged (append-only) and records the pseudonymisation.
      const na = await mijnGegevens(anna.token);
      expect(na.initiatieven).toEqual([]);
      expect(na.signalen).toEqual([]);
      expect(na.aanmeldingen).toEqual([]);
      const audit = await ctx.dataSource.query<Array<{ operatie: string; entiteit: string }>>(
        "SELECT operatie, entiteit FROM audit_log WHERE door = $1 AND operatie LIKE 'pseudonimiseren:%'",
        [anna.sub],
      );
      expect(audit).toEqual(
        expect.arrayContaining([
          { operatie: 'pseudonimiseren:verzoek-bewoner', entiteit: 'Gebruiker' },
          { operatie: 'pseudonimiseren:verzoek-bewoner', entiteit: 'Initiatief' },
          { operatie: 'pseudonimiseren:verzoek-bewoner', entiteit: 'Signaal' },
          { operatie: 'pseudonimiseren:verzoek-bewoner', entiteit: 'Aanmelding' },
        ]),
      );
      const [{ n }] = await ctx.dataSource.query<Array<{ n: string }>>('SELECT count(*) AS n FROM audit_log WHERE door = $1', [
        anna.sub,
      ]);
      expect(Number(n)).toBeGreaterThan(4);
    });

    it('houdt het audit-logboek onveranderbaar, ook voor de toepassing', async () => {
      await expect(
        ctx.dataSource.query("UPDATE audit_log SET door = 'iemand-anders' WHERE door = $1", [anna.sub]),
      ).rejects.toThrow(/alleen-toevoegen/);
      await expect(ctx.dataSource.query('DELETE FROM audit_log WHERE door = $1', [anna.sub])).rejects.toThrow(/alleen-toevoegen/);
    });

    it('laat een BEHEERDER een bewoner pseudonimiseren, en gelijktijdige verzoeken zijn veilig', async () => {
      const carla = await bewoner(ctx, 'bewoner-carla', 'Carla Cornelissen', 'carla@example.org');
      const carlaData = await vulBewoner(ctx, o, carla, { toekennen: false, verklaarOp: bertData.initiatiefId });
      const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
      const antwoorden = await Promise.all([
        ...Array.from({ length: 4 }, () => ctx.gql('mutation { mijnGegevensPseudonimiseren }', {}, carla.token)),
        ...Array.from({ length: 4 }, () =>
          ctx.gql('mutation($id: ID!) { gebruikerPseudonimiseren(gebruikerId: $id) }', { id: carla.sub }, beheerder),
        ),
      ]);
      expect(antwoorden.map((a) => a.errors ?? [])).toEqual(Array.from({ length: 8 }, () => []));
      expect(sporenVan(await dumpPersoonsgegevens(ctx), carla)).toEqual([]);
      // One pseudonym for one person, everywhere.
      const pseudo = await ctx.app.get(PseudonimiseringService).pseudoniemVan(carla.sub);
      const subs = await ctx.dataSource.query<Array<{ sub: string }>>(
        `SELECT indiener_sub AS sub FROM initiatief WHERE referentie = $1
         UNION ALL SELECT gemeld_door FROM signaal WHERE id::text = $2
         UNION ALL SELECT gebruiker_id FROM belang_verklaring WHERE persoon = $3 AND gebruiker_id = $4`,
        [
          carlaData.referentie,
          (
            await ctx.dataSource.query<Array<{ id: string }>>('SELECT id FROM signaal WHERE referentie = $1', [
              carlaData.signaalReferentie,
            ])
          )[0].id,
          GEPSEUDONIMISEERDE_NAAM,
          pseudo,
        ],
      );
      expect(subs.map((s) => s.sub)).toEqual([pseudo, pseudo, pseudo]);
      // Exactly one pseudonymisation did the work; the others found nothing left.
      const rijen = await ctx.dataSource.query<Array<{ details: { telling: Record<string, number> } }>>(
        "SELECT details FROM audit_log WHERE operatie LIKE 'pseudonimiseren:%' AND entiteit = 'Gebruiker' AND entiteit_id = $1",
        [pseudo],
      );
      expect(rijen).toHaveLength(8);
      expect(rijen.filter((r) => r.details.telling.initiatieven > 0)).toHaveLength(1);
      expect(rijen.filter((r) => r.details.telling.signalen > 0)).toHaveLength(1);
    });

    it('weigert een leeg of al gepseudonimiseerd inlog-id', async () => {
      const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
      const pseudo = await ctx.app.get(PseudonimiseringService).pseudoniemVan(anna.sub);
      for (const id of ['  ', pseudo]) {
        const res = await ctx.gql('mutation($id: ID!) { gebruikerPseudonimiseren(gebruikerId: $id) }', { id }, beheerder);
        expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
      }
    });
  });
});
