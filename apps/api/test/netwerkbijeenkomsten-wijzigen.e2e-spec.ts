/**
 * Changing a planned network meeting (invariant 9 keeps holding: rotation of the host buurt,
 * exactly `capaciteit` places, the waiting list in order of receipt) and the typed attendee
 * list for the organisers (invariant 12: staff only, reads audited, no N+1).
 */
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { aanmeldenEnBevestigen } from './aanmelden.helpers';

const PLANNEN = `mutation($input: NetwerkbijeenkomstInput!) { netwerkbijeenkomstPlannen(input: $input) { id } }`;
const WIJZIGEN = `mutation($id: ID!, $input: NetwerkbijeenkomstWijzigenInput!) {
  netwerkbijeenkomstWijzigen(id: $id, input: $input) {
    id titel thema begin eind locatie capaciteit status aantalAanmeldingen aantalOpWachtlijst plaatsenBeschikbaar buurt { id }
  }
}`;
const DEELNEMERS = `query($id: ID!, $first: Int, $after: String, $status: AanmeldingStatus) {
  node(id: $id) {
    ... on Netwerkbijeenkomst {
      deelnemers(first: $first, after: $after, status: $status) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id naam email rol wensen status wachtlijstPositie aangemeldOp organisatie { naam } } }
      }
    }
  }
}`;

interface Deelnemer {
  id: string;
  naam: string;
  email: string;
  rol: string | null;
  wensen: string | null;
  status: 'AANGEMELD' | 'WACHTLIJST';
  wachtlijstPositie: number | null;
  aangemeldOp: string;
  organisatie: { naam: string } | null;
}

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

