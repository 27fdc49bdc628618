/**
 * The yearly uitvoeringsprogramma and its evaluation (issue 20): policy staff draw it up per
 * stadsdeel or city-wide with goals linked to needs, actions and owners and a budget per instrument;
 * adopted it is public; at year end it is evaluated with the year report's figures (recorded as they
 * were) and published for the council.
 */
import { amsterdamseDatum, Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const VELDEN = `id jaar gebied titel status vastgesteldOp conclusie geevalueerdOp totaalBudget
  doelen { titel eigenaar behoefteIds acties { omschrijving eigenaar } }
  budget { instrument bedrag }
  cijfers { jaar schaal gebied behoeften { geopend beantwoord } }
  inbrengVan inbrengTot inbreng { soort organisatie tekst }`;
const OPSTELLEN = `mutation($input: UitvoeringsprogrammaInput!) { uitvoeringsprogrammaOpstellen(input: $input) { ${VELDEN} } }`;
const DOEL = `mutation($id: ID!, $input: ProgrammaDoelInput!) { programmaDoelToevoegen(programmaId: $id, input: $input) { ${VELDEN} } }`;
const BUDGET = `mutation($id: ID!, $i: ID!, $b: Centen!) { programmaBudgetVaststellen(programmaId: $id, instrumentId: $i, bedrag: $b) { ${VELDEN} } }`;
const VASTSTELLEN = `mutation($id: ID!) { uitvoeringsprogrammaVaststellen(id: $id) { ${VELDEN} } }`;
const EVALUATIE = `mutation($id: ID!) { programmaEvaluatieStarten(id: $id) { ${VELDEN} } }`;
const EVALUEREN = `mutation($id: ID!, $c: String!) { programmaEvalueren(id: $id, conclusie: $c) { ${VELDEN} } }`;
const VENSTER = `mutation($id: ID!, $van: Date!, $tot: Date!) { programmaInbrengOpenen(id: $id, openVan: $van, openTot: $tot) { ${VELDEN} } }`;
const INBRENG = `mutation($id: ID!, $input: ProgrammaInbrengInput!) { programmaInbrengGeven(programmaId: $id, input: $input) { ${VELDEN} } }`;
const LIJST = `query($jaar: Int) { uitvoeringsprogrammas(jaar: $jaar) { id status titel } }`;

interface Programma {
  id: string;
  jaar: number;
  gebied: string;
  status: string;
  totaalBudget: number;
  conclusie: string | null;
  geevalueerdOp: string | null;
  doelen: Array<{ titel: string; behoefteIds: string[]; acties: Array<{ eigenaar: string }> }>;
  budget: Array<{ instrument: string; bedrag: number }>;
  cijfers: { jaar: number; schaal: string; gebied: string; behoeften: { geopend: number; beantwoord: number } } | null;
  inbreng: Array<{ soort: string; organisatie: string; tekst: string }>;
}

describe('Uitvoeringsprogramma en evaluatie (issue 20)', () => {
  let ctx: TestContext;
  let beleid: string;
  let regisseur: string;
  let bewoner: string;
  let stadsdeelId: string;
  let stadsdeelNaam: string;
  let behoefteHier: string;
  let behoefteElders: string;
  let instrumentId: string;
  let programma: Programma;
  let partner: string;
  let buitenstaander: string;
  let orgId: string;
  const jaar = Number(amsterdamseDatum(new Date()).slice(0, 4));

  const behoefte = async (buurtId: string, titel: string) =>
    (
      await ctx.gqlOk<{ behoefteToevoegen: { id: string } }>(
        'mutation($input: BehoefteInput!) { behoefteToevoegen(input: $input) { id } }',
        { input: { buurtId, soort: 'WENS', thema: 'groen', titel, omschrijving: 'Meer groen in de straat.', bron: 'ENQUETE' } },
        beleid,
      )
    ).behoefteToevoegen.id;

  beforeAll(async () => {
    ctx = await testContext();
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR);
    bewoner = await ctx.tokenFor(Rol.BEWONER);
    const { buurten } = await ctx.gqlOk<{ buurten: Array<{ id: string; stadsdeel: { id: string; naam: string } }> }>(
      '{ buurten { id stadsdeel { id naam } } }',
    );
    stadsdeelId = buurten[0].stadsdeel.id;
    stadsdeelNaam = buurten[0].stadsdeel.naam;
    const elders = buurten.find((b) => b.stadsdeel.id !== stadsdeelId)!;
    behoefteHier = await behoefte(buurten[0].id, 'Geveltuinen');
    behoefteElders = await behoefte(elders.id, 'Bomen elders');
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    orgId = (
      await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam: 'Stichting Buurtgroen', soort: 'BUURTORGANISATIE', buurtIds: [buurten[0].id] } },
        beheerder,
      )
    ).organisatieRegistreren.id;
    await ctx.gqlOk(
      'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
      { o: orgId, g: 'programma-partner' },
      beheerder,
    );
    partner = await ctx.tokenFor(Rol.PARTNER, { sub: 'programma-partner' });
    buitenstaander = await ctx.tokenFor(Rol.PARTNER, { sub: 'programma-ander' });
    instrumentId = (
      await ctx.gqlOk<{ instrumentToevoegen: { id: string } }>(
        'mutation($input: InstrumentInput!) { instrumentToevoegen(input: $input) { id } }',
        { input: { naam: 'Plantenpakket', soort: 'MATERIAAL', beschrijving: 'Planten en potgrond voor geveltuinen.' } },
        beleid,
      )
    ).instrumentToevoegen.id;
  });
  afterAll(async () => ctx?.close());

  it('beleid stelt een programma op voor een stadsdeel; één per jaar en gebied, ook bij twee tegelijk', async () => {
    const input = { jaar, stadsdeelId, titel: `Uitvoeringsprogramma ${jaar}`, inleiding: 'Groen en ontmoeting staan centraal.' };
    const [a, b] = await Promise.all([
      ctx.gql<{ uitvoeringsprogrammaOpstellen: Programma }>(OPSTELLEN, { input }, beleid),
      ctx.gql(OPSTELLEN, { input }, beleid),
    ]);
    const gelukt = [a, b].filter((r) => !r.errors);
    expect(gelukt).toHaveLength(1);
    expect(foutcodes([a, b].find((r) => r.errors)!)).toEqual(['CONFLICT']);
    programma = (a.data ?? (b.data as typeof a.data))!.uitvoeringsprogrammaOpstellen;
    expect(programma).toMatchObject({ status: 'CONCEPT', gebied: stadsdeelNaam, cijfers: null });
    // The city-wide programme of the same year is another area.
    const stad = await ctx.gqlOk<{ uitvoeringsprogrammaOpstellen: Programma }>(
      OPSTELLEN,
      { input: { jaar, titel: 'Stad', inleiding: 'Stadsbreed.' } },
      beleid,
    );
    expect(stad.uitvoeringsprogrammaOpstellen.gebied).toBe('Heerlen');
  });

  it('weigert een jaar in het verleden, en wie geen beleidsmedewerker is', async () => {
    const res = await ctx.gql(OPSTELLEN, { input: { jaar: jaar - 1, titel: 'x', inleiding: 'x' } }, beleid);
    expect(res.errors?.[0].extensions?.velden?.[0].veld).toBe('input.jaar');
    expect(foutcodes(await ctx.gql(OPSTELLEN, { input: { jaar, titel: 'x', inleiding: 'x' } }, regisseur))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('doelen zijn gekoppeld aan behoeften van het eigen gebied, met acties, eigenaren en budget per instrument', async () => {
    const elders = await ctx.gql(
      DOEL,
      { id: programma.id, input: { titel: 'x', eigenaar: 'Groenbeheer', behoefteIds: [behoefteElders], acties: [] } },
      beleid,
    );
    expect(elders.errors?.[0].extensions?.velden?.[0].veld).toBe('input.behoefteIds');
    const { programmaDoelToevoegen } = await ctx.gqlOk<{ programmaDoelToevoegen: Programma }>(
      DOEL,
      {
        id: programma.id,
        input: {
          titel: 'Meer groen in de straten',
          eigenaar: 'Groenbeheer',
          behoefteIds: [behoefteHier],
          acties: [
            { omschrijving: 'Geveltuinactie met bewoners', eigenaar: 'Groenbeheer' },
            { omschrijving: 'Plantdag met de basisschool', eigenaar: 'Stichting Buurtgroen' },
          ],
        },
      },
      beleid,
    );
    expect(programmaDoelToevoegen.doelen).toEqual([
      expect.objectContaining({ titel: 'Meer groen in de straten', behoefteIds: [behoefteHier], acties: expect.any(Array) }),
    ]);
    await ctx.gqlOk(BUDGET, { id: programma.id, i: instrumentId, b: 2_500_000 }, beleid);
    const { programmaBudgetVaststellen } = await ctx.gqlOk<{ programmaBudgetVaststellen: Programma }>(
      BUDGET,
      { id: programma.id, i: instrumentId, b: 3_000_000 },
      beleid,
    );
    expect(programmaBudgetVaststellen.budget).toEqual([{ instrument: 'Plantenpakket', bedrag: 3_000_000 }]);
    expect(programmaBudgetVaststellen.totaalBudget).toBe(3_000_000);
  });

  it('een concept ziet alleen staf', async () => {
    expect((await ctx.gqlOk<{ uitvoeringsprogrammas: unknown[] }>(LIJST, { jaar }, bewoner)).uitvoeringsprogrammas).toEqual([]);
    expect(foutcodes(await ctx.gql(INBRENG, { id: programma.id, input: { organisatieId: orgId, tekst: 'x' } }, partner))).toEqual(
      ['NOT_FOUND'],
    );
  });

  it('partners geven inbreng in het venster van het concept, alleen namens hun eigen organisatie; staf leest het', async () => {
    const vandaag = amsterdamseDatum(new Date());
    const achterstevoren = await ctx.gql(VENSTER, { id: programma.id, van: vandaag, tot: '2000-01-01' }, beleid);
    expect(achterstevoren.errors?.[0].extensions?.velden?.[0].veld).toBe('openTot');
    await ctx.gqlOk(VENSTER, { id: programma.id, van: vandaag, tot: vandaag }, beleid);
    // The draft open for input is public.
    expect(
      (await ctx.gqlOk<{ uitvoeringsprogrammas: Array<{ id: string }> }>(LIJST, { jaar }, null)).uitvoeringsprogrammas,
    ).toEqual([expect.objectContaining({ id: programma.id })]);
    expect(
      foutcodes(
        await ctx.gql(INBRENG, { id: programma.id, input: { organisatieId: orgId, tekst: 'Namens een ander' } }, buitenstaander),
      ),
    ).toEqual(['FORBIDDEN']);
    const { programmaInbrengGeven } = await ctx.gqlOk<{ programmaInbrengGeven: Programma }>(
      INBRENG,
      { id: programma.id, input: { organisatieId: orgId, tekst: 'Wij helpen graag bij de plantdag.' } },
      partner,
    );
    expect(programmaInbrengGeven.inbreng).toEqual([]);
    const staf = await ctx.gqlOk<{ node: Programma }>(
      `query($id: ID!) { node(id: $id) { ... on Uitvoeringsprogramma { ${VELDEN} } } }`,
      { id: programma.id },
      beleid,
    );
    expect(staf.node.inbreng).toEqual([
      { soort: 'INBRENG', organisatie: 'Stichting Buurtgroen', tekst: 'Wij helpen graag bij de plantdag.' },
    ]);
    // After the window's last day: closed.
    await ctx.dataSource.query(`UPDATE uitvoeringsprogramma SET inbreng_van = inbreng_van - 10, inbreng_tot = inbreng_tot - 1`);
    expect(
      foutcodes(await ctx.gql(INBRENG, { id: programma.id, input: { organisatieId: orgId, tekst: 'Te laat' } }, partner)),
    ).toEqual(['STEMMING_GESLOTEN']);
  });

  it('vastgesteld is het openbaar en niet meer te wijzigen', async () => {
    expect(
      (await ctx.gqlOk<{ uitvoeringsprogrammas: unknown[] }>(LIJST, { jaar }, regisseur)).uitvoeringsprogrammas,
    ).toHaveLength(2);
    const { uitvoeringsprogrammaVaststellen } = await ctx.gqlOk<{ uitvoeringsprogrammaVaststellen: Programma }>(
      VASTSTELLEN,
      { id: programma.id },
      beleid,
    );
    expect(uitvoeringsprogrammaVaststellen.status).toBe('VASTGESTELD');
    expect(
      (await ctx.gqlOk<{ uitvoeringsprogrammas: Array<{ id: string }> }>(LIJST, { jaar }, null)).uitvoeringsprogrammas,
    ).toEqual([expect.objectContaining({ id: programma.id })]);
    expect(foutcodes(await ctx.gql(BUDGET, { id: programma.id, i: instrumentId, b: 1 }, beleid))).toEqual([
      'ONGELDIGE_STATUSOVERGANG',
    ]);
  });

  it('evalueren kan pas aan het eind van het jaar; dan worden de cijfers van het jaarverslag vastgelegd en gepubliceerd', async () => {
    // A programme of next year cannot be evaluated yet.
    const volgend = await ctx.gqlOk<{ uitvoeringsprogrammaOpstellen: Programma }>(
      OPSTELLEN,
      { input: { jaar: jaar + 1, stadsdeelId, titel: 'Volgend jaar', inleiding: 'x' } },
      beleid,
    );
    await ctx.gqlOk(
      DOEL,
      { id: volgend.uitvoeringsprogrammaOpstellen.id, input: { titel: 'x', eigenaar: 'Wonen', behoefteIds: [], acties: [] } },
      beleid,
    );
    await ctx.gqlOk(VASTSTELLEN, { id: volgend.uitvoeringsprogrammaOpstellen.id }, beleid);
    const teVroeg = await ctx.gql(EVALUATIE, { id: volgend.uitvoeringsprogrammaOpstellen.id }, beleid);
    expect(teVroeg.errors?.[0].extensions?.velden?.[0].veld).toBe('id');

    // This year's programme, whatever month the test runs in: its year is moved back one (its December has passed).
    await ctx.dataSource.query('UPDATE uitvoeringsprogramma SET jaar = jaar - 1 WHERE titel = $1', [
      `Uitvoeringsprogramma ${jaar}`,
    ]);
    const { programmaEvaluatieStarten } = await ctx.gqlOk<{ programmaEvaluatieStarten: Programma }>(
      EVALUATIE,
      { id: programma.id },
      beleid,
    );
    expect(programmaEvaluatieStarten.status).toBe('EVALUATIE');
    expect(programmaEvaluatieStarten.cijfers).toMatchObject({ jaar: jaar - 1, schaal: 'STADSDEEL', gebied: stadsdeelNaam });

    // Partners evaluate the year; published with the evaluation.
    await ctx.gqlOk(
      INBRENG,
      { id: programma.id, input: { organisatieId: orgId, tekst: 'De geveltuinen zijn een succes; meer bewoners deden mee.' } },
      partner,
    );
    // Move the needs into that year too, so the evaluation's figures show them.
    await ctx.dataSource.query(`UPDATE behoefte SET aangemaakt_op = aangemaakt_op - interval '1 year'`);
    const { programmaEvalueren } = await ctx.gqlOk<{ programmaEvalueren: Programma }>(
      EVALUEREN,
      { id: programma.id, c: 'De geveltuinactie liep goed; de plantdag schuift naar het voorjaar.' },
      beleid,
    );
    expect(programmaEvalueren).toMatchObject({ status: 'GEEVALUEERD', conclusie: expect.stringContaining('geveltuinactie') });
    expect(programmaEvalueren.geevalueerdOp).not.toBeNull();
    expect(programmaEvalueren.cijfers?.behoeften.geopend).toBe(1);

    // The published evaluation keeps the figures as they were sent to the council.
    await ctx.dataSource.query(`UPDATE behoefte SET aangemaakt_op = aangemaakt_op + interval '1 year'`);
    const publiek = await ctx.gqlOk<{ node: Programma }>(
      `query($id: ID!) { node(id: $id) { ... on Uitvoeringsprogramma { ${VELDEN} } } }`,
      { id: programma.id },
      null,
    );
    expect(publiek.node.cijfers?.behoeften.geopend).toBe(1);
    // The council reads the partners' evaluations, not their input on the draft.
    expect(publiek.node.inbreng).toEqual([
      {
        soort: 'EVALUATIE',
        organisatie: 'Stichting Buurtgroen',
        tekst: 'De geveltuinen zijn een succes; meer bewoners deden mee.',
      },
    ]);
    expect(foutcodes(await ctx.gql(EVALUEREN, { id: programma.id, c: 'Nog eens' }, beleid))).toEqual([
      'ONGELDIGE_STATUSOVERGANG',
    ]);
  });
});
