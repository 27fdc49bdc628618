/**
 * Buurtregie, the buurtagenda (issue 20): residents and partners bring wishes, needs and
 * bottlenecks in, the buurtregisseur of the buurt curates them, residents support them once each,
 * records of other modules are linked to them, the menukaart can reward an initiative that answers
 * one (fact beantwoordtBehoefte), and the public sees the curated agenda without personal data.
 */
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, opslaan, REGELING, zetOp } from './initiatieven.helpers';

const VELDEN = `id soort thema titel omschrijving bron status onderbouwing statusToelichting steun gesteundDoorMij
  koppelingen { soort objectId } buurt { id naam } organisatie { naam } aangemaaktOp beantwoordOp`;
const TOEVOEGEN = `mutation($input: BehoefteInput!) { behoefteToevoegen(input: $input) { ${VELDEN} } }`;
const AGENDA = `query($buurtId: ID!, $status: [BehoefteStatus!], $thema: String) {
  buurtagenda(buurtId: $buurtId, status: $status, thema: $thema) { ${VELDEN} } }`;
const STATUS = `mutation($id: ID!, $status: BehoefteStatus!, $toelichting: String) {
  behoefteStatusWijzigen(id: $id, status: $status, toelichting: $toelichting) { ${VELDEN} } }`;
const STEUNEN = `mutation($id: ID!) { behoefteSteunen(id: $id) { id steun gesteundDoorMij } }`;
const INTREKKEN = `mutation($id: ID!) { behoefteSteunIntrekken(id: $id) { id steun gesteundDoorMij } }`;
const KOPPELEN = `mutation($b: ID!, $o: ID!) { behoefteKoppelen(behoefteId: $b, objectId: $o) { id koppelingen { soort objectId } } }`;
const ONTKOPPELEN = `mutation($b: ID!, $o: ID!) { behoefteOntkoppelen(behoefteId: $b, objectId: $o) { id koppelingen { soort objectId } } }`;

/** The uuid inside a Relay global id. */
const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];

interface Behoefte {
  id: string;
  soort: string;
  thema: string;
  titel: string;
  omschrijving: string;
  bron: string;
  status: string;
  onderbouwing: string | null;
  statusToelichting: string | null;
  steun: number;
  gesteundDoorMij: boolean;
  koppelingen: Array<{ soort: string; objectId: string }>;
  buurt: { id: string; naam: string };
  organisatie: { naam: string } | null;
}

