/**
 * Objections (bezwaar, Awb chapters 6 and 7) through HTTP: lodging within the term with an equated
 * day, a late objection (Awb 6:11), who may lodge and see (applicant, interested party, nobody
 * else), conflicted staff and the original decider refused (Awb 2:4, 7:5), the hearing or its
 * waiver (7:2, 7:3), a revision that moves the ceiling ledger correctly, two staff deciding at
 * once, the letter with the notice of appeal, and the personal-data handler.
 */
import { amsterdamseDatum, plusDagen, Rol, UitgaandeMailVerzender } from '@buurtwerk/core';
import { bezwaartermijnEinde } from '@buurtwerk/bezwaar';
import { BesluitenService, datumVoluit } from '@buurtwerk/initiatives';
import { termijnEinde } from '@buurtwerk/subsidieregels';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import {
  initiatiefInput,
  type InitiatiefAntwoord,
  INITIATIEF_VELDEN,
  opslaan,
  type Opzet,
  plafondStand,
  zetOp,
} from './initiatieven.helpers';

const PLAFOND = 100_000;
const BEZWAAR_VELDEN = `id referentie status hoedanigheid indiener adres belang gronden tijdig bezwaartermijnEinde besluitBekendgemaaktOp
  beslissenUiterlijk termijnStatus hoorzittingOp hoorzittingAfgezienGrond adviescommissie verdagingWeken beslissing beslissingMotivering
  beslistDoor beroepMogelijkTot brief herziening { van naar } termijnoverschrijdingVerschoonbaar initiatief { referentie }`;
const MAKEN = `mutation($input: BezwaarInput!) { bezwaarMaken(input: $input) { ${BEZWAAR_VELDEN} } }`;
const BESLISSEN = `mutation($input: BezwaarBeslissingInput!) { bezwaarBeslissen(input: $input) { ${BEZWAAR_VELDEN} } }`;
const AFZIEN = `mutation($id: ID!, $grond: HoorzittingAfzienGrond!, $motivering: String!) {
  hoorzittingAfzien(id: $id, grond: $grond, motivering: $motivering) { status hoorzittingAfgezienGrond } }`;

interface Bezwaar {
  id: string;
  referentie: string;
  status: string;
  hoedanigheid: string;
  indiener: string;
  adres: string;
  belang: string | null;
  tijdig: boolean;
  bezwaartermijnEinde: string;
  besluitBekendgemaaktOp: string;
  beslissenUiterlijk: string;
  termijnStatus: string | null;
  beslissing: string | null;
  beslistDoor: string | null;
  beroepMogelijkTot: string | null;
  brief: string | null;
  herziening: Array<{ van: number; naar: number }>;
  initiatief: { referentie: string } | null;
}

