/**
 * The decision term through the API (docs/domein.md, invariant 5): going on without an aanvulling
 * and not handling a request (Awb 4:5), the suspension (Awb 4:15), a delay notice (Awb 4:14), the
 * notice of default and the penalty (Awb 4:17-4:18). The clock cannot move in a test, so a file is
 * put back in time with SQL on its own dates; everything else goes through GraphQL.
 */
import { amsterdamseDatum, dagenTussen, plusDagen, Rol } from '@buurtwerk/core';
import {
  aanvullenUiterlijk,
  beslissenUiterlijk,
  type GelijkgesteldeDagen,
  GelijkgesteldeDagenService,
  opgeschorteDagen,
  termijnEinde,
} from '@buurtwerk/subsidieregels';
import { dwangsomStand } from '../../../libs/initiatives/src/dwangsom.rules';
import { datumVoluit } from '@buurtwerk/initiatives';
import { type GqlAntwoord, type TestContext, testContext } from '../../../test/harness';
import { databaseId } from './buurtpanel.helpers';
import { initiatiefInput, type Opzet, opslaan, plafondStand, zetOp } from './initiatieven.helpers';

const VELDEN = `
  id status beslissenUiterlijk aanvullenUiterlijk termijnStatus opgeschortTot ingebrekestellingMogelijk
  aanvragen { id gereserveerdBedrag }
  verdaging { oorspronkelijkeTermijn nieuweTermijn motivering }
  dwangsom { ingebrekestellingOntvangen verschuldigdVanaf fase dagen bedrag laatsteDag vaststellenUiterlijk besluit { verschuldigd bedrag motivering genomenDoor } }
  besluit { uitkomst motivering bezwaarMogelijkTot dwangsom { dagen bedrag fase } }
  historie { van naar toelichting }
`;

interface Dossier {
  id: string;
  status: string;
  beslissenUiterlijk: string | null;
  aanvullenUiterlijk: string | null;
  termijnStatus: string | null;
  opgeschortTot: string | null;
  ingebrekestellingMogelijk: boolean;
  aanvragen: Array<{ id: string; gereserveerdBedrag: number | null }>;
  verdaging: { oorspronkelijkeTermijn: string; nieuweTermijn: string; motivering: string } | null;
  dwangsom: {
    ingebrekestellingOntvangen: string;
    verschuldigdVanaf: string;
    fase: string;
    dagen: number;
    bedrag: number;
    laatsteDag: string | null;
    vaststellenUiterlijk: string | null;
    besluit: { verschuldigd: boolean; bedrag: number; motivering: string; genomenDoor: string } | null;
  } | null;
  besluit: {
    uitkomst: string;
    motivering: string;
    bezwaarMogelijkTot: string;
    dwangsom: { dagen: number; bedrag: number; fase: string } | null;
  } | null;
  historie: Array<{ van: string | null; naar: string; toelichting: string | null }>;
}

const codes = (res: GqlAntwoord) => (res.errors ?? []).map((e) => e.extensions?.code);