describe('Buurtagenda: wensen, behoeften en knelpunten per buurt (issue 20)', () => {
  let ctx: TestContext;
  let buurtA: string;
  let buurtB: string;
  let regisseurA: string;
  let regisseurB: string;
  let beleid: string;
  let bewoner: string;
  let partner: string;
  let orgId: string;

  const vorigeEnv = { MAIL_INTERVAL_MS: process.env.MAIL_INTERVAL_MS, WEBHOOKS_UIT: process.env.WEBHOOKS_UIT };

  const toevoegen = (token: string, extra: Record<string, unknown> = {}) =>
    ctx.gql<{ behoefteToevoegen: Behoefte }>(
      TOEVOEGEN,
      {
        input: {
          buurtId: buurtA,
          soort: 'WENS',
          thema: 'Ontmoeting',
          titel: 'Een plek om elkaar te ontmoeten',
          omschrijving: 'Er is geen buurthuis meer; ouderen zitten veel alleen thuis.',
          ...extra,
        },
      },
      token,
    );
  const toevoegenOk = async (token: string, extra: Record<string, unknown> = {}) => {
    const res = await toevoegen(token, extra);
    expect(res.errors).toBeUndefined();
    return res.data!.behoefteToevoegen;
  };
  const agenda = async (token: string | null, vars: Record<string, unknown> = {}) =>
    (await ctx.gqlOk<{ buurtagenda: Behoefte[] }>(AGENDA, { buurtId: buurtA, ...vars }, token)).buurtagenda;
  const status = (token: string, id: string, s: string, toelichting?: string) =>
    ctx.gql<{ behoefteStatusWijzigen: Behoefte }>(STATUS, { id, status: s, toelichting }, token);

  beforeAll(async () => {
    process.env.MAIL_INTERVAL_MS = '0';
    process.env.WEBHOOKS_UIT = 'true';
    ctx = await testContext();
    const { buurten } = await ctx.gqlOk<{ buurten: Array<{ id: string }> }>('{ buurten { id } }');
    const { buurt } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171001") { id } }');
    buurtA = buurt.id;
    buurtB = buurten.find((b) => b.id !== buurtA)!.id;
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const registreer = (naam: string, sub: string, buurtId: string) =>
      ctx.gqlOk(
        'mutation($input: MedewerkerInput!) { medewerkerRegistreren(input: $input) { id } }',
        { input: { naam, functie: 'Buurtregisseur', buurtIds: [buurtId], gebruikerId: sub, email: `${sub}@heerlen.nl` } },
        beheerder,
      );
    await registreer('Regisseur Aa', 'agenda-regisseur-a', buurtA);
    await registreer('Regisseur Bee', 'agenda-regisseur-b', buurtB);
    regisseurA = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'agenda-regisseur-a' });
    regisseurB = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'agenda-regisseur-b' });
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
    bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'agenda-bewoner', email: 'agenda-bewoner@example.org' });
    partner = await ctx.tokenFor(Rol.PARTNER, { sub: 'agenda-partner' });
    orgId = (
      await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam: 'Buurtpunt Agenda', soort: 'BUURTORGANISATIE', buurtIds: [buurtA] } },
        beheerder,
      )
    ).organisatieRegistreren.id;
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

  it('zet de inbreng van een bewoner pas op de publieke agenda als de buurtregisseur hem heeft bekeken', async () => {
    const b = await toevoegenOk(bewoner);
    expect(b).toMatchObject({ status: 'INGEDIEND', bron: 'BEWONER', thema: 'Ontmoeting', steun: 0, organisatie: null });
    // Not public yet: anonymous and other residents do not see it; the resident and the buurtregisseur do.
    expect((await agenda(null)).map((x) => x.id)).not.toContain(b.id);
    expect((await agenda(await ctx.tokenFor(Rol.BEWONER))).map((x) => x.id)).not.toContain(b.id);
    expect((await agenda(bewoner)).map((x) => x.id)).toContain(b.id);
    expect((await agenda(regisseurA)).map((x) => x.id)).toContain(b.id);
    expect((await agenda(regisseurB)).map((x) => x.id)).not.toContain(b.id);
    // The buurtregisseur hears of it, without the resident's text.
    const mails = await ctx.dataSource.query<Array<{ aan: string; tekst: string }>>(
      `SELECT aan, tekst FROM uitgaande_mail WHERE soort = 'BEHOEFTE_INGEDIEND' AND referentie_id = $1`,
      [dbId(b.id)],
    );
    expect(mails.map((m) => m.aan)).toEqual(['agenda-regisseur-a@heerlen.nl']);
    expect(mails[0].tekst).not.toContain('ouderen');

    // A buurtregisseur of another buurt may not curate it.
    expect(foutcodes(await status(regisseurB, b.id, 'OPEN'))).toEqual(['FORBIDDEN']);
    const open = (await status(regisseurA, b.id, 'OPEN')).data!.behoefteStatusWijzigen;
    expect(open.status).toBe('OPEN');
    expect((await agenda(null)).map((x) => x.id)).toContain(b.id);
    // The public view carries nothing of who brought it in.
    const publiek = JSON.stringify(await ctx.gqlOk(AGENDA, { buurtId: buurtA }));
    expect(publiek).not.toContain('agenda-bewoner');
  });

  it('laat een bewoner alleen als bewoner inbrengen, en staf met een enquête als bron en onderbouwing direct op de agenda', async () => {
    expect(foutcodes(await toevoegen(bewoner, { bron: 'ENQUETE' }))).toEqual(['BAD_USER_INPUT']);
    expect(foutcodes(await toevoegen(regisseurB, { bron: 'ENQUETE' }))).toEqual(['FORBIDDEN']);
    const b = await toevoegenOk(regisseurA, {
      soort: 'KNELPUNT',
      thema: 'verkeer',
      titel: 'Te hard rijden in de Schaesbergerweg',
      bron: 'ENQUETE',
      onderbouwing: 'Buurtenquête 2027: 64% van 210 bewoners noemt dit.',
    });
    expect(b).toMatchObject({
      status: 'OPEN',
      bron: 'ENQUETE',
      onderbouwing: 'Buurtenquête 2027: 64% van 210 bewoners noemt dit.',
    });
    expect((await agenda(null, { thema: 'Verkeer ' })).map((x) => x.id)).toEqual([b.id]);
    const staf = await toevoegenOk(beleid, { titel: 'Speelplek', bron: 'SIGNAAL' });
    expect(staf).toMatchObject({ status: 'OPEN', bron: 'SIGNAAL' });
  });

  it('laat een partner alleen inbrengen namens een organisatie waaraan hij is gekoppeld', async () => {
    const zonder = await toevoegen(partner);
    expect(foutcodes(zonder)).toEqual(['BAD_USER_INPUT']);
    expect(zonder.errors![0].extensions?.velden?.[0].veld).toBe('input.organisatieId');
    expect(foutcodes(await toevoegen(partner, { organisatieId: orgId }))).toEqual(['FORBIDDEN']);
    await ctx.gqlOk(
      'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
      { o: orgId, g: 'agenda-partner' },
      await ctx.tokenFor(Rol.BEHEERDER),
    );
    const b = await toevoegenOk(partner, { organisatieId: orgId, titel: 'Huiswerkbegeleiding' });
    expect(b).toMatchObject({ status: 'INGEDIEND', bron: 'PARTNER', organisatie: { naam: 'Buurtpunt Agenda' } });
  });

  it('steunt één keer per persoon, ook als dezelfde bewoner tien keer tegelijk klikt', async () => {
    const b = await toevoegenOk(regisseurA, { titel: 'Bankjes in het park' });
    const steuner = await ctx.tokenFor(Rol.BEWONER, { sub: 'agenda-steuner' });
    const pogingen = await Promise.all(
      Array.from({ length: 10 }, () => ctx.gql<{ behoefteSteunen: { steun: number } }>(STEUNEN, { id: b.id }, steuner)),
    );
    expect(pogingen.filter((p) => !p.errors).length).toBe(1);
    expect(pogingen.filter((p) => p.errors).every((p) => foutcodes(p).join() === 'CONFLICT')).toBe(true);
    // Different residents at the same time all count.
    const anderen = await Promise.all(
      Array.from({ length: 5 }, (_, i) => ctx.tokenFor(Rol.BEWONER, { sub: `agenda-ander-${i}` })),
    );
    await Promise.all(anderen.map((t) => ctx.gqlOk(STEUNEN, { id: b.id }, t)));
    const [rij] = await ctx.dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM behoefte_steun s JOIN behoefte b ON b.id = s.behoefte_id WHERE b.titel = $1',
      ['Bankjes in het park'],
    );
    expect(rij.n).toBe(6);
    const gezien = (await agenda(steuner)).find((x) => x.id === b.id)!;
    expect(gezien).toMatchObject({ steun: 6, gesteundDoorMij: true });
    expect((await agenda(null)).find((x) => x.id === b.id)).toMatchObject({ steun: 6, gesteundDoorMij: false });
    const ingetrokken = (
      await ctx.gqlOk<{ behoefteSteunIntrekken: { steun: number; gesteundDoorMij: boolean } }>(INTREKKEN, { id: b.id }, steuner)
    ).behoefteSteunIntrekken;
    expect(ingetrokken).toMatchObject({ steun: 5, gesteundDoorMij: false });
  });

  it('laat niet steunen wat nog niet op de agenda staat of al beantwoord is', async () => {
    const ingediend = await toevoegenOk(await ctx.tokenFor(Rol.BEWONER), { titel: 'Nog niet bekeken' });
    expect(foutcodes(await ctx.gql(STEUNEN, { id: ingediend.id }, bewoner))).toEqual(['NOT_FOUND']);
    const b = await toevoegenOk(regisseurA, { titel: 'Afvalbakken' });
    // Answering needs a reason; refusing an item on the agenda is not a step.
    expect(foutcodes(await status(regisseurA, b.id, 'BEANTWOORD'))).toEqual(['BAD_USER_INPUT']);
    expect(foutcodes(await status(regisseurA, b.id, 'AFGEWEZEN', 'nee'))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
    const beantwoord = (await status(regisseurA, b.id, 'BEANTWOORD', 'Er staan nu vier nieuwe afvalbakken.')).data!
      .behoefteStatusWijzigen;
    expect(beantwoord).toMatchObject({ status: 'BEANTWOORD', statusToelichting: 'Er staan nu vier nieuwe afvalbakken.' });
    expect(foutcodes(await ctx.gql(STEUNEN, { id: b.id }, bewoner))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
  });

  it('koppelt signalen, plannen en initiatieven aan een behoefte, elk door wie dat mag', async () => {
    const b = await toevoegenOk(regisseurA, { titel: 'Groen in de straat', thema: 'groen' });
    const { signaalMelden } = await ctx.gqlOk<{ signaalMelden: { id: string } }>(
      'mutation($input: SignaalInput!) { signaalMelden(input: $input) { id } }',
      { input: { buurtId: buurtA, categorie: 'Openbare ruimte', omschrijving: 'Boomspiegels liggen vol afval.' } },
      bewoner,
    );
    const { planRegistreren } = await ctx.gqlOk<{ planRegistreren: { id: string } }>(
      'mutation($input: PlanInput!) { planRegistreren(input: $input) { id } }',
      { input: { titel: 'Vergroening Schaesberg', afdeling: 'Stadsbeheer', startdatum: '2030-03-01', buurtIds: [buurtA] } },
      beleid,
    );
    // The resident may not link a signal (not even their own) or a plan.
    expect(foutcodes(await ctx.gql(KOPPELEN, { b: b.id, o: signaalMelden.id }, bewoner))).toEqual(['FORBIDDEN']);
    expect(foutcodes(await ctx.gql(KOPPELEN, { b: b.id, o: planRegistreren.id }, bewoner))).toEqual(['BAD_USER_INPUT']);
    expect(foutcodes(await ctx.gql(KOPPELEN, { b: b.id, o: buurtA }, regisseurA))).toEqual(['BAD_USER_INPUT']);
    // A buurtregisseur of another buurt cannot see the signal, so cannot link it.
    expect(foutcodes(await ctx.gql(KOPPELEN, { b: b.id, o: signaalMelden.id }, regisseurB))).toEqual(['BAD_USER_INPUT']);
    await ctx.gqlOk(KOPPELEN, { b: b.id, o: signaalMelden.id }, regisseurA);
    const twee = (await ctx.gqlOk<{ behoefteKoppelen: Behoefte }>(KOPPELEN, { b: b.id, o: planRegistreren.id }, regisseurA))
      .behoefteKoppelen;
    // Linking twice changes nothing.
    await ctx.gqlOk(KOPPELEN, { b: b.id, o: planRegistreren.id }, regisseurA);
    expect(twee.koppelingen).toEqual([
      { soort: 'SIGNAAL', objectId: signaalMelden.id },
      { soort: 'PLAN', objectId: planRegistreren.id },
    ]);
    const weg = (await ctx.gqlOk<{ behoefteOntkoppelen: Behoefte }>(ONTKOPPELEN, { b: b.id, o: signaalMelden.id }, regisseurA))
      .behoefteOntkoppelen;
    expect(weg.koppelingen.map((k) => k.soort)).toEqual(['PLAN']);
  });

  it('beloont in de menukaart-toets een initiatief dat een erkende behoefte beantwoordt (feit beantwoordtBehoefte)', async () => {
    const code = 'BUURTBEHOEFTE_TEST';
    const o = await zetOp(ctx, 1_000_000, code);
    // A rule that asks that the initiative answers a need on the buurtagenda.
    await ctx.gqlOk(
      'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { id } }',
      {
        input: {
          ...REGELING,
          code,
          voorwaarden: [
            {
              code: 'BEHOEFTE',
              omschrijving: 'Het initiatief speelt in op een behoefte op de buurtagenda.',
              regel: { '==': [{ var: 'beantwoordtBehoefte' }, true] },
            },
          ],
        },
      },
      o.beleid,
    );
    const indiener = await ctx.tokenFor(Rol.BEWONER, { sub: 'agenda-initiatiefnemer' });
    const concept = await opslaan(ctx, indiener, initiatiefInput(o));
    const toets = async () =>
      (
        await ctx.gqlOk<{
          toetsInitiatief: { bevindingen: Array<{ voorwaarde: string; voldaan: boolean; toelichting: string }> };
        }>(
          'query($input: InitiatiefInput!, $id: ID) { toetsInitiatief(input: $input, initiatiefId: $id) { bevindingen { voorwaarde voldaan toelichting } } }',
          { input: initiatiefInput(o), id: concept.id },
          indiener,
        )
      ).toetsInitiatief.bevindingen.find((b) => b.voorwaarde === `${code}.BEHOEFTE`)!;
    expect(await toets()).toMatchObject({ voldaan: false });
    expect((await toets()).toelichting).toContain('nee');

    // The initiator links their own draft to a need that is on the agenda (not to a submission nobody curated).
    const ingediend = await toevoegenOk(bewoner, { titel: 'Straatfeest gewenst' });
    expect(foutcodes(await ctx.gql(KOPPELEN, { b: ingediend.id, o: concept.id }, indiener))).toEqual(['BAD_USER_INPUT']);
    const erkend = await toevoegenOk(regisseurA, { titel: 'Meer samen doen in de straat' });
    // Someone else cannot link the initiator's draft (they cannot even see it).
    expect(foutcodes(await ctx.gql(KOPPELEN, { b: erkend.id, o: concept.id }, bewoner))).toEqual(['BAD_USER_INPUT']);
    await ctx.gqlOk(KOPPELEN, { b: erkend.id, o: concept.id }, indiener);
    expect(await toets()).toMatchObject({ voldaan: true });

    // At submission the same fact counts.
    const { initiatiefIndienen } = await ctx.gqlOk<{
      initiatiefIndienen: { toetsresultaat: { bevindingen: Array<{ voorwaarde: string; voldaan: boolean }> } };
    }>(
      'mutation($id: ID!) { initiatiefIndienen(id: $id) { toetsresultaat { bevindingen { voorwaarde voldaan } } } }',
      { id: concept.id },
      indiener,
    );
    expect(initiatiefIndienen.toetsresultaat.bevindingen.find((b) => b.voorwaarde === `${code}.BEHOEFTE`)).toEqual({
      voorwaarde: `${code}.BEHOEFTE`,
      voldaan: true,
    });
  });

  it('publiceert de agenda als open data (JSON en CSV) zonder persoonsgegevens en zonder wat nog niet bekeken is', async () => {
    const json = await ctx.http().get('/api/v1/open-data/buurtagenda?buurtcode=BU09171001').set('accept', 'application/json');
    expect(json.status).toBe(200);
    const rijen = (json.body as { behoeften: Array<Record<string, unknown>> }).behoeften;
    expect(rijen.length).toBeGreaterThan(0);
    expect(rijen.every((r) => ['OPEN', 'OPGEPAKT', 'BEANTWOORD', 'VERVALLEN'].includes(r.status as string))).toBe(true);
    expect(rijen.map((r) => r.titel)).not.toContain('Nog niet bekeken');
    expect(rijen.find((r) => r.titel === 'Bankjes in het park')).toMatchObject({ steun: 5, buurtcode: 'BU09171001' });
    expect(rijen.find((r) => r.titel === 'Groen in de straat')).toMatchObject({ plannen: 1, signalen: 0 });
    const tekst = JSON.stringify(json.body);
    for (const persoonlijk of ['agenda-bewoner', 'agenda-steuner', 'agenda-regisseur', 'example.org', 'heerlen.nl']) {
      expect(tekst).not.toContain(persoonlijk);
    }
    const csv = await ctx.http().get('/api/v1/open-data/buurtagenda').set('accept', 'text/csv');
    expect(csv.status).toBe(200);
    expect(csv.text.split('\r\n')[0]).toBe(
      'id,buurtcode,buurtnaam,soort,thema,titel,omschrijving,bron,status,organisatieNaam,steun,initiatieven,activiteiten,plannen,signalen,ingebrachtOp,beantwoordOp',
    );
    expect(csv.text).not.toContain('agenda-bewoner');
    const onbekend = await ctx.http().get('/api/v1/open-data/buurtagenda?buurtcode=BU99999999');
    expect((onbekend.body as { behoeften: unknown[] }).behoeften).toEqual([]);
  });

  it('geeft de bewoner zijn inbreng en steun in de export, en pseudonimiseert ze', async () => {
    const steunend = await ctx.tokenFor(Rol.BEWONER, { sub: 'agenda-privacy' });
    const b = await toevoegenOk(steunend, {
      titel: 'Privacy-behoefte',
      omschrijving: 'Ik, Piet Privacy, wil een jeu-de-boulesbaan.',
    });
    const open = await toevoegenOk(regisseurA, { titel: 'Privacy-steun' });
    await ctx.gqlOk(STEUNEN, { id: open.id }, steunend);
    const { mijnGegevens } = await ctx.gqlOk<{ mijnGegevens: Record<string, unknown[]> }>('{ mijnGegevens }', {}, steunend);
    expect(JSON.stringify(mijnGegevens.behoeften)).toContain('Piet Privacy');
    expect(JSON.stringify(mijnGegevens.behoefteSteun)).toContain('Privacy-steun');
    await ctx.gqlOk('mutation { mijnGegevensPseudonimiseren }', {}, steunend);
    const rijen = await ctx.dataSource.query<Array<{ ingediend_door: string; omschrijving: string }>>(
      'SELECT ingediend_door, omschrijving FROM behoefte WHERE titel = $1',
      ['Privacy-behoefte'],
    );
    expect(rijen[0].ingediend_door).toMatch(/^pseudoniem:/);
    expect(rijen[0].omschrijving).not.toContain('Piet');
    const steun = await ctx.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM behoefte_steun WHERE gesteund_door = 'agenda-privacy'`,
    );
    expect(steun[0].n).toBe(0);
    // Still counted once, under the pseudonym.
    expect((await agenda(null)).find((x) => x.id === open.id)!.steun).toBe(1);
    expect(b.id).toBeDefined();
  });

  it('kost evenveel SQL-queries voor 2 als voor 10 behoeften (geen N+1)', async () => {
    const query = `query($b: ID!) { buurtagenda(buurtId: $b) { titel steun gesteundDoorMij koppelingen { soort } buurt { naam } organisatie { naam } } }`;
    const tel = async (n: number) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const data = await ctx.gqlOk<{ buurtagenda: unknown[] }>(query, { b: buurtB }, beleid);
        expect(data.buurtagenda).toHaveLength(n);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const minst = async (n: number) => Math.min(await tel(n), await tel(n), await tel(n));
    for (let i = 0; i < 2; i++) {
      await toevoegenOk(regisseurB, { buurtId: buurtB, titel: `Telling ${i}` });
    }
    const twee = await minst(2);
    for (let i = 2; i < 10; i++) {
      await toevoegenOk(regisseurB, { buurtId: buurtB, titel: `Telling ${i}` });
    }
    expect(await minst(10)).toBe(twee);
  });
});
