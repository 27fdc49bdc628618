/**
 * The year report of buurtregie (issue 20): computed from the record through each library's
 * exported queries; this test recomputes every figure independently with plain SQL over the tables
 * (the requests' granted and settled amounts, the initiatives' decision dates and terms, the signals,
 * needs, activities, panel votes and ceilings) for the city, a stadsdeel and a buurt, and reads the
 * open data (JSON, CSV) and the PDF.
 */
import { amsterdamseDatum, Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, type Opzet, opslaan, zetOp } from './initiatieven.helpers';

const VERSLAG = `query($jaar: Int!, $buurtId: ID, $stadsdeelId: ID) {
  jaarverslag(jaar: $jaar, buurtId: $buurtId, stadsdeelId: $stadsdeelId) {
    jaar schaal gebied
    initiatieven { ontvangen toegekend afgewezen buitenBehandeling }
    geldPerInstrument { instrument toegekend vastgesteld }
    plafonds { regeling stadsdeel bedrag verleend gereserveerd benutProcent }
    beslistermijnen { besluiten binnenTermijn teLaat zonderTermijn gemiddeldeDagen }
    activiteiten { doorgegaan geannuleerd }
    netwerkbijeenkomsten { gehouden gepland geannuleerd aanmeldingen }
    signalen { afdeling gemeld afgehandeld binnenTermijn gemiddeldeDagen }
    behoeften { geopend beantwoord }
    panel { stemmingen stemmen mogelijkeStemmen deelnameProcent }
    concierges { verzoeken }
  } }`;

interface Verslag {
  jaar: number;
  schaal: string;
  gebied: string;
  initiatieven: Record<string, number>;
  geldPerInstrument: Array<{ instrument: string; toegekend: number; vastgesteld: number }>;
  plafonds: Array<{
    regeling: string;
    stadsdeel: string | null;
    bedrag: number;
    verleend: number;
    gereserveerd: number;
    benutProcent: number | null;
  }>;
  beslistermijnen: Record<string, number | null>;
  activiteiten: Record<string, number>;
  netwerkbijeenkomsten: Record<string, number>;
  signalen: Array<{
    afdeling: string;
    gemeld: number;
    afgehandeld: number;
    binnenTermijn: number;
    gemiddeldeDagen: number | null;
  }>;
  behoeften: Record<string, number>;
  panel: Record<string, number | null>;
  concierges: unknown;
}