describe('Beslistermijn: aanvulling, verdaging, ingebrekestelling en dwangsom (Awb 4:5, 4:14, 4:15, 4:17, 4:18)', () => {
  let ctx: TestContext;
  let o: Opzet;
  let bewoner: string;
  let ander: string;
  let regisseur: string;
  let beleid: string;
  let vrij: GelijkgesteldeDagen;
  const vandaag = () => amsterdamseDatum(new Date());

  beforeAll(async () => {
    ctx = await testContext();
    o = await zetOp(ctx, 10_000_000);
    bewoner = await ctx.tokenFor(Rol.BEWONER, { name: 'Anna Aanvrager', email: 'anna@example.nl' });
    ander = await ctx.tokenFor(Rol.BEWONER, { name: 'Bert Buur' });
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { name: 'Rita Regisseur' });
    beleid = o.beleid;
    vrij = await ctx.app.get(GelijkgesteldeDagenService).voorTermijnen(ctx.dataSource.manager);
  });
  afterAll(() => ctx.close());

  const lees = async (id: string, token = beleid) =>
    (await ctx.gqlOk<{ node: Dossier }>(`query($id: ID!) { node(id: $id) { ... on Initiatief { ${VELDEN} } } }`, { id }, token))
      .node;

  const sql = (query: string, params: unknown[]) => ctx.dataSource.query(query, params);

  async function ingediend(titel: string): Promise<Dossier> {
    const concept = await opslaan(ctx, bewoner, initiatiefInput(o, 40_000, 10_000, { titel }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, bewoner);
    return lees(concept.id);
  }

  async function inBehandeling(titel: string): Promise<Dossier> {
    const i = await ingediend(titel);
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: i.id }, beleid);
    return lees(i.id);
  }

  const aanvullingVragen = (id: string, dagen = 14) =>
    ctx.gqlOk(
      'mutation($id: ID!, $d: Int!) { aanvullingVragen(id: $id, toelichting: "Stuur de begroting mee.", termijnDagen: $d) { id } }',
      { id, d: dagen },
      beleid,
    );

  const doorgaan = (id: string, reden: string, token = regisseur) =>
    ctx.gql('mutation($id: ID!, $r: String!) { doorgaanZonderAanvulling(id: $id, reden: $r) { id } }', { id, r: reden }, token);

  const buitenBehandeling = (id: string, token = beleid) =>
    ctx.gql(
      'mutation($id: ID!) { buitenBehandelingStellen(id: $id, motivering: "De begroting is niet binnen de gestelde termijn gekomen; zonder begroting kunnen we de aanvraag niet beoordelen.") { id } }',
      { id },
      token,
    );

  const verdagen = (
    id: string,
    tot: string,
    token = regisseur,
    motivering = 'Het advies van de wijkagent over de veiligheid is nog niet binnen.',
  ) =>
    ctx.gql(
      'mutation($id: ID!, $tot: Date!, $m: String!) { beslistermijnVerdagen(id: $id, nieuweTermijn: $tot, motivering: $m) { id } }',
      { id, tot, m: motivering },
      token,
    );

  const inGebrekeStellen = (id: string, token = bewoner) =>
    ctx.gql('mutation($id: ID!) { ingebrekestellingIndienen(id: $id) { id } }', { id }, token);

  const besluiten = (id: string) =>
    ctx.gql(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { id } }',
      {
        input: {
          initiatiefId: id,
          uitkomst: 'AFGEWEZEN',
          motivering: 'Het plan past niet in de regeling, want de activiteit is commercieel.',
        },
      },
      beleid,
    );

  const dwangsomVaststellen = (id: string, token = beleid) =>
    ctx.gql(
      'mutation($id: ID!) { dwangsomVaststellen(id: $id, verschuldigd: true, motivering: "We hebben te laat beslist; de wettelijke dwangsom is verschuldigd.") { id } }',
      { id },
      token,
    );

  /** The decision letters of a kind (besluit.soort) on the initiative, as stored and sent. */
  const brieven = async (id: string, soort: string) =>
    (await sql(
      `SELECT b.html FROM brief b JOIN besluit d ON d.id = b.besluit_id
        WHERE b.initiatief_id = $1 AND d.soort = $2 ORDER BY b.datum DESC`,
      [databaseId(id), soort],
    )) as Array<{ html: string }>;
  const mails = async (id: string, soort: string) =>
    (await sql('SELECT aan, onderwerp, tekst FROM uitgaande_mail WHERE referentie_id = $1 AND soort = $2', [
      databaseId(id),
      soort,
    ])) as Array<{
      aan: string;
      onderwerp: string;
      tekst: string;
    }>;

  describe('Awb 4:5 en 4:15: aanvulling', () => {
    it('Awb 4:15: tijdens de aanvullingstermijn staat de termijn in de werkvoorraad als opgeschort, niet als verlopen', async () => {
      const i = await inBehandeling('Opgeschort');
      await aanvullingVragen(i.id);
      const d = await lees(i.id);
      const uiterlijk = aanvullenUiterlijk(vandaag(), 14, vrij);
      expect(d.status).toBe('AANVULLING_GEVRAAGD');
      expect(d.termijnStatus).toBe('OPGESCHORT');
      expect(d.opgeschortTot).toBe(uiterlijk);
      // The deadline as it will be when the term passes unused (the longest suspension).
      expect(d.beslissenUiterlijk).toBe(beslissenUiterlijk(vandaag(), 8, opgeschorteDagen(vandaag(), uiterlijk, null), vrij));
      // Even a deadline that lies in the past is not overdue while the term stands still.
      await sql('UPDATE initiatief SET beslissen_uiterlijk = $2 WHERE id = $1', [databaseId(i.id), plusDagen(vandaag(), -3)]);
      const { initiatieven } = await ctx.gqlOk<{
        initiatieven: { edges: Array<{ node: { id: string; termijnStatus: string; opgeschortTot: string } }> };
      }>(
        '{ initiatieven(status: [AANVULLING_GEVRAAGD], first: 50) { edges { node { id termijnStatus opgeschortTot } } } }',
        {},
        regisseur,
      );
      expect(initiatieven.edges.find((e) => e.node.id === i.id)?.node).toMatchObject({
        termijnStatus: 'OPGESCHORT',
        opgeschortTot: uiterlijk,
      });
      // Once the aanvulling term passed unused the term runs again (and here it is overdue).
      await sql('UPDATE initiatief SET aanvullen_uiterlijk = $2 WHERE id = $1', [databaseId(i.id), plusDagen(vandaag(), -1)]);
      expect(await lees(i.id)).toMatchObject({ termijnStatus: 'VERLOPEN', opgeschortTot: null });
    });

    it('Awb 4:15 (issue 17): een te late aanvulling schort niet langer op dan de aanvullingstermijn', async () => {
      const i = await inBehandeling('Te laat aangevuld');
      await aanvullingVragen(i.id);
      // Asked 60 days ago, with a term that ended 46 days ago; the applicant supplies today.
      const gevraagd = plusDagen(vandaag(), -60);
      const uiterlijk = aanvullenUiterlijk(gevraagd, 14, vrij);
      await sql('UPDATE initiatief SET opgeschort_sinds = $2, aanvullen_uiterlijk = $3 WHERE id = $1', [
        databaseId(i.id),
        gevraagd,
        uiterlijk,
      ]);
      await ctx.gqlOk(
        'mutation($id: ID!, $input: InitiatiefInput!) { aanvullingAanleveren(id: $id, input: $input) { id } }',
        { id: i.id, input: initiatiefInput(o, 40_000, 10_000, { titel: 'Te laat aangevuld' }) },
        bewoner,
      );
      const d = await lees(i.id);
      const dagen = opgeschorteDagen(gevraagd, uiterlijk, vandaag());
      // The whole aanvulling term (14 days, more when it ended on a day off), not the 60 days to today.
      expect(dagen).toBe(dagenTussen(gevraagd, uiterlijk));
      expect(dagen).toBeLessThan(20);
      const [{ dagen_opgeschort }] = (await sql('SELECT dagen_opgeschort FROM initiatief WHERE id = $1', [
        databaseId(i.id),
      ])) as Array<{ dagen_opgeschort: number }>;
      expect(dagen_opgeschort).toBe(dagen);
      expect(d.beslissenUiterlijk).toBe(beslissenUiterlijk(vandaag(), 8, dagen, vrij));
      expect(d).toMatchObject({ status: 'IN_BEHANDELING', termijnStatus: expect.any(String), opgeschortTot: null });
    });

    it('Awb 4:5: een medewerker behandelt verder zonder aanvulling, met een reden die in het dossier en de mail staat', async () => {
      const i = await inBehandeling('Doorgaan');
      const zonder = i.beslissenUiterlijk;
      await aanvullingVragen(i.id);
      // Refusals: a resident, a reason that is no reason, the wrong moment.
      expect(codes(await doorgaan(i.id, 'De begroting in het dossier is genoeg.', bewoner))).toEqual(['FORBIDDEN']);
      expect(codes(await doorgaan(i.id, '.'))).toEqual(['BAD_USER_INPUT']);
      const reden = 'De begroting in het dossier is genoeg om over de aanvraag te beslissen.';
      expect(codes(await doorgaan(i.id, reden))).toEqual([]);
      const d = await lees(i.id);
      expect(d.status).toBe('IN_BEHANDELING');
      expect(d.historie.at(-1)).toEqual({ van: 'AANVULLING_GEVRAAGD', naar: 'IN_BEHANDELING', toelichting: reden });
      // Awb 4:15: asked and went on the same day: nothing was suspended.
      expect(d.beslissenUiterlijk).toBe(zonder);
      expect(d.termijnStatus).not.toBe('OPGESCHORT');
      expect((await mails(i.id, 'INITIATIEF_DOORGAAN_ZONDER_AANVULLING'))[0]).toMatchObject({
        aan: 'anna@example.nl',
        tekst: expect.stringContaining(reden),
      });
      expect(codes(await doorgaan(i.id, reden))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    });

    it('Awb 4:5: buiten behandeling stellen kan pas na de ongebruikte aanvullingstermijn, door wie mag besluiten, en geeft de reservering vrij', async () => {
      const i = await inBehandeling('Buiten behandeling');
      await aanvullingVragen(i.id);
      const voor = await plafondStand(ctx);
      expect((await lees(i.id)).aanvragen[0].gereserveerdBedrag).toBe(40_000);
      // Not through besluitNemen: Awb 4:5 has its own act and moment.
      const viaBesluit = await ctx.gql(
        'mutation($input: BesluitInput!) { besluitNemen(input: $input) { id } }',
        {
          input: {
            initiatiefId: i.id,
            uitkomst: 'BUITEN_BEHANDELING',
            motivering: 'De begroting ontbreekt nog steeds in het dossier.',
          },
        },
        beleid,
      );
      expect(viaBesluit.errors?.[0].extensions?.velden?.[0].veld).toBe('input.uitkomst');
      // Too early: the applicant may still supply.
      const teVroeg = await buitenBehandeling(i.id);
      expect(codes(teVroeg)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
      expect(teVroeg.errors![0].message).toContain('nog aanvullen tot en met');
      // The aanvulling term passed unused.
      const gevraagd = plusDagen(vandaag(), -20);
      const uiterlijk = plusDagen(vandaag(), -2);
      await sql('UPDATE initiatief SET opgeschort_sinds = $2, aanvullen_uiterlijk = $3 WHERE id = $1', [
        databaseId(i.id),
        gevraagd,
        uiterlijk,
      ]);
      expect(codes(await buitenBehandeling(i.id, regisseur))).toEqual(['FORBIDDEN']);
      expect(
        codes(
          await ctx.gql(
            'mutation($id: ID!) { buitenBehandelingStellen(id: $id, motivering: "ok") { id } }',
            { id: i.id },
            beleid,
          ),
        ),
      ).toEqual(['BAD_USER_INPUT']);
      expect(codes(await buitenBehandeling(i.id))).toEqual([]);
      const d = await lees(i.id, bewoner);
      expect(d.status).toBe('BUITEN_BEHANDELING');
      expect(d.besluit).toMatchObject({ uitkomst: 'BUITEN_BEHANDELING', motivering: expect.stringContaining('begroting') });
      expect(d.besluit!.bezwaarMogelijkTot > vandaag()).toBe(true);
      expect(d.termijnStatus).toBeNull();
      // The reservation is released in the same transaction.
      expect(d.aanvragen[0].gereserveerdBedrag).toBe(0);
      expect((await plafondStand(ctx)).gereserveerd).toBe(voor.gereserveerd - 40_000);
      // Awb 4:15: suspended until the term passed unused, not until today.
      const [{ dagen_opgeschort }] = (await sql('SELECT dagen_opgeschort FROM initiatief WHERE id = $1', [
        databaseId(i.id),
      ])) as Array<{ dagen_opgeschort: number }>;
      expect(dagen_opgeschort).toBe(opgeschorteDagen(gevraagd, uiterlijk, null));
      // The decision letter carries the reason and the objection notice (Awb 3:45, 3:46).
      const [brief] = await brieven(i.id, 'BUITEN_BEHANDELING');
      expect(brief.html).toContain('artikel 4:5');
      expect(brief.html).toContain('begroting');
      expect(brief.html).toMatch(/bezwaar/i);
      // An end status: nothing more to supply, and not twice.
      const laat = await ctx.gql(
        'mutation($id: ID!, $input: InitiatiefInput!) { aanvullingAanleveren(id: $id, input: $input) { id } }',
        { id: i.id, input: initiatiefInput(o, 40_000, 10_000) },
        bewoner,
      );
      expect(codes(laat)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
      expect(codes(await buitenBehandeling(i.id))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    });
  });

  describe('Awb 4:14: verdaging', () => {
    it('Awb 4:14 lid 3: verdaagt vóór het einde van de termijn; het dossier houdt beide termijnen en de aanvrager ziet ze en krijgt een mail', async () => {
      const i = await inBehandeling('Verdaagd');
      const oud = i.beslissenUiterlijk!;
      const nieuw = plusDagen(oud, 21);
      expect(codes(await verdagen(i.id, nieuw, bewoner))).toEqual(['FORBIDDEN']);
      expect(codes(await verdagen(i.id, nieuw, regisseur, '.'))).toEqual(['BAD_USER_INPUT']);
      const tevroeg = await verdagen(i.id, oud);
      expect(codes(tevroeg)).toEqual(['BAD_USER_INPUT']);
      expect(tevroeg.errors![0].extensions?.velden?.[0].veld).toBe('nieuweTermijn');
      expect(codes(await verdagen(i.id, plusDagen(oud, 60)))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await verdagen(i.id, nieuw))).toEqual([]);
      const { mijnInitiatieven } = await ctx.gqlOk<{ mijnInitiatieven: Dossier[] }>(
        `{ mijnInitiatieven { ${VELDEN} } }`,
        {},
        bewoner,
      );
      const d = mijnInitiatieven.find((x) => x.id === i.id)!;
      const verwacht = termijnEinde(nieuw, vrij);
      expect(d.beslissenUiterlijk).toBe(verwacht);
      expect(d.verdaging).toEqual({
        oorspronkelijkeTermijn: oud,
        nieuweTermijn: verwacht,
        motivering: expect.stringContaining('wijkagent'),
      });
      // The delay notice is a letter (HTML and PDF, through the applicant's channel), mailed with its PDF.
      const [mail] = (await sql(
        `SELECT m.aan, m.tekst FROM uitgaande_mail m JOIN brief b ON b.id = m.referentie_id
          WHERE b.initiatief_id = $1 AND b.soort = 'VERDAGING'`,
        [databaseId(i.id)],
      )) as Array<{ aan: string; tekst: string }>;
      expect(mail.aan).toBe('anna@example.nl');
      expect(mail.tekst).toContain(`Wij zouden uiterlijk op ${datumVoluit(oud)} beslissen`);
      expect(mail.tekst).toContain(`Dat wordt nu uiterlijk ${datumVoluit(verwacht)} (artikel 4:14 Awb)`);
      expect(mail.tekst).toContain('wijkagent');
      // A second delay keeps the original term.
      expect(codes(await verdagen(i.id, plusDagen(verwacht, 7)))).toEqual([]);
      expect((await lees(i.id)).verdaging!.oorspronkelijkeTermijn).toBe(oud);
    });

    it('Awb 4:14 lid 3: weigert verdagen na het einde van de termijn en tijdens een aanvulling', async () => {
      const i = await inBehandeling('Te laat verdaagd');
      await sql('UPDATE initiatief SET beslissen_uiterlijk = $2 WHERE id = $1', [databaseId(i.id), plusDagen(vandaag(), -1)]);
      const res = await verdagen(i.id, plusDagen(vandaag(), 14));
      expect(codes(res)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
      expect(res.errors![0].message).toContain('Awb 4:14');
      expect((await lees(i.id)).verdaging).toBeNull();
      const j = await inBehandeling('Verdagen tijdens aanvulling');
      await aanvullingVragen(j.id);
      expect(codes(await verdagen(j.id, plusDagen(j.beslissenUiterlijk!, 30)))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    });

    it('verdaging en besluit tegelijk: het besluit staat altijd, de verdaging alleen als zij eerst kwam', async () => {
      for (let n = 0; n < 4; n++) {
        const i = await inBehandeling(`Race ${n}`);
        const [v, b] = await Promise.all([verdagen(i.id, plusDagen(i.beslissenUiterlijk!, 14)), besluiten(i.id)]);
        expect(codes(b)).toEqual([]);
        const d = await lees(i.id);
        expect(d.status).toBe('AFGEWEZEN');
        if (codes(v).length === 0) {
          expect(d.verdaging).not.toBeNull();
        } else {
          expect(codes(v)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
          expect(d.verdaging).toBeNull();
        }
      }
    });
  });

  describe('Awb 4:17 en 4:18: ingebrekestelling en dwangsom', () => {
    it('Awb 4:17: alleen de aanvrager, alleen na de termijn, maar één keer; de werkvoorraad meldt het', async () => {
      const i = await inBehandeling('In gebreke');
      expect((await lees(i.id, bewoner)).ingebrekestellingMogelijk).toBe(false);
      const teVroeg = await inGebrekeStellen(i.id);
      expect(codes(teVroeg)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
      expect(teVroeg.errors![0].message).toContain('tot en met');
      await sql('UPDATE initiatief SET beslissen_uiterlijk = $2 WHERE id = $1', [databaseId(i.id), plusDagen(vandaag(), -1)]);
      expect((await lees(i.id, bewoner)).ingebrekestellingMogelijk).toBe(true);
      expect((await lees(i.id, beleid)).ingebrekestellingMogelijk).toBe(false);
      expect(codes(await inGebrekeStellen(i.id, ander))).toEqual(['FORBIDDEN']);
      expect(codes(await inGebrekeStellen(i.id, regisseur))).toEqual(['FORBIDDEN']);
      // Two notices at once: exactly one is received.
      const [a, b] = await Promise.all([inGebrekeStellen(i.id), inGebrekeStellen(i.id)]);
      expect([codes(a), codes(b)].sort()).toEqual([[], ['ONGELDIGE_STATUSOVERGANG']]);
      const d = await lees(i.id);
      expect(d.termijnStatus).toBe('IN_GEBREKE');
      expect(d.ingebrekestellingMogelijk).toBe(false);
      expect(d.dwangsom).toMatchObject({ ingebrekestellingOntvangen: vandaag(), fase: 'WACHTTIJD', dagen: 0, bedrag: 0 });
      expect(d.dwangsom!.verschuldigdVanaf > plusDagen(vandaag(), 14)).toBe(true);
      expect(await mails(i.id, 'INITIATIEF_INGEBREKESTELLING')).toHaveLength(1);
      const { initiatieven } = await ctx.gqlOk<{
        initiatieven: { edges: Array<{ node: { id: string; termijnStatus: string } }> };
      }>('{ initiatieven(first: 100) { edges { node { id termijnStatus } } } }', {}, regisseur);
      expect(initiatieven.edges.find((e) => e.node.id === i.id)?.node.termijnStatus).toBe('IN_GEBREKE');
    });

    it('Awb 4:15 en 4:17: geen ingebrekestelling zolang de termijn voor een aanvulling stilstaat', async () => {
      const i = await inBehandeling('Opgeschort in gebreke');
      await aanvullingVragen(i.id);
      await sql('UPDATE initiatief SET beslissen_uiterlijk = $2 WHERE id = $1', [databaseId(i.id), plusDagen(vandaag(), -1)]);
      const res = await inGebrekeStellen(i.id);
      expect(codes(res)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
      expect(res.errors![0].message).toContain('Awb 4:15');
    });

    it('Awb 4:17 lid 2 en 4:18: de dwangsom loopt, stopt bij het besluit, staat in het besluit en wordt één keer vastgesteld', async () => {
      const i = await inBehandeling('Dwangsom');
      await sql('UPDATE initiatief SET beslissen_uiterlijk = $2 WHERE id = $1', [databaseId(i.id), plusDagen(vandaag(), -40)]);
      expect(codes(await inGebrekeStellen(i.id))).toEqual([]);
      // Received 30 days ago.
      const ontvangen = plusDagen(vandaag(), -30);
      await sql('UPDATE initiatief SET ingebrekestelling_ontvangen = $2 WHERE id = $1', [databaseId(i.id), ontvangen]);
      const loopt = dwangsomStand(ontvangen, null, vandaag(), vrij);
      expect(loopt.fase).toBe('LOOPT');
      const d = await lees(i.id, bewoner);
      expect(d.dwangsom).toMatchObject({
        fase: 'LOOPT',
        dagen: loopt.dagen,
        bedrag: loopt.bedrag,
        verschuldigdVanaf: loopt.verschuldigdVanaf,
      });
      // Not while it runs; not by a buurtregisseur.
      const nogNiet = await dwangsomVaststellen(i.id);
      expect(codes(nogNiet)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
      expect(codes(await dwangsomVaststellen(i.id, regisseur))).toEqual(['FORBIDDEN']);
      // The decision stops it today (today not counted).
      expect(codes(await besluiten(i.id))).toEqual([]);
      const gestopt = dwangsomStand(ontvangen, vandaag(), vandaag(), vrij);
      const na = await lees(i.id, bewoner);
      expect(na.dwangsom).toMatchObject({
        fase: 'GESTOPT',
        dagen: gestopt.dagen,
        bedrag: gestopt.bedrag,
        vaststellenUiterlijk: gestopt.vaststellenUiterlijk,
      });
      expect(na.besluit!.dwangsom).toEqual({ fase: 'GESTOPT', dagen: gestopt.dagen, bedrag: gestopt.bedrag });
      expect(gestopt.bedrag).toBeGreaterThan(0);
      // Awb 4:18: the decision on the penalty, once.
      expect(codes(await dwangsomVaststellen(i.id))).toEqual([]);
      const vastgesteld = await lees(i.id, bewoner);
      expect(vastgesteld.dwangsom!.besluit).toMatchObject({
        verschuldigd: true,
        bedrag: gestopt.bedrag,
        genomenDoor: 'Bea Beleid',
      });
      expect((await brieven(i.id, 'DWANGSOM'))[0].html).toContain('dwangsom van');
      expect(codes(await dwangsomVaststellen(i.id))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    });
  });
});
