/**
 * Webhook URLs must not reach internal hosts (issue 15), through the API: production rules
 * (WebhookDoelen.strikt, as under NODE_ENV=production) with a resolver this test controls, so
 * "DNS" can say what an attacker's name server would say.
 *
 * - subscribing refuses every bypass that production accepted: `https://localhost./`,
 *   `https://foo.localhost./`, `https://127.0.0.1.nip.io/`, other ports, mapped IPv6;
 * - delivering refuses them too (subscriptions stored before these rules, and a name that
 *   resolved to a public address when subscribing and to loopback later), without ever
 *   connecting, and the delivery log says only a fixed text.
 * That the connection goes to the checked address (no second lookup) is proven with real
 * servers in libs/webhooks/src/webhook.doelen.spec.ts.
 */
import { DataSource } from 'typeorm';
import { Rol, toGlobalId } from '@buurtwerk/core';
import {
  AbonnementEntity,
  AFLEVERFOUT,
  type Adres,
  GEHEIM_PREFIX,
  GebeurtenisPublisher,
  WebhookDoelen,
  WebhookWorker,
} from '@buurtwerk/webhooks';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { ABONNEMENT_AANMAKEN, type Ontvanger, startOntvanger } from './webhooks.helpers';

const AFLEVERINGEN = `query($id: ID!) {
  webhookAfleveringen(abonnementId: $id, first: 10) {
    edges { node { status pogingen laatsteStatuscode laatsteFout pogingLog { statuscode geslaagd fout } } }
  }
}`;

interface Aflevering {
  status: string;
  pogingen: number;
  laatsteStatuscode: number | null;
  laatsteFout: string | null;
  pogingLog: Array<{ statuscode: number | null; geslaagd: boolean; fout: string | null }>;
}

describe('Webhooks: geen callback naar interne adressen (productieregels)', () => {
  let ctx: TestContext;
  let ontvanger: Ontvanger;
  let beheerder: string;
  let doelen: WebhookDoelen;
  let poort: string;
  /** What "DNS" answers now, per name; every question is remembered. */
  const dns = new Map<string, Adres[]>();
  const vragen: string[] = [];

  beforeAll(async () => {
    ctx = await testContext();
    ontvanger = await startOntvanger();
    poort = new URL(ontvanger.url()).port;
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    doelen = ctx.app.get(WebhookDoelen);
    doelen.strikt = true;
    doelen.resolver = (host) => {
      vragen.push(host);
      const antwoord = dns.get(host);
      return antwoord ? Promise.resolve(antwoord) : Promise.reject(new Error(`getaddrinfo ENOTFOUND ${host}`));
    };
    dns.set('partner.example.nl', [{ address: '93.184.216.34', family: 4 }]);
    dns.set('127.0.0.1.nip.io', [{ address: '127.0.0.1', family: 4 }]);
  });
  afterAll(async () => {
    await ctx.close();
    await ontvanger.sluit();
  });

  const abonneer = (callbackUrl: string, kanaal = 'activiteiten') =>
    ctx.gql<{ webhookAbonnementAanmaken: { abonnement: { id: string } } }>(
      ABONNEMENT_AANMAKEN,
      { input: { callbackUrl, kanaal, filters: [] } },
      beheerder,
    );

  const publiceer = (onderwerp: string) =>
    ctx.dataSource.transaction((tx) =>
      ctx.app.get(GebeurtenisPublisher).publiceer(tx, {
        kanaal: 'activiteiten',
        type: 'nl.heerlen.buurtwerk.activiteit.gepubliceerd',
        onderwerp,
        kenmerken: { buurtcode: 'BU09171000' },
        data: { titel: onderwerp },
      }),
    );

  const afleveringen = async (id: string): Promise<Aflevering[]> =>
    (
      await ctx.gqlOk<{ webhookAfleveringen: { edges: Array<{ node: Aflevering }> } }>(AFLEVERINGEN, { id }, beheerder)
    ).webhookAfleveringen.edges.map((e) => e.node);

  it.each([
    ['https://localhost./', 'punt aan het eind'],
    ['https://foo.localhost./', 'punt aan het eind'],
    ['https://foo.localhost/hook', 'intern'],
    ['https://127.0.0.1.nip.io/', 'openbaar internetadres'],
    ['https://bestaat-niet.example.nl/', 'openbaar internetadres'],
    ['https://partner.example.nl:8443/', 'poort'],
    ['https://[::ffff:7f00:1]/', 'intern'],
  ])('weigert %s bij het abonneren', async (url, melding) => {
    const res = await abonneer(url);
    expect(foutcodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions!.velden).toEqual([{ veld: 'input.callbackUrl', melding: expect.stringContaining(melding) }]);
  });

  it('aanvaardt https op poort 443 naar een naam met een openbaar adres', async () => {
    // Another channel than the deliveries below: this test never connects to the internet.
    const res = await abonneer('https://partner.example.nl/hook', 'netwerkbijeenkomsten');
    expect(res.errors).toBeUndefined();
  });

  it('weigert bij elke aflevering wat nu niet meer mag, zonder te verbinden, met een vaste tekst in het afleverlogboek', async () => {
    // Stored before these rules existed (the API accepted them then): straight into the table.
    const repo = ctx.app.get(DataSource).getRepository(AbonnementEntity);
    const oud = async (callbackUrl: string) =>
      toGlobalId(
        'WebhookAbonnement',
        (
          await repo.save(
            repo.create({
              callbackUrl,
              kanaal: 'activiteiten',
              filters: {},
              geheim: `${GEHEIM_PREFIX}c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0`,
              organisatieId: null,
              aangemaaktDoor: 'voor-issue-15',
            }),
          )
        ).id,
      );
    const legacy = {
      'https://localhost./': await oud('https://localhost./'),
      'https://foo.localhost./': await oud('https://foo.localhost./'),
      'https://127.0.0.1.nip.io/': await oud('https://127.0.0.1.nip.io/'),
      [`https://partner.example.nl:${poort}/`]: await oud(`https://partner.example.nl:${poort}/`),
      [`http://127.0.0.1:${poort}/hook`]: await oud(`http://127.0.0.1:${poort}/hook`),
    };
    // DNS rebinding across time: public when subscribing, loopback when delivering.
    dns.set('rebind.example.nl', [{ address: '93.184.216.34', family: 4 }]);
    const aangemeld = await abonneer('https://rebind.example.nl/hook');
    expect(aangemeld.errors).toBeUndefined();
    const rebind = aangemeld.data!.webhookAbonnementAanmaken.abonnement.id;
    dns.set('rebind.example.nl', [{ address: '::1', family: 6 }]);

    vragen.length = 0;
    await publiceer('ssrf-1');
    await ctx.app.get(WebhookWorker).verwerkNu();

    for (const id of [...Object.values(legacy), rebind]) {
      const [a] = await afleveringen(id);
      expect(a).toEqual({
        status: 'WACHTEND',
        pogingen: 1,
        laatsteStatuscode: null,
        laatsteFout: AFLEVERFOUT.geweigerd,
        pogingLog: [{ statuscode: null, geslaagd: false, fout: AFLEVERFOUT.geweigerd }],
      });
    }
    // Nothing reached the receiver on 127.0.0.1; names refused by the rules were not even looked up.
    expect(ontvanger.ontvangen).toEqual([]);
    expect(vragen.sort()).toEqual(['127.0.0.1.nip.io', 'rebind.example.nl']);
  });
});