describe('Netwerkbijeenkomst wijzigen en de deelnemerslijst voor organisatoren', () => {
  let ctx: TestContext;
  let regisseur: string;
  let buurten: Array<{ id: string; naam: string }>;
  let volgende = 0;
  const vorigeInterval = process.env.MAIL_INTERVAL_MS;

  const nieuweBuurt = () => buurten[volgende++];

  const plannen = async (overrides: Record<string, unknown> = {}) =>
    (
      await ctx.gqlOk<{ netwerkbijeenkomstPlannen: { id: string } }>(
        PLANNEN,
        {
          input: {
            titel: 'Netwerkbijeenkomst najaar',
            thema: 'Samen sterker',
            begin: '2031-10-07T19:00:00+02:00',
            eind: '2031-10-07T21:30:00+02:00',
            buurtId: nieuweBuurt().id,
            locatie: 'Buurthuis, Kerkstraat 1',
            capaciteit: 50,
            ...overrides,
          },
        },
        regisseur,
      )
    ).netwerkbijeenkomstPlannen.id;

  /** Signs up and follows the link in the mail (as a resident does). */
  const aanmelden = (bijeenkomstId: string, email: string, extra: Record<string, unknown> = {}) =>
    aanmeldenEnBevestigen(ctx, { bijeenkomstId, naam: `Deelnemer ${email}`, email, rol: 'bewoner', ...extra });

  const wijzigen = (id: string, input: Record<string, unknown>, token: string | null = regisseur) =>
    ctx.gql<{
      netwerkbijeenkomstWijzigen: {
        titel: string;
        thema: string | null;
        begin: string;
        eind: string;
        locatie: string;
        capaciteit: number;
        aantalAanmeldingen: number;
        aantalOpWachtlijst: number;
        plaatsenBeschikbaar: number;
        buurt: { id: string };
      };
    }>(WIJZIGEN, { id, input }, token);

  const mails = (aanmeldingId: string) =>
    ctx.dataSource
      .query<Array<{ soort: string; tekst: string }>>(
        'SELECT soort, tekst FROM uitgaande_mail WHERE referentie_id = $1 ORDER BY aangemaakt_op, id',
        [dbId(aanmeldingId)],
      )
      .then((r) => r.map((m) => m.soort));

  /** The sign-ups in the database: the truth the counters and the API must match. */
  const inDatabase = async (id: string) => {
    const [rij] = await ctx.dataSource.query<
      Array<{ capaciteit: number; aangemeld: number; wachtlijst: number; echt_aangemeld: number; echt_wachtlijst: number }>
    >(
      `SELECT b.capaciteit, b.aangemeld, b.wachtlijst,
              (SELECT count(*)::int FROM aanmelding a WHERE a.bijeenkomst_id = b.id AND a.status = 'AANGEMELD') AS echt_aangemeld,
              (SELECT count(*)::int FROM aanmelding a WHERE a.bijeenkomst_id = b.id AND a.status = 'WACHTLIJST') AS echt_wachtlijst
         FROM netwerkbijeenkomst b WHERE b.id = $1`,
      [dbId(id)],
    );
    return rij;
  };

  beforeAll(async () => {
    process.env.MAIL_INTERVAL_MS = '0';
    ctx = await testContext();
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'regisseur-rik' });
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

  describe('wijzigen', () => {
    it('verzet tijd en plaats, bericht iedereen die zich aanmeldde en meldt het op het webhookkanaal', async () => {
      const id = await plannen({ capaciteit: 1 });
      const a = (await aanmelden(id, 'tijd1@example.org')).data!.aanmelden;
      const w = (await aanmelden(id, 'tijd2@example.org')).data!.aanmelden;
      const res = await wijzigen(id, {
        begin: '2031-10-14T19:30:00+02:00',
        eind: '2031-10-14T22:00:00+02:00',
        locatie: '  Wijkcentrum De Nieuwe Ster  ',
        thema: 'Groen in de buurt',
      });
      expect(foutcodes(res)).toEqual([]);
      expect(res.data!.netwerkbijeenkomstWijzigen).toMatchObject({
        titel: 'Netwerkbijeenkomst najaar',
        thema: 'Groen in de buurt',
        begin: '2031-10-14T17:30:00.000Z',
        eind: '2031-10-14T20:00:00.000Z',
        locatie: 'Wijkcentrum De Nieuwe Ster',
        capaciteit: 1,
        aantalAanmeldingen: 1,
        aantalOpWachtlijst: 1,
      });
      expect(await mails(a.id)).toEqual(['AANMELDING_BEVESTIGEN', 'AANMELDING_BEVESTIGD', 'BIJEENKOMST_GEWIJZIGD']);
      expect(await mails(w.id)).toEqual(['AANMELDING_BEVESTIGEN', 'AANMELDING_WACHTLIJST', 'BIJEENKOMST_GEWIJZIGD']);
      const [tekst] = await ctx.dataSource.query<Array<{ tekst: string }>>(
        `SELECT tekst FROM uitgaande_mail WHERE referentie_id = $1 AND soort = 'BIJEENKOMST_GEWIJZIGD'`,
        [dbId(w.id)],
      );
      expect(tekst.tekst).toContain('Wijkcentrum De Nieuwe Ster');
      expect(tekst.tekst).toContain('14 oktober 2031');
      expect(tekst.tekst).toContain('wachtlijst');
      const gebeurtenissen = await ctx.dataSource.query<Array<{ type: string; data: { locatie: string; begin: string } }>>(
        'SELECT type, data FROM webhook_gebeurtenis WHERE onderwerp = $1 ORDER BY aangemaakt_op',
        [id],
      );
      expect(gebeurtenissen.map((g) => g.type)).toEqual([
        'nl.heerlen.buurtwerk.netwerkbijeenkomst.gepland',
        'nl.heerlen.buurtwerk.netwerkbijeenkomst.gewijzigd',
      ]);
      expect(gebeurtenissen[1].data).toMatchObject({ locatie: 'Wijkcentrum De Nieuwe Ster', begin: '2031-10-14T17:30:00.000Z' });
      expect(JSON.stringify(gebeurtenissen)).not.toContain('tijd1@example.org');
      // Subscribed calendars see the new time, with the moment of the change.
      const ical = await ctx.http().get('/api/v1/netwerkbijeenkomsten?jaar=2031').set('accept', 'text/calendar');
      const event = ical.text
        .replace(/\r\n /g, '')
        .split('BEGIN:VEVENT')
        .find((e) => e.includes(`UID:${id}@`))!;
      expect(event).toContain('DTSTART:20311014T173000Z');
      expect(event).toMatch(/LAST-MODIFIED:\d{8}T\d{6}Z/);
    });

    it('verandert niets, mailt niemand en meldt niets als de invoer gelijk is aan wat er staat', async () => {
      const id = await plannen();
      const a = (await aanmelden(id, 'gelijk@example.org')).data!.aanmelden;
      const res = await wijzigen(id, { locatie: 'Buurthuis, Kerkstraat 1', capaciteit: 50, thema: 'Samen sterker' });
      expect(foutcodes(res)).toEqual([]);
      expect(await mails(a.id)).toEqual(['AANMELDING_BEVESTIGEN', 'AANMELDING_BEVESTIGD']);
      const [{ n }] = await ctx.dataSource.query<Array<{ n: number }>>(
        'SELECT count(*)::int AS n FROM webhook_gebeurtenis WHERE onderwerp = $1',
        [id],
      );
      expect(n).toBe(1);
    });

    it('stuurt geen wijzigingsmail als alleen de titel of het thema verandert, en wist het thema met null', async () => {
      const id = await plannen();
      const a = (await aanmelden(id, 'titel@example.org')).data!.aanmelden;
      const res = await wijzigen(id, { titel: 'Najaarsavond', thema: null });
      expect(res.data!.netwerkbijeenkomstWijzigen).toMatchObject({ titel: 'Najaarsavond', thema: null });
      expect(await mails(a.id)).toEqual(['AANMELDING_BEVESTIGEN', 'AANMELDING_BEVESTIGD']);
    });

    it('geeft bij meer plaatsen de eerste wachtenden op volgorde van binnenkomst een plaats, met bericht', async () => {
      const id = await plannen({ capaciteit: 2 });
      const alle = [];
      for (let i = 0; i < 6; i++) {
        alle.push((await aanmelden(id, `meer${i}@example.org`)).data!.aanmelden);
      }
      expect(alle.map((a) => a.status)).toEqual([
        'AANGEMELD',
        'AANGEMELD',
        'WACHTLIJST',
        'WACHTLIJST',
        'WACHTLIJST',
        'WACHTLIJST',
      ]);
      const res = await wijzigen(id, { capaciteit: 4 });
      expect(res.data!.netwerkbijeenkomstWijzigen).toMatchObject({
        capaciteit: 4,
        aantalAanmeldingen: 4,
        aantalOpWachtlijst: 2,
        plaatsenBeschikbaar: 0,
      });
      expect(await mails(alle[2].id)).toEqual(['AANMELDING_BEVESTIGEN', 'AANMELDING_WACHTLIJST', 'PLAATS_VRIJGEKOMEN']);
      expect(await mails(alle[3].id)).toEqual(['AANMELDING_BEVESTIGEN', 'AANMELDING_WACHTLIJST', 'PLAATS_VRIJGEKOMEN']);
      expect(await mails(alle[4].id)).toEqual(['AANMELDING_BEVESTIGEN', 'AANMELDING_WACHTLIJST']);
      // Those still waiting moved up: the fifth and sixth are now first and second.
      const { node } = await ctx.gqlOk<{ node: { deelnemers: { edges: Array<{ node: Deelnemer }> } } }>(
        DEELNEMERS,
        { id, status: 'WACHTLIJST' },
        regisseur,
      );
      expect(node.deelnemers.edges.map((e) => [e.node.email, e.node.wachtlijstPositie])).toEqual([
        ['meer4@example.org', 1],
        ['meer5@example.org', 2],
      ]);
      // More places than people: everyone gets one, the rest stays free.
      const ruim = await wijzigen(id, { capaciteit: 10 });
      expect(ruim.data!.netwerkbijeenkomstWijzigen).toMatchObject({
        aantalAanmeldingen: 6,
        aantalOpWachtlijst: 0,
        plaatsenBeschikbaar: 4,
      });
      expect(await inDatabase(id)).toEqual({
        capaciteit: 10,
        aangemeld: 6,
        wachtlijst: 0,
        echt_aangemeld: 6,
        echt_wachtlijst: 0,
      });
      // A new sign-up then simply gets a free place.
      expect((await aanmelden(id, 'daarna@example.org')).data!.aanmelden.status).toBe('AANGEMELD');
    });

    it('weigert minder plaatsen dan er mensen een plaats hebben, en zet niemand terug', async () => {
      const id = await plannen({ capaciteit: 3 });
      for (let i = 0; i < 4; i++) {
        await aanmelden(id, `minder${i}@example.org`);
      }
      const res = await wijzigen(id, { capaciteit: 2, locatie: 'Ergens anders' });
      expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.velden).toEqual([
        {
          veld: 'input.capaciteit',
          melding: expect.stringContaining('er hebben al 3 mensen een plaats. Kies minstens 3 plaatsen') as string,
        },
      ]);
      expect(await inDatabase(id)).toMatchObject({ capaciteit: 3, aangemeld: 3, wachtlijst: 1, echt_aangemeld: 3 });
      const { node } = await ctx.gqlOk<{ node: { locatie: string } }>(
        'query($id: ID!) { node(id: $id) { ... on Netwerkbijeenkomst { locatie } } }',
        { id },
      );
      expect(node.locatie).toBe('Buurthuis, Kerkstraat 1');
      // Exactly as many places as admitted is allowed (nobody waiting moves up).
      expect((await wijzigen(id, { capaciteit: 3 })).data!.netwerkbijeenkomstWijzigen.aantalOpWachtlijst).toBe(1);
    });

    it('weigert een gastbuurt die al gastbuurt was, en laat de oude buurt daarna weer vrij', async () => {
      const eerste = await plannen();
      const eersteBuurt = buurten[volgende - 1];
      const tweede = await plannen();
      const res = await wijzigen(tweede, { buurtId: eersteBuurt.id });
      expect(foutcodes(res)).toEqual(['GASTBUURT_AL_GEWEEST']);
      expect(res.errors![0].message).toContain(`${eersteBuurt.naam} was al gastbuurt`);

      // The same buurt again is no change; a buurt that never hosted is fine.
      expect(foutcodes(await wijzigen(eerste, { buurtId: eersteBuurt.id }))).toEqual([]);
      const vrij = nieuweBuurt();
      const verplaatst = await wijzigen(eerste, { buurtId: vrij.id });
      expect(verplaatst.data!.netwerkbijeenkomstWijzigen.buurt.id).toBe(vrij.id);
      // The first buurt never hosted after all: it may now be chosen.
      expect(foutcodes(await wijzigen(tweede, { buurtId: eersteBuurt.id }))).toEqual([]);
    });

    it('geeft bij twee gelijktijdige verplaatsingen naar dezelfde buurt er precies één door', async () => {
      const ids = [await plannen(), await plannen(), await plannen(), await plannen()];
      const doel = nieuweBuurt();
      const res = await Promise.all(ids.map((id) => wijzigen(id, { buurtId: doel.id })));
      const codes = res.map((r) => foutcodes(r));
      expect(codes.filter((c) => c.length === 0)).toHaveLength(1);
      expect(codes.filter((c) => c.length > 0)).toEqual([
        ['GASTBUURT_AL_GEWEEST'],
        ['GASTBUURT_AL_GEWEEST'],
        ['GASTBUURT_AL_GEWEEST'],
      ]);
      const [{ n }] = await ctx.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM netwerkbijeenkomst b JOIN buurt ON buurt.id = b.buurt_id
          WHERE b.buurt_id = $1 AND b.status <> 'GEANNULEERD'`,
        [dbId(doel.id)],
      );
      expect(n).toBe(1);
    });

    it('weigert een eind voor het begin en een begin in het verleden', async () => {
      const id = await plannen();
      const omgekeerd = await wijzigen(id, { eind: '2031-10-07T18:00:00+02:00' });
      expect(foutcodes(omgekeerd)).toEqual(['BAD_USER_INPUT']);
      expect(omgekeerd.errors![0].extensions!.velden).toEqual([
        { veld: 'input.eind', melding: 'moet na het begin van de bijeenkomst liggen.' },
      ]);
      const verleden = await wijzigen(id, { begin: '2020-01-01T19:00:00+01:00' });
      expect(foutcodes(verleden)).toEqual(['BAD_USER_INPUT']);
      expect(verleden.errors![0].extensions!.velden![0].veld).toBe('input.begin');
      expect(foutcodes(await wijzigen(id, { capaciteit: 0 }))).toEqual(['BAD_USER_INPUT']);
    });

    it('wijzigt geen geannuleerde of gehouden bijeenkomst (ONGELDIGE_STATUSOVERGANG)', async () => {
      const geannuleerd = await plannen();
      await ctx.gqlOk('mutation($id: ID!) { netwerkbijeenkomstAnnuleren(id: $id) { id } }', { id: geannuleerd }, regisseur);
      const res = await wijzigen(geannuleerd, { capaciteit: 80 });
      expect(foutcodes(res)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
      expect(res.errors![0].message).toContain('geannuleerd');

      const gehouden = await plannen();
      await ctx.dataSource.query(
        `UPDATE netwerkbijeenkomst SET begin = now() - interval '3 days', eind = now() - interval '3 days' + interval '2 hours'
          WHERE id = $1`,
        [dbId(gehouden)],
      );
      const oud = await wijzigen(gehouden, { locatie: 'Achteraf' });
      expect(foutcodes(oud)).toEqual(['ONGELDIGE_STATUSOVERGANG']);
      expect(oud.errors![0].message).toBe('Dat kan niet meer: de bijeenkomst is al geweest.');
    });

    it('laat alleen organisatoren wijzigen', async () => {
      const id = await plannen();
      for (const rol of [Rol.BEWONER, Rol.GRIFFIE, Rol.PARTNER]) {
        expect(foutcodes(await wijzigen(id, { capaciteit: 99 }, await ctx.tokenFor(rol)))).toEqual(['FORBIDDEN']);
      }
      expect(foutcodes(await wijzigen(id, { capaciteit: 99 }, null))).toEqual(['UNAUTHENTICATED']);
      for (const rol of [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER]) {
        expect(foutcodes(await wijzigen(id, { capaciteit: 60 }, await ctx.tokenFor(rol)))).toEqual([]);
      }
    });

    it('houdt AANGEMELD = min(capaciteit, actief) als de capaciteit stijgt terwijl aanmeldingen binnenkomen', async () => {
      const id = await plannen({ capaciteit: 5 });
      for (let i = 0; i < 8; i++) {
        await aanmelden(id, `vooraf${i}@example.org`);
      }
      const verhogingen = [9, 14, 12];
      const res = await Promise.all([
        ...Array.from({ length: 30 }, (_, i) => aanmelden(id, `race${i}@example.org`)),
        ...verhogingen.map((capaciteit) => wijzigen(id, { capaciteit })),
      ]);
      // A raise to 12 after the raise to 14 is refused only when 13 or more already have a place.
      const codes = res.flatMap((r) => foutcodes(r));
      expect(codes.every((c) => c === 'BAD_USER_INPUT')).toBe(true);
      const stand = await inDatabase(id);
      expect(stand.aangemeld).toBe(stand.echt_aangemeld);
      expect(stand.wachtlijst).toBe(stand.echt_wachtlijst);
      expect(stand.echt_aangemeld + stand.echt_wachtlijst).toBe(38);
      expect(stand.echt_aangemeld).toBe(Math.min(stand.capaciteit, 38));
      // The waiting list is still in order of receipt: positions 1..n, nobody admitted after someone waiting.
      const rijen = await ctx.dataSource.query<Array<{ status: string; volgnummer: number }>>(
        `SELECT status, volgnummer FROM aanmelding WHERE bijeenkomst_id = $1 ORDER BY volgnummer`,
        [dbId(id)],
      );
      const eersteWachtende = rijen.findIndex((r) => r.status === 'WACHTLIJST');
      if (eersteWachtende >= 0) {
        expect(rijen.slice(eersteWachtende).every((r) => r.status === 'WACHTLIJST')).toBe(true);
      }
      const lijst = await ctx.gqlOk<{ node: { deelnemers: { edges: Array<{ node: Deelnemer }> } } }>(
        DEELNEMERS,
        { id, status: 'WACHTLIJST', first: 100 },
        regisseur,
      );
      expect(lijst.node.deelnemers.edges.map((e) => e.node.wachtlijstPositie)).toEqual(
        Array.from({ length: stand.echt_wachtlijst }, (_, i) => i + 1),
      );
    });
  });

  describe('deelnemerslijst (Netwerkbijeenkomst.deelnemers)', () => {
    let id: string;
    let organisatie: string;

    beforeAll(async () => {
      const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
      organisatie = (
        await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
          'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
          { input: { naam: 'Stichting Buurtleven', soort: 'STICHTING', buurtIds: [buurten[0].id] } },
          beheerder,
        )
      ).organisatieRegistreren.id;
      id = await plannen({ capaciteit: 2 });
      await aanmelden(id, 'Anna@Example.org', { naam: 'Anna Aanmelder', organisatieId: organisatie, wensen: 'Rolstoel' });
      await aanmelden(id, 'bob@example.org', { naam: 'Bob Bewoner' });
      await aanmelden(id, 'cor@example.org', { naam: 'Cor Wachter' });
      const dirk = (await aanmelden(id, 'dirk@example.org', { naam: 'Dirk Afmelder' })).data!.aanmelden;
      await aanmelden(id, 'eva@example.org', { naam: 'Eva Wachter' });
      await ctx.gqlOk('mutation($id: ID!, $code: String!) { afmelden(aanmeldingId: $id, afmeldcode: $code) { id } }', {
        id: dirk.id,
        code: dirk.afmeldcode,
      });
    });

    it('toont organisatoren eerst wie een plaats heeft, dan de wachtlijst op volgorde, zonder afgemelden', async () => {
      const { node } = await ctx.gqlOk<{
        node: { deelnemers: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: Array<{ node: Deelnemer }> } };
      }>(DEELNEMERS, { id }, regisseur);
      expect(node.deelnemers.totalCount).toBe(4);
      expect(node.deelnemers.pageInfo.hasNextPage).toBe(false);
      expect(node.deelnemers.edges.map((e) => e.node)).toEqual([
        {
          id: expect.any(String) as string,
          naam: 'Anna Aanmelder',
          email: 'Anna@Example.org',
          rol: 'bewoner',
          wensen: 'Rolstoel',
          status: 'AANGEMELD',
          wachtlijstPositie: null,
          aangemeldOp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as string,
          organisatie: { naam: 'Stichting Buurtleven' },
        },
        expect.objectContaining({ naam: 'Bob Bewoner', status: 'AANGEMELD', wachtlijstPositie: null, organisatie: null }),
        expect.objectContaining({ naam: 'Cor Wachter', status: 'WACHTLIJST', wachtlijstPositie: 1 }),
        expect.objectContaining({ naam: 'Eva Wachter', status: 'WACHTLIJST', wachtlijstPositie: 2 }),
      ]);
      // The same people and order as in the CSV download.
      const { netwerkbijeenkomstDeelnemerslijst: csv } = await ctx.gqlOk<{ netwerkbijeenkomstDeelnemerslijst: string }>(
        'query($id: ID!) { netwerkbijeenkomstDeelnemerslijst(id: $id) }',
        { id },
        regisseur,
      );
      expect(
        csv
          .trimEnd()
          .split('\r\n')
          .slice(1)
          .map((r) => r.split(',')[0]),
      ).toEqual(['Anna Aanmelder', 'Bob Bewoner', 'Cor Wachter', 'Eva Wachter']);
    });

    it('bladert met first en after zonder iemand over te slaan, en filtert op status', async () => {
      const gezien: string[] = [];
      let after: string | null = null;
      for (let pagina = 0; pagina < 5; pagina++) {
        const res: {
          node: { deelnemers: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: Deelnemer }> } };
        } = await ctx.gqlOk(DEELNEMERS, { id, first: 3, after }, regisseur);
        gezien.push(...res.node.deelnemers.edges.map((e) => e.node.naam));
        if (!res.node.deelnemers.pageInfo.hasNextPage) {
          break;
        }
        after = res.node.deelnemers.pageInfo.endCursor;
      }
      expect(gezien).toEqual(['Anna Aanmelder', 'Bob Bewoner', 'Cor Wachter', 'Eva Wachter']);
      const { node } = await ctx.gqlOk<{ node: { deelnemers: { totalCount: number; edges: Array<{ node: Deelnemer }> } } }>(
        DEELNEMERS,
        { id, status: 'AANGEMELD' },
        regisseur,
      );
      expect(node.deelnemers.totalCount).toBe(2);
      expect(node.deelnemers.edges.map((e) => e.node.naam)).toEqual(['Anna Aanmelder', 'Bob Bewoner']);
    });

    it('weigert iedereen behalve de organisatoren, en toont de bijeenkomst zelf wel', async () => {
      for (const token of [
        null,
        await ctx.tokenFor(Rol.BEWONER),
        await ctx.tokenFor(Rol.GRIFFIE),
        await ctx.tokenFor(Rol.PARTNER),
      ]) {
        const res = await ctx.gql<{ node: { titel: string; deelnemers: unknown } | null }>(
          'query($id: ID!) { node(id: $id) { ... on Netwerkbijeenkomst { titel deelnemers { edges { node { naam email } } } } } }',
          { id },
          token,
        );
        expect(foutcodes(res)).toEqual(['FORBIDDEN']);
        expect(JSON.stringify(res.body)).not.toMatch(/Anna|bob@example/);
        const publiek = await ctx.gqlOk<{ node: { titel: string } }>(
          'query($id: ID!) { node(id: $id) { ... on Netwerkbijeenkomst { titel } } }',
          { id },
          token,
        );
        expect(publiek.node.titel).toBe('Netwerkbijeenkomst najaar');
      }
      for (const rol of [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER]) {
        expect(foutcodes(await ctx.gql(DEELNEMERS, { id }, await ctx.tokenFor(rol)))).toEqual([]);
      }
    });

    it('legt elke lezing van de persoonsgegevens vast, per aanmelding', async () => {
      const lezer = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { sub: 'beleid-lees' });
      const { node } = await ctx.gqlOk<{ node: { deelnemers: { edges: Array<{ node: Deelnemer }> } } }>(
        DEELNEMERS,
        { id },
        lezer,
      );
      const log = await ctx.dataSource.query<Array<{ operatie: string; entiteit: string; entiteit_id: string }>>(
        `SELECT operatie, entiteit, entiteit_id FROM audit_log WHERE door = 'beleid-lees' AND operatie LIKE 'lezen:%' ORDER BY id`,
      );
      expect(log.every((r) => r.entiteit === 'Aanmelding' && r.operatie === 'lezen:Deelnemer.naam')).toBe(true);
      expect(log.map((r) => r.entiteit_id).sort()).toEqual(node.deelnemers.edges.map((e) => e.node.id).sort());
    });

    it('kost evenveel queries voor de deelnemers van 2 als van 8 bijeenkomsten (geen N+1)', async () => {
      const metAanmeldingen = async (jaar: number, aantal: number) => {
        for (let i = 0; i < aantal; i++) {
          const extra = await plannen({
            begin: `${jaar}-05-0${i + 1}T19:00:00+02:00`,
            eind: `${jaar}-05-0${i + 1}T21:00:00+02:00`,
            capaciteit: 1,
          });
          await aanmelden(extra, `n1-${jaar}-${i}@example.org`, { organisatieId: organisatie });
          await aanmelden(extra, `n2-${jaar}-${i}@example.org`);
        }
      };
      await metAanmeldingen(2033, 2);
      await metAanmeldingen(2034, 8);
      const query = `query($jaar: Int) { netwerkbijeenkomsten(jaar: $jaar) { titel deelnemers(first: 5) { totalCount edges { node { naam wachtlijstPositie organisatie { naam } } } } } }`;
      const tel = async (jaar: number) => {
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        try {
          const d = await ctx.gqlOk<{ netwerkbijeenkomsten: Array<{ deelnemers: { totalCount: number } }> }>(
            query,
            { jaar },
            regisseur,
          );
          expect(d.netwerkbijeenkomsten.every((b) => b.deelnemers.totalCount === 2)).toBe(true);
          return { queries: spy.mock.calls.length, bijeenkomsten: d.netwerkbijeenkomsten.length };
        } finally {
          spy.mockRestore();
        }
      };
      const twee = await tel(2033);
      const acht = await tel(2034);
      expect([twee.bijeenkomsten, acht.bijeenkomsten]).toEqual([2, 8]);
      expect(acht.queries).toBe(twee.queries);
    });
  });
});