describe('Jaarverslag buurtregie (issue 20): cijfers uit de registratie, onafhankelijk nagerekend', () => {
  let ctx: TestContext;
  let o: Opzet;
  let bewoner: string;
  let regisseur: string;
  let beheerder: string;
  let stadsdeelId: string;
  let buurtElders: string;
  const jaar = Number(amsterdamseDatum(new Date()).slice(0, 4));
  const vorigeEnv = { MAIL_INTERVAL_MS: process.env.MAIL_INTERVAL_MS, WEBHOOKS_UIT: process.env.WEBHOOKS_UIT };

  const q = <T>(sql: string, params: unknown[] = []) => ctx.dataSource.query<T[]>(sql, params);

  /** The area as a SQL condition on a column of buurt ids (array) or one buurt id. */
  const gebiedSql = (
    scope: { buurt?: string; stadsdeel?: string },
    buurtKolom: string,
    alsArray: boolean,
    stadsdeelKolom?: string,
  ) => {
    const lid = (b: string) => (alsArray ? `${b} = ANY(${buurtKolom})` : `${buurtKolom} = ${b}`);
    if (scope.buurt) {
      return lid(`'${scope.buurt}'::uuid`);
    }
    if (scope.stadsdeel) {
      const inStadsdeel = alsArray
        ? `EXISTS (SELECT 1 FROM buurt b JOIN wijk w ON w.id = b.wijk_id WHERE b.id = ANY(${buurtKolom}) AND w.stadsdeel_id = '${scope.stadsdeel}')`
        : `${buurtKolom} IN (SELECT b.id FROM buurt b JOIN wijk w ON w.id = b.wijk_id WHERE w.stadsdeel_id = '${scope.stadsdeel}')`;
      return stadsdeelKolom ? `(${inStadsdeel} OR ${stadsdeelKolom} = '${scope.stadsdeel}')` : inStadsdeel;
    }
    return 'true';
  };

  /** Every figure again, straight from the tables (a different route than the libraries' queries). */
  const nagerekend = async (scope: { buurt?: string; stadsdeel?: string }) => {
    const ini = gebiedSql(scope, 'i.buurt_ids', true, 'i.stadsdeel_id');
    const inJaar = (kolom: string) => `extract(year FROM ${kolom} AT TIME ZONE 'Europe/Amsterdam') = ${jaar}`;
    const [telling] = await q<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE ${inJaar('i.ingediend_op')})::int AS ontvangen,
              count(*) FILTER (WHERE ${inJaar('i.besluit_genomen_op')} AND i.besluit_uitkomst = 'TOEGEKEND')::int AS toegekend,
              count(*) FILTER (WHERE ${inJaar('i.besluit_genomen_op')} AND i.besluit_uitkomst = 'AFGEWEZEN')::int AS afgewezen,
              count(*) FILTER (WHERE ${inJaar('i.besluit_genomen_op')} AND i.besluit_uitkomst = 'BUITEN_BEHANDELING')::int AS "buitenBehandeling"
         FROM initiatief i WHERE ${ini}`,
    );
    const geld = await q<{ instrument: string; toegekend: string; vastgesteld: string }>(
      `SELECT ins.naam AS instrument,
              COALESCE(sum(a.toegekend_bedrag) FILTER (WHERE ${inJaar('i.besluit_genomen_op')} AND i.besluit_uitkomst = 'TOEGEKEND'), 0) AS toegekend,
              COALESCE(sum(a.vastgesteld_bedrag) FILTER (WHERE EXISTS (SELECT 1 FROM initiatief_statuswijziging h
                 WHERE h.initiatief_id = i.id AND h.naar = 'VASTGESTELD' AND ${inJaar('h.op')})), 0) AS vastgesteld
         FROM ondersteuningsaanvraag a JOIN initiatief i ON i.id = a.initiatief_id JOIN instrument ins ON ins.id = a.instrument_id
        WHERE ${ini} AND (a.toegekend_bedrag > 0 OR a.vastgesteld_bedrag > 0)
        GROUP BY ins.naam ORDER BY ins.naam`,
    );
    const [termijn] = await q<{ besluiten: number; binnen: number; laat: number; zonder: number; dagen: string | null }>(
      `SELECT count(*)::int AS besluiten,
              count(*) FILTER (WHERE (i.besluit_genomen_op AT TIME ZONE 'Europe/Amsterdam')::date <= i.beslissen_uiterlijk)::int AS binnen,
              count(*) FILTER (WHERE (i.besluit_genomen_op AT TIME ZONE 'Europe/Amsterdam')::date > i.beslissen_uiterlijk)::int AS laat,
              count(*) FILTER (WHERE i.beslissen_uiterlijk IS NULL)::int AS zonder,
              round(avg((i.besluit_genomen_op AT TIME ZONE 'Europe/Amsterdam')::date - i.ingediend_datum), 1) AS dagen
         FROM initiatief i WHERE ${ini} AND ${inJaar('i.besluit_genomen_op')} AND i.besluit_uitkomst IS NOT NULL`,
    );
    const signalen = await q<{ afdeling: string; gemeld: number; afgehandeld: number; binnen: number; dagen: string | null }>(
      `SELECT COALESCE(afdeling, 'Geen afdeling') AS afdeling, count(*)::int AS gemeld,
              count(*) FILTER (WHERE status = 'AFGEHANDELD')::int AS afgehandeld,
              count(*) FILTER (WHERE status = 'AFGEHANDELD' AND (afgehandeld_op AT TIME ZONE 'Europe/Amsterdam')::date <= reactie_uiterlijk)::int AS binnen,
              round(avg((afgehandeld_op AT TIME ZONE 'Europe/Amsterdam')::date - (gemeld_op AT TIME ZONE 'Europe/Amsterdam')::date)
                    FILTER (WHERE status = 'AFGEHANDELD'), 1) AS dagen
         FROM signaal WHERE ${gebiedSql(scope, 'buurt_id', false)} AND ${inJaar('gemeld_op')}
        GROUP BY 1 ORDER BY 1`,
    );
    const [behoeften] = await q<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE ${inJaar('aangemaakt_op')} AND status NOT IN ('INGEDIEND','AFGEWEZEN'))::int AS geopend,
              count(*) FILTER (WHERE ${inJaar('beantwoord_op')})::int AS beantwoord
         FROM behoefte WHERE ${gebiedSql(scope, 'buurt_id', false)}`,
    );
    const [activiteiten] = await q<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE NOT geannuleerd)::int AS doorgegaan, count(*) FILTER (WHERE geannuleerd)::int AS geannuleerd
         FROM activiteit WHERE ${gebiedSql(scope, 'buurt_id', false)} AND ${inJaar('begin')}`,
    );
    const [panel] = await q<{ stemmingen: number; stemmen: number; mogelijk: number }>(
      `SELECT count(DISTINCT s.id)::int AS stemmingen,
              (SELECT count(*) FROM panelstem v JOIN panelstemming s2 ON s2.id = v.stemming_id JOIN buurtpanel p2 ON p2.id = s2.panel_id
                WHERE ${inJaar('s2.aangemaakt_op')} AND ${gebiedSql(scope, 'p2.buurt_ids', true)})::int AS stemmen,
              (SELECT count(*) FROM buurtpanel_lid l JOIN panelstemming s3 ON s3.panel_id = l.panel_id JOIN buurtpanel p3 ON p3.id = s3.panel_id
                WHERE ${inJaar('s3.aangemaakt_op')} AND ${gebiedSql(scope, 'p3.buurt_ids', true)})::int AS mogelijk
         FROM panelstemming s JOIN buurtpanel p ON p.id = s.panel_id WHERE ${inJaar('s.aangemaakt_op')} AND ${gebiedSql(scope, 'p.buurt_ids', true)}`,
    );
    const plafonds = await q<{ bedrag: string; verleend: string; gereserveerd: string; stadsdeel_id: string | null }>(
      `SELECT bedrag, verleend, gereserveerd, stadsdeel_id FROM subsidieplafond WHERE periode = $1 ORDER BY regeling_code, stadsdeel_id`,
      [String(jaar)],
    );
    const num = (x: string | null) => (x === null ? null : Number(x));
    return {
      initiatieven: telling,
      geldPerInstrument: geld.map((g) => ({
        instrument: g.instrument,
        toegekend: Number(g.toegekend),
        vastgesteld: Number(g.vastgesteld),
      })),
      beslistermijnen: {
        besluiten: termijn.besluiten,
        binnenTermijn: termijn.binnen,
        teLaat: termijn.laat,
        zonderTermijn: termijn.zonder,
        gemiddeldeDagen: num(termijn.dagen),
      },
      signalen: signalen.map((s) => ({
        afdeling: s.afdeling,
        gemeld: s.gemeld,
        afgehandeld: s.afgehandeld,
        binnenTermijn: s.binnen,
        gemiddeldeDagen: num(s.dagen),
      })),
      behoeften,
      activiteiten,
      panel: {
        stemmingen: panel.stemmingen,
        stemmen: panel.stemmen,
        mogelijkeStemmen: panel.mogelijk,
        deelnameProcent: panel.mogelijk === 0 ? null : Math.round((panel.stemmen / panel.mogelijk) * 1000) / 10,
      },
      plafonds: plafonds
        .filter((p) => p.stadsdeel_id === null || !scope.stadsdeel || p.stadsdeel_id === scope.stadsdeel)
        .map((p) => ({ bedrag: Number(p.bedrag), verleend: Number(p.verleend), gereserveerd: Number(p.gereserveerd) })),
    };
  };

  const verslag = async (vars: Record<string, unknown>) =>
    (await ctx.gqlOk<{ jaarverslag: Verslag }>(VERSLAG, { jaar, ...vars })).jaarverslag;

  const vergelijk = (v: Verslag, n: Awaited<ReturnType<typeof nagerekend>>) => {
    expect(v.initiatieven).toEqual(n.initiatieven);
    expect(v.geldPerInstrument).toEqual(n.geldPerInstrument);
    expect(v.beslistermijnen).toEqual(n.beslistermijnen);
    expect([...v.signalen].sort((a, b) => a.afdeling.localeCompare(b.afdeling))).toEqual(
      [...n.signalen].sort((a, b) => a.afdeling.localeCompare(b.afdeling)),
    );
    expect(v.behoeften).toEqual(n.behoeften);
    expect(v.activiteiten).toEqual(n.activiteiten);
    expect(v.panel).toEqual(n.panel);
    expect(v.plafonds.map(({ bedrag, verleend, gereserveerd }) => ({ bedrag, verleend, gereserveerd }))).toEqual(n.plafonds);
  };

  beforeAll(async () => {
    process.env.MAIL_INTERVAL_MS = '0';
    process.env.WEBHOOKS_UIT = 'true';
    ctx = await testContext();
    o = await zetOp(ctx, 1_000_000);
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'jaar-bewoner', name: 'Jo Jaar' });
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { name: 'Rik Regisseur' });
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const { buurt } = await ctx.gqlOk<{ buurt: { stadsdeel: { id: string } } }>(
      '{ buurt(code: "BU09171001") { stadsdeel { id } } }',
    );
    stadsdeelId = buurt.stadsdeel.id;
    const { buurten } = await ctx.gqlOk<{ buurten: Array<{ id: string; stadsdeel: { id: string } }> }>(
      '{ buurten { id stadsdeel { id } } }',
    );
    buurtElders = buurten.find((b) => b.stadsdeel.id !== stadsdeelId)!.id;

    const indienen = async (input: Record<string, unknown>) => {
      const c = await opslaan(ctx, bewoner, input);
      await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: c.id }, bewoner);
      return c;
    };
    const beslis = (id: string, uitkomst: string, bedragen: unknown[] = []) =>
      ctx.gqlOk(
        'mutation($input: BesluitInput!) { besluitNemen(input: $input) { id } }',
        {
          input: {
            initiatiefId: id,
            uitkomst,
            motivering:
              uitkomst === 'TOEGEKEND'
                ? 'Het plan past bij de buurtaktie; de huur van tafels wordt voor een deel vergoed.'
                : 'Het plan past niet binnen de regeling: het gaat niet over de buurt en de eigen bijdrage ontbreekt.',
            bedragen,
          },
        },
        o.beleid,
      );
    // Granted in part, carried out and settled lower.
    const a = await indienen(initiatiefInput(o, 60_000, 10_000));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: a.id }, regisseur);
    await beslis(a.id, 'TOEGEKEND', [{ aanvraagId: a.aanvragen[0].id, bedrag: 45_000 }]);
    await ctx.gqlOk(
      'mutation($id: ID!) { uitvoeringMelden(id: $id, verslag: "Veertig buren aten mee.", werkelijkeKosten: 40000) { id } }',
      { id: a.id },
      bewoner,
    );
    await ctx.gqlOk(
      `mutation($id: ID!, $b: [ToekenningInput!]!, $t: String) {
         subsidieVaststellen(id: $id, bedragen: $b, toelichting: $t, grond: WERKELIJKE_KOSTEN_LAGER) { id } }`,
      { id: a.id, b: [{ aanvraagId: a.aanvragen[0].id, bedrag: 40_000 }], t: 'De werkelijke kosten waren lager.' },
      o.beleid,
    );
    // Granted in full, in time.
    const b = await indienen(initiatiefInput(o, 30_000, 5_000, { titel: 'Buurtmoestuin' }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: b.id }, regisseur);
    await beslis(b.id, 'TOEGEKEND', [{ aanvraagId: b.aanvragen[0].id, bedrag: 30_000 }]);
    // Refused, and decided late: its term is set back to before today.
    const c = await indienen(initiatiefInput(o, 20_000, 5_000, { titel: 'Feest elders' }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: c.id }, regisseur);
    await beslis(c.id, 'AFGEWEZEN');
    // Submitted only.
    await indienen(initiatiefInput(o, 10_000, 2_000, { titel: 'Nog in behandeling' }));

    // Signals: one handled, one open, one in a buurt of another stadsdeel.
    const meld = async (buurtId: string, categorie: string) =>
      (
        await ctx.gqlOk<{ signaalMelden: { id: string } }>(
          'mutation($input: SignaalInput!) { signaalMelden(input: $input) { id } }',
          { input: { buurtId, categorie, omschrijving: 'Losse stoeptegels' } },
          bewoner,
        )
      ).signaalMelden.id;
    const s1 = await meld(o.buurtId, 'Openbare ruimte');
    await meld(o.buurtId, 'Groen');
    await meld(buurtElders, 'Groen');
    await ctx.gqlOk(
      'mutation($id: ID!, $t: String!) { signaalAfhandelen(id: $id, terugkoppeling: $t) { id } }',
      { id: s1, t: 'Hersteld.' },
      o.beleid,
    );
    // Needs: one on the agenda, one answered, one submission still waiting (does not count).
    const nodig = async (titel: string, token: string, bron: string | null) =>
      (
        await ctx.gqlOk<{ behoefteToevoegen: { id: string } }>(
          'mutation($input: BehoefteInput!) { behoefteToevoegen(input: $input) { id } }',
          {
            input: {
              buurtId: o.buurtId,
              soort: 'BEHOEFTE',
              thema: 'ontmoeting',
              titel,
              omschrijving: 'Een plek om elkaar te ontmoeten.',
              ...(bron ? { bron } : {}),
            },
          },
          token,
        )
      ).behoefteToevoegen.id;
    await nodig('Ontmoetingsplek', o.beleid, 'BUURTREGISSEUR');
    const beantwoord = await nodig('Bankjes bij de vijver', o.beleid, 'ENQUETE');
    await ctx.gqlOk(
      'mutation($id: ID!, $t: String) { behoefteStatusWijzigen(id: $id, status: BEANTWOORD, toelichting: $t) { id } }',
      { id: beantwoord, t: 'Er staan nu vier bankjes.' },
      o.beleid,
    );
    await nodig('Speeltuin', bewoner, null);
    // An activity in the buurt and one cancelled.
    const begin = new Date(Date.now() + 3_600_000).toISOString();
    const act = async (titel: string) =>
      (
        await ctx.gqlOk<{ activiteitPubliceren: { id: string } }>(
          'mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }',
          { input: { titel, begin, buurtId: o.buurtId } },
          beheerder,
        )
      ).activiteitPubliceren.id;
    await act('Koffieochtend');
    const weg = await act('Rommelmarkt');
    await ctx.gqlOk('mutation($id: ID!) { activiteitAnnuleren(id: $id) { id } }', { id: weg }, beheerder);
  });

  afterAll(async () => {
    await ctx?.close();
    for (const [k, v] of Object.entries(vorigeEnv)) {
      if (v === undefined) {
        delete process.env[k];
      } else {
        process.env[k] = v;
      }
    }
  });

  it('de stad: elk cijfer is gelijk aan wat SQL rechtstreeks uit de tabellen berekent', async () => {
    const v = await verslag({});
    expect(v).toMatchObject({ jaar, schaal: 'STAD', gebied: 'Heerlen' });
    // Sanity: the seeded year shows up, so the comparison is not of empty sets.
    expect(v.initiatieven).toEqual({ ontvangen: 4, toegekend: 2, afgewezen: 1, buitenBehandeling: 0 });
    expect(v.geldPerInstrument).toEqual([{ instrument: `Buurtbudget BUURTAKTIE_TEST`, toegekend: 75_000, vastgesteld: 40_000 }]);
    expect(v.signalen.reduce((s, x) => s + x.gemeld, 0)).toBe(3);
    expect(v.behoeften).toEqual({ geopend: 2, beantwoord: 1 });
    expect(v.activiteiten).toEqual({ doorgegaan: 1, geannuleerd: 1 });
    vergelijk(v, await nagerekend({}));
  });

  it('een stadsdeel en een buurt: alleen de eigen records, gelijk aan SQL', async () => {
    const deel = await verslag({ stadsdeelId });
    expect(deel.schaal).toBe('STADSDEEL');
    vergelijk(
      deel,
      await nagerekend({
        stadsdeel: (
          await q<{ id: string }>(
            `SELECT w.stadsdeel_id AS id FROM buurt b JOIN wijk w ON w.id = b.wijk_id WHERE b.code = 'BU09171001'`,
          )
        )[0].id,
      }),
    );
    const [buurtRij] = await q<{ id: string }>(`SELECT id FROM buurt WHERE code = 'BU09171001'`);
    const buurt = await verslag({ buurtId: o.buurtId });
    expect(buurt.schaal).toBe('BUURT');
    expect(buurt.signalen.reduce((s, x) => s + x.gemeld, 0)).toBe(2);
    vergelijk(buurt, await nagerekend({ buurt: buurtRij.id }));
    // The other stadsdeel's buurt has the third signal and none of the initiatives.
    const elders = await verslag({ buurtId: buurtElders });
    expect(elders.initiatieven.ontvangen).toBe(0);
    expect(elders.signalen).toEqual([expect.objectContaining({ afdeling: 'Groenbeheer', gemeld: 1, afgehandeld: 0 })]);
  });

  it('een te laat genomen besluit telt als te laat; de gemiddelde doorlooptijd telt in kalenderdagen', async () => {
    // The refused one's term is set back (as if it had been decided after its term).
    await q(
      `UPDATE initiatief SET beslissen_uiterlijk = (besluit_genomen_op AT TIME ZONE 'Europe/Amsterdam')::date - 1 WHERE titel = 'Feest elders'`,
    );
    const v = await verslag({});
    expect(v.beslistermijnen).toMatchObject({ besluiten: 3, binnenTermijn: 2, teLaat: 1 });
    vergelijk(v, await nagerekend({}));
  });

  it('weigert een onmogelijk jaar en een buurt met een stadsdeel tegelijk, bij het veld', async () => {
    const res = await ctx.gql(VERSLAG, { jaar: 1999 });
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].extensions?.velden?.[0].veld).toBe('jaar');
    const beide = await ctx.gql(VERSLAG, { jaar, buurtId: o.buurtId, stadsdeelId });
    expect(beide.errors?.[0].extensions?.velden?.[0].veld).toBe('stadsdeelId');
  });

  it('open data: JSON en CSV met dezelfde cijfers, zonder persoonsgegevens; de PDF is een getagde PDF/A', async () => {
    const json = await ctx.http().get(`/api/v1/open-data/jaarverslag?jaar=${jaar}&buurtcode=BU09171001`).expect(200);
    const cijfers = (
      json.body as { cijfers: Array<{ onderdeel: string; kenmerk: string; waarde: number | null; schaal: string }> }
    ).cijfers;
    expect(cijfers.find((c) => c.onderdeel === 'initiatieven' && c.kenmerk === 'ontvangen')?.waarde).toBe(4);
    expect(cijfers.every((c) => c.schaal === 'BUURT')).toBe(true);
    const tekst = JSON.stringify(json.body);
    for (const persoonlijk of ['Jo Jaar', 'jaar-bewoner', 'Losse stoeptegels', 'Rik Regisseur', 'Hersteld.']) {
      expect(tekst).not.toContain(persoonlijk);
    }
    const csv = await ctx.http().get(`/api/v1/open-data/jaarverslag?jaar=${jaar}`).set('accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]).toBe('jaar,schaal,gebied,onderdeel,kenmerk,waarde');
    expect(csv.text).toContain(`${jaar},STAD,Heerlen,initiatieven,toegekend,2`);
    await ctx.http().get(`/api/v1/open-data/jaarverslag?jaar=abc`).expect(400);
    await ctx.http().get(`/api/v1/open-data/jaarverslag?jaar=${jaar}&buurtcode=BU99999999`).expect(400);

    const pdf = await ctx
      .http()
      .get(`/api/v1/open-data/jaarverslag/pdf?jaar=${jaar}`)
      .buffer(true)
      .parse((res, klaar) => {
        const delen: Buffer[] = [];
        res.on('data', (d: Buffer) => delen.push(d));
        res.on('end', () => klaar(null, Buffer.concat(delen)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const bytes = (pdf.body as Buffer).toString('latin1');
    expect(bytes.startsWith('%PDF-1.7')).toBe(true);
    expect(bytes).toContain('/StructTreeRoot');
    expect(bytes).toContain('/Lang (nl-NL)');
    expect(bytes).toContain('/FontFile2');
  });
});
