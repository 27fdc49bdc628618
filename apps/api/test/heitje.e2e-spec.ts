import { amsterdamseDatum, Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const ORG = `mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }`;
const KOPPEL = 'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }';
const KLUS = `mutation($input: HeitjeKlusInput!) { heitjeKlusAanmaken(input: $input) { id plaatsen plaatsenVrij budget organisatienaam buurtnaam } }`;
const KLUSSEN = `{ heitjeKlussen { id titel plaatsenVrij budget } }`;
const CLAIM = `mutation($id: ID!) { heitjeKlusClaimen(klusId: $id) { id status } }`;
const VOLTOOI = `mutation($id: ID!, $n: String!) { heitjeKlusVoltooien(deelnameId: $id, notitie: $n) { id status notitie } }`;
const MIJN = `{ mijnHeitjes { saldo verdiendDitJaar jaarplafond deelnames { klustitel status } mutaties { soort omschrijving bedrag } } }`;
const CODE = `mutation($b: Int!) { heitjeBetaalcodeMaken(bedrag: $b) { code bedrag geldigTot } }`;
const BETAAL = `mutation($w: ID!, $c: String!) { heitjeBetalingBevestigen(winkelId: $w, code: $c) { bedrag winkel } }`;
const AFREKENING = `query($m: String!) { heitjeAfrekening(maand: $m) { winkel betalingen heitjes bedrag } }`;

describe("'t Heerlens Heitje: klussen, beloning via de begeleidende organisatie, betalen bij winkels, afrekening", () => {
  let ctx: TestContext;
  let beleid: string;
  let regisseur: string;
  let begeleider: string;
  let vreemde: string;
  let winkelier: string;
  let ann: string;
  let bob: string;
  let cas: string;
  let winkelId: string;
  let orgId: string;
  let buurtId: string;
  const maand = amsterdamseDatum(new Date()).slice(0, 7);
  const jaar = Number(maand.slice(0, 4));

  const klus = async (titel: string, beloning: number, plaatsen: number) =>
    (
      await ctx.gqlOk<{ heitjeKlusAanmaken: { id: string; plaatsenVrij: number; budget: number; organisatienaam: string } }>(
        KLUS,
        {
          input: {
            titel,
            beschrijving: 'Bankjes schuren en in de verf zetten.',
            buurtId,
            materialen: 'Verf, kwasten, schuurpapier, handschoenen',
            beloning,
            plaatsen,
            organisatieId: orgId,
          },
        },
        regisseur,
      )
    ).heitjeKlusAanmaken;

  beforeAll(async () => {
    ctx = await testContext();
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR);
    begeleider = await ctx.tokenFor(Rol.PARTNER, { sub: 'begeleider-1' });
    vreemde = await ctx.tokenFor(Rol.PARTNER, { sub: 'andere-partner' });
    winkelier = await ctx.tokenFor(Rol.PARTNER, { sub: 'winkelier-1' });
    ann = await ctx.tokenFor(Rol.BEWONER, { sub: 'ann', name: 'Ann' });
    bob = await ctx.tokenFor(Rol.BEWONER, { sub: 'bob', name: 'Bob' });
    cas = await ctx.tokenFor(Rol.BEWONER, { sub: 'cas', name: 'Cas' });
    ({
      buurt: { id: buurtId },
    } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171000") { id } }'));
    orgId = (
      await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        ORG,
        { input: { naam: 'Buurtpunt Centrum', soort: 'BUURTORGANISATIE', buurtIds: [buurtId] } },
        beheerder,
      )
    ).organisatieRegistreren.id;
    await ctx.gqlOk(KOPPEL, { o: orgId, g: 'begeleider-1' }, beheerder);
    const winkelOrg = (
      await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        ORG,
        { input: { naam: 'Bakkerij Promenade', soort: 'BUURTORGANISATIE', buurtIds: [buurtId] } },
        beheerder,
      )
    ).organisatieRegistreren.id;
    await ctx.gqlOk(KOPPEL, { o: winkelOrg, g: 'winkelier-1' }, beheerder);
    winkelId = (
      await ctx.gqlOk<{ heitjeWinkelRegistreren: { id: string } }>(
        'mutation($input: HeitjeWinkelInput!) { heitjeWinkelRegistreren(input: $input) { id } }',
        { input: { naam: 'Bakkerij Promenade', organisatieId: winkelOrg } },
        beleid,
      )
    ).heitjeWinkelRegistreren.id;
  });
  afterAll(() => ctx.close());

  it('zet een klus op het bord met haar budget; plaatsen gaan op volgorde, niet dubbel', async () => {
    const k = await klus('Bankjes schilderen', 20, 2);
    expect(k).toMatchObject({ plaatsenVrij: 2, budget: 40, organisatienaam: 'Buurtpunt Centrum' });
    await ctx.gqlOk(CLAIM, { id: k.id }, ann);
    expect(foutcodes(await ctx.gql(CLAIM, { id: k.id }, ann))).toEqual(['CONFLICT']);
    await ctx.gqlOk(CLAIM, { id: k.id }, bob);
    const vol = await ctx.gql(CLAIM, { id: k.id }, cas);
    expect(foutcodes(vol)).toEqual(['CONFLICT']);
    expect(vol.errors?.[0].message).toBe('Alle plaatsen van deze klus zijn al bezet.');
    const { heitjeKlussen } = await ctx.gqlOk<{ heitjeKlussen: Array<{ id: string; plaatsenVrij: number }> }>(KLUSSEN);
    expect(heitjeKlussen.find((x) => x.id === k.id)?.plaatsenVrij).toBe(0);
  });

  it('laat alleen de begeleidende organisatie het werk bevestigen; de beloning komt in de portemonnee', async () => {
    const { heitjeKlussen } = await ctx.gqlOk<{ heitjeKlussen: Array<{ id: string }> }>(KLUSSEN);
    const { heitjeDeelnames } = await ctx.gqlOk<{ heitjeDeelnames: Array<{ id: string; naam: string }> }>(
      'query($id: ID!) { heitjeDeelnames(klusId: $id) { id naam } }',
      { id: heitjeKlussen[0].id },
      begeleider,
    );
    expect(heitjeDeelnames.map((d) => d.naam)).toEqual(['Ann', 'Bob']);
    expect(
      foutcodes(await ctx.gql('query($id: ID!) { heitjeDeelnames(klusId: $id) { id } }', { id: heitjeKlussen[0].id }, vreemde)),
    ).toEqual(['FORBIDDEN']);
    expect(foutcodes(await ctx.gql(VOLTOOI, { id: heitjeDeelnames[0].id, n: 'Goed gedaan' }, vreemde))).toEqual(['FORBIDDEN']);
    for (const d of heitjeDeelnames) {
      await ctx.gqlOk(VOLTOOI, { id: d.id, n: 'Twee bankjes geschilderd.' }, begeleider);
    }
    expect(foutcodes(await ctx.gql(VOLTOOI, { id: heitjeDeelnames[0].id, n: 'nog eens' }, begeleider))).toEqual([
      'ONGELDIGE_STATUSOVERGANG',
    ]);
    const { mijnHeitjes } = await ctx.gqlOk<{
      mijnHeitjes: { saldo: number; verdiendDitJaar: number; mutaties: Array<{ bedrag: number }> };
    }>(MIJN, undefined, ann);
    expect(mijnHeitjes).toMatchObject({ saldo: 20, verdiendDitJaar: 20 });
    expect(mijnHeitjes.mutaties.map((m) => m.bedrag)).toEqual([20]);
  });

  it('houdt het jaarplafond per bewoner aan', async () => {
    await ctx.gqlOk(
      'mutation($j: Int!, $m: Int!) { heitjeJaarplafondVaststellen(jaar: $j, maxHeitjes: $m) }',
      { j: jaar, m: 30 },
      beleid,
    );
    const k = await klus('Afvalbakken opknappen', 20, 1);
    const { heitjeKlusClaimen } = await ctx.gqlOk<{ heitjeKlusClaimen: { id: string } }>(CLAIM, { id: k.id }, ann);
    const res = await ctx.gql(VOLTOOI, { id: heitjeKlusClaimen.id, n: 'Klaar' }, begeleider);
    expect(foutcodes(res)).toEqual(['PLAFOND_BEREIKT']);
    expect(res.errors?.[0].message).toBe(
      `Deze bewoner heeft in ${jaar} al 20 heitjes verdiend; met 20 erbij gaat dat boven het jaarplafond van 30.`,
    );
  });

  it('betaalt met een kortlevende code die de winkel bevestigt, één keer', async () => {
    expect(foutcodes(await ctx.gql(CODE, { b: 25 }, ann))).toEqual(['BAD_USER_INPUT']);
    const { heitjeBetaalcodeMaken: c } = await ctx.gqlOk<{ heitjeBetaalcodeMaken: { code: string; geldigTot: string } }>(
      CODE,
      { b: 15 },
      ann,
    );
    expect(c.code).toMatch(/^[A-Z2-9]{8}$/);
    expect(new Date(c.geldigTot).getTime()).toBeGreaterThan(Date.now());
    expect(foutcodes(await ctx.gql(BETAAL, { w: winkelId, c: c.code }, vreemde))).toEqual(['FORBIDDEN']);
    const { heitjeBetalingBevestigen } = await ctx.gqlOk<{ heitjeBetalingBevestigen: { bedrag: number; winkel: string } }>(
      BETAAL,
      { w: winkelId, c: c.code.toLowerCase() },
      winkelier,
    );
    expect(heitjeBetalingBevestigen).toEqual({ bedrag: 15, winkel: 'Bakkerij Promenade' });
    const nogEens = await ctx.gql(BETAAL, { w: winkelId, c: c.code }, winkelier);
    expect(foutcodes(nogEens)).toEqual(['BAD_USER_INPUT']);
    expect(nogEens.errors?.[0].message).toContain('Deze code is onbekend, verlopen of al gebruikt.');
    expect((await ctx.gqlOk<{ mijnHeitjes: { saldo: number } }>(MIJN, undefined, ann)).mijnHeitjes.saldo).toBe(5);
  });

  it('laat gelijktijdige betalingen uit één portemonnee nooit meer uitgeven dan erin zit', async () => {
    // Bob has 20: three codes of 10 each pass on their own, confirmed at the same moment only two fit.
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      codes.push((await ctx.gqlOk<{ heitjeBetaalcodeMaken: { code: string } }>(CODE, { b: 10 }, bob)).heitjeBetaalcodeMaken.code);
    }
    const uitkomsten = await Promise.all(codes.map((c) => ctx.gql(BETAAL, { w: winkelId, c }, winkelier)));
    expect(uitkomsten.filter((u) => !u.errors).length).toBe(2);
    const geweigerd = uitkomsten.filter((u) => u.errors);
    expect(geweigerd.map(foutcodes)).toEqual([['CONFLICT']]);
    expect(geweigerd[0].errors?.[0].message).toBe('Er staan niet genoeg heitjes in de portemonnee van de klant.');
    expect((await ctx.gqlOk<{ mijnHeitjes: { saldo: number } }>(MIJN, undefined, bob)).mijnHeitjes.saldo).toBe(0);
  });

  it('rekent per maand af in euro’s tegen de wisselkoers als gegeven', async () => {
    const zonder = await ctx.gql(AFREKENING, { m: maand }, beleid);
    expect(foutcodes(zonder)).toEqual(['CONFLICT']);
    await ctx.gqlOk(
      'mutation($input: HeitjeWisselkoersInput!) { heitjeWisselkoersVaststellen(input: $input) }',
      { input: { geldigVanaf: '2020-01-01', centenPerHeitje: 50 } },
      beleid,
    );
    const { heitjeAfrekening } = await ctx.gqlOk<{ heitjeAfrekening: unknown[] }>(AFREKENING, { m: maand }, beleid);
    expect(heitjeAfrekening).toEqual([{ winkel: 'Bakkerij Promenade', betalingen: 3, heitjes: 35, bedrag: 1750 }]);
    expect(foutcodes(await ctx.gql(AFREKENING, { m: maand }, winkelier))).toEqual(['FORBIDDEN']);
    // Nothing created or lost: every heitje issued is in a budget, a wallet or a shop.
    const [som] = await ctx.dataSource.query<Array<{ som: string }>>('SELECT sum(saldo) AS som FROM heitje_rekening');
    expect(Number(som.som)).toBe(0);
  });
});
