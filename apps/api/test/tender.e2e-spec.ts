/**
 * A tender from start to end (Awb 4:26): a rule with an application window and weighted criteria,
 * requests inside and outside the window, scores by two officials, a conflicted official refused,
 * the allocation in ranking order with its decisions, and a tie settled by the published rule.
 * The clock is set to chosen dates (only Date is faked; timers and I/O run as usual).
 */
import { Rol } from '@buurtwerk/core';
import { SubsidieregelsService } from '@buurtwerk/subsidieregels';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const VELDEN = `regelingNaam voorstel seed aanvraagperiodeVan aanvraagperiodeTot criteria { code gewicht }
  regels { initiatiefId referentie plaats totaal beslecht toegekendBedrag reden }
  beoordelingen { initiatiefId criterium score beoordelaar }`;
const BEOORDELEN = `mutation($id: ID!, $scores: [TenderScoreInput!]!) { tenderBeoordelen(initiatiefId: $id, scores: $scores) { voorstel } }`;
const OVERZICHT = `query($r: ID!, $p: String!) { tender(regelingId: $r, periode: $p) { ${VELDEN} } }`;
const VERDELEN = `mutation($r: ID!, $p: String!) { tenderVerdelen(regelingId: $r, periode: $p) { ${VELDEN} } }`;

interface Regel {
  initiatiefId: string;
  referentie: string;
  plaats: number | null;
  totaal: string | null;
  beslecht: string | null;
  toegekendBedrag: number;
  reden: string;
}
interface Overzicht {
  voorstel: boolean;
  seed: string | null;
  regels: Regel[];
  beoordelingen: Array<{ initiatiefId: string; criterium: string; score: number; beoordelaar: string }>;
}

