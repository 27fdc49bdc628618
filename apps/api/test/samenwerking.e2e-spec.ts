/**
 * Cooperation between initiatives (libs/meedoen, samenwerking): while drafting, similar public
 * initiatives in the same buurt and nearby (the same stadsdeel) are suggested; an initiator asks
 * another to cooperate through the platform and the other accepts or declines. Neither side ever
 * sees the other's address; the mails come from the platform.
 */
import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, type Opzet, opslaan, zetOp } from './initiatieven.helpers';

const VERGELIJKBAAR = `query($tekst: String!, $buurtId: ID!) {
  vergelijkbareInitiatieven(tekst: $tekst, buurtId: $buurtId) { id titel status buurten zelfdeBuurt }
}`;
const VRAGEN = `mutation($input: SamenwerkingVragenInput!) {
  samenwerkingVragen(input: $input) { id status vanTitel naarTitel bericht }
}`;
const BEANTWOORDEN = `mutation($id: ID!, $aannemen: Boolean!, $antwoord: String) {
  samenwerkingBeantwoorden(id: $id, aannemen: $aannemen, antwoord: $antwoord) { id status antwoord }
}`;

describe('Samenwerking tussen initiatieven', () => {
  let ctx: TestContext;
  let o: Opzet;
  let buurBuurtId: string;
  let verreBuurtId: string;
  let hier: { id: string; token: string };
  let buur: { id: string; token: string };
  let ver: { id: string; token: string };
  let concept: { id: string; token: string };

  /** An initiative granted to its own initiator (a resident with this address). */
  async function toegekend(titel: string, beschrijving: string, buurtId: string, email: string) {
    const token = await ctx.tokenFor(Rol.BEWONER, { email, name: `Initiatiefnemer ${titel}` });
    const { id } = await opslaan(ctx, token, initiatiefInput(o, 10_000, 2_000, { titel, beschrijving, buurtIds: [buurtId] }));
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
    return { id, token };
  }

  const mails = (soort: string) =>
    ctx.dataSource.query<Array<{ aan: string; onderwerp: string; tekst: string }>>(
      'SELECT aan, onderwerp, tekst FROM uitgaande_mail WHERE soort = $1 ORDER BY aangemaakt_op',
      [soort],
    );

  beforeAll(async () => {
    ctx = await testContext();
    o = await zetOp(ctx, 10_000_000);
    const buurtId = async (sql: string) => {
      const [{ code }] = await ctx.dataSource.query<Array<{ code: string }>>(sql);
      return (await ctx.gqlOk<{ buurt: { id: string } }>('query($c: String!) { buurt(code: $c) { id } }', { c: code })).buurt.id;
    };
    const stadsdeel = `(SELECT w.stadsdeel_id FROM buurt b JOIN wijk w ON w.id = b.wijk_id WHERE b.code = 'BU09171001')`;
    buurBuurtId = await buurtId(
      `SELECT b.code FROM buurt b JOIN wijk w ON w.id = b.wijk_id WHERE w.stadsdeel_id = ${stadsdeel} AND b.code <> 'BU09171001' ORDER BY b.code LIMIT 1`,
    );
    verreBuurtId = await buurtId(
      `SELECT b.code FROM buurt b JOIN wijk w ON w.id = b.wijk_id WHERE w.stadsdeel_id IS DISTINCT FROM ${stadsdeel} ORDER BY b.code LIMIT 1`,
    );
    hier = await toegekend(
      'Speeltuin opknappen',
      'De speeltuin aan de Kerkstraat schilderen en zandbakken maken.',
      o.buurtId,
      'hier@example.org',
    );
    buur = await toegekend(
      'Speeltuinen vergroenen',
      'Bomen en struiken bij de speeltuinen planten.',
      buurBuurtId,
      'buur@example.org',
    );
    ver = await toegekend('Speeltuin in het park', 'Een nieuwe speeltuin in het stadspark.', verreBuurtId, 'ver@example.org');
    const conceptToken = await ctx.tokenFor(Rol.BEWONER, { email: 'concept@example.org', name: 'Cas Concept' });
    const c = await opslaan(
      ctx,
      conceptToken,
      initiatiefInput(o, 10_000, 2_000, { titel: 'Speeltuin voor peuters', beschrijving: 'Een kleine speeltuin bij de crèche.' }),
    );
    concept = { id: c.id, token: conceptToken };
  });
  afterAll(() => ctx.close());

  it('stelt bij een concept vergelijkbare openbare initiatieven voor: eerst in de eigen buurt, dan in de buurt (stadsdeel)', async () => {
    const { vergelijkbareInitiatieven: v } = await ctx.gqlOk<{
      vergelijkbareInitiatieven: Array<{ id: string; titel: string; zelfdeBuurt: boolean; status: string }>;
    }>(VERGELIJKBAAR, { tekst: 'Een nieuwe speeltuin maken', buurtId: o.buurtId });
    // Stemming: "speeltuinen" matches "speeltuin". The draft of someone else is not public; the far stadsdeel is not nearby.
    expect(v.map((x) => [x.titel, x.zelfdeBuurt])).toEqual([
      ['Speeltuin opknappen', true],
      ['Speeltuinen vergroenen', false],
    ]);
    expect(v.every((x) => x.status === 'TOEGEKEND')).toBe(true);
    expect(JSON.stringify(v)).not.toContain('@example.org');
  });

  it('laat een initiatiefnemer om samenwerking vragen; de ander krijgt een mail zonder het adres van de vrager', async () => {
    const { samenwerkingVragen } = await ctx.gqlOk<{ samenwerkingVragen: { id: string; status: string; naarTitel: string } }>(
      VRAGEN,
      { input: { vanInitiatiefId: concept.id, naarInitiatiefId: hier.id, bericht: 'Zullen we samen één speeltuinplan maken?' } },
      concept.token,
    );
    expect(samenwerkingVragen).toMatchObject({ status: 'GEVRAAGD', naarTitel: 'Speeltuin opknappen' });
    const [mail] = await mails('SAMENWERKING_GEVRAAGD');
    expect(mail.aan).toBe('hier@example.org');
    expect(mail.tekst).toContain('Zullen we samen één speeltuinplan maken?');
    expect(mail.tekst).not.toContain('concept@example.org');

    // The receiver sees it among theirs (received), the asker among theirs (asked).
    const ontvangen = await ctx.gqlOk<{ mijnSamenwerkingsverzoeken: Array<{ ontvangen: boolean; vanTitel: string }> }>(
      '{ mijnSamenwerkingsverzoeken { ontvangen vanTitel } }',
      {},
      hier.token,
    );
    expect(ontvangen.mijnSamenwerkingsverzoeken).toEqual([{ ontvangen: true, vanTitel: 'Speeltuin voor peuters' }]);

    // Accepting: the asker hears it through the platform, never the receiver's address.
    const { samenwerkingBeantwoorden } = await ctx.gqlOk<{ samenwerkingBeantwoorden: { status: string } }>(
      BEANTWOORDEN,
      { id: samenwerkingVragen.id, aannemen: true, antwoord: 'Graag! Bel de buurtregisseur voor een afspraak.' },
      hier.token,
    );
    expect(samenwerkingBeantwoorden.status).toBe('AANGENOMEN');
    const [antwoord] = await mails('SAMENWERKING_AANGENOMEN');
    expect(antwoord.aan).toBe('concept@example.org');
    expect(antwoord.tekst).toContain('Graag!');
    expect(antwoord.tekst).not.toContain('hier@example.org');
    // Answered once only.
    expect(foutcodes(await ctx.gql(BEANTWOORDEN, { id: samenwerkingVragen.id, aannemen: false }, hier.token))).toEqual([
      'ONGELDIGE_STATUSOVERGANG',
    ]);
  });

  it('weigert vragen namens andermans initiatief, aan een niet-openbaar initiatief, of aan zichzelf', async () => {
    const vreemde = await ctx.tokenFor(Rol.BEWONER);
    expect(
      foutcodes(
        await ctx.gql(VRAGEN, { input: { vanInitiatiefId: concept.id, naarInitiatiefId: buur.id, bericht: 'Hoi' } }, vreemde),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      foutcodes(
        await ctx.gql(VRAGEN, { input: { vanInitiatiefId: hier.id, naarInitiatiefId: concept.id, bericht: 'Hoi' } }, hier.token),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      foutcodes(
        await ctx.gql(VRAGEN, { input: { vanInitiatiefId: hier.id, naarInitiatiefId: hier.id, bericht: 'Hoi' } }, hier.token),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('maakt van twee gelijktijdige vragen één verzoek en één mail, en laat alleen de ontvanger antwoorden', async () => {
    const vraag = () =>
      ctx.gql(
        VRAGEN,
        { input: { vanInitiatiefId: hier.id, naarInitiatiefId: ver.id, bericht: 'Samen een speeltuinendag?' } },
        hier.token,
      );
    const uitkomsten = await Promise.all([vraag(), vraag()]);
    expect(uitkomsten.map(foutcodes).sort()).toEqual([[], ['BAD_USER_INPUT']]);
    const gelukt = uitkomsten.find((u) => !u.errors)!.data as { samenwerkingVragen: { id: string } };
    expect((await mails('SAMENWERKING_GEVRAAGD')).filter((m) => m.aan === 'ver@example.org')).toHaveLength(1);

    // The asker cannot answer their own request; it does not even exist for them as a receiver.
    expect(foutcodes(await ctx.gql(BEANTWOORDEN, { id: gelukt.samenwerkingVragen.id, aannemen: true }, hier.token))).toEqual([
      'NOT_FOUND',
    ]);
    // Two answers at once (two tabs): one wins, the other is told it was answered already.
    const antwoorden = await Promise.all([
      ctx.gql(BEANTWOORDEN, { id: gelukt.samenwerkingVragen.id, aannemen: false, antwoord: 'Nee, dank je.' }, ver.token),
      ctx.gql(BEANTWOORDEN, { id: gelukt.samenwerkingVragen.id, aannemen: true }, ver.token),
    ]);
    expect(antwoorden.map(foutcodes).flat()).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    const berichten = [...(await mails('SAMENWERKING_AANGENOMEN')), ...(await mails('SAMENWERKING_AFGESLAGEN'))].filter(
      (m) => m.aan === 'hier@example.org',
    );
    expect(berichten).toHaveLength(1);
  });
});
