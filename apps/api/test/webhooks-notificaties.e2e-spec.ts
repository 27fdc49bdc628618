/**
 * Subscribers built for the VNG Notificaties API: they choose the Notificaties message shape,
 * receive `kanaal`, `hoofdObject`, `resource`, `resourceUrl`, `actie`, `aanmaakdatum` and
 * `kenmerken` with the Authorization header they asked for, and read the object at
 * `resourceUrl` with the same rights as in GraphQL. CloudEvents subscribers get the same URL as
 * `dataref` (NL GOV profile for CloudEvents).
 */
import { Rol } from '@buurtwerk/core';
import { WebhookWorker } from '@buurtwerk/webhooks';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { ABONNEMENT_AANMAKEN, type Ontvanger, startOntvanger } from './webhooks.helpers';

process.env.WEBHOOKS_UIT = 'true';

interface Kennisgeving {
  kanaal: string;
  hoofdObject: string;
  resource: string;
  resourceUrl: string;
  actie: string;
  aanmaakdatum: string;
  kenmerken: Record<string, string>;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

describe('Webhooks in de berichtvorm van de VNG Notificaties API, met leesbare resourceUrl', () => {
  let ctx: TestContext;
  let ontvanger: Ontvanger;
  let beheerder: string;
  let buurt: { id: string; code: string };

  beforeAll(async () => {
    ctx = await testContext();
    ontvanger = await startOntvanger();
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    buurt = {
      id: (await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09171000") { id } }')).buurt.id,
      code: 'BU09171000',
    };
  });
  afterAll(async () => {
    await ctx.close();
    await ontvanger.sluit();
  });

  const abonneer = (token: string, input: Record<string, unknown>) =>
    ctx.gql<{ webhookAbonnementAanmaken: { abonnement: { id: string } } }>(ABONNEMENT_AANMAKEN, { input }, token);
  const ontvangenOp = (pad: string) => ontvanger.ontvangen.filter((o) => o.pad === pad);
  /** The path of a URL of this API (the test server listens elsewhere than PUBLIEKE_API_URL). */
  const pad = (url: string) => new URL(url).pathname;

  it('levert een Kennisgeving met de Authorization-header van de abonnee, en de resourceUrl geeft het object', async () => {
    const res = await abonneer(beheerder, {
      callbackUrl: ontvanger.url('/zaaksysteem'),
      kanaal: 'activiteiten',
      filters: [{ kenmerk: 'buurtcode', waarde: buurt.code }],
      berichtvorm: 'NOTIFICATIES',
      autorisatie: 'Bearer token-van-de-ontvanger',
    });
    expect(res.errors).toBeUndefined();
    const { abonnementen } = await ctx.gqlOk<{ abonnementen: Array<{ berichtvorm: string; heeftAutorisatie: boolean }> }>(
      '{ abonnementen: webhookAbonnementen { berichtvorm heeftAutorisatie } }',
      {},
      beheerder,
    );
    expect(abonnementen).toContainEqual({ berichtvorm: 'NOTIFICATIES', heeftAutorisatie: true });

    const { activiteitPubliceren } = await ctx.gqlOk<{ activiteitPubliceren: { id: string } }>(
      'mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }',
      { input: { titel: 'Repair café', begin: '2030-06-01T10:00:00+02:00', buurtId: buurt.id } },
      beheerder,
    );
    await ctx.app.get(WebhookWorker).verwerkNu();

    const [ontvangen] = ontvangenOp('/zaaksysteem');
    expect(ontvangen.headers.authorization).toBe('Bearer token-van-de-ontvanger');
    expect(ontvangen.headers['content-type']).toMatch(/^application\/json/);
    expect(ontvangen.headers['x-buurtwerk-type']).toBe('nl.heerlen.buurtwerk.activiteit.gepubliceerd');
    const bericht = JSON.parse(ontvangen.body) as Kennisgeving;
    expect(bericht).toEqual({
      kanaal: 'activiteiten',
      hoofdObject: expect.stringMatching(new RegExp(`^https?://[^/]+/api/v1/activiteiten/${UUID}$`)) as string,
      resource: 'activiteit',
      resourceUrl: bericht.hoofdObject,
      actie: 'create',
      aanmaakdatum: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as string,
      kenmerken: { buurtcode: buurt.code },
    });

    // The receiver reads the object where the message points, without signing in (it is public).
    const object = await ctx.http().get(pad(bericht.resourceUrl)).set('accept', 'application/json');
    expect(object.status).toBe(200);
    expect(object.body).toMatchObject({ id: activiteitPubliceren.id, titel: 'Repair café', buurt: { code: buurt.code } });
  });

  it('geeft een CloudEvent dezelfde URL als dataref, en een bron in de nld-naamruimte', async () => {
    await abonneer(beheerder, { callbackUrl: ontvanger.url('/cloudevents'), kanaal: 'activiteiten' });
    await ctx.gqlOk(
      'mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }',
      { input: { titel: 'Buurtbarbecue', begin: '2030-07-01T17:00:00+02:00', buurtId: buurt.id } },
      beheerder,
    );
    await ctx.app.get(WebhookWorker).verwerkNu();
    const [ontvangen] = ontvangenOp('/cloudevents');
    expect(ontvangen.headers['content-type']).toMatch(/^application\/cloudevents\+json/);
    expect(ontvangen.headers.authorization).toBeUndefined();
    const event = JSON.parse(ontvangen.body) as { source: string; dataref: string; subject: string };
    expect(event.source).toMatch(/^urn:nld:/);
    const object = await ctx.http().get(pad(event.dataref));
    expect(object.status).toBe(200);
    expect((object.body as { id: string }).id).toBe(event.subject);
  });

  it('laat de resourceUrl van een signaal alleen lezen door wie het in GraphQL mag zien, zonder vrije tekst', async () => {
    const organisatie = async (naam: string) =>
      (
        await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
          'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
          { input: { naam, soort: 'STICHTING', buurtIds: [] } },
          beheerder,
        )
      ).organisatieRegistreren.id;
    const sleutel = async (organisatieId: string) =>
      (
        await ctx.gqlOk<{ apiSleutelAanmaken: { sleutel: string } }>(
          'mutation($input: ApiSleutelInput!) { apiSleutelAanmaken(input: $input) { sleutel } }',
          { input: { naam: 'Notificaties', scopes: ['lezen', 'signalen:schrijven'], organisatieId } },
          beheerder,
        )
      ).apiSleutelAanmaken.sleutel;
    const melder = await sleutel(await organisatie('StandBy (notificaties-test)'));
    const ander = await sleutel(await organisatie('Andere stichting (notificaties-test)'));
    await abonneer(melder, { callbackUrl: ontvanger.url('/standby'), kanaal: 'signalen', berichtvorm: 'NOTIFICATIES' });

    const { signaalMelden } = await ctx.gqlOk<{ signaalMelden: { id: string; referentie: string } }>(
      'mutation($input: SignaalInput!) { signaalMelden(input: $input) { id referentie } }',
      { input: { buurtId: buurt.id, categorie: 'Openbare ruimte', omschrijving: 'Losse stoeptegel; bel Piet op 06-12345678' } },
      melder,
    );
    await ctx.app.get(WebhookWorker).verwerkNu();
    const [ontvangen] = ontvangenOp('/standby');
    const bericht = JSON.parse(ontvangen.body) as Kennisgeving;
    expect(bericht).toMatchObject({ kanaal: 'signalen', resource: 'signaal', actie: 'create' });
    expect(bericht.kenmerken.buurtcode).toBe(buurt.code);

    const lezen = (token?: string) => {
      const verzoek = ctx.http().get(pad(bericht.resourceUrl));
      return token ? verzoek.set('authorization', `Bearer ${token}`) : verzoek;
    };
    const eigen = await lezen(melder);
    expect(eigen.status).toBe(200);
    expect(eigen.body).toMatchObject({ id: signaalMelden.id, referentie: signaalMelden.referentie, status: 'NIEUW' });
    expect(JSON.stringify(eigen.body)).not.toContain('06-12345678');
    expect(eigen.headers['cache-control']).toBe('private, no-cache');
    // Not signed in, or another organisation: as if it did not exist.
    for (const res of [await lezen(), await lezen(ander)]) {
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await lezen(beheerder)).status).toBe(200);
  });

  it('antwoordt 404 op een onbekend of ongeldig id, nooit een 500', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'geen-uuid', '%27%3B--', 'a'.repeat(60)]) {
      for (const soort of ['activiteiten', 'organisaties', 'initiatieven', 'signalen', 'netwerkbijeenkomsten']) {
        const res = await ctx.http().get(`/api/v1/${soort}/${id}`);
        expect({ soort, id, status: res.status }).toEqual({ soort, id, status: 404 });
      }
    }
  });

  it('weigert een Authorization-waarde met een regelovergang bij het veld', async () => {
    const res = await abonneer(beheerder, {
      callbackUrl: ontvanger.url('/injectie'),
      kanaal: 'activiteiten',
      berichtvorm: 'NOTIFICATIES',
      autorisatie: 'Bearer x\r\nX-Evil: 1',
    });
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(res.errors)).toContain('input.autorisatie');
  });
});
