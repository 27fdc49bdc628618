/**
 * Multidisciplinary consultations (issue 20): an MDO about buurten with participants per department,
 * the agenda drawn from the record, decisions as actions for the department with a deadline,
 * followed up in the next MDO; a signal's handling follows its action (through SignalenService).
 */
import { amsterdamseDatum, plusDagen, Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const PLANNEN = `mutation($input: MdoInput!) { mdoPlannen(input: $input) {
  id titel datum status notulen deelnemers { naam afdeling } buurten { naam } acties { id } } }`;
const AGENDA = `query($id: ID!) { mdoAgenda(mdoId: $id) {
  behoeften { id titel status } signalen { id referentie overTijd } plannen { id titel }
  opvolging { id besluit afdeling voortgang } } }`;
const ACTIE = `mutation($mdoId: ID!, $input: MdoActieInput!) { mdoActieToevoegen(mdoId: $mdoId, input: $input) {
  id besluit afdeling deadline status overTijd signaalId behoefteId mdoId } }`;
const NOTULEN = `mutation($id: ID!, $notulen: String!) { mdoNotulenVastleggen(id: $id, notulen: $notulen) { id status notulen gehoudenOp } }`;
const OPVOLGEN = `mutation($id: ID!, $mdoId: ID!, $voortgang: String!) {
  mdoActieOpvolgen(id: $id, mdoId: $mdoId, voortgang: $voortgang) { id voortgang opgevolgdInMdoId status } }`;
const AFRONDEN = `mutation($id: ID!, $status: MdoActieStatus!, $resultaat: String!, $t: String) {
  mdoActieAfronden(id: $id, status: $status, resultaat: $resultaat, signaalTerugkoppeling: $t) { id status resultaat afgerondOp } }`;
const ACTIES = `query($overTijd: Boolean, $afdeling: String) { mdoActies(overTijd: $overTijd, afdeling: $afdeling) { id besluit afdeling overTijd status } }`;
const SIGNAAL = `query($id: ID!) { node(id: $id) { ... on Signaal { id status afdeling terugkoppeling } } }`;
const MDO_NODE = `query($id: ID!) { node(id: $id) { ... on Mdo { id notulen } } }`;

describe('Multidisciplinair overleg (MDO, issue 20)', () => {
  let ctx: TestContext;
  let buurtA: { id: string; naam: string };
  let buurtB: { id: string; naam: string };
  let beheerder: string;
  let beleid: string;
  let regisseurA: string;
  let regisseurB: string;
  let bewoner: string;
  let mdo1: string;
  let signaalId: string;
  let behoefteId: string;
  let actieSignaal: string;
  let actieBehoefte: string;
  const vandaag = amsterdamseDatum(new Date());
  const eerder = plusDagen(vandaag, -14);
  const vorigeEnv = { MAIL_INTERVAL_MS: process.env.MAIL_INTERVAL_MS, WEBHOOKS_UIT: process.env.WEBHOOKS_UIT };

  const registreer = (naam: string, sub: string, buurtId: string) =>
    ctx.gqlOk(
      'mutation($input: MedewerkerInput!) { medewerkerRegistreren(input: $input) { id } }',
      { input: { naam, functie: 'Buurtregisseur', buurtIds: [buurtId], gebruikerId: sub, email: `${sub}@heerlen.nl` } },
      beheerder,
    );
  const mdoInput = (datum: string, buurtIds: string[]) => ({
    titel: `Buurtoverleg ${datum}`,
    datum,
    buurtIds,
    deelnemers: [
      { naam: 'Ans de Groen', afdeling: 'groenbeheer' },
      { naam: 'Piet Wijkagent', afdeling: 'Openbare orde en veiligheid' },
      { naam: 'Sara Sociaal', afdeling: 'Sociaal domein' },
    ],
  });

  beforeAll(async () => {
    process.env.MAIL_INTERVAL_MS = '0';
    process.env.WEBHOOKS_UIT = 'true';
    ctx = await testContext();
    const { buurten } = await ctx.gqlOk<{ buurten: Array<{ id: string; naam: string }> }>('{ buurten { id naam } }');
    [buurtA, buurtB] = buurten;
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
    await registreer('Regisseur Aa', 'mdo-regisseur-a', buurtA.id);
    await registreer('Regisseur Bee', 'mdo-regisseur-b', buurtB.id);
    regisseurA = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'mdo-regisseur-a' });
    regisseurB = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'mdo-regisseur-b' });
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'mdo-bewoner' });

    // The record of buurt A: an open need, an overdue signal, a running plan.
    behoefteId = (
      await ctx.gqlOk<{ behoefteToevoegen: { id: string } }>(
        'mutation($input: BehoefteInput!) { behoefteToevoegen(input: $input) { id } }',
        {
          input: {
            buurtId: buurtA.id,
            soort: 'KNELPUNT',
            thema: 'verkeer',
            titel: 'Te hard rijden in de Schoolstraat',
            omschrijving: 'Ouders maken zich zorgen bij de school.',
            bron: 'BUURTREGISSEUR',
          },
        },
        regisseurA,
      )
    ).behoefteToevoegen.id;
    signaalId = (
      await ctx.gqlOk<{ signaalMelden: { id: string } }>(
        'mutation($input: SignaalInput!) { signaalMelden(input: $input) { id } }',
        { input: { buurtId: buurtA.id, categorie: 'Groen', omschrijving: 'Boom hangt over het fietspad' } },
        bewoner,
      )
    ).signaalMelden.id;
    // The department let the term pass: set the term back (the test's own database).
    await ctx.dataSource.query(`UPDATE signaal SET reactie_uiterlijk = $1`, [plusDagen(vandaag, -3)]);
    await ctx.gqlOk(
      'mutation($input: PlanInput!) { planRegistreren(input: $input) { id } }',
      {
        input: {
          titel: 'Herinrichting Schoolstraat',
          afdeling: 'Verkeer en mobiliteit',
          startdatum: plusDagen(vandaag, 60),
          buurtIds: [buurtA.id],
        },
      },
      beleid,
    );
  });

  afterAll(async () => {
    await ctx?.close();
    for (const [k, v] of Object.entries(vorigeEnv)) {
      if (v === undefined) {
        delete process.env[k];
      } else {
        process.env[k] = v;
      }
    }
  });

  it('de buurtregisseur plant een overleg over de eigen buurt met deelnemers van afdelingen (schrijfwijze van de afdeling)', async () => {
    const { mdoPlannen } = await ctx.gqlOk<{
      mdoPlannen: { id: string; status: string; deelnemers: Array<{ afdeling: string }>; buurten: Array<{ naam: string }> };
    }>(PLANNEN, { input: mdoInput(eerder, [buurtA.id]) }, regisseurA);
    mdo1 = mdoPlannen.id;
    expect(mdoPlannen.status).toBe('GEPLAND');
    expect(mdoPlannen.deelnemers.map((d) => d.afdeling)).toEqual([
      'Groenbeheer',
      'Openbare orde en veiligheid',
      'Sociaal domein',
    ]);
    expect(mdoPlannen.buurten).toEqual([{ naam: buurtA.naam }]);
  });

  it('weigert een onbekende afdeling bij het veld van die deelnemer', async () => {
    const input = mdoInput(eerder, [buurtA.id]);
    input.deelnemers[1].afdeling = 'Afdeling Bestaat Niet';
    const res = await ctx.gql(PLANNEN, { input }, regisseurA);
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].extensions?.velden?.[0].veld).toBe('input.deelnemers.1.afdeling');
  });

  it('een buurtregisseur van een andere buurt ziet het overleg niet en plant er geen over buurt A', async () => {
    expect(foutcodes(await ctx.gql(PLANNEN, { input: mdoInput(eerder, [buurtA.id]) }, regisseurB))).toEqual(['FORBIDDEN']);
    expect((await ctx.gqlOk<{ mdos: unknown[] }>('{ mdos { id } }', {}, regisseurB)).mdos).toEqual([]);
    expect(foutcodes(await ctx.gql(AGENDA, { id: mdo1 }, regisseurB))).toEqual(['NOT_FOUND']);
    expect((await ctx.gqlOk<{ mdos: Array<{ id: string }> }>('{ mdos { id } }', {}, beleid)).mdos.map((m) => m.id)).toContain(
      mdo1,
    );
  });

  it('bewoners en partners hebben geen toegang: het overleg en de notulen zijn intern', async () => {
    expect(foutcodes(await ctx.gql('{ mdos { id } }', {}, bewoner))).toEqual(['FORBIDDEN']);
    expect(foutcodes(await ctx.gql(AGENDA, { id: mdo1 }, null))).toEqual(['UNAUTHENTICATED']);
    expect((await ctx.gqlOk<{ node: unknown }>(MDO_NODE, { id: mdo1 }, bewoner)).node).toBeNull();
  });

  it('de agenda komt uit het dossier: open behoeften, signalen over tijd, lopende plannen', async () => {
    const { mdoAgenda } = await ctx.gqlOk<{
      mdoAgenda: {
        behoeften: Array<{ id: string }>;
        signalen: Array<{ id: string; overTijd: boolean }>;
        plannen: Array<{ titel: string }>;
        opvolging: unknown[];
      };
    }>(AGENDA, { id: mdo1 }, regisseurA);
    expect(mdoAgenda.behoeften.map((b) => b.id)).toEqual([behoefteId]);
    expect(mdoAgenda.signalen).toEqual([expect.objectContaining({ id: signaalId, overTijd: true })]);
    expect(mdoAgenda.plannen.map((p) => p.titel)).toEqual(['Herinrichting Schoolstraat']);
    expect(mdoAgenda.opvolging).toEqual([]);
  });

  it('een besluit over een signaal wordt een actie voor de afdeling, en het signaal wordt naar die afdeling doorgezet', async () => {
    const { mdoActieToevoegen } = await ctx.gqlOk<{ mdoActieToevoegen: { id: string; signaalId: string; status: string } }>(
      ACTIE,
      {
        mdoId: mdo1,
        input: {
          besluit: 'Boom snoeien en fietspad vrijmaken',
          afdeling: 'Beheer openbare ruimte',
          deadline: plusDagen(eerder, 7),
          signaalId,
        },
      },
      regisseurA,
    );
    actieSignaal = mdoActieToevoegen.id;
    expect(mdoActieToevoegen).toEqual(expect.objectContaining({ signaalId, status: 'OPEN' }));
    const { node } = await ctx.gqlOk<{ node: { status: string; afdeling: string } }>(SIGNAAL, { id: signaalId }, regisseurA);
    expect(node).toEqual(expect.objectContaining({ status: 'DOORGEZET', afdeling: 'Beheer openbare ruimte' }));
  });

  it('een actie over een behoefte zet een open behoefte op opgepakt', async () => {
    const { mdoActieToevoegen } = await ctx.gqlOk<{ mdoActieToevoegen: { id: string } }>(
      ACTIE,
      {
        mdoId: mdo1,
        input: {
          besluit: 'Snelheidsmeting bij de school',
          afdeling: 'Verkeer en mobiliteit',
          deadline: plusDagen(vandaag, 30),
          behoefteId,
        },
      },
      regisseurA,
    );
    actieBehoefte = mdoActieToevoegen.id;
    const { node } = await ctx.gqlOk<{ node: { status: string; statusToelichting: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Behoefte { status statusToelichting } } }',
      { id: behoefteId },
      regisseurA,
    );
    expect(node.status).toBe('OPGEPAKT');
    expect(node.statusToelichting).toContain('Verkeer en mobiliteit');
  });

  it('weigert een deadline vóór het overleg en een signaal uit een andere buurt', async () => {
    const vroeg = await ctx.gql(
      ACTIE,
      { mdoId: mdo1, input: { besluit: 'x', afdeling: 'Wonen', deadline: plusDagen(eerder, -1) } },
      regisseurA,
    );
    expect(vroeg.errors?.[0].extensions?.velden?.[0].veld).toBe('input.deadline');
    const { signaalMelden } = await ctx.gqlOk<{ signaalMelden: { id: string } }>(
      'mutation($input: SignaalInput!) { signaalMelden(input: $input) { id } }',
      { input: { buurtId: buurtB.id, categorie: 'Groen', omschrijving: 'Elders' } },
      bewoner,
    );
    const elders = await ctx.gql(
      ACTIE,
      { mdoId: mdo1, input: { besluit: 'x', afdeling: 'Wonen', deadline: vandaag, signaalId: signaalMelden.id } },
      beleid,
    );
    expect(elders.errors?.[0].extensions?.velden?.[0].veld).toBe('input.signaalId');
    // Nothing changed on the signal of the other buurt.
    const { node } = await ctx.gqlOk<{ node: { status: string } }>(SIGNAAL, { id: signaalMelden.id }, beleid);
    expect(node.status).toBe('NIEUW');
  });

  it('de notulen worden pas op of na de dag van het overleg vastgelegd; alleen staf leest ze', async () => {
    const later = await ctx.gqlOk<{ mdoPlannen: { id: string } }>(
      PLANNEN,
      { input: mdoInput(plusDagen(vandaag, 7), [buurtA.id]) },
      regisseurA,
    );
    const te = await ctx.gql(NOTULEN, { id: later.mdoPlannen.id, notulen: 'Nog niet gehouden' }, regisseurA);
    expect(te.errors?.[0].extensions?.velden?.[0].veld).toBe('notulen');
    const { mdoNotulenVastleggen } = await ctx.gqlOk<{ mdoNotulenVastleggen: { status: string; notulen: string } }>(
      NOTULEN,
      { id: mdo1, notulen: 'Besproken: de boom bij het fietspad en de snelheid bij de school.' },
      regisseurA,
    );
    expect(mdoNotulenVastleggen.status).toBe('GEHOUDEN');
    expect((await ctx.gqlOk<{ node: { notulen: string } }>(MDO_NODE, { id: mdo1 }, beleid)).node.notulen).toContain('fietspad');
  });

  it('het volgende overleg volgt de open acties op; de voortgang staat bij de actie', async () => {
    const { mdoPlannen } = await ctx.gqlOk<{ mdoPlannen: { id: string } }>(
      PLANNEN,
      { input: mdoInput(vandaag, [buurtA.id, buurtB.id]) },
      beleid,
    );
    const { mdoAgenda } = await ctx.gqlOk<{ mdoAgenda: { opvolging: Array<{ id: string }> } }>(
      AGENDA,
      { id: mdoPlannen.id },
      beleid,
    );
    expect(mdoAgenda.opvolging.map((a) => a.id).sort()).toEqual([actieSignaal, actieBehoefte].sort());
    const { mdoActieOpvolgen } = await ctx.gqlOk<{ mdoActieOpvolgen: { voortgang: string; opgevolgdInMdoId: string } }>(
      OPVOLGEN,
      { id: actieBehoefte, mdoId: mdoPlannen.id, voortgang: 'Meting staat gepland voor volgende week.' },
      beleid,
    );
    expect(mdoActieOpvolgen.opgevolgdInMdoId).toBe(mdoPlannen.id);
    // Following up in the same (or an earlier) meeting is not a follow-up.
    const zelfde = await ctx.gql(OPVOLGEN, { id: actieBehoefte, mdoId: mdo1, voortgang: 'x' }, beleid);
    expect(zelfde.errors?.[0].extensions?.velden?.[0].veld).toBe('mdoId');
  });

  it('de buurtregisseur ziet de acties over tijd van de eigen buurten; een andere buurtregisseur niet', async () => {
    const { mdoActies } = await ctx.gqlOk<{ mdoActies: Array<{ id: string; overTijd: boolean }> }>(
      ACTIES,
      { overTijd: true },
      regisseurA,
    );
    expect(mdoActies).toEqual([expect.objectContaining({ id: actieSignaal, overTijd: true })]);
    expect((await ctx.gqlOk<{ mdoActies: unknown[] }>(ACTIES, {}, regisseurB)).mdoActies).toEqual([]);
    expect(foutcodes(await ctx.gql(AFRONDEN, { id: actieSignaal, status: 'AFGEROND', resultaat: 'x' }, regisseurB))).toEqual([
      'NOT_FOUND',
    ]);
    const perAfdeling = await ctx.gqlOk<{ mdoActies: Array<{ id: string }> }>(
      ACTIES,
      { afdeling: 'verkeer en mobiliteit' },
      beleid,
    );
    expect(perAfdeling.mdoActies.map((a) => a.id)).toEqual([actieBehoefte]);
  });

  it('een actie afronden met terugkoppeling handelt het signaal af; een tweede keer afronden kan niet', async () => {
    const { mdoActieAfronden } = await ctx.gqlOk<{ mdoActieAfronden: { status: string; afgerondOp: string } }>(
      AFRONDEN,
      { id: actieSignaal, status: 'AFGEROND', resultaat: 'Boom gesnoeid', t: 'De boom is gesnoeid; het fietspad is weer vrij.' },
      regisseurA,
    );
    expect(mdoActieAfronden.status).toBe('AFGEROND');
    const { node } = await ctx.gqlOk<{ node: { status: string; terugkoppeling: string } }>(
      SIGNAAL,
      { id: signaalId },
      regisseurA,
    );
    expect(node).toEqual(
      expect.objectContaining({ status: 'AFGEHANDELD', terugkoppeling: 'De boom is gesnoeid; het fietspad is weer vrij.' }),
    );
    expect(foutcodes(await ctx.gql(AFRONDEN, { id: actieSignaal, status: 'VERVALLEN', resultaat: 'x' }, regisseurA))).toEqual([
      'ONGELDIGE_STATUSOVERGANG',
    ]);
  });

  it('lukt het afhandelen van het signaal niet, dan blijft ook de actie open (één transactie)', async () => {
    const { signaalMelden } = await ctx.gqlOk<{ signaalMelden: { id: string } }>(
      'mutation($input: SignaalInput!) { signaalMelden(input: $input) { id } }',
      { input: { buurtId: buurtA.id, categorie: 'Afval en zwerfvuil', omschrijving: 'Zwerfvuil bij de speeltuin' } },
      bewoner,
    );
    const { mdoActieToevoegen } = await ctx.gqlOk<{ mdoActieToevoegen: { id: string } }>(
      ACTIE,
      {
        mdoId: mdo1,
        input: { besluit: 'Extra ronde', afdeling: 'Afval en reiniging', deadline: vandaag, signaalId: signaalMelden.id },
      },
      regisseurA,
    );
    // The department closed the signal itself in the meantime.
    await ctx.gqlOk(
      'mutation($id: ID!, $t: String!) { signaalAfhandelen(id: $id, terugkoppeling: $t) { id } }',
      { id: signaalMelden.id, t: 'Opgeruimd.' },
      beleid,
    );
    const res = await ctx.gql(
      AFRONDEN,
      { id: mdoActieToevoegen.id, status: 'AFGEROND', resultaat: 'Gedaan', t: 'Nog een terugkoppeling' },
      regisseurA,
    );
    expect(foutcodes(res)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    const open = await ctx.gqlOk<{ mdoActies: Array<{ id: string; status: string }> }>(
      ACTIES,
      { afdeling: 'Afval en reiniging' },
      regisseurA,
    );
    expect(open.mdoActies).toEqual([expect.objectContaining({ id: mdoActieToevoegen.id, status: 'OPEN' })]);
  });
});
