/**
 * Yearly subsidies for buurtorganisaties (issue 22; docs/domein.md, "Yearly subsidies for
 * buurtorganisaties"): one whole book year (2027) through the API, with the ledger and the
 * payments checked in SQL and the deadlines per the Atw.
 */
import { amsterdamseDatum, Rol, UitgaandeMailVerzender } from '@buurtwerk/core';
import { JaarsubsidieKlok, JaarsubsidiesService } from '@buurtwerk/jaarsubsidies';
import { bezwaarMogelijkTot, SubsidieregelsService } from '@buurtwerk/subsidieregels';
import { Client } from 'pg';
import { plafondInvarianten } from '../../../bench/invarianten';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const VELDEN = `id referentie status boekjaar gevraagdBedrag gereserveerdBedrag verleendBedrag vastgesteldBedrag meerjarigTot
  verantwoordingUiterlijk nieuweTermijnTot accountantsverklaringNodig betaald organisatieNaam
  bevindingen { voorwaarde voldaan toelichting }
  betalingen { id soort volgnummer bedrag vervaldatum status betaaldOp }
  besluiten { soort bedrag motivering brief bekendgemaaktOp bezwaarMogelijkTot regels { code aanvaard grond motivering } }
  wijzigingen { id soort afgehandeld meldingsplichtig }
  afwijkingen { code omschrijving }`;

interface Betaling {
  id: string;
  soort: string;
  volgnummer: number;
  bedrag: number;
  vervaldatum: string;
  status: string;
  betaaldOp: string | null;
}
interface Jaarsubsidie {
  id: string;
  referentie: string;
  status: string;
  gereserveerdBedrag: number;
  verleendBedrag: number | null;
  vastgesteldBedrag: number | null;
  meerjarigTot: number | null;
  verantwoordingUiterlijk: string | null;
  nieuweTermijnTot: string | null;
  accountantsverklaringNodig: boolean;
  betaald: number;
  bevindingen: Array<{ voorwaarde: string; voldaan: boolean; toelichting: string }>;
  betalingen: Betaling[];
  besluiten: Array<{
    soort: string;
    bedrag: number | null;
    motivering: string;
    brief: string;
    bekendgemaaktOp: string | null;
    bezwaarMogelijkTot: string | null;
    regels: Array<{ code: string; aanvaard: number; grond: string | null; motivering: string | null }>;
  }>;
  wijzigingen: Array<{ id: string; soort: string; afgehandeld: boolean; meldingsplichtig: boolean }>;
  afwijkingen: Array<{ code: string; omschrijving: string }>;
}

const AANVRAGEN = `mutation($input: JaaraanvraagInput!) { jaarsubsidieAanvragen(input: $input) { ${VELDEN} } }`;
const TOETSEN = `query($input: JaaraanvraagInput!) { jaaraanvraagToetsen(input: $input) { voorwaarde voldaan toelichting } }`;
const VERLENEN = `mutation($id: ID!, $input: JaarsubsidieVerlenenInput!) { jaarsubsidieVerlenen(id: $id, input: $input) { ${VELDEN} } }`;
const MELDEN = `mutation($id: ID!, $input: JaarsubsidieWijzigingInput!) { jaarsubsidieWijzigingMelden(id: $id, input: $input) { ${VELDEN} } }`;
const WIJZIGEN = `mutation($id: ID!, $input: JaarsubsidieWijzigenInput!) { jaarsubsidieWijzigen(id: $id, input: $input) { ${VELDEN} } }`;
const VERWERKT = `mutation($input: BetalingenVerwerktInput!) { jaarsubsidieBetalingenVerwerkt(input: $input) }`;
const VERANTWOORDEN = `mutation($id: ID!, $input: JaarverantwoordingInput!) { jaarsubsidieVerantwoorden(id: $id, input: $input) { ${VELDEN} } }`;
const VASTSTELLEN = `mutation($id: ID!, $input: JaarsubsidieVaststellenInput!) { jaarsubsidieVaststellen(id: $id, input: $input) { ${VELDEN} } }`;
const AMBTSHALVE = `mutation($id: ID!, $input: AmbtshalveVaststellingInput!) { jaarsubsidieAmbtshalveVaststellen(id: $id, input: $input) { ${VELDEN} } }`;
const LEES = `query($id: ID!) { jaarsubsidie(id: $id) { ${VELDEN} } }`;

const REGELCODE = 'BUURTORGANISATIES_JAAR';

