/**
 * Cancelling a sign-up without a number nobody has (issue 19, point 4): from "Mijn aanmeldingen"
 * when signed in (no code needed, only your own sign-ups), and with the address and the short
 * code from the mail when the link cannot be opened. The mailed code is 8 signs a person can
 * read and type; the links carry the same code.
 */
import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { type Aanmelding, aanmeldenEnBevestigen, aanmeldenZonderBevestigen, dbId } from './aanmelden.helpers';

const PLANNEN = `mutation($input: NetwerkbijeenkomstInput!) { netwerkbijeenkomstPlannen(input: $input) { id titel } }`;
const MIJN = `{ mijnBijeenkomstaanmeldingen { id status wachtlijstPositie bijeenkomst { id titel begin locatie } } }`;
const MIJN_AFMELDEN = `mutation($id: ID!) { mijnBijeenkomstaanmeldingAfmelden(aanmeldingId: $id) { id status } }`;
const MET_CODE = `mutation($email: String!, $code: String!) { afmeldenMetCode(email: $email, afmeldcode: $code) { id status } }`;
const TELLING = `query($id: ID!) { node(id: $id) { ... on Netwerkbijeenkomst { aantalAanmeldingen aantalOpWachtlijst } } }`;

interface Mijn {
  id: string;
  status: string;
  wachtlijstPositie: number | null;
  bijeenkomst: { id: string; titel: string };
}

