/**
 * ZGW case registration (issue 24): a submitted initiative becomes a zaak, its status changes
 * statussen, each decision a besluit with its letter as a document linked to both, against the
 * in-process ZGW stub (zgw.stub.ts) that checks every request against docs/zgw/*.yaml and the
 * ZGW JWT. Through the outbox: idempotent after a lost answer, retried after a 503, in order per
 * initiative, and nothing sent while the configuration does not fit the catalogue.
 */
import { fromGlobalId, Rol } from '@buurtwerk/core';
import { ZaakregistratieConfigFout, ZaakregistratieService } from '@buurtwerk/zaakregistratie';
import { type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, type Opzet, opslaan, zetOp } from './initiatieven.helpers';
import { startZgwStub, type ZgwStub } from './zgw.stub';

process.env.WEBHOOKS_UIT = 'true';

describe("Zaakregistratie in de ZGW API's (Zaken, Besluiten, Documenten, Catalogi)", () => {
  let stub: ZgwStub;
  let ctx: TestContext;
  let service: ZaakregistratieService;
  let opzet: Opzet;
  let bewoner: string;
  const bewaard: Record<string, string | undefined> = {};

  beforeAll(async () => {
    stub = await startZgwStub();
    for (const [k, v] of Object.entries(stub.env())) {
      bewaard[k] = process.env[k];
      process.env[k] = v;
    }
    ctx = await testContext();
    service = ctx.app.get(ZaakregistratieService);
    opzet = await zetOp(ctx, 10_000_000);
    bewoner = await ctx.tokenFor(Rol.BEWONER, { name: 'Anna Geheim', email: 'anna@voorbeeld.invalid' });
  });
  afterAll(async () => {
    await ctx.close();
    await stub.sluit();
    for (const [k, v] of Object.entries(bewaard)) {
      if (v === undefined) {
        delete process.env[k];
      } else {
        process.env[k] = v;
      }
    }
  });

  async function indienen(titel: string): Promise<{ id: string; dbId: string; referentie: string }> {
    const concept = await opslaan(ctx, bewoner, { ...initiatiefInput(opzet, 10_000, 2_000), titel });
    const { initiatiefIndienen } = await ctx.gqlOk<{ initiatiefIndienen: { referentie: string } }>(
      'mutation($id: ID!) { initiatiefIndienen(id: $id) { referentie } }',
      { id: concept.id },
      bewoner,
    );
    return { id: concept.id, dbId: fromGlobalId(concept.id, 'Initiatief', 'id'), referentie: initiatiefIndienen.referentie };
  }

  const inBehandeling = (id: string) =>
    ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id }, opzet.beleid);

  async function toekennen(id: string): Promise<void> {
    const { node } = await ctx.gqlOk<{ node: { aanvragen: Array<{ id: string; gereserveerdBedrag: number | null }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { aanvragen { id gereserveerdBedrag } } } }',
      { id },
      opzet.beleid,
    );
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { status } }',
      {
        input: {
          initiatiefId: id,
          uitkomst: 'TOEGEKEND',
          motivering: 'Een goed plan dat past binnen de regeling.',
          bedragen: node.aanvragen.map((a) => ({ aanvraagId: a.id, bedrag: a.gereserveerdBedrag ?? 0 })),
        },
      },
      opzet.beleid,
    );
  }

  /** Rounds until nothing is due any more (what the timer does, without waiting). */
  async function verwerkAlles(): Promise<void> {
    for (let i = 0; i < 20; i++) {
      const r = await service.verwerk();
      if (r.gelukt === 0) {
        return;
      }
    }
  }

  /** The backoff's wait has passed (the outbox's own clock is PostgreSQL's). */
  const nuAanDeBeurt = () => ctx.dataSource.query(`UPDATE zaakopdracht SET volgende_poging_op = now() WHERE status = 'WACHTEND'`);

  const opdrachten = (dbId: string) =>
    ctx.dataSource.query<Array<{ soort: string; status: string; pogingen: number; laatste_fout: string | null; later: boolean }>>(
      `SELECT soort, status, pogingen, laatste_fout, volgende_poging_op > now() AS later
         FROM zaakopdracht WHERE initiatief_id = $1 ORDER BY volgnummer`,
      [dbId],
    );

  const zakenMet = (identificatie: string) => stub.zaken.filter((z) => z.identificatie === identificatie);

  it('stuurt niets zolang de configuratie niet bij de catalogus past, en noemt wat er mis is', async () => {
    const statustype = stub.catalogus.get(stub.statustypen.IN_BEHANDELING)!;
    const juist = statustype.zaaktype;
    statustype.zaaktype = `${stub.basis}/catalogi/api/v1/zaaktypen/00000000-0000-4000-8000-000000000000`;
    const ini = await indienen('Buurtmoestuin Meezenbroek');

    const fout = await service.verwerk().catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(ZaakregistratieConfigFout);
    expect((fout as Error).message).toContain(
      'ZGW_STATUSTYPEN (IN_BEHANDELING): dit statustype hoort bij een ander zaaktype dan ZGW_ZAAKTYPE.',
    );
    expect(stub.verzoeken.filter((v) => v.methode === 'POST')).toHaveLength(0);
    // The work waits, untouched, until the configuration is fixed.
    expect(await opdrachten(ini.dbId)).toEqual([
      expect.objectContaining({ soort: 'ZAAK', status: 'WACHTEND', pogingen: 0 }),
      expect.objectContaining({ soort: 'STATUS', status: 'WACHTEND', pogingen: 0 }),
    ]);

    statustype.zaaktype = juist;
    await verwerkAlles();
    expect(zakenMet(ini.referentie)).toHaveLength(1);
    expect(stub.afwijkingen).toEqual([]);
  });

  it('registreert een aanvraag van indiening tot besluit: zaak, statussen, besluit en de besluitbrief als document', async () => {
    const ini = await indienen('Straatfeest Schandelen');
    await verwerkAlles();
    await inBehandeling(ini.id);
    await verwerkAlles();
    await toekennen(ini.id);
    await verwerkAlles();

    const [zaak] = zakenMet(ini.referentie);
    expect(zaak).toMatchObject({
      bronorganisatie: stub.rsin,
      verantwoordelijkeOrganisatie: stub.rsin,
      zaaktype: stub.zaaktype,
      omschrijving: 'Straatfeest Schandelen',
      vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
    });
    expect(zaak.startdatum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [{ zaak_url }] = await ctx.dataSource.query<Array<{ zaak_url: string }>>(
      'SELECT zaak_url FROM zaakregistratie WHERE initiatief_id = $1',
      [ini.dbId],
    );
    expect(zaak_url).toBe(zaak.url);

    // Staff see where the file lives in the case system; the applicant does not.
    const zaakUrlVoor = async (token: string) =>
      (
        await ctx.gqlOk<{ node: { zaakUrl: string | null } }>(
          'query($id: ID!) { node(id: $id) { ... on Initiatief { zaakUrl } } }',
          { id: ini.id },
          token,
        )
      ).node.zaakUrl;
    expect(await zaakUrlVoor(opzet.beleid)).toBe(zaak.url);
    expect(await zaakUrlVoor(bewoner)).toBeNull();

    // Status history: in the order of the changes, the last one the zaak's current status.
    const statussen = stub.statussen.filter((s) => s.zaak === zaak.url);
    expect(statussen.map((s) => s.statustype)).toEqual([
      stub.statustypen.INGEDIEND,
      stub.statustypen.IN_BEHANDELING,
      stub.statustypen.TOEGEKEND,
    ]);
    const tijden = statussen.map((s) => Date.parse(String(s.datumStatusGezet)));
    expect([...tijden].sort((a, b) => a - b)).toEqual(tijden);
    expect(zaak.status).toBe(statussen[2].url);

    // The decision, its letter as the PDF that was sent, and the links on both sides.
    const besluiten = stub.besluiten.filter((b) => b.zaak === zaak.url);
    expect(besluiten).toHaveLength(1);
    expect(besluiten[0]).toMatchObject({ besluittype: stub.besluittype, verantwoordelijkeOrganisatie: stub.rsin });
    const [brief] = await ctx.dataSource.query<Array<{ kenmerk: string; pdf: Buffer }>>(
      `SELECT b.kenmerk, b.pdf FROM brief b JOIN besluit s ON s.id = b.besluit_id WHERE s.initiatief_id = $1`,
      [ini.dbId],
    );
    expect(besluiten[0].identificatie).toBe(brief.kenmerk);
    const documenten = stub.documenten.filter((d) => d.identificatie === brief.kenmerk);
    expect(documenten).toHaveLength(1);
    const document = documenten[0];
    const inhoud = Buffer.from(String(document.inhoud), 'base64');
    expect(inhoud.subarray(0, 5).toString()).toBe('%PDF-');
    expect(inhoud.equals(brief.pdf)).toBe(true);
    expect(document).toMatchObject({
      formaat: 'application/pdf',
      taal: 'nld',
      bestandsomvang: brief.pdf.length,
      informatieobjecttype: stub.informatieobjecttype,
      bronorganisatie: stub.rsin,
    });
    expect(stub.zaakinformatieobjecten.filter((z) => z.zaak === zaak.url && z.informatieobject === document.url)).toHaveLength(1);
    expect(
      stub.besluitinformatieobjecten.filter((b) => b.besluit === besluiten[0].url && b.informatieobject === document.url),
    ).toHaveLength(1);

    expect((await opdrachten(ini.dbId)).map((o) => `${o.soort}:${o.status}`)).toEqual([
      'ZAAK:KLAAR',
      'STATUS:KLAAR',
      'STATUS:KLAAR',
      'BESLUIT:KLAAR',
      'STATUS:KLAAR',
    ]);
    // Apart from the letter addressed to them, nothing about the applicant goes to the case system.
    const zonderBrief = stub.verzoeken.map((v) => ({ ...v, body: { ...(v.body as object), inhoud: undefined } }));
    expect(JSON.stringify(zonderBrief)).not.toMatch(/Anna|anna@/);
    expect(stub.afwijkingen).toEqual([]);
  });

  it('maakt geen tweede zaak, besluit of document als het antwoord op het aanmaken verloren ging', async () => {
    stub.storingen.push({ methode: 'POST', pad: '/zaken/api/v1/zaken', soort: 'verbreek', aantal: 1 });
    const ini = await indienen('Speeltuin Heksenberg');
    const eerste = await service.verwerk();
    expect(eerste.mislukt).toBe(1);
    // The zaak exists in the case system, but we never heard of it.
    expect(zakenMet(ini.referentie)).toHaveLength(1);
    expect(await opdrachten(ini.dbId)).toEqual([
      expect.objectContaining({ soort: 'ZAAK', status: 'WACHTEND', pogingen: 1, later: true }),
      expect.objectContaining({ soort: 'STATUS', status: 'WACHTEND', pogingen: 0 }),
    ]);
    expect((await opdrachten(ini.dbId))[0].laatste_fout).toContain('geen antwoord');

    await nuAanDeBeurt();
    await verwerkAlles();
    expect(zakenMet(ini.referentie)).toHaveLength(1);
    const zaak = zakenMet(ini.referentie)[0];
    expect(stub.statussen.filter((s) => s.zaak === zaak.url)).toHaveLength(1);

    // The same for the decision and its document.
    stub.storingen.push(
      { methode: 'POST', pad: '/besluiten/api/v1/besluiten', soort: 'verbreek', aantal: 1 },
      { methode: 'POST', pad: '/documenten/api/v1/enkelvoudiginformatieobjecten', soort: 'verbreek', aantal: 1 },
    );
    await inBehandeling(ini.id);
    await toekennen(ini.id);
    for (let i = 0; i < 4; i++) {
      await nuAanDeBeurt();
      await verwerkAlles();
    }
    expect(stub.besluiten.filter((b) => b.zaak === zaak.url)).toHaveLength(1);
    const besluit = stub.besluiten.find((b) => b.zaak === zaak.url)!;
    expect(stub.documenten.filter((d) => d.identificatie === besluit.identificatie)).toHaveLength(1);
    expect(stub.besluitinformatieobjecten.filter((b) => b.besluit === besluit.url)).toHaveLength(1);
    expect((await opdrachten(ini.dbId)).every((o) => o.status === 'KLAAR')).toBe(true);
    expect(stub.storingen.every((s) => s.aantal === 0)).toBe(true);
    expect(stub.afwijkingen).toEqual([]);
  });

  it('probeert opnieuw na een storing (503) en houdt de volgorde per zaak aan', async () => {
    const ini = await indienen('Bankjes Musschemig');
    await verwerkAlles();
    const zaak = zakenMet(ini.referentie)[0];
    stub.storingen.push({ methode: 'POST', pad: '/zaken/api/v1/statussen', soort: '503', aantal: 1 });
    await inBehandeling(ini.id);
    expect(await service.verwerk()).toEqual({ gelukt: 0, mislukt: 1 });
    const [, , status] = await opdrachten(ini.dbId);
    expect(status).toMatchObject({ soort: 'STATUS', status: 'WACHTEND', pogingen: 1, later: true });
    expect(status.laatste_fout).toContain('HTTP 503');

    // The decision waits behind the status that failed: the case system gets them in order.
    await toekennen(ini.id);
    await verwerkAlles();
    expect(stub.besluiten.filter((b) => b.zaak === zaak.url)).toHaveLength(0);

    await nuAanDeBeurt();
    await verwerkAlles();
    expect(stub.statussen.filter((s) => s.zaak === zaak.url).map((s) => s.statustype)).toEqual([
      stub.statustypen.INGEDIEND,
      stub.statustypen.IN_BEHANDELING,
      stub.statustypen.TOEGEKEND,
    ]);
    expect(stub.besluiten.filter((b) => b.zaak === zaak.url)).toHaveLength(1);
    expect(stub.afwijkingen).toEqual([]);
  });

  it('voert elke opdracht één keer uit als twee instanties tegelijk een ronde draaien', async () => {
    const inis = [];
    for (const titel of ['Kerstmarkt Grasbroek', 'Zwerfvuilactie Vrieheide', 'Buurtbieb Zeswegen']) {
      inis.push(await indienen(titel));
    }
    // The runner keeps one round at a time per instance; two instances are two rounds side by side.
    const ronde = (service as unknown as { ronde: (stop: AbortSignal) => Promise<{ gelukt: number }> }).ronde.bind(service);
    const stop = new AbortController().signal;
    const postsVoor = stub.verzoeken.filter((v) => v.methode === 'POST').length;
    let gelukt = 0;
    for (let i = 0; i < 4; i++) {
      const [a, b] = await Promise.all([ronde(stop), ronde(stop)]);
      gelukt += a.gelukt + b.gelukt;
    }
    expect(gelukt).toBe(6);
    for (const ini of inis) {
      const zaken = zakenMet(ini.referentie);
      expect(zaken).toHaveLength(1);
      expect(stub.statussen.filter((s) => s.zaak === zaken[0].url)).toHaveLength(1);
    }
    // Three zaken and three statuses: no request was made twice.
    expect(stub.verzoeken.filter((v) => v.methode === 'POST').length - postsVoor).toBe(6);
  });

  it('schrijft de opdrachten in de transactie van de wijziging: een indiening die terugdraait laat geen zaakopdracht achter', async () => {
    const concept = await opslaan(ctx, bewoner, { ...initiatiefInput(opzet, 10_000, 2_000), titel: 'Teruggedraaid' });
    const dbId = fromGlobalId(concept.id, 'Initiatief', 'id');
    // The receipt letter (Awb 4:3a) is written after the status change and its hooks: make it fail.
    await ctx.dataSource.query(`
      CREATE FUNCTION test_weiger_brief() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'brief geweigerd (test)'; END $$;
      CREATE TRIGGER test_weiger_brief BEFORE INSERT ON brief FOR EACH ROW EXECUTE FUNCTION test_weiger_brief();`);
    try {
      const antwoord = await ctx.gql('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, bewoner);
      expect(antwoord.errors).toBeDefined();
    } finally {
      await ctx.dataSource.query('DROP TRIGGER test_weiger_brief ON brief; DROP FUNCTION test_weiger_brief();');
    }
    expect(await opdrachten(dbId)).toEqual([]);
    expect(await ctx.dataSource.query('SELECT 1 FROM zaakregistratie WHERE initiatief_id = $1', [dbId])).toEqual([]);
    // Submitted again, it is registered once.
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, bewoner);
    expect((await opdrachten(dbId)).map((o) => o.soort)).toEqual(['ZAAK', 'STATUS']);
  });
});
