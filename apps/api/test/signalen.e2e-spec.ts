import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { Rol } from '@buurtwerk/core';
import { reactieUiterlijk } from '@buurtwerk/signalen';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const MELDEN = `mutation($input: SignaalInput!) {
  signaalMelden(input: $input) {
    id referentie status categorie afdeling omschrijving terugkoppeling reactieUiterlijk overTijd gemeldOp
    buurt { id } buurtregisseur { naam }
  }
}`;
const SIGNALEN = `query($buurtId: ID, $status: [SignaalStatus!], $overTijd: Boolean, $ordening: SignaalOrdening, $first: Int, $after: String) {
  signalen(buurtId: $buurtId, status: $status, overTijd: $overTijd, ordening: $ordening, first: $first, after: $after) {
    totalCount
    edges { cursor node { id referentie status terugkoppeling overTijd reactieUiterlijk } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const DOORZETTEN = `mutation($id: ID!, $afdeling: String!) { signaalDoorzetten(id: $id, afdeling: $afdeling) { status afdeling } }`;
const AFHANDELEN = `mutation($id: ID!, $t: String!) { signaalAfhandelen(id: $id, terugkoppeling: $t) { status terugkoppeling overTijd } }`;

interface Signaal {
  id: string;
  gemeldOp: string;
  referentie: string;
  status: string;
  terugkoppeling: string | null;
  overTijd: boolean;
  reactieUiterlijk: string;
}
interface Verbinding {
  signalen: {
    totalCount: number;
    edges: Array<{ cursor: string; node: Signaal }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('Signalen: melden, doorzetten, afhandelen en wie wat ziet (invariant 10, 12)', () => {
  let ctx: TestContext;
  let buurtA: string;
  let buurtB: string;
  let regisseurA: string;
  let regisseurB: string;
  let beleid: string;
  let bewoner1: string;
  let bewoner2: string;
  let partner: string;

  const melden = (
    token: string,
    buurtId: string,
    categorie = 'Openbare ruimte',
    omschrijving = 'Losliggende stoeptegel bij de school',
  ) =>
    ctx.gql<{ signaalMelden: Signaal & { afdeling: string; buurtregisseur: { naam: string } | null; categorie: string } }>(
      MELDEN,
      { input: { buurtId, categorie, omschrijving } },
      token,
    );
  const zichtbaar = async (token: string, vars: Record<string, unknown> = {}) =>
    (await ctx.gqlOk<Verbinding>(SIGNALEN, { first: 100, ...vars }, token)).signalen.edges.map((e) => e.node.id);

  const vorigeEnv = { MAIL_INTERVAL_MS: process.env.MAIL_INTERVAL_MS, WEBHOOKS_UIT: process.env.WEBHOOKS_UIT };

  beforeAll(async () => {
    // No background workers (mail, webhooks): outbox rows stay put for the assertions, and the
    // query count below sees only the request's own SQL.
    process.env.MAIL_INTERVAL_MS = '0';
    process.env.WEBHOOKS_UIT = 'true';
    ctx = await testContext();
    const { buurten } = await ctx.gqlOk<{ buurten: Array<{ id: string }> }>('{ buurten { id } }');
    [buurtA, buurtB] = [buurten[0].id, buurten[1].id];
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const registreer = (naam: string, sub: string, buurtId: string) =>
      ctx.gqlOk(
        'mutation($input: MedewerkerInput!) { medewerkerRegistreren(input: $input) { id } }',
        { input: { naam, functie: 'Buurtregisseur', buurtIds: [buurtId], gebruikerId: sub, email: `${sub}@heerlen.nl` } },
        beheerder,
      );
    await registreer('Regisseur Aa', 'regisseur-a', buurtA);
    await registreer('Regisseur Bee', 'regisseur-b', buurtB);
    regisseurA = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'regisseur-a' });
    regisseurB = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'regisseur-b' });
    beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
    bewoner1 = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-1', email: 'bewoner1@example.org' });
    bewoner2 = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-2' });
    partner = await ctx.tokenFor(Rol.PARTNER, { sub: 'partner-1' });
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

  it('toont de categorieën met hun afdeling en termijn, ook zonder account', async () => {
    const { signaalcategorieen } = await ctx.gqlOk<{
      signaalcategorieen: Array<{ naam: string; afdeling: string; reactietermijnDagen: number }>;
    }>('{ signaalcategorieen { naam afdeling reactietermijnDagen } }');
    expect(signaalcategorieen).toContainEqual({
      naam: 'Openbare ruimte',
      afdeling: 'Beheer openbare ruimte',
      reactietermijnDagen: 5,
    });
    expect(signaalcategorieen.length).toBeGreaterThanOrEqual(5);
  });

  it('zet een melding bij de juiste afdeling en koppelt altijd de buurtregisseur', async () => {
    const res = await melden(bewoner1, buurtA, '  openbare RUIMTE ');
    expect(res.errors).toBeUndefined();
    const s = res.data!.signaalMelden;
    expect(s.referentie).toMatch(/^SIG-\d{4}-\d{4}$/);
    expect(s).toMatchObject({
      status: 'NIEUW',
      categorie: 'Openbare ruimte',
      afdeling: 'Beheer openbare ruimte',
      terugkoppeling: null,
      overTijd: false,
      buurtregisseur: { naam: 'Regisseur Aa' },
    });
    expect(s.reactieUiterlijk).toBe(reactieUiterlijk(new Date(s.gemeldOp), 5));
    // The buurtregisseur is told in the same transaction (outbox), without the description.
    const mails = await ctx.dataSource.query<Array<{ soort: string; aan: string; tekst: string }>>(
      'SELECT soort, aan, tekst FROM uitgaande_mail WHERE referentie_id = $1',
      [Buffer.from(s.id, 'base64url').toString().split(':')[1]],
    );
    expect(mails.map((m) => [m.soort, m.aan])).toEqual([['SIGNAAL_GEMELD', 'regisseur-a@heerlen.nl']]);
    expect(mails[0].tekst).toContain(s.referentie);
    expect(mails[0].tekst).not.toContain('stoeptegel');
  });

  it('weigert een onbekende categorie en noemt de toegestane', async () => {
    const res = await melden(bewoner1, buurtA, 'Ufo-waarneming');
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].message).toContain('Openbare ruimte');
    expect(res.errors?.[0].extensions?.velden?.[0].veld).toBe('input.categorie');
  });

  it('weigert een lege of te lange omschrijving en een onbekende buurt', async () => {
    expect(foutcodes(await melden(bewoner1, buurtA, 'Groen', ' '))).toEqual(['BAD_USER_INPUT']);
    expect(foutcodes(await melden(bewoner1, buurtA, 'Groen', 'x'.repeat(10_240)))).toEqual(['BAD_USER_INPUT']);
    expect(foutcodes(await melden(bewoner1, 'QnV1cnQ6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw'))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('laat anonieme bezoekers niet melden of signalen zien, en de griffie niet melden', async () => {
    expect(foutcodes(await ctx.gql(MELDEN, { input: { buurtId: buurtA, categorie: 'Groen', omschrijving: 'x' } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(foutcodes(await ctx.gql(SIGNALEN, {}))).toEqual(['UNAUTHENTICATED']);
    expect(foutcodes(await melden(await ctx.tokenFor(Rol.GRIFFIE), buurtA))).toEqual(['FORBIDDEN']);
  });

  it('geeft gelijktijdige meldingen elk een eigen, opeenvolgend referentienummer', async () => {
    const res = await Promise.all(Array.from({ length: 20 }, () => melden(partner, buurtB, 'Groen', 'Overhangende takken')));
    expect(res.flatMap((r) => foutcodes(r))).toEqual([]);
    const nummers = res.map((r) => Number(r.data!.signaalMelden.referentie.slice(-4))).sort((a, b) => a - b);
    expect(new Set(nummers).size).toBe(20);
    expect(nummers[19] - nummers[0]).toBe(19);
  });

  it('doorloopt NIEUW -> DOORGEZET -> AFGEHANDELD en de melder ziet de terugkoppeling', async () => {
    const s = (await melden(bewoner1, buurtA)).data!.signaalMelden;
    expect(
      (await ctx.gqlOk<{ signaalDoorzetten: unknown }>(DOORZETTEN, { id: s.id, afdeling: 'Wegbeheer' }, regisseurA))
        .signaalDoorzetten,
    ).toEqual({
      status: 'DOORGEZET',
      afdeling: 'Wegbeheer',
    });
    const af = await ctx.gqlOk<{ signaalAfhandelen: unknown }>(
      AFHANDELEN,
      { id: s.id, t: 'De tegel is vandaag teruggelegd.' },
      beleid,
    );
    expect(af.signaalAfhandelen).toEqual({
      status: 'AFGEHANDELD',
      terugkoppeling: 'De tegel is vandaag teruggelegd.',
      overTijd: false,
    });

    const eigen = await ctx.gqlOk<Verbinding>(SIGNALEN, { status: ['AFGEHANDELD'] }, bewoner1);
    expect(eigen.signalen.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ id: s.id, status: 'AFGEHANDELD', terugkoppeling: 'De tegel is vandaag teruggelegd.' }),
    );
    // The reporter also gets it by mail, written in the same transaction (outbox).
    const dbId = Buffer.from(s.id, 'base64url').toString().split(':')[1];
    const mails = await ctx.dataSource.query<Array<{ soort: string; aan: string }>>(
      'SELECT soort, aan FROM uitgaande_mail WHERE referentie_id = $1 ORDER BY aangemaakt_op',
      [dbId],
    );
    expect(mails).toEqual([
      { soort: 'SIGNAAL_GEMELD', aan: 'regisseur-a@heerlen.nl' },
      { soort: 'SIGNAAL_AFGEHANDELD', aan: 'bewoner1@example.org' },
    ]);
  });

  it.each([
    ['doorzetten', DOORZETTEN, { afdeling: 'Elders' }],
    ['opnieuw afhandelen', AFHANDELEN, { t: 'nog eens' }],
    ['in behandeling nemen', 'mutation($id: ID!) { signaalInBehandelingNemen(id: $id) { status } }', {}],
  ])('weigert %s van een afgehandeld signaal (ONGELDIGE_STATUSOVERGANG)', async (_naam, mutatie, vars) => {
    const s = (await melden(bewoner1, buurtA)).data!.signaalMelden;
    await ctx.gqlOk(AFHANDELEN, { id: s.id, t: 'Opgelost.' }, regisseurA);
    expect(foutcodes(await ctx.gql(mutatie, { id: s.id, ...vars }, regisseurA))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
  });

  it('laat alleen medewerkers behandelen, en een buurtregisseur alleen in de eigen buurten', async () => {
    const s = (await melden(bewoner1, buurtA)).data!.signaalMelden;
    expect(foutcodes(await ctx.gql(DOORZETTEN, { id: s.id, afdeling: 'x' }, bewoner1))).toEqual(['FORBIDDEN']);
    expect(foutcodes(await ctx.gql(DOORZETTEN, { id: s.id, afdeling: 'x' }, partner))).toEqual(['FORBIDDEN']);
    expect(foutcodes(await ctx.gql(DOORZETTEN, { id: s.id, afdeling: 'x' }, regisseurB))).toEqual(['FORBIDDEN']);
    expect(foutcodes(await ctx.gql(DOORZETTEN, { id: s.id, afdeling: ' ' }, regisseurA))).toEqual(['BAD_USER_INPUT']);
  });

  describe('zichtbaarheid', () => {
    let vanBewoner1: string;
    let vanBewoner2: string;
    let vanPartnerInB: string;

    beforeAll(async () => {
      vanBewoner1 = (await melden(bewoner1, buurtA, 'Groen', 'Boom omgewaaid')).data!.signaalMelden.id;
      vanBewoner2 = (await melden(bewoner2, buurtA, 'Groen', 'Gras te hoog')).data!.signaalMelden.id;
      vanPartnerInB = (await melden(partner, buurtB, 'Zorg en welzijn', 'Eenzame oudere in de flat')).data!.signaalMelden.id;
    });

    it('een bewoner ziet alleen de eigen meldingen', async () => {
      const ids = await zichtbaar(bewoner2);
      expect(ids).toEqual([vanBewoner2]);
      expect(await zichtbaar(bewoner1)).not.toContain(vanBewoner2);
    });

    it('een partner ziet alleen wat hij zelf meldde', async () => {
      const ids = await zichtbaar(partner);
      expect(ids).toContain(vanPartnerInB);
      expect(ids).not.toContain(vanBewoner1);
    });

    it('een buurtregisseur ziet alle signalen van de eigen buurten en niet die van andere', async () => {
      const a = await zichtbaar(regisseurA);
      expect(a).toEqual(expect.arrayContaining([vanBewoner1, vanBewoner2]));
      expect(a).not.toContain(vanPartnerInB);
      expect(await zichtbaar(regisseurB)).toContain(vanPartnerInB);
      expect(await zichtbaar(regisseurB)).not.toContain(vanBewoner1);
    });

    it('een beleidsmedewerker ziet alles, ook gefilterd op buurt', async () => {
      const alle = await zichtbaar(beleid);
      expect(alle).toEqual(expect.arrayContaining([vanBewoner1, vanBewoner2, vanPartnerInB]));
      const inB = await zichtbaar(beleid, { buurtId: buurtB });
      expect(inB).toContain(vanPartnerInB);
      expect(inB).not.toContain(vanBewoner1);
    });

    it('node(id) geeft een signaal alleen aan wie het mag zien', async () => {
      const Q = 'query($id: ID!) { node(id: $id) { ... on Signaal { referentie } } }';
      expect((await ctx.gqlOk<{ node: unknown }>(Q, { id: vanBewoner1 }, bewoner1)).node).not.toBeNull();
      expect((await ctx.gqlOk<{ node: unknown }>(Q, { id: vanBewoner1 }, bewoner2)).node).toBeNull();
      expect((await ctx.gqlOk<{ node: unknown }>(Q, { id: vanBewoner1 })).node).toBeNull();
      expect((await ctx.gqlOk<{ node: unknown }>(Q, { id: vanBewoner1 }, regisseurA)).node).not.toBeNull();
    });
  });

  describe('over tijd', () => {
    it('markeert open signalen na de reactietermijn en zet ze vooraan bij ordening TERMIJN', async () => {
      const bewoner = await ctx.tokenFor(Rol.BEWONER, { sub: 'bewoner-termijn' });
      const oud = (await melden(bewoner, buurtA, 'Afval en zwerfvuil', 'Dumping achter de garageboxen')).data!.signaalMelden;
      const oudAfgehandeld = (await melden(bewoner, buurtA, 'Afval en zwerfvuil', 'Zwerfvuil')).data!.signaalMelden;
      const nieuw = (await melden(bewoner, buurtA, 'Afval en zwerfvuil', 'Volle container')).data!.signaalMelden;
      const dbId = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1];
      // Reported ten days ago with a 3-day term.
      await ctx.dataSource.query(
        `UPDATE signaal SET gemeld_op = now() - interval '10 days', reactie_uiterlijk = (now() AT TIME ZONE 'Europe/Amsterdam')::date - 7
          WHERE id = ANY($1::uuid[])`,
        [[dbId(oud.id), dbId(oudAfgehandeld.id)]],
      );
      await ctx.gqlOk(AFHANDELEN, { id: oudAfgehandeld.id, t: 'Opgeruimd.' }, regisseurA);

      const alle = (await ctx.gqlOk<Verbinding>(SIGNALEN, { first: 100 }, bewoner)).signalen.edges.map((e) => e.node);
      expect(alle.find((s) => s.id === oud.id)?.overTijd).toBe(true);
      expect(alle.find((s) => s.id === oudAfgehandeld.id)?.overTijd).toBe(false);
      expect(alle.find((s) => s.id === nieuw.id)?.overTijd).toBe(false);

      const overTijd = (await ctx.gqlOk<Verbinding>(SIGNALEN, { overTijd: true, buurtId: buurtA }, regisseurA)).signalen;
      expect(overTijd.edges.map((e) => e.node.id)).toEqual([oud.id]);

      // Urgency order, page by page: open ones by deadline (overdue first), handled ones last.
      const volgorde: string[] = [];
      let after: string | null = null;
      do {
        const pagina: Verbinding['signalen'] = (
          await ctx.gqlOk<Verbinding>(SIGNALEN, { ordening: 'TERMIJN', first: 2, after }, bewoner)
        ).signalen;
        volgorde.push(...pagina.edges.map((e) => e.node.id));
        after = pagina.pageInfo.hasNextPage ? pagina.pageInfo.endCursor : null;
      } while (after);
      expect(volgorde).toEqual([oud.id, nieuw.id, oudAfgehandeld.id]);
    });
  });
  describe('plannen van de gemeente (brugfunctie)', () => {
    const REGISTREREN = `mutation($input: PlanInput!) {
      planRegistreren(input: $input) { id titel afdeling startdatum einddatum buurten { id } buurtregisseurs { naam } }
    }`;

    it('koppelt de buurtregisseurs van alle buurten van een plan automatisch', async () => {
      const input = {
        titel: 'Herinrichting Akerstraat',
        afdeling: 'Ruimtelijke ontwikkeling',
        startdatum: '2027-04-01',
        einddatum: '2028-06-30',
        buurtIds: [buurtA, buurtB],
      };
      const { planRegistreren } = await ctx.gqlOk<{
        planRegistreren: { id: string; buurten: Array<{ id: string }>; buurtregisseurs: Array<{ naam: string }> };
      }>(REGISTREREN, { input }, beleid);
      expect(planRegistreren.buurten.map((b) => b.id).sort()).toEqual([buurtA, buurtB].sort());
      expect(planRegistreren.buurtregisseurs.map((m) => m.naam)).toEqual(['Regisseur Aa', 'Regisseur Bee']);
      const { plannen } = await ctx.gqlOk<{ plannen: Array<{ id: string }> }>(
        'query($b: ID) { plannen(buurtId: $b) { id } }',
        { b: buurtB },
        regisseurB,
      );
      expect(plannen.map((p) => p.id)).toEqual([planRegistreren.id]);
      // The linked buurtregisseurs with an e-mail address are notified through the outbox.
      const mails: Array<{ aan: string; onderwerp: string }> = await ctx.dataSource.query(
        `SELECT aan, onderwerp FROM uitgaande_mail WHERE soort = 'PLAN_GEREGISTREERD' ORDER BY aan`,
      );
      expect(mails.map((m) => m.aan)).toEqual(['regisseur-a@heerlen.nl', 'regisseur-b@heerlen.nl']);
      expect(mails.every((m) => m.onderwerp === 'Nieuw plan in uw buurt: Herinrichting Akerstraat')).toBe(true);
    });

    it('weigert een plan zonder buurten of met een einddatum voor de start, en laat bewoners er niet bij', async () => {
      const basis = { titel: 'Plan', afdeling: 'Wonen', startdatum: '2027-04-01', buurtIds: [buurtA] };
      expect(foutcodes(await ctx.gql(REGISTREREN, { input: { ...basis, buurtIds: [] } }, beleid))).toEqual(['BAD_USER_INPUT']);
      expect(foutcodes(await ctx.gql(REGISTREREN, { input: { ...basis, einddatum: '2027-03-31' } }, beleid))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(foutcodes(await ctx.gql(REGISTREREN, { input: { ...basis, startdatum: '2027-02-30' } }, beleid))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(foutcodes(await ctx.gql(REGISTREREN, { input: basis }, bewoner1))).toEqual(['FORBIDDEN']);
      expect(foutcodes(await ctx.gql('{ plannen { id } }', {}))).toEqual(['UNAUTHENTICATED']);
    });
  });

  it('toont bij een signaal uit een buurt zonder regisseur de regisseur die er later komt', async () => {
    const { buurten } = await ctx.gqlOk<{ buurten: Array<{ id: string }> }>('{ buurten { id } }');
    const buurtC = buurten[2].id;
    const s = (await melden(bewoner1, buurtC)).data!.signaalMelden;
    expect(s.buurtregisseur).toBeNull();
    await ctx.gqlOk(
      'mutation($input: MedewerkerInput!) { medewerkerRegistreren(input: $input) { id } }',
      { input: { naam: 'Regisseur Cee', functie: 'Buurtregisseur', buurtIds: [buurtC], gebruikerId: 'regisseur-c' } },
      await ctx.tokenFor(Rol.BEHEERDER),
    );
    const regisseurC = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'regisseur-c' });
    const { node } = await ctx.gqlOk<{ node: { buurtregisseur: { naam: string } } | null }>(
      'query($id: ID!) { node(id: $id) { ... on Signaal { buurtregisseur { naam } } } }',
      { id: s.id },
      regisseurC,
    );
    expect(node?.buurtregisseur.naam).toBe('Regisseur Cee');
  });
  it('kost evenveel SQL-queries voor 2 als voor 20 signalen (geen N+1)', async () => {
    const query = `query($b: ID, $n: Int) { signalen(buurtId: $b, first: $n) {
      totalCount edges { node { referentie buurt { naam stadsdeel { naam } } buurtregisseur { naam } } } } }`;
    const tel = async (n: number) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const data = await ctx.gqlOk<{ signalen: { edges: unknown[] } }>(query, { b: buurtB, n }, beleid);
        expect(data.signalen.edges).toHaveLength(n);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    // The fewest of three runs: anything else in the process can only add queries, never remove them.
    const minst = async (n: number) => Math.min(await tel(n), await tel(n), await tel(n));
    expect(await minst(20)).toBe(await minst(2));
  });
});