describe('Afmelden voor een netwerkbijeenkomst zonder lange code (issue 19, punt 4)', () => {
  let ctx: TestContext;
  let regisseur: string;
  let buurten: Array<{ id: string }>;
  let volgende = 0;

  const plannen = async (titel: string, capaciteit: number, begin = '2030-03-15T19:00:00+01:00') =>
    (
      await ctx.gqlOk<{ netwerkbijeenkomstPlannen: { id: string; titel: string } }>(
        PLANNEN,
        {
          input: {
            titel,
            begin,
            eind: begin.replace('T19:00', 'T21:00'),
            buurtId: buurten[volgende++].id,
            locatie: 'Buurthuis, Kerkstraat 1',
            capaciteit,
          },
        },
        regisseur,
      )
    ).netwerkbijeenkomstPlannen;

  const telling = async (id: string) =>
    (await ctx.gqlOk<{ node: { aantalAanmeldingen: number; aantalOpWachtlijst: number } }>(TELLING, { id })).node;

  /** The short code as the newest mail of this kind shows it. */
  const codeUitMail = async (aanmeldingId: string, soort: string): Promise<string> => {
    const [mail] = await ctx.dataSource.query<Array<{ tekst: string }>>(
      `SELECT tekst FROM uitgaande_mail WHERE referentie_id = $1 AND soort = $2 ORDER BY aangemaakt_op DESC LIMIT 1`,
      [dbId(aanmeldingId), soort],
    );
    const m = /afmeldcode in: ([A-Z0-9]{4}-[A-Z0-9]{4})$/m.exec(mail.tekst);
    if (!m) {
      throw new Error(`Geen afmeldcode in de mail: ${mail.tekst}`);
    }
    return m[1];
  };

  beforeAll(async () => {
    ctx = await testContext();
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR);
    buurten = (await ctx.gqlOk<{ buurten: Array<{ id: string }> }>('{ buurten { id } }')).buurten;
  });
  afterAll(() => ctx.close());

  describe('Mijn aanmeldingen (ingelogd)', () => {
    it('toont je eigen aanmeldingen met de bijeenkomst, laat je afmelden zonder code en geeft je plaats aan de wachtlijst', async () => {
      const b = await plannen('Netwerkbijeenkomst najaar', 1);
      const anna = await ctx.tokenFor(Rol.BEWONER, { sub: 'anna', email: 'anna@example.org' });
      const eigen = (await aanmeldenEnBevestigen(ctx, { bijeenkomstId: b.id, naam: 'Anna', email: 'Anna@example.org' }, anna))
        .data!.aanmelden;
      const wachtend = (await aanmeldenEnBevestigen(ctx, { bijeenkomstId: b.id, naam: 'Bram', email: 'bram@example.org' })).data!
        .aanmelden;
      expect(wachtend).toMatchObject({ status: 'WACHTLIJST', wachtlijstPositie: 1 });

      const lijst = (await ctx.gqlOk<{ mijnBijeenkomstaanmeldingen: Mijn[] }>(MIJN, {}, anna)).mijnBijeenkomstaanmeldingen;
      expect(lijst).toEqual([
        expect.objectContaining({
          id: eigen.id,
          status: 'AANGEMELD',
          bijeenkomst: expect.objectContaining({ id: b.id, titel: b.titel }),
        }),
      ]);

      const af = await ctx.gqlOk<{ mijnBijeenkomstaanmeldingAfmelden: Aanmelding }>(MIJN_AFMELDEN, { id: eigen.id }, anna);
      expect(af.mijnBijeenkomstaanmeldingAfmelden.status).toBe('AFGEMELD');
      // Invariant 9: the freed place goes to the first on the waiting list.
      expect(await telling(b.id)).toEqual({ aantalAanmeldingen: 1, aantalOpWachtlijst: 0 });
      const naAfmelden = (await ctx.gqlOk<{ mijnBijeenkomstaanmeldingen: Mijn[] }>(MIJN, {}, anna)).mijnBijeenkomstaanmeldingen;
      expect(naAfmelden.map((a) => a.status)).toEqual(['AFGEMELD']);
      // Cancelling again changes nothing.
      await ctx.gqlOk(MIJN_AFMELDEN, { id: eigen.id }, anna);
      expect(await telling(b.id)).toEqual({ aantalAanmeldingen: 1, aantalOpWachtlijst: 0 });
    });

    it('laat niemand andermans aanmelding zien of afmelden, en vraagt om in te loggen', async () => {
      const b = await plannen('Netwerkbijeenkomst winter', 5);
      const carla = await ctx.tokenFor(Rol.BEWONER, { sub: 'carla', email: 'carla@example.org' });
      const dirk = await ctx.tokenFor(Rol.BEWONER, { sub: 'dirk', email: 'dirk@example.org' });
      const vancarla = (
        await aanmeldenEnBevestigen(ctx, { bijeenkomstId: b.id, naam: 'Carla', email: 'carla@example.org' }, carla)
      ).data!.aanmelden;
      expect((await ctx.gqlOk<{ mijnBijeenkomstaanmeldingen: Mijn[] }>(MIJN, {}, dirk)).mijnBijeenkomstaanmeldingen).toEqual([]);
      expect(foutcodes(await ctx.gql(MIJN_AFMELDEN, { id: vancarla.id }, dirk))).toEqual(['NOT_FOUND']);
      expect(foutcodes(await ctx.gql(MIJN_AFMELDEN, { id: vancarla.id }))).toEqual(['UNAUTHENTICATED']);
      expect(foutcodes(await ctx.gql(MIJN, {}))).toEqual(['UNAUTHENTICATED']);
      expect(await telling(b.id)).toEqual({ aantalAanmeldingen: 1, aantalOpWachtlijst: 0 });
    });

    it('koppelt een aanmelding met een ander adres dan dat van je account niet aan je account', async () => {
      const b = await plannen('Netwerkbijeenkomst lente', 5);
      const eva = await ctx.tokenFor(Rol.BEWONER, { sub: 'eva', email: 'eva@example.org' });
      await aanmeldenEnBevestigen(ctx, { bijeenkomstId: b.id, naam: 'Iemand anders', email: 'anders@example.org' }, eva);
      expect((await ctx.gqlOk<{ mijnBijeenkomstaanmeldingen: Mijn[] }>(MIJN, {}, eva)).mijnBijeenkomstaanmeldingen).toEqual([]);
    });
  });

  describe('korte afmeldcode uit de mail', () => {
    it('mailt een code van 8 tekens zonder verwarrende tekens, die met het e-mailadres afmeldt, ook in kleine letters', async () => {
      const b = await plannen('Netwerkbijeenkomst zomer', 1);
      const fien = (await aanmeldenEnBevestigen(ctx, { bijeenkomstId: b.id, naam: 'Fien', email: 'fien@example.org' })).data!
        .aanmelden;
      const gijs = (await aanmeldenEnBevestigen(ctx, { bijeenkomstId: b.id, naam: 'Gijs', email: 'gijs@example.org' })).data!
        .aanmelden;
      const code = await codeUitMail(fien.id, 'AANMELDING_BEVESTIGD');
      expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}$/);
      // The link in the same mail carries the same code.
      expect(fien.afmeldcode).toBe(code.replace('-', ''));
      expect(await codeUitMail(gijs.id, 'AANMELDING_WACHTLIJST')).not.toBe(code);

      const af = await ctx.gqlOk<{ afmeldenMetCode: Aanmelding }>(MET_CODE, {
        email: ' FIEN@example.org ',
        code: ` ${code.toLowerCase()} `,
      });
      expect(af.afmeldenMetCode).toMatchObject({ id: fien.id, status: 'AFGEMELD' });
      expect(await telling(b.id)).toEqual({ aantalAanmeldingen: 1, aantalOpWachtlijst: 0 });
    });

    it('geeft bij een verkeerde code en bij een onbekend adres hetzelfde antwoord, bij het veld afmeldcode, en verandert niets', async () => {
      const b = await plannen('Netwerkbijeenkomst herfst', 5);
      const hans = (await aanmeldenEnBevestigen(ctx, { bijeenkomstId: b.id, naam: 'Hans', email: 'hans@example.org' })).data!
        .aanmelden;
      const code = await codeUitMail(hans.id, 'AANMELDING_BEVESTIGD');
      const verkeerd = await ctx.gql(MET_CODE, { email: 'hans@example.org', code: 'ABCD-EFGH' });
      const onbekend = await ctx.gql(MET_CODE, { email: 'niemand@example.org', code });
      for (const res of [verkeerd, onbekend]) {
        expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(res.errors?.[0].message).toBe('Dit e-mailadres en deze afmeldcode horen niet bij een aanmelding.');
        expect((res.errors?.[0].extensions as { velden?: Array<{ veld: string }> }).velden?.map((v) => v.veld)).toEqual([
          'afmeldcode',
        ]);
      }
      expect(await telling(b.id)).toEqual({ aantalAanmeldingen: 1, aantalOpWachtlijst: 0 });
    });

    it('zet de code ook in de mail die om bevestiging vraagt', async () => {
      const b = await plannen('Netwerkbijeenkomst extra', 5);
      const ontvangen = (await aanmeldenZonderBevestigen(ctx, { bijeenkomstId: b.id, naam: 'Ilse', email: 'ilse@example.org' }))
        .data!.aanmelden;
      const [{ referentie_id }] = await ctx.dataSource.query<Array<{ referentie_id: string }>>(
        `SELECT referentie_id FROM uitgaande_mail WHERE aan = 'ilse@example.org' AND soort = 'AANMELDING_BEVESTIGEN'`,
      );
      expect(ontvangen.status).toBe('TE_BEVESTIGEN');
      const code = await codeUitMail(Buffer.from(`Aanmelding:${referentie_id}`).toString('base64url'), 'AANMELDING_BEVESTIGEN');
      await ctx.gqlOk(MET_CODE, { email: 'ilse@example.org', code });
      expect(await telling(b.id)).toEqual({ aantalAanmeldingen: 0, aantalOpWachtlijst: 0 });
    });
  });
});