describe('Jaarsubsidies voor buurtorganisaties: een heel boekjaar (Awb 4:29–4:57, Atw)', () => {
  let ctx: TestContext;
  let klok: JaarsubsidieKlok;
  let beleid: string;
  let beheerder: string;
  let secretaris: string;
  let anderePartner: string;
  let buitenstaander: string;
  let regelingId: string;
  let wijkraad: string;
  let buurtplatform: string;
  let subsidie: Jaarsubsidie;

  const dag = (d: string) => klok.zet(d);
  const plafond = async () =>
    (
      (await ctx.dataSource.query(
        'SELECT bedrag, verleend, gereserveerd FROM subsidieplafond WHERE regeling_code = $1 AND periode = $2',
        [REGELCODE, '2027'],
      )) as Array<{ bedrag: string; verleend: string; gereserveerd: string }>
    ).map((r) => ({ bedrag: Number(r.bedrag), verleend: Number(r.verleend), gereserveerd: Number(r.gereserveerd) }))[0];
  const betalingenSql = async (referentie: string) =>
    (await ctx.dataSource.query(
      `SELECT b.soort, b.volgnummer, b.bedrag::int AS bedrag, to_char(b.vervaldatum, 'YYYY-MM-DD') AS vervaldatum, b.status
           FROM jaarsubsidie_betaling b JOIN jaarsubsidie j ON j.id = b.jaarsubsidie_id
          WHERE j.referentie = $1 ORDER BY b.vervaldatum, b.soort, b.volgnummer`,
      [referentie],
    )) as Array<{ soort: string; volgnummer: number; bedrag: number; vervaldatum: string; status: string }>;

  const aanvraag = (organisatieId: string, extra: Record<string, unknown> = {}) => ({
    regelingId,
    organisatieId,
    boekjaar: 2027,
    gevraagdBedrag: 6_000_000,
    contactEmail: 'secretariaat@wijkraad.example',
    activiteiten: [
      {
        code: 'A1',
        omschrijving: 'Inloop in het buurthuis, vier ochtenden per week',
        buurtcodes: ['BU09171000'],
        doelgroepen: ['ouderen', 'eenzame bewoners'],
        eenheid: 'inloopochtenden',
        gepland: 180,
      },
      {
        code: 'A2',
        omschrijving: 'Zomerspelen voor kinderen',
        buurtcodes: ['BU09171000', 'BU09171001'],
        doelgroepen: ['kinderen'],
        eenheid: 'speeldagen',
        gepland: 10,
      },
    ],
    begroting: [
      { code: 'K1', omschrijving: 'Coördinator (0,5 fte)', soort: 'KOSTEN', bedrag: 5_000_000 },
      { code: 'K2', omschrijving: 'Activiteiten en materiaal', soort: 'KOSTEN', bedrag: 2_000_000 },
      { code: 'I1', omschrijving: 'Bijdragen deelnemers', soort: 'EIGEN_INKOMSTEN', bedrag: 500_000 },
      { code: 'S1', omschrijving: 'Fonds voor kinderactiviteiten', soort: 'ANDERE_SUBSIDIE', bedrag: 500_000 },
    ],
    vorigJaar: { kosten: 6_500_000, inkomsten: 900_000, subsidie: 5_600_000, bereik: 1200 },
    ...extra,
  });

  beforeAll(async () => {
    ctx = await testContext();
    klok = ctx.app.get(JaarsubsidieKlok);
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' });
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    secretaris = await ctx.tokenFor(Rol.PARTNER, { sub: 'wijkraad-secretaris', name: 'Sanne Secretaris' });
    anderePartner = await ctx.tokenFor(Rol.PARTNER, { sub: 'platform-voorzitter', name: 'Piet Platform' });
    buitenstaander = await ctx.tokenFor(Rol.PARTNER, { sub: 'iemand-anders', name: 'Iemand' });
    const org = async (naam: string, sub: string) => {
      const { organisatieRegistreren } = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam, soort: 'BUURTORGANISATIE', buurtIds: [] } },
        beheerder,
      );
      await ctx.gqlOk(
        'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
        { o: organisatieRegistreren.id, g: sub },
        beheerder,
      );
      return organisatieRegistreren.id;
    };
    wijkraad = await org('Wijkraad Heerlerbaan', 'wijkraad-secretaris');
    buurtplatform = await org('Buurtplatform Meezenbroek', 'platform-voorzitter');
    const { subsidieregelingVaststellen } = await ctx.gqlOk<{ subsidieregelingVaststellen: { id: string } }>(
      'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { id } }',
      {
        input: {
          code: REGELCODE,
          naam: 'Jaarsubsidie buurtorganisaties',
          beschrijving: 'De jaarlijkse subsidie voor wijkraden en buurtplatforms.',
          geldigVan: '2026-01-01',
          schalen: ['BUURT', 'STADSDEEL'],
          aanvragers: ['ORGANISATIE'],
          maximumBedrag: 10_000_000,
          beslistermijnWeken: 8,
          besluitvorming: 'AMBTELIJK',
          verdeelmethode: 'VOLGORDE_VAN_BINNENKOMST',
          voorwaarden: [],
        },
      },
      beleid,
    );
    // Awb 4:22: the ceiling of 2027 is published before 2027 begins.
    await ctx.app
      .get(SubsidieregelsService)
      .subsidieplafondVaststellen(
        { regelingId: subsidieregelingVaststellen.id, periode: '2027', bedrag: 8_000_000 },
        { vandaag: '2026-06-01' },
      );
    const { jaarsubsidieregelingOpslaan } = await ctx.gqlOk<{ jaarsubsidieregelingOpslaan: { id: string } }>(
      'mutation($input: JaarsubsidieregelingInput!) { jaarsubsidieregelingOpslaan(input: $input) { id } }',
      {
        input: {
          code: 'WIJKRADEN',
          naam: 'Jaarsubsidie wijkraden en buurtplatforms',
          regelingCode: REGELCODE,
          // 3 October 2026 is a Saturday: the deadline moves to Monday 5 October (Atw art. 1).
          aanvraagUiterlijk: '10-03',
          // 29 April 2028 is a Saturday: the account deadline moves to Monday 1 May 2028.
          verantwoordingUiterlijk: '04-29',
          nieuweTermijnDagen: 28,
          voorschotschema: 'KWARTAAL',
          voorschotProcent: 80,
          accountantsverklaringVanaf: 5_000_000,
          meldingsdrempelProcent: 10,
          maximumBedrag: 7_500_000,
          herinneringDagen: [28, 7],
          voorwaarden: [
            {
              code: 'EIGEN_INKOMSTEN',
              omschrijving: 'De organisatie haalt minstens 5% van haar kosten zelf op.',
              regel: { '>=': [{ var: 'eigenInkomstenProcent' }, 5] },
            },
          ],
          verplichtingen: ['De organisatie houdt een administratie bij waaruit de kosten per activiteit blijken.'],
        },
      },
      beleid,
    );
    regelingId = jaarsubsidieregelingOpslaan.id;
  });
  afterAll(async () => {
    klok.zet(null);
    await ctx.close();
  });

  it('weigert een regeling met een voorwaarde over een onbekend gegeven, bij het veld', async () => {
    const res = await ctx.gql(
      'mutation($input: JaarsubsidieregelingInput!) { jaarsubsidieregelingOpslaan(input: $input) { id } }',
      {
        input: {
          code: 'FOUT',
          naam: 'Fout',
          regelingCode: REGELCODE,
          aanvraagUiterlijk: '10-01',
          verantwoordingUiterlijk: '05-01',
          voorschotschema: 'MAAND',
          voorschotProcent: 100,
          accountantsverklaringVanaf: 1,
          voorwaarden: [{ code: 'ONBEKEND', omschrijving: 'Onbekend gegeven', regel: { '>': [{ var: 'eigenBijdrage' }, 1] } }],
        },
      },
      beleid,
    );
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].extensions?.velden?.[0]).toMatchObject({ veld: 'input.voorwaarden[0].regel' });
    expect(res.errors?.[0].extensions?.velden?.[0].melding).toContain('onbekend gegeven "eigenBijdrage"');
  });

  it('toetst live met dezelfde toets als bij ontvangst, en alleen voor wie aan de organisatie gekoppeld is', async () => {
    dag('2026-09-15');
    const { jaaraanvraagToetsen } = await ctx.gqlOk<{
      jaaraanvraagToetsen: Array<{ voorwaarde: string; voldaan: boolean; toelichting: string }>;
    }>(TOETSEN, { input: aanvraag(wijkraad) }, secretaris);
    expect(jaaraanvraagToetsen.map((b) => [b.voorwaarde, b.voldaan])).toEqual([
      ['WIJKRADEN.AANVRAAGTERMIJN', true],
      ['WIJKRADEN.MAXIMUMBEDRAG', true],
      ['WIJKRADEN.BEGROTING', true],
      ['WIJKRADEN.EIGEN_INKOMSTEN', true],
    ]);
    expect(jaaraanvraagToetsen[0].toelichting).toContain('tot en met 5 oktober 2026');
    const teVeel = await ctx.gqlOk<{ jaaraanvraagToetsen: Array<{ voorwaarde: string; voldaan: boolean; toelichting: string }> }>(
      TOETSEN,
      { input: aanvraag(wijkraad, { gevraagdBedrag: 6_500_000 }) },
      secretaris,
    );
    expect(teVeel.jaaraanvraagToetsen.find((b) => b.voorwaarde === 'WIJKRADEN.BEGROTING')).toMatchObject({ voldaan: false });
    const vreemd = await ctx.gql(AANVRAGEN, { input: aanvraag(wijkraad) }, buitenstaander);
    expect(foutcodes(vreemd)).toEqual(['FORBIDDEN']);
    expect(vreemd.errors?.[0].message).toContain('niet gekoppeld aan deze organisatie');
  });

  it('ontvangt de aanvraag en reserveert het gevraagde bedrag in het plafond van het boekjaar (Awb 4:25)', async () => {
    dag('2026-09-15');
    const { jaarsubsidieAanvragen } = await ctx.gqlOk<{ jaarsubsidieAanvragen: Jaarsubsidie }>(
      AANVRAGEN,
      { input: aanvraag(wijkraad) },
      secretaris,
    );
    subsidie = jaarsubsidieAanvragen;
    expect(subsidie).toMatchObject({ referentie: 'JS-2026-0001', status: 'INGEDIEND', gereserveerdBedrag: 6_000_000 });
    expect(await plafond()).toEqual({ bedrag: 8_000_000, verleend: 0, gereserveerd: 6_000_000 });
    const nogEens = await ctx.gql(AANVRAGEN, { input: aanvraag(wijkraad) }, secretaris);
    expect(foutcodes(nogEens)).toEqual(['BAD_USER_INPUT']);
    expect(nogEens.errors?.[0].message).toContain('Er is al een aanvraag voor 2027 (JS-2026-0001)');
  });

  it('neemt een aanvraag op de verschoven laatste dag aan (Atw) en wijst een dag later af met redenen', async () => {
    dag('2026-10-06');
    const { jaarsubsidieAanvragen: laat } = await ctx.gqlOk<{ jaarsubsidieAanvragen: Jaarsubsidie }>(
      AANVRAGEN,
      { input: aanvraag(buurtplatform, { gevraagdBedrag: 1_000_000 }) },
      anderePartner,
    );
    expect(laat.status).toBe('AFGEWEZEN');
    expect(laat.gereserveerdBedrag).toBe(0);
    expect(laat.besluiten).toHaveLength(1);
    expect(laat.besluiten[0].soort).toBe('AFWIJZING');
    expect(laat.besluiten[0].motivering).toContain('Voor 2027 kon je aanvragen tot en met 5 oktober 2026');
    expect(laat.besluiten[0].brief).toContain('bezwaar');
    expect((await plafond()).gereserveerd).toBe(6_000_000);
  });

  it('laat een medewerker die in het bestuur van de organisatie zit niet besluiten (Awb 2:4)', async () => {
    dag('2026-11-19');
    const bestuurder = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { sub: 'beleid-penningmeester', name: 'Bert Bestuurder' });
    await ctx.gqlOk(
      'mutation($input: BestuursfunctieInput!) { bestuursfunctieToevoegen(input: $input) { id } }',
      {
        input: {
          organisatieId: wijkraad,
          persoon: 'Bert Bestuurder',
          functie: 'penningmeester',
          vanaf: '2025-01-01',
          gebruikerId: 'beleid-penningmeester',
        },
      },
      beheerder,
    );
    const res = await ctx.gql(
      VERLENEN,
      { id: subsidie.id, input: { bedrag: 6_000_000, motivering: 'Een goed plan voor de buurt.' } },
      bestuurder,
    );
    expect(foutcodes(res)).toEqual(['BELANGENCONFLICT']);
    expect((await plafond()).verleend).toBe(0);
  });

  it('verleent meerjarig met begrotingsvoorbehoud en plant vier kwartaalvoorschotten (Awb 4:34, 4:95)', async () => {
    dag('2026-11-20');
    const zonderRecht = await ctx.gql(VERLENEN, { id: subsidie.id, input: { bedrag: 6_000_000, motivering: 'x' } }, secretaris);
    expect(foutcodes(zonderRecht)).toEqual(['FORBIDDEN']);
    const { jaarsubsidieVerlenen } = await ctx.gqlOk<{ jaarsubsidieVerlenen: Jaarsubsidie }>(
      VERLENEN,
      {
        id: subsidie.id,
        input: {
          bedrag: 6_000_000,
          meerjarigTot: 2028,
          motivering: 'Het plan past bij de buurtagenda van Heerlerbaan en de begroting is sluitend.',
          extraVerplichtingen: ['Meld het meteen als de inloop langer dan een maand stilligt.'],
        },
      },
      beleid,
    );
    subsidie = jaarsubsidieVerlenen;
    expect(subsidie).toMatchObject({
      status: 'VERLEEND',
      verleendBedrag: 6_000_000,
      meerjarigTot: 2028,
      gereserveerdBedrag: 0,
      verantwoordingUiterlijk: '2028-05-01',
      accountantsverklaringNodig: true,
    });
    expect(subsidie.besluiten[0].motivering).toContain('begrotingsvoorbehoud, Awb 4:34');
    expect(subsidie.besluiten[0].motivering).toContain('1 mei 2028');
    expect(await plafond()).toEqual({ bedrag: 8_000_000, verleend: 6_000_000, gereserveerd: 0 });
    expect(await betalingenSql(subsidie.referentie)).toEqual([
      { soort: 'VOORSCHOT', volgnummer: 1, bedrag: 1_200_000, vervaldatum: '2027-01-01', status: 'GEPLAND' },
      { soort: 'VOORSCHOT', volgnummer: 2, bedrag: 1_200_000, vervaldatum: '2027-04-01', status: 'GEPLAND' },
      { soort: 'VOORSCHOT', volgnummer: 3, bedrag: 1_200_000, vervaldatum: '2027-07-01', status: 'GEPLAND' },
      { soort: 'VOORSCHOT', volgnummer: 4, bedrag: 1_200_000, vervaldatum: '2027-10-01', status: 'GEPLAND' },
    ]);
  });

  it('maakt het besluit bekend met de brief; de bezwaartermijn loopt vanaf de dag na verzending (Awb 3:41, 6:7–6:8)', async () => {
    await ctx.app.get(UitgaandeMailVerzender).verwerk();
    const { jaarsubsidie } = await ctx.gqlOk<{ jaarsubsidie: Jaarsubsidie }>(LEES, { id: subsidie.id }, secretaris);
    const verzonden = amsterdamseDatum(new Date(jaarsubsidie.besluiten[0].bekendgemaaktOp!));
    const dagen = await ctx.app.get(SubsidieregelsService).dagenVoorTermijnen(ctx.dataSource.manager);
    expect(jaarsubsidie.besluiten[0].bezwaarMogelijkTot).toBe(bezwaarMogelijkTot(verzonden, dagen));
    const [mail] = (await ctx.dataSource.query(
      "SELECT aan, onderwerp FROM uitgaande_mail WHERE soort = 'JAARSUBSIDIE_BESLUIT' AND onderwerp LIKE 'Verlening%'",
    )) as Array<{ aan: string; onderwerp: string }>;
    expect(mail).toEqual({
      aan: 'secretariaat@wijkraad.example',
      onderwerp: `Verlening jaarsubsidie 2027 (${subsidie.referentie})`,
    });
  });

  it('exporteert de voorschotten die te betalen zijn als CSV en JSON, en legt betalingen één keer vast', async () => {
    const csv = await ctx
      .http()
      .get('/api/v1/jaarsubsidies/te-betalen?tot=2027-01-05')
      .set('authorization', `Bearer ${beleid}`)
      .set('accept', 'text/csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const regels = csv.text.trim().split('\r\n');
    expect(regels[0]).toBe('betalingId,referentie,organisatie,soort,volgnummer,bedrag,vervaldatum');
    expect(regels).toHaveLength(2);
    expect(regels[1]).toContain(',JS-2026-0001,Wijkraad Heerlerbaan,VOORSCHOT,1,1200000,2027-01-01');
    const partnerMag = await ctx
      .http()
      .get('/api/v1/jaarsubsidies/te-betalen?tot=2027-01-05')
      .set('authorization', `Bearer ${secretaris}`);
    expect(partnerMag.status).toBe(403);

    const betaal = async (tot: string, op: string) => {
      const json = await ctx.http().get(`/api/v1/jaarsubsidies/te-betalen?tot=${tot}`).set('authorization', `Bearer ${beleid}`);
      expect(json.status).toBe(200);
      const ids = (json.body as { betalingen: Array<{ betalingId: string }> }).betalingen.map((b) => b.betalingId);
      await ctx.gqlOk(VERWERKT, { input: { betalingIds: ids, betaaldOp: op } }, beleid);
      return ids;
    };
    const eerste = await betaal('2027-01-05', '2027-01-04');
    expect(eerste).toHaveLength(1);
    const dubbel = await ctx.gql(VERWERKT, { input: { betalingIds: eerste, betaaldOp: '2027-01-05' } }, beleid);
    expect(foutcodes(dubbel)).toEqual(['BAD_USER_INPUT']);
    expect(await betaal('2027-04-01', '2027-04-01')).toHaveLength(1);
    expect(await betaal('2027-07-01', '2027-07-01')).toHaveLength(1);
  });

  it('neemt een gemelde wijziging aan (Awb 4:38) en verlaagt de verlening; de voorschotten volgen', async () => {
    dag('2027-08-15');
    const { jaarsubsidieWijzigingMelden } = await ctx.gqlOk<{ jaarsubsidieWijzigingMelden: Jaarsubsidie }>(
      MELDEN,
      {
        id: subsidie.id,
        input: {
          soort: 'ACTIVITEIT_VERVALT',
          betreft: 'A2',
          omschrijving: 'De zomerspelen gaan niet door: de speeltuin is gesloten voor renovatie.',
        },
      },
      secretaris,
    );
    expect(jaarsubsidieWijzigingMelden.wijzigingen).toEqual([
      expect.objectContaining({ soort: 'ACTIVITEIT_VERVALT', afgehandeld: false, meldingsplichtig: true }),
    ]);
    const verkeerd = await ctx.gql(
      MELDEN,
      { id: subsidie.id, input: { soort: 'ACTIVITEIT_VERVALT', betreft: 'A9', omschrijving: 'x' } },
      secretaris,
    );
    expect(verkeerd.errors?.[0].extensions?.velden?.[0].veld).toBe('input.betreft');
    const { jaarsubsidieWijzigen } = await ctx.gqlOk<{ jaarsubsidieWijzigen: Jaarsubsidie }>(
      WIJZIGEN,
      {
        id: subsidie.id,
        input: {
          bedrag: 5_000_000,
          motivering: 'De zomerspelen vervallen; de subsidie daarvoor vervalt ook.',
          wijzigingIds: [jaarsubsidieWijzigingMelden.wijzigingen[0].id],
        },
      },
      beleid,
    );
    expect(jaarsubsidieWijzigen.verleendBedrag).toBe(5_000_000);
    expect(jaarsubsidieWijzigen.wijzigingen[0].afgehandeld).toBe(true);
    expect(jaarsubsidieWijzigen.besluiten.map((b) => b.soort)).toEqual(['VERLENING', 'WIJZIGING']);
    // Freed in the ceiling in the same transaction.
    expect(await plafond()).toEqual({ bedrag: 8_000_000, verleend: 5_000_000, gereserveerd: 0 });
    // 80% of 50,000 is 40,000; 36,000 is paid, so the last advance is 4,000.
    expect((await betalingenSql(subsidie.referentie)).at(-1)).toEqual({
      soort: 'VOORSCHOT',
      volgnummer: 4,
      bedrag: 400_000,
      vervaldatum: '2027-10-01',
      status: 'GEPLAND',
    });
    const ids = (
      (await ctx.http().get('/api/v1/jaarsubsidies/te-betalen?tot=2027-10-01').set('authorization', `Bearer ${beleid}`)).body as {
        betalingen: Array<{ betalingId: string; bedrag: number }>;
      }
    ).betalingen;
    expect(ids.map((b) => b.bedrag)).toEqual([400_000]);
    await ctx.gqlOk(VERWERKT, { input: { betalingIds: ids.map((b) => b.betalingId), betaaldOp: '2027-10-01' } }, beleid);
  });

  it('herinnert 28 en 7 dagen voor de verantwoordingstermijn, elk één keer (taak)', async () => {
    const taak = ctx.app.get(JaarsubsidiesService);
    dag('2028-03-01');
    expect(await taak.herinneringenVersturen()).toEqual({ herinneringen: 0, nieuweTermijnen: 0 });
    dag('2028-04-03');
    expect(await taak.herinneringenVersturen()).toEqual({ herinneringen: 1, nieuweTermijnen: 0 });
    expect(await taak.herinneringenVersturen()).toEqual({ herinneringen: 0, nieuweTermijnen: 0 });
    dag('2028-04-24');
    expect(await taak.herinneringenVersturen()).toEqual({ herinneringen: 1, nieuweTermijnen: 0 });
    const mails = (await ctx.dataSource.query(
      "SELECT onderwerp FROM uitgaande_mail WHERE soort = 'JAARSUBSIDIE_HERINNERING' AND referentie_id = (SELECT id FROM jaarsubsidie WHERE referentie = $1)",
      [subsidie.referentie],
    )) as Array<{ onderwerp: string }>;
    expect(mails).toHaveLength(2);
    expect(mails[0].onderwerp).toContain('uiterlijk 1 mei 2028');
  });

  it('vraagt een accountantsverklaring boven het bedrag van de regeling en neemt de verantwoording aan', async () => {
    dag('2028-04-25');
    const input = {
      activiteiten: [
        { code: 'A1', gerealiseerd: 170, toelichting: 'Tien ochtenden dicht door ziekte van de vrijwilligers.' },
        { code: 'A2', gerealiseerd: 0 },
      ],
      begroting: [
        { code: 'K1', gerealiseerd: 4_900_000 },
        { code: 'K2', gerealiseerd: 300_000 },
        { code: 'I1', gerealiseerd: 450_000 },
        { code: 'S1', gerealiseerd: 0 },
      ],
      verslag: 'De inloop liep het hele jaar; de zomerspelen vervielen (gemeld in augustus).',
    };
    const zonder = await ctx.gql(VERANTWOORDEN, { id: subsidie.id, input }, secretaris);
    expect(foutcodes(zonder)).toEqual(['BAD_USER_INPUT']);
    expect(zonder.errors?.[0].extensions?.velden?.[0].veld).toBe('input.accountantsverklaring');
    const { jaarsubsidieVerantwoorden } = await ctx.gqlOk<{ jaarsubsidieVerantwoorden: Jaarsubsidie }>(
      VERANTWOORDEN,
      { id: subsidie.id, input: { ...input, accountantsverklaring: 'Controleverklaring Accountants Zuid 2028-117' } },
      secretaris,
    );
    expect(jaarsubsidieVerantwoorden.status).toBe('VERANTWOORD');
    expect(jaarsubsidieVerantwoorden.afwijkingen.map((a) => a.code)).toEqual(['A1', 'A2', 'K2']);
  });

  it('stelt lager vast met redenen per regel (Awb 4:46) en vordert het te veel betaalde voorschot terug (Awb 4:57)', async () => {
    dag('2028-06-12');
    const zonderReden = await ctx.gql(
      VASTSTELLEN,
      {
        id: subsidie.id,
        input: { kortingen: [{ code: 'K2', bedrag: 1_500_000 }], motivering: 'Vastgesteld op de verantwoording.' },
      },
      beleid,
    );
    expect(foutcodes(zonderReden)).toEqual(['BAD_USER_INPUT']);
    expect(zonderReden.errors?.[0].extensions?.velden?.[0].veld).toBe('input.kortingen[0].motivering');
    const { jaarsubsidieVaststellen } = await ctx.gqlOk<{ jaarsubsidieVaststellen: Jaarsubsidie }>(
      VASTSTELLEN,
      {
        id: subsidie.id,
        input: {
          kortingen: [
            {
              code: 'K2',
              bedrag: 1_500_000,
              grond: 'NIET_UITGEVOERD',
              motivering: 'Van de activiteiten is maar € 3.000 uitgegeven; de rest van dit deel is niet besteed.',
            },
          ],
          motivering: 'De verantwoording is volledig en de accountant heeft haar goedgekeurd.',
        },
      },
      beleid,
    );
    expect(jaarsubsidieVaststellen).toMatchObject({ status: 'VASTGESTELD', vastgesteldBedrag: 3_500_000, betaald: 4_000_000 });
    const besluit = jaarsubsidieVaststellen.besluiten.at(-1)!;
    expect(besluit.soort).toBe('VASTSTELLING');
    expect(besluit.regels.find((r) => r.code === 'K2')).toMatchObject({ aanvaard: 1_500_000, grond: 'NIET_UITGEVOERD' });
    expect(besluit.motivering).toContain('€ 5.000 meer dan de vastgestelde subsidie');
    expect(besluit.motivering).toContain('Awb 4:57');
    // The ledger: the ceiling holds the settled amount only.
    expect(await plafond()).toEqual({ bedrag: 8_000_000, verleend: 3_500_000, gereserveerd: 0 });
    expect(await betalingenSql(subsidie.referentie)).toEqual([
      { soort: 'VOORSCHOT', volgnummer: 1, bedrag: 1_200_000, vervaldatum: '2027-01-01', status: 'BETAALD' },
      { soort: 'VOORSCHOT', volgnummer: 2, bedrag: 1_200_000, vervaldatum: '2027-04-01', status: 'BETAALD' },
      { soort: 'VOORSCHOT', volgnummer: 3, bedrag: 1_200_000, vervaldatum: '2027-07-01', status: 'BETAALD' },
      { soort: 'VOORSCHOT', volgnummer: 4, bedrag: 400_000, vervaldatum: '2027-10-01', status: 'BETAALD' },
      { soort: 'TERUGVORDERING', volgnummer: 1, bedrag: 500_000, vervaldatum: '2028-07-24', status: 'GEPLAND' },
    ]);
    const nogEens = await ctx.gql(
      VASTSTELLEN,
      { id: subsidie.id, input: { kortingen: [], motivering: 'Nog een keer.' } },
      beleid,
    );
    expect(foutcodes(nogEens)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
  });

  it('laat een partner met zijn API-sleutel alleen het eigen dossier lezen', async () => {
    const sleutel = async (organisatieId: string) =>
      (
        await ctx.gqlOk<{ apiSleutelAanmaken: { sleutel: string } }>(
          'mutation($input: ApiSleutelInput!) { apiSleutelAanmaken(input: $input) { sleutel } }',
          { input: { naam: 'Ledenadministratie', scopes: ['lezen'], organisatieId } },
          beheerder,
        )
      ).apiSleutelAanmaken.sleutel;
    const eigen = await ctx
      .http()
      .get('/api/v1/jaarsubsidies/mijn')
      .set('x-api-key', await sleutel(wijkraad));
    expect(eigen.status).toBe(200);
    expect((eigen.body as { jaarsubsidies: Array<{ referentie: string }> }).jaarsubsidies.map((j) => j.referentie)).toEqual([
      'JS-2026-0001',
    ]);
    const ander = await ctx
      .http()
      .get('/api/v1/jaarsubsidies/mijn')
      .set('x-api-key', await sleutel(buurtplatform));
    expect((ander.body as { jaarsubsidies: Array<{ referentie: string }> }).jaarsubsidies.map((j) => j.referentie)).toEqual([
      'JS-2026-0002',
    ]);
    const viaGraphql = await ctx
      .http()
      .post('/graphql')
      .set('x-api-key', await sleutel(buurtplatform))
      .send({ query: LEES, variables: { id: subsidie.id } });
    expect((viaGraphql.body as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('geeft na de verstreken verantwoordingstermijn een nieuwe termijn en stelt pas daarna ambtshalve vast (Awb 4:44)', async () => {
    // A third organisation, granted for 2027, never renders account.
    const { organisatieRegistreren } = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
      'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
      { input: { naam: 'Stichting Buurtwerk Zuid', soort: 'STICHTING', buurtIds: [] } },
      beheerder,
    );
    await ctx.gqlOk(
      'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
      { o: organisatieRegistreren.id, g: 'zuid-penningmeester' },
      beheerder,
    );
    const penningmeester = await ctx.tokenFor(Rol.PARTNER, { sub: 'zuid-penningmeester', name: 'Paula' });
    dag('2026-09-30');
    const { jaarsubsidieAanvragen: zuid } = await ctx.gqlOk<{ jaarsubsidieAanvragen: Jaarsubsidie }>(
      AANVRAGEN,
      { input: aanvraag(organisatieRegistreren.id, { gevraagdBedrag: 1_000_000 }) },
      penningmeester,
    );
    dag('2026-11-20');
    const { jaarsubsidieVerlenen } = await ctx.gqlOk<{ jaarsubsidieVerlenen: Jaarsubsidie }>(
      VERLENEN,
      { id: zuid.id, input: { bedrag: 1_000_000, motivering: 'Het plan past bij de regeling en de begroting sluit.' } },
      beleid,
    );
    expect(jaarsubsidieVerlenen.accountantsverklaringNodig).toBe(false);
    await ctx.gqlOk(
      VERWERKT,
      { input: { betalingIds: [jaarsubsidieVerlenen.betalingen[0].id], betaaldOp: '2027-01-04' } },
      beleid,
    );
    const verleendVoor = (await plafond()).verleend;

    dag('2028-05-01');
    expect(await ctx.app.get(JaarsubsidiesService).herinneringenVersturen()).toEqual({ herinneringen: 1, nieuweTermijnen: 0 });
    dag('2028-05-02');
    expect(await ctx.app.get(JaarsubsidiesService).herinneringenVersturen()).toEqual({ herinneringen: 0, nieuweTermijnen: 1 });
    const { jaarsubsidie } = await ctx.gqlOk<{ jaarsubsidie: Jaarsubsidie }>(LEES, { id: zuid.id }, penningmeester);
    // 2 May + 28 days = Tuesday 30 May 2028, a working day.
    expect(jaarsubsidie.nieuweTermijnTot).toBe('2028-05-30');
    expect(await ctx.app.get(JaarsubsidiesService).herinneringenVersturen()).toEqual({ herinneringen: 0, nieuweTermijnen: 0 });

    dag('2028-05-30');
    const teVroeg = await ctx.gql(
      AMBTSHALVE,
      { id: zuid.id, input: { bedrag: 0, motivering: 'Er kwam geen verantwoording.' } },
      beleid,
    );
    expect(foutcodes(teVroeg)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    expect(teVroeg.errors?.[0].message).toContain('30 mei 2028');
    dag('2028-05-31');
    const { jaarsubsidieAmbtshalveVaststellen: vast } = await ctx.gqlOk<{ jaarsubsidieAmbtshalveVaststellen: Jaarsubsidie }>(
      AMBTSHALVE,
      {
        id: zuid.id,
        input: {
          bedrag: 0,
          motivering:
            'Er kwam geen verantwoording, ook niet in de nieuwe termijn; niet is gebleken dat de activiteiten zijn uitgevoerd.',
        },
      },
      beleid,
    );
    expect(vast).toMatchObject({ status: 'VASTGESTELD', vastgesteldBedrag: 0 });
    expect(vast.besluiten.at(-1)!.soort).toBe('AMBTSHALVE_VASTSTELLING');
    expect((await plafond()).verleend).toBe(verleendVoor - 1_000_000);
    expect((await betalingenSql(zuid.referentie)).map((b) => [b.soort, b.bedrag, b.status])).toEqual([
      ['VOORSCHOT', 200_000, 'BETAALD'],
      ['VOORSCHOT', 200_000, 'VERVALLEN'],
      ['VOORSCHOT', 200_000, 'VERVALLEN'],
      ['VOORSCHOT', 200_000, 'VERVALLEN'],
      ['TERUGVORDERING', 200_000, 'GEPLAND'],
    ]);
  });

  it('geeft de aanvrager zijn gegevens (AVG art. 15) en pseudonimiseert alleen de persoon, niet het dossier (AVG art. 17, Archiefwet)', async () => {
    const { mijnGegevens } = await ctx.gqlOk<{ mijnGegevens: Record<string, unknown[]> }>('{ mijnGegevens }', {}, secretaris);
    expect(mijnGegevens.jaarsubsidieAanvragen).toEqual([
      expect.objectContaining({
        referentie: 'JS-2026-0001',
        ingediendDoor: 'Sanne Secretaris',
        contactEmail: 'secretariaat@wijkraad.example',
      }),
    ]);
    expect(mijnGegevens.jaarsubsidieMeldingen).toEqual([expect.objectContaining({ soort: 'ACTIVITEIT_VERVALT' })]);
    await ctx.gqlOk('mutation($g: ID!) { gebruikerPseudonimiseren(gebruikerId: $g) }', { g: 'wijkraad-secretaris' }, beheerder);
    const [rij] = (await ctx.dataSource.query(
      "SELECT ingediend_door_sub, ingediend_door, contact_email, vastgesteld_bedrag::int AS vastgesteld FROM jaarsubsidie WHERE referentie = 'JS-2026-0001'",
    )) as Array<{ ingediend_door_sub: string; ingediend_door: string; contact_email: string; vastgesteld: number }>;
    expect(rij.ingediend_door_sub).not.toBe('wijkraad-secretaris');
    expect(rij.ingediend_door).not.toContain('Sanne');
    // The organisation's address stays (it is not the person's own verified address); the settlement stays.
    expect(rij).toMatchObject({ contact_email: 'secretariaat@wijkraad.example', vastgesteld: 3_500_000 });
    const [{ n }] = (await ctx.dataSource.query(
      "SELECT count(*)::int AS n FROM jaarsubsidie_wijziging WHERE gemeld_door_sub = 'wijkraad-secretaris'",
    )) as Array<{ n: number }>;
    expect(n).toBe(0);
  });

  it('houdt het plafond bij gelijktijdige aanvragen en besluiten: nooit meer dan het plafond, het grootboek gelijk aan de aanvragen', async () => {
    const code = 'RACE_JAAR';
    const { subsidieregelingVaststellen } = await ctx.gqlOk<{ subsidieregelingVaststellen: { id: string } }>(
      'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { id } }',
      {
        input: {
          code,
          naam: 'Jaarsubsidie (gelijktijdig)',
          beschrijving: 'Voor de test van gelijktijdige aanvragen.',
          geldigVan: '2026-01-01',
          schalen: ['BUURT'],
          aanvragers: ['ORGANISATIE'],
          beslistermijnWeken: 8,
          besluitvorming: 'AMBTELIJK',
          verdeelmethode: 'VOLGORDE_VAN_BINNENKOMST',
          voorwaarden: [],
        },
      },
      beleid,
    );
    await ctx.app
      .get(SubsidieregelsService)
      .subsidieplafondVaststellen(
        { regelingId: subsidieregelingVaststellen.id, periode: '2027', bedrag: 8_000_000 },
        { vandaag: '2026-06-01' },
      );
    const { jaarsubsidieregelingOpslaan } = await ctx.gqlOk<{ jaarsubsidieregelingOpslaan: { id: string } }>(
      'mutation($input: JaarsubsidieregelingInput!) { jaarsubsidieregelingOpslaan(input: $input) { id } }',
      {
        input: {
          code: 'RACE',
          naam: 'Gelijktijdig',
          regelingCode: code,
          aanvraagUiterlijk: '10-01',
          verantwoordingUiterlijk: '05-01',
          voorschotschema: 'MAAND',
          voorschotProcent: 100,
          accountantsverklaringVanaf: 100_000_000,
        },
      },
      beleid,
    );
    dag('2026-09-01');
    const race = { ...aanvraag(wijkraad), regelingId: jaarsubsidieregelingOpslaan.id, gevraagdBedrag: 5_000_000 };
    const [a, b] = await Promise.all([
      ctx.gqlOk<{ jaarsubsidieAanvragen: Jaarsubsidie }>(AANVRAGEN, { input: race }, secretaris),
      ctx.gqlOk<{ jaarsubsidieAanvragen: Jaarsubsidie }>(
        AANVRAGEN,
        { input: { ...race, organisatieId: buurtplatform } },
        anderePartner,
      ),
    ]);
    expect([a.jaarsubsidieAanvragen.gereserveerdBedrag, b.jaarsubsidieAanvragen.gereserveerdBedrag].sort()).toEqual([
      3_000_000, 5_000_000,
    ]);
    dag('2026-11-20');
    const besluiten = await Promise.all(
      [a, b].map((x) =>
        ctx.gql(
          VERLENEN,
          { id: x.jaarsubsidieAanvragen.id, input: { bedrag: 4_000_000, motivering: 'Gelijktijdig besloten.' } },
          beleid,
        ),
      ),
    );
    const gelukt = besluiten.filter((r) => !r.errors).length;
    expect(gelukt).toBeGreaterThanOrEqual(1);
    for (const r of besluiten.filter((x) => x.errors)) {
      expect(foutcodes(r)).toEqual(['PLAFOND_BEREIKT']);
    }
    const [stand] = (await ctx.dataSource.query(
      `SELECT p.bedrag::int AS bedrag, p.verleend::int AS verleend, p.gereserveerd::int AS gereserveerd,
              (SELECT COALESCE(SUM(COALESCE(j.verleend_bedrag, 0)), 0)::int FROM jaarsubsidie j WHERE j.plafond_id = p.id) AS som_verleend,
              (SELECT COALESCE(SUM(j.gereserveerd_bedrag), 0)::int FROM jaarsubsidie j WHERE j.plafond_id = p.id) AS som_gereserveerd
         FROM subsidieplafond p WHERE p.regeling_code = $1`,
      [code],
    )) as Array<{ bedrag: number; verleend: number; gereserveerd: number; som_verleend: number; som_gereserveerd: number }>;
    expect(stand.verleend + stand.gereserveerd).toBeLessThanOrEqual(stand.bedrag);
    expect(stand.verleend).toBe(gelukt * 4_000_000);
    expect([stand.verleend, stand.gereserveerd]).toEqual([stand.som_verleend, stand.som_gereserveerd]);
    // The invariants the bench and soak runs check hold for every ceiling after the whole year.
    const db = new Client({ connectionString: ctx.config.databaseUrl });
    await db.connect();
    try {
      expect((await plafondInvarianten(db)).map((u) => [u.naam, u.goed, u.detail])).toEqual([
        ['plafonds: verleend + gereserveerd <= bedrag', true, expect.any(String)],
        ['plafonds: gereserveerd en verleend = som van de aanvragen', true, '0 plafonds wijken af'],
      ]);
    } finally {
      await db.end();
    }
  });
});
