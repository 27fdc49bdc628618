import {
  AFLEVERFOUT,
  GebeurtenisPublisher,
  MAX_POGINGEN,
  verifieerHandtekening,
  WebhookKlok,
  WebhookWorker,
} from '@buurtwerk/webhooks';
import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { ABONNEMENT_AANMAKEN, type Ontvanger, startOntvanger } from './webhooks.helpers';

// The tests drive the worker themselves (verwerkNu) and move its clock: no timer.
process.env.WEBHOOKS_UIT = 'true';

const PUBLICEER = `mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }`;
const AFLEVERINGEN = `query($id: ID!, $first: Int, $after: String) {
  webhookAfleveringen(abonnementId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id gebeurtenisId status pogingen volgendePogingOp afgeleverdOp laatsteStatuscode laatsteDuurMs laatsteFout
      pogingLog { nummer op statuscode duurMs geslaagd fout volgendePogingOp } } }
  }
}`;

interface Aflevering {
  id: string;
  gebeurtenisId: string;
  status: string;
  pogingen: number;
  volgendePogingOp: string | null;
  afgeleverdOp: string | null;
  laatsteStatuscode: number | null;
  laatsteFout: string | null;
  pogingLog: Array<{
    nummer: number;
    op: string;
    statuscode: number | null;
    geslaagd: boolean;
    fout: string | null;
    volgendePogingOp: string | null;
  }>;
}