function zetKlok(iso: string): void {
  jest.useFakeTimers({
    now: new Date(iso),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

describe('Tender (Awb 4:26): van aanvraagperiode tot verdeling', () => {
  let ctx: TestContext;
  let beleid: string;
  let anna: string;
  let bart: string;
  let carla: string;
  let regelingId: string;
  let geldId: string;
  let buurtId: string;
  const ids: Record<string, string> = {};

  /** Sets the clock and signs the officials in again (a token is valid from the moment it is made). */
  async function opMoment(iso: string): Promise<void> {
    zetKlok(iso);
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid', sub: 'bea' });
    anna = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Anna Ambtenaar', sub: 'anna' });
    bart = await ctx.tokenFor(Rol.BUURTREGISSEUR, { name: 'Bart Regisseur', sub: 'bart' });
    carla = await ctx.tokenFor(Rol.BUURTREGISSEUR, { name: 'Carla Collega', sub: 'carla' });
  }

  beforeAll(async () => {
    zetKlok('2027-03-10T10:00:00+01:00');
    ctx = await testContext();
    await opMoment('2027-03-10T10:00:00+01:00');
    const { subsidieregelingVaststellen } = await ctx.gqlOk<{ subsidieregelingVaststellen: { id: string; criteria: unknown[] } }>(
      'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { id criteria { code } } }',
      {
        input: {
          code: 'TENDER_GROEN',
          naam: 'Groene buurt (tender)',
          beschrijving: 'Plannen voor meer groen, vergeleken op bereik en duurzaamheid.',
          geldigVan: '2020-01-01',
          schalen: ['BUURT'],
          aanvragers: ['BEWONER', 'BEWONERSGROEP'],
          maximumBedrag: null,
          beslistermijnWeken: 13,
          besluitvorming: 'AMBTELIJK',
          verdeelmethode: 'VERGELIJKENDE_BEOORDELING',
          voorwaarden: [],
          aanvraagperiodeVan: '2027-03-01',
          aanvraagperiodeTot: '2027-03-31',
          criteria: [
            { code: 'BEREIK', omschrijving: 'Hoeveel bewoners doen mee', gewicht: 2 },
            { code: 'DUURZAAM', omschrijving: 'Blijft het groen na dit jaar', gewicht: 1 },
          ],
        },
      },
      beleid,
    );
    regelingId = subsidieregelingVaststellen.id;
    await ctx.app
      .get(SubsidieregelsService)
      .subsidieplafondVaststellen({ regelingId, periode: '2027', bedrag: 1_000_000 }, { vandaag: '2026-12-01' });
    geldId = (
      await ctx.gqlOk<{ instrumentToevoegen: { id: string } }>(
        'mutation($input: InstrumentInput!) { instrumentToevoegen(input: $input) { id } }',
        {
          input: { naam: 'Groenbudget', soort: 'FINANCIELE_BIJDRAGE', beschrijving: 'Geld voor groen in de buurt.', regelingId },
        },
        beleid,
      )
    ).instrumentToevoegen.id;
    buurtId = (await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171001") { id } }')).buurt.id;
  });
  afterAll(async () => {
    await ctx.close();
    jest.useRealTimers();
  });

  async function dienIn(naam: string, bedrag: number): Promise<string> {
    const token = await ctx.tokenFor(Rol.BEWONER, { sub: `tender-${naam}` });
    const { initiatiefOpslaan } = await ctx.gqlOk<{ initiatiefOpslaan: { id: string } }>(
      'mutation($input: InitiatiefInput!) { initiatiefOpslaan(input: $input) { id } }',
      {
        input: {
          titel: `Groen plan ${naam}`,
          beschrijving: 'Bomen en plantenbakken in de straat.',
          schaal: 'BUURT',
          buurtIds: [buurtId],
          aanvragerSoort: 'BEWONERSGROEP',
          aantalBetrokkenBewoners: 10,
          aanvragen: [{ instrumentId: geldId, gevraagdBedrag: bedrag, eigenBijdrage: 0, toelichting: 'Bomen.' }],
        },
      },
      token,
    );
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { status } }', { id: initiatiefOpslaan.id }, token);
    ids[naam] = initiatiefOpslaan.id;
    return token;
  }

  const scores = (bereik: number, duurzaam: number) => [
    { criterium: 'BEREIK', score: bereik, toelichting: 'Veel bewoners uit de straat doen actief mee.' },
    { criterium: 'DUURZAAM', score: duurzaam, toelichting: 'Het onderhoud is voor drie jaar geregeld.' },
  ];

  it('Awb 4:26: de regel toont aanvraagperiode en criteria, ook op de menukaart, en de toets legt het uit', async () => {
    const { menukaart } = await ctx.gqlOk<{
      menukaart: Array<{
        naam: string;
        regeling: {
          aanvraagperiodeVan: string;
          aanvraagperiodeTot: string;
          criteria: Array<{ omschrijving: string; gewicht: number }>;
        } | null;
      }>;
    }>('{ menukaart { naam regeling { aanvraagperiodeVan aanvraagperiodeTot criteria { omschrijving gewicht } } } }');
    expect(menukaart.find((m) => m.naam === 'Groenbudget')!.regeling).toEqual({
      aanvraagperiodeVan: '2027-03-01',
      aanvraagperiodeTot: '2027-03-31',
      criteria: [
        { omschrijving: 'Hoeveel bewoners doen mee', gewicht: 2 },
        { omschrijving: 'Blijft het groen na dit jaar', gewicht: 1 },
      ],
    });
    const { toetsInitiatief } = await ctx.gqlOk<{
      toetsInitiatief: { bevindingen: Array<{ voorwaarde: string; voldaan: boolean; toelichting: string }> };
    }>('query($input: InitiatiefInput!) { toetsInitiatief(input: $input) { bevindingen { voorwaarde voldaan toelichting } } }', {
      input: {
        titel: 'Proef',
        beschrijving: 'Proef van de toets.',
        schaal: 'BUURT',
        buurtIds: [buurtId],
        aanvragerSoort: 'BEWONER',
        aanvragen: [{ instrumentId: geldId, gevraagdBedrag: 1000 }],
      },
    });
    const periode = toetsInitiatief.bevindingen.find((b) => b.voorwaarde === 'TENDER_GROEN.AANVRAAGPERIODE')!;
    expect(periode.voldaan).toBe(true);
    expect(periode.toelichting).toContain('tender');
  });

  it('Awb 4:26 en 2:4: twee ambtenaren scoren met redenen, een ambtenaar met een belang wordt geweigerd', async () => {
    await dienIn('a', 500_000);
    await dienIn('b', 400_000);
    await dienIn('c', 300_000);
    await dienIn('d', 300_000);
    // Carla declared an interest in a: she may not score it.
    await ctx.gqlOk(
      'mutation($id: ID!, $t: String!) { belangVerklaren(initiatiefId: $id, toelichting: $t) { persoon } }',
      { id: ids.a, t: 'Mijn buurvrouw is de aanvrager.' },
      carla,
    );
    expect(foutcodes(await ctx.gql(BEOORDELEN, { id: ids.a, scores: scores(9, 9) }, carla))).toEqual(['BELANGENCONFLICT']);
    // A score without a real reason is refused at the field.
    const kaal = await ctx.gql(BEOORDELEN, { id: ids.a, scores: [{ criterium: 'BEREIK', score: 8, toelichting: 'ok' }] }, anna);
    expect(kaal.errors![0].extensions!.velden!.map((v) => v.veld)).toEqual(['scores[0].toelichting']);
    // a: (8+6)/2×2 + (6+6)/2 = 14 + 6 = 20; b: 10×2... see below
    await ctx.gqlOk(BEOORDELEN, { id: ids.a, scores: scores(8, 6) }, anna);
    await ctx.gqlOk(BEOORDELEN, { id: ids.a, scores: scores(6, 6) }, bart);
    await ctx.gqlOk(BEOORDELEN, { id: ids.b, scores: scores(9, 8) }, anna); // 26
    await ctx.gqlOk(BEOORDELEN, { id: ids.b, scores: scores(9, 8) }, bart);
    await ctx.gqlOk(BEOORDELEN, { id: ids.c, scores: scores(5, 5) }, anna); // 15
    await ctx.gqlOk(BEOORDELEN, { id: ids.d, scores: scores(5, 5) }, bart); // 15: tie with c
    const { tender } = await ctx.gqlOk<{ tender: Overzicht }>(OVERZICHT, { r: regelingId, p: '2027' }, beleid);
    expect(tender.voorstel).toBe(true);
    expect(tender.regels.slice(0, 2).map((r) => [r.referentie, r.plaats, r.totaal])).toEqual([
      [expect.any(String), 1, '26,00'],
      [expect.any(String), 2, '20,00'],
    ]);
    expect(
      tender.beoordelingen
        .filter((b) => b.initiatiefId === ids.a)
        .map((b) => b.beoordelaar)
        .sort(),
    ).toEqual(['Anna Ambtenaar', 'Anna Ambtenaar', 'Bart Regisseur', 'Bart Regisseur']);
  });

  it('Awb 4:26: verdelen kan pas na de aanvraagperiode; een aanvraag daarna valt buiten de periode', async () => {
    expect(foutcodes(await ctx.gql(VERDELEN, { r: regelingId, p: '2027' }, beleid))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    await opMoment('2027-04-02T10:00:00+02:00');
    await dienIn('laat', 100_000);
  });

  it('Awb 4:26: verdeelt het plafond in volgorde van de rangschikking, alles of niets, met besluiten en redenen', async () => {
    await opMoment('2027-04-05T10:00:00+02:00');
    // Bart may not allocate (only BELEIDSMEDEWERKER and BEHEERDER decide).
    expect(foutcodes(await ctx.gql(VERDELEN, { r: regelingId, p: '2027' }, bart))).toEqual(['FORBIDDEN']);
    // Awb 2:4: a decider with an interest in any of the requests cannot allocate the tender.
    await ctx.gqlOk(
      'mutation($id: ID!, $t: String!) { belangVerklaren(initiatiefId: $id, toelichting: $t) { persoon } }',
      { id: ids.d, t: 'Ik woon in de straat van dit plan.' },
      beleid,
    );
    expect(foutcodes(await ctx.gql(VERDELEN, { r: regelingId, p: '2027' }, beleid))).toEqual(['BELANGENCONFLICT']);
    const { tenderVerdelen } = await ctx.gqlOk<{ tenderVerdelen: Overzicht }>(VERDELEN, { r: regelingId, p: '2027' }, anna);
    expect(tenderVerdelen.voorstel).toBe(false);
    expect(tenderVerdelen.seed).toMatch(/^[0-9a-f]{32}$/);
    const per = new Map(tenderVerdelen.regels.map((r) => [r.initiatiefId, r]));
    // Ceiling 10,000: b (26) gets 4,000, a (20) gets 5,000; of c and d (15, same day) the lot picks
    // one; 1,000 left is not enough for 3,000 (all or nothing).
    expect(per.get(ids.b)).toMatchObject({ plaats: 1, toegekendBedrag: 400_000 });
    expect(per.get(ids.a)).toMatchObject({ plaats: 2, toegekendBedrag: 500_000 });
    expect([per.get(ids.c)!.plaats, per.get(ids.d)!.plaats].sort()).toEqual([3, 4]);
    expect(per.get(ids.c)!.beslecht).toBe('LOT');
    expect(per.get(ids.c)!.toegekendBedrag + per.get(ids.d)!.toegekendBedrag).toBe(0);
    expect(per.get(ids.laat)).toMatchObject({ plaats: null, toegekendBedrag: 0 });
    expect(per.get(ids.laat)!.reden).toContain('aanvraagperiode');

    const besluiten = await ctx.gqlOk<{
      initiatieven: {
        edges: Array<{ node: { id: string; status: string; besluit: { motivering: string; genomenDoor: string } } }>;
      };
    }>('{ initiatieven(first: 20) { edges { node { id status besluit { motivering genomenDoor } } } } }', {}, beleid);
    const status = new Map(besluiten.initiatieven.edges.map((e) => [e.node.id, e.node]));
    expect(status.get(ids.b)!.status).toBe('TOEGEKEND');
    expect(status.get(ids.a)!.status).toBe('TOEGEKEND');
    expect(status.get(ids.c)!.status).toBe('AFGEWEZEN');
    expect(status.get(ids.d)!.status).toBe('AFGEWEZEN');
    expect(status.get(ids.laat)!.status).toBe('AFGEWEZEN');
    expect(status.get(ids.a)!.besluit.motivering).toContain('plaats 2 van 4');
    expect(status.get(ids.c)!.besluit.motivering).toContain('het lot');
    expect(status.get(ids.a)!.besluit.genomenDoor).toBe('Anna Ambtenaar');
    const [p] = (await ctx.dataSource.query(
      "SELECT bedrag, verleend, gereserveerd FROM subsidieplafond WHERE regeling_code = 'TENDER_GROEN'",
    )) as Array<Record<string, string>>;
    expect([Number(p.verleend), Number(p.gereserveerd)]).toEqual([900_000, 0]);
    // Once allocated: no second allocation, no more scores.
    expect(foutcodes(await ctx.gql(VERDELEN, { r: regelingId, p: '2027' }, beleid))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
  });

  it('Awb 4:26: een besluit per aanvraag buiten de verdeling om kent in een tender niets toe', async () => {
    const token = await dienIn('los', 100_000);
    expect(token).toBeTruthy();
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { status } }', { id: ids.los }, bart);
    const r = await ctx.gql(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { status } }',
      {
        input: {
          initiatiefId: ids.los,
          uitkomst: 'TOEGEKEND',
          motivering: 'Het plan past goed binnen de regeling.',
          bedragen: [],
        },
      },
      beleid,
    );
    expect(foutcodes(r)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
  });
});
