/**
 * Days equated with holidays by decree (Algemene termijnenwet art. 3 lid 3) are data that a
 * BEHEERDER keeps through the API, and every term the API shows follows them (issue 17).
 */
import { amsterdamseDatum, Rol } from '@buurtwerk/core';
import { aanvullenUiterlijk, beslissenUiterlijk, bezwaarMogelijkTot, termijnEinde } from '@buurtwerk/subsidieregels';
import { type TestContext, testContext } from '../../../test/harness';
import { panelHulp, zetPanelregelingOp } from './buurtpanel.helpers';
import { type InitiatiefAntwoord, INITIATIEF_VELDEN, initiatiefInput, opslaan, type Opzet, zetOp } from './initiatieven.helpers';

interface Dag {
  id: string;
  datum: string;
  besluit: string;
}

const LIJST = 'query($jaar: Int) { gelijkgesteldeDagen(jaar: $jaar) { id datum besluit } }';
const TOEVOEGEN = 'mutation($input: GelijkgesteldeDagInput!) { gelijkgesteldeDagToevoegen(input: $input) { id datum besluit } }';
const VERWIJDEREN = 'mutation($id: ID!) { gelijkgesteldeDagVerwijderen(id: $id) { id datum } }';
const BESLUIT = 'Besluit gelijkstelling van een testdag met een algemeen erkende feestdag (Stcrt. test)';

