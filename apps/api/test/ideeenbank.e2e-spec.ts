/**
 * The idea bank: initiators publish the story of their executed initiative; anyone searches it with
 * Dutch full-text search (stemming, ranking, highlighted excerpts) and filters; a draft idea gets
 * similar stories, those in its own buurt first. Never the applicant's name or address.
 */
import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, type Opzet, opslaan, zetOp } from './initiatieven.helpers';

const PUBLICEREN = `mutation($input: IdeeverhaalInput!) { ideeverhaalPubliceren(input: $input) { id titel kosten thema } }`;
const ZOEK = `query($zoek: String, $thema: VrijwilligersThema, $buurtId: ID, $instrumentId: ID) {
  ideeenbank(zoek: $zoek, thema: $thema, buurtId: $buurtId, instrumentId: $instrumentId) { rang uitsnede verhaal { titel kosten voorWie } }
}`;

interface Treffer {
  rang: number;
  uitsnede: string;
  verhaal: { titel: string; kosten: number | null; voorWie: string };
}

describe('Ideeënbank', () => {
  let ctx: TestContext;
  let o: Opzet;
  let anderBuurtId: string;

  /** An initiative taken through grant and execution by its own initiator. */
  async function uitgevoerd(titel: string, extra: Record<string, unknown> = {}): Promise<{ id: string; token: string }> {
    const token = await ctx.tokenFor(Rol.BEWONER, { name: 'Ingrid Indiener', email: 'ingrid@example.org' });
    const { id } = await opslaan(ctx, token, initiatiefInput(o, 10_000, 2_000, { titel, ...extra }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id }, token);
    const { node } = await ctx.gqlOk<{ node: { aanvragen: Array<{ id: string; gereserveerdBedrag: number | null }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { aanvragen { id gereserveerdBedrag } } } }',
      { id },
      o.beleid,
    );
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id }, o.beleid);
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { status } }',
      {
        input: {
          initiatiefId: id,
          uitkomst: 'TOEGEKEND',
          motivering: 'Past binnen de regeling.',
          bedragen: node.aanvragen.map((a) => ({ aanvraagId: a.id, bedrag: a.gereserveerdBedrag ?? 0 })),
        },
      },
      o.beleid,
    );
    await ctx.gqlOk(
      'mutation($id: ID!) { uitvoeringMelden(id: $id, verslag: "Het is gelukt.", werkelijkeKosten: 9500) { status } }',
      { id },
      token,
    );
    return { id, token };
  }

  const zoek = async (variabelen: Record<string, unknown>) =>
    (await ctx.gqlOk<{ ideeenbank: Treffer[] }>(ZOEK, variabelen)).ideeenbank;

  beforeAll(async () => {
    ctx = await testContext();
    o = await zetOp(ctx, 10_000_000);
    anderBuurtId = (await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09173300") { id } }')).buurt.id;
    const speeltuin = await uitgevoerd('Speeltuin opknappen');
    await ctx.gqlOk(
      PUBLICEREN,
      {
        input: {
          initiatiefId: speeltuin.id,
          watGedaan: 'We hebben de speeltuin aan de Kerkstraat geschilderd en nieuwe zandbakken gemaakt.',
          voorWie: 'Kinderen en ouders uit de buurt',
          watWerkte: 'Samen werken op zaterdag met koffie.',
          watNiet: 'De verf droogde slecht in de regen.',
          thema: 'SPORT_EN_SPEL',
        },
      },
      speeltuin.token,
    );
    const moestuin = await uitgevoerd('Moestuin bij de school', { buurtIds: [anderBuurtId] });
    await ctx.gqlOk(
      PUBLICEREN,
      {
        input: {
          initiatiefId: moestuin.id,
          watGedaan: 'Een moestuin met de kinderen van de basisschool; elke week oogsten.',
          voorWie: 'Leerlingen en buren',
          watWerkte: 'Vaste tuindagen.',
          watNiet: 'In de zomervakantie was er te weinig hulp.',
          thema: 'GROEN_EN_BUITEN',
        },
      },
      moestuin.token,
    );
  });
  afterAll(() => ctx.close());

  it('vindt "speeltuin" met "speeltuinen" (Nederlandse stamvormen), gerangschikt en gemarkeerd', async () => {
    const treffers = await zoek({ zoek: 'speeltuinen' });
    expect(treffers.map((t) => t.verhaal.titel)).toEqual(['Speeltuin opknappen']);
    expect(treffers[0].rang).toBeGreaterThan(0);
    expect(treffers[0].uitsnede).toContain('«speeltuin»');
    expect(treffers[0].verhaal).toMatchObject({ kosten: 9500, voorWie: 'Kinderen en ouders uit de buurt' });
    expect((await zoek({ zoek: 'zandbak' })).map((t) => t.verhaal.titel)).toEqual(['Speeltuin opknappen']);
    expect((await zoek({ zoek: 'oogst' })).map((t) => t.verhaal.titel)).toEqual(['Moestuin bij de school']);
    expect(await zoek({ zoek: 'zwembad' })).toEqual([]);
    // Both match "kinderen"; the one with the word in its title ranks first for "moestuin kinderen".
    expect((await zoek({ zoek: 'moestuin or kinderen' })).map((t) => t.verhaal.titel)[0]).toBe('Moestuin bij de school');
  });

  it('filtert op thema, buurt en instrument, en toont nooit de aanvrager', async () => {
    expect((await zoek({ thema: 'GROEN_EN_BUITEN' })).map((t) => t.verhaal.titel)).toEqual(['Moestuin bij de school']);
    expect((await zoek({ buurtId: anderBuurtId })).map((t) => t.verhaal.titel)).toEqual(['Moestuin bij de school']);
    expect(await zoek({ instrumentId: o.geldId })).toHaveLength(2);
    const alles = JSON.stringify(
      await ctx.gqlOk(`{ ideeenbank { verhaal { id initiatiefId titel watGedaan voorWie watWerkte watNiet } } }`),
    );
    expect(alles).not.toMatch(/Ingrid|ingrid@example\.org/);
  });

  it('stelt bij een nieuw idee vergelijkbare verhalen voor, uit de eigen buurt eerst', async () => {
    const { vergelijkbareIdeeen } = await ctx.gqlOk<{ vergelijkbareIdeeen: Treffer[] }>(
      'query($t: String!, $b: ID) { vergelijkbareIdeeen(tekst: $t, buurtId: $b) { verhaal { titel } } }',
      { t: 'Wij willen met de kinderen een tuin maken en de speeltuinen opknappen', b: anderBuurtId },
    );
    expect(vergelijkbareIdeeen.map((t) => t.verhaal.titel)).toEqual(['Moestuin bij de school', 'Speeltuin opknappen']);
  });

  it('laat alleen de initiatiefnemer van een uitgevoerd initiatief publiceren', async () => {
    const token = await ctx.tokenFor(Rol.BEWONER);
    const concept = await opslaan(ctx, token, initiatiefInput(o));
    const input = { initiatiefId: concept.id, watGedaan: 'x', voorWie: 'x', watWerkte: 'x', watNiet: 'x', thema: 'OVERIG' };
    const teVroeg = await ctx.gql(PUBLICEREN, { input }, token);
    expect(teVroeg.errors?.[0].extensions?.velden?.[0].veld).toBe('input.initiatiefId');
    expect(foutcodes(await ctx.gql(PUBLICEREN, { input }, await ctx.tokenFor(Rol.BEWONER)))).toEqual(['FORBIDDEN']);
  });
});
