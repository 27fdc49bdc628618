/**
 * Personal data follows only a verified e-mail address (issue 15). `mijnGegevens` and
 * `mijnGegevensPseudonimiseren` find records made without an account (meeting sign-ups, mails)
 * by the token's e-mail address only when the identity provider verified it
 * (`email_verified: true`), and a record of another account never matches by address.
 */
import { SignJWT } from 'jose';
import { DEV_JWT_SECRET, fromGlobalId, ondertekenOntwikkeltoken, Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';

const VERA = { naam: 'Vera Veldhuis', email: 'vera.veldhuis@example.org', wensen: 'rolstoel, glutenvrij' };
const KEES = { sub: 'bewoner-kees', naam: 'Kees Kessels', email: 'kees.kessels@example.org', wensen: 'doventolk' };

interface Aanmelding {
  naam: string;
  email: string;
  wensen: string | null;
  gebruiker_id: string | null;
}

describe('Privacy: e-mailadres alleen als de inlogdienst het bevestigde (email_verified)', () => {
  let ctx: TestContext;
  let buurtId: string;
  let veraAanmelding: string;
  let keesAanmelding: string;
  const vorigeEnv = { MAIL_INTERVAL_MS: process.env.MAIL_INTERVAL_MS, WEBHOOKS_UIT: process.env.WEBHOOKS_UIT };

  const mijnGegevens = async (token: string) =>
    (await ctx.gqlOk<{ mijnGegevens: { aanmeldingen: unknown[]; mails: unknown[] } }>('{ mijnGegevens }', {}, token))
      .mijnGegevens;
  const pseudonimiseer = (token: string) => ctx.gqlOk('mutation { mijnGegevensPseudonimiseren }', {}, token);
  const aanmelding = async (globalId: string): Promise<Aanmelding> =>
    (
      await ctx.dataSource.query<Aanmelding[]>('SELECT naam, email, wensen, gebruiker_id FROM aanmelding WHERE id = $1', [
        fromGlobalId(globalId, 'Aanmelding', 'id'),
      ])
    )[0];
  const mailsAan = async (email: string): Promise<number> =>
    Number(
      (
        await ctx.dataSource.query<Array<{ n: string }>>('SELECT count(*) AS n FROM uitgaande_mail WHERE lower(aan) = $1', [
          email,
        ])
      )[0].n,
    );
  /** The mails about one sign-up (its confirmation), with address and text. */
  const mailsOver = (globalId: string) =>
    ctx.dataSource.query<Array<{ aan: string; tekst: string }>>(
      'SELECT aan, tekst FROM uitgaande_mail WHERE referentie_id = $1 ORDER BY aangemaakt_op, id',
      [fromGlobalId(globalId, 'Aanmelding', 'id')],
    );

  /** A token as an identity provider that does not check addresses would issue it: any e-mail, not verified. */
  const onbevestigd = (sub: string, email: string) =>
    ctx.tokenFor(Rol.BEWONER, { sub, name: 'Iemand Anders', email, emailGeverifieerd: false });

  beforeAll(async () => {
    // The mail outbox stays put, so the test can see whose mails are touched.
    process.env.MAIL_INTERVAL_MS = '0';
    process.env.WEBHOOKS_UIT = 'true';
    ctx = await testContext();
    const { buurten } = await ctx.gqlOk<{ buurten: Array<{ id: string }> }>('{ buurten { id } }');
    buurtId = buurten[0].id;
    const regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR);
    const { netwerkbijeenkomstPlannen: bijeenkomst } = await ctx.gqlOk<{ netwerkbijeenkomstPlannen: { id: string } }>(
      'mutation($input: NetwerkbijeenkomstInput!) { netwerkbijeenkomstPlannen(input: $input) { id } }',
      {
        input: {
          titel: 'Buurttafel',
          begin: '2030-04-10T19:00:00+02:00',
          eind: '2030-04-10T21:00:00+02:00',
          buurtId,
          locatie: 'Buurthuis',
          capaciteit: 20,
        },
      },
      regisseur,
    );
    const AANMELDEN = 'mutation($input: AanmeldingInput!) { aanmelden(input: $input) { id } }';
    // Vera signs up without an account; Kees signs up signed in (the sign-up belongs to his sub).
    veraAanmelding = (
      await ctx.gqlOk<{ aanmelden: { id: string } }>(AANMELDEN, {
        input: { bijeenkomstId: bijeenkomst.id, naam: VERA.naam, email: VERA.email, rol: 'bewoner', wensen: VERA.wensen },
      })
    ).aanmelden.id;
    const kees = await ctx.tokenFor(Rol.BEWONER, { sub: KEES.sub, name: KEES.naam, email: KEES.email });
    keesAanmelding = (
      await ctx.gqlOk<{ aanmelden: { id: string } }>(
        AANMELDEN,
        { input: { bijeenkomstId: bijeenkomst.id, naam: KEES.naam, email: KEES.email, rol: 'bewoner', wensen: KEES.wensen } },
        kees,
      )
    ).aanmelden.id;
    expect(await mailsAan(VERA.email)).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await ctx.close();
    for (const [naam, waarde] of Object.entries(vorigeEnv)) {
      if (waarde === undefined) {
        delete process.env[naam];
      } else {
        process.env[naam] = waarde;
      }
    }
  });

  it('geeft een aanmelding zonder account niet prijs aan een token met hetzelfde maar onbevestigde e-mailadres', async () => {
    const geheim = new TextEncoder().encode(DEV_JWT_SECRET);
    const tokens = [
      await onbevestigd('indringer-1', VERA.email),
      await onbevestigd('indringer-2', VERA.email.toUpperCase()),
      // No email_verified claim at all.
      await ondertekenOntwikkeltoken(geheim, ctx.config, { sub: 'indringer-3', email: VERA.email, roles: [Rol.BEWONER] }),
      // The string "true" is not the boolean the OpenID Connect claim is.
      await new SignJWT({ email: VERA.email, email_verified: 'true', roles: ['BEWONER'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('indringer-4')
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(geheim),
    ];
    for (const token of tokens) {
      const g = await mijnGegevens(token);
      expect(g.aanmeldingen).toEqual([]);
      expect(g.mails).toEqual([]);
      const tekst = JSON.stringify(g);
      expect(tekst).not.toContain('glutenvrij');
      expect(tekst).not.toContain(VERA.naam);
    }
  });

  it('vindt nooit de aanmelding van een ander account op e-mailadres, ook niet met een bevestigd adres', async () => {
    const ander = await ctx.tokenFor(Rol.BEWONER, { sub: 'tweede-account-kees', email: KEES.email, emailGeverifieerd: true });
    const g = await mijnGegevens(ander);
    expect(g.aanmeldingen).toEqual([]);
    expect(JSON.stringify(g)).not.toContain(KEES.wensen);

    await pseudonimiseer(ander);
    expect(await aanmelding(keesAanmelding)).toEqual({
      naam: KEES.naam,
      email: KEES.email,
      wensen: KEES.wensen,
      gebruiker_id: KEES.sub,
    });
  });

  it('pseudonimiseert met een onbevestigd e-mailadres de aanmelding en mails van een ander niet, ook niet via een eigen melding', async () => {
    const indringer = await onbevestigd('indringer-pseudo', VERA.email);
    // A record of the caller's own that carries the address from the token (the reporter's e-mail).
    await ctx.gqlOk(
      'mutation($input: SignaalInput!) { signaalMelden(input: $input) { id } }',
      { input: { buurtId, categorie: 'Openbare ruimte', omschrijving: 'Losse stoeptegel' } },
      indringer,
    );
    const mailsVoor = await mailsOver(veraAanmelding);
    expect(mailsVoor.map((m) => m.aan)).toContain(VERA.email);
    await pseudonimiseer(indringer);
    // A BEHEERDER acting on that person's request by letter does not reach Vera either.
    await ctx.gqlOk(
      'mutation($id: ID!) { gebruikerPseudonimiseren(gebruikerId: $id) }',
      { id: 'indringer-pseudo' },
      await ctx.tokenFor(Rol.BEHEERDER),
    );

    expect(await aanmelding(veraAanmelding)).toEqual({
      naam: VERA.naam,
      email: VERA.email,
      wensen: VERA.wensen,
      gebruiker_id: null,
    });
    expect(await mailsOver(veraAanmelding)).toEqual(mailsVoor);
    // The caller's own signal was pseudonymised: the request itself did its work.
    const signalen = await ctx.dataSource.query<Array<{ melder_email: string | null }>>('SELECT melder_email FROM signaal');
    expect(signalen).toEqual([{ melder_email: null }]);
  });

  it('laat de bewoner met een bevestigd e-mailadres haar aanmelding zonder account inzien en pseudonimiseren', async () => {
    const vera = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-vera', name: VERA.naam, email: VERA.email });
    const g = await mijnGegevens(vera);
    expect(g.aanmeldingen).toEqual([expect.objectContaining({ naam: VERA.naam, wensen: VERA.wensen })]);
    expect(g.mails.length).toBeGreaterThan(0);

    await pseudonimiseer(vera);
    const na = await aanmelding(veraAanmelding);
    expect(na.wensen).toBeNull();
    expect(na.email).toMatch(/@gepseudonimiseerd\.invalid$/);
    expect(await mailsAan(VERA.email)).toBe(0);
    // Kees, another account, is still untouched.
    expect((await aanmelding(keesAanmelding)).wensen).toBe(KEES.wensen);
  });
});
