/** Shared set-up for the privacy e2e tests: a resident with data in every table that holds some. */
import { PersoonsgegevensRegister, Rol } from '@buurtwerk/core';
import type { TestContext } from '../../../test/harness';
import { initiatiefInput, type Opzet, opslaan } from './initiatieven.helpers';
import { BEVESTIGEN, bevestigingslink } from './aanmelden.helpers';

export interface Bewoner {
  sub: string;
  naam: string;
  email: string;
  token: string;
}

export interface BewonerData {
  initiatiefId: string;
  referentie: string;
  signaalId: string;
  signaalReferentie: string;
  aanmeldingId: string;
  bijeenkomstId: string;
}

export async function bewoner(ctx: TestContext, sub: string, naam: string, email: string): Promise<Bewoner> {
  return { sub, naam, email, token: await ctx.tokenFor(Rol.BEWONER, { sub, name: naam, email }) };
}

let buurtTeller = 10;

/**
 * Gives the resident: a granted initiative (with a decision and an amount), a signal, a meeting
 * sign-up with wishes, and (when `verklaarOp` is given) a declaration of interest.
 */
export async function vulBewoner(
  ctx: TestContext,
  o: Opzet,
  b: Bewoner,
  opties: { toekennen?: boolean; verklaarOp?: string } = {},
): Promise<BewonerData> {
  const concept = await opslaan(ctx, b.token, { ...initiatiefInput(o), titel: `Straatfeest van ${b.naam}` });
  const ingediend = await ctx.gqlOk<{ initiatiefIndienen: { id: string; referentie: string; aanvragen: Array<{ id: string }> } }>(
    'mutation($id: ID!) { initiatiefIndienen(id: $id) { id referentie aanvragen { id } } }',
    { id: concept.id },
    b.token,
  );
  if (opties.toekennen !== false) {
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: concept.id }, o.beleid);
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { id status } }',
      {
        input: {
          initiatiefId: concept.id,
          uitkomst: 'TOEGEKEND',
          motivering: 'Past bij de buurtaktie.',
          bedragen: [{ aanvraagId: ingediend.initiatiefIndienen.aanvragen[0].id, bedrag: 40_000 }],
        },
      },
      o.beleid,
    );
  }
  const { signaalMelden } = await ctx.gqlOk<{ signaalMelden: { id: string; referentie: string } }>(
    'mutation($input: SignaalInput!) { signaalMelden(input: $input) { id referentie } }',
    { input: { buurtId: o.buurtId, categorie: 'Openbare ruimte', omschrijving: `Losse stoeptegel bij het huis van ${b.naam}` } },
    b.token,
  );
  const regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR);
  const { buurten } = await ctx.gqlOk<{ buurten: Array<{ id: string }> }>('{ buurten { id } }');
  const { netwerkbijeenkomstPlannen: bijeenkomst } = await ctx.gqlOk<{ netwerkbijeenkomstPlannen: { id: string } }>(
    'mutation($input: NetwerkbijeenkomstInput!) { netwerkbijeenkomstPlannen(input: $input) { id } }',
    {
      input: {
        titel: 'Netwerkbijeenkomst',
        begin: '2030-03-15T19:00:00+01:00',
        eind: '2030-03-15T21:30:00+01:00',
        buurtId: buurten[buurtTeller++].id,
        locatie: 'Buurthuis',
        capaciteit: 20,
      },
    },
    regisseur,
  );
  // Without an account: found by the e-mail address alone.
  const { aanmelden } = await ctx.gqlOk<{ aanmelden: { id: string } }>(
    'mutation($input: AanmeldingInput!) { aanmelden(input: $input) { id } }',
    {
      input: {
        bijeenkomstId: bijeenkomst.id,
        naam: b.naam,
        email: b.email.toUpperCase(),
        rol: 'bewoner',
        wensen: `Rolstoeltoegang voor ${b.naam}`,
      },
    },
  );
  // Confirmed through the link in the mail, as a resident does (issue 14).
  await ctx.gqlOk(BEVESTIGEN, await bevestigingslink(ctx, aanmelden.id));
  if (opties.verklaarOp) {
    await ctx.gqlOk(
      'mutation($id: ID!, $t: String!) { belangVerklaren(initiatiefId: $id, toelichting: $t) { persoon } }',
      { id: opties.verklaarOp, t: `Ik (${b.naam}) woon naast de organisator` },
      b.token,
    );
  }
  return {
    initiatiefId: concept.id,
    referentie: ingediend.initiatiefIndienen.referentie,
    signaalId: signaalMelden.id,
    signaalReferentie: signaalMelden.referentie,
    aanmeldingId: aanmelden.id,
    bijeenkomstId: bijeenkomst.id,
  };
}

/** Every value of every resident's personal column in the database, as text (the "dump"). */
export async function dumpPersoonsgegevens(ctx: TestContext): Promise<Array<{ plek: string; waarde: string }>> {
  const uit: Array<{ plek: string; waarde: string }> = [];
  for (const { tabel, kolom } of ctx.app.get(PersoonsgegevensRegister).kolommen()) {
    const rows = await ctx.dataSource.query<Array<{ waarde: string }>>(
      `SELECT "${kolom}"::text AS waarde FROM "${tabel}" WHERE "${kolom}" IS NOT NULL`,
    );
    uit.push(...rows.map((r) => ({ plek: `${tabel}.${kolom}`, waarde: r.waarde })));
  }
  return uit;
}

/** Where in the dump a value of this resident still appears (name, e-mail, sub). */
export function sporenVan(dump: Array<{ plek: string; waarde: string }>, b: Pick<Bewoner, 'sub' | 'naam' | 'email'>): string[] {
  return dump
    .filter(
      (d) =>
        d.waarde.toLowerCase().includes(b.naam.toLowerCase()) ||
        d.waarde.toLowerCase().includes(b.email.toLowerCase()) ||
        d.waarde === b.sub ||
        d.waarde.includes(`"${b.sub}"`),
    )
    .map((d) => `${d.plek}: ${d.waarde.slice(0, 80)}`);
}