describe('bezwaar tegen een besluit op een initiatief (Awb hoofdstuk 6 en 7)', () => {
  let ctx: TestContext;
  let o: Opzet;
  let dirk: string; // beleidsmedewerker, not involved in the original decisions
  let eva: string; // beheerder
  let regisseur: string;
  const anna = { sub: 'bezwaar-anna', name: 'Anna Aanvrager', email: 'anna@example.org' };
  const bert = { sub: 'bezwaar-bert', name: 'Bert Buur', email: 'bert@example.org' };
  const carla = { sub: 'bezwaar-carla', name: 'Carla Omwonende', email: 'carla@example.org' };
  const tokens: Record<string, string> = {};
  let a: InitiatiefAntwoord;
  let b: InitiatiefAntwoord;
  let c: InitiatiefAntwoord;
  const besluit: Record<string, string> = {};

  /** The initiative's latest decision (a Besluit row), as staff see the file. */
  async function laatsteBesluit(initiatiefId: string): Promise<string> {
    const { node } = await ctx.gqlOk<{ node: { besluiten: Array<{ id: string }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { besluiten { id } } } }',
      { id: initiatiefId },
      o.beleid,
    );
    return node.besluiten.at(-1)!.id;
  }

  /** Awb 3:41: the decision is sent at `op` (what the letters do), recorded in the decision record. */
  async function bekendmaken(besluitId: string, op: Date) {
    const id = Buffer.from(besluitId, 'base64').toString().split(':')[1];
    await ctx.app.get(BesluitenService).bekendgemaakt(ctx.dataSource.manager, id, op, new Set());
  }

  async function ingediendEnBesloten(token: string, gevraagd: number, uitkomst: string, bedrag: number) {
    const concept = await opslaan(ctx, token, initiatiefInput(o, gevraagd, Math.ceil(gevraagd / 5)));
    const ingediend = (
      await ctx.gqlOk<{ initiatiefIndienen: InitiatiefAntwoord }>(
        `mutation($id: ID!) { initiatiefIndienen(id: $id) { ${INITIATIEF_VELDEN} } }`,
        { id: concept.id },
        token,
      )
    ).initiatiefIndienen;
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { status } }', { id: ingediend.id }, o.beleid);
    return (
      await ctx.gqlOk<{ besluitNemen: InitiatiefAntwoord }>(
        `mutation($input: BesluitInput!) { besluitNemen(input: $input) { ${INITIATIEF_VELDEN} } }`,
        {
          input: {
            initiatiefId: ingediend.id,
            uitkomst,
            motivering:
              uitkomst === 'TOEGEKEND'
                ? 'Het plan past in de regeling en de begroting is redelijk.'
                : 'Het plan valt buiten de regeling omdat het geen buurtactiviteit is.',
            bedragen: bedrag > 0 ? [{ aanvraagId: ingediend.aanvragen[0].id, bedrag }] : [],
          },
        },
        o.beleid,
      )
    ).besluitNemen;
  }

  const maken = (token: string, input: Record<string, unknown>) => ctx.gql<{ bezwaarMaken: Bezwaar }>(MAKEN, { input }, token);
  const beslissen = (token: string, input: Record<string, unknown>) =>
    ctx.gql<{ bezwaarBeslissen: Bezwaar }>(BESLISSEN, { input }, token);
  // The receipt and the decision on the objection are letters (mail kind BRIEF, the PDF attached); other mails by kind.
  const BRIEFONDERWERP: Record<string, string> = {
    BEZWAAR_ONTVANGEN: 'Wij hebben uw bezwaar ontvangen%',
    BEZWAAR_BESLISSING: 'Beslissing op uw bezwaar%',
  };
  const mails = async (soort: string, aan: string) =>
    BRIEFONDERWERP[soort]
      ? ctx.dataSource.query<Array<{ onderwerp: string; tekst: string }>>(
          "SELECT onderwerp, tekst FROM uitgaande_mail WHERE soort = 'BRIEF' AND onderwerp LIKE $1 AND aan = $2 ORDER BY aangemaakt_op",
          [BRIEFONDERWERP[soort], aan],
        )
      : ctx.dataSource.query<Array<{ onderwerp: string; tekst: string }>>(
          'SELECT onderwerp, tekst FROM uitgaande_mail WHERE soort = $1 AND aan = $2 ORDER BY aangemaakt_op',
          [soort, aan],
        );

  beforeAll(async () => {
    ctx = await testContext();
    o = await zetOp(ctx, PLAFOND);
    dirk = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { sub: 'bezwaar-dirk', name: 'Dirk Mandaat' });
    eva = await ctx.tokenFor(Rol.BEHEERDER, { sub: 'bezwaar-eva', name: 'Eva Beheer' });
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'bezwaar-regisseur', name: 'Rik Regisseur' });
    for (const p of [anna, bert, carla]) {
      tokens[p.sub] = await ctx.tokenFor(Rol.BEWONER, p);
    }
    // A: granted 200 of the 500 asked; C: rejected; B: granted 600. The ceiling has 200 free.
    a = await ingediendEnBesloten(tokens[anna.sub], 50_000, 'TOEGEKEND', 20_000);
    c = await ingediendEnBesloten(tokens[anna.sub], 10_000, 'AFGEWEZEN', 0);
    b = await ingediendEnBesloten(tokens[bert.sub], 60_000, 'TOEGEKEND', 60_000);
    expect(await plafondStand(ctx)).toEqual({ bedrag: PLAFOND, verleend: 80_000, gereserveerd: 0 });
    for (const [naam, i] of [
      ['a', a],
      ['b', b],
      ['c', c],
    ] as const) {
      besluit[naam] = await laatsteBesluit(i.id);
    }
    // A and B were sent today; the rejection of C 80 days ago.
    await bekendmaken(besluit.a, new Date());
    await bekendmaken(besluit.b, new Date());
    await bekendmaken(besluit.c, new Date(Date.now() - 80 * 86_400_000));
  }, 120_000);
  afterAll(() => ctx.close());

  let annaBezwaar: Bezwaar;
  let gelijkgesteld = new Set<string>();

  it('Awb 6:7/6:8 met Atw art. 3 lid 3: de termijn telt vanaf de dag na bekendmaking en schuift over een gelijkgestelde dag', async () => {
    const bekendgemaakt = amsterdamseDatum(new Date());
    const zonder = termijnEinde(plusDagen(bekendgemaakt, 42), new Set());
    await ctx.gqlOk(
      'mutation($input: GelijkgesteldeDagInput!) { gelijkgesteldeDagToevoegen(input: $input) { id } }',
      { input: { datum: zonder, besluit: 'Besluit gelijkstelling (test bezwaartermijn)' } },
      eva,
    );
    gelijkgesteld = new Set([zonder]);
    const res = await maken(tokens[anna.sub], {
      besluitId: besluit.a,
      adres: 'Akerstraat 1, 6411 GW Heerlen',
      gronden: 'Ik vroeg 500 euro en kreeg 200. De begroting klopt wel; de bonnen zitten in de bijlage.',
    });
    expect(res.errors).toBeUndefined();
    annaBezwaar = res.data!.bezwaarMaken;
    expect(annaBezwaar).toMatchObject({
      status: 'ONTVANGEN',
      hoedanigheid: 'AANVRAGER',
      indiener: anna.name,
      tijdig: true,
      besluitBekendgemaaktOp: bekendgemaakt,
      bezwaartermijnEinde: bezwaartermijnEinde(bekendgemaakt, new Set([zonder])),
      termijnStatus: 'OP_TIJD',
      initiatief: { referentie: a.referentie },
    });
    expect(annaBezwaar.bezwaartermijnEinde > zonder).toBe(true);
    expect(annaBezwaar.referentie).toMatch(/^BZW-\d{4}-0001$/);
    // Awb 6:14: the receipt is confirmed, through the outbox.
    const [ontvangst] = await mails('BEZWAAR_ONTVANGEN', anna.email);
    expect(ontvangst.onderwerp).toContain(annaBezwaar.referentie);
    expect(ontvangst.tekst).toContain('op tijd');
    expect(ontvangst.tekst).toContain(datumVoluit(annaBezwaar.beslissenUiterlijk));
  });

  it('Atw art. 3 lid 3: een later gelijkgestelde dag schuift de beslistermijn van een open bezwaar door', async () => {
    const dag = annaBezwaar.beslissenUiterlijk;
    await ctx.gqlOk(
      'mutation($input: GelijkgesteldeDagInput!) { gelijkgesteldeDagToevoegen(input: $input) { id } }',
      { input: { datum: dag, besluit: 'Besluit gelijkstelling (test beslistermijn bezwaar)' } },
      eva,
    );
    gelijkgesteld = new Set([...gelijkgesteld, dag]);
    const { node } = await ctx.gqlOk<{ node: Bezwaar }>(
      `query($id: ID!) { node(id: $id) { ... on Bezwaar { ${BEZWAAR_VELDEN} } } }`,
      { id: annaBezwaar.id },
      regisseur,
    );
    expect(node.beslissenUiterlijk).toBe(termijnEinde(dag, gelijkgesteld));
    expect(node.beslissenUiterlijk > dag).toBe(true);
    annaBezwaar = node;
  });

  it('weigert een tweede bezwaar van dezelfde persoon tegen hetzelfde besluit', async () => {
    const res = await maken(tokens[anna.sub], {
      besluitId: besluit.a,
      adres: 'Akerstraat 1',
      gronden: 'Nog een keer hetzelfde bezwaar.',
    });
    expect(foutcodes(res)).toEqual(['CONFLICT']);
  });

  it('een andere bewoner ziet het bezwaar niet en kan niet tegen een niet-openbaar besluit van een ander opkomen', async () => {
    const node = await ctx.gqlOk<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { ... on Bezwaar { referentie } } }',
      { id: annaBezwaar.id },
      tokens[carla.sub],
    );
    expect(node.node).toBeNull();
    expect((await ctx.gqlOk<{ mijnBezwaren: unknown[] }>('{ mijnBezwaren { id } }', {}, tokens[carla.sub])).mijnBezwaren).toEqual(
      [],
    );
    const afgewezen = await maken(tokens[carla.sub], {
      besluitId: besluit.c,
      adres: 'Markt 2',
      gronden: 'Dit had toegekend moeten worden.',
    });
    expect(foutcodes(afgewezen)).toEqual(['NOT_FOUND']);
    const intrekken = await ctx.gql(
      'mutation($id: ID!) { bezwaarIntrekken(id: $id) { status } }',
      { id: annaBezwaar.id },
      tokens[carla.sub],
    );
    expect(foutcodes(intrekken)).toEqual(['NOT_FOUND']);
    // Staff see it in the work queue, with its deadline.
    const { bezwaren } = await ctx.gqlOk<{
      bezwaren: { edges: Array<{ node: { referentie: string; beslissenUiterlijk: string } }> };
    }>('{ bezwaren { edges { node { referentie beslissenUiterlijk } } } }', {}, regisseur);
    expect(bezwaren.edges.map((e) => e.node)).toEqual([
      { referentie: annaBezwaar.referentie, beslissenUiterlijk: annaBezwaar.beslissenUiterlijk },
    ]);
    expect(foutcodes(await ctx.gql('{ bezwaren { totalCount } }', {}, tokens[carla.sub]))).toEqual(['FORBIDDEN']);
  });

  it('Awb 1:2: een belanghebbende kan tegen een openbaar besluit opkomen, maar moet zeggen waarom het hem raakt', async () => {
    const zonder = await maken(tokens[carla.sub], {
      besluitId: besluit.a,
      adres: 'Markt 2, Heerlen',
      gronden: 'Het feest geeft overlast.',
    });
    expect(foutcodes(zonder)).toEqual(['BAD_USER_INPUT']);
    expect(zonder.errors![0].extensions!.velden![0].veld).toBe('input.belang');
    const met = await maken(tokens[carla.sub], {
      besluitId: besluit.a,
      adres: 'Markt 2, 6411 Heerlen',
      gronden: 'Het feest is pal voor mijn deur en geeft tot laat overlast.',
      belang: 'Ik woon in de straat waar het feest is.',
    });
    expect(met.errors).toBeUndefined();
    expect(met.data!.bezwaarMaken).toMatchObject({
      hoedanigheid: 'BELANGHEBBENDE',
      belang: 'Ik woon in de straat waar het feest is.',
    });
    // The decision itself is the applicant's; an interested party sees the objection, not the letter to the applicant.
    const { node: carlaZicht } = await ctx.gqlOk<{ node: { besluit: unknown; initiatief: { referentie: string } } }>(
      'query($id: ID!) { node(id: $id) { ... on Bezwaar { besluit { id } initiatief { referentie } } } }',
      { id: met.data!.bezwaarMaken.id },
      tokens[carla.sub],
    );
    expect(carlaZicht).toEqual({ besluit: null, initiatief: { referentie: a.referentie } });
  });

  it('Awb 2:4 en 7:5: wie een belang verklaarde of het besluit nam, mag het bezwaar niet behandelen of erop beslissen', async () => {
    const frits = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { sub: 'bezwaar-frits', name: 'Frits Familie' });
    await ctx.gqlOk(
      'mutation($id: ID!) { belangVerklaren(initiatiefId: $id, toelichting: "Anna is mijn zus.") { grond } }',
      { id: a.id },
      frits,
    );
    const inBehandeling = await ctx.gql(
      'mutation($id: ID!) { bezwaarInBehandelingNemen(id: $id) { status } }',
      { id: annaBezwaar.id },
      frits,
    );
    expect(foutcodes(inBehandeling)).toEqual(['BELANGENCONFLICT']);
    // Bea took the decision objected to: she may handle the file but not hear or decide (Awb 7:5).
    await ctx.gqlOk('mutation($id: ID!) { bezwaarInBehandelingNemen(id: $id) { status } }', { id: annaBezwaar.id }, o.beleid);
    const horen = await ctx.gql(
      AFZIEN,
      { id: annaBezwaar.id, grond: 'AFSTAND_VAN_HOREN', motivering: 'De indiener wil niet gehoord worden.' },
      o.beleid,
    );
    expect(foutcodes(horen)).toEqual(['BELANGENCONFLICT']);
    expect(horen.errors![0].message).toContain('7:5');
    const door = await beslissen(o.beleid, {
      bezwaarId: annaBezwaar.id,
      beslissing: 'ONGEGROND',
      motivering: 'Het besluit was juist genomen.',
    });
    expect(foutcodes(door)).toEqual(['BELANGENCONFLICT']);
    // A resident cannot decide at all.
    const bewoner = await beslissen(tokens[bert.sub], {
      bezwaarId: annaBezwaar.id,
      beslissing: 'GEGROND',
      motivering: 'Dit mag niet lukken.',
    });
    expect(foutcodes(bewoner)).toEqual(['FORBIDDEN']);
  });

  it('Awb 7:2: zonder hoorzitting of afzien kan niet worden beslist; Awb 7:3: de grond van afzien moet bij de beslissing passen', async () => {
    const eerst = await beslissen(dirk, {
      bezwaarId: annaBezwaar.id,
      beslissing: 'ONGEGROND',
      motivering: 'Het besluit was juist genomen.',
    });
    expect(foutcodes(eerst)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    expect(eerst.errors![0].message).toContain('7:2');
    await ctx.gqlOk(
      AFZIEN,
      { id: annaBezwaar.id, grond: 'VOLLEDIG_TEGEMOETGEKOMEN', motivering: 'Wij komen helemaal tegemoet aan het bezwaar.' },
      dirk,
    );
    const ongegrond = await beslissen(dirk, {
      bezwaarId: annaBezwaar.id,
      beslissing: 'ONGEGROND',
      motivering: 'Het besluit was juist genomen.',
    });
    expect(foutcodes(ongegrond)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    expect(ongegrond.errors![0].message).toContain('hoorzitting');
  });

  it('gegrond met een nieuw bedrag: boven wat vrij is in het plafond geweigerd, daarna herzien en het plafond klopt', async () => {
    const teVeel = await beslissen(dirk, {
      bezwaarId: annaBezwaar.id,
      beslissing: 'GEGROND',
      motivering: 'De begroting klopt wel; de bonnen tonen de kosten aan.',
      nieuweUitkomst: 'TOEGEKEND',
      bedragen: [{ aanvraagId: a.aanvragen[0].id, bedrag: 50_000 }],
    });
    expect(foutcodes(teVeel)).toEqual(['PLAFOND_BEREIKT']);
    expect(await plafondStand(ctx)).toEqual({ bedrag: PLAFOND, verleend: 80_000, gereserveerd: 0 });

    const res = await beslissen(dirk, {
      bezwaarId: annaBezwaar.id,
      beslissing: 'GEGROND',
      motivering: 'De begroting klopt wel; de bonnen tonen de kosten aan. Binnen het plafond past nog 200 euro.',
      nieuweUitkomst: 'TOEGEKEND',
      bedragen: [{ aanvraagId: a.aanvragen[0].id, bedrag: 40_000 }],
    });
    expect(res.errors).toBeUndefined();
    const besloten = res.data!.bezwaarBeslissen;
    expect(besloten).toMatchObject({
      status: 'BESLOTEN',
      beslissing: 'GEGROND',
      beslistDoor: 'Dirk Mandaat',
      termijnStatus: null,
    });
    expect(besloten.herziening).toEqual([{ van: 20_000, naar: 40_000 }]);
    expect(await plafondStand(ctx)).toEqual({ bedrag: PLAFOND, verleend: 100_000, gereserveerd: 0 });
    const na = (
      await ctx.gqlOk<{ node: InitiatiefAntwoord }>(
        `query($id: ID!) { node(id: $id) { ... on Initiatief { ${INITIATIEF_VELDEN} } } }`,
        { id: a.id },
        tokens[anna.sub],
      )
    ).node;
    expect(na.status).toBe('TOEGEKEND');
    expect(na.aanvragen[0].toegekendBedrag).toBe(40_000);
    expect(na.historie.at(-1)!.toelichting).toContain(annaBezwaar.referentie);
    // The letter: decision, new amount, reasons, body and mandate, appeal to the court within six weeks
    // from the day after sending (Awb 6:8): no appeal term until the letter is sent.
    expect(besloten.beroepMogelijkTot).toBeNull();
    await ctx.app.get(UitgaandeMailVerzender).verwerk();
    const verzonden = (
      await ctx.gqlOk<{ node: { beroepMogelijkTot: string | null; brieven: Array<{ soort: string; verzendstatus: string }> } }>(
        'query($id: ID!) { node(id: $id) { ... on Bezwaar { beroepMogelijkTot brieven { soort verzendstatus } } } }',
        { id: annaBezwaar.id },
        tokens[anna.sub],
      )
    ).node;
    expect(verzonden.beroepMogelijkTot).toBe(bezwaartermijnEinde(amsterdamseDatum(new Date()), gelijkgesteld));
    expect(verzonden.brieven).toEqual([
      { soort: 'BEZWAAR_ONTVANGST', verzendstatus: 'VERZONDEN' },
      { soort: 'BESLISSING_OP_BEZWAAR', verzendstatus: 'VERZONDEN' },
    ]);
    for (const deel of [
      'Uw bezwaar is gegrond.',
      'Het nieuwe besluit per activiteit',
      'Was: € 200; Wordt: € 400',
      'bonnen',
      'Dirk Mandaat',
      'rechtbank Limburg',
      'artikel 8:1 Awb',
      'Akerstraat 1',
    ]) {
      expect(besloten.brief).toContain(deel);
    }
    // Awb 7:11: the new decision is a row of the decision record, about the one objected to.
    const { node: dossier } = await ctx.gqlOk<{ node: { besluiten: Array<{ id: string; soort: string; bedrag: number }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { besluiten { id soort bedrag } } } }',
      { id: a.id },
      tokens[anna.sub],
    );
    expect(dossier.besluiten.map((x) => [x.soort, x.bedrag])).toEqual([
      ['GEDEELTELIJKE_TOEKENNING', 20_000],
      ['GEDEELTELIJKE_TOEKENNING', 40_000],
    ]);
    const { node: metBesluit } = await ctx.gqlOk<{ node: { besluit: { id: string } | null } }>(
      'query($id: ID!) { node(id: $id) { ... on Bezwaar { besluit { id } } } }',
      { id: annaBezwaar.id },
      tokens[anna.sub],
    );
    expect(metBesluit.besluit).toEqual({ id: besluit.a });
    const [brief] = await mails('BEZWAAR_BESLISSING', anna.email);
    expect(brief.tekst).toContain(besloten.brief);
  });

  it('twee medewerkers die tegelijk op hetzelfde bezwaar beslissen: één wint en het plafond verandert één keer', async () => {
    const bezwaar = (
      await ctx.gqlOk<{ bezwaarMaken: Bezwaar }>(
        MAKEN,
        {
          input: {
            besluitId: besluit.b,
            adres: 'Pancratiusplein 3',
            gronden: 'Het bedrag is te hoog vastgelegd voor mijn plan, ik heb minder nodig.',
          },
        },
        tokens[bert.sub],
      )
    ).bezwaarMaken;
    await ctx.gqlOk(
      AFZIEN,
      { id: bezwaar.id, grond: 'VOLLEDIG_TEGEMOETGEKOMEN', motivering: 'Wij volgen de indiener volledig in zijn bezwaar.' },
      regisseur,
    );
    const input = (motivering: string) => ({
      bezwaarId: bezwaar.id,
      beslissing: 'GEGROND',
      motivering,
      nieuweUitkomst: 'TOEGEKEND',
      bedragen: [{ aanvraagId: b.aanvragen[0].id, bedrag: 50_000 }],
    });
    const antwoorden = await Promise.all([
      beslissen(dirk, input('De indiener heeft minder nodig dan toegekend; wij verlagen het bedrag.')),
      beslissen(eva, input('De indiener heeft minder nodig dan toegekend; wij verlagen het bedrag naar 500 euro.')),
    ]);
    expect(antwoorden.filter((r) => !r.errors)).toHaveLength(1);
    expect(antwoorden.flatMap((r) => foutcodes(r))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    expect(await plafondStand(ctx)).toEqual({ bedrag: PLAFOND, verleend: 90_000, gereserveerd: 0 });
  }, 60_000);

  it('Awb 6:11: een te laat bezwaar wordt geregistreerd en gemarkeerd; niet verschoonbaar leidt alleen tot niet-ontvankelijk', async () => {
    // The rejection of C was sent 80 days ago (beforeAll).
    const laat = (
      await ctx.gqlOk<{ bezwaarMaken: Bezwaar }>(
        MAKEN,
        { input: { besluitId: besluit.c, adres: 'Akerstraat 1', gronden: 'Ik was op vakantie en zag de brief pas nu.' } },
        tokens[anna.sub],
      )
    ).bezwaarMaken;
    expect(laat.tijdig).toBe(false);
    expect(laat.bezwaartermijnEinde < amsterdamseDatum(new Date())).toBe(true);
    const [ontvangst] = await mails('BEZWAAR_ONTVANGEN', anna.email).then((m) => m.slice(-1));
    expect(ontvangst.tekst).toContain('6:11');
    await ctx.gqlOk(
      AFZIEN,
      { id: laat.id, grond: 'KENNELIJK_NIET_ONTVANKELIJK', motivering: 'Het bezwaar kwam ruim na de termijn binnen.' },
      dirk,
    );
    const onbeoordeeld = await beslissen(dirk, {
      bezwaarId: laat.id,
      beslissing: 'NIET_ONTVANKELIJK',
      motivering: 'Het bezwaar kwam te laat binnen.',
    });
    expect(onbeoordeeld.errors![0].message).toContain('6:11');
    await ctx.gqlOk(
      'mutation($id: ID!) { bezwaarTermijnoverschrijdingBeoordelen(id: $id, verschoonbaar: false, motivering: "Een vakantie is geen reden om niet tijdig bezwaar te maken.") { termijnoverschrijdingVerschoonbaar } }',
      { id: laat.id },
      dirk,
    );
    const ongegrond = await beslissen(dirk, {
      bezwaarId: laat.id,
      beslissing: 'ONGEGROND',
      motivering: 'Het besluit was juist genomen.',
    });
    expect(ongegrond.errors![0].message).toContain('niet-ontvankelijk');
    const res = await beslissen(dirk, {
      bezwaarId: laat.id,
      beslissing: 'NIET_ONTVANKELIJK',
      motivering: 'Het bezwaar kwam te laat binnen zonder goede reden.',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.bezwaarBeslissen.brief).toContain('artikel 6:11 Awb');
    expect(res.data!.bezwaarBeslissen.brief).toContain('artikel 7:3, onder a, Awb');
  });

  it('Awb 7:2 en 7:10: hoorzitting gepland en gehouden, verdaging met mededeling, beslissing aan belanghebbende en aanvrager', async () => {
    const [carlaBezwaar] = (
      await ctx.gqlOk<{ mijnBezwaren: Bezwaar[] }>(`{ mijnBezwaren { ${BEZWAAR_VELDEN} } }`, {}, tokens[carla.sub])
    ).mijnBezwaren;
    const op = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const gepland = await ctx.gqlOk<{ hoorzittingPlannen: { status: string } }>(
      'mutation($id: ID!, $op: DateTime!) { hoorzittingPlannen(id: $id, op: $op, plaats: "Stadhuis Heerlen, zaal 2") { status } }',
      { id: carlaBezwaar.id, op },
      regisseur,
    );
    expect(gepland.hoorzittingPlannen.status).toBe('HOORZITTING_GEPLAND');
    expect((await mails('BEZWAAR_HOORZITTING', carla.email))[0].tekst).toContain('Stadhuis Heerlen, zaal 2');
    const voorHoren = await beslissen(dirk, {
      bezwaarId: carlaBezwaar.id,
      beslissing: 'ONGEGROND',
      motivering: 'Het feest duurt maar een middag.',
    });
    expect(voorHoren.errors![0].message).toContain('nog niet geweest');
    const verdaagd = await ctx.gqlOk<{ bezwaarBeslissingVerdagen: { beslissenUiterlijk: string; verdagingWeken: number } }>(
      'mutation($id: ID!) { bezwaarBeslissingVerdagen(id: $id, weken: 6, motivering: "Wij wachten op het advies van de politie over overlast.") { beslissenUiterlijk verdagingWeken } }',
      { id: carlaBezwaar.id },
      dirk,
    );
    expect(verdaagd.bezwaarBeslissingVerdagen.verdagingWeken).toBe(6);
    expect(verdaagd.bezwaarBeslissingVerdagen.beslissenUiterlijk > carlaBezwaar.beslissenUiterlijk).toBe(true);
    expect((await mails('BEZWAAR_VERDAGING', carla.email))[0].tekst).toContain(
      verdaagd.bezwaarBeslissingVerdagen.beslissenUiterlijk,
    );
    const nogmaals = await ctx.gql(
      'mutation($id: ID!) { bezwaarBeslissingVerdagen(id: $id, weken: 1, motivering: "Nog meer tijd nodig voor advies.") { id } }',
      { id: carlaBezwaar.id },
      dirk,
    );
    expect(foutcodes(nogmaals)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(nogmaals.errors)).toContain('instemming van de indiener');
    // Awb 7:10 lid 4: with the objector's consent the decision may be deferred further.
    const verder = await ctx.gqlOk<{
      bezwaarBeslissingVerdagen: { beslissenUiterlijk: string; verdagingWeken: number; verderUitstelWeken: number };
    }>(
      'mutation($id: ID!) { bezwaarBeslissingVerdagen(id: $id, weken: 2, instemming: true, motivering: "De indiener stemde op 3 mei per e-mail in met twee weken uitstel.") { beslissenUiterlijk verdagingWeken verderUitstelWeken } }',
      { id: carlaBezwaar.id },
      dirk,
    );
    expect(verder.bezwaarBeslissingVerdagen).toMatchObject({ verdagingWeken: 6, verderUitstelWeken: 2 });
    expect(verder.bezwaarBeslissingVerdagen.beslissenUiterlijk > verdaagd.bezwaarBeslissingVerdagen.beslissenUiterlijk).toBe(
      true,
    );
    expect((await mails('BEZWAAR_VERDAGING', carla.email)).at(-1)!.tekst).toContain('artikel 7:10, vierde lid, Awb');
    // The hearing took place (the test moves it into the past).
    await ctx.dataSource.query("UPDATE bezwaar SET hoorzitting_op = now() - interval '1 hour' WHERE id = $1", [
      Buffer.from(carlaBezwaar.id, 'base64').toString().split(':')[1],
    ]);
    const res = await beslissen(dirk, {
      bezwaarId: carlaBezwaar.id,
      beslissing: 'ONGEGROND',
      motivering: 'Het feest duurt maar een middag en eindigt om 22 uur.',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.bezwaarBeslissen.brief).toContain('Wij hebben u gehoord op');
    expect(res.data!.bezwaarBeslissen.brief).toContain('als belanghebbende');
    expect((await mails('BEZWAAR_BESLISSING', carla.email))[0].tekst).toContain('rechtbank Limburg');
    // Awb 7:12 lid 2: the applicant hears of the decision on someone else's objection.
    expect((await mails('BEZWAAR_BESLISSING_AANVRAGER', anna.email))[0].tekst).toContain('ongegrond');
  });

  it('Awb 7:1: geen bezwaar tegen een beslissing op bezwaar; de indiener trekt een bezwaar in (Awb 6:21)', async () => {
    const tegenBeslissingOpBezwaar = await maken(tokens[carla.sub], {
      besluitId: await laatsteBesluit(b.id),
      adres: 'Markt 2',
      gronden: 'De subsidie is te hoog voor dit plan.',
      belang: 'Ik woon ernaast.',
    });
    expect(foutcodes(tegenBeslissingOpBezwaar)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    expect(tegenBeslissingOpBezwaar.errors![0].message).toContain('rechtbank Limburg');
    const d = await ingediendEnBesloten(tokens[bert.sub], 5_000, 'TOEGEKEND', 5_000);
    const bezwaar = (
      await ctx.gqlOk<{ bezwaarMaken: Bezwaar }>(
        MAKEN,
        {
          input: {
            besluitId: await laatsteBesluit(d.id),
            adres: 'Markt 2',
            gronden: 'De subsidie is te hoog voor dit plan.',
            belang: 'Ik woon ernaast.',
          },
        },
        tokens[carla.sub],
      )
    ).bezwaarMaken;
    const ingetrokken = await ctx.gqlOk<{ bezwaarIntrekken: { status: string } }>(
      'mutation($id: ID!) { bezwaarIntrekken(id: $id, toelichting: "Opgelost met de buren.") { status } }',
      { id: bezwaar.id },
      tokens[carla.sub],
    );
    expect(ingetrokken.bezwaarIntrekken.status).toBe('INGETROKKEN');
    const daarna = await ctx.gql(
      AFZIEN,
      { id: bezwaar.id, grond: 'AFSTAND_VAN_HOREN', motivering: 'Ingetrokken bezwaar, niet meer horen.' },
      dirk,
    );
    expect(foutcodes(daarna)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
  });

  it('persoonsgegevens: de bezwaren staan in de export en worden gepseudonimiseerd, de beslissing blijft bewaard', async () => {
    const { mijnGegevens } = await ctx.gqlOk<{ mijnGegevens: Record<string, Array<Record<string, unknown>>> }>(
      '{ mijnGegevens }',
      {},
      tokens[carla.sub],
    );
    expect(mijnGegevens.bezwaren).toHaveLength(2);
    expect(mijnGegevens.bezwaren[0]).toMatchObject({
      indienerNaam: carla.name,
      indienerAdres: 'Markt 2, 6411 Heerlen',
      indienerEmail: carla.email,
    });
    // The applicant's export holds their file's letters, not the letters addressed to another objector.
    const vanAnna = await ctx.gqlOk<{ mijnGegevens: unknown }>('{ mijnGegevens }', {}, tokens[anna.sub]);
    expect(JSON.stringify(vanAnna.mijnGegevens)).toContain('Wij hebben uw aanvraag ontvangen');
    expect(JSON.stringify(vanAnna.mijnGegevens)).not.toContain('Markt 2');
    await ctx.gqlOk('mutation { mijnGegevensPseudonimiseren }', {}, tokens[carla.sub]);
    const rijen = await ctx.dataSource.query<Array<Record<string, string | null>>>(
      "SELECT indiener_sub, indiener_naam, indiener_adres, indiener_email, gronden, belang, brief, beslissing, beslissing_motivering FROM bezwaar WHERE hoedanigheid = 'BELANGHEBBENDE' ORDER BY ingediend_op",
    );
    expect(rijen).toHaveLength(2);
    for (const r of rijen) {
      expect(JSON.stringify(r)).not.toContain(carla.name);
      expect(JSON.stringify(r)).not.toContain('Markt 2');
      expect(JSON.stringify(r)).not.toContain(carla.email);
      expect(r.indiener_sub).toMatch(/^pseudoniem:/);
    }
    // The decision and its letter stay (archive), without the objector's name and address.
    expect(rijen[0].beslissing).toBe('ONGEGROND');
    expect(rijen[0].brief).toContain('rechtbank Limburg');
    expect(rijen[0].brief).toContain('Gepseudonimiseerde bewoner');
    const na = await ctx.gqlOk<{ mijnGegevens: Record<string, unknown[]> }>('{ mijnGegevens }', {}, tokens[carla.sub]);
    expect(na.mijnGegevens.bezwaren ?? []).toEqual([]);
  });
});