describe('Atw art. 3 lid 3: gelijkgestelde dagen als gegevens', () => {
  let ctx: TestContext;
  let opzet: Opzet;
  let beheerder: string;
  let bewoner: string;

  beforeAll(async () => {
    ctx = await testContext();
    opzet = await zetOp(ctx, 5_000_000);
    beheerder = await ctx.tokenFor(Rol.BEHEERDER, { name: 'Bram Beheer' });
    bewoner = await ctx.tokenFor(Rol.BEWONER);
  });
  afterAll(() => ctx.close());

  async function dagen(jaar?: number): Promise<Dag[]> {
    return (await ctx.gqlOk<{ gelijkgesteldeDagen: Dag[] }>(LIJST, { jaar })).gelijkgesteldeDagen;
  }

  async function vrijeDagen(): Promise<Set<string>> {
    return new Set((await dagen()).map((d) => d.datum));
  }

  async function ingediend(titel: string): Promise<InitiatiefAntwoord> {
    const concept = await opslaan(ctx, bewoner, initiatiefInput(opzet, 10_000, 2_000, { titel }));
    return (
      await ctx.gqlOk<{ initiatiefIndienen: InitiatiefAntwoord }>(
        `mutation($id: ID!) { initiatiefIndienen(id: $id) { ${INITIATIEF_VELDEN} } }`,
        { id: concept.id },
        bewoner,
      )
    ).initiatiefIndienen;
  }

  async function lees(id: string, token: string): Promise<InitiatiefAntwoord> {
    return (
      await ctx.gqlOk<{ node: InitiatiefAntwoord }>(
        `query($id: ID!) { node(id: $id) { ... on Initiatief { ${INITIATIEF_VELDEN} } } }`,
        { id },
        token,
      )
    ).node;
  }

  async function voegToe(datum: string): Promise<Dag> {
    return (await ctx.gqlOk<{ gelijkgesteldeDagToevoegen: Dag }>(TOEVOEGEN, { input: { datum, besluit: BESLUIT } }, beheerder))
      .gelijkgesteldeDagToevoegen;
  }

  it('Atw art. 3 lid 3: het huidige besluit (2026-2028) staat er met zijn vindplaats, voor iedereen leesbaar', async () => {
    const lijst = await dagen();
    expect(lijst.map((d) => d.datum)).toEqual(['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26']);
    for (const d of lijst) {
      expect(d.besluit).toContain(
        'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028',
      );
      expect(d.besluit).toContain('2026, 2027 en 2028');
    }
    expect((await dagen(2027)).map((d) => d.datum)).toEqual(['2027-05-07']);
  });

  it('Atw art. 3 lid 3: alleen een beheerder wijzigt de lijst; anderen krijgen FORBIDDEN of UNAUTHENTICATED', async () => {
    const [eerste] = await dagen();
    const pogingen: Array<[string | null, string]> = [
      [null, 'UNAUTHENTICATED'],
      [bewoner, 'FORBIDDEN'],
      [await ctx.tokenFor(Rol.BELEIDSMEDEWERKER), 'FORBIDDEN'],
      [await ctx.tokenFor(Rol.BUURTREGISSEUR), 'FORBIDDEN'],
      [await ctx.tokenFor(Rol.GRIFFIE), 'FORBIDDEN'],
    ];
    for (const [token, code] of pogingen) {
      const toevoegen = await ctx.gql(TOEVOEGEN, { input: { datum: '2029-06-08', besluit: BESLUIT } }, token);
      expect(toevoegen.errors?.[0].extensions?.code).toBe(code);
      const weg = await ctx.gql(VERWIJDEREN, { id: eerste.id }, token);
      expect(weg.errors?.[0].extensions?.code).toBe(code);
    }
    expect((await dagen()).length).toBe(5);
  });

  it('weigert een dag die al niet meetelt of al gelijkgesteld is, met een Nederlandse melding bij het veld', async () => {
    const gevallen: Array<[string, RegExp]> = [
      ['2029-06-09', /zaterdag of zondag/],
      ['2029-04-27', /algemeen erkende feestdag \(Koningsdag\)/],
      ['2027-05-07', /al met een feestdag gelijkgesteld/],
      ['2029-02-30', /JJJJ-MM-DD/],
      ['9999-12-31', /2000 tot en met 2199/],
    ];
    for (const [datum, melding] of gevallen) {
      const res = await ctx.gql(TOEVOEGEN, { input: { datum, besluit: BESLUIT } }, beheerder);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const velden = res.errors?.[0].extensions?.velden as Array<{ veld: string; melding: string }> | undefined;
      expect(velden?.[0].veld).toBe('input.datum');
      expect(velden?.[0].melding).toMatch(melding);
    }
    const zonderBesluit = await ctx.gql(TOEVOEGEN, { input: { datum: '2029-06-08', besluit: '  ' } }, beheerder);
    expect(zonderBesluit.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await dagen()).length).toBe(5);
  });

  it('Atw art. 1 en 3 lid 3: een door de beheerder toegevoegde dag verschuift beslistermijn, aanvullingstermijn en bezwaartermijn in de API', async () => {
    const staf = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' });
    const vandaag = amsterdamseDatum(new Date());

    // A: open request; its decision term ends on X.
    const a = await ingediend('Termijn A');
    const x = beslissenUiterlijk(vandaag, 8, 0, await vrijeDagen());
    expect(a.beslissenUiterlijk).toBe(x);

    // B: waiting for more information until Y.
    const b = await ingediend('Termijn B');
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: b.id }, staf);
    const gevraagd = (
      await ctx.gqlOk<{ aanvullingVragen: InitiatiefAntwoord }>(
        `mutation($id: ID!) { aanvullingVragen(id: $id, toelichting: "Stuur een begroting mee.", termijnDagen: 14) { ${INITIATIEF_VELDEN} } }`,
        { id: b.id },
        staf,
      )
    ).aanvullingVragen;
    const y = aanvullenUiterlijk(vandaag, 14, await vrijeDagen());
    expect(gevraagd.aanvullenUiterlijk).toBe(y);

    // C: decided today; objection possible until Z.
    const c = await ingediend('Termijn C');
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: c.id }, staf);
    const besloten = (
      await ctx.gqlOk<{ besluitNemen: InitiatiefAntwoord }>(
        `mutation($input: BesluitInput!) { besluitNemen(input: $input) { ${INITIATIEF_VELDEN} } }`,
        {
          input: {
            initiatiefId: c.id,
            uitkomst: 'AFGEWEZEN',
            motivering: 'Het plan past niet in de regeling, want de activiteit valt buiten de buurt.',
          },
        },
        staf,
      )
    ).besluitNemen;
    const z = bezwaarMogelijkTot(vandaag, await vrijeDagen());
    expect(besloten.besluit!.bezwaarMogelijkTot).toBe(z);

    // The government equates X, Y and Z with holidays; the beheerder records it.
    for (const datum of [x, y, z]) {
      const dag = await voegToe(datum);
      expect(dag).toMatchObject({ datum, besluit: BESLUIT });
    }
    const vrij = await vrijeDagen();
    expect([x, y, z].every((d) => vrij.has(d))).toBe(true);

    // Terms already given move to the next working day, for the resident and in the work queue.
    expect((await lees(a.id, bewoner)).beslissenUiterlijk).toBe(termijnEinde(x, vrij));
    expect((await lees(b.id, bewoner)).aanvullenUiterlijk).toBe(termijnEinde(y, vrij));
    expect((await lees(c.id, bewoner)).besluit!.bezwaarMogelijkTot).toBe(termijnEinde(z, vrij));
    expect(termijnEinde(x, vrij)).not.toBe(x);
    const { initiatieven } = await ctx.gqlOk<{
      initiatieven: { edges: Array<{ node: { id: string; beslissenUiterlijk: string } }> };
    }>('{ initiatieven(status: [INGEDIEND], first: 50) { edges { node { id beslissenUiterlijk } } } }', {}, staf);
    expect(initiatieven.edges.find((e) => e.node.id === a.id)?.node.beslissenUiterlijk).toBe(termijnEinde(x, vrij));

    // A new submission today gets the moved term straight away.
    const d = await ingediend('Termijn D');
    expect(d.beslissenUiterlijk).toBe(termijnEinde(x, vrij));

    // Removing a day recorded in error: new terms no longer skip it; terms already given stay.
    const xDag = (await dagen()).find((dag) => dag.datum === x)!;
    const weg = await ctx.gqlOk<{ gelijkgesteldeDagVerwijderen: { datum: string } }>(VERWIJDEREN, { id: xDag.id }, beheerder);
    expect(weg.gelijkgesteldeDagVerwijderen.datum).toBe(x);
    const e = await ingediend('Termijn E');
    expect(e.beslissenUiterlijk).toBe(x);
    expect((await lees(a.id, bewoner)).beslissenUiterlijk).toBe(termijnEinde(x, vrij));
  });

  it('Atw art. 3 lid 3 en Awb 6:7: een besluit op advies van het buurtpanel geeft een bezwaartermijn die de gelijkgestelde dag overslaat', async () => {
    const o = await zetPanelregelingOp(ctx, 1_000_000, 'BUURTAKTIE_PANEL_ATW');
    const h = panelHulp(ctx, o);
    const panel = await h.panelInstellen(['atw-1', 'atw-2'], 2, 'Buurtpanel Termijnen');
    const [lid1, lid2] = await Promise.all([h.lid('atw-1'), h.lid('atw-2')]);
    const ini = await h.inBehandeling(bewoner, initiatiefInput(o));
    expect((await h.voorleggen(ini.id, panel.id)).errors).toBeUndefined();

    // The decision will be taken today: its objection term would end on z; the government equates z.
    const vandaag = amsterdamseDatum(new Date());
    const z = bezwaarMogelijkTot(vandaag, await vrijeDagen());
    await voegToe(z);
    await h.stemOk(lid1, ini.id, 'VOOR');
    const gesloten = await h.stemOk(lid2, ini.id, 'VOOR');
    expect(gesloten).toMatchObject({ gesloten: true, uitkomst: 'TOEGEKEND' });

    // The panel advised; the official decides today on its advice.
    const besloten = await h.volgAdvies(ini.id);
    expect(besloten.besluit!.bezwaarMogelijkTot).toBe(termijnEinde(z, await vrijeDagen()));
    expect(besloten.besluit!.bezwaarMogelijkTot > z).toBe(true);
  });

  it('Atw art. 3 lid 3: tegelijk indienen en een dag toevoegen geeft nooit een termijn op de nieuwe dag', async () => {
    const vandaag = amsterdamseDatum(new Date());
    const vrij = await vrijeDagen();
    // Submissions computed against a list without the new day are either moved by the change or
    // computed after it; the advisory lock orders them. The day: today's decision term (a working day).
    const w = beslissenUiterlijk(vandaag, 8, 0, vrij);
    const concepten = await Promise.all(
      Array.from({ length: 6 }, (_, i) => opslaan(ctx, bewoner, initiatiefInput(opzet, 10_000, 2_000, { titel: `Race ${i}` }))),
    );
    const [, ...ingediendeRace] = await Promise.all([
      voegToe(w),
      ...concepten.map((c) =>
        ctx.gqlOk<{ initiatiefIndienen: { id: string } }>(
          'mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }',
          { id: c.id },
          bewoner,
        ),
      ),
    ]);
    expect(ingediendeRace).toHaveLength(6);
    for (const c of concepten) {
      expect((await lees(c.id, bewoner)).beslissenUiterlijk).toBe(termijnEinde(w, await vrijeDagen()));
    }
  });
});
