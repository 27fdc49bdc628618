import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { Rol } from '@buurtwerk/core';
import { NetwerkbijeenkomstenService } from '@buurtwerk/netwerkbijeenkomsten';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';

const PLANNEN = `mutation($input: NetwerkbijeenkomstInput!) { netwerkbijeenkomstPlannen(input: $input) { id } }`;
const SUGGESTIES = `query($n: Int) { gastbuurtSuggesties(aantal: $n) { id naam stadsdeel { naam } } }`;

interface Buurt {
  id: string;
  naam: string;
  stadsdeel: { naam: string } | null;
}

describe('Netwerkbijeenkomsten: gastbuurten en de afspraak van twee per jaar', () => {
  let ctx: TestContext;
  let medewerker: string;

  const plan = (buurtId: string, begin: string, eind: string) =>
    ctx.gqlOk<{ netwerkbijeenkomstPlannen: { id: string } }>(
      PLANNEN,
      { input: { titel: 'Netwerkbijeenkomst', begin, eind, buurtId, locatie: 'Buurthuis', capaciteit: 40 } },
      medewerker,
    );

  const vorigeEnv = { MAIL_INTERVAL_MS: process.env.MAIL_INTERVAL_MS, WEBHOOKS_UIT: process.env.WEBHOOKS_UIT };

  beforeAll(async () => {
    // No background workers (mail, webhooks): they would add their own SQL to the query counts.
    process.env.MAIL_INTERVAL_MS = '0';
    process.env.WEBHOOKS_UIT = 'true';
    ctx = await testContext();
    medewerker = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER);
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

  it('stelt standaard vijf buurten voor, verspreid over de vier stadsdelen', async () => {
    const { gastbuurtSuggesties } = await ctx.gqlOk<{ gastbuurtSuggesties: Buurt[] }>(
      '{ gastbuurtSuggesties { id naam stadsdeel { naam } } }',
    );
    expect(gastbuurtSuggesties).toHaveLength(5);
    expect(new Set(gastbuurtSuggesties.slice(0, 4).map((b) => b.stadsdeel?.naam)).size).toBe(4);
  });

  it('stelt geen gastbuurt van een eerdere bijeenkomst voor en zet dat stadsdeel achteraan', async () => {
    const voor = (await ctx.gqlOk<{ gastbuurtSuggesties: Buurt[] }>(SUGGESTIES, { n: 4 })).gastbuurtSuggesties;
    const gastbuurt = voor[0];
    await plan(gastbuurt.id, '2040-03-10T19:00:00+01:00', '2040-03-10T21:00:00+01:00');
    const na = (await ctx.gqlOk<{ gastbuurtSuggesties: Buurt[] }>(SUGGESTIES, { n: 57 })).gastbuurtSuggesties;
    expect(na.map((b) => b.id)).not.toContain(gastbuurt.id);
    expect(na).toHaveLength(56);
    expect(na.slice(0, 3).map((b) => b.stadsdeel?.naam)).not.toContain(gastbuurt.stadsdeel?.naam);
    expect(na[3].stadsdeel?.naam).toBe(gastbuurt.stadsdeel?.naam);
  });

  it('weigert een ongeldig aantal suggesties', async () => {
    expect(foutcodes(await ctx.gql(SUGGESTIES, { n: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(foutcodes(await ctx.gql(SUGGESTIES, { n: 1000 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('laat medewerkers per jaar zien of de afspraak van twee bijeenkomsten is nagekomen', async () => {
    const vrij = (await ctx.gqlOk<{ gastbuurtSuggesties: Buurt[] }>(SUGGESTIES, { n: 4 })).gastbuurtSuggesties;
    await plan(vrij[0].id, '2040-10-10T19:00:00+02:00', '2040-10-10T21:00:00+02:00');
    await plan(vrij[1].id, '2041-03-10T19:00:00+01:00', '2041-03-10T21:00:00+01:00');
    const geannuleerd = await plan(vrij[2].id, '2041-10-10T19:00:00+02:00', '2041-10-10T21:00:00+02:00');
    await ctx.gqlOk(
      'mutation($id: ID!) { netwerkbijeenkomstAnnuleren(id: $id) { id } }',
      { id: geannuleerd.netwerkbijeenkomstPlannen.id },
      medewerker,
    );
    const Q = '{ netwerkbijeenkomstenPerJaar { jaar aantal afspraakNagekomen } }';
    const { netwerkbijeenkomstenPerJaar } = await ctx.gqlOk<{
      netwerkbijeenkomstenPerJaar: Array<{ jaar: number; aantal: number; afspraakNagekomen: boolean }>;
    }>(Q, {}, medewerker);
    expect(netwerkbijeenkomstenPerJaar.filter((j) => j.jaar >= 2040)).toEqual([
      { jaar: 2040, aantal: 2, afspraakNagekomen: true },
      { jaar: 2041, aantal: 1, afspraakNagekomen: false },
    ]);
    expect(foutcodes(await ctx.gql(Q))).toEqual(['UNAUTHENTICATED']);
    expect(foutcodes(await ctx.gql(Q, {}, await ctx.tokenFor(Rol.BEWONER)))).toEqual(['FORBIDDEN']);
  });

  it('maakt een iCalendar-feed van de bijeenkomsten', async () => {
    const ics = await ctx.app.get(NetwerkbijeenkomstenService).icalendarFeed(new Date('2040-01-01T00:00:00Z'), 2040);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART:20400310T180000Z');
  });
  it('kost evenveel SQL-queries voor twee als voor alle bijeenkomsten (geen N+1)', async () => {
    const tel = async (query: string) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        await ctx.gqlOk(query);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const velden =
      'id buurt { naam stadsdeel { naam } buurtregisseur { naam } } aantalAanmeldingen plaatsenBeschikbaar aantalOpWachtlijst';
    // The fewest of three runs: anything else in the process can only add queries, never remove them.
    const minst = async (q: string) => Math.min(await tel(q), await tel(q), await tel(q));
    const twee = await minst(`{ netwerkbijeenkomsten(jaar: 2040) { ${velden} } }`);
    const alle = await minst(`{ netwerkbijeenkomsten { ${velden} } }`);
    expect(alle).toBe(twee);
  });
});
