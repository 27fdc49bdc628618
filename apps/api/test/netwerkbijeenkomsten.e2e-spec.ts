import { Rol, UitgaandeMailVerzender } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { AANMELDEN, type Aanmelding, aanmeldenEnBevestigen, aanmeldenZonderBevestigen, BEVESTIGEN } from './aanmelden.helpers';

const PLANNEN = `mutation($input: NetwerkbijeenkomstInput!) {
  netwerkbijeenkomstPlannen(input: $input) {
    id titel status capaciteit aantalAanmeldingen plaatsenBeschikbaar aantalOpWachtlijst buurt { id naam }
  }
}`;
const AFMELDEN = `mutation($id: ID!, $code: String!) { afmelden(aanmeldingId: $id, afmeldcode: $code) { id status wachtlijstPositie afmeldcode } }`;
const TELLING = `query($id: ID!) { node(id: $id) { ... on Netwerkbijeenkomst { status aantalAanmeldingen plaatsenBeschikbaar aantalOpWachtlijst } } }`;

describe('Netwerkbijeenkomsten: plannen, aanmelden en wachtlijst (invariant 9)', () => {
  let ctx: TestContext;
  let regisseur: string;
  let buurten: Array<{ id: string; naam: string }>;
  let volgende = 0;
  const vorigeInterval = process.env.MAIL_INTERVAL_MS;

  /** Every meeting needs its own buurt (rotation rule): hand them out one by one. */
  const nieuweBuurt = () => buurten[volgende++];

  const plannen = async (overrides: Record<string, unknown> = {}) => {
    const input = {
      titel: 'Netwerkbijeenkomst voorjaar',
      thema: 'Samen sterker in de buurt',
      begin: '2030-03-15T19:00:00+01:00',
      eind: '2030-03-15T21:30:00+01:00',
      buurtId: nieuweBuurt().id,
      locatie: 'Buurthuis, Kerkstraat 1',
      capaciteit: 50,
      ...overrides,
    };
    return (await ctx.gqlOk<{ netwerkbijeenkomstPlannen: { id: string; buurt: { id: string } } }>(PLANNEN, { input }, regisseur))
      .netwerkbijeenkomstPlannen;
  };

  /** Signs up and follows the link in the mail (as a resident does). */
  const aanmelden = (bijeenkomstId: string, email: string, extra: Record<string, unknown> = {}) =>
    aanmeldenEnBevestigen(ctx, { bijeenkomstId, naam: `Deelnemer ${email}`, email, rol: 'bewoner', ...extra });
  /** Only the form: the answer is TE_BEVESTIGEN whatever the address's history. */
  const alleenFormulier = (bijeenkomstId: string, email: string) =>
    aanmeldenZonderBevestigen(ctx, { bijeenkomstId, naam: `Deelnemer ${email}`, email, rol: 'bewoner' });

  const telling = async (id: string) =>
    (
      await ctx.gqlOk<{
        node: { status: string; aantalAanmeldingen: number; plaatsenBeschikbaar: number; aantalOpWachtlijst: number };
      }>(TELLING, { id })
    ).node;

  beforeAll(async () => {
    // No timer: the tests below drive the outbox sender themselves.
    process.env.MAIL_INTERVAL_MS = '0';
    ctx = await testContext();
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR);
    buurten = (await ctx.gqlOk<{ buurten: Array<{ id: string; naam: string }> }>('{ buurten { id naam } }')).buurten;
  });
  afterAll(async () => {
    await ctx.close();
    if (vorigeInterval === undefined) {
      delete process.env.MAIL_INTERVAL_MS;
    } else {
      process.env.MAIL_INTERVAL_MS = vorigeInterval;
    }
  });

  describe('plannen', () => {
    it('plant een bijeenkomst die iedereen zonder account ziet', async () => {
      const b = await plannen({ titel: 'Open avond' });
      const { netwerkbijeenkomsten } = await ctx.gqlOk<{
        netwerkbijeenkomsten: Array<{ id: string; titel: string; status: string; plaatsenBeschikbaar: number }>;
      }>('{ netwerkbijeenkomsten(jaar: 2030) { id titel status plaatsenBeschikbaar } }');
      expect(netwerkbijeenkomsten).toContainEqual({ id: b.id, titel: 'Open avond', status: 'GEPLAND', plaatsenBeschikbaar: 50 });
      const ander = await ctx.gqlOk<{ netwerkbijeenkomsten: unknown[] }>('{ netwerkbijeenkomsten(jaar: 2029) { id } }');
      expect(ander.netwerkbijeenkomsten).toEqual([]);
    });

    it('weigert een bijeenkomst in een buurt die al gastbuurt was (GASTBUURT_AL_GEWEEST)', async () => {
      const eerste = await plannen();
      const res = await ctx.gql(
        PLANNEN,
        {
          input: {
            titel: 'Najaar',
            begin: '2030-10-01T19:00:00+02:00',
            eind: '2030-10-01T21:00:00+02:00',
            buurtId: eerste.buurt.id,
            locatie: 'Elders',
            capaciteit: 20,
          },
        },
        regisseur,
      );
      expect(foutcodes(res)).toEqual(['GASTBUURT_AL_GEWEEST']);
    });

    it('laat een buurt weer gastbuurt zijn als de eerdere bijeenkomst daar is geannuleerd', async () => {
      const eerste = await plannen();
      await ctx.gqlOk('mutation($id: ID!) { netwerkbijeenkomstAnnuleren(id: $id) { status } }', { id: eerste.id }, regisseur);
      const res = await ctx.gql(
        PLANNEN,
        {
          input: {
            titel: 'Nieuwe poging',
            begin: '2030-11-01T19:00:00+01:00',
            eind: '2030-11-01T21:00:00+01:00',
            buurtId: eerste.buurt.id,
            locatie: 'Buurthuis',
            capaciteit: 20,
          },
        },
        regisseur,
      );
      expect(res.errors).toBeUndefined();
    });

    it('geeft bij tien gelijktijdige planningen in dezelfde buurt er precies één door', async () => {
      const buurt = nieuweBuurt();
      const antwoorden = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          ctx.gql(
            PLANNEN,
            {
              input: {
                titel: `Gelijktijdig ${i}`,
                begin: '2031-03-01T19:00:00+01:00',
                eind: '2031-03-01T21:00:00+01:00',
                buurtId: buurt.id,
                locatie: 'Buurthuis',
                capaciteit: 30,
              },
            },
            regisseur,
          ),
        ),
      );
      const codes = antwoorden.map((r) => foutcodes(r)[0] ?? 'OK').sort();
      expect(codes).toEqual([...Array<string>(9).fill('GASTBUURT_AL_GEWEEST'), 'OK']);
    });

    it.each([
      ['capaciteit 0', { capaciteit: 0 }, 'input.capaciteit'],
      ['negatieve capaciteit', { capaciteit: -5 }, 'input.capaciteit'],
      ['lege titel', { titel: '' }, 'input.titel'],
      ['titel van alleen spaties', { titel: '   ' }, 'input.titel'],
      ['lege locatie', { locatie: '' }, 'input.locatie'],
      ['titel van 10 kB', { titel: 'x'.repeat(10_240) }, 'input.titel'],
      ['thema van 10 kB', { thema: 'x'.repeat(10_240) }, 'input.thema'],
      ['eind voor begin', { begin: '2030-05-01T21:00:00+02:00', eind: '2030-05-01T19:00:00+02:00' }, 'input.eind'],
      ['eind gelijk aan begin', { begin: '2030-05-01T21:00:00+02:00', eind: '2030-05-01T21:00:00+02:00' }, 'input.eind'],
      ['onbekende buurt', { buurtId: 'QnV1cnQ6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw' }, 'input.buurtId'],
    ])('weigert %s met BAD_USER_INPUT', async (_naam, fout, veld) => {
      const input = {
        titel: 'Bijeenkomst',
        begin: '2030-05-01T19:00:00+02:00',
        eind: '2030-05-01T21:00:00+02:00',
        buurtId: buurten[buurten.length - 1].id,
        locatie: 'Buurthuis',
        capaciteit: 10,
        ...fout,
      };
      const res = await ctx.gql(PLANNEN, { input }, regisseur);
      expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions?.velden?.map((v) => v.veld)).toContain(veld);
    });

    it('laat alleen medewerkers plannen', async () => {
      const input = {
        titel: 'x',
        begin: '2030-05-01T19:00:00+02:00',
        eind: '2030-05-01T21:00:00+02:00',
        buurtId: buurten[0].id,
        locatie: 'x',
        capaciteit: 10,
      };
      expect(foutcodes(await ctx.gql(PLANNEN, { input }))).toEqual(['UNAUTHENTICATED']);
      expect(foutcodes(await ctx.gql(PLANNEN, { input }, await ctx.tokenFor(Rol.BEWONER)))).toEqual(['FORBIDDEN']);
      expect(foutcodes(await ctx.gql(PLANNEN, { input }, await ctx.tokenFor(Rol.PARTNER)))).toEqual(['FORBIDDEN']);
    });
  });

  describe('aanmelden', () => {
    it('geeft bij 200 gelijktijdige aanmeldingen voor 50 plaatsen precies 50 plaatsen en wachtlijstplaatsen 1..150', async () => {
      const b = await plannen({ capaciteit: 50 });
      const antwoorden = await Promise.all(
        Array.from({ length: 200 }, (_, i) => aanmelden(b.id, `gelijktijdig${i}@example.org`)),
      );
      expect(antwoorden.flatMap((r) => foutcodes(r))).toEqual([]);
      const aanmeldingen = antwoorden.map((r) => r.data!.aanmelden);
      expect(aanmeldingen.filter((a) => a.status === 'AANGEMELD')).toHaveLength(50);
      const posities = aanmeldingen
        .filter((a) => a.status === 'WACHTLIJST')
        .map((a) => a.wachtlijstPositie!)
        .sort((x, y) => x - y);
      expect(posities).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
      expect(aanmeldingen.filter((a) => a.status === 'AANGEMELD').every((a) => a.wachtlijstPositie === null)).toBe(true);
      expect(new Set(aanmeldingen.map((a) => a.afmeldcode)).size).toBe(200);
      expect(await telling(b.id)).toEqual({
        status: 'GEPLAND',
        aantalAanmeldingen: 50,
        plaatsenBeschikbaar: 0,
        aantalOpWachtlijst: 150,
      });

      // A cancellation gives exactly the first waiting person the place; the rest moves up one.
      const metPlaats = aanmeldingen.find((a) => a.status === 'AANGEMELD')!;
      const eersteWachtende = aanmeldingen.find((a) => a.wachtlijstPositie === 1)!;
      const tweedeWachtende = aanmeldingen.find((a) => a.wachtlijstPositie === 2)!;
      const af = await ctx.gqlOk<{ afmelden: Aanmelding }>(AFMELDEN, { id: metPlaats.id, code: metPlaats.afmeldcode });
      expect(af.afmelden).toMatchObject({ status: 'AFGEMELD', afmeldcode: null });
      expect(await telling(b.id)).toEqual({
        status: 'GEPLAND',
        aantalAanmeldingen: 50,
        plaatsenBeschikbaar: 0,
        aantalOpWachtlijst: 149,
      });
      const rijen = await ctx.dataSource.query<Array<{ status: string }>>(
        'SELECT status FROM aanmelding WHERE id = ANY($1::uuid[])',
        [[eersteWachtende, tweedeWachtende].map((a) => Buffer.from(a.id, 'base64url').toString().split(':')[1])],
      );
      expect(rijen.map((r) => r.status).sort()).toEqual(['AANGEMELD', 'WACHTLIJST']);
      // Following the link again shows the place now held: first on the waiting list.
      const opnieuw = await ctx.gqlOk<{ aanmeldingBevestigen: Aanmelding }>(BEVESTIGEN, {
        id: tweedeWachtende.id,
        code: tweedeWachtende.afmeldcode,
      });
      expect(opnieuw.aanmeldingBevestigen).toMatchObject({ id: tweedeWachtende.id, status: 'WACHTLIJST', wachtlijstPositie: 1 });
    });

    it('geeft bij gelijktijdig afmelden van alle plaatsen evenveel wachtenden een plaats', async () => {
      const b = await plannen({ capaciteit: 5 });
      const alle: Aanmelding[] = [];
      for (let i = 0; i < 12; i++) {
        alle.push((await aanmelden(b.id, `golf${i}@example.org`)).data!.aanmelden);
      }
      const metPlaats = alle.filter((a) => a.status === 'AANGEMELD');
      const res = await Promise.all(metPlaats.map((a) => ctx.gql(AFMELDEN, { id: a.id, code: a.afmeldcode })));
      expect(res.flatMap((r) => foutcodes(r))).toEqual([]);
      expect(await telling(b.id)).toEqual({
        status: 'GEPLAND',
        aantalAanmeldingen: 5,
        plaatsenBeschikbaar: 0,
        aantalOpWachtlijst: 2,
      });
    });

    it('houdt de tellers op de bijeenkomst gelijk aan de aanmeldingen bij gelijktijdig aanmelden, afmelden en opnieuw aanmelden', async () => {
      const b = await plannen({ capaciteit: 8 });
      const dbId = Buffer.from(b.id, 'base64url').toString().split(':')[1];
      const eerste = await Promise.all(Array.from({ length: 16 }, (_, i) => aanmelden(b.id, `teller${i}@example.org`)));
      expect(eerste.flatMap((r) => foutcodes(r))).toEqual([]);
      const golf1 = eerste.map((r) => r.data!.aanmelden);
      // Three cancel first, so that they can sign up again in the race below (a new place at the back).
      const terug = [golf1.find((a) => a.status === 'AANGEMELD')!, ...golf1.filter((a) => a.status === 'WACHTLIJST').slice(0, 2)];
      for (const a of terug) {
        await ctx.gqlOk(AFMELDEN, { id: a.id, code: a.afmeldcode });
      }
      const nogActief = golf1.filter((a) => !terug.includes(a));
      const race = await Promise.all([
        ...nogActief.slice(0, 5).map((a) => ctx.gql(AFMELDEN, { id: a.id, code: a.afmeldcode })),
        ...nogActief.slice(-3).map((a) => ctx.gql(AFMELDEN, { id: a.id, code: a.afmeldcode })),
        ...Array.from({ length: 12 }, (_, i) => aanmelden(b.id, `teller-nieuw${i}@example.org`)),
        ...terug.map((a) => aanmelden(b.id, `teller${golf1.indexOf(a)}@example.org`)),
      ]);
      expect(race.flatMap((r) => foutcodes(r))).toEqual([]);
      const [rij] = await ctx.dataSource.query<
        Array<{
          aangemeld: number;
          wachtlijst: number;
          hoogste_volgnummer: number;
          echt_aangemeld: number;
          echt_wachtlijst: number;
          echt_hoogste: number;
          actief: number;
          voorlopig: number;
          fout_volgorde: boolean;
        }>
      >(
        `SELECT n.aangemeld, n.wachtlijst, n.hoogste_volgnummer,
                count(*) FILTER (WHERE a.status = 'AANGEMELD')::int AS echt_aangemeld,
                count(*) FILTER (WHERE a.status = 'WACHTLIJST')::int AS echt_wachtlijst,
                max(a.volgnummer) AS echt_hoogste,
                count(*) FILTER (WHERE a.status <> 'AFGEMELD')::int AS actief,
                n.voorlopig_aangemeld + n.voorlopig_wachtlijst AS voorlopig,
                COALESCE(min(a.volgnummer) FILTER (WHERE a.status = 'WACHTLIJST') < max(a.volgnummer) FILTER (WHERE a.status = 'AANGEMELD'), false) AS fout_volgorde
           FROM netwerkbijeenkomst n JOIN aanmelding a ON a.bijeenkomst_id = n.id WHERE n.id = $1
          GROUP BY n.id`,
        [dbId],
      );
      // 16 + 12 new + 3 again = 31 places in the order of receipt; 16 - 3 - 8 + 12 + 3 = 20 active.
      expect(rij).toEqual({
        aangemeld: 8,
        wachtlijst: 12,
        hoogste_volgnummer: 31,
        echt_aangemeld: 8,
        echt_wachtlijst: 12,
        echt_hoogste: 31,
        actief: 20,
        voorlopig: 0,
        fout_volgorde: false,
      });
      expect(await telling(b.id)).toEqual({
        status: 'GEPLAND',
        aantalAanmeldingen: 8,
        plaatsenBeschikbaar: 0,
        aantalOpWachtlijst: 12,
      });
    });

    it('antwoordt op een tweede aanmelding met hetzelfde e-mailadres precies als op een nieuwe, zonder iets te veranderen', async () => {
      const b = await plannen({ capaciteit: 10 });
      const eerste = (await aanmelden(b.id, 'Anna.Jansen@example.org')).data!.aanmelden;
      expect(eerste.status).toBe('AANGEMELD');
      const nieuw = await alleenFormulier(b.id, 'nieuw@example.org');
      const tweede = await alleenFormulier(b.id, '  anna.jansen@EXAMPLE.org ');
      expect(tweede.errors).toBeUndefined();
      // Issue 15: no existing id, status or position; the same shape as the answer to a new address.
      const zonderId = ({ id: _id, ...rest }: Aanmelding) => rest;
      expect(zonderId(tweede.data!.aanmelden)).toEqual(zonderId(nieuw.data!.aanmelden));
      expect(tweede.data!.aanmelden).toEqual({
        id: expect.any(String),
        status: 'TE_BEVESTIGEN',
        wachtlijstPositie: null,
        afmeldcode: null,
      });
      expect(tweede.data!.aanmelden.id).not.toBe(eerste.id);
      expect(foutcodes(await ctx.gql(BEVESTIGEN, { id: tweede.data!.aanmelden.id, code: 'raden' }))).toEqual(['FORBIDDEN']);
      expect(foutcodes(await ctx.gql(BEVESTIGEN, { id: nieuw.data!.aanmelden.id, code: 'raden' }))).toEqual(['FORBIDDEN']);
      // The person herself hears of it by mail; her sign-up is as it was.
      const [herhaald] = await ctx.dataSource.query<Array<{ soort: string; aan: string }>>(
        `SELECT soort, aan FROM uitgaande_mail WHERE referentie_id = $1 ORDER BY aangemaakt_op DESC LIMIT 1`,
        [Buffer.from(eerste.id, 'base64url').toString().split(':')[1]],
      );
      expect(herhaald).toEqual({ soort: 'AANMELDING_HERHAALD', aan: 'Anna.Jansen@example.org' });
      expect((await telling(b.id)).aantalAanmeldingen).toBe(1);
      const gelijktijdig = await Promise.all(Array.from({ length: 10 }, () => alleenFormulier(b.id, 'piet@example.org')));
      expect(gelijktijdig.flatMap((r) => foutcodes(r))).toEqual([]);
      expect(new Set(gelijktijdig.map((r) => r.data!.aanmelden.status))).toEqual(new Set(['TE_BEVESTIGEN']));
      const [{ rijen, mails }] = await ctx.dataSource.query<Array<{ rijen: number; mails: number }>>(
        `SELECT count(*)::int AS rijen,
                (SELECT count(*)::int FROM uitgaande_mail m WHERE m.aan = 'piet@example.org') AS mails
           FROM aanmelding WHERE email_sleutel = 'piet@example.org'`,
      );
      // One held place and one mail, however often the form is sent.
      expect({ rijen, mails }).toEqual({ rijen: 1, mails: 1 });
    });

    it('weigert een verkeerde afmeldcode en laat een tweede afmelding niets veranderen', async () => {
      const b = await plannen({ capaciteit: 1 });
      const a = (await aanmelden(b.id, 'eerste@example.org')).data!.aanmelden;
      const w = (await aanmelden(b.id, 'wachtend@example.org')).data!.aanmelden;
      expect(w).toMatchObject({ status: 'WACHTLIJST', wachtlijstPositie: 1 });
      expect(foutcodes(await ctx.gql(AFMELDEN, { id: a.id, code: 'verkeerd' }))).toEqual(['FORBIDDEN']);
      expect(foutcodes(await ctx.gql(AFMELDEN, { id: a.id, code: w.afmeldcode }))).toEqual(['FORBIDDEN']);
      await ctx.gqlOk(AFMELDEN, { id: a.id, code: a.afmeldcode });
      const nogEens = await ctx.gqlOk<{ afmelden: Aanmelding }>(AFMELDEN, { id: a.id, code: a.afmeldcode });
      expect(nogEens.afmelden.status).toBe('AFGEMELD');
      expect(await telling(b.id)).toMatchObject({ aantalAanmeldingen: 1, aantalOpWachtlijst: 0 });
      const nogEensW = await ctx.gqlOk<{ aanmeldingBevestigen: Aanmelding }>(BEVESTIGEN, { id: w.id, code: w.afmeldcode });
      expect(nogEensW.aanmeldingBevestigen).toMatchObject({ id: w.id, status: 'AANGEMELD', afmeldcode: null });
      // Signing up again after cancelling is a new sign-up: back of the queue, with a new code.
      const terug = (await aanmelden(b.id, 'eerste@example.org')).data!.aanmelden;
      expect(terug).toMatchObject({ id: a.id, status: 'WACHTLIJST', wachtlijstPositie: 1 });
      expect(terug.afmeldcode).not.toBeNull();
      expect(terug.afmeldcode).not.toBe(a.afmeldcode);
      expect(foutcodes(await ctx.gql(AFMELDEN, { id: a.id, code: a.afmeldcode }))).toEqual(['FORBIDDEN']);
    });

    it('weigert een ongeldig e-mailadres, een lege naam en te lange wensen', async () => {
      const b = await plannen();
      const res = await ctx.gql(AANMELDEN, {
        input: { bijeenkomstId: b.id, naam: ' ', email: 'geen-adres', wensen: 'x'.repeat(10_240) },
      });
      expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions?.velden?.map((v) => v.veld).sort()).toEqual([
        'input.email',
        'input.naam',
        'input.wensen',
      ]);
      expect(foutcodes(await aanmelden('bestaat-niet', 'a@example.org'))).toEqual(['BAD_USER_INPUT']);
    });

    it('weigert aanmelden voor een geannuleerde bijeenkomst', async () => {
      const b = await plannen();
      await ctx.gqlOk('mutation($id: ID!) { netwerkbijeenkomstAnnuleren(id: $id) { id } }', { id: b.id }, regisseur);
      expect(foutcodes(await aanmelden(b.id, 'laat@example.org'))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
      expect(
        foutcodes(await ctx.gql('mutation($id: ID!) { netwerkbijeenkomstAnnuleren(id: $id) { id } }', { id: b.id }, regisseur)),
      ).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    });
  });

  describe('persoonsgegevens en deelnemerslijst (invariant 12)', () => {
    const LIJST = 'query($id: ID!) { netwerkbijeenkomstDeelnemerslijst(id: $id) }';

    it('geeft organisatoren een CSV met wensen, en weigert iedereen anders', async () => {
      const b = await plannen({ capaciteit: 1 });
      await aanmelden(b.id, 'rolstoel@example.org', { naam: 'Ria, de Vries', wensen: 'Rolstoeltoegankelijk; "glutenvrij"' });
      await aanmelden(b.id, 'formule@example.org', { naam: '=HYPERLINK("http://kwaad")' });
      const csv = (await ctx.gqlOk<{ netwerkbijeenkomstDeelnemerslijst: string }>(LIJST, { id: b.id }, regisseur))
        .netwerkbijeenkomstDeelnemerslijst;
      const regels = csv.trimEnd().split('\r\n');
      expect(regels[0]).toBe('naam,email,organisatie,rol,wensen,status,wachtlijstpositie,aangemeldOp');
      expect(regels[1]).toMatch(
        /^"Ria, de Vries",rolstoel@example.org,,bewoner,"Rolstoeltoegankelijk; ""glutenvrij""",AANGEMELD,,/,
      );
      expect(regels[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/kwaad""\)",formule@example.org,,bewoner,,WACHTLIJST,1,/);
      expect(foutcodes(await ctx.gql(LIJST, { id: b.id }))).toEqual(['UNAUTHENTICATED']);
      expect(foutcodes(await ctx.gql(LIJST, { id: b.id }, await ctx.tokenFor(Rol.BEWONER)))).toEqual(['FORBIDDEN']);
      expect(foutcodes(await ctx.gql(LIJST, { id: b.id }, await ctx.tokenFor(Rol.PARTNER)))).toEqual(['FORBIDDEN']);
    });

    it('toont publiek geen namen of e-mailadressen van deelnemers', async () => {
      const b = await plannen();
      await aanmelden(b.id, 'geheim@example.org', { naam: 'Geheime Naam' });
      const res = await ctx.gql('{ netwerkbijeenkomsten { id titel aantalAanmeldingen } }');
      expect(JSON.stringify(res.body)).not.toMatch(/geheim@example.org|Geheime Naam/);
    });
  });

  describe('verslag', () => {
    it('laat een medewerker het verslag vastleggen, dat daarna publiek is', async () => {
      const b = await plannen();
      const VERSLAG = 'mutation($id: ID!, $v: String!) { netwerkbijeenkomstVerslagVastleggen(id: $id, verslag: $v) { verslag } }';
      expect(foutcodes(await ctx.gql(VERSLAG, { id: b.id, v: 'x' }, await ctx.tokenFor(Rol.BEWONER)))).toEqual(['FORBIDDEN']);
      expect(foutcodes(await ctx.gql(VERSLAG, { id: b.id, v: '' }, regisseur))).toEqual(['BAD_USER_INPUT']);
      await ctx.gqlOk(VERSLAG, { id: b.id, v: 'Veertig deelnemers; drie nieuwe initiatieven.' }, regisseur);
      const { node } = await ctx.gqlOk<{ node: { verslag: string } }>(
        'query($id: ID!) { node(id: $id) { ... on Netwerkbijeenkomst { verslag } } }',
        { id: b.id },
      );
      expect(node.verslag).toBe('Veertig deelnemers; drie nieuwe initiatieven.');
    });
  });

  describe('uitgaande mail (transactionele outbox)', () => {
    const mails = (referentie: string) =>
      ctx.dataSource.query<Array<{ soort: string; aan: string; status: string; pogingen: number; volgende_poging_op: Date }>>(
        'SELECT soort, aan, status, pogingen, volgende_poging_op FROM uitgaande_mail WHERE referentie_id = $1 ORDER BY aangemaakt_op',
        [referentie],
      );
    const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

    it('schrijft bevestiging, wachtlijst, plaats vrijgekomen en annulering in de outbox', async () => {
      const b = await plannen({ capaciteit: 1 });
      const a = (await aanmelden(b.id, 'mail1@example.org')).data!.aanmelden;
      const w = (await aanmelden(b.id, 'mail2@example.org')).data!.aanmelden;
      expect((await mails(dbId(a.id))).map((m) => m.soort)).toEqual(['AANMELDING_BEVESTIGEN', 'AANMELDING_BEVESTIGD']);
      expect((await mails(dbId(w.id))).map((m) => m.soort)).toEqual(['AANMELDING_BEVESTIGEN', 'AANMELDING_WACHTLIJST']);
      await ctx.gqlOk(AFMELDEN, { id: a.id, code: a.afmeldcode });
      expect((await mails(dbId(a.id))).map((m) => m.soort)).toEqual([
        'AANMELDING_BEVESTIGEN',
        'AANMELDING_BEVESTIGD',
        'AFMELDING_BEVESTIGD',
      ]);
      expect((await mails(dbId(w.id))).map((m) => m.soort)).toEqual([
        'AANMELDING_BEVESTIGEN',
        'AANMELDING_WACHTLIJST',
        'PLAATS_VRIJGEKOMEN',
      ]);
      await ctx.gqlOk('mutation($id: ID!) { netwerkbijeenkomstAnnuleren(id: $id) { id } }', { id: b.id }, regisseur);
      expect((await mails(dbId(w.id))).map((m) => m.soort)).toEqual([
        'AANMELDING_BEVESTIGEN',
        'AANMELDING_WACHTLIJST',
        'PLAATS_VRIJGEKOMEN',
        'BIJEENKOMST_GEANNULEERD',
      ]);
      // The one who cancelled earlier gets no cancellation notice.
      expect((await mails(dbId(a.id))).map((m) => m.soort)).not.toContain('BIJEENKOMST_GEANNULEERD');
    });

    it('schrijft geen mail als de aanmelding wordt geweigerd', async () => {
      const [{ aantal: voor }] = await ctx.dataSource.query<Array<{ aantal: number }>>(
        'SELECT count(*)::int AS aantal FROM uitgaande_mail',
      );
      await ctx.gql(AANMELDEN, { input: { bijeenkomstId: 'bestaat-niet', naam: 'x', email: 'x@example.org' } });
      const [{ aantal: na }] = await ctx.dataSource.query<Array<{ aantal: number }>>(
        'SELECT count(*)::int AS aantal FROM uitgaande_mail',
      );
      expect(na).toBe(voor);
    });

    it('verstuurt met de timer vanzelf, en stopt die als de app wordt afgesloten', async () => {
      process.env.MAIL_INTERVAL_MS = '20';
      const tweede = await testContext();
      process.env.MAIL_INTERVAL_MS = '0';
      try {
        const { buurten: alle } = await tweede.gqlOk<{ buurten: Array<{ id: string }> }>('{ buurten { id } }');
        const { netwerkbijeenkomstPlannen: b } = await tweede.gqlOk<{ netwerkbijeenkomstPlannen: { id: string } }>(
          PLANNEN,
          {
            input: {
              titel: 'Timer',
              begin: '2030-06-01T19:00:00+02:00',
              eind: '2030-06-01T21:00:00+02:00',
              buurtId: alle[0].id,
              locatie: 'Buurthuis',
              capaciteit: 5,
            },
          },
          regisseur,
        );
        await tweede.gqlOk(AANMELDEN, { input: { bijeenkomstId: b.id, naam: 'Timo', email: 'timer@example.org' } });
        let status = 'WACHTEND';
        for (let i = 0; i < 200 && status !== 'VERZONDEN'; i++) {
          await new Promise((r) => setTimeout(r, 25));
          [{ status }] = await tweede.dataSource.query<Array<{ status: string }>>(
            `SELECT status FROM uitgaande_mail WHERE aan = 'timer@example.org'`,
          );
        }
        expect(status).toBe('VERZONDEN');
      } finally {
        const verzender = tweede.app.get(UitgaandeMailVerzender);
        await tweede.close();
        expect(await verzender.verwerk()).toEqual({ verzonden: 0, mislukt: 0 });
      }
    });

    it('verstuurt wachtende mail, markeert die als verzonden en probeert mislukte later opnieuw', async () => {
      const verzender = ctx.app.get(UitgaandeMailVerzender);
      // Everything written so far goes out through a transport that records what it sends.
      const verstuurd: string[] = [];
      verzender.gebruikTransport({ verstuur: (m) => Promise.resolve(void verstuurd.push(m.aan)) });
      while ((await verzender.verwerk()).verzonden > 0) {
        // drain
      }
      const [{ wachtend }] = await ctx.dataSource.query<Array<{ wachtend: number }>>(
        `SELECT count(*)::int AS wachtend FROM uitgaande_mail WHERE status = 'WACHTEND'`,
      );
      expect(wachtend).toBe(0);
      expect(verstuurd).toContain('mail2@example.org');

      const b = await plannen();
      // Only the form: one mail (the confirmation link) in the outbox.
      const a = (await alleenFormulier(b.id, 'storing@example.org')).data!.aanmelden;
      verzender.gebruikTransport({ verstuur: () => Promise.reject(new Error('SMTP 421 probeer later')) });
      const voor = Date.now();
      expect(await verzender.verwerk()).toEqual({ verzonden: 0, mislukt: 1 });
      const [mislukt] = await mails(dbId(a.id));
      expect(mislukt).toMatchObject({ status: 'WACHTEND', pogingen: 1 });
      expect(new Date(mislukt.volgende_poging_op).getTime()).toBeGreaterThan(voor + 20_000);
      // Not due yet: a next run leaves it alone.
      expect(await verzender.verwerk()).toEqual({ verzonden: 0, mislukt: 0 });
      await ctx.dataSource.query('UPDATE uitgaande_mail SET volgende_poging_op = now() WHERE referentie_id = $1', [dbId(a.id)]);
      verzender.gebruikTransport({ verstuur: () => Promise.resolve() });
      expect(await verzender.verwerk()).toEqual({ verzonden: 1, mislukt: 0 });
      expect((await mails(dbId(a.id)))[0]).toMatchObject({ status: 'VERZONDEN', pogingen: 2 });
    });
  });
});
