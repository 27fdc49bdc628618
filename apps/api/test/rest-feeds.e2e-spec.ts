/** The open REST feeds of issue 6 (docs/domein.md, "Open data and REST feeds"): formats, errors, paging. */
import { Rol } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import { aanmeldenEnBevestigen } from './aanmelden.helpers';
import { initiatiefInput, opslaan, zetOp } from './initiatieven.helpers';

const PUBLICEER = `mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }`;
const PLANNEN = `mutation($input: NetwerkbijeenkomstInput!) { netwerkbijeenkomstPlannen(input: $input) { id } }`;
const INITIATIEF = 'id referentie status aanvragen { id }';

interface Probleem {
  status: number;
  title: string;
  detail: string;
  code: string;
  invalidParams?: Array<{ name: string; reason: string }>;
}

interface IcsEvent {
  eigenschappen: Map<string, string>;
}

/**
 * Checks the RFC 5545 rules a subscribing calendar app relies on and returns the events:
 * CRLF line ends only, content lines of at most 75 octets (folded with CRLF + space), one
 * VCALENDAR with VERSION and PRODID, and every VEVENT with UID, DTSTAMP and DTSTART.
 */
function leesIcalendar(tekst: string): IcsEvent[] {
  expect(tekst.endsWith('\r\n')).toBe(true);
  expect(tekst.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const fysiek = tekst.slice(0, -2).split('\r\n');
  for (const regel of fysiek) {
    expect(Buffer.byteLength(regel, 'utf8')).toBeLessThanOrEqual(75);
  }
  const regels = tekst
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  expect(regels[0]).toBe('BEGIN:VCALENDAR');
  expect(regels.at(-1)).toBe('END:VCALENDAR');
  expect(regels).toContain('VERSION:2.0');
  expect(regels.some((r) => r.startsWith('PRODID:'))).toBe(true);
  const events: IcsEvent[] = [];
  let huidig: IcsEvent | null = null;
  // The time zone component (RFC 5545 3.6.5) is checked in rest-http.e2e-spec.ts; here the events.
  const zonderTijdzone = regels
    .join('\r\n')
    .replace(/BEGIN:VTIMEZONE\r\n[\s\S]*?END:VTIMEZONE\r\n/, '')
    .split('\r\n');
  for (const regel of zonderTijdzone.slice(1, -1)) {
    const dubbelepunt = regel.indexOf(':');
    expect(dubbelepunt).toBeGreaterThan(0);
    const [naam, waarde] = [regel.slice(0, dubbelepunt), regel.slice(dubbelepunt + 1)];
    if (naam === 'BEGIN') {
      expect(waarde).toBe('VEVENT');
      expect(huidig).toBeNull();
      huidig = { eigenschappen: new Map() };
    } else if (naam === 'END') {
      expect(waarde).toBe('VEVENT');
      expect(huidig).not.toBeNull();
      for (const verplicht of ['UID', 'DTSTAMP', 'DTSTART', 'SUMMARY']) {
        expect(huidig!.eigenschappen.has(verplicht)).toBe(true);
      }
      expect(huidig!.eigenschappen.get('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
      expect(huidig!.eigenschappen.get('DTSTART')).toMatch(/^\d{8}T\d{6}Z$/);
      events.push(huidig!);
      huidig = null;
    } else if (huidig) {
      huidig.eigenschappen.set(naam, waarde);
    }
  }
  expect(huidig).toBeNull();
  const uids = events.map((e) => e.eigenschappen.get('UID'));
  expect(new Set(uids).size).toBe(uids.length);
  return events;
}

/** RFC 4180 parser (quoted fields with "", commas and line breaks inside quotes, CRLF records). */
function leesCsv(tekst: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = '';
  let i = 0;
  let gequote = false;
  while (i < tekst.length) {
    const c = tekst[i];
    if (gequote) {
      if (c === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        gequote = false;
      } else {
        veld += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && veld === '') {
      gequote = true;
    } else if (c === ',') {
      rij.push(veld);
      veld = '';
    } else if (c === '\r' && tekst[i + 1] === '\n') {
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = '';
      i += 1;
    } else {
      expect(c).not.toBe('"');
      veld += c;
    }
    i += 1;
  }
  expect(gequote).toBe(false);
  expect(rij).toEqual([]);
  expect(veld).toBe('');
  return rijen;
}

function csvAlsObjecten(tekst: string): Array<Record<string, string>> {
  const [kop, ...rijen] = leesCsv(tekst);
  for (const r of rijen) {
    expect(r).toHaveLength(kop.length);
  }
  return rijen.map((r) => Object.fromEntries(kop.map((k, i) => [k, r[i]])));
}

describe('REST-feeds: activiteiten, netwerkbijeenkomsten, nevenfunctieregister', () => {
  let ctx: TestContext;
  let regisseur: string;
  let beheerder: string;
  let griffie: string;
  const buurtId: Record<string, string> = {};
  let orgId: string;
  let geannuleerdId: string;
  const activiteitIds: string[] = [];

  const probleem = (res: { status: number; headers: Record<string, string>; text: string }, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['api-version']).toBeDefined();
    const body = JSON.parse(res.text) as Probleem;
    expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
    return body;
  };

  const publiceer = async (input: Record<string, unknown>, token = regisseur) =>
    (await ctx.gqlOk<{ activiteitPubliceren: { id: string } }>(PUBLICEER, { input }, token)).activiteitPubliceren.id;

  beforeAll(async () => {
    ctx = await testContext();
    regisseur = await ctx.tokenFor(Rol.BUURTREGISSEUR, { sub: 'regisseur-feeds' });
    beheerder = await ctx.tokenFor(Rol.BEHEERDER, { sub: 'beheerder-feeds' });
    griffie = await ctx.tokenFor(Rol.GRIFFIE, { sub: 'griffie-feeds' });
    for (const code of ['BU09171000', 'BU09171001', 'BU09171100']) {
      buurtId[code] = (
        await ctx.gqlOk<{ buurt: { id: string } }>('query($c: String) { buurt(code: $c) { id } }', { c: code })
      ).buurt.id;
    }
    orgId = (
      await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam: 'Stichting Buurtleven, Hoensbroek', soort: 'STICHTING', buurtIds: [buurtId.BU09171000] } },
        beheerder,
      )
    ).organisatieRegistreren.id;
    // Five activities in Maria Gewanden on consecutive days, one in Terschuren; one cancelled.
    for (let dag = 1; dag <= 5; dag++) {
      activiteitIds.push(
        await publiceer({
          titel: `Buurtmoestuin dag ${dag}`,
          begin: `2030-04-0${dag}T10:00:00+02:00`,
          eind: `2030-04-0${dag}T12:00:00+02:00`,
          buurtId: buurtId.BU09171000,
          organisatorId: orgId,
          locatie: 'Moestuin; achter het buurthuis',
        }),
      );
    }
    activiteitIds.push(
      await publiceer({
        titel: `Koffieochtend in Terschuren met een heel lange titel: ${'Hëerlerbaan en de gezellige koffie '.repeat(4)}`,
        begin: '2030-04-03T09:00:00+02:00',
        buurtId: buurtId.BU09171001,
      }),
    );
    geannuleerdId = activiteitIds[1];
    await ctx.gqlOk('mutation($id: ID!) { activiteitAnnuleren(id: $id) { id } }', { id: geannuleerdId }, regisseur);
  });
  afterAll(() => ctx.close());

  describe('GET /api/v1/activiteiten', () => {
    it('levert JSON met buurtcode, organisator en tijden in RFC 3339', async () => {
      const res = await ctx.http().get('/api/v1/activiteiten?first=100');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['api-version']).toMatch(/^\d+\.\d+\.\d+$/);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      const body = res.body as { activiteiten: Array<Record<string, unknown>>; volgende: string | null };
      expect(body.activiteiten).toHaveLength(6);
      expect(body.volgende).toBeNull();
      expect(res.headers.link).toBeUndefined();
      const eerste = body.activiteiten[0];
      expect(eerste).toEqual({
        id: activiteitIds[0],
        titel: 'Buurtmoestuin dag 1',
        beschrijving: null,
        begin: '2030-04-01T08:00:00.000Z',
        eind: '2030-04-01T10:00:00.000Z',
        locatie: 'Moestuin; achter het buurthuis',
        buurtcode: 'BU09171000',
        buurtnaam: 'Maria Gewanden',
        organisatorId: orgId,
        organisatorNaam: 'Stichting Buurtleven, Hoensbroek',
        vrijwilligersGezocht: false,
        geannuleerd: false,
        gewijzigdOp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      });
      // Ordered by begin; who published (a `sub`) is never in the feed.
      const begins = body.activiteiten.map((a) => a.begin as string);
      expect([...begins].sort()).toEqual(begins);
      expect(res.text).not.toContain('regisseur-feeds');
      expect(body.activiteiten.find((a) => a.id === geannuleerdId)).toMatchObject({ geannuleerd: true });
    });

    it('filtert op buurtcode en op periode (vanaf, tot)', async () => {
      const terschuren = await ctx.http().get('/api/v1/activiteiten').query({ buurtcode: 'bu09171001' });
      expect((terschuren.body as { activiteiten: Array<{ buurtcode: string }> }).activiteiten).toEqual([
        expect.objectContaining({ buurtcode: 'BU09171001', organisatorNaam: null, eind: null }),
      ]);
      const periode = await ctx
        .http()
        .get('/api/v1/activiteiten')
        .query({ buurtcode: 'BU09171000', vanaf: '2030-04-02T00:00:00+02:00', tot: '2030-04-04T00:00:00+02:00' });
      expect((periode.body as { activiteiten: Array<{ titel: string }> }).activiteiten.map((a) => a.titel)).toEqual([
        'Buurtmoestuin dag 2',
        'Buurtmoestuin dag 3',
      ]);
      // A "+" that was not percent-encoded arrives as a space; it still means the offset.
      const onversleuteld = await ctx.http().get('/api/v1/activiteiten?buurtcode=BU09171000&vanaf=2030-04-05T00:00:00+02:00');
      expect((onversleuteld.body as { activiteiten: unknown[] }).activiteiten).toHaveLength(1);
      const geen = await ctx.http().get('/api/v1/activiteiten').query({ buurtcode: 'BU09179999' });
      expect(geen.status).toBe(200);
      expect(geen.body).toEqual({ activiteiten: [], volgende: null });
    });

    it('pagineert met een cursor in `volgende` en een Link-header met rel="next"', async () => {
      const gezien: string[] = [];
      let url: string | null = '/api/v1/activiteiten?buurtcode=BU09171000&first=2';
      let paginas = 0;
      while (url) {
        const res = await ctx.http().get(url);
        expect(res.status).toBe(200);
        const body = res.body as { activiteiten: Array<{ id: string }>; volgende: string | null };
        gezien.push(...body.activiteiten.map((a) => a.id));
        paginas += 1;
        const link = res.headers.link as string | undefined;
        if (body.volgende) {
          expect(link).toMatch(/^<\/api\/v1\/activiteiten\?[^>]+>; rel="next"$/);
          const volgendeUrl = /^<([^>]+)>/.exec(link!)![1];
          const params = new URL(volgendeUrl, 'http://x').searchParams;
          // The other query keys are kept; only the cursor changes.
          expect(params.get('buurtcode')).toBe('BU09171000');
          expect(params.get('first')).toBe('2');
          expect(params.get('after')).toBe(body.volgende);
          url = volgendeUrl;
        } else {
          expect(link).toBeUndefined();
          url = null;
        }
      }
      expect(paginas).toBe(3);
      expect(gezien).toEqual(activiteitIds.slice(0, 5));
    });

    it('geeft met gewijzigdSinds alleen wat sindsdien veranderde, op wijzigingstijd', async () => {
      const sinds = new Date().toISOString();
      const nieuw = await publiceer({ titel: 'Late aanvulling', begin: '2030-01-01T10:00:00Z', buurtId: buurtId.BU09171100 });
      const res = await ctx.http().get('/api/v1/activiteiten').query({ gewijzigdSinds: sinds });
      const ids = (res.body as { activiteiten: Array<{ id: string }> }).activiteiten.map((a) => a.id);
      expect(ids).toContain(nieuw);
      expect(ids).not.toContain(activiteitIds[0]);
      const later = await ctx
        .http()
        .get('/api/v1/activiteiten')
        .query({ gewijzigdSinds: new Date(Date.now() + 60_000).toISOString() });
      expect((later.body as { activiteiten: unknown[] }).activiteiten).toEqual([]);
    });

    it('levert iCalendar (RFC 5545) bij Accept: text/calendar, met STATUS:CANCELLED voor een geannuleerde', async () => {
      const res = await ctx
        .http()
        .get('/api/v1/activiteiten')
        .query({ vanaf: '2030-01-01T00:00:00Z', tot: '2031-01-01T00:00:00Z' })
        .set('accept', 'text/calendar')
        .buffer(true)
        .parse((r, klaar) => {
          let data = '';
          r.setEncoding('utf8');
          r.on('data', (d: string) => (data += d));
          r.on('end', () => klaar(null, data));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar; charset=utf-8/);
      const tekst = res.body as string;
      const events = leesIcalendar(tekst);
      expect(events).toHaveLength(7);
      const geannuleerd = events.find((e) => e.eigenschappen.get('UID') === `${geannuleerdId}@buurtwerk.heerlen.nl`)!;
      expect(geannuleerd.eigenschappen.get('STATUS')).toBe('CANCELLED');
      const eerste = events.find((e) => e.eigenschappen.get('UID') === `${activiteitIds[0]}@buurtwerk.heerlen.nl`)!;
      expect(eerste.eigenschappen.get('STATUS')).toBe('CONFIRMED');
      expect(eerste.eigenschappen.get('DTSTART')).toBe('20300401T080000Z');
      expect(eerste.eigenschappen.get('DTEND')).toBe('20300401T100000Z');
      expect(eerste.eigenschappen.get('LOCATION')).toBe('Moestuin\\; achter het buurthuis\\, Maria Gewanden');
      expect(eerste.eigenschappen.get('DESCRIPTION')).toBe('Organisator: Stichting Buurtleven\\, Hoensbroek');
      // The long title with multi-byte characters was folded and unfolds to the original.
      const koffie = events.find((e) => e.eigenschappen.get('SUMMARY')?.startsWith('Koffieochtend'))!;
      expect(koffie.eigenschappen.get('SUMMARY')).toContain('Hëerlerbaan en de gezellige koffie Hëerlerbaan');
      expect(koffie.eigenschappen.has('DTEND')).toBe(false);
      expect(tekst.split('\r\n').some((r) => r.startsWith(' '))).toBe(true);
    });

    it('antwoordt 400 als problem+json met alle ongeldige parameters tegelijk', async () => {
      const res = await ctx
        .http()
        .get('/api/v1/activiteiten')
        .query({ first: 'abc', vanaf: 'gisteren', tot: '2030-04-01', after: 'geen-cursor', buurtcode: 'Maria' });
      const body = probleem(res, 400);
      expect(body.code).toBe('BAD_USER_INPUT');
      expect(body.invalidParams?.map((p) => p.name).sort()).toEqual(['after', 'buurtcode', 'first', 'tot', 'vanaf']);
      expect(body.invalidParams?.find((p) => p.name === 'vanaf')?.reason).toMatch(/RFC 3339/);
    });

    it.each([
      ['first boven het maximum', { first: '101' }, 'first'],
      ['first nul', { first: '0' }, 'first'],
      ['een cursor van base64 zonder de juiste inhoud', { after: Buffer.from('["x","y"]').toString('base64url') }, 'after'],
      ['een onbekende parameter', { pagina: '2' }, 'pagina'],
      ['gewijzigdSinds zonder tijdzone', { gewijzigdSinds: '2030-04-01T10:00:00' }, 'gewijzigdSinds'],
      ['een datum die niet bestaat', { vanaf: '2030-02-30T10:00:00Z' }, 'vanaf'],
    ])('weigert %s met 400', async (_naam, query, veld) => {
      const body = probleem(await ctx.http().get('/api/v1/activiteiten').query(query), 400);
      expect(body.invalidParams?.map((p) => p.name)).toEqual([veld]);
    });

    it('antwoordt 406 als problem+json op een formaat dat er niet is', async () => {
      const body = probleem(await ctx.http().get('/api/v1/activiteiten').set('accept', 'text/csv'), 406);
      expect(body.detail).toContain('text/calendar');
    });
  });

  describe('GET /api/v1/netwerkbijeenkomsten', () => {
    let bijeenkomstId: string;
    let geannuleerdeBijeenkomst: string;

    beforeAll(async () => {
      const plan = async (buurt: string, titel: string, begin: string, eind: string) =>
        (
          await ctx.gqlOk<{ netwerkbijeenkomstPlannen: { id: string } }>(
            PLANNEN,
            {
              input: {
                titel,
                thema: 'Samen, sterker',
                begin,
                eind,
                buurtId: buurtId[buurt],
                locatie: 'Buurthuis',
                capaciteit: 10,
              },
            },
            regisseur,
          )
        ).netwerkbijeenkomstPlannen.id;
      bijeenkomstId = await plan(
        'BU09171000',
        'Netwerkbijeenkomst voorjaar',
        '2030-03-15T19:00:00+01:00',
        '2030-03-15T21:30:00+01:00',
      );
      geannuleerdeBijeenkomst = await plan(
        'BU09171001',
        'Najaarsbijeenkomst',
        '2031-10-01T19:00:00+02:00',
        '2031-10-01T21:00:00+02:00',
      );
      await ctx.gqlOk(
        'mutation($id: ID!) { netwerkbijeenkomstAnnuleren(id: $id) { id } }',
        { id: geannuleerdeBijeenkomst },
        regisseur,
      );
      // A confirmed sign-up (form and mail link): the public feed counts confirmed places only.
      const aanmelding = await aanmeldenEnBevestigen(ctx, {
        bijeenkomstId,
        naam: 'Sjef Deelnemer',
        email: 'sjef.deelnemer@example.org',
        wensen: 'Bel 06-12345678',
      });
      expect(aanmelding.data?.aanmelden.status).toBe('AANGEMELD');
    });

    it('levert JSON zonder gegevens van deelnemers, alleen aantallen', async () => {
      const res = await ctx.http().get('/api/v1/netwerkbijeenkomsten');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const body = res.body as { netwerkbijeenkomsten: Array<Record<string, unknown>> };
      expect(body.netwerkbijeenkomsten).toEqual([
        {
          id: bijeenkomstId,
          titel: 'Netwerkbijeenkomst voorjaar',
          thema: 'Samen, sterker',
          begin: '2030-03-15T18:00:00.000Z',
          eind: '2030-03-15T20:30:00.000Z',
          buurtcode: 'BU09171000',
          buurtnaam: 'Maria Gewanden',
          locatie: 'Buurthuis',
          capaciteit: 10,
          plaatsenBeschikbaar: 9,
          status: 'GEPLAND',
        },
        expect.objectContaining({ id: geannuleerdeBijeenkomst, status: 'GEANNULEERD', buurtcode: 'BU09171001' }),
      ]);
      expect(res.text).not.toMatch(/Sjef|sjef\.deelnemer|12345678/);
    });

    it('filtert op jaar en weigert een ongeldig jaar met 400', async () => {
      const res = await ctx.http().get('/api/v1/netwerkbijeenkomsten').query({ jaar: '2031' });
      expect((res.body as { netwerkbijeenkomsten: Array<{ id: string }> }).netwerkbijeenkomsten.map((b) => b.id)).toEqual([
        geannuleerdeBijeenkomst,
      ]);
      const fout = probleem(await ctx.http().get('/api/v1/netwerkbijeenkomsten').query({ jaar: 'volgend' }), 400);
      expect(fout.invalidParams?.map((p) => p.name)).toEqual(['jaar']);
    });

    it('levert iCalendar bij Accept: text/calendar, zonder deelnemers en met STATUS:CANCELLED', async () => {
      const res = await ctx.http().get('/api/v1/netwerkbijeenkomsten').set('accept', 'text/calendar; q=1, */*; q=0.1');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      const events = leesIcalendar(res.text);
      expect(events.map((e) => e.eigenschappen.get('UID'))).toEqual([
        `${bijeenkomstId}@buurtwerk.heerlen.nl`,
        `${geannuleerdeBijeenkomst}@buurtwerk.heerlen.nl`,
      ]);
      expect(events[0].eigenschappen.get('DTSTART')).toBe('20300315T180000Z');
      expect(events[0].eigenschappen.get('DESCRIPTION')).toBe('Samen\\, sterker');
      expect(events[1].eigenschappen.get('STATUS')).toBe('CANCELLED');
      expect(res.text).not.toMatch(/Sjef|sjef\.deelnemer|ATTENDEE|12345678/);
    });

    it('antwoordt 406 op CSV', async () => {
      probleem(await ctx.http().get('/api/v1/netwerkbijeenkomsten').set('accept', 'text/csv'), 406);
    });
  });

  describe('GET /api/v1/nevenfunctieregister', () => {
    let ambtsdragerId: string;
    let andereAmbtsdrager: string;

    beforeAll(async () => {
      const ambtsdrager = async (naam: string, gebruikerId: string) =>
        (
          await ctx.gqlOk<{ ambtsdragerRegistreren: { id: string } }>(
            'mutation($input: AmbtsdragerInput!) { ambtsdragerRegistreren(input: $input) { id } }',
            { input: { naam, functie: 'RAADSLID', partij: 'Buurtpartij', vanaf: '2026-03-30', gebruikerId } },
            griffie,
          )
        ).ambtsdragerRegistreren.id;
      ambtsdragerId = await ambtsdrager('Ria Raadslid', 'oidc-sub-ria-geheim');
      andereAmbtsdrager = await ambtsdrager('Wim Wethouder', 'oidc-sub-wim-geheim');
      const melden = async (input: Record<string, unknown>) =>
        (
          await ctx.gqlOk<{ nevenfunctieMelden: { id: string } }>(
            'mutation($input: NevenfunctieInput!) { nevenfunctieMelden(input: $input) { id } }',
            { input: { bezoldigd: false, vanaf: '2026-04-01', ...input } },
            griffie,
          )
        ).nevenfunctieMelden.id;
      await melden({
        ambtsdragerId,
        organisatieId: orgId,
        organisatieNaam: 'Stichting Buurtleven, Hoensbroek',
        functie: 'Voorzitter',
      });
      const beeindigd = await melden({
        ambtsdragerId,
        organisatieNaam: 'Voetbalvereniging "De Ster"',
        functie: '=HYPERLINK("https://kwaad.example","klik")',
        bezoldigd: true,
      });
      await ctx.gqlOk(
        'mutation($id: ID!, $tot: Date!) { nevenfunctieBeeindigen(id: $id, tot: $tot) { id } }',
        { id: beeindigd, tot: '2026-06-30' },
        griffie,
      );
      await melden({ ambtsdragerId: andereAmbtsdrager, organisatieNaam: 'Harmonie\nHeerlen', functie: '-Penningmeester' });
    });

    it('levert het register als JSON, zonder de inlogidentiteit van ambtsdragers', async () => {
      const res = await ctx.http().get('/api/v1/nevenfunctieregister');
      expect(res.status).toBe(200);
      const body = res.body as { nevenfuncties: Array<Record<string, unknown>> };
      expect(body.nevenfuncties).toHaveLength(3);
      expect(body.nevenfuncties.find((n) => n.functie === 'Voorzitter')).toEqual({
        id: expect.any(String),
        ambtsdragerId,
        ambtsdragerNaam: 'Ria Raadslid',
        ambtsdragerFunctie: 'RAADSLID',
        partij: 'Buurtpartij',
        organisatieId: orgId,
        organisatieNaam: 'Stichting Buurtleven, Hoensbroek',
        functie: 'Voorzitter',
        bezoldigd: false,
        vanaf: '2026-04-01',
        tot: null,
        gemeldOp: expect.stringMatching(/Z$/),
      });
      expect(res.text).not.toMatch(/oidc-sub|gebruikerId/);
    });

    it('filtert op peildatum, ambtsdrager en organisatie', async () => {
      const op = async (query: Record<string, string>) =>
        (
          (await ctx.http().get('/api/v1/nevenfunctieregister').query(query)).body as {
            nevenfuncties: Array<{ functie: string }>;
          }
        ).nevenfuncties.map((n) => n.functie);
      expect(await op({ peildatum: '2026-08-01', ambtsdragerId })).toEqual(['Voorzitter']);
      expect(await op({ peildatum: '2026-05-01', ambtsdragerId })).toHaveLength(2);
      expect(await op({ organisatieId: orgId })).toEqual(['Voorzitter']);
      expect(await op({ ambtsdragerId: andereAmbtsdrager })).toEqual(['-Penningmeester']);
    });

    it('levert CSV (RFC 4180) met kopregel en onschadelijk gemaakte formules', async () => {
      const res = await ctx.http().get('/api/v1/nevenfunctieregister').set('accept', 'text/csv');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.text.endsWith('\r\n')).toBe(true);
      const rijen = csvAlsObjecten(res.text);
      expect(Object.keys(rijen[0])).toEqual([
        'id',
        'ambtsdragerId',
        'ambtsdragerNaam',
        'ambtsdragerFunctie',
        'partij',
        'organisatieId',
        'organisatieNaam',
        'functie',
        'bezoldigd',
        'vanaf',
        'tot',
        'gemeldOp',
      ]);
      expect(rijen).toHaveLength(3);
      expect(rijen.find((r) => r.functie === 'Voorzitter')).toMatchObject({
        organisatieNaam: 'Stichting Buurtleven, Hoensbroek',
        bezoldigd: 'false',
        tot: '',
      });
      const ster = rijen.find((r) => r.organisatieNaam === 'Voetbalvereniging "De Ster"')!;
      expect(ster).toMatchObject({
        functie: `'=HYPERLINK("https://kwaad.example","klik")`,
        bezoldigd: 'true',
        tot: '2026-06-30',
      });
      const harmonie = rijen.find((r) => r.organisatieNaam === 'Harmonie\nHeerlen')!;
      expect(harmonie.functie).toBe("'-Penningmeester");
      for (const cel of rijen.flatMap((r) => Object.values(r))) {
        expect(cel).not.toMatch(/^[=+\-@]/);
      }
      expect(res.text).not.toContain('oidc-sub');
    });

    it('weigert een ongeldige peildatum en ongeldige ids met 400 en invalidParams', async () => {
      const body = probleem(
        await ctx
          .http()
          .get('/api/v1/nevenfunctieregister')
          .query({ peildatum: '2026-02-30', ambtsdragerId: 'onzin', organisatieId: ambtsdragerId }),
        400,
      );
      expect(body.invalidParams?.map((p) => p.name).sort()).toEqual(['ambtsdragerId', 'organisatieId', 'peildatum']);
    });

    it('antwoordt 406 op iCalendar', async () => {
      const body = probleem(await ctx.http().get('/api/v1/nevenfunctieregister').set('accept', 'text/calendar'), 406);
      expect(body.detail).toContain('text/csv');
    });
  });

  describe('GET /api/v1/open-data/initiatieven', () => {
    const referenties: Record<string, string> = {};

    beforeAll(async () => {
      const o = await zetOp(ctx, 1_000_000);
      const bewoner = await ctx.tokenFor(Rol.BEWONER, {
        sub: 'oidc-anna-feeds',
        name: 'Anna Quaedvlieg',
        email: 'anna.quaedvlieg@mail.example',
      });
      const mut = async (veld: string, args: string, vars: Record<string, unknown>, token: string) =>
        (
          await ctx.gqlOk<Record<string, { id: string; referentie: string; status: string; aanvragen: Array<{ id: string }> }>>(
            `mutation(${args}) { ${veld} { ${INITIATIEF} } }`,
            vars,
            token,
          )
        )[veld.split('(')[0]];
      const doorloop = async (titel: string, tot: 'INGEDIEND' | 'TOEGEKEND' | 'VASTGESTELD', formule = false) => {
        const c = await opslaan(ctx, bewoner, initiatiefInput(o, 60_000, 10_000, { titel: formule ? `=${titel}` : titel }));
        const ingediend = await mut('initiatiefIndienen(id: $id)', '$id: ID!', { id: c.id }, bewoner);
        referenties[titel] = ingediend.referentie;
        if (tot === 'INGEDIEND') {
          return;
        }
        await mut('initiatiefInBehandelingNemen(id: $id)', '$id: ID!', { id: c.id }, regisseur);
        const aanvraagId = ingediend.aanvragen[0].id;
        await mut(
          'besluitNemen(input: $input)',
          '$input: BesluitInput!',
          {
            input: {
              initiatiefId: c.id,
              uitkomst: 'TOEGEKEND',
              motivering: 'Past bij de buurtaktie.',
              bedragen: [{ aanvraagId, bedrag: 50_000 }],
            },
          },
          o.beleid,
        );
        if (tot === 'TOEGEKEND') {
          return;
        }
        await mut(
          'uitvoeringMelden(id: $id, verslag: $v, werkelijkeKosten: 45000)',
          '$id: ID!, $v: String!',
          { id: c.id, v: 'Veertig buren aten mee.' },
          bewoner,
        );
        await mut(
          'subsidieVaststellen(id: $id, bedragen: $b, toelichting: $t, grond: WERKELIJKE_KOSTEN_LAGER)',
          '$id: ID!, $b: [ToekenningInput!]!, $t: String',
          { id: c.id, b: [{ aanvraagId, bedrag: 40_000 }], t: 'De kosten waren lager.' },
          o.beleid,
        );
      };
      await doorloop('Straatfeest Terschuren', 'VASTGESTELD');
      await doorloop('Jeu de boules, "met" koffie', 'TOEGEKEND', true);
      await doorloop('Nog in behandeling', 'INGEDIEND');
    });

    it('levert alleen toegekende initiatieven als JSON, met bedragen en besluitdatum en zonder persoonsgegevens', async () => {
      const res = await ctx.http().get('/api/v1/open-data/initiatieven');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const body = res.body as { initiatieven: Array<Record<string, unknown>> };
      expect(body.initiatieven.map((i) => i.referentie)).toEqual(
        [referenties['Straatfeest Terschuren'], referenties['Jeu de boules, "met" koffie']].sort(),
      );
      const straatfeest = body.initiatieven.find((i) => i.referentie === referenties['Straatfeest Terschuren']);
      expect(straatfeest).toEqual({
        id: expect.any(String),
        referentie: referenties['Straatfeest Terschuren'],
        titel: 'Straatfeest Terschuren',
        status: 'VASTGESTELD',
        schaal: 'BUURT',
        aanvragerSoort: 'BEWONERSGROEP',
        organisatieNaam: null,
        buurtcodes: ['BU09171001'],
        buurtnamen: ['Terschuren'],
        toegekendBedrag: 50_000,
        vastgesteldBedrag: 40_000,
        besluitDatum: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        startdatum: expect.stringMatching(/^\d{4}-06-01$/),
        einddatum: expect.stringMatching(/^\d{4}-06-01$/),
      });
      const jeu = body.initiatieven.find((i) => i.referentie === referenties['Jeu de boules, "met" koffie']);
      expect(jeu).toMatchObject({ status: 'TOEGEKEND', toegekendBedrag: 50_000, vastgesteldBedrag: null });
      expect(res.text).not.toMatch(/Quaedvlieg|anna\.quaedvlieg|oidc-anna|Nog in behandeling|Veertig buren/);
    });

    it('filtert op buurtcode', async () => {
      const elders = await ctx.http().get('/api/v1/open-data/initiatieven').query({ buurtcode: 'BU09171000' });
      expect(elders.body).toEqual({ initiatieven: [] });
      const hier = await ctx.http().get('/api/v1/open-data/initiatieven').query({ buurtcode: 'BU09171001' });
      expect((hier.body as { initiatieven: unknown[] }).initiatieven).toHaveLength(2);
      const fout = probleem(await ctx.http().get('/api/v1/open-data/initiatieven').query({ buurtcode: 'Terschuren' }), 400);
      expect(fout.invalidParams?.map((p) => p.name)).toEqual(['buurtcode']);
    });

    it('levert CSV met kopregel, buurten gescheiden door ; en onschadelijk gemaakte formules', async () => {
      const res = await ctx.http().get('/api/v1/open-data/initiatieven').set('accept', 'text/csv');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      const rijen = csvAlsObjecten(res.text);
      expect(rijen).toHaveLength(2);
      expect(Object.keys(rijen[0])).toEqual([
        'id',
        'referentie',
        'titel',
        'status',
        'schaal',
        'aanvragerSoort',
        'organisatieNaam',
        'buurtcodes',
        'buurtnamen',
        'toegekendBedrag',
        'vastgesteldBedrag',
        'besluitDatum',
        'startdatum',
        'einddatum',
      ]);
      expect(rijen.find((r) => r.titel === 'Straatfeest Terschuren')).toMatchObject({
        buurtcodes: 'BU09171001',
        toegekendBedrag: '50000',
        vastgesteldBedrag: '40000',
      });
      expect(rijen.find((r) => r.status === 'TOEGEKEND')).toMatchObject({
        titel: `'=Jeu de boules, "met" koffie`,
        vastgesteldBedrag: '',
      });
      expect(res.text).not.toMatch(/Quaedvlieg|anna\.quaedvlieg|oidc-anna/);
    });

    it('antwoordt 406 op iCalendar', async () => {
      probleem(await ctx.http().get('/api/v1/open-data/initiatieven').set('accept', 'text/calendar'), 406);
    });
  });

  it('staat in het OpenAPI-document met formaten, parameters en foutantwoorden', async () => {
    const doc = (await ctx.http().get('/api/v1/openapi.json')).body as {
      paths: Record<
        string,
        {
          get: {
            operationId: string;
            parameters?: Array<{ name: string; in: string; schema: { format?: string; type?: string } }>;
            responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
          };
        }
      >;
    };
    const verwacht: Record<string, { formaten: string[]; parameters: string[] }> = {
      '/activiteiten': {
        formaten: ['application/json', 'text/calendar'],
        parameters: ['buurtcode', 'vanaf', 'tot', 'gewijzigdSinds', 'first', 'after'],
      },
      '/netwerkbijeenkomsten': { formaten: ['application/json', 'text/calendar'], parameters: ['jaar'] },
      '/nevenfunctieregister': {
        formaten: ['application/json', 'text/csv'],
        parameters: ['peildatum', 'ambtsdragerId', 'organisatieId'],
      },
      '/open-data/initiatieven': { formaten: ['application/json', 'text/csv'], parameters: ['buurtcode'] },
    };
    for (const [pad, { formaten, parameters }] of Object.entries(verwacht)) {
      const op = doc.paths[pad]?.get;
      expect(op).toBeDefined();
      expect(Object.keys(op.responses['200'].content ?? {})).toEqual(expect.arrayContaining(formaten));
      expect(op.responses['200'].headers).toHaveProperty('API-Version');
      for (const status of ['400', '406']) {
        expect(op.responses[status].content).toHaveProperty(['application/problem+json']);
      }
      expect(op.parameters?.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(expect.arrayContaining(parameters));
    }
    const formaat = (pad: string, naam: string) => doc.paths[pad].get.parameters?.find((p) => p.name === naam)?.schema.format;
    expect(formaat('/activiteiten', 'vanaf')).toBe('date-time');
    expect(formaat('/activiteiten', 'gewijzigdSinds')).toBe('date-time');
    expect(formaat('/nevenfunctieregister', 'peildatum')).toBe('date');
    const operationIds = Object.values(doc.paths).flatMap((item) => Object.values(item).map((o) => o.operationId));
    expect(new Set(operationIds).size).toBe(operationIds.length);
  });
});
