/**
 * Domain events on their webhook channels: granted initiatives (`initiatieven`, without personal
 * data) and planned or cancelled network meetings (`netwerkbijeenkomsten`).
 */
import { Rol } from '@buurtwerk/core';
import { WebhookWorker } from '@buurtwerk/webhooks';
import { type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, opslaan, zetOp } from './initiatieven.helpers';
import { ABONNEMENT_AANMAKEN, type Ontvanger, startOntvanger } from './webhooks.helpers';

process.env.WEBHOOKS_UIT = 'true';

describe('Webhooks op het kanaal initiatieven', () => {
  let ctx: TestContext;
  let ontvanger: Ontvanger;
  beforeAll(async () => {
    ctx = await testContext();
    ontvanger = await startOntvanger();
  });
  afterAll(async () => {
    await ctx.close();
    await ontvanger.sluit();
  });

  it('meldt een toekenning aan abonnees van de buurt, en niets zolang het initiatief niet openbaar is', async () => {
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    await ctx.gqlOk(
      ABONNEMENT_AANMAKEN,
      {
        input: {
          callbackUrl: ontvanger.url('/terschuren'),
          kanaal: 'initiatieven',
          filters: [{ kenmerk: 'buurtcode', waarde: 'BU09171001' }],
        },
      },
      beheerder,
    );
    const opzet = await zetOp(ctx, 1_000_000);
    const bewoner = await ctx.tokenFor(Rol.BEWONER, { name: 'Anna Geheim', email: 'anna@voorbeeld.invalid' });
    const concept = await opslaan(ctx, bewoner, initiatiefInput(opzet, 10_000, 2_000));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, bewoner);
    const worker = ctx.app.get(WebhookWorker);
    await worker.verwerkNu();
    expect(ontvanger.ontvangen).toHaveLength(0);

    const { node } = await ctx.gqlOk<{ node: { aanvragen: Array<{ id: string; gereserveerdBedrag: number | null }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { aanvragen { id gereserveerdBedrag } } } }',
      { id: concept.id },
      opzet.beleid,
    );
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: concept.id }, opzet.beleid);
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { status } }',
      {
        input: {
          initiatiefId: concept.id,
          uitkomst: 'TOEGEKEND',
          motivering: 'Een goed plan dat past binnen de regeling.',
          bedragen: node.aanvragen.map((a) => ({ aanvraagId: a.id, bedrag: a.gereserveerdBedrag ?? 0 })),
        },
      },
      opzet.beleid,
    );
    await worker.verwerkNu();
    expect(ontvanger.ontvangen).toHaveLength(1);
    const gebeurtenis = JSON.parse(ontvanger.ontvangen[0].body) as {
      type: string;
      subject: string;
      data: Record<string, unknown>;
    };
    expect(gebeurtenis.type).toBe('nl.heerlen.buurtwerk.initiatief.toegekend');
    expect(gebeurtenis.subject).toBe(concept.id);
    expect(gebeurtenis.data).toMatchObject({ status: 'TOEGEKEND', van: 'IN_BEHANDELING', buurtcodes: ['BU09171001'] });
    expect(ontvanger.ontvangen[0].body).not.toMatch(/Anna|anna@/);
  });

  it('meldt een initiatief in meer buurten aan abonnees van elk van die buurten, met alle buurtcodes (issue 24)', async () => {
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    const abonneer = (pad: string, buurtcode: string) =>
      ctx.gqlOk(
        ABONNEMENT_AANMAKEN,
        {
          input: {
            callbackUrl: ontvanger.url(pad),
            kanaal: 'initiatieven',
            filters: [{ kenmerk: 'buurtcode', waarde: buurtcode }],
          },
        },
        beheerder,
      );
    // The second buurt of the initiative, and a buurt it is not in.
    await abonneer('/maria-gewanden', 'BU09171000');
    await abonneer('/elders', 'BU09171002');
    const opzet = await zetOp(ctx, 1_000_000, 'MEERBUURT');
    const { buurt: tweede } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171000") { id } }');
    const bewoner = await ctx.tokenFor(Rol.BEWONER);
    const concept = await opslaan(ctx, bewoner, initiatiefInput(opzet, 10_000, 2_000, { buurtIds: [opzet.buurtId, tweede.id] }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, bewoner);
    const { node } = await ctx.gqlOk<{ node: { aanvragen: Array<{ id: string; gereserveerdBedrag: number | null }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { aanvragen { id gereserveerdBedrag } } } }',
      { id: concept.id },
      opzet.beleid,
    );
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id: concept.id }, opzet.beleid);
    const voor = ontvanger.ontvangen.length;
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { status } }',
      {
        input: {
          initiatiefId: concept.id,
          uitkomst: 'TOEGEKEND',
          motivering: 'Goed plan voor twee buurten.',
          bedragen: node.aanvragen.map((a) => ({ aanvraagId: a.id, bedrag: a.gereserveerdBedrag ?? 0 })),
        },
      },
      opzet.beleid,
    );
    await ctx.app.get(WebhookWorker).verwerkNu();
    const nieuw = ontvanger.ontvangen.slice(voor);
    // The first test's subscriber on BU09171001 (the first buurt) gets it too; BU09171002 does not.
    expect(nieuw.map((o) => o.pad).sort()).toEqual(['/maria-gewanden', '/terschuren']);
    const gebeurtenis = JSON.parse(nieuw.find((o) => o.pad === '/maria-gewanden')!.body) as {
      subject: string;
      buurtcode: string;
      data: Record<string, unknown>;
    };
    expect(gebeurtenis.subject).toBe(concept.id);
    // CloudEvents extension attributes are strings: all codes, comma-separated, in the initiative's order.
    expect(gebeurtenis.buurtcode).toBe('BU09171001,BU09171000');
    expect(gebeurtenis.data).toMatchObject({ buurtcodes: ['BU09171001', 'BU09171000'] });
  });

  it('meldt het plannen en annuleren van een netwerkbijeenkomst op het kanaal netwerkbijeenkomsten', async () => {
    const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    await ctx.gqlOk(
      ABONNEMENT_AANMAKEN,
      { input: { callbackUrl: ontvanger.url('/bijeenkomsten'), kanaal: 'netwerkbijeenkomsten', filters: [] } },
      beheerder,
    );
    const { buurt } = await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09174000") { id } }');
    const { netwerkbijeenkomstPlannen } = await ctx.gqlOk<{ netwerkbijeenkomstPlannen: { id: string } }>(
      'mutation($input: NetwerkbijeenkomstInput!) { netwerkbijeenkomstPlannen(input: $input) { id } }',
      {
        input: {
          titel: 'Netwerkbijeenkomst najaar',
          begin: '2030-10-01T19:00:00+02:00',
          eind: '2030-10-01T21:00:00+02:00',
          buurtId: buurt.id,
          locatie: 'Buurthuis',
          capaciteit: 30,
        },
      },
      beheerder,
    );
    await ctx.gqlOk(
      'mutation($id: ID!) { netwerkbijeenkomstAnnuleren(id: $id) { id } }',
      { id: netwerkbijeenkomstPlannen.id },
      beheerder,
    );
    await ctx.app.get(WebhookWorker).verwerkNu();
    const typen = ontvanger.ontvangen
      .filter((o) => o.pad === '/bijeenkomsten')
      .map((o) => JSON.parse(o.body) as { type: string; subject: string; data: { buurtcode: string } });
    expect(typen.map((t) => t.type).sort()).toEqual([
      'nl.heerlen.buurtwerk.netwerkbijeenkomst.geannuleerd',
      'nl.heerlen.buurtwerk.netwerkbijeenkomst.gepland',
    ]);
    expect(typen.every((t) => t.subject === netwerkbijeenkomstPlannen.id && t.data.buurtcode === 'BU09174000')).toBe(true);
  });
});