describe('Webhooks: abonnementen, CloudEvents, ondertekening en aflevering', () => {
  let ctx: TestContext;
  let ontvanger: Ontvanger;
  let beheerder: string;
  let worker: WebhookWorker;
  let nu: Date;
  let buurtA: { id: string; code: string };
  let buurtB: { id: string; code: string };
  let orgId: string;

  beforeAll(async () => {
    ctx = await testContext();
    ontvanger = await startOntvanger();
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    worker = ctx.app.get(WebhookWorker);
    nu = new Date();
    jest.spyOn(ctx.app.get(WebhookKlok), 'nu').mockImplementation(() => nu);
    const buurt = async (code: string) => ({
      id: (await ctx.gqlOk<{ buurt: { id: string } }>(`{ buurt(code: "${code}") { id } }`)).buurt.id,
      code,
    });
    buurtA = await buurt('BU09171000');
    buurtB = await buurt('BU09171001');
    orgId = (
      await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam: 'Buurtvereniging Webhook (test)', soort: 'VERENIGING', buurtIds: [buurtA.id] } },
        beheerder,
      )
    ).organisatieRegistreren.id;
  });
  afterAll(async () => {
    await ctx.close();
    await ontvanger.sluit();
  });
  beforeEach(() => {
    ontvanger.antwoord = () => 204;
  });

  const abonneer = async (
    pad: string,
    kanaal: string,
    filters: Array<{ kenmerk: string; waarde: string }> = [],
    token = beheerder,
  ) =>
    (
      await ctx.gqlOk<{
        webhookAbonnementAanmaken: { geheim: string; abonnement: { id: string; organisatieId: string | null } };
      }>(ABONNEMENT_AANMAKEN, { input: { callbackUrl: ontvanger.url(pad), kanaal, filters } }, token)
    ).webhookAbonnementAanmaken;

  const publiceerActiviteit = async (buurtId: string, titel = 'Koffie-ochtend') =>
    (
      await ctx.gqlOk<{ activiteitPubliceren: { id: string } }>(
        PUBLICEER,
        { input: { titel, begin: '2030-06-01T10:00:00+02:00', buurtId, organisatorId: orgId } },
        beheerder,
      )
    ).activiteitPubliceren.id;

  const afleveringen = async (abonnementId: string, token = beheerder) =>
    (
      await ctx.gqlOk<{ webhookAfleveringen: { totalCount: number; edges: Array<{ node: Aflevering }> } }>(
        AFLEVERINGEN,
        { id: abonnementId, first: 100 },
        token,
      )
    ).webhookAfleveringen.edges.map((e) => e.node);

  const ontvangenOp = (pad: string) => ontvanger.ontvangen.filter((o) => o.pad === pad);

  it('levert een abonnement met buurtcodefilter alleen gebeurtenissen van die buurt', async () => {
    await abonneer('/buurt-a', 'activiteiten', [{ kenmerk: 'buurtcode', waarde: buurtA.code }]);
    await abonneer('/alle', 'activiteiten');
    const inA = await publiceerActiviteit(buurtA.id, 'Koffie in A');
    const inB = await publiceerActiviteit(buurtB.id, 'Koffie in B');
    await worker.verwerkNu();

    const a = ontvangenOp('/buurt-a').map((o) => JSON.parse(o.body) as Record<string, unknown>);
    expect(a.map((e) => e.subject)).toEqual([inA]);
    expect(
      ontvangenOp('/alle')
        .map((o) => (JSON.parse(o.body) as { subject: string }).subject)
        .sort(),
    ).toEqual([inA, inB].sort());
    const event = a[0];
    expect(event).toMatchObject({
      specversion: '1.0',
      source: 'urn:nld:gemeente-heerlen:systeem:buurtwerk',
      type: 'nl.heerlen.buurtwerk.activiteit.gepubliceerd',
      subject: inA,
      datacontenttype: 'application/json',
      buurtcode: buurtA.code,
      data: { id: inA, titel: 'Koffie in A', buurtcode: buurtA.code, organisatorId: orgId, geannuleerd: false },
    });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(event.time as string).toISOString()).toBe(event.time);
    // No personal data: not who published it.
    expect(JSON.stringify(event)).not.toContain('test-beheerder');
    const headers = ontvangenOp('/buurt-a')[0].headers;
    expect(headers['content-type']).toBe('application/cloudevents+json; charset=utf-8');
    expect(headers['webhook-id']).toBe(event.id);
  });

  it('ondertekent zodat de handtekening klopt met het geheim en een gewijzigde body faalt', async () => {
    const { geheim } = await abonneer('/getekend', 'activiteiten', [{ kenmerk: 'buurtcode', waarde: buurtB.code }]);
    expect(geheim).toMatch(/^whsec_/);
    await publiceerActiviteit(buurtB.id);
    await worker.verwerkNu();
    const [o] = ontvangenOp('/getekend');
    const h = {
      geheim,
      id: String(o.headers['webhook-id']),
      tijdstempel: String(o.headers['webhook-timestamp']),
      handtekening: String(o.headers['webhook-signature']),
    };
    expect(h.handtekening).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(verifieerHandtekening({ ...h, body: o.body })).toEqual({ geldig: true });
    expect(verifieerHandtekening({ ...h, body: o.body.replace('Koffie', 'Thee!!') })).toEqual({
      geldig: false,
      reden: 'handtekening',
    });
    expect(verifieerHandtekening({ ...h, body: o.body, geheim: `whsec_${Buffer.alloc(32, 1).toString('base64')}` })).toEqual({
      geldig: false,
      reden: 'handtekening',
    });
  });

  it('meldt registratie en wijziging van organisaties en het annuleren van activiteiten', async () => {
    await abonneer('/organisaties', 'organisaties', [{ kenmerk: 'soort', waarde: 'STICHTING' }]);
    await abonneer('/geannuleerd', 'activiteiten', [{ kenmerk: 'buurtcode', waarde: buurtB.code }]);
    const org = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
      'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
      { input: { naam: 'Stichting Haak (test)', soort: 'STICHTING', buurtIds: [] } },
      beheerder,
    );
    await ctx.gqlOk(
      'mutation($input: BestuursfunctieInput!) { bestuursfunctieToevoegen(input: $input) { id } }',
      {
        input: {
          organisatieId: org.organisatieRegistreren.id,
          persoon: 'Jan Geheimhouder',
          functie: 'voorzitter',
          vanaf: '2024-01-01',
        },
      },
      beheerder,
    );
    const activiteit = await publiceerActiviteit(buurtB.id, 'Gaat niet door');
    await ctx.gqlOk('mutation($id: ID!) { activiteitAnnuleren(id: $id) { id } }', { id: activiteit }, beheerder);
    await worker.verwerkNu();

    const org_ = ontvangenOp('/organisaties').map((o) => JSON.parse(o.body) as { type: string; subject: string; data: object });
    expect(org_.map((e) => e.type)).toEqual([
      'nl.heerlen.buurtwerk.organisatie.geregistreerd',
      'nl.heerlen.buurtwerk.organisatie.gewijzigd',
    ]);
    expect(org_.every((e) => e.subject === org.organisatieRegistreren.id)).toBe(true);
    expect(JSON.stringify(org_)).not.toContain('Geheimhouder');
    const geannuleerd = ontvangenOp('/geannuleerd').map(
      (o) => JSON.parse(o.body) as { type: string; subject: string; data: { geannuleerd: boolean } },
    );
    expect(geannuleerd.map((e) => [e.type, e.subject, e.data.geannuleerd])).toEqual([
      ['nl.heerlen.buurtwerk.activiteit.gepubliceerd', activiteit, false],
      ['nl.heerlen.buurtwerk.activiteit.geannuleerd', activiteit, true],
    ]);
  });

  it('probeert met exponentiële backoff opnieuw en levert af bij de derde poging, met dezelfde body', async () => {
    const { abonnement } = await abonneer('/wankel', 'activiteiten', [{ kenmerk: 'buurtcode', waarde: buurtA.code }]);
    ontvanger.antwoord = ({ pad }) => (pad === '/wankel' && ontvangenOp('/wankel').length <= 2 ? 503 : 204);
    await publiceerActiviteit(buurtA.id, 'Wankele ontvanger');
    const start = nu;
    await worker.verwerkNu();
    expect(ontvangenOp('/wankel')).toHaveLength(1);

    await worker.verwerkNu(); // nothing due yet
    expect(ontvangenOp('/wankel')).toHaveLength(1);
    nu = new Date(start.getTime() + 10_000);
    await worker.verwerkNu();
    expect(ontvangenOp('/wankel')).toHaveLength(2);
    nu = new Date(start.getTime() + 29_999);
    await worker.verwerkNu(); // second wait is 20 s
    expect(ontvangenOp('/wankel')).toHaveLength(2);
    nu = new Date(start.getTime() + 30_000);
    await worker.verwerkNu();
    expect(ontvangenOp('/wankel')).toHaveLength(3);

    const [a] = await afleveringen(abonnement.id);
    expect(a).toMatchObject({
      status: 'AFGELEVERD',
      pogingen: 3,
      laatsteStatuscode: 204,
      laatsteFout: null,
      volgendePogingOp: null,
    });
    expect(new Date(a.afgeleverdOp!).getTime()).toBe(start.getTime() + 30_000);
    expect(a.pogingLog.map((p) => [p.nummer, p.statuscode, p.geslaagd, p.fout])).toEqual([
      [1, 503, false, 'HTTP 503'],
      [2, 503, false, 'HTTP 503'],
      [3, 204, true, null],
    ]);
    expect(
      a.pogingLog.map((p) => p.volgendePogingOp && new Date(p.volgendePogingOp).getTime() - new Date(p.op).getTime()),
    ).toEqual([10_000, 20_000, null]);
    // Idempotent: every attempt carries the same event (id and bytes); the receiver dedupes by id.
    const bodies = ontvangenOp('/wankel').map((o) => o.body);
    expect(new Set(bodies).size).toBe(1);
    expect(new Set(ontvangenOp('/wankel').map((o) => o.headers['webhook-id']))).toEqual(new Set([a.gebeurtenisId]));
    nu = new Date();
  });

  it('geeft het na het maximum aantal pogingen op (MISLUKT) en registreert de fout', async () => {
    const { abonnement } = await abonneer('/kapot', 'activiteiten', [{ kenmerk: 'buurtcode', waarde: buurtA.code }]);
    ontvanger.antwoord = ({ pad }) => (pad === '/kapot' ? 500 : 204);
    await publiceerActiviteit(buurtA.id, 'Nooit aangekomen');
    for (let i = 0; i < MAX_POGINGEN + 2; i += 1) {
      await worker.verwerkNu();
      nu = new Date(nu.getTime() + 3_600_000);
    }
    const [a] = await afleveringen(abonnement.id);
    expect(a).toMatchObject({ status: 'MISLUKT', pogingen: MAX_POGINGEN, laatsteStatuscode: 500, volgendePogingOp: null });
    expect(ontvangenOp('/kapot')).toHaveLength(MAX_POGINGEN);
    nu = new Date();
  });

  it('registreert een onbereikbare ontvanger met een algemene fouttekst, zonder foutcode, adres of poort', async () => {
    const dood = await startOntvanger();
    const url = dood.url('/weg');
    await dood.sluit();
    const { abonnement } = await ctx
      .gqlOk<{ webhookAbonnementAanmaken: { abonnement: { id: string } } }>(
        ABONNEMENT_AANMAKEN,
        { input: { callbackUrl: url, kanaal: 'activiteiten', filters: [{ kenmerk: 'buurtcode', waarde: buurtA.code }] } },
        beheerder,
      )
      .then((d) => d.webhookAbonnementAanmaken);
    await publiceerActiviteit(buurtA.id, 'Niemand thuis');
    await worker.verwerkNu();
    const [a] = await afleveringen(abonnement.id);
    expect(a.status).toBe('WACHTEND');
    expect(a.laatsteStatuscode).toBeNull();
    // Issue 15: the log's text must not tell refused from filtered ports or name the address.
    expect(a.laatsteFout).toBe(AFLEVERFOUT.verbinding);
    expect(a.laatsteFout).not.toContain(new URL(url).port);
  });

  it('levert handmatig opnieuw af, per aflevering of per gebeurtenis, met dezelfde gebeurtenis', async () => {
    const { abonnement } = await abonneer('/replay', 'activiteiten', [{ kenmerk: 'buurtcode', waarde: buurtB.code }]);
    await publiceerActiviteit(buurtB.id, 'Nog een keer');
    await worker.verwerkNu();
    const [eerst] = await afleveringen(abonnement.id);
    expect(eerst.status).toBe('AFGELEVERD');

    const opnieuw = await ctx.gqlOk<{ webhookOpnieuwAfleveren: Array<{ id: string; status: string }> }>(
      'mutation($id: ID) { webhookOpnieuwAfleveren(afleveringId: $id) { id status } }',
      { id: eerst.id },
      beheerder,
    );
    expect(opnieuw.webhookOpnieuwAfleveren).toEqual([{ id: eerst.id, status: 'WACHTEND' }]);
    await worker.verwerkNu();
    await ctx.gqlOk(
      'mutation($g: String) { webhookOpnieuwAfleveren(gebeurtenisId: $g) { id } }',
      { g: eerst.gebeurtenisId },
      beheerder,
    );
    await worker.verwerkNu();

    const ontvangen = ontvangenOp('/replay');
    expect(ontvangen).toHaveLength(3);
    expect(new Set(ontvangen.map((o) => o.body)).size).toBe(1);
    expect(ontvanger.afgeleverd('/replay').size).toBe(1);
    const [na] = await afleveringen(abonnement.id);
    expect(na.status).toBe('AFGELEVERD');
    expect(na.pogingLog.map((p) => p.nummer)).toEqual([1, 1, 1]);

    const fout = await ctx.gql('mutation { webhookOpnieuwAfleveren { id } }', {}, beheerder);
    expect(foutcodes(fout)).toEqual(['BAD_USER_INPUT']);
  });

  it('maakt één aflevering per abonnement en gebeurtenis, ook als de worker vaker draait', async () => {
    const { abonnement } = await abonneer('/eenmaal', 'activiteiten', [{ kenmerk: 'buurtcode', waarde: buurtA.code }]);
    await publiceerActiviteit(buurtA.id, 'Eenmaal');
    await Promise.all([worker.verwerkNu(), worker.verwerkNu(), worker.verwerkNu()]);
    await worker.verwerkNu();
    expect(await afleveringen(abonnement.id)).toHaveLength(1);
    expect(ontvangenOp('/eenmaal')).toHaveLength(1);
  });

  it('schrijft geen gebeurtenis als de transactie van de wijziging terugrolt', async () => {
    const publisher = ctx.app.get(GebeurtenisPublisher);
    const tel = async () =>
      Number((await ctx.dataSource.query<Array<{ n: string }>>('SELECT count(*) AS n FROM webhook_gebeurtenis'))[0].n);
    const voor = await tel();
    await expect(
      ctx.dataSource.transaction(async (tx) => {
        await publisher.publiceer(tx, {
          kanaal: 'activiteiten',
          type: 'nl.heerlen.buurtwerk.activiteit.gepubliceerd',
          onderwerp: 'x',
          kenmerken: { buurtcode: buurtA.code },
          data: {},
        });
        expect(Number((await tx.query<Array<{ n: string }>>('SELECT count(*) AS n FROM webhook_gebeurtenis'))[0].n)).toBe(
          voor + 1,
        );
        throw new Error('de wijziging mislukt');
      }),
    ).rejects.toThrow('de wijziging mislukt');
    expect(await tel()).toBe(voor);
    // Outside a transaction the outbox guarantee would not hold: refused.
    await expect(
      publisher.publiceer(ctx.dataSource.manager, {
        kanaal: 'activiteiten',
        type: 'nl.heerlen.buurtwerk.x',
        onderwerp: 'x',
        kenmerken: {},
        data: {},
      }),
    ).rejects.toThrow('transactie');
  });

  it('stopt met afleveren als het abonnement beëindigd is, ook voor wachtende herhalingen', async () => {
    const { abonnement } = await abonneer('/stop', 'activiteiten', [{ kenmerk: 'buurtcode', waarde: buurtA.code }]);
    ontvanger.antwoord = ({ pad }) => (pad === '/stop' ? 500 : 204);
    await publiceerActiviteit(buurtA.id, 'Voor het einde');
    await worker.verwerkNu();
    expect(ontvangenOp('/stop')).toHaveLength(1);
    const einde = await ctx.gqlOk<{ webhookAbonnementBeeindigen: { beeindigdOp: string | null } }>(
      'mutation($id: ID!) { webhookAbonnementBeeindigen(id: $id) { beeindigdOp } }',
      { id: abonnement.id },
      beheerder,
    );
    expect(einde.webhookAbonnementBeeindigen.beeindigdOp).not.toBeNull();
    await publiceerActiviteit(buurtA.id, 'Na het einde');
    nu = new Date(nu.getTime() + 3_600_000);
    await worker.verwerkNu();
    nu = new Date();
    expect(ontvangenOp('/stop')).toHaveLength(1);
    const [a] = await afleveringen(abonnement.id);
    expect(a.status).toBe('GEANNULEERD');
    const replay = await ctx.gql(
      'mutation($id: ID) { webhookOpnieuwAfleveren(afleveringId: $id) { id } }',
      { id: a.id },
      beheerder,
    );
    expect(foutcodes(replay)).toEqual(['CONFLICT']);
  });

  describe('toegang', () => {
    let partnerSleutel: string;
    let andereSleutel: string;
    beforeAll(async () => {
      const sleutel = async (organisatieId: string, scopes: string[]) =>
        (
          await ctx.gqlOk<{ apiSleutelAanmaken: { sleutel: string } }>(
            'mutation($input: ApiSleutelInput!) { apiSleutelAanmaken(input: $input) { sleutel } }',
            { input: { naam: `Koppeling ${scopes.join('+')}`, scopes, organisatieId } },
            beheerder,
          )
        ).apiSleutelAanmaken.sleutel;
      const andereOrg = (
        await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
          'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
          { input: { naam: 'Andere partner (test)', soort: 'OVERIG', buurtIds: [] } },
          beheerder,
        )
      ).organisatieRegistreren.id;
      partnerSleutel = await sleutel(orgId, ['lezen']);
      andereSleutel = await sleutel(andereOrg, ['lezen']);
    });

    const metSleutel = (sleutel: string, query: string, variables: Record<string, unknown> = {}) =>
      ctx.http().post('/graphql').set('x-api-key', sleutel).send({ query, variables });

    it('laat een partnersleutel met scope lezen abonneren voor de eigen organisatie en ziet geen andermans abonnementen', async () => {
      const res = await metSleutel(partnerSleutel, ABONNEMENT_AANMAKEN, {
        input: { callbackUrl: ontvanger.url('/partner'), kanaal: 'activiteiten', filters: [] },
      });
      expect(res.body.errors).toBeUndefined();
      const { abonnement, geheim } = res.body.data.webhookAbonnementAanmaken as {
        abonnement: { id: string; organisatieId: string };
        geheim: string;
      };
      expect(abonnement.organisatieId).toBe(orgId);

      const eigen = await metSleutel(partnerSleutel, '{ webhookAbonnementen { id callbackUrl } }');
      expect((eigen.body.data.webhookAbonnementen as Array<{ id: string }>).map((a) => a.id)).toEqual([abonnement.id]);
      // The secret is shown once, never listed again.
      const alle = await ctx.gqlOk<{ webhookAbonnementen: Array<{ id: string }> }>(
        '{ webhookAbonnementen { id callbackUrl } }',
        {},
        beheerder,
      );
      expect(alle.webhookAbonnementen.map((a) => a.id)).toContain(abonnement.id);
      expect(JSON.stringify(alle)).not.toContain(geheim);

      const ander = await metSleutel(andereSleutel, '{ webhookAbonnementen { id } }');
      expect(ander.body.data.webhookAbonnementen).toEqual([]);
      const log = await metSleutel(andereSleutel, AFLEVERINGEN, { id: abonnement.id });
      expect(log.body.errors[0].extensions.code).toBe('NOT_FOUND');
      const stop = await metSleutel(andereSleutel, 'mutation($id: ID!) { webhookAbonnementBeeindigen(id: $id) { id } }', {
        id: abonnement.id,
      });
      expect(stop.body.errors[0].extensions.code).toBe('NOT_FOUND');

      await publiceerActiviteit(buurtB.id, 'Voor de partner');
      await worker.verwerkNu();
      const eigenLog = await metSleutel(partnerSleutel, AFLEVERINGEN, { id: abonnement.id });
      expect(eigenLog.body.data.webhookAfleveringen.totalCount).toBe(1);
    });

    it('weigert bewoners, anonieme bellers en sleutels zonder scope lezen', async () => {
      const invoer = { input: { callbackUrl: ontvanger.url('/x'), kanaal: 'activiteiten', filters: [] } };
      expect(foutcodes(await ctx.gql(ABONNEMENT_AANMAKEN, invoer, await ctx.tokenFor(Rol.BEWONER)))).toEqual(['FORBIDDEN']);
      expect(foutcodes(await ctx.gql(ABONNEMENT_AANMAKEN, invoer, null))).toEqual(['UNAUTHENTICATED']);
      const schrijfSleutel = (
        await ctx.gqlOk<{ apiSleutelAanmaken: { sleutel: string } }>(
          'mutation($input: ApiSleutelInput!) { apiSleutelAanmaken(input: $input) { sleutel } }',
          { input: { naam: 'Alleen schrijven', scopes: ['activiteiten:schrijven'], organisatieId: orgId } },
          beheerder,
        )
      ).apiSleutelAanmaken.sleutel;
      const res = await metSleutel(schrijfSleutel, ABONNEMENT_AANMAKEN, invoer);
      expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(res.body.errors[0].message).toContain('lezen');
    });

    it('laat een PARTNER-gebruiker abonneren voor een gekoppelde organisatie, niet voor een andere', async () => {
      const partner = await ctx.tokenFor(Rol.PARTNER, { sub: 'partner-webhooks-1' });
      await ctx.gqlOk(
        'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
        { o: orgId, g: 'partner-webhooks-1' },
        beheerder,
      );
      const eigen = await ctx.gqlOk<{ webhookAbonnementAanmaken: { abonnement: { organisatieId: string } } }>(
        ABONNEMENT_AANMAKEN,
        { input: { callbackUrl: ontvanger.url('/partner-gebruiker'), kanaal: 'organisaties', filters: [] } },
        partner,
      );
      expect(eigen.webhookAbonnementAanmaken.abonnement.organisatieId).toBe(orgId);
      const vreemd = await ctx.gql(
        ABONNEMENT_AANMAKEN,
        {
          input: {
            callbackUrl: ontvanger.url('/x'),
            kanaal: 'organisaties',
            filters: [],
            organisatieId: Buffer.from('Organisatie:00000000-0000-4000-8000-000000000000').toString('base64url'),
          },
        },
        partner,
      );
      expect(foutcodes(vreemd)).toEqual(['FORBIDDEN']);
    });
  });

  it('weigert ongeldige callback-URL’s, onbekende kanalen en dubbele kenmerken in één antwoord', async () => {
    const res = await ctx.gql(
      ABONNEMENT_AANMAKEN,
      {
        input: {
          callbackUrl: 'http://partner.example.nl/hook',
          kanaal: 'weer',
          filters: [
            { kenmerk: 'buurtcode', waarde: buurtA.code },
            { kenmerk: 'buurtcode', waarde: buurtB.code },
          ],
        },
      },
      beheerder,
    );
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions!.velden!.map((v) => v.veld)).toEqual([
      'input.callbackUrl',
      'input.kanaal',
      'input.filters[1].kenmerk',
    ]);
    const kenmerk = await ctx.gql(
      ABONNEMENT_AANMAKEN,
      { input: { callbackUrl: ontvanger.url(), kanaal: 'activiteiten', filters: [{ kenmerk: 'Buurt_Code', waarde: 'x' }] } },
      beheerder,
    );
    expect(kenmerk.errors![0].extensions!.velden!.map((v) => v.veld)).toEqual(['input.filters[0].kenmerk']);
  });

  it('pagineert het afleverlogboek', async () => {
    const { abonnement } = await abonneer('/pagina', 'activiteiten', [{ kenmerk: 'buurtcode', waarde: buurtB.code }]);
    for (const titel of ['Een', 'Twee', 'Drie']) {
      await publiceerActiviteit(buurtB.id, titel);
    }
    await worker.verwerkNu();
    const p1 = await ctx.gqlOk<{
      webhookAfleveringen: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] };
    }>(AFLEVERINGEN, { id: abonnement.id, first: 2 }, beheerder);
    expect(p1.webhookAfleveringen.totalCount).toBe(3);
    expect(p1.webhookAfleveringen.edges).toHaveLength(2);
    expect(p1.webhookAfleveringen.pageInfo.hasNextPage).toBe(true);
    const p2 = await ctx.gqlOk<{ webhookAfleveringen: { pageInfo: { hasNextPage: boolean }; edges: unknown[] } }>(
      AFLEVERINGEN,
      { id: abonnement.id, first: 2, after: p1.webhookAfleveringen.pageInfo.endCursor },
      beheerder,
    );
    expect(p2.webhookAfleveringen.edges).toHaveLength(1);
    expect(p2.webhookAfleveringen.pageInfo.hasNextPage).toBe(false);
  });
});
